"""部门整体支出绩效自评表 as the township governments of 湖北 通城县 fill it (template
department-tongcheng-2020): a workbook built here with python3-openpyxl in the layout of the
published form (docs/FORM-VARIANTS.md gives the source), with a made-up town and made-up figures.
Expected figures are worked out by hand from the form's own arithmetic, written in the comments.

The layout, top to bottom: 单位名称; 基本支出总额 | 项目支出总额 (written "512.4万" as the published
form writes "864.2万"); 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） |
得分（20分*执行率） over the one row 部门整体支出总额; 年度目标1：（80分）; 年度绩效指标 | 一级指标 |
二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 得分 (no 分值 column); 总分 written "96.4分";
偏差大或目标未完成原因分析; 改进措施及结果应用方案.

  township_form
      Read as department-tongcheng-2020 (not as the 晋中 or 目标表 department forms, nor a project
      form); 执行率 552 ÷ 600 = 92%, 得分 20 × 92% = 18.4, indicator scores 78, 总分 96.4: no error,
      no warning but the reader's three at the cells written with 万/分, and one note that the
      indicator scores cannot be judged without a 分值.
  township_form_slips
      执行率 written 95% and 总分 98.4分: exactly those two errors; `fix` writes 92% and 96.40 and
      nothing else.
  township_form_over
      执行数 630 of 600 (105%) scored 21: the score stops at the block's 20 points; indicator scores
      adding to 82 of the 80 the 年度目标 is worth: a structure error, not corrected.
  township_form_parts
      基本支出总额 + 项目支出总额 equal to neither the 预算数 nor the 执行数: a warning only.
  filled_back_from_record
      Either form filled into its blank template from its own check document reads the same.
  samples_not_taken
      No sample workbook is read as either form here, nor has one as its runner-up.
  township_resaved_by_libreoffice
      The right and the slipped forms (both layouts) re-saved by LibreOffice as .xlsx and as .xls:
      same records, same findings at the same cells.

部门整体绩效自评表 of 重庆 (template department-chongqing-2021), in the layout of the published
2021 form: 主管部门 | 财政处室 | 自评总分（分）; 部门联系人; 部门预算执行情况（万元） with 年初预算数 |
全年（调整）预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分（分） and their values below them;
当年绩效目标 (年初 | 全年（调整） | 实际完成情况, values below); 绩效指标 | 指标名称 | 计量单位 | 指标性质 |
年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%） | 指标权重（分） | 指标得分（分） | 是否核心指标.

  chongqing_form
      494 ÷ 520 = 95%, × 10 = 9.5; 指标得分 = 得分系数 × 指标权重 on every row (90% × 20 = 18);
      自评总分 9.5 + 88 = 97.5: no error, no warning, one note that the 系数 are not judged.
  chongqing_form_slips
      A 指标得分 19 for 90% × 20 and 自评总分 98.5: exactly those two errors; `fix` writes 18 and
      97.5 and nothing else. Weights adding to 105 with the 执行率权重: a warning; a rate above 100%:
      a warning, and its score (the form says nothing of a cap) not checked.
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl

from evalbook_test import all_samples, check, main, run, the_form

TMP = tempfile.mkdtemp(prefix="evalbook-department-overall-")
TEMPLATE = "department-tongcheng-2020"
CHONGQING = "department-chongqing-2021"


def sheet(title, rows, merged, percent_cells, changes):
    """A one-sheet workbook: `rows` appended, `merged` ranges merged, `percent_cells` shown as
    percent, then `changes` {cell: value} applied."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    for cell in percent_cells:
        ws[cell].number_format = "0%"
    for cell, value in (changes or {}).items():
        ws[cell] = value
    return wb


def township_form(changes=None):
    """One sheet in the published layout; `changes` {cell: value} applied last."""
    N = None
    rows = [
        ["单位名称：河湾镇政府", N, N, N, "填报日期：2021.5.18", N, N],
        ["单位名称", "河湾镇人民政府", N, N, N, N, N],
        ["基本支出总额", "512.4万", N, "项目支出总额", "87.6万", N, N],
        ["预算执行情况（万元）（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）", N, N],
        ["部门整体支出总额", 600, 552, 0.92, 18.4, N, N],
        ["年度目标1：（80分）", "保障镇政府正常运转，改善乡镇人居环境", N, N, N, N, N],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [N, "产出指标", "数量指标", "办结信访案件", "120起", "120起", 10],
        [N, N, "数量指标", "整治农村人居环境村数", "12个", "12个", 20],
        [N, N, "时效指标", "解决群众问题时间", "3天以内", "3天以内", 10],
        [N, "效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", 10],
        [N, N, "社会效益指标", "提升出行效率", "有效提升", "有效提升", 10],
        [N, "满意度指标", "群众满意度指标", "群众对政府工作满意度", "≥90%", "88%", 18],
        ["总分", "96.4分", N, N, N, N, N],
        ["偏差大或目标未完成原因分析", "群众满意度略低于目标，个别村道路整治未完工", N, N, N, N, N],
        ["改进措施及结果应用方案", "加快道路整治进度，加强与群众沟通", N, N, N, N, N],
    ]
    merged = ("B2:G2", "B6:G6", "A7:A13", "B8:B10", "B11:B12", "B14:G14", "B15:G15", "B16:G16")
    return sheet("部门整体自评表", rows, merged, ["D5"], changes)  # 执行率 shown as 92%


def save(wb, name):
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    return path


def errors_expected(form):
    """{cell: expected} of the form's errors."""
    return {f["cell"]: f["expected"] for f in form["findings"] if f["severity"] == "error"}


def fixed_cells(path):
    """{cell: new value} of every cell `fix` changed in the one sheet of `path`."""
    before = openpyxl.load_workbook(path).active
    out = path.replace(".xlsx", "_fixed.xlsx")
    run("fix", path, "-o", out, check=False)
    after = openpyxl.load_workbook(out)[before.title]
    return {c.coordinate: after[c.coordinate].value for row in before.iter_rows() for c in row
            if c.value != after[c.coordinate].value}


def findings(form, severities=("error", "warning"), without=("value_reading",)):
    return sorted((f["rule"], f["severity"], f["cell"]) for f in form["findings"]
                  if f["severity"] in severities and f["rule"] not in without)


def test_township_form():
    form = the_form(save(township_form(), "township"))
    assert form["template"] == TEMPLATE, form["template"]
    detection = form["detection"]
    assert detection["score"] == 1, detection  # every piece of evidence found
    # The nearest other form (the 目标表 with its 一级/二级/三级指标) is far below the margin.
    assert detection["runner_up"]["score"] <= 0.5, detection
    rec = form["record"]
    assert (rec["unit"], rec["basic_expenditure"], rec["project_expenditure"]) == ("河湾镇人民政府", 512.4, 87.6), rec
    assert (rec["budget_full_year"], rec["executed"], rec["execution_rate"], rec["execution_score"]) == (
        600, 552, 0.92, 18.4), rec
    assert rec["goals"] == "保障镇政府正常运转，改善乡镇人居环境", rec
    assert rec["total_score"] == 96.4, rec
    got = [(i["level1"], i["level2"], i["name"], i["target"], i["actual"], i["score"]) for i in rec["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "办结信访案件", "120起", "120起", 10),
        ("产出指标", "数量指标", "整治农村人居环境村数", "12个", "12个", 20),
        ("产出指标", "时效指标", "解决群众问题时间", "3天以内", "3天以内", 10),
        ("效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", 10),
        ("效益指标", "社会效益指标", "提升出行效率", "有效提升", "有效提升", 10),
        ("满意度指标", "群众满意度指标", "群众对政府工作满意度", "≥90%", "88%", 18),
    ], got
    r = form["recomputed"]
    assert abs(r["execution_rate"] - 0.92) < 1e-9, r  # 552 ÷ 600
    assert r["execution_score"] == 18.4, r  # 20 × 92%
    assert r["indicator_score_sum"] == 78, r  # 10 + 20 + 10 + 10 + 10 + 18
    assert r["total_score"] == 96.4 and r["grade"] == "优", r  # 18.4 + 78; ≥ 90
    assert findings(form) == [], form["findings"]
    # The reader's notes at the figures written with their unit, as the published form writes them.
    assert findings(form, ("warning",), ()) == [("value_reading", "warning", c) for c in ("B14", "B3", "E3")]
    assert findings(form, ("info",)) == [("indicator_score_unverifiable", "info", "G8")], form["findings"]


def test_township_form_slips():
    path = save(township_form({"D5": 0.95, "B14": "98.4分"}), "township_slips")
    form = the_form(path)
    assert findings(form) == [
        ("execution_rate", "error", "D5"),  # 552 ÷ 600 = 92%, written 95%
        ("total_score", "error", "B14"),  # 18.4 + 78 = 96.4, written 98.4
    ], form["findings"]
    assert errors_expected(form) == {"D5": 92, "B14": 96.4}, form["findings"]
    changed = fixed_cells(path)
    assert set(changed) == {"D5", "B14"}, changed
    assert abs(changed["D5"] - 0.92) < 1e-9 and float(changed["B14"]) == 96.4, changed


def test_township_form_over():
    # 630 of 600 is 105%; the score stops at 20 × 100% = 20, written 21. The total written 99 is the
    # sum of what the form shows (21 + 78); on the score recomputed it is 20 + 78 = 98, as with
    # every total here (docs/RULES-ONE-TRUTH.md: a wrong component is taken at its recomputed value).
    form = the_form(save(township_form({"C5": 630, "D5": 1.05, "E5": 21, "B14": "99分"}), "township_over"))
    assert findings(form) == [
        ("execution_rate_over_100", "warning", "D5"),
        ("execution_score", "error", "E5"),
        ("total_score", "error", "B14"),
    ], form["findings"]
    assert errors_expected(form) == {"E5": 20, "B14": 98}, form["findings"]
    form = the_form(save(township_form({"C5": 630, "D5": 1.05, "E5": 20, "B14": "98分"}), "township_over_ok"))
    assert findings(form) == [("execution_rate_over_100", "warning", "D5")], form["findings"]

    # Indicator scores 10 + 20 + 10 + 10 + 10 + 22 = 82 of the 80 the 年度目标 is worth; the total
    # 18.4 + 82 = 100.4 is written so: the one error is the sum over 80, and fix leaves it.
    path = save(township_form({"G13": 22, "B14": "100.4分"}), "township_scores_over")
    form = the_form(path)
    assert findings(form) == [("indicator_score_sum_over", "error", "G8")], form["findings"]
    over = next(f for f in form["findings"] if f["rule"] == "indicator_score_sum_over")
    assert over["class"] == "structure" and "10 + 20 + 10 + 10 + 10 + 22 = 82.00" in over["message"], over
    assert fixed_cells(path) == {}


def test_township_form_parts():
    # 500 + 87.6 = 587.6: neither the 预算数 600 nor the 执行数 552.
    form = the_form(save(township_form({"B3": 500}), "township_parts"))
    assert findings(form) == [("expenditure_parts", "warning", "B3")], form["findings"]
    # 464.4 + 87.6 = 552, the 执行数: nothing to say.
    form = the_form(save(township_form({"B3": 464.4}), "township_parts_executed"))
    assert findings(form) == [], form["findings"]
    # 执行数 left blank: its own error, what follows from it unchecked, and no word on the parts
    # (500 + 87.6 might be the 执行数).
    form = the_form(save(township_form({"B3": 500, "C5": None}), "township_parts_blank"))
    assert findings(form) == [("unverifiable", "warning", "D5"), ("value_missing", "error", "C5")], form["findings"]


def test_samples_not_taken():
    for path in all_samples():
        for form in check(path)["forms"]:
            assert form["template"] not in (TEMPLATE, CHONGQING), (path, form["sheet"])
            runner_up = (form["detection"].get("runner_up") or {}).get("template")
            assert runner_up not in (TEMPLATE, CHONGQING), (path, form["detection"])


# ---------------------------------------------------------------------------------------------
# 重庆's 部门整体绩效自评表


def chongqing_form(changes=None):
    """One sheet in the published 重庆 layout; `changes` {cell: value} applied last."""
    N = None
    rows = [
        ["部门整体绩效自评表", N, N, N, N, N, N, N, N, N, N],
        ["主管部门", "河湾区融媒体中心", N, "财政处室", "文教处", N, N, N, "自评总分（分）", 97.5, N],
        ["部门联系人", "王某", N, "联系电话", "023-60000000", N, N, N, N, N, N],
        ["部门预算执行情况（万元）", "年初预算数", N, "全年（调整）预算数", N, "全年执行数", N, "执行率（%）", "执行率权重",
         "执行率得分（分）", N],
        [N, 500, N, 520, N, 494, N, 0.95, 10, 9.5, N],
        ["当年绩效目标", "年初绩效目标", N, N, "全年（调整）绩效目标", N, N, "全年目标实际完成情况", N, N, N],
        [N, "做好区内新闻宣传和融媒体平台运行", N, N, "无", N, N, "全年播发稿件1800篇，组织宣传活动32次", N, N, N],
        ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
         "指标权重（分）", "指标得分（分）", "是否核心指标"],
        [N, "财政供养人员控制率", "%", "定量指标", "100%", N, "96%", 1, 10, 10, "否"],
        [N, "预算完成率", "%", "定量指标", "90%", N, "95%", 1, 10, 10, "是"],
        [N, "结转结余率", "%", "定量指标", "5%", N, "4%", 1, 10, 10, "是"],
        [N, "管理制度健全性", N, "定性指标", "健全", N, "健全", 1, 10, 10, "否"],
        [N, "播发稿件数量", "篇", "定量指标", "2000篇", N, "1800篇", 0.9, 20, 18, "是"],
        [N, "组织宣传活动次数", "次", "定量指标", "30次", N, "32次", 1, 20, 20, "是"],
        [N, "公众满意度", "%", "定量指标", "90%", N, "92%", 1, 10, 10, "否"],
    ]
    merged = ("A4:A5", "B4:C4", "D4:E4", "F4:G4", "B5:C5", "D5:E5", "F5:G5", "A6:A7", "B6:D6", "E6:G6",
              "H6:K6", "B7:D7", "E7:G7", "H7:K7", "A8:A15")
    percent = ("H5", "H9", "H10", "H11", "H12", "H13", "H14", "H15")
    return sheet("部门整体绩效自评表", rows, merged, percent, changes)


def test_chongqing_form():
    form = the_form(save(chongqing_form(), "chongqing"))
    assert form["template"] == CHONGQING, form["template"]
    assert form["detection"]["score"] == 1 and form["detection"]["runner_up"]["score"] <= 0.5, form["detection"]
    rec = form["record"]
    assert (rec["unit"], rec["finance_division"], rec["total_score"]) == ("河湾区融媒体中心", "文教处", 97.5), rec
    assert (rec["budget_initial"], rec["budget_full_year"], rec["executed"]) == (500, 520, 494), rec
    assert (rec["execution_rate"], rec["execution_weight"], rec["execution_score"]) == (0.95, 10, 9.5), rec
    assert rec["goals_actual"] == "全年播发稿件1800篇，组织宣传活动32次", rec
    got = [(i["name"], i["target"], i["actual"], i["coefficient"], i["weight"], i["score"], i["core"])
           for i in rec["indicators"]]
    assert got == [
        ("财政供养人员控制率", "100%", "96%", 1, 10, 10, "否"),
        ("预算完成率", "90%", "95%", 1, 10, 10, "是"),
        ("结转结余率", "5%", "4%", 1, 10, 10, "是"),
        ("管理制度健全性", "健全", "健全", 1, 10, 10, "否"),
        ("播发稿件数量", "2000篇", "1800篇", 0.9, 20, 18, "是"),
        ("组织宣传活动次数", "30次", "32次", 1, 20, 20, "是"),
        ("公众满意度", "90%", "92%", 1, 10, 10, "否"),
    ], got
    r = form["recomputed"]
    assert abs(r["execution_rate"] - 0.95) < 1e-9 and r["execution_score"] == 9.5, r  # 494 ÷ 520; × 10
    assert r["indicator_weight_sum"] == 90, r  # 10 + 10 + 10 + 10 + 20 + 20 + 10
    assert r["indicator_score_sum"] == 88, r  # 10 + 10 + 10 + 10 + 90% × 20 + 20 + 10
    assert r["total_score"] == 97.5 and r["grade"] == "优", r  # 9.5 + 88; ≥ 90
    assert findings(form) == [], form["findings"]
    assert findings(form, ("info",)) == [("coefficient_unverifiable", "info", "J9")], form["findings"]


def test_chongqing_form_slips():
    path = save(chongqing_form({"J13": 19, "J2": 98.5}), "chongqing_slips")
    form = the_form(path)
    assert findings(form) == [
        ("indicator_score_coefficient", "error", "J13"),  # 90% × 20 = 18, written 19
        ("total_score", "error", "J2"),  # 9.5 + 88 = 97.5, written 98.5 (= 9.5 + 89)
    ], form["findings"]
    assert errors_expected(form) == {"J13": 18, "J2": 97.5}, form["findings"]
    assert fixed_cells(path) == {"J13": 18, "J2": 97.5}

    # 组织宣传活动次数 weighted 25 (scored 25): 10 + 95 = 105, not 100 — a warning; the total
    # 9.5 + 93 = 102.5 is written so.
    form = the_form(save(chongqing_form({"I14": 25, "J14": 25, "J2": 102.5}), "chongqing_weights"))
    assert findings(form) == [("weight_total_not_100", "warning", "J9")], form["findings"]
    # 540 of 520 is 103.85%: a warning, the score 10 not checked; total 10 + 88 = 98.
    form = the_form(save(chongqing_form({"F5": 540, "H5": 1.0385, "J5": 10, "J2": 98}), "chongqing_over"))
    assert findings(form) == [("execution_rate_over_100", "warning", "H5")], form["findings"]


def test_filled_back_from_record():
    # Both forms filled into their blank template from their own check document read the same.
    for name, wb, template in (("fill_township", township_form(), TEMPLATE),
                               ("fill_chongqing", chongqing_form(), CHONGQING)):
        path = save(wb, name)
        doc = os.path.join(TMP, name + ".json")
        with open(doc, "wb") as f:
            f.write(run("check", path, "--format", "json").stdout)
        filled = os.path.join(TMP, name + "_filled.xlsx")
        run("fill", template, "--data", doc, "-o", filled)
        again = the_form(filled)
        assert again["template"] == template, (name, again["template"])
        assert again["record"] == the_form(path)["record"], (name, again["record"])


def resave(paths, ext):
    """The files converted by LibreOffice to `ext`: {name: converted path}."""
    soffice = shutil.which("soffice")
    assert soffice, "soffice (LibreOffice) not found: run scripts/install-deps.sh --test"
    outdir = os.path.join(TMP, "lo-" + ext)
    profile = os.path.join(TMP, "lo-profile")
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", ext, "--outdir", outdir, *paths.values()],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return {name: os.path.join(outdir, f"{name}.{ext}") for name in paths}


def test_township_resaved_by_libreoffice():
    paths = {"lo_township": save(township_form(), "lo_township"),
             "lo_township_slips": save(township_form({"D5": 0.95, "B14": "98.4分"}), "lo_township_slips"),
             "lo_chongqing": save(chongqing_form(), "lo_chongqing"),
             "lo_chongqing_slips": save(chongqing_form({"J13": 19, "J2": 98.5}), "lo_chongqing_slips")}
    for ext in ("xlsx", "xls"):
        for name, converted in resave(paths, ext).items():
            want, got = the_form(paths[name]), the_form(converted)
            assert got["template"] == want["template"] == (CHONGQING if "chongqing" in name else TEMPLATE), (name, ext)
            assert got["record"] == want["record"], (name, ext, got["record"], want["record"])
            assert findings(got, ("error", "warning", "info"), ()) == findings(want, ("error", "warning", "info"), ()), (
                name, ext, got["findings"])


if __name__ == "__main__":
    try:
        main([test_township_form, test_township_form_slips, test_township_form_over, test_township_form_parts,
              test_chongqing_form, test_chongqing_form_slips, test_filled_back_from_record, test_samples_not_taken,
              test_township_resaved_by_libreoffice])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
