"""Forms as units outside our two sample cities fill them: each case is a workbook built here
with python3-openpyxl, with made-up unit names and numbers, reproducing one layout feature seen in
published forms of other provinces and years. Expected records, recomputed figures and findings
are worked out by hand from the form's own arithmetic (formulas in the comments).

  national_weights_in_labels
      Township and county project self-evaluations on the national 财预〔2020〕10号 form (安徽,
      2022): the first-level labels carry their weight (产出指标（50分）), the funds total is
      written 年度资金总额： with a colon, the fiscal row 其中：本年财政拨款 (not 当年), 主管部门
      and 实施单位 with their budget codes (305-...), 执行率 as a percent-formatted number,
      targets ≥100百分比 / ≤50万元 / 按时完成 and actuals 达成预期指标. Read as project-2020 with
      every indicator under its level: no finding; total 97, grade 优.
  national_weights_in_labels_wrong
      The same form with two clerk's slips: 18公里 done of ≥20公里 scored 20 (rule 18.00), and
      总分 98 for 97. Exactly those two errors, at their cells; `fix` writes 97 at the total (and
      with --apply-rules 18 and 9 + 86 = 95) and changes no other figure.
  percent_actual_as_fraction
      A satisfaction rate ≥90% whose actual was typed as 0.95 in a General cell (common where
      the actual column is not percent-formatted): 95% or 0.95%? Not scored on a guessed scale
      (before: a false error 0.95 ÷ 90 × 10 = 0.11): a warning at the actual's cell, and `fix`
      leaves the score alone. The same value in a percent-formatted cell (95%) is scored as
      usual, and 85% there under ≥90% scored 10 is the error 85 ÷ 90 × 10 = 9.44.
  two_forms_on_one_sheet
      County departments publishing all their project self-evaluations one under another (四川
      county sets, 2023). Each form is read as its own: the first exactly as alone, the second
      from its 附件 row 23 as the same form 22 rows lower (before: only the first was read, and
      a warning said the second was not).
  notes_below_the_form
      A 填报说明 note and the signature line (单位负责人 / 财务负责人 / 填表人) under 总分, as most
      provincial forms print them: not read as indicators, no finding.
  no_deviation_column
      County forms that print no 偏差原因分析及改进措施 column: a score under its weight (28 of 30,
      达成预期指标) is not "reason missing" where the form has no place for one (before: a warning
      asking for it); with the column present and the reason blank, the warning stands (H18).
  resaved_by_libreoffice
      The project-form cases above re-saved by LibreOffice as .xlsx (shared strings, its own
      styles) and as Excel 97–2003 .xls (what many county units still send): the same records
      and the same findings at the same cells.
  final_accounts_other_numbering
      四川 county and township 决算公开 sets (2021–2024) insert 财政拨款支出决算明细表 as 公开05表,
      so 一般公共预算财政拨款支出决算表 is 公开06表, 基本支出 公开08表 and so on: each table is
      recognised by its title (before: three near-ties left unread), read exactly as with our
      numbering, and the inserted table, which has no template, is said to be unknown.
  final_accounts_other_wordings
      Titles of other provinces' sets: 收入决算总表 / 支出决算总表 (陕西 2020), 一般公共预算财政拨款
      基本支出决算表 (四川), 一般公共预算财政拨款“三公”经费支出决算表 (湖北 2021); and the unit
      line written 部门： (云南 2021) or 编制单位： instead of 部门名称：. Same records.
  sichuan_split_target
      四川's 部门预算项目支出绩效自评表 (2023, printed by the province's budget system for every
      unit) splits the target into 指标性质 (≥ = ≤ 定性) | 指标值 | 度量单位, has 完成值 without a unit,
      权重 for 分值, funds rows 总额 / 其中：财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 with 调整后
      预算数 and 预算执行数, and 合计 for 总分. Read by project-sichuan-2023: the three parts joined
      into one target (≥30公里; 定性 is no comparator), the unit given to the 完成值, scored as the
      national form (10 + 90): 72 ÷ 80 → 9, total 98, no finding; 27 of ≥30公里 scored 40 is the
      error 36 at J11; the form filled back from its own record reads the same.
"""
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl

from evalbook_test import SAMPLES, check, main, run, the_form

TMP = tempfile.mkdtemp(prefix="evalbook-unseen-")
FA = "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx"


def keys(form, severities=("error", "warning")):
    return sorted((f["rule"], f["severity"], f["cell"]) for f in form["findings"] if f["severity"] in severities)


def save(wb, name):
    path = os.path.join(TMP, name + ".xlsx")
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# The national form as township units fill it


def national_form(changes=None):
    """项目支出绩效自评表 (2022年度), one sheet; `changes` {cell: value} applied last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    N = None
    rows = [
        ["附件：", N, N, N, N, N, N, N, N],
        ["项目支出绩效自评表", N, N, N, N, N, N, N, N],
        ["（2022年度）", N, N, N, N, N, N, N, N],
        ["项目名称", "河湾镇道路养护经费", N, N, N, N, N, N, N],
        ["主管部门", "305-河湾县交通运输局", N, N, N, "实施单位", "305002-河湾县公路养护站", N, N],
        ["项目资金（万元）", N, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", N],
        [N, "年度资金总额：", 40, 50, 45, 10, 0.9, 9, N],
        [N, "其中：本年财政拨款", 40, 50, 45, "—", N, "—", N],
        [N, "上年结转资金", N, N, N, "—", N, "—", N],
        [N, "其他资金", N, N, N, "—", N, "—", N],
        ["年度总体目标", "预期目标", N, N, N, "实际完成情况", N, N, N],
        [N, "养护道路20公里", N, N, N, "养护道路20公里", N, N, N],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [N, "产出指标（50分）", "数量指标", "养护道路里程", "≥20公里", "20公里", 20, 20, N],
        [N, N, "质量指标", "验收合格率", "≥100百分比", "100", 10, 10, N],
        [N, N, "时效指标", "完成及时性", "按时完成", "达成预期指标", 10, 10, N],
        [N, N, "成本指标", "项目总成本", "≤50万元", "45", 10, 10, N],
        [N, "效益指标（30分）", "社会效益指标", "群众出行便利程度", "明显提升", "达成预期指标", 30, 28, "雨季部分路段通行受影响"],
        [N, "满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, N],
        ["总分", N, N, N, N, N, 100, 97, N],
    ]
    for row in rows:
        ws.append(row)
    ws["G7"].number_format = "0.00%"  # 执行率 as Excel shows it: 90.00%
    for cell, value in (changes or {}).items():
        ws[cell] = value
    return wb


def test_national_weights_in_labels():
    form = the_form(save(national_form(), "national"))
    assert form["template"] == "project-2020", form["template"]
    rec = form["record"]
    assert (rec["department"], rec["unit"], rec["year"]) == ("305-河湾县交通运输局", "305002-河湾县公路养护站", 2022)
    assert [f["source"] for f in rec["funds"]] == ["其中：本年财政拨款", "上年结转资金", "其他资金"], rec["funds"]
    # Every indicator under its own level, none read as a level (6 rows, 14-19).
    got = [(i["level1"], i["level2"], i["name"], i["weight"], i["score"]) for i in rec["indicators"]]
    assert got == [
        ("产出指标（50分）", "数量指标", "养护道路里程", 20, 20),
        ("产出指标（50分）", "质量指标", "验收合格率", 10, 10),
        ("产出指标（50分）", "时效指标", "完成及时性", 10, 10),
        ("产出指标（50分）", "成本指标", "项目总成本", 10, 10),
        ("效益指标（30分）", "社会效益指标", "群众出行便利程度", 30, 28),
        ("满意度指标（10分）", "服务对象满意度指标", "群众满意度", 10, 10),
    ], got
    r = form["recomputed"]
    assert abs(r["execution_rate"] - 0.9) < 1e-9, r  # 45 ÷ 50
    assert abs(r["execution_score"] - 9) < 1e-9, r  # 0.9 × 10
    assert r["indicator_weight_sum"] == 90, r  # 20 + 10 + 10 + 10 + 30 + 10
    assert r["indicator_score_sum_by_rules"] == 88, r  # 20 + 10 + 10 + 10 + 28 + 10
    assert r["total_score_by_rules"] == 97 and r["grade_by_rules"] == "优", r  # 9 + 88; ≥ 90
    assert keys(form, ("error", "warning", "info")) == [], form["findings"]


def test_national_weights_in_labels_wrong():
    path = save(national_form({"F14": "18公里", "H20": 98}), "national_wrong")
    form = the_form(path)
    assert keys(form) == [
        ("indicator_score_quantitative", "error", "H14"),  # 18 ÷ 20 × 20 = 18.00, reported 20
        ("total_score", "error", "H20"),  # reported 98
    ], form["findings"]
    expected = {f["cell"]: f["expected"] for f in form["findings"]}
    assert expected["H14"] == 18, expected
    # The arithmetic total of what the form shows: 9 + (20 + 10 + 10 + 10 + 28 + 10) = 97.
    assert expected["H20"] == 97, expected
    before = openpyxl.load_workbook(path).active

    def fixed(*options):
        out = os.path.join(TMP, "national_wrong_fixed.xlsx")
        run("fix", path, "-o", out, *options, check=False)
        after = openpyxl.load_workbook(out)["项目自评表"]
        return {c.coordinate: after[c.coordinate].value for row in before.iter_rows() for c in row
                if c.value != after[c.coordinate].value}

    # Arithmetic only: the total of the scores shown, 97; the indicator's score is a rule result.
    assert fixed() == {"H20": 97}, fixed()
    # With the rules: 18 at H14 and the total on it, 9 + (18 + 10 + 10 + 10 + 28 + 10) = 95.
    assert fixed("--apply-rules") == {"H14": 18, "H20": 95}, fixed("--apply-rules")


def test_two_forms_on_one_sheet():
    wb = national_form()
    ws = wb.active
    first = [[c.value for c in row] for row in ws.iter_rows()]
    ws.append([])
    ws.append([])
    for row in first:  # the second form from row 23: 附件, title, year, 项目名称 at row 26
        ws.append(["河湾镇路灯维护经费" if v == "河湾镇道路养护经费" else v for v in row])
    ws["G29"].number_format = "0.00%"  # the second 执行率 (G7 + 22) shown as the first: 90.00%
    alone = the_form(save(national_form(), "alone"))
    forms = check(save(wb, "two_forms"))["forms"]
    assert [(f["form_index"], f["rows"]) for f in forms] == [(1, "1-20"), (2, "23-42")], forms
    first, second = forms
    assert first["record"] == alone["record"], "the first form is read as when alone"
    # The second from its 附件 row 23: the same form but for its name, every cell 22 rows lower.
    assert second["record"] == dict(alone["record"], project_name="河湾镇路灯维护经费"), second["record"]
    assert second["cells"]["total_score"] == "H42" and alone["cells"]["total_score"] == "H20"  # 20 + 22
    assert keys(first) == keys(second) == [], (first["findings"], second["findings"])


def test_notes_below_the_form():
    wb = national_form()
    ws = wb.active
    ws.append([])
    ws.append(["填报说明：1.定量指标按完成值与指标值的比例计分；2.得分低于分值的须填写偏差原因。"])
    ws.append(["单位负责人：王某", None, None, "财务负责人：李某", None, None, "填表人：张某"])
    form = the_form(save(wb, "notes"))
    assert form["record"] == the_form(save(national_form(), "alone"))["record"]
    assert keys(form, ("error", "warning", "info")) == [], form["findings"]


def test_no_deviation_column():
    wb = national_form()
    wb.active.delete_cols(9)  # 偏差原因分析及改进措施, and with it the reason of row 18
    form = the_form(save(wb, "no_deviation_column"))
    assert "偏差原因分析及改进措施" not in json.dumps(form["findings"], ensure_ascii=False), form["findings"]
    assert keys(form) == [], form["findings"]
    # The column there, the reason blank: 28 < 30 needs one.
    form = the_form(save(national_form({"I18": None}), "deviation_blank"))
    assert keys(form) == [("deviation_reason_missing", "warning", "H18")], form["findings"]


# ---------------------------------------------------------------------------------------------
# A percent actual typed as a fraction


def test_percent_actual_as_fraction():
    path = save(national_form({"F19": 0.95}), "fraction")
    form = the_form(path)
    warned = [f for f in form["findings"] if f["cell"] == "F19"]
    assert [(f["rule"], f["severity"]) for f in warned] == [("unreadable_value", "warning")], form["findings"]
    assert "0.95% 还是 95%" in warned[0]["message"], warned[0]["message"]
    # No score finding for the row, none elsewhere: total still 9 + 88 = 97.
    assert keys(form) == [("unreadable_value", "warning", "F19")], form["findings"]
    out = os.path.join(TMP, "fraction_fixed.xlsx")
    run("fix", path, "-o", out, "--apply-rules", check=False)
    assert openpyxl.load_workbook(out)["项目自评表"]["H19"].value == 10

    # The same 0.95 in a percent-formatted cell is 95%: scored, ≥ 90% → full marks.
    wb = national_form({"F19": 0.95})
    wb.active["F19"].number_format = "0%"
    assert keys(the_form(save(wb, "percent_cell"))) == []
    # 85% there, scored 10: 85 ÷ 90 × 10 = 9.44.
    wb = national_form({"F19": 0.85})
    wb.active["F19"].number_format = "0%"
    form = the_form(save(wb, "percent_cell_low"))
    assert keys(form) == [("indicator_score_quantitative", "error", "H19")], form["findings"]
    assert next(f for f in form["findings"] if f["cell"] == "H19")["expected"] == 9.44


def test_resaved_by_libreoffice():
    soffice = shutil.which("soffice")
    assert soffice, "soffice (LibreOffice) not found: run scripts/install-deps.sh --test"
    wb = national_form()
    wb.active.delete_cols(9)
    cases = {
        "lo_national": national_form(),
        "lo_wrong": national_form({"F14": "18公里", "H20": 98}),
        "lo_fraction": national_form({"F19": 0.95}),
        "lo_no_deviation_column": wb,
    }
    src = {name: save(book, name) for name, book in cases.items()}
    profile = os.path.join(TMP, "lo-profile")
    for ext in ("xlsx", "xls"):
        outdir = os.path.join(TMP, "lo-" + ext)
        proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                               "--convert-to", ext, "--outdir", outdir, *src.values()],
                              capture_output=True, timeout=300)
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")
        for name, path in src.items():
            want = the_form(path)
            got = the_form(os.path.join(outdir, f"{name}.{ext}"))
            assert got["template"] == want["template"], (name, ext)
            assert got["record"] == want["record"], (name, ext, got["record"], want["record"])
            assert keys(got, ("error", "warning", "info")) == keys(want, ("error", "warning", "info")), (
                name, ext, got["findings"])


# ---------------------------------------------------------------------------------------------
# 决算公开 sets of other provinces


def original_final_accounts():
    entry = check(os.path.join(SAMPLES, FA))
    return {f["sheet"]: f for f in entry["forms"]}


def relabel(ws, old, new):
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and old in c.value:
                c.value = c.value.replace(old, new)


def same_tables(original, entry, renamed):
    """Every original table read by the same template into the same record under its new name."""
    forms = {f["sheet"]: f for f in entry["forms"]}
    for old_name, old in original.items():
        new_name = renamed.get(old_name, old_name)
        assert new_name in forms, (new_name, entry["skipped_sheets"])
        new = forms[new_name]
        assert new["template"] == old["template"], (new_name, new["template"], old["template"])
        assert new["record"] == old["record"], new_name
        assert keys(new) == keys(old), (new_name, new["findings"])


def test_final_accounts_other_numbering():
    original = original_final_accounts()
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, FA))
    renumber = {"公开05表": "公开06表", "公开06表": "公开08表", "公开07表": "公开11表",
                "公开08表": "公开13表", "公开09表": "公开10表", "公开10表": "公开15表"}
    renamed = {}
    for ws in list(wb.worksheets):
        old_title = ws.title
        code = old_title.split(" ")[0]
        if code in renumber:
            relabel(ws, code, renumber[code])
            ws.title = old_title.replace(code, renumber[code])
            renamed[old_title] = ws.title
    # The table 四川 puts at 05: its own columns (by fund), which no template reads.
    extra = wb.create_sheet("公开05表 财政拨款支出决算明细表", 4)
    for row in (["财政拨款支出决算明细表"], ["公开05表"], ["部门名称：河湾县林业局"], ["金额单位：万元"],
                ["项目", None, "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
                ["科目编码", "科目名称", None, None, None],
                ["213", "农林水支出", 120.5, 100.5, 20]):
        extra.append(row)
    entry = check(save(wb, "fa_numbering"))
    same_tables(original, entry, renamed)
    skipped = {s["sheet"]: s for s in entry["skipped_sheets"]}
    assert list(skipped) == ["公开05表 财政拨款支出决算明细表"], skipped
    assert skipped["公开05表 财政拨款支出决算明细表"]["reason"] == "不是已知的表格", skipped


def test_final_accounts_other_wordings():
    original = original_final_accounts()
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, FA))
    titles = {"公开02表 收入决算表": ("收入决算表", "收入决算总表"),
              "公开03表 支出决算表": ("支出决算表", "支出决算总表"),
              "公开06表 一般公共预算财政拨款基本支出决算明细表": ("一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出决算表"),
              "公开09表 财政拨款“三公”经费支出决算表": ("财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表")}
    for sheet, (old, new) in titles.items():
        ws = wb[sheet]
        cells = [c for row in ws.iter_rows() for c in row if c.value == old]
        assert len(cells) == 1, (sheet, cells)
        cells[0].value = new
    relabel(wb["公开01表 收入支出决算总表"], "部门名称：", "部门：")
    relabel(wb["公开04表 财政拨款收入支出决算总表"], "部门名称：", "编制单位：")
    entry = check(save(wb, "fa_wordings"))
    same_tables(original, entry, {})
    assert entry["skipped_sheets"] == [], entry["skipped_sheets"]


# ---------------------------------------------------------------------------------------------
# 四川's split target


def sichuan_form(changes=None):
    """部门预算项目支出绩效自评表（2023年度）as 四川's system prints it; `changes` applied last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评"
    N = None
    for row in [
        ["部门预算项目支出绩效自评表（2023年度）"],
        ["项目名称", "51000023T000001-乡村道路维护"],
        ["主管部门", "青河县交通运输局", N, N, N, N, "实施单位（盖章）", "青河县公路事务中心"],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        [N, "总额", 60, 80, 72, 0.9, 10, 9],
        [N, "其中：财政资金", 60, 80, 72, 0.9, "/", "/"],
        [N, "财政专户管理资金", 0, 0, 0, 0, "/", "/"],
        [N, "单位资金", 0, 0, 0, 0, "/", "/"],
        [N, "其他资金", N, N, N, N, "/", "/"],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [N, "产出指标", "数量指标", "维护道路里程", "≥", 30, "公里", 30, 40, 40],
        [N, N, "质量指标", "验收合格率", "=", 100, "%", 95, 20, 19, "个别路段返工"],
        [N, "效益指标", "社会效益指标", "群众出行条件改善", "定性", "有所改善", N, "达成预期指标", 20, 20],
        [N, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", 96, 10, 10],
        ["合计", N, N, N, N, N, N, N, 100, 98],
        ["评价结论", "完成年度目标"],
    ]:
        ws.append(row)
    for r in range(5, 9):
        ws[f"F{r}"].number_format = "0.00%"
    for cell, value in (changes or {}).items():
        ws[cell] = value
    return wb


def test_sichuan_split_target():
    path = save(sichuan_form(), "sichuan")
    form = the_form(path)
    assert form["template"] == "project-sichuan-2023", form["template"]
    rec = form["record"]
    assert (rec["budget_initial"], rec["budget_full_year"], rec["executed"]) == (60, 80, 72), rec
    assert [f["source"] for f in rec["funds"]] == ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    # 指标性质 + 指标值 + 度量单位 joined; 定性 is no comparator; 完成值 takes the unit.
    got = [(i["level1"], i["level2"], i["name"], i["target"], i["actual"], i["weight"], i["score"])
           for i in rec["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "维护道路里程", "≥30公里", "30公里", 40, 40),
        ("产出指标", "质量指标", "验收合格率", "=100%", "95%", 20, 19),
        ("效益指标", "社会效益指标", "群众出行条件改善", "有所改善", "达成预期指标", 20, 20),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "96%", 10, 10),
    ], got
    r = form["recomputed"]
    assert abs(r["execution_rate"] - 0.9) < 1e-9 and abs(r["execution_score"] - 9) < 1e-9, r  # 72 ÷ 80; × 10
    assert r["indicator_weight_sum"] == 90, r  # 40 + 20 + 20 + 10
    # 40 + 95 ÷ 100 × 20 (=19) + 20 + 10 = 89; total 9 + 89 = 98, 优
    assert r["indicator_score_sum_by_rules"] == 89 and r["total_score_by_rules"] == 98, r
    assert r["grade_by_rules"] == "优", r
    assert keys(form, ("error", "warning", "info")) == [], form["findings"]

    # 27 of ≥30公里 scored 40: 27 ÷ 30 × 40 = 36; the 合计 98 is then still 9 + 89 = 98 as shown.
    form = the_form(save(sichuan_form({"H11": 27}), "sichuan_wrong"))
    assert keys(form) == [("indicator_score_quantitative", "error", "J11")], form["findings"]
    assert next(f for f in form["findings"] if f["cell"] == "J11")["expected"] == 36

    # Filled back from its own record (fill), it reads the same: the joined values are not joined twice.
    doc = os.path.join(TMP, "sichuan.json")
    with open(doc, "wb") as f:
        f.write(run("check", path, "--format", "json").stdout)
    filled = os.path.join(TMP, "sichuan_filled.xlsx")
    run("fill", "project-sichuan-2023", "--data", doc, "-o", filled)
    again = the_form(filled)
    assert again["template"] == "project-sichuan-2023", again["template"]
    assert again["record"]["indicators"] == rec["indicators"], again["record"]["indicators"]


if __name__ == "__main__":
    try:
        main([test_national_weights_in_labels, test_national_weights_in_labels_wrong,
              test_percent_actual_as_fraction, test_two_forms_on_one_sheet, test_notes_below_the_form,
              test_no_deviation_column, test_resaved_by_libreoffice,
              test_final_accounts_other_numbering,
              test_final_accounts_other_wordings, test_sichuan_split_target])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
