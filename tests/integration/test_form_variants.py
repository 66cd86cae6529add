"""Forms as units really fill them: golden cases built by hand from the samples, each a copy of a
real sample with one change made with python3-openpyxl, and its expected reading worked out from
the seed lines (tests/data/seeds/004_80dc64eda384f1d0.txt, 001_111099e829c6ea1e.txt).

  header_row_deleted    the indicator header row (一级指标 | 二级指标 | ... ) deleted: the record,
                        the recomputed figures and the findings are the original's (cells below
                        the deleted row one row up), plus the warning 表头缺失，按标准列序读取 and
                        an info naming the labels the sheet lacks.
  shifted_total_row     the 资金总额 row one column right of its headers with its first figure
                        blank: read at that offset, its figures confirmed by 结余 = 预算 − 执行 and
                        执行率 = 执行 ÷ 预算, with an info saying so.
  initial_budget_twice  年初预算数 written over both of its sub-columns (no sub-header row) and the
                        total row's numbers one column further than the labels (RULES §8: "some
                        forms repeat the 年初预算数 header"), with and without its 目标申报数.
  synonyms              the header labels of the 2020 form written in the wordings of the national
                        template's provincial variants: the same record.
  not_forms             a 填表说明 sheet and a memo that name some of the form's labels are not
                        forms; a contents sheet naming two 决算 tables is a near-tie, listed with
                        both candidates, never guessed.
"""
import os
import re
import shutil
import tempfile

import openpyxl
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

from evalbook_test import SAMPLES, check, main, run, the_form

TMP = tempfile.mkdtemp(prefix="evalbook-variants-")
TOLERANCE = 1e-9

S01 = "004_project_01_2023年市级“爱心消费券”专项资金.xlsx"  # seed 004 lines 592-615
S02 = "004_project_02_2023年遗属补助.xlsx"  # seed 004 lines 617-641
S09 = "004_project_09_晋城市商务局会议室装修工程.xlsx"  # seed 004 lines 824-850
S20 = "001_project_服务外向型经济工作经费.xlsx"  # seed 001 lines 3-29
SJ = "002_project_招商引资专项经费.xlsx"  # seed 002
SD = "003_dept_晋中市工业和信息化局.xlsx"  # seed 003
ST = "001_dept_市对外经济贸易发展服务中心.xlsx"  # seed 001


def variant(sample, name, change):
    """A copy of `sample` with change(ws) applied to its first sheet."""
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, sample))
    change(wb.worksheets[0])
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    return path


def delete_row(ws, row):
    """ws.delete_rows with the merged ranges moved as Excel moves them."""
    coords = []
    for mr in ws.merged_cells.ranges:
        cr = CellRange(mr.coord)
        if cr.min_row == row == cr.max_row:
            continue
        if cr.min_row > row:
            cr.shift(row_shift=-1)
        elif cr.max_row >= row:
            cr.expand(down=-1)
        coords.append(cr.coord)
    ws.merged_cells = MultiCellRange()
    ws.delete_rows(row, 1)
    for coord in coords:
        ws.merge_cells(coord)


def same(want, got, path="", out=None):
    """Differences between two record trees (numbers within TOLERANCE), by path."""
    out = [] if out is None else out
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            same(want.get(k), got.get(k), f"{path}.{k}" if path else k, out)
    elif isinstance(want, list) and isinstance(got, list):
        if len(want) != len(got):
            out.append(f"{path}: {len(want)} items, got {len(got)}")
        for i, (a, b) in enumerate(zip(want, got)):
            same(a, b, f"{path}[{i}]", out)
    elif isinstance(want, (int, float)) and isinstance(got, (int, float)) and not isinstance(want, bool):
        if abs(want - got) > TOLERANCE:
            out.append(f"{path}: {want!r}, got {got!r}")
    elif want != got:
        out.append(f"{path}: {want!r}, got {got!r}")
    return out


def moved_up(cell, deleted_row):
    """The address of `cell` once `deleted_row` is gone."""
    m = re.match(r"^([A-Z]+)(\d+)$", cell or "")
    if not m or int(m.group(2)) <= deleted_row:
        return cell
    return f"{m.group(1)}{int(m.group(2)) - 1}"


def finding_keys(findings, rules_left_out=(), deleted_row=None):
    keys = []
    for f in findings:
        if f["rule"] in rules_left_out:
            continue
        cell = moved_up(f["cell"], deleted_row) if deleted_row else f["cell"]
        keys.append((f["rule"], f["severity"], f["field"], cell))
    return sorted(keys)


def findings_of(form, rule):
    return [f for f in form["findings"] if f["rule"] == rule]


# ---------------------------------------------------------------------------------------------
# The indicator header row deleted


def header_row_deleted(sample, header_row, first_indicator_cell, missing):
    original = the_form(os.path.join(SAMPLES, sample))
    path = variant(sample, "no_header_" + sample[:14], lambda ws: delete_row(ws, header_row))
    form = the_form(path)
    assert form["template"] == original["template"], form["template"]
    differences = same(original["record"], form["record"])
    differences += same(original["recomputed"], form["recomputed"], "recomputed")
    # How the sheet was read differs only by what the missing row brings.
    new_rules = ("table_header_missing", "labels_missing")
    want = finding_keys(original["findings"], new_rules, deleted_row=header_row)
    got = finding_keys(form["findings"], new_rules)
    if want != got:
        differences.append(f"findings: {want} != {got}")
    warnings = findings_of(form, "table_header_missing")
    assert len(warnings) == 1 and warnings[0]["severity"] == "warning", form["findings"]
    assert warnings[0]["message"].startswith("表头缺失，按标准列序读取"), warnings[0]["message"]
    assert warnings[0]["cell"] == first_indicator_cell, warnings[0]["cell"]
    info = findings_of(form, "labels_missing")
    assert len(info) == 1 and info[0]["severity"] == "info", form["findings"]
    assert form["detection"]["missing"] == missing, form["detection"]
    assert all(label in info[0]["message"] for label in missing), info[0]["message"]
    assert not differences, "\n  ".join(differences)
    return form


def test_header_row_deleted_2023_aligned():
    # #1: header line 600 (sheet row 9: 绩效指标 | 一级指标 | ... | 偏差原因分析及改进措施); the first
    # indicator line 601 (产出指标 in column B) becomes row 9. The 2023 labels only that row holds:
    # 一级/二级/三级指标, 年初指标值, 调整后指标值 (实际完成值 is still found as 实际完成情况,
    # line 598 G).
    header_row_deleted(S01, 9, "B9", ["一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值"])


def test_header_row_deleted_2023_default_cost_row():
    # #2: header line 625 (row 9); its rows include the default cost row shifted one cell left
    # (line 630: 成本指标 | 成本指标 | (empty) | 未填报 ...), read by content as in the original.
    header_row_deleted(S02, 9, "B9", ["一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值"])


def test_header_row_deleted_2020():
    # 武威 2021 (seed 001): header line 14 is sheet row 12 (line - 2); 产出指标 of line 15 in B.
    # The 2020 labels only that row holds: 一级/二级/三级指标 and 年度指标值 (实际完成值 is found as
    # 实际完成情况, line 12 E).
    header_row_deleted(S20, 12, "B12", ["一级指标", "二级指标", "三级指标", "年度指标值"])


def test_header_row_deleted_jinzhong_project():
    # 晋中 2020 (seed 002 招商引资专项经费): header row 20 绩效目标实现情况 | 绩效指标（二级） |
    # 绩效指标（三级） | 目标值 | 实际完成指标值 | 完成进度. Its first row (21, now 20) writes the lower
    # level 数量指标 in column A (产出指标, implied, left blank), where the table starts. The
    # evidence labels only that row holds: 绩效指标(三级), 目标值, 实际完成指标值.
    header_row_deleted(SJ, 20, "A20", ["绩效指标(三级)", "目标值", "实际完成指标值"])


def test_header_row_deleted_jinzhong_score_table():
    # The same form's 评分表 (items): header row 48 (| 二级指标 | 三级指标 | | 指标分值 | 评价得分); the
    # table starts at its section row 投入: (49, now 48) in B, whose 20 | 18.80 stay the section's
    # weight and score; the 评分表 label of the next row and every item as the original reads them.
    header_row_deleted(SJ, 48, "B48", ["指标分值", "评价得分"])


def test_header_row_deleted_jinzhong_department():
    # 晋中 部门整体 2020 (seed 003 工业和信息化局): header rows 17 (二级指标 | 三级指标 | 指标分值 |
    # 计算分析情况 | 评价得分) and 18 (参考分值 | 设定分值). Row 17 deleted: row 18 (now 17) is a
    # partial header over C:D; the table starts at the section row 投入 (19, now 18) in column A,
    # whose 16 | 16 | —— | 16.00 stay the section's weight (C) and score (F).
    header_row_deleted(SD, 17, "A18", ["二级指标", "计算分析情况", "评价得分"])


def test_header_row_deleted_department_target():
    # 武威 部门整体 2021 (seed 001): header row 16 年度绩效指标 | 一级指标 | 二级指标 | 三级指标 |
    # | 指标值; its first row (投入指标 in B17, now B16) starts the table. Evidence left: 部门(单位)名称
    # 2, 年度主要任务及预算构成 2, 年度总体绩效目标 1, 上年预算执行情况 1, 任务名称 1, 金额合计 0.5
    # = 7.5 of 11 (68% ≥ 60%).
    form = header_row_deleted(ST, 16, "B16", ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"])
    assert abs(form["detection"]["score"] - 7.5 / 11) < 1e-4, form["detection"]


def test_header_row_deleted_policy_scores():
    """The 制定类指标评分表 of the 重点评价 report (seed 004) without its header row 3 (一级指标 | 分值 |
    二级指标 | 分值 | 三级指标 | 分值 | 得分): recognised by its title (2), its codes A101… (2) and
    its 合计 row (0.5) = 4.5 of 7 (64%), read in the canonical order from A101's column E, the same
    indicators: 7 rows, 分值 2+2+2+3+3+4+4 = 20, 得分 20 (合计 row F11/G11, now F10/G10)."""
    sample = "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx"
    sheet = "制定类指标评分表"
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, sample))
    delete_row(wb[sheet], 3)
    path = os.path.join(TMP, "policy_no_header.xlsx")
    wb.save(path)
    original = next(f for f in check(os.path.join(SAMPLES, sample))["forms"] if f["sheet"] == sheet)
    form = next(f for f in check(path)["forms"] if f["sheet"] == sheet)
    assert form["template"] == "policy-eval-scores", form["template"]
    assert not same(original["record"], form["record"]), same(original["record"], form["record"])
    assert len(form["record"]["indicators"]) == 7
    assert sum(i["weight"] for i in form["record"]["indicators"]) == 20 == form["record"]["total_weight"]
    assert form["record"]["total_score"] == 20 and form["cells"]["total_score"] == "G10", form["cells"]
    assert abs(form["detection"]["score"] - 4.5 / 7) < 1e-4, form["detection"]
    assert form["detection"]["missing"] == ["一级指标", "二级指标", "三级指标", "分值", "得分"], form["detection"]
    [warning] = findings_of(form, "table_header_missing")
    assert warning["severity"] == "warning" and warning["cell"] == "A3", warning
    assert warning["message"].startswith("表头缺失，按标准列序读取"), warning


# ---------------------------------------------------------------------------------------------
# Funds rows off their headers


def test_shifted_total_row():
    """#9, line 828 (row 5): B 资金总额: | C 29 | D 29 | E 28.87 | F 28.87 | G 0 | H 100 | I 10 under
    the header B 年初预算数 (B 目标申报数, C 预算编制数) | D 全年预算数 | E 全年执行数 | F 结余 | G 执行率 |
    H 得分: one column right of its headers. With its 目标申报数 (C5) left blank six figures stand in
    D..I. Read one column right: 预算编制数 29, 全年预算数 28.87, 全年执行数 28.87, 结余 0, 执行率 100,
    得分 10; 28.87 − 28.87 = 0 (结余 ✓) and 28.87 ÷ 28.87 = 100% (执行率 ✓). Under its headers it would
    read 全年预算数 29, 全年执行数 28.87, 结余 28.87 (≠ 29 − 28.87 = 0.13) and 执行率 0."""
    path = variant(S09, "shifted_total", lambda ws: setattr(ws["C5"], "value", None))
    form = the_form(path)
    rec = form["record"]
    want = {"budget_declared": None, "budget_initial": 29, "budget_full_year": 28.87, "executed": 28.87,
            "budget_balance": 0, "execution_rate": 1.0, "execution_score": 10}
    got = {k: rec.get(k) for k in want}
    assert not same(want, got), same(want, got)
    assert form["cells"]["execution_rate"] == "H5" and form["cells"]["execution_score"] == "I5", form["cells"]
    info = [f for f in findings_of(form, "block_alignment") if f["cell"] == "B5"]
    assert len(info) == 1 and info[0]["severity"] == "info", form["findings"]
    assert "右移 1 列" in info[0]["message"], info[0]["message"]
    assert "结余 = 预算 − 执行" in info[0]["message"] and "执行率 = 执行 ÷ 预算" in info[0]["message"]
    # 执行率得分 = min(28.87 ÷ 28.87, 100%) × 10 = 10; no error on the funds row.
    assert abs(form["recomputed"]["execution_score"] - 10) < 1e-9, form["recomputed"]
    errors = [f for f in form["findings"] if f["severity"] == "error"]
    assert not errors, errors


def initial_budget_twice(declared_blank):
    """#2, lines 619-622: 年初预算数 (line 619 C, merged C3:D3) over 目标申报数 | 预算编制数 (line 620).
    The variant writes 年初预算数 in both C3 and D3 and deletes the sub-header row; the total row
    (line 621, now row 4) keeps C 资金总额: and its figures in D..J, one column further than the
    labels: 目标申报数 9.494 | 预算编制数 9.494 | 全年预算数 8.853 | 全年执行数 8.853 | 结余 0 | 执行率 100 |
    得分 10. Hand check: 8.853 − 8.853 = 0 ✓, 8.853 ÷ 8.853 = 100% ✓, 得分 = 100% × 10 = 10 ✓."""
    def change(ws):
        ws.unmerge_cells("C3:D3")
        ws["D3"] = "年初预算数"
        delete_row(ws, 4)
        if declared_blank:
            ws["D4"] = None  # the 目标申报数 of the total row left blank
    form = the_form(variant(S02, f"initial_twice_{declared_blank}", change))
    rec = form["record"]
    want = {"budget_declared": None if declared_blank else 9.494, "budget_initial": 9.494,
            "budget_full_year": 8.853, "executed": 8.853, "budget_balance": 0, "execution_rate": 1.0,
            "execution_score": 10}
    got = {k: rec.get(k) for k in want}
    assert not same(want, got), same(want, got)
    # The source row (line 622, now row 5: A 市县区财政资金 | 9.494 | 9.494 | 8.853 | 8.853 | 0 |
    # 100.00 | 10.00) keeps its own reading.
    source = rec["funds"][0]
    want_source = {"source": "市县区财政资金", "budget_declared": 9.494, "budget_initial": 9.494,
                   "budget_full_year": 8.853, "executed": 8.853, "budget_balance": 0,
                   "execution_rate": 1.0, "execution_score": 10}
    assert not same(want_source, source), same(want_source, source)
    info = [f for f in findings_of(form, "block_alignment") if f["cell"] == "C4"]
    assert len(info) == 1 and info[0]["severity"] == "info", form["findings"]
    assert "执行率 = 执行 ÷ 预算" in info[0]["message"], info[0]["message"]
    errors = [f for f in form["findings"] if f["severity"] == "error"]
    assert not errors, errors
    assert abs(form["recomputed"]["execution_score"] - 10) < 1e-9, form["recomputed"]


def test_initial_budget_over_both_sub_columns():
    initial_budget_twice(declared_blank=False)


def test_initial_budget_over_both_sub_columns_declared_blank():
    # Six figures under six recognised headers: read under the headers the row would give
    # 全年预算数 9.494, 全年执行数 8.853, 结余 8.853, 执行率 0 and 得分 100 (the misreading of the issue).
    initial_budget_twice(declared_blank=True)


# ---------------------------------------------------------------------------------------------
# Other wordings


def read_in_other_words(sample, words, at_least):
    """The sample with its labels in other wordings reads to the same record, recomputed figures
    and findings."""
    replaced = []

    def change(ws):
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in words:
                    cell.value = words[cell.value.strip()]
                    replaced.append(cell.coordinate)

    original = the_form(os.path.join(SAMPLES, sample))
    form = the_form(variant(sample, "synonyms_" + sample[:14], change))
    assert len(replaced) >= at_least, replaced
    assert form["template"] == original["template"], form["template"]
    differences = same(original["record"], form["record"]) + same(original["recomputed"], form["recomputed"])
    assert not differences, "\n  ".join(differences)
    assert finding_keys(original["findings"]) == finding_keys(form["findings"])


def test_synonyms_of_the_2020_form():
    """Seed 001 lines 5-14 in the wordings of the provincial variants of 财预〔2020〕10号."""
    read_in_other_words(S20, {"主管部门": "主管部门及代码", "实施单位": "项目单位",
                              "全年预算数": "全年预算数（A）", "全年执行数": "全年执行数（B）",
                              "执行率": "执行率（B/A）", "年度指标值": "指标值", "实际完成值": "全年实际值",
                              "分值": "权重", "得分": "自评得分",
                              "偏差原因分析及改进措施": "偏差原因及改进措施", "年度资金总额": "合计"},
                        at_least=12)  # two 分值 and two 得分 headers


def test_synonyms_of_the_2023_form():
    """Seed 004 #1 lines 593-600 in other wordings (年初/调整后指标值 have none in use)."""
    read_in_other_words(S01, {"主管部门及代码": "主管部门", "预算单位": "实施单位", "年初预算数": "年初预算",
                              "全年预算数": "预算数", "全年执行数": "实际支出", "执行率": "预算执行率",
                              "实际完成值": "实际完成情况", "分值": "标准分", "得分": "自评得分",
                              "偏差原因分析及改进措施": "未完成原因分析", "资金总额:": "年度资金总额:"},
                        at_least=12)


# ---------------------------------------------------------------------------------------------
# Sheets that are no form, and near-ties


def test_notes_and_memos_are_not_forms():
    src = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")
    wb = openpyxl.load_workbook(src)
    notes = wb.create_sheet("填表说明")
    for i, text in enumerate(["填表说明", "项目名称", "填写项目的全称", "年初预算数", "填写年初批复的预算",
                              "全年预算数", "全年执行数", "总分", "按各项得分之和填写"], start=1):
        notes.cell(i, 1, text)
    memo = wb.create_sheet("备忘")
    memo["A1"] = "备忘"
    memo["A2"] = "项目名称"
    memo["B2"] = "变压器更换"
    memo["A3"] = "实际完成值"
    memo["B3"] = "待补充"
    path = os.path.join(TMP, "with_notes.xlsx")
    wb.save(path)
    entry = check(path)
    assert [f["template"] for f in entry["forms"]] == ["project-2023"], entry["forms"]
    assert [s["sheet"] for s in entry["skipped_sheets"]] == ["填表说明", "备忘"], entry["skipped_sheets"]
    assert all("不是已知的表格" in s["reason"] and s["candidates"] == [] for s in entry["skipped_sheets"])


def test_a_near_tie_is_listed_not_guessed():
    """A contents sheet naming 公开01表 and 公开02表: each 决算 template finds its one label, a tie."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws["A1"] = "公开01表"
    ws["B1"] = "收入支出决算总表"
    ws["A2"] = "公开02表"
    ws["B2"] = "收入决算表"
    path = os.path.join(TMP, "contents.xlsx")
    wb.save(path)
    entry = check(path)
    assert entry["forms"] == [], entry["forms"]
    [skipped] = entry["skipped_sheets"]
    assert "无法确定表格类型" in skipped["reason"], skipped
    assert sorted(c["template"] for c in skipped["candidates"]) == ["final-accounts-01", "final-accounts-02"]
    assert all(abs(c["score"] - 1) < 1e-9 for c in skipped["candidates"]), skipped


def test_detection_reports_found_and_missing_labels():
    """A complete 2023 form: every label found, nothing missing, no info; the 2020 template, ruled
    out by 调整后指标值, is no runner-up."""
    form = the_form(os.path.join(SAMPLES, S01))
    d = form["detection"]
    assert d["template"] == "project-2023" and not d["forced"], d
    assert d["missing"] == [] and abs(d["score"] - 1) < 1e-9 and d["threshold"] == 0.6, d
    assert "调整后指标值" in d["found"] and "年初指标值" in d["found"], d
    assert d["runner_up"] is None or d["runner_up"]["template"] != "project-2020", d
    assert not findings_of(form, "labels_missing")
    forced = check(os.path.join(SAMPLES, S01), "--template", "project-2020")["forms"][0]
    assert forced["detection"]["forced"] and "年度指标值" in forced["detection"]["missing"], forced["detection"]


if __name__ == "__main__":
    try:
        main([test_header_row_deleted_2023_aligned, test_header_row_deleted_2023_default_cost_row,
              test_header_row_deleted_2020, test_header_row_deleted_jinzhong_project,
              test_header_row_deleted_jinzhong_score_table,
              test_header_row_deleted_jinzhong_department, test_header_row_deleted_department_target,
              test_header_row_deleted_policy_scores, test_shifted_total_row,
              test_initial_budget_over_both_sub_columns,
              test_initial_budget_over_both_sub_columns_declared_blank, test_synonyms_of_the_2020_form,
              test_synonyms_of_the_2023_form,
              test_notes_and_memos_are_not_forms, test_a_near_tie_is_listed_not_guessed,
              test_detection_reports_found_and_missing_labels])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
