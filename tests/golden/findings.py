"""Hand-worked expected findings (`evalbook check --format json` -> files[].forms[].findings[]) for
every sample workbook in samples/*.xlsx (the multi_sheet/ workbooks repeat the single-form ones and
are left out).

Worked out BY HAND from the seed texts tests/data/seeds/*.txt and RULES.md (the project's shared rules notes) (§1-§6),
never by running evalbook. Cells are A1 addresses of the sample sheet: sheet row = seed line - first
line of the form + 1 (samples/README-seed.md); a record field's cell is the cell its comment in
tests/golden/<module>.py names. Every number below was recomputed from the seed text; each entry's
"why" gives the formula with its numbers and the seed line.

Layout
    EXPECTED[file][sheet] = [finding, ...]      finding = {"rule", "severity", "cell", "expected", "why"}
    TOTALS[file] = (total, grade)               the recomputed total_score / grade of each project form
                                                (None, None): a required number is blank, so none

- "expected" is the correct value as a clerk would write it ("90", "6.67", "180%"), a band text for
  indicator_score_qualitative ("6 至小于 8"), or None when the finding has no single value (a missing
  reason, a warning about a pattern).
- "rule" is a rule id, or a tuple of ids where RULES names the check but not its id (the 决算
  hierarchy of tables 03 and 05 is one row "02/03/05 hierarchy" in RULES §4.1).
- "cell" is one A1 address. A tuple lists the acceptable cells where the rule's field is not fixed by
  the rules (which of two cells an info or zero-budget finding points at); None = the cell is not
  checked (one form-level info finding). Sheet "*" holds cross-table findings that may be reported
  on any sheet of the workbook; their cells are written "SHEET!A1".
- A form whose list holds no "error" entry has correct arithmetic: no error finding may appear on it.

Severities (CLI-CONTRACT: error = a figure is wrong; warning = doubtful; info). The severity of each
rule id is the one fixed by the engine's rule list; where RULES §6 marks the same item differently,
the rule list wins and the entry says so:
- deviation_reason_missing is a warning (RULES §6.2 #7 and §6.5 #4 say E);
- funds_zero_budget is a warning (RULES §6.1 #2 says I);
- carryover_excluded is an info (RULES §6.3 #12 says W).
Info findings are listed only where RULES names them: the 决算 尾差 differences of §4.3, the
over-achievements (indicator_over_achievement, RULES §1.3 / §6.5), the carry-over note (§6.3 #12) and
the "unverifiable item scores" note of §3. All over-achievements that the rule (A >= 1.2 T, 正向/等于)
produces are listed, including the ones RULES §6.5 leaves out (#6: 12 vs 10, 70% vs 50%; #12: 8% vs
5%).

Items of RULES §6 that no rule id checks (narrative vs table, evidence-vs-score plausibility, data
conflicts between two texts) are named in the per-form comments as "not a rule finding"; they are
not expected from the engine.
"""


def E(rule, cell, expected, why):
    """An error finding: a figure on the form is wrong."""
    return {"rule": rule, "severity": "error", "cell": cell, "expected": expected, "why": why}


def W(rule, cell, expected, why):
    """A warning finding: the data are doubtful or incomplete, no figure is provably wrong."""
    return {"rule": rule, "severity": "warning", "cell": cell, "expected": expected, "why": why}


def I(rule, cell, expected, why):
    """An info finding (listed only where RULES names it)."""
    return {"rule": rule, "severity": "info", "cell": cell, "expected": expected, "why": why}


# Acceptable rule ids for the 决算 hierarchy of tables 03 and 05 (RULES §4.1 row "02/03/05 hierarchy").
H03 = ("final_accounts.03-hierarchy", "final_accounts.02-hierarchy")
H05 = ("final_accounts.05-hierarchy", "final_accounts.02-hierarchy")
C05 = ("final_accounts.05", "final_accounts.05-columns")  # RULES §4.1 row "05": 小计 = 基本 + 项目

S01 = "公开01表 收入支出决算总表"
S02 = "公开02表 收入决算表"
S03 = "公开03表 支出决算表"
S04 = "公开04表 财政拨款收入支出决算总表"
S05 = "公开05表 一般公共预算财政拨款支出决算表"
S06 = "公开06表 一般公共预算财政拨款基本支出决算明细表"
S07 = "公开07表 政府性基金预算财政拨款收入支出决算表"
S08 = "公开08表 国有资本经营预算财政拨款支出决算表"
S09 = "公开09表 财政拨款“三公”经费支出决算表"
S10 = "公开10表 部门决算公开相关信息统计表"

EXPECTED = {
    # ==============================================================================================
    # 晋中 project forms (template project-jinzhong-2020)
    # ==============================================================================================
    # 000 lines 3-68 (row = line - 2). Arithmetic RIGHT: no error.
    # 资金到位率 0.00 = round(0.00 / (160.00 + 0.00) x 3, 2) (line 40 F vs lines 12-14 D) ✓;
    # sections 投入 3+4+4+0+0+0 = 11, 过程 3+3+3+3+3+4 = 19, 产出 8+7+8+7 = 30, 效果 5+5+0+10+10 = 30;
    # 11 + 19 + 30 + 30 = 90.00 (line 62 F) ✓, 优 (90 inclusive) ✓; item weights 20/20/30/30 ✓.
    # Not a rule finding: 产出 30/30 against 87/130 = 66.9% and no money spent (RULES §6.1 #1, W);
    # no 完成进度 pair is two plain numbers (130户 vs a text ending 87户; 95% vs "95%以上").
    "000_project_出口信用保险保费补助资金.xlsx": {
        "出口信用保险保费补助资金": [
            W("funds_zero_budget", ("F40", "D12"), None,
              "warning (rule list; RULES §6.1 #2 says I): 预算执行率 = 实际支出 0.00 (line 15 D) ÷ 下达 0.00 "
              "(line 14 D) is 0 ÷ 0; the score 0.00 (line 42 F, cell F40) is right under the 0/0 -> 0 convention "
              "of RULES §1.2, so this is the flag, not an error"),
        ],
    },
    # 002 工作经费, lines 61-136 (row = line - 60). Arithmetic of the score table RIGHT; one 完成进度 wrong.
    # 资金到位率 round(7.60 / (500.00 + 0.00) x 3, 2) = round(0.0456, 2) = 0.05 (line 108 F) ✓;
    # 预算执行率 round(7.60 / 7.60 x 3, 2) = 3.00 (line 110 F) ✓; 投入 3+4+4+0.05+3+3 = 17.05 ✓,
    # 过程 20 ✓, 产出 5+5+8+7 = 25 ✓, 效果 8+3+0+3+10 = 24 ✓; 17.05+20+25+24 = 86.05 (line 129 D) ✓ 良 ✓.
    # Not rule findings: 签约任务 "开工率65.4%" vs 204/239 = 85.4% (RULES §6.3 #9, text inside an actual);
    # 资金使用单位 27 vs 2 "完成" (#10); 到位及时率 3.00 (#11). 招商引资活动 20次以上 vs 18 = 90% ✓;
    # 项目引进 50个 vs 18 = 36% ✓.
    "002_project_招商引资工作经费.xlsx": {
        "招商引资工作经费": [
            E("completion_progress", "F23", "180%",
              "error: a figure is wrong -- 引进企业质量 target 不少于10家 (line 83 D), actual 18 (line 83 E): "
              "18 ÷ 10 = 180%, reported 完成进度 118% (line 83 F; RULES §6.3 #8)"),
        ],
    },
    # 002 专项经费, lines 138-219 (row = line - 137). Arithmetic RIGHT: no error.
    # 资金到位率 round(146.25 / 198.50 x 3, 2) = round(2.2103, 2) = 2.21 (line 191 E) ✓;
    # 预算执行率 round(126.47 / 146.25 x 3, 2) = round(2.5943, 2) = 2.59 (line 193 E) ✓;
    # 投入 3+4+4+2.21+3+2.59 = 18.80 ✓, 过程 20 ✓, 产出 8+7+8+6 = 29 ✓, 效果 5+5+0+0+8 = 18 ✓;
    # 18.80+20+29+18 = 85.80 (line 212 E) ✓ 良 ✓; cost actuals 1.63+33.25+0+31+60.59 = 126.47 ✓.
    # Not rule findings: 制作印刷费 不超17万 vs 31万 "完成" with 成本节约率 6/7 (RULES §6.3 #13: no
    # per-indicator score on this form, 成本节约率 is self-assessed); 数量 13 vs 时效 15 (#14); the 份数
    # 2500 in the 完成进度 column (line 159 F, #15: "2500" is no completion rate, no completion_progress).
    "002_project_招商引资专项经费.xlsx": {
        "招商引资专项经费": [
            I("carryover_excluded", ("E56", "E14"), None,
              "info (rule list; RULES §6.3 #12 says W): 下达 146.25 (line 149 E) = 市级 126.47 (line 150 E) + "
              "上年结转 19.78 (line 151 E); the 预算执行率 score 2.59 = 126.47/146.25 x 3 leaves the carry-over "
              "spending out (counting it: 146.25/146.25 x 3 = 3.00, total 86.21)"),
            W("unreadable_value", "E23", None,
              "warning: 考察洽谈对接项目个数 target 不少于40个 (line 160 D) is a number, the actual 约60个 "
              "(line 160 E) cannot be read as one"),
        ],
    },
    # 003 信息化平台, lines 59-125 (row = line - 58). Arithmetic RIGHT: no finding.
    # 资金到位率 15.00 / (15.00 + blank) x 3 = 3.00 (line 98 G) ✓; 预算执行率 15.00/15.00 x 3 = 3.00 (line 100 G)
    # ✓; sections 20/20/30/(0+20+0+0+10 = 30) ✓; 100.00 (line 119 F) ✓ 优 ✓. 完成进度 100% on rows whose
    # target equals the actual (≥96% / ≥96%, 1套/年, ≤0.5小时, 15万 ...) ✓.
    "003_project_优势企业转型项目信息化平台.xlsx": {
        "优势企业转型项目信息化平台": [],
    },
    # 003 企业技术创新, lines 127-200 (row = line - 126). Arithmetic RIGHT: no finding.
    # 资金到位率 345/345 x 3 = 3.00 (line 173 G) ✓; 预算执行率 round(284.17/345 x 3, 2) = round(2.4710, 2)
    # = 2.47 (line 175 G) ✓; 投入 3+4+4+3+3+2.47 = 19.47 ✓, 20, 30, 0+20+0+0+10 = 30;
    # 99.47 (line 194 F) ✓ 优 ✓. Not rule findings: 13 of 14 units, award 2020.12 vs target 2019-12-01
    # with 实际完成率 8/8 and 完成及时率 7/7 (RULES §6.4 #4, #5).
    "003_project_企业技术创新奖励补助.xlsx": {
        "企业技术创新奖励补助": [],
    },
    # 003 新动能, lines 202-266 (row = line - 201). Arithmetic RIGHT: no finding.
    # 资金到位率 5000/(20000 + 0) x 3 = 0.75 (line 239 F) ✓; 预算执行率 5000/5000 x 3 = 3.00 (line 241 F) ✓;
    # 3+4+4+0.75+3+3 = 17.75 ✓, 20, 30, 10+10+0+0+10 = 30; 97.75 (line 260 F) ✓ 优 ✓.
    # Not a rule finding: 设立技改资金 1亿元 vs 5000万元 with 完成进度 "5000万元" (not a rate) and
    # 实际完成率 8/8 (RULES §6.4 #6).
    "003_project_新动能专项资金.xlsx": {
        "新动能专项资金": [],
    },
    # ==============================================================================================
    # 武威 project form 001 (template project-2020), lines 3-29 (row = line - 2). Arithmetic WRONG.
    # Funds row 8: 8.6 / 8.6 / 8.6 | 分值 100 | 100.00% | 得分 100. Indicator weights
    # 10+5+10+10+5+10+5+5+10+10+5+5+10 = 100; scores 8+5+8+8+4+8+4+5+10+10+5+5+10 = 90.
    # One truth (docs/RULES-ONE-TRUTH.md): the execution score is recomputed on the 分值 the unit
    # wrote, min(8.6/8.6, 100%) x 100 = 100 = reported (no error); the 分值 scheme 100 + 100 = 200 is
    # not 100, so both 分值 are structure errors left to a person and NO total or grade is recomputed
    # (the reported components give 100 + 90 = 190, on no scale anyone can be sure of). Before the
    # one-truth rules this entry expected H6 10 and 总分 100: that put the unit's total on the 10 + 90
    # scale by rewriting its 分值.
    # Not rule findings: 参加展会 2 vs 组织参展企业 3 (RULES §6.2 #6); 当年财政拨款 全年执行数 blank (#8).
    # ==============================================================================================
    "001_project_服务外向型经济工作经费.xlsx": {
        "服务外向型经济工作经费": [
            E("execution_weight", "F6", "10",
              "error (structure): the funds row's 分值 is 100 (line 8 F); the standard form gives 预算执行率 10 "
              "points (RULES §1.1, §6.2 #1)"),
            E("indicator_weight_sum", "G13", "90",
              "error (structure): indicator weights 10+5+10+10+5+10+5+5+10+10+5+5+10 = 100 (lines 15-27), must "
              "be 90 (RULES §1.1, §6.2 #2); cell = the first indicator's weight (line 15 G)"),
            E("indicator_score_quantitative", "H18", "6.67",
              "error (rule): 参加展会情况 range 3-5家, actual 2 < 3 (line 20 E/F): 10 x 2 ÷ 3 = 6.67, reported 8 > "
              "6.67 (line 20 H; RULES §1.3 range rule, §6.2 #4); its empty 偏差原因 (line 20 I) is said in the "
              "same finding"),
            W("deviation_reason_missing", "H13", "10",
              "warning (judgement): 外出考察次数 range 1-2次, actual 1 is inside (line 15): rule score = weight "
              "10, reported 8 with no 偏差原因 (RULES §6.2 #3, #7): one finding for the low score and the "
              "missing reason"),
            W("deviation_reason_missing", "H15", "10",
              "warning: 组织参展企业数 range 3-5家, actual 3 inside (line 17): rule score 10, reported 8, no 偏差原因"),
            W("deviation_reason_missing", "H16", "10",
              "warning: 考察学习情况 range 1-2次, actual 1 inside (line 18): rule score 10, reported 8, no 偏差原因"),
            W("deviation_reason_missing", "H17", "5",
              "warning: 举行培训班情况 range 1-2次, actual 1 inside (line 19): rule score 5, reported 4, no 偏差原因 "
              "(RULES §6.2 #5: 举行培训班次数 with the same evidence has 5/5)"),
            W("deviation_reason_missing", "H19", None,
              "warning: 按时完成 4 < 5 (line 21 H), 偏差原因 empty; 4 = 80% of 5 is inside the 达成 band, so the "
              "rule gives no other figure"),
        ],
    },
    # ==============================================================================================
    # 004 project forms 1-12 (template project-2023), seed 004 lines 592-935. Funds: 资金结余 =
    # 全年预算 - 全年执行 and 执行率 x 10 = 得分 hold on every total row (RULES §6.5); rows below are per form.
    # ==============================================================================================
    # #1 lines 592-615 (row = line - 591). Arithmetic RIGHT: no finding.
    # 369.405/369.405 = 100% (line 596 H 100) ✓, 得分 10 ✓, 结余 0 ✓; weights 20+10+10+10+15+15+10 = 90;
    # scores 90; total 10 + 90 = 100 (line 608 I) ✓ 优 ✓. ≤8209 → ≤8038 is 反向 (A ≤ T: full, no
    # over-achievement); ≥90% → ≥100% is 1.11 T < 1.2 T. Not rule findings: county split 369.403 ≠
    # 369.405 and 8038 x 1500 x 30% = 361.71 (RULES §6.5 #1; narrative).
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx": {
        "2023年市级“爱心消费券”专项资金": [],
    },
    # #2 lines 617-641 (row = line - 616). Arithmetic RIGHT (no error); one warning.
    # 8.853/8.853 = 100% (line 621 I) ✓, 10 ✓, 结余 0 ✓; weights 20+5+5+5+5+10+30+10 = 90; scores
    # 20+5+5+5+5+5+30+10 = 85; total 95 (line 634 I) ✓ 优 ✓. Default cost row 10/5 (line 631): cap 5 ✓,
    # reason given ✓.
    "004_project_02_2023年遗属补助.xlsx": {
        "2023年遗属补助": [
            W("budget_reset", "F5", None,
              "warning: 全年预算数 8.853 (line 621 F) < 年初预算数 9.494 (line 621 E) and = 全年执行数 8.853 "
              "(line 621 G); against 年初 the rate is 8.853/9.494 = 93.25% (RULES §6.5 #2)"),
        ],
    },
    # #3 lines 643-665 (row = line - 642). Arithmetic RIGHT (no error); two warnings.
    # 全年预算数 0: rate 0/0 -> 0, score 0 (line 647 I/J) ✓, 结余 0 ✓; weights 20+10+10+10+30+10 = 90;
    # scores 20+10+0+10+30+10 = 80; total 0 + 80 = 80 (line 658 H) ✓ 良 ✓. 时效 未完成 0/10 (band 0 至小于 6)
    # with reason ✓; ≤35万元 → ≤33.7248万元 反向 full ✓; ≥90% → ≥95% ✓.
    "004_project_03_变压器更换.xlsx": {
        "变压器更换": [
            W("execution_zero_budget", ("F5", "I5", "J5"), None,
              "warning: 全年预算数 0 (line 647 F) although 年初预算数 35 (line 647 E): 执行率 0/0 scored 0 "
              "(RULES §1.2, §6.5 #3)"),
            W("budget_reset", "F5", None,
              "warning: 全年预算数 0 (line 647 F) < 年初预算数 35 (line 647 E) and = 全年执行数 0 (line 647 G)"),
        ],
    },
    # #4 lines 667-694 (row = line - 666). Arithmetic WRONG.
    # 52.543/52.543 = 100% (line 671 I) ✓, 10 ✓, 结余 0 ✓ (全年 52.543 > 年初 35: no reset).
    # Weights 10+10+5+5+10+10+5+10+5+5+10 = 85; scores 10+10+5+5+10+5+5+10+5+5+10 = 80.
    # The cost row's missing reason is reported at its score cell (G15), one finding per indicator.
    "004_project_04_出口信用保险.xlsx": {
        "出口信用保险": [
            E("indicator_weight_sum", "G10", "90",
              "error: indicator weights 10+10+5+5+10+10+5+10+5+5+10 = 85 (lines 676-686), must be 90 "
              "(RULES §6.5 #4); cell = first indicator's weight (line 676 G)"),
            # 总分 95 (line 687 G) vs 10 + 80 = 90 is not a finding of its own: the 分值 scheme 10 + 85 = 95
            # misses the full marks 100 (perhaps a row of 分值 5 scoring 5 was lost, which would make 95
            # right), so no total is recomputed and the weight error, which quotes 90, is left to a person.
            W("deviation_reason_missing", "G15", None,
              "warning (rule list; RULES §6.5 #4 says E): default cost row 成本指标/未填报 scored 5 < 10 "
              "(line 681 F/G, row shifted one left), 偏差原因 (line 681 H) empty"),
            I("indicator_over_achievement", ("F10", "H10"), None,
              "info: 参保企业总数 ≥20家 → ≥25家 (line 676 E/F): 25 ≥ 1.2 x 20 = 24 (RULES §6.5 #4)"),
            I("indicator_over_achievement", ("F17", "H17"), None,
              "info: 参保企业总出口额 ≥1000万元 → ≥20000万元 (line 683 E/F): 20000 ≥ 1200 (RULES §6.5 #4)"),
        ],
    },
    # #5 lines 696-725 (row = line - 695). Arithmetic RIGHT (no error); one warning.
    # 142.65/142.65 = 100% (line 700 H) ✓, 10 ✓; weights 5+5+5+5+4+3+3+5+5+10+15+15+10 = 90; scores 85
    # (cost row 10/5 with reason, line 714); total 95 (line 718 H) ✓ 优 ✓. ≥600 → ≥620, ≥95% → ≥98%: < 1.2 T.
    # Not a rule finding: 工资发放人数 =9 vs "在职职工10人" (RULES §6.5 #5; narrative).
    "004_project_05_单位运转经费(原汽配办).xlsx": {
        "单位运转经费(原汽配办)": [
            W("budget_reset", "E5", None,
              "warning: 全年预算数 142.65 (line 700 E) < 年初预算数 152.1 (line 700 D) and = 全年执行数 142.65 "
              "(line 700 F); 142.65/152.1 = 93.79%"),
        ],
    },
    # #6 lines 727-764 (row = line - 726). Arithmetic RIGHT (no error).
    # 9.516/9.516 = 100% (line 731 I) ✓, 10 ✓; weights 5+3+3+3+3+3 + 4+2+2+2 + 2.5x4 + 10 + 20+2.5+2.5+5
    # + 10 = 90; scores 85 (cost row 10/5 with reason, line 750); total 95 (line 757 G) ✓ 优 ✓.
    # Not rule findings: narrative "预算下达5万元" vs 15, 住宿 1人 vs ≥12人 ... (RULES §6.5 #6).
    "004_project_06_进博会专项资金.xlsx": {
        "进博会专项资金": [
            W("budget_reset", "F5", None,
              "warning: 全年预算数 9.516 (line 731 F) < 年初预算数 15 (line 731 E) and = 全年执行数 9.516 "
              "(line 731 G); 9.516/15 = 63.44%"),
            I("indicator_over_achievement", ("G10", "I10"), None,
              "info: 组织采购商人次 ≥100人 → ≥299人 (line 736): 299 ≥ 120"),
            I("indicator_over_achievement", ("G11", "I11"), None,
              "info: 参会住宿人员 ≥10人 → ≥12人 (line 737): 12 ≥ 1.2 x 10 = 12 (boundary, inclusive; not in "
              "RULES §6.5's list)"),
            I("indicator_over_achievement", ("G16", "I16"), None,
              "info: 采购商到场率 ≥30% → ≥80% (line 742): 80% ≥ 36%"),
            I("indicator_over_achievement", ("G17", "I17"), None,
              "info: 租赁车辆乘坐率 ≥50% → ≥70% (line 743): 70% ≥ 60% (not in RULES §6.5's list)"),
            I("indicator_over_achievement", ("G18", "I18"), None,
              "info: 邀约参加活动到会率 ≥50% → ≥100% (line 744): 100% ≥ 60%"),
            I("indicator_over_achievement", ("F25", "H25"), None,
              "info: 意向采购金额 ≥1000万美元 → ≥2209万美元 (line 751): 2209 ≥ 1200"),
        ],
    },
    # #7 lines 766-793 (row = line - 765). 10 of the 11 得分 cells are blank: each is a required
    # number left empty (issue 9 point 4), an error "未填写" at its own cell, and the 总分 and 等级
    # that depend on them cannot be checked (one warning 无法复核, no error on 总分 or 等级).
    # 全年预算数 0: rate 0/0 -> 0 (line 770 I), score 0 (line 770 J) ✓, 结余 0 ✓; weights
    # 5+5+5+10+10+10+5+15+15+5+5 = 90; the only score is 0 (line 775 I: =1000平方米 → =0平方米, 等于:
    # 5 x 0/1000 = 0 ✓); reported total 0 (line 786 H), 差. Every row has its reason text.
    # On lines 782-783 the reason text stands in the 得分 column I; on shifted rows (lines 780-781,
    # 784-785) the 得分 cell is H, right of the 分值 in G.
    # Not a rule finding: the mechanical scores (=0% → =0% gives 15, ≤290 → ≤0 gives 5) would make 20,
    # still 差 (RULES §6.5 #7).
    "004_project_07_晋城市冷冻冷藏肉品总仓委托运营管理综合服务费.xlsx": {
        "晋城市冷冻冷藏肉品总仓委托运营管理综合服务费": [
            W("execution_zero_budget", ("E5", "I5", "J5"), None,
              "warning: 全年预算数 0 (line 770 E) although 年初预算数 290 (line 770 D)"),
            W("budget_reset", "E5", None,
              "warning: 全年预算数 0 (line 770 E) < 年初预算数 290 (line 770 D) and = 全年执行数 0 (line 770 F) "
              "(RULES §6.5's list of resets names #3 but not #7)"),
            E("value_missing", "I11", None, "error: 从业人员 (line 776), 分值 5, 得分 I blank"),
            E("value_missing", "I12", None, "error: 机器设备 (line 777), 分值 5, 得分 I blank"),
            E("value_missing", ("H13", "I13"), None,
              "error: 符合检测要求 (line 778), 分值 10 in G, no 得分 written (H holds the reason)"),
            E("value_missing", ("H14", "I14"), None,
              "error: 进口冷链食品检测及时性 (line 779), 分值 10 in G, no 得分"),
            E("value_missing", ("H15", "I15"), None,
              "error: 委托费支付时间 (line 780, shifted one left), 分值 10 in G, no 得分"),
            E("value_missing", ("H16", "I16"), None,
              "error: 项目预算控制数 (line 781, shifted one left), 分值 5 in G, no 得分"),
            E("value_missing", "I17", None,
              "error: 降低疫情风险 (line 782), 分值 15 in H, I holds the reason text: no 得分"),
            E("value_missing", "I18", None,
              "error: 保持市场秩序稳定 (line 783), 分值 15 in H, I holds the reason text: no 得分"),
            E("value_missing", ("H19", "I19"), None,
              "error: 总仓承办企业满意度 (line 784, shifted one left), 分值 5 in G, no 得分"),
            E("value_missing", ("H20", "I20"), None,
              "error: 总仓工作人员满意度 (line 785, shifted one left), 分值 5 in G, no 得分"),
            W("unverifiable", "H21", None,
              "warning: 总分 (line 786 H) and 等级 depend on the ten blank 得分: 无法复核, not an error"),
        ],
    },
    # #8 lines 795-822 (row = line - 794). Arithmetic RIGHT (no error).
    # 9.668/9.668 = 100% (line 799 H) ✓, 10 ✓; weights 15+5+6+4+4+6+10+20+5+5+10 = 90; scores
    # 0+0+6+0+0+6+5+20+5+5+10 = 57; total 67 (line 815 H) ✓ 中 ✓. -1场 → -0场 (等于: 15 x 0/1 = 0) ✓;
    # -100% → -0% (4 x 0 = 0) ✓; 未完成 rows 0 (band 0 至小于 60%) ✓; all rows below weight have reasons.
    # Not a rule finding: 执行数 9.668 vs narrative "实际执行96880元" = 9.688 (RULES §6.5 #8).
    "004_project_08_晋城市商务局电子商务专项资金.xlsx": {
        "晋城市商务局电子商务专项资金": [
            W("budget_reset", "E5", None,
              "warning: 全年预算数 9.668 (line 799 E) < 年初预算数 10 (line 799 D) and = 全年执行数 9.668 "
              "(line 799 F)"),
            I("indicator_over_achievement", ("F17", "H17"), None,
              "info: 网络销售额 年初 ≥800万元, 调整后 ≥500万元 → ≥1498.1万元 (line 811): 1498.1 ≥ 1.2 x 500 = 600"),
        ],
    },
    # #9 lines 824-850 (row = line - 823). Arithmetic RIGHT (no error).
    # 28.87/28.87 = 100% (line 828 H) ✓; weights 5x6 + 10+10+30+10 = 90; scores 90; total 100 ✓ 优 ✓.
    # ≥90% → ≥95% < 1.2 T. Not rule findings: budget 29 vs narrative 30; cost "=30万" vs 28.87 paid.
    "004_project_09_晋城市商务局会议室装修工程.xlsx": {
        "晋城市商务局会议室装修工程": [
            W("budget_reset", "E5", None,
              "warning: 全年预算数 28.87 (line 828 E) < 年初预算数 29 (line 828 D) and = 全年执行数 28.87 "
              "(line 828 F)"),
        ],
    },
    # #10 lines 852-877 (row = line - 851). Arithmetic RIGHT (no error).
    # 152/152 = 100% (line 856 H) ✓; weights 20+10+5+5+10+10+10+10+10 = 90; scores 16+10+5+5+10+10+10+10+10
    # = 86; total 96 (line 870 I) ✓ 优 ✓. 补贴企业数量 ≥10个 → ≥8个: 20 x 8/10 = 16 = reported, reason
    # given ✓; ≤480万元 → ≤152万元 反向 full ✓. Not a rule finding: cost target 480 > budget 336.
    "004_project_10_晋城市商务领域市场主体倍增项目奖励资金.xlsx": {
        "晋城市商务领域市场主体倍增项目奖励资金": [
            W("budget_reset", "E5", None,
              "warning: 全年预算数 152 (line 856 E) < 年初预算数 336 (line 856 D) and = 全年执行数 152 "
              "(line 856 F); 152/336 = 45.24%"),
            I("indicator_over_achievement", ("H15", "J15"), None,
              "info: 限上住宿餐饮业营业额增长 ≥8% → ≥19.6% (line 866, shifted one right): 19.6% ≥ 9.6%"),
            I("indicator_over_achievement", ("G16", "I16"), None,
              "info: 新增限上商贸服务企业 ≥60个 → ≥163个 (line 867): 163 ≥ 72"),
            I("indicator_over_achievement", ("D17", "F17"), None,
              "info: 新增品牌连锁便利店 ≥70个 → ≥100个 (line 868, shifted left): 100 ≥ 84"),
        ],
    },
    # #11 lines 879-907 (row = line - 878). Arithmetic RIGHT (no error).
    # 300/300 = 100% (line 883 J) ✓ (全年 = 年初: no reset); weights 5+5+10+5+5+10+5+5+10+10+10+10 = 90;
    # scores 90; total 100 (line 900 I) ✓ 优 ✓.
    "004_project_11_晋城市乡村e镇工作项目.xlsx": {
        "晋城市乡村e镇工作项目": [
            I("indicator_over_achievement", ("G11", "I11"), None,
              "info: 实地督导培育工作 ≥1次 → ≥2次 (line 889): 2 ≥ 1.2"),
            I("indicator_over_achievement", ("G12", "I12"), None,
              "info: 召开乡村e镇工作推进会 ≥1次 → ≥4次 (line 890): 4 ≥ 1.2"),
            I("indicator_over_achievement", ("G18", "I18"), None,
              "info: 年总产值 ≥2亿元/年镇 → ≥3.69亿元/年镇 (line 896): 3.69 ≥ 2.4"),
        ],
    },
    # #12 lines 909-935 (row = line - 908). Arithmetic of the total RIGHT (89 = 10 + 79, 良), four
    # indicator scores WRONG.
    # 39.8/39.8 = 100% (line 913 I) ✓, 10 ✓; weights 10+10+5+5+10+10+5+10+5+10+10 = 90; scores
    # 10+10+5+5+9+9+5+8+0+8+10 = 79; total 89 (line 928 H) ✓ 良 ✓. ≥3000人 → ≥0人: 5 x 0 = 0 ✓.
    "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx": {
        "晋城市中心城区商业网点设施布局专项规划编制费用": [
            W("budget_reset", "F5", None,
              "warning: 全年预算数 39.8 (line 913 F) < 年初预算数 80 (line 913 E) and = 全年执行数 39.8 "
              "(line 913 G); 39.8/80 = 49.75%"),
            E("indicator_score_qualitative", "H13", "7.99",
              "error (rule): 编制完成时间 部分达成预期指标并具有一定效果 (line 921 F), weight 10: band 0.6 x 10 = 6 至小于 "
              "0.8 x 10 = 8; reported 9 (line 921 H) is outside; the nearest score the band allows at 2 decimals "
              "is 7.99 (RULES §1.4, §6.5 #12)"),
            W("indicator_score_judgement", "H14", "3.98",
              "warning (judgement): 编制费用 =100万元 → =39.8万元 (line 922 E/F), a 成本指标 and 等于型 row under "
              "target: the 等于 rule would give 10 x 39.8 ÷ 100 = 3.98, but spending less on a cost is not clearly "
              "an under-achievement; reported 9 kept (RULES §6.5 #12 calls it E; issue 13 makes it judgement)"),
            E("indicator_score_qualitative", "I16", "7.99",
              "error (rule): 提高应急保供能力 部分达成 (line 924 G), weight 10: band 6 至小于 8; reported 8 (line 924 I) "
              "is outside (8 belongs to 达成); nearest allowed 7.99"),
            E("indicator_score_qualitative", "H18", "7.99",
              "error (rule): 拉动经济增长 部分达成 (line 926 F, shifted one left), weight 10: band 6 至小于 8; reported 8 "
              "(line 926 H) is outside; nearest allowed 7.99"),
            I("indicator_over_achievement", ("G15", "I15"), None,
              "info: 社会消费品零售总额同比增长 ≥5% → ≥8% (line 923): 8% ≥ 6% (not in RULES §6.5's list)"),
        ],
    },
    # ==============================================================================================
    # Department forms
    # ==============================================================================================
    # 002 部门 (department-jinzhong-2020), lines 3-59 (row = line - 2). Table arithmetic RIGHT; the
    # narrative and one quotient are not.
    # Header: 82.82 + 948.96 - 567.94 + 3.34 - 404.89 = 62.29 (line 12 D) ✓. 计算方式: 99.4% (698.5/702.69
    # = 99.404%) ✓, 94% (969.49/1031.78 = 93.96%) ✓, 60% (567.94/948.96 = 59.85%) ✓, 15.38% (62.29/404.89
    # = 15.384%) ✓, 95.6% (95.565%) ✓, 99.5% (99.491%) ✓, 79.1% (79.110%) ✓, 100% ✓, 0 ✓; the 支付进度
    # text (line 32 E) has no "expr=result". Sections 3+3+0.6+3+4 = 13.60 ✓, 1.2+0+0+0+2+2+0+3x4+3+3+4 =
    # 27.20 ✓, 22 ✓, 20 ✓; weights 16/42/22/20 ✓; 13.6+27.2+22+20 = 82.80 (line 54 F) ✓ 良 ✓.
    # Not rule findings: 经济效益 203个/1691.94亿/129.3% vs narrative 239个/1695.7亿/129.5% (RULES §6.3 #7);
    # 项目支出 146.93 vs parts 146.94 inside the 预算执行情况 text (#6).
    "002_dept_晋中市招商引资服务中心.xlsx": {
        "晋中市部门整体支出绩效自评表": [
            E("narrative_score", "B14", "27.20",
              "error: the analysis text (line 16 B) says '过程得分30.2分'; the table's 过程 is 27.20 (line 29 F) "
              "(RULES §6.3 #1)"),
            E("narrative_score", "B14", "82.80",
              "error: the analysis text (line 16 B) says '总得分85.8分'; the table's 综合得分 is 13.6 + 27.2 + 22 + 20 "
              "= 82.80 (line 54 F); 85.8 is the 专项经费 project's total (RULES §6.3 #1)"),
            I("formula_arithmetic", "E24", "112.5%",
              "info (RULES §6.3 #2 says W; issue 13 point 5: a rounding note within the form's precision is "
              "info): 在职人员控制 '18/16=112%' (line 26 E): 18 ÷ 16 = 112.5%, at the written precision 113% "
              "(half-up); differs only in the last written digit"),
            I("item_score_unverifiable", None, None,
              "info: the point rules of the 预算执行/预算配置 sub-indicators (0.60 for 112%, 1.20 for 94%, 0 for "
              "60% / 15.38% / 79.1%) need 晋中's own 评分标准, not found (RULES §3 verdict)"),
        ],
    },
    # 003 部门 (department-jinzhong-2020), lines 3-57 (row = line - 2). Arithmetic RIGHT: no error.
    # Header 26.66 + 22728.40 - 10504.26 + 5.35 - 11123.37 = 1132.78 (line 12 D) ✓; no 计算方式 holds
    # "expr=result" (all cut by the extraction; "95%" on line 41 is a bare value); sections full
    # 16/42/22/20, total 100.00 (line 51 E) ✓ 优 ✓; the analysis text states no 过程/总得分.
    # Not rule findings: full marks on values that cost 002 its points (RULES §6.4 #1); 11123.37 vs
    # 11094.15 (#3); 14户 vs 13户 (#4).
    "003_dept_晋中市工业和信息化局.xlsx": {
        "晋中市部门整体支出绩效自评表": [
            I("item_score_unverifiable", None, None,
              "info: 预算执行 sub-indicator scores (预算调整率 46.2% -> 3, 结转结余率 10.18% -> 3, 预算完成率 95.02% "
              "-> 3) cannot be checked without 晋中's 评分标准 (RULES §3)"),
        ],
    },
    # 001 部门目标表 (department-target-2021), lines 33-77 (row = line - 32). Arithmetic RIGHT: no finding.
    # 金额合计 81.91 / 81.91 / 0 (line 46 C/D/E, one column left of the header) = 8.72 + 64.59 + 8.6 = 81.91
    # 总额, the same 财政拨款, 0 其他 (lines 43-45) ✓ (RULES §6.2 #9). The form has no scores.
    "001_dept_市对外经济贸易发展服务中心.xlsx": {
        "部门(单位)整体支出绩效目标自评表": [],
    },
    # ==============================================================================================
    # 决算 (final-accounts-01 … 10), seed 004 lines 81-437. NO error anywhere (RULES §4.3, verified):
    # 01: 2384.38 = 2384.38; Σ 类 1914.07 + 239.70 + 53.92 + 107.41 + 69.28 = 2384.38; 收入总计 = 支出总计.
    # 03/05 合计 = Σ 类 per column: 基本 753.32 + 230.84 + 53.92 + 69.28 = 1107.36, 项目 1160.76 + 8.85 +
    # 107.41 = 1277.02. 04 = 01. 06 人员 985.30 + 公用 122.06 = 1107.36 = 05 基本. 09 0.39 = 0 + 0.15 + 0.24 both
    # sides; 10 24.60 = 24.60, 122.06 = 06 公用, 1 = 1. Soft 2080505 = 30108 (70.93), 2080506 = 30109
    # (5.32), 2210201 = 30113 (69.28), 2080501 153.71 = 13.77 + 139.94.
    # The 尾差 differences below are all 0.01, inside (n+1) x 0.005: info. Cells = the reported total's
    # cell (the parent row / the 小计 column / the class row).
    # ==============================================================================================
    "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx": {
        S01: [],
        S02: [
            I("final_accounts.02-hierarchy", "C23", "239.69",
              "info: 208 本年收入合计 239.70 (line 151 C) vs its 款 20805 229.96 + 20899 9.73 = 239.69 (lines 152, "
              "156); 0.01 ≤ (2+1) x 0.005"),
            I("final_accounts.02-hierarchy", "D23", "239.69",
              "info: 208 财政拨款收入 239.70 (line 151 D) vs 229.96 + 9.73 = 239.69 (same in every column)"),
        ],
        S03: [
            I("final_accounts.03-columns", "C15", "1914.08",
              "info: 201 本年支出合计 1914.07 (line 185 C) vs 基本 753.32 + 项目 1160.76 = 1914.08; 0.01 ≤ 0.015"),
            I("final_accounts.03-columns", "C16", "1914.08",
              "info: 20113 1914.07 (line 186 C) vs 753.32 + 1160.76 = 1914.08 (the same figures as 201; RULES §4.3 "
              "names only 201)"),
            I("final_accounts.03-columns", "C23", "239.69",
              "info: 208 239.70 (line 193 C) vs 基本 230.84 + 项目 8.85 = 239.69"),
            I(H03, "C23", "239.69",
              "info: 208 239.70 (line 193 C) vs 20805 229.96 + 20899 9.73 = 239.69"),
            I(H03, "E16", "1160.75",
              "info: 20113 项目支出 1160.76 (line 186 E) vs its 项 99.52 + 526.26 + 183.20 + 131.63 + 220.14 = 1160.75 "
              "(lines 188-192); 0.01 ≤ (5+1) x 0.005"),
        ],
        S04: [],
        S05: [
            I(C05, "C15", "1914.08",
              "info: 201 小计 1914.07 (line 276 C) vs 基本 753.32 + 项目 1160.76 = 1914.08"),
            I(C05, "C16", "1914.08",
              "info: 20113 小计 1914.07 (line 277 C) vs 753.32 + 1160.76 = 1914.08"),
            I(C05, "C23", "239.69",
              "info: 208 小计 239.70 (line 284 C) vs 230.84 + 8.85 = 239.69"),
            I(H05, "C23", "239.69",
              "info: 208 239.70 (line 284 C) vs 20805 229.96 + 20899 9.73 = 239.69"),
            I(H05, "E16", "1160.75",
              "info: 20113 项目支出 1160.76 (line 277 E) vs 99.52 + 526.26 + 183.20 + 131.63 + 220.14 = 1160.75 "
              "(lines 279-283)"),
        ],
        S06: [
            I("final_accounts.06-a", "C13", "773.18",
              "info: 301 工资福利支出 773.17 (line 316 C) vs Σ 30101-30199 = 207.28 + 85.14 + 125.87 + 125.08 + 70.93 "
              "+ 5.32 + 53.82 + 0.09 + 2.44 + 69.28 + 27.93 = 773.18 (lines 317-329); 0.01 ≤ (11+1) x 0.005"),
            I("final_accounts.06-a", "F13", "122.05",
              "info: 302 商品和服务支出 122.06 (line 316 F) vs Σ 30201-30299 = 10.85 + 4.82 + 3.18 + 5.14 + 1.53 + 9.60 "
              "+ 6.83 + 1.20 + 0.24 + 11.28 + 6.84 + 2.57 + 0.15 + 22.04 + 35.78 = 122.05 (lines 317-344)"),
            I("final_accounts.06-a", "C27", "212.11",
              "info: 303 对个人和家庭的补助 212.12 (line 330 C) vs 13.77 + 139.94 + 5.97 + 3.92 + 48.51 = 212.11 "
              "(lines 331-343)"),
            I("final_accounts.06-b", "C42", "985.29",
              "info: 人员经费合计 985.30 (line 345 C) vs 301 773.17 + 303 212.12 = 985.29; 0.01 ≤ 0.015"),
        ],
        S07: [],
        S08: [],
        S09: [],
        S10: [],
        "*": [
            # Cell: 21011's 基本支出 figure (03/05 column D, the column 06 details), its 小计/合计 (C), or the
            # 06 items. The D cells were added after a run showed the engine uses 05 D31 -- the rule
            # compares 基本支出 with 06 ("only when that spending is all 基本支出"), so D is the apt cell.
            I("final_accounts.soft", (S05 + "!D31", S03 + "!D31", S05 + "!C31", S03 + "!C31", S02 + "!C31",
                                      S06 + "!C21", S06 + "!C22"),
              "53.91",
              "info: 21011 行政事业单位医疗 53.92 (02/03/05 line 159/201/292, all 基本支出) vs 06 30110 53.82 + 30111 "
              "0.09 = 53.91 (lines 324-325); 0.01 ≤ 0.015 (RULES §4.3 Soft)"),
        ],
    },
    # ==============================================================================================
    # Third-party policy evaluation (policy-eval-*), seed 004 lines 1120-1528. Arithmetic RIGHT: no error.
    # The brief's rule list has no policy ids; only "no error" is asserted.
    # 综合得分: 20 + 30 + 40 + 10 = 100 for weights and scores, 得分率 100% each. A: 2+2+2 / 3+3 / 4+4 = 20;
    # B: 3x5 = 15, 5x3 = 15, 30; C: 10+10+5 = 25, 5+5 = 10, 2+3 = 5, 40; D: 2+3+2+3 = 10 (RULES §5). Annex:
    # weights 100 = 合计 (line 1517 D); its scores read by meaning (A103 2 on line 1384 I, D201 3 and D301 2
    # on lines 1504-1505 I, one column left of 得分) also give 100 (line 1517 J). Funds: 10000000 = 100%.
    # The "B1 组织管理（满分15分，得10分）" slip (RULES §6.5) is on line 1209, outside the workbook.
    # ==============================================================================================
    "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx": {
        "绩效评价综合得分情况表": [],
        "制定类指标评分表": [],
        "实施类指标评分表": [],
        "效果类指标评分表": [],
        "可持续性指标评分表": [],
        "附件 绩效评价指标体系及评分": [],
        "资金投入和支出结构": [],
    },
}

# The recomputed total_score and grade of every project form (RULES §1.6, §2, §6.5): 2023 / 2020 forms
# = min(rate, 100%) x 10 + Σ reported indicator scores; 晋中 forms = Σ sections with the two recomputed
# funds items (资金到位率, 预算执行率) and the reported self-assessed items.
TOTALS = {
    "000_project_出口信用保险保费补助资金.xlsx": (90.00, "优"),  # 11 + 19 + 30 + 30
    "001_project_服务外向型经济工作经费.xlsx": (None, None),  # 分值 100 + 100 = 200: no total
    "002_project_招商引资工作经费.xlsx": (86.05, "良"),  # 17.05 + 20 + 25 + 24
    "002_project_招商引资专项经费.xlsx": (85.80, "良"),  # 18.80 + 20 + 29 + 18 (carry-over left out)
    "003_project_优势企业转型项目信息化平台.xlsx": (100.00, "优"),  # 20 + 20 + 30 + 30
    "003_project_企业技术创新奖励补助.xlsx": (99.47, "优"),  # 19.47 + 20 + 30 + 30
    "003_project_新动能专项资金.xlsx": (97.75, "优"),  # 17.75 + 20 + 30 + 30
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx": (100.00, "优"),  # 10 + 90
    "004_project_02_2023年遗属补助.xlsx": (95.00, "优"),  # 10 + 85
    "004_project_03_变压器更换.xlsx": (80.00, "良"),  # 0 + 80
    "004_project_04_出口信用保险.xlsx": (None, None),  # 分值 10 + 85 = 95: no total
    "004_project_05_单位运转经费(原汽配办).xlsx": (95.00, "优"),  # 10 + 85
    "004_project_06_进博会专项资金.xlsx": (95.00, "优"),  # 10 + 85
    # 10 of 11 得分 blank: the total and grade cannot be recomputed (None: absent from `recomputed`).
    "004_project_07_晋城市冷冻冷藏肉品总仓委托运营管理综合服务费.xlsx": (None, None),
    "004_project_08_晋城市商务局电子商务专项资金.xlsx": (67.00, "中"),  # 10 + 57
    "004_project_09_晋城市商务局会议室装修工程.xlsx": (100.00, "优"),  # 10 + 90
    "004_project_10_晋城市商务领域市场主体倍增项目奖励资金.xlsx": (96.00, "优"),  # 10 + 86
    "004_project_11_晋城市乡村e镇工作项目.xlsx": (100.00, "优"),  # 10 + 90
    "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx": (89.00, "良"),  # 10 + 79
}

# The total and grade by the rules (total_score_by_rules / grade_by_rules, docs/RULES-ONE-TRUTH.md):
# TOTALS with every rule-class indicator score at its rule result. Only 004_12 has rule errors
# under a scheme that adds up: 79 − (9 − 7.99) − (8 − 7.99) − (8 − 7.99) = 77.97; 10 + 77.97 = 87.97
# 良 (the cost row 9 vs 3.98 is judgement and keeps 9). Every other form: the same as TOTALS.
TOTALS_BY_RULES = dict(TOTALS)
TOTALS_BY_RULES["004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx"] = (87.97, "良")
