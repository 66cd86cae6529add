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

// Sortable tables: a click (or Enter/Space) on a header with data-key sorts the rows by that
// column, in the page for the tables it holds whole, on the server for the board.
function sortHeaders(root) {
  root.querySelectorAll('table.sortable th[data-key]').forEach((th) => {
    th.tabIndex = 0;
    th.setAttribute('role', 'columnheader');
  });
}

function nextOrder(th) {
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  th.closest('tr').querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  return ascending;
}

function sortInPage(th) {
  const table = th.closest('table');
  const ascending = nextOrder(th);
  const column = th.cellIndex;
  const numeric = th.dataset.type === 'number';
  const body = table.tBodies[0] || table;
  const rows = [...body.rows].filter((r) => r.parentElement === body && !r.querySelector('th'));
  rows.sort((a, b) => {
    const x = a.cells[column] ? a.cells[column].textContent : '';
    const y = b.cells[column] ? b.cells[column].textContent : '';
    const c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh-CN');
    return ascending ? c : -c;
  });
  for (const r of rows) body.appendChild(r);
}

function onSortHeader(event) {
  const th = event.target.closest('th[data-key]');
  if (!th || !th.closest('table.sortable')) return;
  if (event.type === 'keydown') {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
  }
  if (th.closest('table').id === 'board') sortBoard(th);
  else sortInPage(th);
}
document.addEventListener('click', onSortHeader);
document.addEventListener('keydown', onSortHeader);

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
  if (state.user.role === 'admin') { show('admin-view', true); loadAdmin(); }
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
    $('download-csv').href = `/api/rounds/${round.id}/records.csv`;
    $('download-indicators').href = `/api/rounds/${round.id}/records.csv?table=indicators`;
    $('download-originals').href = `/api/rounds/${round.id}/originals.zip`;
    $('download-summary').hidden = true;
    $('summary-message').textContent = '';
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
  // Forms stacked on one sheet share its name: their rows tell them apart.
  const onSheet = {};
  for (const f of s.forms) onSheet[f.sheet] = (onSheet[f.sheet] || 0) + 1;
  for (const f of s.forms) {
    const rows = onSheet[f.sheet] > 1 && f.rows ? `第 ${f.rows} 行，` : '';
    forms.appendChild(el('h3', `${f.sheet}（${rows}模板 ${f.template}）`));
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
    const ft = el('table', null, 'sortable');
    const head = el('tr');
    for (const [h, key] of [['单元格', 'cell'], ['级别', 'severity'], ['说明', 'message']]) {
      const th = el('th', h);
      th.dataset.key = key;
      head.appendChild(th);
    }
    ft.appendChild(el('thead')).appendChild(head);
    const fbody = ft.appendChild(el('tbody'));
    for (const x of findings) {
      const tr = el('tr');
      const where = tr.appendChild(el('td', x.cell || '-'));
      if (x.cells && x.cells.length > 1) {
        // One finding for many cells (numbers stored as text): the first, the count, all on hover.
        where.textContent = `${x.cell} 等 ${x.cells.length} 个`;
        where.title = x.cells.join('、');
      }
      tr.appendChild(el('td', SEVERITY[x.severity] || x.severity, 'sev-' + x.severity));
      tr.appendChild(el('td', x.message));
      fbody.appendChild(tr);
    }
    forms.appendChild(ft);
    sortHeaders(forms);
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

// ---- the finance board: filtered and sorted by the server ----
const boardQuery = { sort: 'unit', order: 'asc' };

function boardParameters() {
  const p = new URLSearchParams();
  const put = (name, value) => { if (value) p.set(name, value); };
  put('unit', $('filter-unit').value.trim());
  put('q', $('filter-project').value.trim());
  put('template', $('filter-template').value);
  put('grade', $('filter-grade').value);
  put('status', $('filter-status').value);
  if ($('filter-errors').checked) p.set('errors', '1');
  if ($('filter-late').checked) p.set('late', '1');
  p.set('sort', boardQuery.sort);
  p.set('order', boardQuery.order);
  return p;
}

// Keeps a select's choice while its options follow what the round holds.
function fillOptions(select, values, label) {
  const chosen = select.value;
  select.replaceChildren(el('option', '全部'));
  select.firstChild.value = '';
  for (const v of values) {
    const o = el('option', label ? label(v) : v);
    o.value = v;
    select.appendChild(o);
  }
  select.value = values.includes(chosen) ? chosen : '';
}

let boardRequest = 0;
async function loadBoard() {
  if (!state.round) return;
  const mine = ++boardRequest;  // an older answer arriving late is dropped
  const b = await api(`/api/rounds/${state.round.id}/board?${boardParameters()}`);
  if (mine !== boardRequest) return;
  state.board = b.units;
  const c = b.counts;
  $('board-counts').textContent =
    `应报 ${b.expected} 个单位：未提交 ${c.missing}，有错误 ${c.errors}，无错误 ${c.clean}，已确认 ${c.accepted}，已退回 ${c.returned}；当前显示 ${b.shown} 个`;
  fillOptions($('filter-template'), b.templates);
  fillOptions($('filter-grade'), b.grades);
  renderBoard();
}

function renderBoard() {
  const body = $('board').querySelector('tbody');
  body.replaceChildren();
  for (const u of state.board) {
    const tr = el('tr');
    tr.appendChild(el('td', u.unit));
    tr.appendChild(el('td', u.label));
    tr.appendChild(el('td', STATUS[u.status] + (u.late ? '（逾期）' : ''), 'status-' + u.status));
    tr.appendChild(el('td', u.submissions));
    tr.appendChild(el('td', u.errors));
    tr.appendChild(el('td', u.latest_at || ''));
    const projects = el('td');
    for (const f of u.forms) {
      const item = el('div', `${f.project || f.sheet}${f.grade ? '（' + f.grade + '）' : ''}${f.errors ? ' 错误 ' + f.errors : ''}`);
      projects.appendChild(item);
    }
    tr.appendChild(projects);
    if (u.latest) clickableRow(tr, () => showSubmission(u.latest));
    body.appendChild(tr);
  }
  if (!state.board.length) {
    const tr = el('tr');
    const td = el('td', '没有符合条件的单位');
    td.colSpan = 7;
    tr.appendChild(td);
    body.appendChild(tr);
  }
}

function sortBoard(th) {
  boardQuery.sort = th.dataset.key;
  boardQuery.order = nextOrder(th) ? 'asc' : 'desc';
  loadBoard();
}

let filterTimer = null;
function boardFiltersChanged() {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(loadBoard, 250);
}
$('board-filters').addEventListener('input', boardFiltersChanged);
$('board-filters').addEventListener('change', boardFiltersChanged);
$('board-filters').addEventListener('submit', (e) => { e.preventDefault(); loadBoard(); });

// The consolidation workbook: a job on the server, its progress polled until it is ready.
$('make-summary').addEventListener('click', async () => {
  const button = $('make-summary');
  const bar = $('summary-progress');
  button.disabled = true;
  $('download-summary').hidden = true;
  bar.hidden = false;
  bar.value = 0;
  $('summary-message').textContent = '正在生成汇总表…';
  try {
    let job = (await api(`/api/rounds/${state.round.id}/summary-jobs`, { method: 'POST' })).job;
    while (job.status === 'running') {
      bar.value = job.total ? (100 * job.done) / job.total : 0;
      $('summary-message').textContent = `正在生成汇总表：${job.done} / ${job.total} 个文件`;
      await new Promise((resolve) => setTimeout(resolve, 300));
      job = await api(`/api/jobs/${job.id}`);
    }
    if (job.status !== 'done') throw new Error(`生成失败：${job.error || ''}`);
    bar.value = 100;
    $('summary-message').textContent = `汇总表已生成（${job.total} 个文件）`;
    $('download-summary').href = `/api/jobs/${job.id}/summary.xlsx`;
    $('download-summary').hidden = false;
    $('download-summary').focus();
  } catch (e) {
    $('summary-message').textContent = e.message;
  } finally {
    button.disabled = false;
  }
});

// ---- administration (admin only; the server checks the role on every call) ----
const ROLE = { unit: '单位', finance: '财政', admin: '管理员' };

function actionButton(text, action) {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

async function adminCall(action, success) {
  try {
    await action();
    $('admin-message').textContent = success;
    await loadAdmin();
  } catch (e) {
    $('admin-message').textContent = e.message;
  }
}

async function loadAdmin() {
  const users = (await api('/api/admin/users')).users;
  const body = $('admin-users').querySelector('tbody');
  body.replaceChildren();
  for (const u of users) {
    const tr = el('tr');
    tr.appendChild(el('td', u.id));
    tr.appendChild(el('td', u.name));
    tr.appendChild(el('td', ROLE[u.role] || u.role));
    tr.appendChild(el('td', u.unit_label));
    tr.appendChild(el('td', u.created_at));
    const tokens = el('td');
    for (const t of u.tokens) {
      const line = el('div', `${t.label || '（无说明）'} ${t.id} `);
      line.appendChild(actionButton('吊销', () => adminCall(
        () => api(`/api/admin/tokens/${t.id}`, { method: 'DELETE' }), `已吊销令牌 ${t.id}`)));
      tokens.appendChild(line);
    }
    tr.appendChild(tokens);
    const actions = el('td');
    const password = el('input');
    password.type = 'password';
    password.placeholder = '新密码（至少 8 位）';
    password.autocomplete = 'new-password';
    password.setAttribute('aria-label', `${u.name} 的新密码`);
    actions.appendChild(password);
    actions.appendChild(actionButton('重置密码', () => adminCall(
      () => postJson(`/api/admin/users/${u.id}/password`, { password: password.value }),
      `已重置 ${u.name} 的密码，其登录已全部失效`)));
    actions.appendChild(actionButton('发放令牌', async () => {
      try {
        const label = `${u.name} 的脚本令牌`;
        const r = await postJson(`/api/admin/users/${u.id}/tokens`, { label });
        await loadAdmin();
        $('admin-token').textContent = `新令牌（只显示这一次，请立即保存）：${r.token}`;
      } catch (e) {
        $('admin-message').textContent = e.message;
      }
    }));
    tr.appendChild(actions);
    body.appendChild(tr);
  }
  const rounds = (await api('/api/admin/rounds')).rounds;
  const rb = $('admin-rounds').querySelector('tbody');
  rb.replaceChildren();
  for (const r of rounds) {
    const tr = el('tr');
    tr.appendChild(el('td', r.id));
    tr.appendChild(el('td', r.name));
    tr.appendChild(el('td', r.year));
    tr.appendChild(el('td', r.deadline));
    tr.appendChild(el('td', r.templates.join('、')));
    tr.appendChild(el('td', r.unit_labels.join('、')));
    const td = el('td');
    td.appendChild(actionButton('编辑', () => editRound(r)));
    tr.appendChild(td);
    rb.appendChild(tr);
  }
}

$('admin-add-user').addEventListener('submit', (e) => {
  e.preventDefault();
  const name = $('new-user-name').value.trim();
  adminCall(async () => {
    await postJson('/api/admin/users', {
      name, role: $('new-user-role').value, unit: $('new-user-unit').value.trim(),
      password: $('new-user-password').value,
    });
    $('admin-add-user').reset();
  }, `已新增账号 ${name}`);
});

function editRound(r) {
  $('round-form-title').textContent = `编辑批次 ${r.id}`;
  $('round-form-id').value = r.id;
  $('round-name').value = r.name;
  $('round-year').value = r.year;
  $('round-deadline-input').value = r.deadline;
  $('round-templates').value = r.templates.join(',');
  $('round-units').value = r.unit_labels.join('\n');
  $('round-name').focus();
}

$('round-form-reset').addEventListener('click', () => {
  $('admin-round-form').reset();
  $('round-form-id').value = '';
  $('round-form-title').textContent = '新增批次';
});

$('admin-round-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const list = (text) => text.split(/[\n,，、]+/).map((x) => x.trim()).filter(Boolean);
  const round = {
    name: $('round-name').value.trim(), year: Number($('round-year').value),
    deadline: $('round-deadline-input').value, templates: list($('round-templates').value),
    units: list($('round-units').value),
  };
  const id = $('round-form-id').value;
  adminCall(async () => {
    if (id) await api(`/api/admin/rounds/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(round) });
    else await postJson('/api/admin/rounds', round);
    $('round-form-reset').click();
  }, id ? `已保存批次 ${round.name}` : `已新增批次 ${round.name}`);
});

sortHeaders(document);
start();
