"""Rows read at the offset the form's own arithmetic confirms (readers' issue, point 3), and the
reader bugs of the same issue. Each case changes one real sample the way units' forms differ
(a row of figures shifted one column right, a note row under the last table) and asserts the
figures read, as the sample holds them, and the one info that says how the row was read.
    公开09表 row 15 (预算数 1–6, 决算数 7–12): 合计 0.39 = 因公出国 0 (blank) + 公务用车 0.15 +
    公务接待 0.24; 公务用车 0.15 = 购置 0 (blank) + 运行维护 0.15; 决算数 the same.
    003 部门 rows 8–10: 上年结转 26.66, 年初预算 22728.40, 预算调整 −10504.26, 其他调整 5.35,
    执行 11123.37, 年末结余 1132.78 = 26.66 + 22728.40 − 10504.26 + 5.35 − 11123.37."""
import json
import os
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metamorphic"))
from evalbook_test import SAMPLES, main, run  # noqa: E402
import sheet_edit  # noqa: E402

TMP = tempfile.mkdtemp(prefix="evalbook-alignment-")
ACCOUNTS = "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx"
SHEET_09 = "公开09表 财政拨款“三公”经费支出决算表"
DEPARTMENT = "003_dept_晋中市工业和信息化局.xlsx"
TARGET_2021 = "001_dept_市对外经济贸易发展服务中心.xlsx"


def check(path):
    proc = run("check", path, "--format", "json", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return {f["sheet"]: f for f in json.loads(proc.stdout.decode())["files"][0]["forms"]}


def changed(sample, name, change, sheet=None):
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, sample))
    change(wb[sheet] if sheet else wb.worksheets[0])
    path = os.path.join(TMP, name)
    wb.save(path)
    return path


def infos(form, rule="block_alignment"):
    return [f for f in form["findings"] if f["rule"] == rule and f["severity"] == "info"]


def errors(form):
    return [(f["rule"], f["cell"]) for f in form["findings"] if f["severity"] == "error"]


def test_09_figure_row_shifted_right_is_read_by_its_sums():
    path = changed(ACCOUNTS, "09_shifted.xlsx", lambda ws: sheet_edit.shift_row_right(ws, 15, 1), SHEET_09)
    form = check(path)[SHEET_09]
    record = form["record"]
    for side in ("budget", "actual"):
        assert record[f"{side}_total"] == 0.39, record
        assert record[f"{side}_vehicles"] == 0.15 and record[f"{side}_vehicle_operation"] == 0.15, record
        assert record[f"{side}_reception"] == 0.24, record
        assert record[f"{side}_abroad"] is None and record[f"{side}_vehicle_purchase"] is None, record
    assert form["cells"]["budget_total"] == "B15" and form["cells"]["actual_reception"] == "M15", form["cells"]
    assert errors(form) == [], errors(form)
    said = infos(form)
    assert len(said) == 1 and said[0]["cell"] == "B15", said
    assert "右移 1 列" in said[0]["message"] and "合计 = 各项之和" in said[0]["message"], said


def test_09_figure_row_under_its_numbers_says_nothing():
    form = check(os.path.join(SAMPLES, ACCOUNTS))[SHEET_09]
    assert form["record"]["budget_total"] == 0.39 and form["cells"]["budget_total"] == "A15"
    assert infos(form) == [], infos(form)


def test_06_totals_row_shifted_right_is_read_beside_its_labels():
    # 公开06表 row 42: 人员经费合计 | C42 985.30 (under 决算数 of the first group) | 公用经费合计 |
    # L42 122.06 (决算数 of the last group). Moved one column right: the same figures, one info.
    sheet = "公开06表 一般公共预算财政拨款基本支出决算明细表"
    original = check(os.path.join(SAMPLES, ACCOUNTS))[sheet]
    assert infos(original) == [], infos(original)
    form = check(changed(ACCOUNTS, "06_shifted.xlsx", lambda ws: sheet_edit.shift_row_right(ws, 42, 1), sheet))[sheet]
    assert form["record"]["personnel_total"] == 985.30 and form["record"]["public_total"] == 122.06
    assert form["cells"]["personnel_total"] == "D42" and form["cells"]["public_total"] == "M42"
    assert errors(form) == errors(original), errors(form)
    said = infos(form)
    assert [f["cell"] for f in said] == ["B42"] and "右移 1 列" in said[0]["message"], said


def test_department_funds_row_shifted_right_is_read_beside_its_labels():
    # Row 10: 预算执行金额 | 11,123.37 | 年末结余金额 | 1132.78, moved from A10 one column right.
    path = changed(DEPARTMENT, "dept_row10.xlsx", lambda ws: sheet_edit.shift_row_right(ws, 10, 1))
    form = next(iter(check(path).values()))
    record = form["record"]
    assert record["executed"] == 11123.37 and record["year_end_balance"] == 1132.78, record
    assert record["carryover"] == 26.66 and record["budget_initial"] == 22728.40, record
    assert form["cells"]["executed"] == "C10" and form["cells"]["year_end_balance"] == "E10"
    assert errors(form) == [], errors(form)
    said = infos(form)
    assert [f["cell"] for f in said] == ["B10"] and "右移 1 列" in said[0]["message"], said


def test_department_section_row_shifted_right_is_read_in_its_order():
    # Row 19: 投入 | C19 参考分值 16 | D19 设定分值 16 | E19 —— | F19 评价得分 16.00, under the
    # headers 参考分值 C, 设定分值 D, 评价得分 F. Moved one column right: 投入 16 of 16, one info.
    path = changed(DEPARTMENT, "dept_row19.xlsx", lambda ws: sheet_edit.shift_row_right(ws, 19, 1))
    form = next(iter(check(path).values()))
    assert form["record"]["sections"]["投入"] == 16 and form["record"]["section_weights"]["投入"] == 16
    assert form["cells"]["sections.投入"] == "G19" and form["cells"]["section_weights.投入"] == "D19"
    assert errors(form) == [], errors(form)
    said = infos(form)
    assert [f["cell"] for f in said] == ["B19"] and "右移 1 列" in said[0]["message"], said


def test_department_funds_rows_in_place_say_nothing():
    form = next(iter(check(os.path.join(SAMPLES, DEPARTMENT)).values()))
    assert infos(form) == [], infos(form)


POLICY = "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx"


def test_policy_total_row_shifted_right_is_read_beside_its_label():
    # 制定类指标评分表 row 11: 合计 | F11 分值 20 (= 6 + 6 + 8) | G11 得分 20 (= 2+2+2+3+3+4+4), under
    # the table's 分值 F and 得分 G; moved one column right it is read the same, and said.
    sheet = "制定类指标评分表"
    path = changed(POLICY, "policy_total.xlsx", lambda ws: sheet_edit.shift_row_right(ws, 11, 1), sheet)
    form = check(path)[sheet]
    assert form["record"]["total_weight"] == 20 and form["record"]["total_score"] == 20, form["record"]
    assert form["cells"]["total_weight"] == "G11" and form["cells"]["total_score"] == "H11"
    assert errors(form) == [], errors(form)
    said = infos(form)
    assert [f["cell"] for f in said] == ["B11"] and "右移 1 列" in said[0]["message"], said
    assert infos(check(os.path.join(SAMPLES, POLICY))[sheet]) == []


def test_note_row_under_the_last_table_ends_it():
    # department-target-2021's indicator table is the form's last part: a note row under it is
    # not a 30th indicator.
    original = next(iter(check(os.path.join(SAMPLES, TARGET_2021)).values()))

    def add_note(ws):
        ws.cell(ws.max_row + 1, 1).value = "注：本表由填报单位如实填写，数据与单位财务账一致。"

    form = next(iter(check(changed(TARGET_2021, "note.xlsx", add_note)).values()))
    assert len(original["record"]["indicators"]) == 29
    assert form["record"]["indicators"] == original["record"]["indicators"]
    assert form["findings"] == original["findings"]


if __name__ == "__main__":
    main([v for k, v in globals().items() if k.startswith("test_")])
