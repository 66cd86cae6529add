"""The 总分 and the 自评等级 as clerks see them: a blank total is said at a cell on every template
that reads one, and a grade written on its own row under the total is read and checked.

Each case is a copy of a real sample (or of the published layouts built in
test_department_overall / test_unseen_layouts, for the forms with no sample) changed with
python3-openpyxl. Expected cells come from the seed lines (tests/data/seeds); expected grades from
the bands of RULES.md §1.6 (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; lower bounds inclusive).

  blank totals      the total's score cell emptied on each template: exactly one value_missing
                    at the cell where the score belongs, every finding at a cell, and no error
                    the original does not have (in particular the 分值 printed on the total row
                    is never read as the score: 002 招商引资工作经费 used to say 综合得分 "100").
  total row empty   project-2023 with both 总分 and 等级 emptied: the forms put the score under
                    the 得分 column or the 分值 one, so where it goes cannot be told; the one
                    error is at the 总分 label and says so.
  grade row below   自评等级 on its own row under 总分, in one cell (自评等级：良) or two (等级 | 良):
                    right, no finding; wrong, one finding at the grade's cell with the grade of
                    the recomputed total; prose mentioning 优秀 under the table is no grade.
"""
import os
import shutil
import tempfile

import openpyxl
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

from evalbook_test import SAMPLES, check, main, run

import test_department_overall as overall
import test_unseen_layouts as unseen

TMP = tempfile.mkdtemp(prefix="evalbook-total-grade-")


def copy_of(sample, name, change, sheet=None):
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, sample))
    change(wb[sheet] if sheet else wb.worksheets[0])
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    return path


def blanked(*cells):
    def change(ws):
        for cell in cells:
            ws[cell].value = None
    return change


def form_of(path, sheet=None):
    forms = check(path)["forms"]
    return forms[0] if sheet is None else next(f for f in forms if f["sheet"] == sheet)


def error_keys(form):
    return {(f["rule"], f["cell"]) for f in form["findings"] if f["severity"] == "error"}


def assert_blank_total_at(sample, cell, name, sheet=None, label="总分"):
    """The total at `cell` emptied: value_missing there, every finding at a cell, and no other
    error than the original's (less any about the total itself)."""
    original = form_of(os.path.join(SAMPLES, sample), sheet)
    form = form_of(copy_of(sample, name, blanked(cell), sheet), sheet)
    assert form["record"]["total_score"] is None, form["record"]["total_score"]
    missing = [f for f in form["findings"] if f["rule"] == "value_missing" and f["field"] == "total_score"]
    assert [(f["severity"], f["cell"]) for f in missing] == [("error", cell)], missing
    assert label in missing[0]["message"], missing[0]
    assert all(f["cell"] for f in form["findings"] if f["severity"] != "info"), form["findings"]
    before = {k for k in error_keys(original) if k[0] not in ("total_score", "grade")}
    assert error_keys(form) - {("value_missing", cell)} <= before, (error_keys(form), before)
    return form


# ---------------------------------------------------------------------------------------------
# Blank totals, per template


def test_blank_total_project_2023():
    # 004 #2 遗属补助 (seed 004 line 634): 总分 | I18 95 | J18 优; the cell before the grade.
    assert_blank_total_at("004_project_02_2023年遗属补助.xlsx", "I18", "p2023_i18")
    # 004 #6 进博会 (seed lines 756-757): 总分 alone on row 30, G31 95 | H31 优 on the row under
    # it: the score belongs before the grade there, not in the prose rows further down.
    assert_blank_total_at("004_project_06_进博会专项资金.xlsx", "G31", "p2023_g31")


def test_blank_total_project_2020():
    # 001 (seed 001 line 28): 总分 | F26 100 (分值) | G26 90. The indicator rows are ragged (分值
    # in G on most rows, in F on rows 20 and 25, as on the total row): F holds only 分值, so the
    # lone 100 is the weight, not a total of 100.
    form = assert_blank_total_at("001_project_服务外向型经济工作经费.xlsx", "G26", "p2020_g26")
    assert not any(f["rule"] == "total_score" for f in form["findings"]), form["findings"]


def test_blank_total_jinzhong_project():
    # 002 招商引资工作经费 (seed 002 line 129): 综合得分: | C69 100 | D69 86.05, in the columns of
    # the 效果: section row (C63 30 | D63 24), one left of the item rows (D | E). C only ever holds a
    # 分值: the 100 is the weight; the score is missing at D69, not "reported as 100".
    form = assert_blank_total_at("002_project_招商引资工作经费.xlsx", "D69", "jz_d69", label="综合得分")
    assert "total_score" not in {f["rule"] for f in form["findings"]}
    # 003 企业技术创新奖励补助 (seed 003 line 194): E68 100 | F68 99.47; E holds only 分值.
    assert_blank_total_at("003_project_企业技术创新奖励补助.xlsx", "F68", "jz_f68", label="综合得分")
    # 000 (seed 000 line 62): E60 100 | F60 90.00. E holds 分值 on some rows and 得分 on others;
    # the lone 100 is the full marks 投入 20 + 过程 20 + 产出 30 + 效果 30 = 100: the weight.
    assert_blank_total_at("000_project_出口信用保险保费补助资金.xlsx", "F60", "jz_f60", label="综合得分")


def test_blank_total_jinzhong_department():
    # 002 部门 (seed 002 line 54): 综合得分 | 100 | F52 82.80.
    assert_blank_total_at("002_dept_晋中市招商引资服务中心.xlsx", "F52", "dept_f52", label="综合得分")


def test_blank_total_policy_scores():
    # 制定类指标评分表: 合计 | F11 20 (分值) | G11 20. The lone 20 is the 分值 (F only holds 分值),
    # kept as the weight; the score is missing at G11 instead of read as 20.
    sheet = "制定类指标评分表"
    form = assert_blank_total_at("004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx",
                                 "G11", "policy_g11", sheet, label="合计")
    assert form["record"]["total_weight"] == 20, form["record"]


def test_blank_total_built_forms():
    # 四川 (project-sichuan-2023): 合计 | I15 100 | J15 98; 通城 (department-tongcheng-2020): 总分 |
    # B14 "96.4分" (merged B14:G14); 重庆 (department-chongqing-2021): 自评总分（分）| J2 97.5.
    for name, wb, cell, label in (("sichuan", unseen.sichuan_form({"J15": None}), "J15", "总分"),
                                  ("tongcheng", overall.township_form({"B14": None}), "B14", "总分"),
                                  ("chongqing", overall.chongqing_form({"J2": None}), "J2", "自评总分")):
        path = os.path.join(TMP, name + "_blank.xlsx")
        wb.save(path)
        form = form_of(path)
        missing = [(f["rule"], f["cell"]) for f in form["findings"] if f["field"] == "total_score"]
        assert missing == [("value_missing", cell)], (name, missing)
        assert error_keys(form) == {("value_missing", cell)}, (name, error_keys(form))
        assert all(f["cell"] for f in form["findings"] if f["severity"] != "info"), (name, form["findings"])


def test_total_row_empty_is_said_at_its_label():
    # 004 #2: I18 and J18 both emptied. One error, at the 总分 label A18, saying the cell cannot
    # be told; the grade (blank) is no second finding; the recomputed total stays 10 + 85 = 95.
    form = form_of(copy_of("004_project_02_2023年遗属补助.xlsx", "p2023_row18", blanked("I18", "J18")))
    errors = [f for f in form["findings"] if f["severity"] == "error"]
    assert [(f["rule"], f["cell"]) for f in errors] == [("value_missing", "A18")], errors
    assert "无法确定" in errors[0]["message"], errors[0]
    assert all(f["cell"] for f in form["findings"] if f["severity"] != "info"), form["findings"]
    assert form["recomputed"]["total_score"] == 95


# ---------------------------------------------------------------------------------------------
# A grade on its own row under the total


def insert_row(ws, row):
    """ws.insert_rows with the merged ranges moved as Excel moves them."""
    coords = []
    for mr in ws.merged_cells.ranges:
        cr = CellRange(mr.coord)
        if cr.min_row >= row:
            cr.shift(row_shift=1)
        elif cr.max_row >= row:
            cr.expand(down=1)
        coords.append(cr.coord)
    ws.merged_cells = MultiCellRange()
    ws.insert_rows(row, 1)
    for coord in coords:
        ws.merge_cells(coord)


P02 = "004_project_02_2023年遗属补助.xlsx"


def with_grade_row(cells, name):
    """004 #2 with J18 (优) emptied and a row under 总分 (row 19) holding `cells`."""
    def change(ws):
        ws["J18"].value = None
        insert_row(ws, 19)
        for ref, value in cells.items():
            ws[ref] = value
    return copy_of(P02, name, change)


def grade_findings(form):
    return [f for f in form["findings"] if f["field"] == "grade" and f["severity"] != "info"]


def test_grade_row_below_right():
    # 总分 95 = 10 + 85 (20+5+5+5+5+5+30+10); 95 ≥ 90 → 优.
    for cells, name in (({"A19": "自评等级：优"}, "one_cell"), ({"A19": "等级", "B19": "优"}, "two_cells"),
                        ({"A19": "自评等级", "C19": "优秀"}, "apart")):
        form = form_of(with_grade_row(cells, "grade_right_" + name))
        assert form["record"]["grade"] in ("优", "优秀"), (name, form["record"]["grade"])
        assert grade_findings(form) == [], (name, grade_findings(form))
        assert [f for f in form["findings"] if f["severity"] == "error"] == [], name


def test_grade_row_below_wrong():
    # 95 ≥ 90 → 优; written 良: one error at the grade's own cell, expecting 优.
    for cells, cell in (({"A19": "自评等级：良"}, "A19"), ({"A19": "等级", "B19": "良"}, "B19")):
        path = with_grade_row(cells, "grade_wrong_" + cell)
        form = form_of(path)
        found = grade_findings(form)
        assert [(f["rule"], f["severity"], f["cell"], f["expected"]) for f in found] == \
            [("grade", "error", cell, "优")], found
        assert error_keys(form) == {("grade", cell)}, error_keys(form)
        # fix writes the bare grade over a bare grade, never over the label's own cell.
        out = path + ".fixed.xlsx"
        run("fix", path, "-o", out, check=False)
        ws = openpyxl.load_workbook(out).worksheets[0]
        assert ws[cell].value == ("自评等级：良" if cell == "A19" else "优"), ws[cell].value


def test_grade_row_below_unsure_bands_warn():
    # 四川 prints no grade and no bands: 总分 9 + 89 = 98 ≥ 90 → 优 by 财预〔2020〕10号, so 良
    # written under 合计 is a warning at A16, never an error.
    path = os.path.join(TMP, "sichuan_grade.xlsx")
    unseen.sichuan_form({"A16": "自评等级：良", "B16": None}).save(path)
    form = form_of(path)
    found = grade_findings(form)
    assert [(f["severity"], f["cell"], f["expected"]) for f in found] == [("warning", "A16", "优")], found
    assert not [f for f in form["findings"] if f["severity"] == "error"], form["findings"]


def test_prose_under_the_total_is_no_grade():
    # A sentence under 总分 that names 优秀 (and the analysis rows of the sample below it) is not a
    # grade: nothing read, nothing said about a grade.
    path = with_grade_row({"A19": "说明", "B19": "本项目自评等级为优秀，各项指标均已完成"}, "prose")
    form = form_of(path)
    assert form["record"]["grade"] in (None, ""), form["record"]["grade"]
    assert grade_findings(form) == [], grade_findings(form)
    path = with_grade_row({"A19": "自评等级为优秀，各项指标均已完成，资金使用规范"}, "prose_label")
    form = form_of(path)
    assert form["record"]["grade"] in (None, ""), form["record"]["grade"]


if __name__ == "__main__":
    try:
        main([v for k, v in globals().items() if k.startswith("test_")])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
        shutil.rmtree(overall.TMP, ignore_errors=True)
        shutil.rmtree(unseen.TMP, ignore_errors=True)
