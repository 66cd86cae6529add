"""Project forms stacked one under another on one sheet, as units that report several projects
export them (四川 county sets; 晋城's appendix of twelve 项目支出绩效自评表). Each workbook is built
here with python3-openpyxl from real sample forms: every cell's value and number format and every
merged range of the sample pasted at a row offset. Each form must be read as its own form: the
same record, recomputed figures and findings as the same form pasted alone at row 1, with every
cell reference moved down by the form's offset (a form pasted from sheet row R on has offset
R - 1: its sample row r stands at sheet row r + R - 1).

  two_forms_stacked
      遗属补助 (25 rows) at rows 1-25 and 单位运转经费 (30 rows) at rows 28-57 (two blank rows
      between: 25 + 2 + 1 = 28, offset 27). Two forms, each as alone, shifted; the figures
      worked out by hand below.
  three_forms_stacked
      The same two and 变压器更换 under them: three forms, each as alone.
  fix_corrects_the_second_form
      The second form's 总分 typed 97 for 10 + 85 = 95: fix writes 95 at its sheet cell H50
      (H23 + 27) and nothing else, as it does for that form alone at H23; 校验结果 lists the
      findings of both forms.
  title_quoted_in_a_note
      A note under the form quoting its first label and title ("项目名称" alone in a cell of a
      填报说明 table, 项目支出绩效自评表 in a sentence): still one form, read as alone, no warning.
  repeat_too_small_for_a_form
      项目名称 opening a row again under the form with only a name beside it (a list of the
      unit's projects): no second form, no false error; one warning at that cell saying the rows
      below were not read as a form.
  national_title_block
      The national form (附件, title, year above 项目名称) twice: the second form starts at its
      附件 row, so its year is its own (2023), not the first form's.
  summary_one_row_per_form
      summary lists each stacked form on its own row of 项目汇总.
  check_text_names_the_rows
      check's text output names each form's rows on a sheet holding several.
"""
import csv
import json
import os
import re
import shutil
import tempfile

import openpyxl

from evalbook_test import SAMPLES, check, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-stacked-")
A = "004_project_02_2023年遗属补助.xlsx"  # 25 rows
B = "004_project_05_单位运转经费(原汽配办).xlsx"  # 30 rows
C = "004_project_03_变压器更换.xlsx"
SHEET = "项目自评表"


def paste(sample, ws, first_row):
    """The one sheet of `sample` pasted into ws from first_row on; returns its last row."""
    src = openpyxl.load_workbook(os.path.join(SAMPLES, sample)).active
    d = first_row - 1
    for row in src.iter_rows():
        for c in row:
            if c.value is None:
                continue
            ws.cell(row=c.row + d, column=c.column, value=c.value).number_format = c.number_format
    for m in src.merged_cells.ranges:
        ws.merge_cells(start_row=m.min_row + d, start_column=m.min_col, end_row=m.max_row + d, end_column=m.max_col)
    return src.max_row


def stacked(samples, name, gap=2, changes=None):
    """The samples one under another on one sheet, `gap` blank rows between; (path, offsets).
    `changes` {sample index: {sample cell: value}}: cells changed after pasting, at their offset."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    offsets = []
    row = 1
    for sample in samples:
        offsets.append(row - 1)
        row += paste(sample, ws, row) + gap
    for k, cells in (changes or {}).items():
        for cell, value in cells.items():
            ws[shift(cell, offsets[k])] = value
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    return path, offsets


def alone(sample):
    path, _ = stacked([sample], "alone_" + sample[:14])
    forms = check(path)["forms"]
    assert len(forms) == 1, forms
    return forms[0]


def shift(cell, d):
    """I21 moved down d rows; "" stays ""."""
    if not cell:
        return cell
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", cell)
    return f"{m.group(1)}{int(m.group(2)) + d}"


def shift_rows_in(message, d):
    """A message's row numbers (第 N 行) moved down d rows."""
    return re.sub(r"第 ?(\d+) ?行", lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + d)), message)


def finding_keys(form, d=0):
    return [(f["rule"], f["severity"], f["field"], f["sheet"], shift(f["cell"], d), f["reported"], f["expected"],
             shift_rows_in(re.sub(r"[A-Z]+[0-9]+", lambda m: shift(m.group(0), d), f["message"]), d) if d else f["message"])
            for f in form["findings"]]


def assert_as_alone(form, single, d):
    """`form` read from a stack at offset d is `single` read alone, every cell d rows lower."""
    assert form["template"] == single["template"], (form["template"], single["template"])
    assert form["record"] == single["record"], "record differs from the form alone"
    assert form["recomputed"] == single["recomputed"], (form["recomputed"], single["recomputed"])
    assert form["cells"] == {k: shift(v, d) for k, v in single["cells"].items()}, "cells not shifted by %d" % d
    assert finding_keys(form) == finding_keys(single, d), (finding_keys(form), finding_keys(single, d))
    assert form["detection"]["score"] == single["detection"]["score"], (form["detection"], single["detection"])


def test_two_forms_stacked():
    path, offsets = stacked([A, B], "two")
    assert offsets == [0, 27], offsets  # A: rows 1-25, two blank rows, B from 25 + 2 + 1 = 28
    forms = check(path)["forms"]
    assert len(forms) == 2, [f["record"].get("project_name") for f in forms]
    assert [(f["sheet"], f["form_index"], f["rows"]) for f in forms] == [(SHEET, 1, "1-25"), (SHEET, 2, "28-57")], \
        [(f["sheet"], f["form_index"], f["rows"]) for f in forms]  # B's 30 rows: 28 to 28 + 30 - 1 = 57
    for form, sample, d in zip(forms, (A, B), offsets):
        assert_as_alone(form, alone(sample), d)
    a, b = forms
    assert a["record"]["project_name"] == "2023年遗属补助" and b["record"]["project_name"] == "单位运转经费(原汽配办)"
    # 执行率 = 全年执行数 ÷ 全年预算数: A 8.853 ÷ 8.853 = 1, B 142.65 ÷ 142.65 = 1, each 10 points.
    # 总分 = 10 + Σ 指标得分: A 10 + (20 + 5 + 5 + 5 + 5 + 5 + 30 + 10) = 95, B 10 + (5 + 5 + 5 + 5
    # + 4 + 3 + 3 + 5 + 5 + 5 + 15 + 15 + 10) = 95, as both report.
    for form in forms:
        r = form["recomputed"]
        assert (r["execution_rate"], r["execution_score"], r["indicator_score_sum"], r["total_score"]) == (1, 10, 85, 95), r
    # Both cut 全年预算数 down to what was spent (A 9.494 → 8.853, B 152.1 → 142.65): a warning at
    # each form's own 全年预算数, A's F5, B's E5 + 27 = E32.
    resets = [[f["cell"] for f in form["findings"] if f["rule"] == "budget_reset"] for form in forms]
    assert resets == [["F5"], ["E32"]], resets
    # No finding of one form stands in the other's rows.
    for form, (first, last) in zip(forms, ((1, 25), (28, 57))):
        for f in form["findings"]:
            if f["cell"]:
                assert first <= int(re.sub("[A-Z]", "", f["cell"])) <= last, f


def test_three_forms_stacked():
    path, offsets = stacked([A, B, C], "three", gap=1)
    forms = check(path)["forms"]
    assert [f["form_index"] for f in forms] == [1, 2, 3], [f.get("form_index") for f in forms]
    assert offsets == [0, 26, 57], offsets  # 25 + 1 + 1 = 27 → offset 26; 27 + 30 + 1 = 58 → 57
    for form, sample, d in zip(forms, (A, B, C), offsets):
        assert_as_alone(form, alone(sample), d)


def changed_cells(before_path, after_path):
    before = openpyxl.load_workbook(before_path)[SHEET]
    after = openpyxl.load_workbook(after_path)[SHEET]
    return {c.coordinate: (c.value, after[c.coordinate].value) for row in before.iter_rows() for c in row
            if c.value != after[c.coordinate].value}


def test_fix_corrects_the_second_form():
    # B's 总分 typed 97 for 10 + 85 = 95 (its H23, sheet row 23 + 27 = 50 under A).
    path, offsets = stacked([A, B], "fix", changes={1: {"H23": 97}})
    out = os.path.join(TMP, "fix_out.xlsx")
    proc = run("fix", path, "-o", out, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    changed = changed_cells(path, out)
    assert changed == {"H50": (97, 95)}, changed
    # The same as fix writes in B alone, 27 rows lower.
    single, _ = stacked([B], "fix_alone", changes={0: {"H23": 97}})
    single_out = os.path.join(TMP, "fix_alone_out.xlsx")
    run("fix", single, "-o", single_out, check=False)
    assert {shift(k, 27): v for k, v in changed_cells(single, single_out).items()} == changed
    # 校验结果 lists the findings of both forms, each at its sheet cell.
    listed = [(r[0], r[1]) for r in openpyxl.load_workbook(out)["校验结果"].iter_rows(min_row=9, values_only=True) if r[1]]
    forms = check(path)["forms"]
    assert [f["form_index"] for f in forms] == [1, 2]
    for form in forms:
        for f in form["findings"]:
            if f["cell"]:
                assert (SHEET, f["cell"]) in listed, (f, listed)
    assert (SHEET, "F5") in listed and (SHEET, "E32") in listed and (SHEET, "H50") in listed, listed


def note_rows(ws, first_row, rows):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(row=first_row + i, column=1 + j, value=v)


def a_with_rows_under(name, rows):
    """Form A with `rows` written from two rows under it (row 25 + 2 = 27): its forms as read, and
    A read alone; the record and recomputed figures must be A's own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    note_rows(ws, paste(A, ws, 1) + 2, rows)
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    forms = check(path)["forms"]
    assert len(forms) == 1, forms
    single = alone(A)
    assert forms[0]["record"] == single["record"] and forms[0]["recomputed"] == single["recomputed"]
    return forms[0], single


def test_title_quoted_in_a_note():
    form, single = a_with_rows_under("quoted", [
        ["填报说明：本表依照《项目支出绩效自评表》填写，“项目名称”按预算批复填列。"],
        ["说明项", "项目名称", "填写要求"],  # 项目名称 quoted inside a table, not opening its row
        [None, "项目支出绩效自评表", None],
    ])
    assert finding_keys(form) == finding_keys(single), finding_keys(form)


def test_repeat_too_small_for_a_form():
    form, single = a_with_rows_under("small", [["项目名称", None, "2024年遗属补助（拟申报）"], ["备注", None, "下年度继续实施"]])
    extra = [f for f in form["findings"] if (f["rule"], f["cell"]) not in {(g["rule"], g["cell"]) for g in single["findings"]}]
    # The repeat stands at row 25 + 2 = 27: said there, as a warning, and nothing else added.
    assert [(f["rule"], f["severity"], f["cell"]) for f in extra] == [("second_form_on_sheet", "warning", "A27")], extra
    assert "第 27 行" in extra[0]["message"], extra[0]["message"]


def national(ws, first_row, name, year):
    N = None
    rows = [
        ["附件："],
        ["项目支出绩效自评表"],
        [f"（{year}年度）"],
        ["项目名称", name],
        ["主管部门", "305-河湾县交通运输局", N, N, N, "实施单位", "305002-河湾县公路养护站"],
        ["项目资金（万元）", N, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [N, "年度资金总额：", 40, 50, 45, 10, 0.9, 9],
        [N, "其中：本年财政拨款", 40, 50, 45, "—", N, "—"],
        ["年度总体目标", "预期目标", N, N, N, "实际完成情况"],
        [N, "养护道路20公里", N, N, N, "养护道路20公里"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [N, "产出指标", "数量指标", "养护道路里程", "≥20公里", "20公里", 50, 50],
        [N, "效益指标", "社会效益指标", "群众出行便利程度", "明显提升", "达成预期指标", 30, 30],
        [N, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10],
        ["总分", N, N, N, N, N, 100, 99],
    ]
    note_rows(ws, first_row, rows)
    ws.cell(row=first_row + 6, column=7).number_format = "0.00%"
    return first_row + len(rows) - 1


def test_national_title_block():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    last = national(ws, 1, "河湾镇道路养护经费", 2022)
    national(ws, last + 3, "河湾镇路灯维护经费", 2023)  # 附件 at 15 + 3 = 18, 项目名称 at 21
    path = os.path.join(TMP, "national.xlsx")
    wb.save(path)
    forms = check(path)["forms"]
    assert [(f["record"]["project_name"], f["record"]["year"], f["rows"]) for f in forms] == [
        ("河湾镇道路养护经费", 2022, "1-15"), ("河湾镇路灯维护经费", 2023, "18-32")], \
        [(f["record"].get("project_name"), f["record"].get("year"), f.get("rows")) for f in forms]
    # 总分 = 9 + 50 + 30 + 10 = 99 (执行率 45 ÷ 50 = 90% × 10 = 9): both forms add up, no error.
    for form in forms:
        assert [f for f in form["findings"] if f["severity"] == "error"] == [], form["findings"]


def test_summary_one_row_per_form():
    path, _ = stacked([A, B], "summary_in")
    out = os.path.join(TMP, "summary.xlsx")
    run("summary", path, "-o", out, check=False)
    ws = openpyxl.load_workbook(out)["项目汇总"]
    header = [c.value for c in ws[3]]
    name, sheet = header.index("项目名称"), header.index("工作表")
    rows = [(r[name], r[sheet]) for r in ws.iter_rows(min_row=4, values_only=True) if r[name]]
    assert sorted(rows) == sorted([("2023年遗属补助", SHEET + "（第 1-25 行）"), ("单位运转经费(原汽配办)", SHEET + "（第 28-57 行）")]), rows


def test_check_text_names_the_rows():
    path, _ = stacked([A, B], "text")
    text = run("check", path, check=False).stdout.decode()
    assert f"工作表：{SHEET}（第 1-25 行，模板 project-2023）" in text, text
    assert f"工作表：{SHEET}（第 28-57 行，模板 project-2023）" in text, text
    single, _ = stacked([A], "text_alone")
    assert f"工作表：{SHEET}（模板 project-2023）" in run("check", single, check=False).stdout.decode()


def test_export_tells_the_forms_apart():
    # export's JSON carries check's form_index and rows; its forms.csv names each form's rows in the
    # 工作表 column, as the summary does (A rows 1-25, B 28-57, as in test_two_forms_stacked).
    path, _ = stacked([A, B], "export")
    forms = json.loads(run("export", path, "--format", "json").stdout)["forms"]
    assert [(f["sheet"], f["form_index"], f["rows"]) for f in forms] == [(SHEET, 1, "1-25"), (SHEET, 2, "28-57")], forms
    out = os.path.join(TMP, "export_csv")
    run("export", path, "--format", "csv", "-o", out)
    with open(os.path.join(out, "forms.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["工作表"] for r in rows] == [f"{SHEET}（第 1-25 行）", f"{SHEET}（第 28-57 行）"], rows


if __name__ == "__main__":
    try:
        main([test_two_forms_stacked, test_three_forms_stacked, test_fix_corrects_the_second_form,
              test_title_quoted_in_a_note,
              test_repeat_too_small_for_a_form, test_national_title_block, test_summary_one_row_per_form,
              test_check_text_names_the_rows, test_export_tells_the_forms_apart])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
