"""One truth (issue 13 point 1): the total score and grade that `check` recomputes for a form,
what `fix` leaves in the form's own total and grade cells, and — for a project form — the
总分(复核) / 等级(复核) that `summary` puts in 项目汇总 must be the same figures. (A 部门整体 form's
total is in 单位汇总 per unit, not per form; it is compared with fix only.)

Run over the originals and over every variant that checks as its original does, so a
disagreement is the commands' own, not a misreading. One `summary` per group of files in which
no project appears twice (summary counts a duplicate once, under its newest file), one `fix` per
file, two at a time."""
import os
from concurrent.futures import ThreadPoolExecutor

import openpyxl

from cellmap import parse

from evalbook_test import run

# Forms are compared at the forms' precision: two decimals.
PRECISION = 0.005
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


def _same(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return (a or "") == (b or "")
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= PRECISION


def summary_rows(paths, out):
    """{(file, sheet): {column: value}} of 项目汇总 for one summary run over paths."""
    run("summary", *paths, "-o", out, check=False, timeout=600)
    assert os.path.isfile(out), f"summary wrote no {out}"
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb[SUMMARY_SHEET].iter_rows(values_only=True))
    wb.close()
    header = list(rows[0])
    found = {}
    for row in rows[1:]:
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
        wanted = [(f["sheet"], f["cells"][k]) for f in scored_forms(entry)
                  for k in ("total_score", "grade") if k in f["cells"]]
        return fixed_cells(path, os.path.join(tmp, f"fixed-{n}.xlsx"), wanted)

    with ThreadPoolExecutor(2) as pool:
        fixed = list(pool.map(fix_one, enumerate(cases)))

    problems, compared = {}, 0
    for (label, sample, path, entry, renamed), written in zip(cases, fixed):
        for form in scored_forms(entry):
            compared += 1
            sheet, rec = form["sheet"], form["recomputed"]
            lines = []
            row = summaries.get((path, sheet))
            if not is_project(form):
                pass
            elif row is None:
                lines.append("not in 项目汇总")
            else:
                if not _same(_number(row.get("总分(复核)")), _number(rec.get("total_score"))):
                    lines.append(f"总分: check {rec.get('total_score')}, summary {row.get('总分(复核)')}")
                if "grade" in rec and not _same(row.get("等级(复核)"), rec.get("grade")):
                    lines.append(f"等级: check {rec.get('grade')}, summary {row.get('等级(复核)')}")
            if written is None:
                lines.append("fix wrote no workbook")
            else:
                total_cell = form["cells"].get("total_score")
                if total_cell and not _same(_number(written.get((sheet, total_cell))), _number(rec.get("total_score"))):
                    lines.append(f"总分: check {rec.get('total_score')}, fix wrote {written.get((sheet, total_cell))} at {total_cell}")
                grade_cell = form["cells"].get("grade")
                if grade_cell and "grade" in rec and not _same(written.get((sheet, grade_cell)), rec.get("grade")):
                    lines.append(f"等级: check {rec.get('grade')}, fix wrote {written.get((sheet, grade_cell))} at {grade_cell}")
            if lines:
                problems[(label, sample, renamed.get(sheet, sheet))] = lines
    return problems, compared
