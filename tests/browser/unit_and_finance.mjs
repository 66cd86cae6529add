// A unit and a finance user on the service's page in real headless Chromium: the unit logs in,
// uploads two forms and a zip, sees the findings with their cells and downloads the corrected
// workbook; finance sees the unit on the board, returns a submission with a note and downloads
// the consolidation workbook; finance filters and sorts the board and downloads the CSV records
// and the consolidation workbook with its progress; the admin adds an account, a token and a
// round. Screenshots go to $SHOTS. Usage: node unit_and_finance.mjs URL
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
  await page.fill('#login-password', 'pass-unit-a');
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
  // The detail view is already open on the zip's first upload (the page shows it when an upload
  // ends): wait for the clicked form's own findings to replace it, not for the view.
  await page.locator('#detail-forms', { hasText: 'G10' }).waitFor({ timeout: 20000 })
    .catch(() => fail('the finding at G10 is not shown'));
  const findings = await page.locator('#detail-forms').innerText();
  if (!findings.includes('G10') || !findings.includes('分值合计')) fail('the finding at G10 is not shown');
  await page.screenshot({ path: path.join(out, 'unit-result.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#detail-corrected')]);
  await download.saveAs(path.join(out, 'corrected.xlsx'));

  await page.click('#logout');
  await page.waitForSelector('#login-view:not([hidden])');
  await page.fill('#login-name', 'finance');
  await page.fill('#login-password', 'pass-finance');
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

  // The filters go to the server: a project name, then a status, each narrowing the board.
  await page.fill('#filter-project', '出口信用');
  await page.locator('#board-counts', { hasText: '当前显示 1 个' }).waitFor();
  const projectRows = await page.locator('#board tbody tr').count();
  if (projectRows !== 1) fail(`the project search should leave one unit, saw ${projectRows}`);
  if (!(await page.locator('#board tbody').innerText()).includes('出口信用保险')) fail('the matching project is not listed');
  await page.fill('#filter-project', '');
  await page.selectOption('#filter-status', 'missing');
  await page.locator('#board tbody tr', { hasText: '259002' }).waitFor();
  if ((await page.locator('#board tbody tr').count()) !== 1) fail('status 未提交 should leave 259002 only');
  // Units are named as the round lists them: 259002-晋城市商务局机关服务中心.
  if (!(await page.locator('#board tbody').innerText()).includes('259002-晋城市商务局机关服务中心')) fail('the unit name is not shown');
  await page.selectOption('#filter-status', '');
  await page.locator('#board-counts', { hasText: '当前显示 2 个' }).waitFor();
  // Sorting by keyboard: Enter on the 文件数 header twice gives the most files first.
  await page.focus('#board th[data-key="submissions"]');
  await page.keyboard.press('Enter');
  await page.locator('#board th[data-key="submissions"][aria-sort="ascending"]').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#board th[data-key="submissions"][aria-sort="descending"]').waitFor();
  await page.locator('#board tbody tr:first-child', { hasText: '259001' }).waitFor();
  await page.screenshot({ path: path.join(out, 'finance-board.png'), fullPage: true });

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  await csv.saveAs(path.join(out, 'records.csv'));
  await page.click('#make-summary');
  await page.locator('#download-summary:not([hidden])').waitFor({ timeout: 60000 });
  const progress = await page.locator('#summary-progress').getAttribute('value');
  if (Number(progress) !== 100) fail(`the progress bar ends at ${progress}, not 100`);
  const [summary] = await Promise.all([page.waitForEvent('download'), page.click('#download-summary')]);
  await summary.saveAs(path.join(out, 'summary.xlsx'));

  // The admin: adds a unit account, issues it a token, sees both in the list.
  await page.click('#logout');
  await page.waitForSelector('#login-view:not([hidden])');
  await page.fill('#login-name', 'admin');
  await page.fill('#login-password', 'pass-admin-1');
  await page.press('#login-password', 'Enter');
  await page.waitForSelector('#admin-view:not([hidden])');
  await page.fill('#new-user-name', 'unit-c');
  await page.selectOption('#new-user-role', 'unit');
  await page.fill('#new-user-unit', '259003-晋城市商务局机关后勤中心');
  await page.fill('#new-user-password', 'first-pass-1');
  await page.click('#admin-add-user button[type=submit]');
  await page.locator('#admin-message', { hasText: '已新增账号 unit-c' }).waitFor();
  const row = page.locator('#admin-users tbody tr', { hasText: 'unit-c' });
  await row.locator('button', { hasText: '发放令牌' }).click();
  await page.locator('#admin-token', { hasText: '新令牌' }).waitFor();
  await row.locator('button', { hasText: '吊销' }).waitFor();
  // Units named as the board names them (代码-名称), as text: a name that looks like HTML stays
  // text and runs nothing.
  const unitCell = await row.locator('td').nth(3).textContent();
  if (unitCell !== '259003-晋城市商务局机关后勤中心') fail(`unit-c's unit shows as "${unitCell}"`);
  const hostile = '259004-<img src=x onerror="window.pwned=1">局';
  await page.fill('#new-user-name', 'unit-x');
  await page.selectOption('#new-user-role', 'unit');
  await page.fill('#new-user-unit', hostile);
  await page.fill('#new-user-password', 'first-pass-1');
  await page.click('#admin-add-user button[type=submit]');
  await page.locator('#admin-message', { hasText: '已新增账号 unit-x' }).waitFor();
  const hostileCell = await page.locator('#admin-users tbody tr', { hasText: 'unit-x' })
    .locator('td').nth(3).textContent();
  if (hostileCell !== hostile) fail(`a unit name with markup shows as "${hostileCell}"`);
  if (await page.locator('#admin-view img').count() !== 0) fail('a unit name became an element');
  if (await page.evaluate(() => window.pwned) !== undefined) fail('a unit name ran a script');
  await page.fill('#round-name', '2024年度项目支出绩效自评');
  await page.fill('#round-year', '2024');
  await page.fill('#round-units', '259001-晋城市商务局\n259003');
  await page.click('#admin-round-form button[type=submit]');
  const roundRow = page.locator('#admin-rounds tbody tr', { hasText: '2024年度项目支出绩效自评' });
  await roundRow.waitFor();
  // 259001 named by this form, 259003 by unit-c's account.
  const roundUnits = await roundRow.locator('td').nth(5).textContent();
  if (roundUnits !== '259001-晋城市商务局、259003-晋城市商务局机关后勤中心')
    fail(`the round's units show as "${roundUnits}"`);
  await page.locator('#admin-view').screenshot({ path: path.join(out, 'admin.png') });
  // Without the admin's session the server itself refuses the list, not only the page.
  const refused = await fetch(url + 'api/admin/users');
  if (refused.status !== 401) fail(`the admin list without a session answered ${refused.status}`);
  if (problems.length) fail('page errors: ' + problems.join('; '));
  console.log('browser flow ok');
} finally {
  await context.close();
}
