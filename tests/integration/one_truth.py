"""The one-truth check (docs/RULES-ONE-TRUTH.md) of one workbook, for any suite to call:

    from one_truth import assert_one_truth
    assert_one_truth(path, workdir)          # raises AssertionError listing every difference

It asserts, on every form of the workbook:
  1. summary's 项目汇总 总分(复核)/等级(复核)/总分(按规则)/等级(按规则) are check's recomputed
     total_score/grade/total_score_by_rules/grade_by_rules (blank where check has none);
  2. `fix` (default) changes only cells of arithmetic-class findings, never a 分值, and the 总分 it
     leaves (written or kept) is check's total_score;
  3. `fix --apply-rules` changes only cells of arithmetic- and rule-class findings, never a 分值, and
     the 总分 it leaves is check's total_score_by_rules;
  4. where the 分值 scheme does not add up (no recomputed total), neither fix touches the 总分.
"""
import json
import os

import openpyxl

from evalbook_test import run

WEIGHT_FIELDS = ("weight", "execution_weight")  # a record member ending so is a 分值
WRITABLE = {"default": {"arithmetic"}, "apply-rules": {"arithmetic", "rule"}}
TOTAL_COLUMNS = (("总分(复核)", "total_score"), ("等级(复核)", "grade"),
                 ("总分(按规则)", "total_score_by_rules"), ("等级(按规则)", "grade_by_rules"))


def check_forms(path):
    proc = run("check", path, "--format", "json", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    entry = json.loads(proc.stdout)["files"][0]
    assert not entry.get("error"), entry["error"]
    return entry["forms"]


def weight_cells(form):
    """{cell: field} of every 分值 of the form (indicator, item, section and execution 分值)."""
    out = {}
    for field, cell in form["cells"].items():
        last = field.rsplit(".", 1)[-1]
        if last in WEIGHT_FIELDS or field.startswith("section_weights."):
            out[cell] = field
    return out


def changed_cells(original, fixed, sheet):
    """Cells of `sheet` whose value differs between the two workbooks."""
    a, b = original[sheet], fixed[sheet]
    out = set()
    for row in a.iter_rows():
        for c in row:
            if c.value != b[c.coordinate].value:
                out.add(c.coordinate)
    for row in b.iter_rows():
        for c in row:
            if c.value is not None and a[c.coordinate].value is None:
                out.add(c.coordinate)
    return out


def summary_rows(path, workdir):
    """{sheet: 项目汇总 row as a dict} of the summary of this one workbook."""
    out = os.path.join(workdir, "one-truth-summary.xlsx")
    proc = run("summary", path, "-o", out, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    ws = openpyxl.load_workbook(out, read_only=True)["项目汇总"]
    rows = list(ws.iter_rows(values_only=True))
    # The report's title and 制表 line stand above the header (the row starting 序号).
    first = next(i for i, r in enumerate(rows) if r and r[0] == "序号")
    header = list(rows[first])
    by_sheet = {}
    for r in rows[first + 1:]:
        rec = dict(zip(header, r))
        if rec.get("工作表"):
            by_sheet[rec["工作表"]] = rec
    return by_sheet


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 0.005


def assert_one_truth(path, workdir):
    problems = []
    forms = check_forms(path)
    projects = summary_rows(path, workdir)
    for form in forms:
        rec = form["recomputed"]
        if not form["template"].startswith("project-"):
            continue
        row = projects.get(form["sheet"])
        if row is None:
            problems.append(f"{form['sheet']}: not in 项目汇总")
            continue
        for column, member in TOTAL_COLUMNS:
            want, got = rec.get(member), row.get(column)
            ok = same_number(want, got) if "总分" in column else (want or None) == (got or None)
            if not ok:
                problems.append(f"{form['sheet']}: 项目汇总 {column} {got!r} != check {member} {want!r}")

    original = openpyxl.load_workbook(path)
    for mode, extra in (("default", []), ("apply-rules", ["--apply-rules"])):
        out = os.path.join(workdir, f"one-truth-{mode}.xlsx")
        proc = run("fix", path, "-o", out, *extra, check=False)
        assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
        fixed = openpyxl.load_workbook(out)
        after = {f["sheet"]: f for f in check_forms(out)}
        for form in forms:
            sheet = form["sheet"]
            writable = {f["cell"] for f in form["findings"]
                        if f.get("class") in WRITABLE[mode] and f["severity"] == "error" and f["cell"]}
            weights = weight_cells(form)
            total_cell = form["cells"].get("total_score")
            changed = changed_cells(original, fixed, sheet)
            for cell in sorted(changed):
                if cell in weights:
                    problems.append(f"{mode}: {sheet}!{cell} is a 分值 ({weights[cell]}) and was changed")
                # A total changes with the scores it sums; every other cell only through its own finding.
                if cell not in writable and cell != total_cell:
                    problems.append(f"{mode}: {sheet}!{cell} changed without a {sorted(WRITABLE[mode])} finding")
            if not total_cell:
                continue
            want = form["recomputed"].get("total_score" if mode == "default" else "total_score_by_rules")
            got = after[sheet]["record"].get("total_score") if sheet in after else None
            if want is None:
                if total_cell in changed:
                    problems.append(f"{mode}: {sheet}!{total_cell} 总分 written though the 分值 do not add up")
            elif got is not None and not same_number(want, got):
                problems.append(f"{mode}: {sheet}!{total_cell} 总分 after fix {got!r} != check's {want!r}")
    if problems:
        raise AssertionError(f"{os.path.basename(path)}: one truth broken:\n  " + "\n  ".join(problems))
