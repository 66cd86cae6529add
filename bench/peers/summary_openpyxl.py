#!/usr/bin/env python3
"""openpyxl peer of `evalbook summary` (bench/summary_bench.sh).

  python3 summary_openpyxl.py INPUT_DIR OUT.xlsx

The same task on the generated project forms (the kit's gen.py layout: one sheet, 60 rows): read
every form (read_only, data_only — openpyxl's fastest way to read), take the cells a summary
needs (project, 主管部门, 实施单位, year, the 年度资金总额 row, the 44 indicator weights and
scores, the reported total and grade), recompute the execution rate, its score
(min(rate, 100%) × 10, half-up to 0.01) and the total (score + indicator scores) and grade
(≥90 优, ≥80 良, ≥60 中, else 差), count a project submitted twice (same unit, project, year)
once, and write a summary workbook: one row per form, a per-unit
sheet with the budget totals and grade counts, and a grade-count sheet. evalbook does more (it
finds every label instead of using fixed cells, recomputes every indicator, lists every finding,
writes formulas and a chart); this is the least a comparable script has to do.

Prints one check line: forms, the sums of 全年预算数 / 全年执行数 / recomputed totals, and the
count per recomputed grade — the bench compares it with evalbook's summary.
"""
import math
import os
import re
import sys

import openpyxl
from openpyxl.styles import Font


def inputs(p):
    return [os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith('.xlsx')]


def half_up(x, places=2):
    m = 10 ** places
    return math.floor(x * m + 0.5 + 1e-9) / m


def grade_of(total):
    return '优' if total >= 90 else '良' if total >= 80 else '中' if total >= 60 else '差'


def num(v):
    return v if isinstance(v, (int, float)) else None


def read_form(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = [r for r in wb.worksheets[0].iter_rows(max_row=60, values_only=True)]
    wb.close()

    def cell(r, c):  # 1-based row, 0-based column
        row = rows[r - 1] if r - 1 < len(rows) else ()
        return row[c] if c < len(row) else None

    m = re.search(r'(\d{4})', str(cell(2, 0) or ''))
    b0, b1, e = num(cell(7, 2)), num(cell(7, 3)), num(cell(7, 4))
    ind = sum(num(cell(r, 7)) or 0 for r in range(14, 58))
    rate = e / b1 if b1 else 0.0
    exec_score = half_up(min(rate, 1.0) * 10)
    total = half_up(exec_score + ind)
    return dict(project=cell(3, 1), dept=cell(4, 1), unit=cell(4, 6), year=m.group(1) if m else None,
                b0=b0, b1=b1, e=e, rate=num(cell(7, 6)), rate_re=rate, exec_score=exec_score,
                ind=ind, total=num(cell(58, 7)), total_re=total, grade=cell(59, 2),
                grade_re=grade_of(total), file=path)


def main():
    inp, out = sys.argv[1], sys.argv[2]
    forms, seen, duplicates = [], set(), 0
    for f in inputs(inp):
        form = read_form(f)
        key = (form['unit'], form['project'], form['year'])  # the same project submitted again
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        forms.append(form)
    forms.sort(key=lambda f: (f['unit'] or '', f['project'] or '', f['file']))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '项目汇总'
    head = ['单位', '主管部门', '项目名称', '年度', '年初预算数', '全年预算数', '全年执行数', '执行率', '执行率(复核)',
            '执行率得分', '指标得分', '总分(填报)', '总分(复核)', '差异', '等级(填报)', '等级(复核)', '文件']
    ws.append(head)
    for f in forms:
        ws.append([f['unit'], f['dept'], f['project'], f['year'], f['b0'], f['b1'], f['e'], f['rate'],
                   f['rate_re'], f['exec_score'], f['ind'], f['total'], f['total_re'],
                   (f['total'] - f['total_re']) if f['total'] is not None else None, f['grade'],
                   f['grade_re'], f['file']])
    for row in ws.iter_rows(min_row=2):
        for c in (4, 5, 6):
            row[c].number_format = '#,##0.00'
        for c in (7, 8):
            row[c].number_format = '0.00%'
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = 'A2'
    ws.auto_filter.ref = ws.dimensions

    grades = ['优', '良', '中', '差']
    units = {}
    for f in forms:
        u = units.setdefault(f['unit'] or '', dict(n=0, b0=0.0, b1=0.0, e=0.0, score=0.0, g={g: 0 for g in grades}))
        u['n'] += 1
        u['b0'] += f['b0'] or 0
        u['b1'] += f['b1'] or 0
        u['e'] += f['e'] or 0
        u['score'] += f['total_re']
        u['g'][f['grade_re']] += 1
    wu = wb.create_sheet('单位汇总')
    wu.append(['单位', '项目数', '年初预算数', '全年预算数', '全年执行数', '执行率', '平均总分(复核)'] + grades)
    for name in sorted(units):
        u = units[name]
        wu.append([name, u['n'], u['b0'], u['b1'], u['e'], u['e'] / u['b1'] if u['b1'] else None,
                   u['score'] / u['n']] + [u['g'][g] for g in grades])
    wu.freeze_panes = 'A2'
    wg = wb.create_sheet('等级分布')
    wg.append(['等级', '项目数'])
    counts = {g: sum(1 for f in forms if f['grade_re'] == g) for g in grades}
    for g in grades:
        wg.append([g, counts[g]])
    wb.save(out)
    print('forms=%d duplicates=%d budget_full_year=%.2f executed=%.2f total_recomputed=%.2f %s' % (
        len(forms), duplicates, sum(f['b1'] or 0 for f in forms), sum(f['e'] or 0 for f in forms),
        sum(f['total_re'] for f in forms), ' '.join('%s=%d' % (g, counts[g]) for g in grades)))


if __name__ == '__main__':
    main()
