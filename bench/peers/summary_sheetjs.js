'use strict';
// SheetJS peer of `evalbook summary` (bench/summary_bench.sh):
//   node summary_sheetjs.js INPUT_DIR OUT.xlsx
// The same task as summary_openpyxl.py (see there): read every generated form with
// XLSX.readFile (default options), take the summary's cells, recompute the execution rate, its
// score and the total and grade, count a project submitted twice once, write a summary workbook (one row per form, per unit, grade
// counts; compression on). Prints the same check line.
const fs = require('fs');
const path = require('path');
const XLSX = require(process.env.SHEETJS_MODULE || 'xlsx');

const GRADES = ['优', '良', '中', '差'];
const halfUp = (x) => Math.floor(x * 100 + 0.5 + 1e-9) / 100;
const gradeOf = (t) => (t >= 90 ? '优' : t >= 80 ? '良' : t >= 60 ? '中' : '差');
const num = (c) => (c && c.t === 'n' ? c.v : null);
const val = (c) => (c ? c.v : null);

function readForm(file) {
  const wb = XLSX.readFile(file);
  const ws = wb.Sheets[wb.SheetNames[0]];
  const m = /(\d{4})/.exec(String(val(ws.A2) || ''));
  const b0 = num(ws.C7), b1 = num(ws.D7), e = num(ws.E7);
  let ind = 0;
  for (let r = 14; r <= 57; r++) ind += num(ws['H' + r]) || 0;
  const rate = b1 ? e / b1 : 0;
  const execScore = halfUp(Math.min(rate, 1) * 10);
  const total = halfUp(execScore + ind);
  return {
    project: val(ws.B3), dept: val(ws.B4), unit: val(ws.G4), year: m ? m[1] : null,
    b0, b1, e, rate: num(ws.G7), rateRe: rate, execScore, ind, total: num(ws.H58), totalRe: total,
    grade: val(ws.C59), gradeRe: gradeOf(total), file,
  };
}

function main() {
  const [inp, out] = process.argv.slice(2);
  const files = fs.readdirSync(inp).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(inp, f));
  const forms = [];
  const seen = new Set();
  let duplicates = 0;
  for (const file of files) {
    const f = readForm(file);
    const k = JSON.stringify([f.unit, f.project, f.year]); // the same project submitted again
    if (seen.has(k)) { duplicates++; continue; }
    seen.add(k);
    forms.push(f);
  }
  const key = (f) => [f.unit || '', f.project || '', f.file];
  forms.sort((a, b) => {
    const x = key(a), y = key(b);
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  const head = ['单位', '主管部门', '项目名称', '年度', '年初预算数', '全年预算数', '全年执行数', '执行率', '执行率(复核)',
    '执行率得分', '指标得分', '总分(填报)', '总分(复核)', '差异', '等级(填报)', '等级(复核)', '文件'];
  const rows = [head];
  for (const f of forms) {
    rows.push([f.unit, f.dept, f.project, f.year, f.b0, f.b1, f.e, f.rate, f.rateRe, f.execScore, f.ind,
      f.total, f.totalRe, f.total !== null ? f.total - f.totalRe : null, f.grade, f.gradeRe, f.file]);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  for (let r = 1; r < rows.length; r++) {
    for (const c of [4, 5, 6]) { const a = XLSX.utils.encode_cell({ r, c }); if (ws[a]) ws[a].z = '#,##0.00'; }
    for (const c of [7, 8]) { const a = XLSX.utils.encode_cell({ r, c }); if (ws[a]) ws[a].z = '0.00%'; }
  }
  ws['!autofilter'] = { ref: ws['!ref'] };
  const units = new Map();
  for (const f of forms) {
    const k = f.unit || '';
    if (!units.has(k)) units.set(k, { n: 0, b0: 0, b1: 0, e: 0, score: 0, g: { 优: 0, 良: 0, 中: 0, 差: 0 } });
    const u = units.get(k);
    u.n++; u.b0 += f.b0 || 0; u.b1 += f.b1 || 0; u.e += f.e || 0; u.score += f.totalRe; u.g[f.gradeRe]++;
  }
  const urows = [['单位', '项目数', '年初预算数', '全年预算数', '全年执行数', '执行率', '平均总分(复核)', ...GRADES]];
  for (const name of [...units.keys()].sort()) {
    const u = units.get(name);
    urows.push([name, u.n, u.b0, u.b1, u.e, u.b1 ? u.e / u.b1 : null, u.score / u.n, ...GRADES.map((g) => u.g[g])]);
  }
  const counts = {};
  for (const g of GRADES) counts[g] = forms.filter((f) => f.gradeRe === g).length;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '项目汇总');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(urows), '单位汇总');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['等级', '项目数'], ...GRADES.map((g) => [g, counts[g]])]), '等级分布');
  XLSX.writeFile(wb, out, { compression: true });
  const sum = (k) => forms.reduce((s, f) => s + (f[k] || 0), 0);
  console.log(`forms=${forms.length} duplicates=${duplicates} budget_full_year=${sum('b1').toFixed(2)} executed=${sum('e').toFixed(2)} ` +
    `total_recomputed=${sum('totalRe').toFixed(2)} ${GRADES.map((g) => `${g}=${counts[g]}`).join(' ')}`);
}

main();
