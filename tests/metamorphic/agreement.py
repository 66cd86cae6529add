"""One truth (issue 13 point 1): the total score, grade and execution score that `check`
recomputes for a form must be what `fix` leaves in the form's own cells and — for a project
form — with the execution rate, what `summary` puts in 项目汇总 (总分(复核), 等级(复核),
执行率(复核), 执行率得分, 总分(按规则), 等级(按规则)). (A 部门整体 form's total is in 单位汇总 per
unit, not per form; it is compared with fix only. tests/integration/one_truth.py adds fix
--apply-rules and that no 分值 is written, on every sample.)

Run over the originals and over every variant that checks as its original does, so a
disagreement is the commands' own, not a misreading. One `summary` per group of files in which
no project appears twice (summary counts a duplicate once, under its newest file), one `fix` per
file, two at a time."""
import os
from concurrent.futures import ThreadPoolExecutor

import openpyxl

from cellmap import parse

from evalbook_test import run

# The figures compared: (names the record and recomputed use, what it is, tolerance). Scores are
# compared at the forms' precision (two decimals), rates (fractions) at two decimals of a percent.
TOTAL = (("total_score",), "总分", 0.005)
GRADE = (("grade",), "等级", None)
RATE = (("execution_rate", "budget_execution_rate"), "执行率", 0.00005)
EXECUTION_SCORE = (("execution_score", "budget_execution_score"), "执行率得分", 0.005)
# The figures by the rules (docs/RULES-ONE-TRUTH.md): the total with each rule-class score at its
# rule result, and its grade.
TOTAL_BY_RULES = (("total_score_by_rules",), "总分(按规则)", 0.005)
GRADE_BY_RULES = (("grade_by_rules",), "等级(按规则)", None)
# 项目汇总's column for each figure.
SUMMARY_COLUMNS = {TOTAL: "总分(复核)", GRADE: "等级(复核)", RATE: "执行率(复核)", EXECUTION_SCORE: "执行率得分",
                   TOTAL_BY_RULES: "总分(按规则)", GRADE_BY_RULES: "等级(按规则)"}
# The figures read back from the form fix writes. (Not the rate: its cell holds percent units
# or a fraction, as the form has it.)
FIXED_FIGURES = (TOTAL, GRADE, EXECUTION_SCORE)
SUMMARY_SHEET = "项目汇总"


def _number(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _same(figure, a, b):
    tolerance = figure[2]
    if tolerance is None:
        return (a or "") == (b or "")
    a, b = _number(a), _number(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance


def _recomputed(form, figure):
    """(field name, recomputed value) of a figure on a form, or None when it has not the figure."""
    name = next((n for n in figure[0] if n in form["recomputed"]), None)
    return None if name is None else (name, form["recomputed"][name])


def summary_rows(paths, out):
    """{(file, sheet): {column: value}} of 项目汇总 for one summary run over paths."""
    run("summary", *paths, "-o", out, check=False, timeout=600)
    assert os.path.isfile(out), f"summary wrote no {out}"
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb[SUMMARY_SHEET].iter_rows(values_only=True))
    wb.close()
    # The report's title and 制表 line stand above the header (the row starting 序号).
    first = next(i for i, r in enumerate(rows) if r and r[0] == "序号")
    header = list(rows[first])
    found = {}
    for row in rows[first + 1:]:
        entry = dict(zip(header, row))
        if entry.get("文件"):
            found[(entry["文件"], entry["工作表"])] = entry
    return found


def fixed_cells(path, out, wanted):
    """{(sheet, cell): value} of the given cells in the workbook `fix` writes for path."""
    run("fix", path, "-o", out, check=False, timeout=300)
    if not os.path.isfile(out):
        return None
    wb = openpyxl.load_workbook(out, read_only=True)
    values = {}
    for sheet, cell in wanted:
        if sheet in wb.sheetnames:
            row, col = parse(cell)
            values[(sheet, cell)] = wb[sheet].cell(row, col).value
    wb.close()
    return values


def scored_forms(entry):
    """Forms with a recomputed total score."""
    return [f for f in entry["forms"] if "total_score" in f["recomputed"]]


def is_project(form):
    return form["template"].startswith("project-")


def compare(cases, tmp):
    """cases: [(label, sample, path, check file entry, {variant sheet: original sheet})], paths
    unique. Returns {(label, sample, original sheet): [lines]} for every form whose figures
    differ, and the number of forms compared."""
    os.makedirs(tmp, exist_ok=True)
    # Groups without a project twice: the multi_sheet workbooks repeat the single-form ones.
    groups = {}
    for label, sample, path, entry, _ in cases:
        key = (os.path.dirname(path), os.path.basename(os.path.dirname(sample)) == "multi_sheet")
        groups.setdefault(key, []).append(path)
    summaries = {}
    for n, paths in enumerate(groups.values()):
        summaries.update(summary_rows(paths, os.path.join(tmp, f"summary-{n}.xlsx")))

    def fix_one(item):
        n, (label, sample, path, entry, _) = item
        wanted = []
        for form in scored_forms(entry):
            for figure in FIXED_FIGURES:
                found = _recomputed(form, figure)
                if found and found[0] in form["cells"]:
                    wanted.append((form["sheet"], form["cells"][found[0]]))
        return fixed_cells(path, os.path.join(tmp, f"fixed-{n}.xlsx"), wanted)

    with ThreadPoolExecutor(2) as pool:
        fixed = list(pool.map(fix_one, enumerate(cases)))

    problems, compared = {}, 0
    for (label, sample, path, entry, renamed), written in zip(cases, fixed):
        for form in scored_forms(entry):
            compared += 1
            lines = _summary_differences(form, summaries.get((path, form["sheet"])))
            lines += _fix_differences(form, written)
            if lines:
                problems[(label, sample, renamed.get(form["sheet"], form["sheet"]))] = lines
    return problems, compared


def _summary_differences(form, row):
    if not is_project(form):
        return []
    if row is None:
        return ["not in 项目汇总"]
    lines = []
    for figure, column in SUMMARY_COLUMNS.items():
        found = _recomputed(form, figure)
        if found and not _same(figure, row.get(column), found[1]):
            lines.append(f"{figure[1]}: check {found[1]}, summary {column} {row.get(column)}")
    return lines


def _fix_differences(form, written):
    if written is None:
        return ["fix wrote no workbook"]
    lines = []
    for figure in FIXED_FIGURES:
        found = _recomputed(form, figure)
        cell = found and form["cells"].get(found[0])
        if cell and not _same(figure, written.get((form["sheet"], cell)), found[1]):
            lines.append(f"{figure[1]}: check {found[1]}, fix wrote {written.get((form['sheet'], cell))} at {cell}")
    return lines
