// The page of evalbook serve: plain DOM, every text set with textContent (never as HTML).
'use strict';

const STATUS = { missing: '未提交', errors: '有错误', clean: '无错误', accepted: '已确认', returned: '已退回' };
const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
const state = { user: null, round: null, board: [] };

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function show(id, visible) { $(id).hidden = !visible; }

async function api(path, options = {}) {
  const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options));
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json() : null;
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: 'http_' + response.status, message: response.statusText };
    const e = new Error(`错误[${error.code}] ${error.message}`);
    e.status = response.status;
    throw e;
  }
  return body;
}

function postJson(path, data) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
}

// Sortable tables: a click (or Enter) on a header sorts by that column.
function makeSortable(table, rowsOf, render) {
  table.querySelectorAll('th[data-key]').forEach((th) => {
    th.tabIndex = 0;
    const sort = () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = th.dataset.key;
      const numeric = th.dataset.type === 'number';
      rowsOf().sort((a, b) => {
        const x = a[key] ?? '', y = b[key] ?? '';
        const c = numeric ? Number(x) - Number(y) : String(x).localeCompare(String(y), 'zh-CN');
        return ascending ? c : -c;
      });
      render();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') sort(); });
  });
}

function clickableRow(tr, action) {
  tr.className = 'clickable';
  tr.tabIndex = 0;
  tr.addEventListener('click', action);
  tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') action(); });
}

// ---- login ----
async function start() {
  try {
    const me = await api('/api/me');
    state.user = me.user;
    await enter();
  } catch (e) {
    show('login-view', true);
  }
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('login-error').textContent = '';
  try {
    const r = await postJson('/api/login', { username: $('login-name').value, password: $('login-password').value });
    state.user = r.user;
    $('login-password').value = '';
    show('login-view', false);
    await enter();
  } catch (e) {
    $('login-error').textContent = e.message;
  }
});

$('logout').addEventListener('click', async () => {
  try { await postJson('/api/logout', {}); } catch (e) { /* gone already */ }
  location.reload();
});

async function enter() {
  show('who', true);
  const role = { unit: '单位', finance: '财政', admin: '管理员' }[state.user.role] || state.user.role;
  $('who-name').textContent = `${state.user.name}（${role}${state.user.unit ? ' ' + state.user.unit : ''}）`;
  const rounds = (await api('/api/rounds')).rounds;
  const select = $('round-select');
  select.replaceChildren();
  for (const r of rounds) {
    const o = el('option', `${r.name}（${r.year}）`);
    o.value = r.id;
    select.appendChild(o);
  }
  show('round-view', true);
  select.onchange = () => chooseRound(rounds.find((r) => String(r.id) === select.value));
  if (rounds.length) chooseRound(rounds[0]);
}

function chooseRound(round) {
  state.round = round;
  $('round-deadline').textContent = round && round.deadline ? `截止日期：${round.deadline}` : '';
  show('detail-view', false);
  if (state.user.role === 'unit') {
    show('unit-view', true);
    loadMine();
  } else {
    show('finance-view', true);
    $('download-summary').href = `/api/rounds/${round.id}/summary.xlsx`;
    $('download-originals').href = `/api/rounds/${round.id}/originals.zip`;
    loadBoard();
  }
}

// ---- the unit's uploads ----
let mine = [];
async function loadMine() {
  mine = (await api(`/api/rounds/${state.round.id}/mine`)).submissions;
  renderMine();
}

function renderMine() {
  const body = $('mine').querySelector('tbody');
  body.replaceChildren();
  for (const s of mine) {
    const tr = el('tr');
    tr.appendChild(el('td', s.file));
    tr.appendChild(el('td', s.version));
    tr.appendChild(el('td', STATUS[s.status] || s.status, 'status-' + s.status));
    tr.appendChild(el('td', s.errors));
    tr.appendChild(el('td', s.uploaded_at));
    clickableRow(tr, () => showSubmission(s.id));
    body.appendChild(tr);
  }
}
makeSortable($('mine'), () => mine, renderMine);

function uploadFiles(files) {
  if (!files.length || !state.round) return;
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const xhr = new XMLHttpRequest();  // XHR, for the upload's progress events
  const bar = $('upload-progress');
  bar.hidden = false;
  bar.value = 0;
  $('upload-message').textContent = `正在上传 ${files.length} 个文件…`;
  xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total; });
  xhr.addEventListener('load', () => {
    bar.value = 100;
    let body = null;
    try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (xhr.status === 201 && body) {
      const n = body.submissions.length;
      const bad = body.submissions.filter((s) => s.status === 'errors').length;
      $('upload-message').textContent = `已上传 ${n} 个工作簿，其中 ${bad} 个有错误。`;
      loadMine();
      if (n) showSubmission(body.submissions[0].id);
    } else {
      const error = body && body.error ? body.error : { code: 'http_' + xhr.status, message: '' };
      $('upload-message').textContent = `上传失败：错误[${error.code}] ${error.message}`;
    }
  });
  xhr.addEventListener('error', () => { $('upload-message').textContent = '上传失败：网络错误'; });
  xhr.open('POST', `/api/rounds/${state.round.id}/uploads`);
  xhr.send(form);
}

const zone = $('drop-zone');
zone.addEventListener('click', () => $('file-input').click());
zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('file-input').click(); } });
zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); uploadFiles([...e.dataTransfer.files]); });
$('file-input').addEventListener('change', (e) => { uploadFiles([...e.target.files]); e.target.value = ''; });

// ---- one submission ----
function figure(table, label, value) {
  if (value === undefined || value === null || value === '') return;
  const tr = el('tr');
  tr.appendChild(el('td', label));
  tr.appendChild(el('td', value));
  table.appendChild(tr);
}

function percent(x) { return typeof x === 'number' ? (100 * x).toFixed(2) + '%' : x; }

async function showSubmission(id) {
  const s = await api(`/api/submissions/${id}`);
  show('detail-view', true);
  $('detail-title').textContent = `${s.file}（第 ${s.version} 版，${s.unit}）`;
  let status = STATUS[s.status] || s.status;
  if (s.review_note) status += `：${s.review_note}`;
  $('detail-status').textContent = `状态：${status}`;
  $('detail-status').className = 'status-' + s.status;
  $('detail-corrected').href = `/api/submissions/${id}/corrected`;
  $('detail-corrected').hidden = !s.corrected;
  $('detail-original').href = `/api/submissions/${id}/original`;
  show('detail-review', state.user.role !== 'unit');
  $('review-accept').onclick = () => review(id, 'accept');
  $('review-return').onclick = () => review(id, 'return');
  const forms = $('detail-forms');
  forms.replaceChildren();
  if (s.error) forms.appendChild(el('p', `无法读取：错误[${s.error.code}] ${s.error.message}`, 'error'));
  for (const notice of s.notices || []) forms.appendChild(el('p', notice, 'sev-warning'));
  for (const f of s.forms) {
    forms.appendChild(el('h3', `${f.sheet}（模板 ${f.template}）`));
    const t = el('table', null, 'figures');
    const r = f.record || {}, c = f.recomputed || {};
    figure(t, '项目名称', r.project_name);
    figure(t, '全年预算数', r.budget_full_year);
    figure(t, '全年执行数', r.executed);
    figure(t, '执行率', percent(r.execution_rate));
    figure(t, '总分（填报）', r.total_score);
    figure(t, '总分（复核）', c.total_score);
    figure(t, '等级', c.grade ?? r.grade);
    forms.appendChild(t);
    const findings = [...f.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    if (!findings.length) { forms.appendChild(el('p', '未发现问题', 'status-clean')); continue; }
    const ft = el('table');
    const head = el('tr');
    for (const h of ['单元格', '级别', '说明']) head.appendChild(el('th', h));
    ft.appendChild(head);
    for (const x of findings) {
      const tr = el('tr');
      tr.appendChild(el('td', x.cell || '-'));
      tr.appendChild(el('td', SEVERITY[x.severity] || x.severity, 'sev-' + x.severity));
      tr.appendChild(el('td', x.message));
      ft.appendChild(tr);
    }
    forms.appendChild(ft);
  }
  const versions = (await api(`/api/submissions/${id}/versions`)).versions;
  const vb = $('versions').querySelector('tbody');
  vb.replaceChildren();
  $('diff').replaceChildren();
  for (const v of versions) {
    const tr = el('tr');
    tr.appendChild(el('td', v.version));
    tr.appendChild(el('td', v.uploaded_at));
    tr.appendChild(el('td', STATUS[v.status] || v.status));
    tr.appendChild(el('td', v.errors));
    const td = el('td');
    if (v.version > 1) {
      const b = el('button', `与第 ${v.version - 1} 版比较`);
      b.type = 'button';
      b.addEventListener('click', () => showDiff(id, v.version - 1, v.version));
      td.appendChild(b);
    }
    tr.appendChild(td);
    vb.appendChild(tr);
  }
  $('detail-view').scrollIntoView();
}

async function showDiff(id, from, to) {
  const d = await api(`/api/submissions/${id}/diff?from=${from}&to=${to}`);
  const box = $('diff');
  box.replaceChildren(el('h3', `第 ${from} 版 → 第 ${to} 版`));
  const list = (title, items, text) => {
    box.appendChild(el('h4', `${title}（${items.length}）`));
    const ul = el('ul');
    for (const i of items) ul.appendChild(el('li', text(i)));
    box.appendChild(ul);
  };
  list('已消除的问题', d.findings_gone, (i) => `${i.finding.cell || '-'} ${i.finding.message}`);
  list('新出现的问题', d.findings_new, (i) => `${i.finding.cell || '-'} ${i.finding.message}`);
  list('变化的数字', d.figures_changed, (i) => `${i.field}：${i.from} → ${i.to}`);
}

async function review(id, decision) {
  const note = $('review-note').value;
  try {
    await postJson(`/api/submissions/${id}/review`, { decision, note });
    $('review-note').value = '';
    await showSubmission(id);
    loadBoard();
  } catch (e) {
    $('detail-status').textContent = e.message;
  }
}

// ---- the finance board ----
async function loadBoard() {
  const b = await api(`/api/rounds/${state.round.id}/board`);
  state.board = b.units;
  const c = b.counts;
  $('board-counts').textContent =
    `应报 ${b.units.length} 个单位：未提交 ${c.missing}，有错误 ${c.errors}，无错误 ${c.clean}，已确认 ${c.accepted}，已退回 ${c.returned}`;
  renderBoard();
}

function renderBoard() {
  const status = $('filter-status').value;
  const text = $('filter-text').value.trim();
  const late = $('filter-late').checked;
  const body = $('board').querySelector('tbody');
  body.replaceChildren();
  for (const u of state.board) {
    if (status && u.status !== status) continue;
    if (text && !(u.unit + u.name).includes(text)) continue;
    if (late && !u.late) continue;
    const tr = el('tr');
    tr.appendChild(el('td', u.unit));
    tr.appendChild(el('td', u.name));
    tr.appendChild(el('td', STATUS[u.status] + (u.late ? '（逾期）' : ''), 'status-' + u.status));
    tr.appendChild(el('td', u.submissions));
    tr.appendChild(el('td', u.errors));
    tr.appendChild(el('td', u.latest_at || ''));
    if (u.latest) clickableRow(tr, () => showSubmission(u.latest));
    body.appendChild(tr);
  }
}
makeSortable($('board'), () => state.board, renderBoard);
for (const id of ['filter-status', 'filter-text', 'filter-late']) $(id).addEventListener('input', renderBoard);

start();
