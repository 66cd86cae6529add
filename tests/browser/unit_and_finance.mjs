// A unit and a finance user on the service's page in real headless Chromium: the unit logs in,
// uploads two forms and a zip, sees the findings with their cells and downloads the corrected
// workbook; finance sees the unit on the board, returns a submission with a note and downloads
// the consolidation workbook. Screenshots go to $SHOTS. Usage: node unit_and_finance.mjs URL
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const [url] = process.argv.slice(2);
const samples = process.env.SAMPLES;
const out = process.env.SHOTS;
const fail = (message) => { console.error('FAILED: ' + message); process.exit(1); };

// A fresh profile folder: playwright passes it as --user-data-dir.
const context = await chromium.launchPersistentContext(path.join(out, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
});
try {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // A refused /api/me before login and the absent favicon are logged as failed loads; any
  // other console error (a CSP violation, a script error) fails the test.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });

  await page.goto(url);
  await page.fill('#login-name', 'unit-a');
  await page.fill('#login-password', 'pass-a');
  await page.press('#login-password', 'Enter');
  await page.waitForSelector('#unit-view:not([hidden])');

  const forms = ['004_project_04_出口信用保险.xlsx', '004_project_01_2023年市级“爱心消费券”专项资金.xlsx'];
  await page.setInputFiles('#file-input', forms.map((f) => path.join(samples, f)));
  // Locators, not waitForFunction: the page's CSP (rightly) forbids evaluating strings.
  await page.locator('#upload-message', { hasText: '已上传 2 个工作簿' }).waitFor();
  await page.locator('#mine tbody tr').nth(1).waitFor();
  await page.setInputFiles('#file-input', path.join(out, 'two.zip'));
  await page.locator('#mine tbody tr').nth(3).waitFor();
  const rows = await page.locator('#mine tbody tr').count();
  if (rows !== 4) fail(`expected 4 submissions (2 files + 2 in the zip), saw ${rows}`);

  // The first form's result: the 分值 that do not add up to 90, at G10.
  await page.locator('#mine tbody tr', { hasText: '出口信用保险' }).first().click();
  await page.waitForSelector('#detail-view:not([hidden])');
  const findings = await page.locator('#detail-forms').innerText();
  if (!findings.includes('G10') || !findings.includes('分值合计')) fail('the finding at G10 is not shown');
  await page.screenshot({ path: path.join(out, 'unit-result.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#detail-corrected')]);
  await download.saveAs(path.join(out, 'corrected.xlsx'));

  await page.click('#logout');
  await page.waitForSelector('#login-view:not([hidden])');
  await page.fill('#login-name', 'finance');
  await page.fill('#login-password', 'pass-f');
  await page.press('#login-password', 'Enter');
  await page.waitForSelector('#finance-view:not([hidden])');
  await page.waitForSelector('#board tbody tr');
  const board = await page.locator('#board').innerText();
  if (!board.includes('259001') || !board.includes('有错误')) fail('unit 259001 is not on the board with errors');
  await page.locator('#board tbody tr', { hasText: '259001' }).click();
  await page.waitForSelector('#detail-review:not([hidden])');
  await page.fill('#review-note', '总分有误，请更正后重报');
  await page.click('#review-return');
  await page.locator('#detail-status', { hasText: '已退回' }).waitFor();
  await page.locator('#board tbody tr', { hasText: '已退回' }).waitFor();
  await page.screenshot({ path: path.join(out, 'finance-board.png'), fullPage: true });
  const [summary] = await Promise.all([page.waitForEvent('download'), page.click('#download-summary')]);
  await summary.saveAs(path.join(out, 'summary.xlsx'));
  if (problems.length) fail('page errors: ' + problems.join('; '));
  console.log('browser flow ok');
} finally {
  await context.close();
}
