"""Hand-made golden records for the 12 sample forms 004_project_01..12 (template "project-2023").

Worked out by hand from the seed text tests/data/seeds/004_80dc64eda384f1d0.txt, never by running
the engine. Each workbook was made from one seed line range (one seed line = one sheet row, one TAB
field = one cell: field 1 = column A, field 2 = B, ...); see samples/README-seed.md.

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from (the sheet row is LINE - first line of the form + 1). "(empty)" is
a blank cell. Where the value is a reading rather than a copy (a shifted row, a level carried down, a
missing cell), the comment says so after "--".

General readings used throughout (judgement calls, see also the per-row comments):
- Shifted rows: a row whose cells stand one (or two) columns left or right of the header is read by
  meaning, not by column: the text cells in order are level2 / name / 年初指标值 / 调整后指标值 /
  实际完成值, then the two numbers are 分值 and 得分, then the reason text.
- level1 / level2 are carried down from the rows above when the row leaves them empty (merged in the
  workbook). A level-2 label standing in the level-1 column of a shifted row is read as level2
  (社会效益指标, 可持续影响指标, 成本指标 are level-2 names), and level1 is then carried down.
- A level-1 label written in the level-1 column of an aligned row is taken as written, even where the
  framework would put the row elsewhere (#1 line 604 and #10 line 865: 效益指标 on the 成本指标 row).
- The default cost row "成本指标 | 成本指标 | (empty) | 未填报 | 达成预期指标 | 10 | 5 | reason" (#2, #4,
  #5, #6, #8) is read as the whole row shifted left by one cell from the header: level2 = 成本指标,
  name = 成本指标, 年初指标值 = "" (the empty cell), 调整后指标值 = "未填报", 实际完成值 = "达成预期指标",
  分值 10, 得分 5. Reasons: (a) in #5 (line 714) the row sits exactly under its own header line 704
  with these meanings; (b) 分值/得分 must be 10/5 (weights sum to 90, RULES §1.5 cap 5), which fixes
  the shift; (c) #2's reason says "年初未设置成本指标": no 年初 target existed. level1 = 产出指标
  (carried down; with it 产出 weighs 50 in every one of those forms, RULES §1.1's 50/30/10).
  Rejected alternative: level1 = 成本指标 (the 2021 MOF framework has 成本指标 as a first-level
  indicator, and a cell merged over 一级+二级 would explain why every cost row starting in the
  level-1 column is one cell short). Rejected because level1 is one of 产出/效益/满意度 in this
  record, #3 line 655 writes 成本指标 as a level 2 under 产出指标, and the 50/30/10 split holds only so.
  The same applies to the real cost rows that start in the level-1 column (#7 781, #9 840,
  #11 894, #12 922): level2 = 成本指标, level1 = 产出指标 carried down.
- 执行率 is written in percent units (100, 100.00, 0, 0.00); the record holds the fraction.
- Text values are the cell text exactly as in the seed ("-100%" stays "-100%" although the workbook
  stores it as the number -1 with a percent format; #9's target "1" stays the text "1").
"""

# Same reason text in all 11 indicator rows of #7 (lines 775-785).
R07 = ("2022年12月28日,国家市场监督管理总局办公厅印发《关于调整国内市场进口冷链食品疫情防控措施的通知》"
       "(市监食监发〔2022〕110号),明确了“进口冷链食品不再进入集中监管仓进行核酸检测和外包装预防性消毒”"
       "等要求。3月29日,市总仓办复函同意停止晋城市进口冷冻冷藏肉品总仓项目。")
# Same reason text in #8 lines 805, 807, 808.
R08_TRAIN = "本项目用于支付第五届网络购物节活动，且2023年因市级没有电子商务专项资金，所以没有开展电商培训。"

TEMPLATE = "project-2023"

EXPECTED = {
    # ------------------------------------------------------------------------------------------
    # #1 lines 592-615 (sheet row = line - 591)
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx": {
        "project_name": "2023年市级“爱心消费券”专项资金",  # 592 C: 2023年市级“爱心消费券”专项资金
        "department": "259-晋城市商务局",  # 593 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 593 G: 259001-晋城市商务局 (F: 预算单位)
        # 596: B 资金总额: | C 369.405 | D 369.405 | E 369.405 | F 369.405 | G 0 | H 100 | I 10
        # (the total row stands one column right of the header 594/595: read in order)
        "budget_declared": 369.405,  # 596 C: 369.405 (目标申报数)
        "budget_initial": 369.405,  # 596 D: 369.405 (预算编制数)
        "budget_full_year": 369.405,  # 596 E: 369.405 (全年预算数)
        "executed": 369.405,  # 596 F: 369.405 (全年执行数)
        "budget_balance": 0,  # 596 G: 0 (资金结(转)余)
        "execution_rate": 1.0,  # 596 H: 100 -- percent units, 100 -> 1.0
        "execution_score": 10,  # 596 I: 10 (得分)
        "funds": [
            {  # 597: A 市县区财政资金 | 369.405 | 369.405 | 369.405 | 369.405 | 0 | 100.00 | 10.00
                "source": "市县区财政资金",  # 597 A: 市县区财政资金
                "budget_declared": 369.405,  # 597 B: 369.405
                "budget_initial": 369.405,  # 597 C: 369.405
                "budget_full_year": 369.405,  # 597 D: 369.405
                "executed": 369.405,  # 597 E: 369.405
                "budget_balance": 0,  # 597 F: 0
                "execution_rate": 1.0,  # 597 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 597 H: 10.00
            },
        ],
        "indicators": [
            {  # 601: aligned with header 600 (A 绩效指标, B 一级指标, C 二级, D 三级 ...)
                "level1": "产出指标",  # 601 B: 产出指标
                "level2": "数量指标",  # 601 C: 数量指标
                "name": "发放人员数量",  # 601 D: 发放人员数量
                "target": "≤8209人",  # 601 E: ≤8209人
                "target_adjusted": "≤8209人",  # 601 F: ≤8209人
                "actual": "≤8038人",  # 601 G: ≤8038人
                "weight": 20,  # 601 H: 20
                "score": 20,  # 601 I: 20
                "deviation_reason": "",  # 601 J: (empty)
            },
            {  # 602: aligned
                "level1": "产出指标",  # 602 B: (empty) -- carried from 601 B 产出指标
                "level2": "质量指标",  # 602 C: 质量指标
                "name": "应发尽发率",  # 602 D: 应发尽发率
                "target": "=100%",  # 602 E: =100%
                "target_adjusted": "=100%",  # 602 F: =100%
                "actual": "=100%",  # 602 G: =100%
                "weight": 10,  # 602 H: 10
                "score": 10,  # 602 I: 10
                "deviation_reason": "",  # 602 J: (empty)
            },
            {  # 603: aligned
                "level1": "产出指标",  # 603 B: (empty) -- carried from 601 B 产出指标
                "level2": "时效指标",  # 603 C: 时效指标
                "name": "爱心消费券发放时间",  # 603 D: 爱心消费券发放时间
                "target": "2023年1月22日前",  # 603 E: 2023年1月22日前
                "target_adjusted": "2023年1月22日前",  # 603 F: 2023年1月22日前
                "actual": "达成预期指标",  # 603 G: 达成预期指标
                "weight": 10,  # 603 H: 10
                "score": 10,  # 603 I: 10
                "deviation_reason": "",  # 603 J: (empty)
            },
            {  # 604: aligned; JUDGEMENT: B holds 效益指标 on the 成本指标 row -- taken as written
                # (the dump puts merged labels at the top row of their range, so the unit's form
                # groups this row under 效益指标; by the framework and the 50/30/10 split it would be
                # 产出指标 -- a form inconsistency for the checks, not a parsing question)
                "level1": "效益指标",  # 604 B: 效益指标 -- as written (see above)
                "level2": "成本指标",  # 604 C: 成本指标
                "name": "发放标准",  # 604 D: 发放标准
                "target": "每人1500元，市级承担30%",  # 604 E: 每人1500元，市级承担30%
                "target_adjusted": "每人1500元，市级承担30%",  # 604 F: 每人1500元，市级承担30%
                "actual": "达成预期指标",  # 604 G: 达成预期指标
                "weight": 10,  # 604 H: 10
                "score": 10,  # 604 I: 10
                "deviation_reason": "",  # 604 J: (empty)
            },
            {  # 605: aligned
                "level1": "效益指标",  # 605 B: (empty) -- carried from 604 B 效益指标
                "level2": "经济效益指标",  # 605 C: 经济效益指标
                "name": "拉动内需、刺激消费、繁荣市场",  # 605 D: 拉动内需、刺激消费、繁荣市场
                "target": "提高",  # 605 E: 提高
                "target_adjusted": "提高",  # 605 F: 提高
                "actual": "达成预期指标",  # 605 G: 达成预期指标
                "weight": 15,  # 605 H: 15
                "score": 15,  # 605 I: 15
                "deviation_reason": "",  # 605 J: (empty)
            },
            {  # 606: SHIFTED one column left (B 社会效益指标 | C name | D E F values | G 15 | H 15)
                "level1": "效益指标",  # 606 A: (empty) -- carried from 604 B 效益指标
                "level2": "社会效益指标",  # 606 B: 社会效益指标 -- level-2 name in the level-1 column
                "name": "巩固脱贫攻坚成果",  # 606 C: 巩固脱贫攻坚成果
                "target": "巩固",  # 606 D: 巩固
                "target_adjusted": "巩固",  # 606 E: 巩固
                "actual": "达成预期指标",  # 606 F: 达成预期指标
                "weight": 15,  # 606 G: 15 -- shifted, 分值
                "score": 15,  # 606 H: 15 -- shifted, 得分
                "deviation_reason": "",  # 606 I: (empty)
            },
            {  # 607: SHIFTED one column left (A 满意度指标 ... G 10 | H 10)
                "level1": "满意度指标",  # 607 A: 满意度指标
                "level2": "服务对象满意度",  # 607 B: 服务对象满意度
                "name": "补助对象满意度",  # 607 C: 补助对象满意度
                "target": "≥90%",  # 607 D: ≥90%
                "target_adjusted": "≥90%",  # 607 E: ≥90%
                "actual": "≥100%",  # 607 F: ≥100%
                "weight": 10,  # 607 G: 10
                "score": 10,  # 607 H: 10
                "deviation_reason": "",  # 607 I: (empty)
            },
        ],
        "total_score": 100,  # 608 I: 100 (A: 总分)
        "grade": "优",  # 608 J: 优
    },
    # ------------------------------------------------------------------------------------------
    # #2 lines 617-641 (sheet row = line - 616)
    "004_project_02_2023年遗属补助.xlsx": {
        "project_name": "2023年遗属补助",  # 617 C: 2023年遗属补助
        "department": "259-晋城市商务局",  # 618 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 618 G: 259001-晋城市商务局
        # 621: C 资金总额: | D 9.494 | E 9.494 | F 8.853 | G 8.853 | H 0 | I 100 | J 10
        "budget_declared": 9.494,  # 621 D: 9.494
        "budget_initial": 9.494,  # 621 E: 9.494
        "budget_full_year": 8.853,  # 621 F: 8.853
        "executed": 8.853,  # 621 G: 8.853
        "budget_balance": 0,  # 621 H: 0
        "execution_rate": 1.0,  # 621 I: 100 -- percent units -> 1.0
        "execution_score": 10,  # 621 J: 10
        "funds": [
            {  # 622: A 市县区财政资金 | 9.494 | 9.494 | 8.853 | 8.853 | 0 | 100.00 | 10.00 (one column left of header)
                "source": "市县区财政资金",  # 622 A: 市县区财政资金
                "budget_declared": 9.494,  # 622 B: 9.494
                "budget_initial": 9.494,  # 622 C: 9.494
                "budget_full_year": 8.853,  # 622 D: 8.853
                "executed": 8.853,  # 622 E: 8.853
                "budget_balance": 0,  # 622 F: 0
                "execution_rate": 1.0,  # 622 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 622 H: 10.00
            },
        ],
        "indicators": [
            {  # 626: aligned with header 625 (B 一级指标)
                "level1": "产出指标",  # 626 B: 产出指标
                "level2": "数量指标",  # 626 C: 数量指标
                "name": "预计发放补助人数",  # 626 D: 预计发放补助人数
                "target": "-8人",  # 626 E: -8人
                "target_adjusted": "-8人",  # 626 F: -8人
                "actual": "-8人",  # 626 G: -8人
                "weight": 20,  # 626 H: 20
                "score": 20,  # 626 I: 20
                "deviation_reason": "",  # 626 J: (empty)
            },
            {  # 627: aligned
                "level1": "产出指标",  # 627 B: (empty) -- carried from 626 B
                "level2": "数量指标",  # 627 C: (empty) -- carried from 626 C
                "name": "补贴足额发放率",  # 627 D: 补贴足额发放率
                "target": "-100%",  # 627 E: -100%
                "target_adjusted": "-100%",  # 627 F: -100%
                "actual": "-100%",  # 627 G: -100%
                "weight": 5,  # 627 H: 5
                "score": 5,  # 627 I: 5
                "deviation_reason": "",  # 627 J: (empty)
            },
            {  # 628: aligned
                "level1": "产出指标",  # 628 B: (empty) -- carried from 626 B
                "level2": "质量指标",  # 628 C: 质量指标
                "name": "补贴发放达标率",  # 628 D: 补贴发放达标率
                "target": "-100%",  # 628 E: -100%
                "target_adjusted": "-100%",  # 628 F: -100%
                "actual": "-100%",  # 628 G: -100%
                "weight": 5,  # 628 H: 5
                "score": 5,  # 628 I: 5
                "deviation_reason": "",  # 628 J: (empty)
            },
            {  # 629: SHIFTED one column right (D 时效指标 | E name | F G targets | H actual | I 5 | J empty | K 5)
                # JUDGEMENT: the lone number 5 in K (right of the table) is the 得分, not a reason
                "level1": "产出指标",  # 629 B: (empty) -- carried from 626 B
                "level2": "时效指标",  # 629 D: 时效指标 -- level-2 name one column right
                "name": "遗属人员申报、核定工作完成时间",  # 629 E: 遗属人员申报、核定工作完成时间
                "target": "11月底",  # 629 F: 11月底
                "target_adjusted": "11月底",  # 629 G: 11月底
                "actual": "达成预期指标",  # 629 H: 达成预期指标
                "weight": 5,  # 629 I: 5 -- 分值 (under the 得分 header)
                "score": 5,  # 629 K: 5 -- 得分, two cells right (J is empty)
                "deviation_reason": "",  # 629 J: (empty) -- no reason text on the row
            },
            {  # 630: IRREGULAR (B name | C 12月底 | D empty | E 12月底 | F actual | G 5 | H 5)
                # JUDGEMENT: name and 年初指标值 stand two columns left, the rest one column left;
                # the two 12月底 are 年初 and 调整后 (equal on every row of these forms)
                "level1": "产出指标",  # 630 B: (holds the name) -- level1 carried from 626 B
                "level2": "时效指标",  # 630 C: (holds a value) -- level2 carried from 629 D 时效指标
                "name": "补助发放时间",  # 630 B: 补助发放时间
                "target": "12月底",  # 630 C: 12月底
                "target_adjusted": "12月底",  # 630 E: 12月底 (D is empty)
                "actual": "达成预期指标",  # 630 F: 达成预期指标
                "weight": 5,  # 630 G: 5
                "score": 5,  # 630 H: 5
                "deviation_reason": "",  # 630 I: (empty)
            },
            {  # 631: default cost row, SHIFTED one left (B 成本指标 | C 成本指标 | D empty | E 未填报 | F 达成预期指标 | G 10 | H 5 | I reason)
                # JUDGEMENT (see module docstring): level2/name = 成本指标, 年初 = "", 调整后 = 未填报
                "level1": "产出指标",  # 631 A: (empty) -- carried from 626 B 产出指标
                "level2": "成本指标",  # 631 B: 成本指标
                "name": "成本指标",  # 631 C: 成本指标
                "target": "",  # 631 D: (empty) -- no 年初 target ("年初未设置成本指标")
                "target_adjusted": "未填报",  # 631 E: 未填报
                "actual": "达成预期指标",  # 631 F: 达成预期指标
                "weight": 10,  # 631 G: 10
                "score": 5,  # 631 H: 5
                "deviation_reason": "年初未设置成本指标,年初预算9.494万元,实际支付8.8532万元,未超成本",  # 631 I: 年初未设置成本指标,年初预算9.494万元,实际支付8.8532万元,未超成本
            },
            {  # 632: SHIFTED one left (A 效益指标 | B 社会效益指标 | C name | ... | G 30 | H 30)
                "level1": "效益指标",  # 632 A: 效益指标
                "level2": "社会效益指标",  # 632 B: 社会效益指标
                "name": "提高生活困难遗属生活质量",  # 632 C: 提高生活困难遗属生活质量
                "target": "提高",  # 632 D: 提高
                "target_adjusted": "提高",  # 632 E: 提高
                "actual": "达成预期指标",  # 632 F: 达成预期指标
                "weight": 30,  # 632 G: 30
                "score": 30,  # 632 H: 30
                "deviation_reason": "",  # 632 I: (empty)
            },
            {  # 633: SHIFTED one left
                "level1": "满意度指标",  # 633 A: 满意度指标
                "level2": "服务对象满意度指标",  # 633 B: 服务对象满意度指标
                "name": "遗属满意度",  # 633 C: 遗属满意度
                "target": "≥90%",  # 633 D: ≥90%
                "target_adjusted": "≥90%",  # 633 E: ≥90%
                "actual": "≥100%",  # 633 F: ≥100%
                "weight": 10,  # 633 G: 10
                "score": 10,  # 633 H: 10
                "deviation_reason": "",  # 633 I: (empty)
            },
        ],
        "total_score": 95,  # 634 I: 95 (A: 总分)
        "grade": "优",  # 634 J: 优
    },
    # ------------------------------------------------------------------------------------------
    # #3 lines 643-665 (sheet row = line - 642)
    "004_project_03_变压器更换.xlsx": {
        "project_name": "变压器更换",  # 643 C: 变压器更换
        "department": "259-晋城市商务局",  # 644 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 644 G: 259001-晋城市商务局
        # 647: C 资金总额: | D 35 | E 35 | F 0 | G 0 | H 0 | I 0 | J 0
        "budget_declared": 35,  # 647 D: 35
        "budget_initial": 35,  # 647 E: 35
        "budget_full_year": 0,  # 647 F: 0
        "executed": 0,  # 647 G: 0
        "budget_balance": 0,  # 647 H: 0
        "execution_rate": 0.0,  # 647 I: 0 -- percent units -> 0.0
        "execution_score": 0,  # 647 J: 0 (under the 偏差原因 header: the row stands one column right)
        "funds": [
            {  # 648: A 市县区财政资金 | 35 | 35 | 0 | 0 | 0 | 0.00 | 0.00
                "source": "市县区财政资金",  # 648 A: 市县区财政资金
                "budget_declared": 35,  # 648 B: 35
                "budget_initial": 35,  # 648 C: 35
                "budget_full_year": 0,  # 648 D: 0
                "executed": 0,  # 648 E: 0
                "budget_balance": 0,  # 648 F: 0
                "execution_rate": 0.0,  # 648 G: 0.00
                "execution_score": 0,  # 648 H: 0.00
            },
        ],
        "indicators": [
            {  # 652: aligned with header 651 (B 一级指标)
                "level1": "产出指标",  # 652 B: 产出指标
                "level2": "数量指标",  # 652 C: 数量指标
                "name": "变压器更换数量",  # 652 D: 变压器更换数量
                "target": "-1台",  # 652 E: -1台
                "target_adjusted": "-1台",  # 652 F: -1台
                "actual": "-1台",  # 652 G: -1台
                "weight": 20,  # 652 H: 20
                "score": 20,  # 652 I: 20
                "deviation_reason": "",  # 652 J: (empty)
            },
            {  # 653
                "level1": "产出指标",  # 653 B: (empty) -- carried from 652 B
                "level2": "质量指标",  # 653 C: 质量指标
                "name": "变压器等设备更换工作验收合格率",  # 653 D: 变压器等设备更换工作验收合格率
                "target": "-100%",  # 653 E: -100%
                "target_adjusted": "-100%",  # 653 F: -100%
                "actual": "-100%",  # 653 G: -100%
                "weight": 10,  # 653 H: 10
                "score": 10,  # 653 I: 10
                "deviation_reason": "",  # 653 J: (empty)
            },
            {  # 654
                "level1": "产出指标",  # 654 B: (empty) -- carried from 652 B
                "level2": "时效指标",  # 654 C: 时效指标
                "name": "变压器更换时间",  # 654 D: 变压器更换时间
                "target": "3-6月",  # 654 E: 3-6月
                "target_adjusted": "3-6月",  # 654 F: 3-6月
                "actual": "未完成预期指标且效果较差",  # 654 G: 未完成预期指标且效果较差
                "weight": 10,  # 654 H: 10
                "score": 0,  # 654 I: 0
                "deviation_reason": "因2023年后院老旧小区改造,道路不通,所以变压器更换项目往后延迟",  # 654 J: 因2023年后院老旧小区改造,道路不通,所以变压器更换项目往后延迟
            },
            {  # 655
                "level1": "产出指标",  # 655 B: (empty) -- carried from 652 B
                "level2": "成本指标",  # 655 C: 成本指标
                "name": "项目成本控制数(万)",  # 655 D: 项目成本控制数(万)
                "target": "≤35万元",  # 655 E: ≤35万元
                "target_adjusted": "≤35万元",  # 655 F: ≤35万元
                "actual": "≤33.7248万元",  # 655 G: ≤33.7248万元
                "weight": 10,  # 655 H: 10
                "score": 10,  # 655 I: 10
                "deviation_reason": "",  # 655 J: (empty)
            },
            {  # 656
                "level1": "效益指标",  # 656 B: 效益指标
                "level2": "社会效益指标",  # 656 C: 社会效益指标
                "name": "减少安全隐患",  # 656 D: 减少安全隐患
                "target": "减少",  # 656 E: 减少
                "target_adjusted": "减少",  # 656 F: 减少
                "actual": "达成预期指标",  # 656 G: 达成预期指标
                "weight": 30,  # 656 H: 30
                "score": 30,  # 656 I: 30
                "deviation_reason": "",  # 656 J: (empty)
            },
            {  # 657
                "level1": "满意度指标",  # 657 B: 满意度指标
                "level2": "服务对象满意度指标",  # 657 C: 服务对象满意度指标
                "name": "机关使用满意度",  # 657 D: 机关使用满意度
                "target": "≥90%",  # 657 E: ≥90%
                "target_adjusted": "≥90%",  # 657 F: ≥90%
                "actual": "≥95%",  # 657 G: ≥95%
                "weight": 10,  # 657 H: 10
                "score": 10,  # 657 I: 10
                "deviation_reason": "",  # 657 J: (empty)
            },
        ],
        "total_score": 80,  # 658 H: 80 (A: 总分)
        "grade": "良",  # 658 I: 良
    },
    # ------------------------------------------------------------------------------------------
    # #4 lines 667-694 (sheet row = line - 666). Indicator header 675 starts in A (一级指标 = A).
    "004_project_04_出口信用保险.xlsx": {
        "project_name": "出口信用保险",  # 667 C: 出口信用保险
        "department": "259-晋城市商务局",  # 668 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 668 G: 259001-晋城市商务局
        # 671: C 资金总额: | D 35 | E 35 | F 52.543 | G 52.543 | H 0 | I 100 | J 10
        "budget_declared": 35,  # 671 D: 35
        "budget_initial": 35,  # 671 E: 35
        "budget_full_year": 52.543,  # 671 F: 52.543
        "executed": 52.543,  # 671 G: 52.543
        "budget_balance": 0,  # 671 H: 0
        "execution_rate": 1.0,  # 671 I: 100 -- percent units -> 1.0
        "execution_score": 10,  # 671 J: 10
        "funds": [
            {  # 672: A 市、县、区财政资金 | 35 | 35 | 52.543 | 52.543 | 0 | 100.00 | 10.00
                "source": "市、县、区财政资金",  # 672 A: 市、县、区财政资金
                "budget_declared": 35,  # 672 B: 35
                "budget_initial": 35,  # 672 C: 35
                "budget_full_year": 52.543,  # 672 D: 52.543
                "executed": 52.543,  # 672 E: 52.543
                "budget_balance": 0,  # 672 F: 0
                "execution_rate": 1.0,  # 672 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 672 H: 10.00
            },
        ],
        "indicators": [
            {  # 676: aligned with header 675 (A 一级 | B 二级 | C 三级 | D E F | G 分值 | H 得分 | I 偏差)
                "level1": "产出指标",  # 676 A: 产出指标
                "level2": "数量指标",  # 676 B: 数量指标
                "name": "参保企业总数",  # 676 C: 参保企业总数
                "target": "≥20家",  # 676 D: ≥20家
                "target_adjusted": "≥20家",  # 676 E: ≥20家
                "actual": "≥25家",  # 676 F: ≥25家
                "weight": 10,  # 676 G: 10
                "score": 10,  # 676 H: 10
                "deviation_reason": "我市新增外贸主体多,新投保的企业增多。",  # 676 I: 我市新增外贸主体多,新投保的企业增多。
            },
            {  # 677
                "level1": "产出指标",  # 677 A: (empty) -- carried from 676 A
                "level2": "数量指标",  # 677 B: (empty) -- carried from 676 B
                "name": "新增参保企业数量",  # 677 C: 新增参保企业数量
                "target": "≥1家",  # 677 D: ≥1家
                "target_adjusted": "≥1家",  # 677 E: ≥1家
                "actual": "≥1家",  # 677 F: ≥1家
                "weight": 10,  # 677 G: 10
                "score": 10,  # 677 H: 10
                "deviation_reason": "",  # 677 I: (empty)
            },
            {  # 678
                "level1": "产出指标",  # 678 A: (empty) -- carried from 676 A
                "level2": "质量指标",  # 678 B: 质量指标
                "name": "参保企业覆盖率",  # 678 C: 参保企业覆盖率
                "target": "≥50%",  # 678 D: ≥50%
                "target_adjusted": "≥50%",  # 678 E: ≥50%
                "actual": "≥50%",  # 678 F: ≥50%
                "weight": 5,  # 678 G: 5
                "score": 5,  # 678 H: 5
                "deviation_reason": "",  # 678 I: (empty)
            },
            {  # 679
                "level1": "产出指标",  # 679 A: (empty) -- carried from 676 A
                "level2": "质量指标",  # 679 B: (empty) -- carried from 678 B
                "name": "补助企业资质符合率",  # 679 C: 补助企业资质符合率
                "target": "-100%",  # 679 D: -100%
                "target_adjusted": "-100%",  # 679 E: -100%
                "actual": "-100%",  # 679 F: -100%
                "weight": 5,  # 679 G: 5
                "score": 5,  # 679 H: 5
                "deviation_reason": "",  # 679 I: (empty)
            },
            {  # 680
                "level1": "产出指标",  # 680 A: (empty) -- carried from 676 A
                "level2": "时效指标",  # 680 B: 时效指标
                "name": "补助时间",  # 680 C: 补助时间
                "target": "8月前",  # 680 D: 8月前
                "target_adjusted": "8月前",  # 680 E: 8月前
                "actual": "达成预期指标",  # 680 F: 达成预期指标
                "weight": 10,  # 680 G: 10
                "score": 10,  # 680 H: 10
                "deviation_reason": "",  # 680 I: (empty)
            },
            {  # 681: default cost row, SHIFTED one left (A 成本指标 | B 成本指标 | C empty | D 未填报 | E 达成预期指标 | F 10 | G 5 | H empty)
                # JUDGEMENT (module docstring): A holds the level-2 name, not a level 1
                "level1": "产出指标",  # 681 A: 成本指标 (level-2 name, shifted) -- level1 carried from 676 A
                "level2": "成本指标",  # 681 A: 成本指标
                "name": "成本指标",  # 681 B: 成本指标
                "target": "",  # 681 C: (empty)
                "target_adjusted": "未填报",  # 681 D: 未填报
                "actual": "达成预期指标",  # 681 E: 达成预期指标
                "weight": 10,  # 681 F: 10
                "score": 5,  # 681 G: 5
                "deviation_reason": "",  # 681 H: (empty) -- no reason although 5 < 10
            },
            {  # 682: aligned
                "level1": "效益指标",  # 682 A: 效益指标
                "level2": "经济效益指标",  # 682 B: 经济效益指标
                "name": "缓解企业经济压力",  # 682 C: 缓解企业经济压力
                "target": "减少",  # 682 D: 减少
                "target_adjusted": "减少",  # 682 E: 减少
                "actual": "达成预期指标",  # 682 F: 达成预期指标
                "weight": 5,  # 682 G: 5
                "score": 5,  # 682 H: 5
                "deviation_reason": "企业参保意愿提高",  # 682 I: 企业参保意愿提高
            },
            {  # 683
                "level1": "效益指标",  # 683 A: (empty) -- carried from 682 A
                "level2": "经济效益指标",  # 683 B: (empty) -- carried from 682 B
                "name": "参保企业总出口额",  # 683 C: 参保企业总出口额
                "target": "≥1000万元",  # 683 D: ≥1000万元
                "target_adjusted": "≥1000万元",  # 683 E: ≥1000万元
                "actual": "≥20000万元",  # 683 F: ≥20000万元
                "weight": 10,  # 683 G: 10
                "score": 10,  # 683 H: 10
                "deviation_reason": "",  # 683 I: (empty)
            },
            {  # 684
                "level1": "效益指标",  # 684 A: (empty) -- carried from 682 A
                "level2": "社会效益指标",  # 684 B: 社会效益指标
                "name": "有效降低出口风险",  # 684 C: 有效降低出口风险
                "target": "降低",  # 684 D: 降低
                "target_adjusted": "降低",  # 684 E: 降低
                "actual": "达成预期指标",  # 684 F: 达成预期指标
                "weight": 5,  # 684 G: 5
                "score": 5,  # 684 H: 5
                "deviation_reason": "",  # 684 I: (empty)
            },
            {  # 685
                "level1": "效益指标",  # 685 A: (empty) -- carried from 682 A
                "level2": "社会效益指标",  # 685 B: (empty) -- carried from 684 B
                "name": "保障企业贷款安全",  # 685 C: 保障企业贷款安全
                "target": "保障",  # 685 D: 保障
                "target_adjusted": "保障",  # 685 E: 保障
                "actual": "达成预期指标",  # 685 F: 达成预期指标
                "weight": 5,  # 685 G: 5
                "score": 5,  # 685 H: 5
                "deviation_reason": "",  # 685 I: (empty)
            },
            {  # 686
                "level1": "满意度指标",  # 686 A: 满意度指标
                "level2": "服务对象满意度指标",  # 686 B: 服务对象满意度指标
                "name": "参保企业满意度",  # 686 C: 参保企业满意度
                "target": "≥96%",  # 686 D: ≥96%
                "target_adjusted": "≥96%",  # 686 E: ≥96%
                "actual": "≥100%",  # 686 F: ≥100%
                "weight": 10,  # 686 G: 10
                "score": 10,  # 686 H: 10
                "deviation_reason": "",  # 686 I: (empty)
            },
        ],
        "total_score": 95,  # 687 G: 95 (A: 总分) -- as reported (weights sum to 85; recomputed 90)
        "grade": "优",  # 687 H: 优
    },
    # ------------------------------------------------------------------------------------------
    # #5 lines 696-725 (sheet row = line - 695). Indicator header 704 starts in A (一级指标 = A);
    # rows 705-708 stand one column right of it (A holds the block label 绩效指标).
    "004_project_05_单位运转经费(原汽配办).xlsx": {
        "project_name": "单位运转经费(原汽配办)",  # 696 C: 单位运转经费(原汽配办)
        "department": "259-晋城市商务局",  # 697 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 697 G: 259001-晋城市商务局
        # 700: B 资金总额: | C 152.1 | D 152.1 | E 142.65 | F 142.65 | G 0 | H 100 | I 10
        "budget_declared": 152.1,  # 700 C: 152.1
        "budget_initial": 152.1,  # 700 D: 152.1
        "budget_full_year": 142.65,  # 700 E: 142.65
        "executed": 142.65,  # 700 F: 142.65
        "budget_balance": 0,  # 700 G: 0
        "execution_rate": 1.0,  # 700 H: 100 -- percent units -> 1.0
        "execution_score": 10,  # 700 I: 10
        "funds": [
            {  # 701: A 市辖区财政资金 | 152.1 | 152.1 | 142.65 | 142.65 | 0 | 100.00 | 10.00
                "source": "市辖区财政资金",  # 701 A: 市辖区财政资金
                "budget_declared": 152.1,  # 701 B: 152.1
                "budget_initial": 152.1,  # 701 C: 152.1
                "budget_full_year": 142.65,  # 701 D: 142.65
                "executed": 142.65,  # 701 E: 142.65
                "budget_balance": 0,  # 701 F: 0
                "execution_rate": 1.0,  # 701 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 701 H: 10.00
            },
        ],
        "indicators": [
            {  # 705: SHIFTED one right of header 704 (A 绩效指标 | B 产出指标 | C 数量指标 | D name | ... | H 5 | I 5)
                "level1": "产出指标",  # 705 B: 产出指标
                "level2": "数量指标",  # 705 C: 数量指标
                "name": "工资发放人数",  # 705 D: 工资发放人数
                "target": "-9个",  # 705 E: -9个
                "target_adjusted": "-9个",  # 705 F: -9个
                "actual": "-9个",  # 705 G: -9个
                "weight": 5,  # 705 H: 5
                "score": 5,  # 705 I: 5
                "deviation_reason": "",  # 705 J: (empty)
            },
            {  # 706: like 705
                "level1": "产出指标",  # 706 B: (empty) -- carried from 705 B
                "level2": "数量指标",  # 706 C: (empty) -- carried from 705 C
                "name": "信息发布条数",  # 706 D: 信息发布条数
                "target": "≥600条",  # 706 E: ≥600条
                "target_adjusted": "≥600条",  # 706 F: ≥600条
                "actual": "≥620条",  # 706 G: ≥620条
                "weight": 5,  # 706 H: 5
                "score": 5,  # 706 I: 5
                "deviation_reason": "",  # 706 J: (empty)
            },
            {  # 707: like 705
                "level1": "产出指标",  # 707 B: (empty) -- carried from 705 B
                "level2": "数量指标",  # 707 C: (empty) -- carried from 705 C
                "name": "宣传咨询服务次数",  # 707 D: 宣传咨询服务次数
                "target": "≥2次",  # 707 E: ≥2次
                "target_adjusted": "≥2次",  # 707 F: ≥2次
                "actual": "≥2次",  # 707 G: ≥2次
                "weight": 5,  # 707 H: 5
                "score": 5,  # 707 I: 5
                "deviation_reason": "",  # 707 J: (empty)
            },
            {  # 708: like 705
                "level1": "产出指标",  # 708 B: (empty) -- carried from 705 B
                "level2": "数量指标",  # 708 C: (empty) -- carried from 705 C
                "name": "技能培训次数",  # 708 D: 技能培训次数
                "target": "≥2次",  # 708 E: ≥2次
                "target_adjusted": "≥2次",  # 708 F: ≥2次
                "actual": "≥2次",  # 708 G: ≥2次
                "weight": 5,  # 708 H: 5
                "score": 5,  # 708 I: 5
                "deviation_reason": "",  # 708 J: (empty)
            },
            {  # 709: aligned with header 704 (B 二级 | C name | D E F | G 4 | H 4)
                "level1": "产出指标",  # 709 A: (empty) -- carried from 705 B
                "level2": "质量指标",  # 709 B: 质量指标
                "name": "工资发放完成率",  # 709 C: 工资发放完成率
                "target": "-100%",  # 709 D: -100%
                "target_adjusted": "-100%",  # 709 E: -100%
                "actual": "-100%",  # 709 F: -100%
                "weight": 4,  # 709 G: 4
                "score": 4,  # 709 H: 4
                "deviation_reason": "",  # 709 I: (empty)
            },
            {  # 710: like 709
                "level1": "产出指标",  # 710 A: (empty) -- carried from 705 B
                "level2": "质量指标",  # 710 B: (empty) -- carried from 709 B
                "name": "考勤达标率",  # 710 C: 考勤达标率
                "target": "≥95%",  # 710 D: ≥95%
                "target_adjusted": "≥95%",  # 710 E: ≥95%
                "actual": "≥98%",  # 710 F: ≥98%
                "weight": 3,  # 710 G: 3
                "score": 3,  # 710 H: 3
                "deviation_reason": "",  # 710 I: (empty)
            },
            {  # 711: like 709
                "level1": "产出指标",  # 711 A: (empty) -- carried from 705 B
                "level2": "质量指标",  # 711 B: (empty) -- carried from 709 B
                "name": "技能培训完成合格率",  # 711 C: 技能培训完成合格率
                "target": "≥90%",  # 711 D: ≥90%
                "target_adjusted": "≥90%",  # 711 E: ≥90%
                "actual": "≥90%",  # 711 F: ≥90%
                "weight": 3,  # 711 G: 3
                "score": 3,  # 711 H: 3
                "deviation_reason": "",  # 711 I: (empty)
            },
            {  # 712: like 709
                "level1": "产出指标",  # 712 A: (empty) -- carried from 705 B
                "level2": "时效指标",  # 712 B: 时效指标
                "name": "工资发放时间",  # 712 C: 工资发放时间
                "target": "按月",  # 712 D: 按月
                "target_adjusted": "按月",  # 712 E: 按月
                "actual": "达成预期指标",  # 712 F: 达成预期指标
                "weight": 5,  # 712 G: 5
                "score": 5,  # 712 H: 5
                "deviation_reason": "",  # 712 I: (empty)
            },
            {  # 713: like 709
                "level1": "产出指标",  # 713 A: (empty) -- carried from 705 B
                "level2": "时效指标",  # 713 B: (empty) -- carried from 712 B
                "name": "招聘信息发布及时性",  # 713 C: 招聘信息发布及时性
                "target": "及时",  # 713 D: 及时
                "target_adjusted": "及时",  # 713 E: 及时
                "actual": "达成预期指标",  # 713 F: 达成预期指标
                "weight": 5,  # 713 G: 5
                "score": 5,  # 713 H: 5
                "deviation_reason": "",  # 713 I: (empty)
            },
            {  # 714: default cost row, aligned with header 704 (B 成本指标 | C 成本指标 | D empty | E 未填报 | F 达成预期指标 | G 10 | H 5 | I reason)
                # this is the row that fixes the reading of the default cost row in all forms
                "level1": "产出指标",  # 714 A: (empty) -- carried from 705 B
                "level2": "成本指标",  # 714 B: 成本指标
                "name": "成本指标",  # 714 C: 成本指标
                "target": "",  # 714 D: (empty) -- under 年初指标值
                "target_adjusted": "未填报",  # 714 E: 未填报 -- under 调整后指标值
                "actual": "达成预期指标",  # 714 F: 达成预期指标
                "weight": 10,  # 714 G: 10
                "score": 5,  # 714 H: 5
                "deviation_reason": "总支出未超过年初预算",  # 714 I: 总支出未超过年初预算
            },
            {  # 715: aligned with header 704
                "level1": "效益指标",  # 715 A: 效益指标
                "level2": "社会效益指标",  # 715 B: 社会效益指标
                "name": "保障工作正常运行",  # 715 C: 保障工作正常运行
                "target": "稳定",  # 715 D: 稳定
                "target_adjusted": "稳定",  # 715 E: 稳定
                "actual": "达成预期指标",  # 715 F: 达成预期指标
                "weight": 15,  # 715 G: 15
                "score": 15,  # 715 H: 15
                "deviation_reason": "",  # 715 I: (empty)
            },
            {  # 716
                "level1": "效益指标",  # 716 A: (empty) -- carried from 715 A
                "level2": "社会效益指标",  # 716 B: (empty) -- carried from 715 B
                "name": "解决就业、促进社会稳定",  # 716 C: 解决就业、促进社会稳定
                "target": "稳定",  # 716 D: 稳定
                "target_adjusted": "稳定",  # 716 E: 稳定
                "actual": "达成预期指标",  # 716 F: 达成预期指标
                "weight": 15,  # 716 G: 15
                "score": 15,  # 716 H: 15
                "deviation_reason": "",  # 716 I: (empty)
            },
            {  # 717
                "level1": "满意度指标",  # 717 A: 满意度指标
                "level2": "服务对象满意度指标",  # 717 B: 服务对象满意度指标
                "name": "工作人员满意度",  # 717 C: 工作人员满意度
                "target": "≥99%",  # 717 D: ≥99%
                "target_adjusted": "≥99%",  # 717 E: ≥99%
                "actual": "≥99%",  # 717 F: ≥99%
                "weight": 10,  # 717 G: 10
                "score": 10,  # 717 H: 10
                "deviation_reason": "",  # 717 I: (empty)
            },
        ],
        "total_score": 95,  # 718 H: 95 (A: 总分)
        "grade": "优",  # 718 I: 优
    },
    # ------------------------------------------------------------------------------------------
    # #6 lines 727-764 (sheet row = line - 726). Indicator header 735: A 绩效指标, B 一级指标.
    "004_project_06_进博会专项资金.xlsx": {
        "project_name": "进博会专项资金",  # 727 C: 进博会专项资金
        "department": "259-晋城市商务局",  # 728 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 728 G: 259001-晋城市商务局
        # 731: C 资金总额: | D 15 | E 15 | F 9.516 | G 9.516 | H 0 | I 100 | J 10
        "budget_declared": 15,  # 731 D: 15
        "budget_initial": 15,  # 731 E: 15
        "budget_full_year": 9.516,  # 731 F: 9.516
        "executed": 9.516,  # 731 G: 9.516
        "budget_balance": 0,  # 731 H: 0
        "execution_rate": 1.0,  # 731 I: 100 -- percent units -> 1.0
        "execution_score": 10,  # 731 J: 10
        "funds": [
            {  # 732: C 市县区财政资金 | D 15 | E 15 | F 9.516 | G 9.516 | H 0 | I 100.00 | J 10.00 (label in C here)
                "source": "市县区财政资金",  # 732 C: 市县区财政资金
                "budget_declared": 15,  # 732 D: 15
                "budget_initial": 15,  # 732 E: 15
                "budget_full_year": 9.516,  # 732 F: 9.516
                "executed": 9.516,  # 732 G: 9.516
                "budget_balance": 0,  # 732 H: 0
                "execution_rate": 1.0,  # 732 I: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 732 J: 10.00
            },
        ],
        "indicators": [
            {  # 736: aligned with header 735
                "level1": "产出指标",  # 736 B: 产出指标
                "level2": "数量指标",  # 736 C: 数量指标
                "name": "组织采购商人次",  # 736 D: 组织采购商人次
                "target": "≥100人",  # 736 E: ≥100人
                "target_adjusted": "≥100人",  # 736 F: ≥100人
                "actual": "≥299人",  # 736 G: ≥299人
                "weight": 5,  # 736 H: 5
                "score": 5,  # 736 I: 5
                "deviation_reason": "进博会影响力大，故采购商增多",  # 736 J: 进博会影响力大，故采购商增多
            },
            {  # 737
                "level1": "产出指标",  # 737 B: (empty) -- carried from 736 B
                "level2": "数量指标",  # 737 C: (empty) -- carried from 736 C
                "name": "参会住宿人员",  # 737 D: 参会住宿人员
                "target": "≥10人",  # 737 E: ≥10人
                "target_adjusted": "≥10人",  # 737 F: ≥10人
                "actual": "≥12人",  # 737 G: ≥12人
                "weight": 3,  # 737 H: 3
                "score": 3,  # 737 I: 3
                "deviation_reason": "市领导参加活动，参会人员增加",  # 737 J: 市领导参加活动，参会人员增加
            },
            {  # 738
                "level1": "产出指标",  # 738 B: (empty) -- carried from 736 B
                "level2": "数量指标",  # 738 C: (empty) -- carried from 736 C
                "name": "租赁车辆",  # 738 D: 租赁车辆
                "target": "≥15车次",  # 738 E: ≥15车次
                "target_adjusted": "≥15车次",  # 738 F: ≥15车次
                "actual": "≥15车次",  # 738 G: ≥15车次
                "weight": 3,  # 738 H: 3
                "score": 3,  # 738 I: 3
                "deviation_reason": "",  # 738 J: (empty)
            },
            {  # 739
                "level1": "产出指标",  # 739 B: (empty) -- carried from 736 B
                "level2": "数量指标",  # 739 C: (empty) -- carried from 736 C
                "name": "租赁活动场地",  # 739 D: 租赁活动场地
                "target": "≥150平米",  # 739 E: ≥150平米
                "target_adjusted": "≥150平米",  # 739 F: ≥150平米
                "actual": "≥150平米",  # 739 G: ≥150平米
                "weight": 3,  # 739 H: 3
                "score": 3,  # 739 I: 3
                "deviation_reason": "",  # 739 J: (empty)
            },
            {  # 740
                "level1": "产出指标",  # 740 B: (empty) -- carried from 736 B
                "level2": "数量指标",  # 740 C: (empty) -- carried from 736 C
                "name": "活动人数规模",  # 740 D: 活动人数规模
                "target": "≥50人",  # 740 E: ≥50人
                "target_adjusted": "≥50人",  # 740 F: ≥50人
                "actual": "≥50人",  # 740 G: ≥50人
                "weight": 3,  # 740 H: 3
                "score": 3,  # 740 I: 3
                "deviation_reason": "",  # 740 J: (empty)
            },
            {  # 741
                "level1": "产出指标",  # 741 B: (empty) -- carried from 736 B
                "level2": "数量指标",  # 741 C: (empty) -- carried from 736 C
                "name": "印制资料",  # 741 D: 印制资料
                "target": "≥200份",  # 741 E: ≥200份
                "target_adjusted": "≥200份",  # 741 F: ≥200份
                "actual": "≥200份",  # 741 G: ≥200份
                "weight": 3,  # 741 H: 3
                "score": 3,  # 741 I: 3
                "deviation_reason": "",  # 741 J: (empty)
            },
            {  # 742: 产出指标 written again
                "level1": "产出指标",  # 742 B: 产出指标
                "level2": "质量指标",  # 742 C: 质量指标
                "name": "采购商到场率",  # 742 D: 采购商到场率
                "target": "≥30%",  # 742 E: ≥30%
                "target_adjusted": "≥30%",  # 742 F: ≥30%
                "actual": "≥80%",  # 742 G: ≥80%
                "weight": 4,  # 742 H: 4
                "score": 4,  # 742 I: 4
                "deviation_reason": "采购商增多",  # 742 J: 采购商增多
            },
            {  # 743
                "level1": "产出指标",  # 743 B: (empty) -- carried from 742 B
                "level2": "质量指标",  # 743 C: (empty) -- carried from 742 C
                "name": "租赁车辆乘坐率",  # 743 D: 租赁车辆乘坐率
                "target": "≥50%",  # 743 E: ≥50%
                "target_adjusted": "≥50%",  # 743 F: ≥50%
                "actual": "≥70%",  # 743 G: ≥70%
                "weight": 2,  # 743 H: 2
                "score": 2,  # 743 I: 2
                "deviation_reason": "驻地较远，乘坐率较高",  # 743 J: 驻地较远，乘坐率较高
            },
            {  # 744
                "level1": "产出指标",  # 744 B: (empty) -- carried from 742 B
                "level2": "质量指标",  # 744 C: (empty) -- carried from 742 C
                "name": "邀约参加活动到会率",  # 744 D: 邀约参加活动到会率
                "target": "≥50%",  # 744 E: ≥50%
                "target_adjusted": "≥50%",  # 744 F: ≥50%
                "actual": "≥100%",  # 744 G: ≥100%
                "weight": 2,  # 744 H: 2
                "score": 2,  # 744 I: 2
                "deviation_reason": "会员出席活动",  # 744 J: 会员出席活动
            },
            {  # 745
                "level1": "产出指标",  # 745 B: (empty) -- carried from 742 B
                "level2": "质量指标",  # 745 C: (empty) -- carried from 742 C
                "name": "印制资料发放率",  # 745 D: 印制资料发放率
                "target": "≥80%",  # 745 E: ≥80%
                "target_adjusted": "≥80%",  # 745 F: ≥80%
                "actual": "≥85%",  # 745 G: ≥85%
                "weight": 2,  # 745 H: 2
                "score": 2,  # 745 I: 2
                "deviation_reason": "",  # 745 J: (empty)
            },
            {  # 746: 产出指标 written again
                "level1": "产出指标",  # 746 B: 产出指标
                "level2": "时效指标",  # 746 C: 时效指标
                "name": "完成住宿与车辆预定",  # 746 D: 完成住宿与车辆预定
                "target": "2023年10月底",  # 746 E: 2023年10月底
                "target_adjusted": "2023年10月底",  # 746 F: 2023年10月底
                "actual": "达成预期指标",  # 746 G: 达成预期指标
                "weight": 2.5,  # 746 H: 2.5
                "score": 2.5,  # 746 I: 2.5
                "deviation_reason": "",  # 746 J: (empty)
            },
            {  # 747
                "level1": "产出指标",  # 747 B: (empty) -- carried from 746 B
                "level2": "时效指标",  # 747 C: (empty) -- carried from 746 C
                "name": "组织配套活动",  # 747 D: 组织配套活动
                "target": "2023年11月10日前",  # 747 E: 2023年11月10日前
                "target_adjusted": "2023年11月10日前",  # 747 F: 2023年11月10日前
                "actual": "达成预期指标",  # 747 G: 达成预期指标
                "weight": 2.5,  # 747 H: 2.5
                "score": 2.5,  # 747 I: 2.5
                "deviation_reason": "",  # 747 J: (empty)
            },
            {  # 748
                "level1": "产出指标",  # 748 B: (empty) -- carried from 746 B
                "level2": "时效指标",  # 748 C: (empty) -- carried from 746 C
                "name": "完成资料印制发放",  # 748 D: 完成资料印制发放
                "target": "2023年10月底",  # 748 E: 2023年10月底
                "target_adjusted": "2023年10月底",  # 748 F: 2023年10月底
                "actual": "达成预期指标",  # 748 G: 达成预期指标
                "weight": 2.5,  # 748 H: 2.5
                "score": 2.5,  # 748 I: 2.5
                "deviation_reason": "",  # 748 J: (empty)
            },
            {  # 749
                "level1": "产出指标",  # 749 B: (empty) -- carried from 746 B
                "level2": "时效指标",  # 749 C: (empty) -- carried from 746 C
                "name": "完成采购商报名组织与审核",  # 749 D: 完成采购商报名组织与审核
                "target": "2023年10月底",  # 749 E: 2023年10月底
                "target_adjusted": "2023年10月底",  # 749 F: 2023年10月底
                "actual": "达成预期指标",  # 749 G: 达成预期指标
                "weight": 2.5,  # 749 H: 2.5
                "score": 2.5,  # 749 I: 2.5
                "deviation_reason": "",  # 749 J: (empty)
            },
            {  # 750: default cost row, SHIFTED two left of header 735 (A 成本指标 | B 成本指标 | C empty | D 未填报 | E 达成预期指标 | F 10 | G 5 | H reason)
                # JUDGEMENT (module docstring)
                "level1": "产出指标",  # 750 A: 成本指标 (level-2 name, shifted) -- level1 carried from 746 B
                "level2": "成本指标",  # 750 A: 成本指标
                "name": "成本指标",  # 750 B: 成本指标
                "target": "",  # 750 C: (empty)
                "target_adjusted": "未填报",  # 750 D: 未填报
                "actual": "达成预期指标",  # 750 E: 达成预期指标
                "weight": 10,  # 750 F: 10
                "score": 5,  # 750 G: 5
                "deviation_reason": "实际发生金额未超过预算金额",  # 750 H: 实际发生金额未超过预算金额
            },
            {  # 751: SHIFTED one left (A 效益指标 | B 经济效益指标 | C name | D E F | G 20 | H 20 | I reason)
                "level1": "效益指标",  # 751 A: 效益指标
                "level2": "经济效益指标",  # 751 B: 经济效益指标
                "name": "意向采购金额",  # 751 C: 意向采购金额
                "target": "≥1000万美元",  # 751 D: ≥1000万美元
                "target_adjusted": "≥1000万美元",  # 751 E: ≥1000万美元
                "actual": "≥2209万美元",  # 751 F: ≥2209万美元
                "weight": 20,  # 751 G: 20
                "score": 20,  # 751 H: 20
                "deviation_reason": "采购商积极性提高",  # 751 I: 采购商积极性提高
            },
            {  # 752: like 751
                "level1": "效益指标",  # 752 A: (empty) -- carried from 751 A
                "level2": "社会效益指标",  # 752 B: 社会效益指标
                "name": "加深与国际企业的交流合作",  # 752 C: 加深与国际企业的交流合作
                "target": "加深",  # 752 D: 加深
                "target_adjusted": "加深",  # 752 E: 加深
                "actual": "达成预期指标",  # 752 F: 达成预期指标
                "weight": 2.5,  # 752 G: 2.5
                "score": 2.5,  # 752 H: 2.5
                "deviation_reason": "",  # 752 I: (empty)
            },
            {  # 753: like 751
                "level1": "效益指标",  # 753 A: (empty) -- carried from 751 A
                "level2": "社会效益指标",  # 753 B: (empty) -- carried from 752 B
                "name": "带动技术创新、产业升级",  # 753 C: 带动技术创新、产业升级
                "target": "带动",  # 753 D: 带动
                "target_adjusted": "带动",  # 753 E: 带动
                "actual": "达成预期指标",  # 753 F: 达成预期指标
                "weight": 2.5,  # 753 G: 2.5
                "score": 2.5,  # 753 H: 2.5
                "deviation_reason": "",  # 753 I: (empty)
            },
            {  # 754: SHIFTED two left of header (A 可持续影响指标 | B name | C D E values | F 5 | G 5)
                # JUDGEMENT: 可持续影响指标 is a level-2 name of 效益指标; level1 carried
                "level1": "效益指标",  # 754 A: 可持续影响指标 (level-2 name) -- level1 carried from 751 A
                "level2": "可持续影响指标",  # 754 A: 可持续影响指标
                "name": "参展满意度",  # 754 B: 参展满意度
                "target": "≥80%",  # 754 C: ≥80%
                "target_adjusted": "≥80%",  # 754 D: ≥80%
                "actual": "≥85%",  # 754 E: ≥85%
                "weight": 5,  # 754 F: 5
                "score": 5,  # 754 G: 5
                "deviation_reason": "",  # 754 H: (empty)
            },
            {  # 755: SHIFTED one left
                "level1": "满意度指标",  # 755 A: 满意度指标
                "level2": "服务对象满意度指标",  # 755 B: 服务对象满意度指标
                "name": "企业采购商满意度",  # 755 C: 企业采购商满意度
                "target": "≥90%",  # 755 D: ≥90%
                "target_adjusted": "≥90%",  # 755 E: ≥90%
                "actual": "≥100%",  # 755 F: ≥100%
                "weight": 10,  # 755 G: 10
                "score": 10,  # 755 H: 10
                "deviation_reason": "",  # 755 I: (empty)
            },
        ],
        # 756: A 总分 and nothing else; 757: G 95 | H 优 -- the 总分 cell split over two lines
        "total_score": 95,  # 757 G: 95 -- 总分 label on 756, value on the next line
        "grade": "优",  # 757 H: 优
    },
    # ------------------------------------------------------------------------------------------
    # #7 lines 766-793 (sheet row = line - 765). Funds header 768 has no 执行率 column:
    # B 年初预算数 | D 全年预算数 | F 全年执行数 | H 资金结转/余 | J 得分 | L 调整原因分析及改进措施.
    "004_project_07_晋城市冷冻冷藏肉品总仓委托运营管理综合服务费.xlsx": {
        "project_name": "晋城市冷冻冷藏肉品总仓委托运营管理综合服务费",  # 766 C: 晋城市冷冻冷藏肉品总仓委托运营管理综合服务费
        "department": "259-晋城市商务局",  # 767 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 767 I: 259001-晋城市商务局 (G: 预算单位, H empty)
        # 770: B 资金总额: | C 290 | D 290 | E 0 | F 0 | G 0 | H 0 | I 0 | J 0 | K 0 -- 9 values for 7 fields.
        # JUDGEMENT: read in order (declared, initial, full year, executed, balance), then rate and
        # score; the form has no 执行率 header but the funds row below carries the rate (I771 0.00,
        # formatted like every other form's rate), so 执行率 is present and 0. Two zeros are surplus;
        # every value after the two 290s is 0, so any assignment of the zeros gives the same record.
        "budget_declared": 290,  # 770 C: 290
        "budget_initial": 290,  # 770 D: 290
        "budget_full_year": 0,  # 770 E: 0
        "executed": 0,  # 770 F: 0
        "budget_balance": 0,  # 770 G: 0
        "execution_rate": 0.0,  # 770 I: 0 -- column as in the funds row below (H, J, K also 0)
        "execution_score": 0,  # 770 J: 0 -- under the 得分 header
        "funds": [
            {  # 771: B 市区财政资金 | C 290 | D 290 | E 0 | F 0 | G 0 | H 0 | I 0.00 | J 0.00 -- 8 values for 7 fields
                # JUDGEMENT: I and J (0.00, the rate/score format of every funds row) are 执行率
                # and 得分; H (0) is the surplus cell. All zero whichever way.
                "source": "市区财政资金",  # 771 B: 市区财政资金
                "budget_declared": 290,  # 771 C: 290
                "budget_initial": 290,  # 771 D: 290
                "budget_full_year": 0,  # 771 E: 0
                "executed": 0,  # 771 F: 0
                "budget_balance": 0,  # 771 G: 0
                "execution_rate": 0.0,  # 771 I: 0.00
                "execution_score": 0,  # 771 J: 0.00
            },
        ],
        "indicators": [
            {  # 775: aligned with header 774 (B 一级 ... H 分值 | I 得分 | J 调整原因)
                "level1": "产出指标",  # 775 B: 产出指标
                "level2": "数量指标",  # 775 C: 数量指标
                "name": "租赁场地",  # 775 D: 租赁场地
                "target": "=1000平方米",  # 775 E: =1000平方米
                "target_adjusted": "=1000平方米",  # 775 F: =1000平方米
                "actual": "=0平方米",  # 775 G: =0平方米
                "weight": 5,  # 775 H: 5
                "score": 0,  # 775 I: 0 -- the only score written on this form
                "deviation_reason": R07,  # 775 J: 2022年12月28日,国家市场监督管理总局办公厅印发…(R07)
            },
            {  # 776: aligned; score cell blank
                "level1": "产出指标",  # 776 B: (empty) -- carried from 775 B
                "level2": "数量指标",  # 776 C: (empty) -- carried from 775 C
                "name": "从业人员",  # 776 D: 从业人员
                "target": "=12人",  # 776 E: =12人
                "target_adjusted": "=12人",  # 776 F: =12人
                "actual": "=0人",  # 776 G: =0人
                "weight": 5,  # 776 H: 5
                "score": None,  # 776 I: (empty)
                "deviation_reason": R07,  # 776 J: 2022年12月28日,…(R07)
            },
            {  # 777: aligned; score cell blank
                "level1": "产出指标",  # 777 B: (empty) -- carried from 775 B
                "level2": "数量指标",  # 777 C: (empty) -- carried from 775 C
                "name": "机器设备",  # 777 D: 机器设备
                "target": "=3台",  # 777 E: =3台
                "target_adjusted": "=3台",  # 777 F: =3台
                "actual": "=0台",  # 777 G: =0台
                "weight": 5,  # 777 H: 5
                "score": None,  # 777 I: (empty)
                "deviation_reason": R07,  # 777 J: 2022年12月28日,…(R07)
            },
            {  # 778: C 质量指标 | D name | E 符合 | F 符合 | G 10 | H reason -- ONE CELL MISSING
                # JUDGEMENT: the two 符合 are 年初 and 调整后 (equal on every row of these forms);
                # 实际完成值 and 得分 are not written; 10 is the 分值 (weights sum to 90 only so).
                "level1": "产出指标",  # 778 B: (empty) -- carried from 775 B
                "level2": "质量指标",  # 778 C: 质量指标
                "name": "符合检测要求",  # 778 D: 符合检测要求
                "target": "符合",  # 778 E: 符合
                "target_adjusted": "符合",  # 778 F: 符合
                "actual": "",  # 778 -: not written (G holds the 分值)
                "weight": 10,  # 778 G: 10 -- 分值 one column left
                "score": None,  # 778 -: not written
                "deviation_reason": R07,  # 778 H: 2022年12月28日,…(R07)
            },
            {  # 779: like 778 (C 时效指标 | D name | E 及时 | F 及时 | G 10 | H reason)
                # JUDGEMENT: as 778, 实际完成值 and 得分 not written
                "level1": "产出指标",  # 779 B: (empty) -- carried from 775 B
                "level2": "时效指标",  # 779 C: 时效指标
                "name": "进口冷链食品检测及时性",  # 779 D: 进口冷链食品检测及时性
                "target": "及时",  # 779 E: 及时
                "target_adjusted": "及时",  # 779 F: 及时
                "actual": "",  # 779 -: not written (G holds the 分值)
                "weight": 10,  # 779 G: 10
                "score": None,  # 779 -: not written
                "deviation_reason": R07,  # 779 H: 2022年12月28日,…(R07)
            },
            {  # 780: SHIFTED one left (C name | D E targets | F actual | G 10 | H reason); no score
                "level1": "产出指标",  # 780 B: (empty) -- carried from 775 B
                "level2": "时效指标",  # 780 B: (empty) -- level2 carried from 779 C 时效指标
                "name": "晋城市进口冷冻冷藏肉品总仓委托费支付时间",  # 780 C: 晋城市进口冷冻冷藏肉品总仓委托费支付时间
                "target": "6月、12月",  # 780 D: 6月、12月
                "target_adjusted": "6月、12月",  # 780 E: 6月、12月
                "actual": "未完成预期指标且效果较差",  # 780 F: 未完成预期指标且效果较差
                "weight": 10,  # 780 G: 10
                "score": None,  # 780 -: not written (H holds the reason)
                "deviation_reason": R07,  # 780 H: 2022年12月28日,…(R07)
            },
            {  # 781: SHIFTED one left (B 成本指标 | C name | D E F | G 5 | H reason); no score
                # JUDGEMENT: B holds the level-2 name 成本指标; level1 carried (产出 then weighs 50)
                "level1": "产出指标",  # 781 B: 成本指标 (level-2 name, shifted) -- level1 carried from 775 B
                "level2": "成本指标",  # 781 B: 成本指标
                "name": "项目预算控制数",  # 781 C: 项目预算控制数
                "target": "≤290万元",  # 781 D: ≤290万元
                "target_adjusted": "≤290万元",  # 781 E: ≤290万元
                "actual": "≤0万元",  # 781 F: ≤0万元
                "weight": 5,  # 781 G: 5
                "score": None,  # 781 -: not written (H holds the reason)
                "deviation_reason": R07,  # 781 H: 2022年12月28日,…(R07)
            },
            {  # 782: aligned up to H; the reason stands in I (the 得分 column) -> score blank
                "level1": "效益指标",  # 782 B: 效益指标
                "level2": "社会效益指标",  # 782 C: 社会效益指标
                "name": "降低疫情风险,减少冷链肉品病毒传播事故率",  # 782 D: 降低疫情风险,减少冷链肉品病毒传播事故率
                "target": "=0%",  # 782 E: =0%
                "target_adjusted": "=0%",  # 782 F: =0%
                "actual": "=0%",  # 782 G: =0%
                "weight": 15,  # 782 H: 15
                "score": None,  # 782 -: not written (I holds the reason text)
                "deviation_reason": R07,  # 782 I: 2022年12月28日,…(R07) -- one column left
            },
            {  # 783: like 782
                "level1": "效益指标",  # 783 B: (empty) -- carried from 782 B
                "level2": "可持续影响指标",  # 783 C: 可持续影响指标
                "name": "保持市场秩序稳定",  # 783 D: 保持市场秩序稳定
                "target": "保障",  # 783 E: 保障
                "target_adjusted": "保障",  # 783 F: 保障
                "actual": "未完成预期指标且效果较差",  # 783 G: 未完成预期指标且效果较差
                "weight": 15,  # 783 H: 15
                "score": None,  # 783 -: not written (I holds the reason text)
                "deviation_reason": R07,  # 783 I: 2022年12月28日,…(R07)
            },
            {  # 784: SHIFTED one left (A 满意度指标 | B | C name | D E F | G 5 | H reason); no score
                "level1": "满意度指标",  # 784 A: 满意度指标
                "level2": "服务对象满意度指标",  # 784 B: 服务对象满意度指标
                "name": "总仓承办企业满意度",  # 784 C: 总仓承办企业满意度
                "target": "≥98%",  # 784 D: ≥98%
                "target_adjusted": "≥98%",  # 784 E: ≥98%
                "actual": "≥0%",  # 784 F: ≥0%
                "weight": 5,  # 784 G: 5
                "score": None,  # 784 -: not written (H holds the reason)
                "deviation_reason": R07,  # 784 H: 2022年12月28日,…(R07)
            },
            {  # 785: like 784
                "level1": "满意度指标",  # 785 A: (empty) -- carried from 784 A
                "level2": "服务对象满意度指标",  # 785 B: (empty) -- carried from 784 B
                "name": "总仓工作人员满意度",  # 785 C: 总仓工作人员满意度
                "target": "≥95%",  # 785 D: ≥95%
                "target_adjusted": "≥95%",  # 785 E: ≥95%
                "actual": "≥0%",  # 785 F: ≥0%
                "weight": 5,  # 785 G: 5
                "score": None,  # 785 -: not written (H holds the reason)
                "deviation_reason": R07,  # 785 H: 2022年12月28日,…(R07)
            },
        ],
        "total_score": 0,  # 786 H: 0 (A: 总分)
        "grade": "差",  # 786 I: 差
    },
    # ------------------------------------------------------------------------------------------
    # #8 lines 795-822 (sheet row = line - 794). Indicator header 803 starts in A (一级指标 = A).
    "004_project_08_晋城市商务局电子商务专项资金.xlsx": {
        "project_name": "晋城市商务局电子商务专项资金",  # 795 C: 晋城市商务局电子商务专项资金
        "department": "259-晋城市商务局",  # 796 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 796 G: 259001-晋城市商务局
        # 799: B 资金总额: | C 10 | D 10 | E 9.668 | F 9.668 | G 0 | H 100 | I 10
        "budget_declared": 10,  # 799 C: 10
        "budget_initial": 10,  # 799 D: 10
        "budget_full_year": 9.668,  # 799 E: 9.668
        "executed": 9.668,  # 799 F: 9.668
        "budget_balance": 0,  # 799 G: 0
        "execution_rate": 1.0,  # 799 H: 100 -- percent units -> 1.0
        "execution_score": 10,  # 799 I: 10
        "funds": [
            {  # 800: A 市县区财政资金 | 10 | 10 | 9.668 | 9.668 | 0 | 100.00 | 10.00
                "source": "市县区财政资金",  # 800 A: 市县区财政资金
                "budget_declared": 10,  # 800 B: 10
                "budget_initial": 10,  # 800 C: 10
                "budget_full_year": 9.668,  # 800 D: 9.668
                "executed": 9.668,  # 800 E: 9.668
                "budget_balance": 0,  # 800 F: 0
                "execution_rate": 1.0,  # 800 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 800 H: 10.00
            },
        ],
        "indicators": [
            {  # 804: aligned with header 803 except A, which holds the block label 绩效指标
                # JUDGEMENT: the form never writes 产出指标; 数量/质量/时效 are its level-2 names
                "level1": "产出指标",  # 804 A: 绩效指标 (block label, not a level 1) -- 产出指标 supplied
                "level2": "数量指标",  # 804 B: 数量指标
                "name": "开展晋城市第六届网络购物节活动",  # 804 C: 开展晋城市第六届网络购物节活动
                "target": "-1场",  # 804 D: -1场
                "target_adjusted": "-1场",  # 804 E: -1场
                "actual": "-0场",  # 804 F: -0场
                "weight": 15,  # 804 G: 15
                "score": 0,  # 804 H: 0
                "deviation_reason": "指标名称填写有误。第五届网络购物节于2022年11月举行；第六届网络购物节于2023年9月举行。本项目用于支付第五届网络购物节。",  # 804 I: 指标名称填写有误。第五届网络购物节于2022年11月举行；第六届网络购物节于2023年9月举行。本项目用于支付第五届网络购物节。
            },
            {  # 805
                "level1": "产出指标",  # 805 A: (empty) -- as 804
                "level2": "数量指标",  # 805 B: (empty) -- carried from 804 B
                "name": "电商培训期数",  # 805 C: 电商培训期数
                "target": "4-5",  # 805 D: 4-5
                "target_adjusted": "4-5",  # 805 E: 4-5
                "actual": "未完成预期指标且效果较差",  # 805 F: 未完成预期指标且效果较差
                "weight": 5,  # 805 G: 5
                "score": 0,  # 805 H: 0
                "deviation_reason": R08_TRAIN,  # 805 I: 本项目用于支付第五届网络购物节活动，且2023年因市级没有电子商务专项资金，所以没有开展电商培训。
            },
            {  # 806
                "level1": "产出指标",  # 806 A: (empty) -- as 804
                "level2": "质量指标",  # 806 B: 质量指标
                "name": "参展企业入驻率",  # 806 C: 参展企业入驻率
                "target": "≥85%",  # 806 D: ≥85%
                "target_adjusted": "≥85%",  # 806 E: ≥85%
                "actual": "≥100%",  # 806 F: ≥100%
                "weight": 6,  # 806 G: 6
                "score": 6,  # 806 H: 6
                "deviation_reason": "",  # 806 I: (empty)
            },
            {  # 807
                "level1": "产出指标",  # 807 A: (empty) -- as 804
                "level2": "质量指标",  # 807 B: (empty) -- carried from 806 B
                "name": "培训会合格率",  # 807 C: 培训会合格率
                "target": "-100%",  # 807 D: -100%
                "target_adjusted": "-100%",  # 807 E: -100%
                "actual": "-0%",  # 807 F: -0%
                "weight": 4,  # 807 G: 4
                "score": 0,  # 807 H: 0
                "deviation_reason": R08_TRAIN,  # 807 I: 本项目用于支付第五届网络购物节活动，…(R08_TRAIN)
            },
            {  # 808
                "level1": "产出指标",  # 808 A: (empty) -- as 804
                "level2": "时效指标",  # 808 B: 时效指标
                "name": "电商培训时间",  # 808 C: 电商培训时间
                "target": "4-11月",  # 808 D: 4-11月
                "target_adjusted": "4-11月",  # 808 E: 4-11月
                "actual": "未完成预期指标且效果较差",  # 808 F: 未完成预期指标且效果较差
                "weight": 4,  # 808 G: 4
                "score": 0,  # 808 H: 0
                "deviation_reason": R08_TRAIN,  # 808 I: 本项目用于支付第五届网络购物节活动，…(R08_TRAIN)
            },
            {  # 809
                "level1": "产出指标",  # 809 A: (empty) -- as 804
                "level2": "时效指标",  # 809 B: (empty) -- carried from 808 B
                "name": "开展晋城市第六届网络购物节活动时间",  # 809 C: 开展晋城市第六届网络购物节活动时间
                "target": "2023年10月份",  # 809 D: 2023年10月份
                "target_adjusted": "2023年10月份",  # 809 E: 2023年10月份
                "actual": "达成预期指标",  # 809 F: 达成预期指标
                "weight": 6,  # 809 G: 6
                "score": 6,  # 809 H: 6
                "deviation_reason": "第五届网络购物节于2022年11月举行；第六届网络购物节于2023年9月举行。",  # 809 I: 第五届网络购物节于2022年11月举行；第六届网络购物节于2023年9月举行。
            },
            {  # 810: default cost row, SHIFTED one left (A 成本指标 | B 成本指标 | C empty | D 未填报 | E 达成预期指标 | F 10 | G 5 | H reason)
                # JUDGEMENT (module docstring)
                "level1": "产出指标",  # 810 A: 成本指标 (level-2 name, shifted) -- level1 as 804
                "level2": "成本指标",  # 810 A: 成本指标
                "name": "成本指标",  # 810 B: 成本指标
                "target": "",  # 810 C: (empty)
                "target_adjusted": "未填报",  # 810 D: 未填报
                "actual": "达成预期指标",  # 810 E: 达成预期指标
                "weight": 10,  # 810 F: 10
                "score": 5,  # 810 G: 5
                "deviation_reason": "未填写成本指标，未来在填报指标预算时，要补充完整",  # 810 H: 未填写成本指标，未来在填报指标预算时，要补充完整
            },
            {  # 811: aligned (年初 ≥800万元 and 调整后 ≥500万元 differ)
                "level1": "效益指标",  # 811 A: 效益指标
                "level2": "经济效益指标",  # 811 B: 经济效益指标
                "name": "各类专题促消费活动网络销售额",  # 811 C: 各类专题促消费活动网络销售额
                "target": "≥800万元",  # 811 D: ≥800万元
                "target_adjusted": "≥500万元",  # 811 E: ≥500万元
                "actual": "≥1498.1万元",  # 811 F: ≥1498.1万元
                "weight": 20,  # 811 G: 20
                "score": 20,  # 811 H: 20
                "deviation_reason": "",  # 811 I: (empty)
            },
            {  # 812
                "level1": "效益指标",  # 812 A: (empty) -- carried from 811 A
                "level2": "社会效益指标",  # 812 B: 社会效益指标
                "name": "提高我市市场占有率和知名度",  # 812 C: 提高我市市场占有率和知名度
                "target": "提高",  # 812 D: 提高
                "target_adjusted": "提高",  # 812 E: 提高
                "actual": "达成预期指标",  # 812 F: 达成预期指标
                "weight": 5,  # 812 G: 5
                "score": 5,  # 812 H: 5
                "deviation_reason": "",  # 812 I: (empty)
            },
            {  # 813
                "level1": "效益指标",  # 813 A: (empty) -- carried from 811 A
                "level2": "社会效益指标",  # 813 B: (empty) -- carried from 812 B
                "name": "各类专题促消费活动参与产品数量",  # 813 C: 各类专题促消费活动参与产品数量
                "target": "≥150人",  # 813 D: ≥150人
                "target_adjusted": "≥150人",  # 813 E: ≥150人
                "actual": "≥150人",  # 813 F: ≥150人
                "weight": 5,  # 813 G: 5
                "score": 5,  # 813 H: 5
                "deviation_reason": "",  # 813 I: (empty)
            },
            {  # 814
                "level1": "满意度指标",  # 814 A: 满意度指标
                "level2": "服务对象满意度指标",  # 814 B: 服务对象满意度指标
                "name": "企业满意度",  # 814 C: 企业满意度
                "target": "≥85%",  # 814 D: ≥85%
                "target_adjusted": "≥85%",  # 814 E: ≥85%
                "actual": "≥85%",  # 814 F: ≥85%
                "weight": 10,  # 814 G: 10
                "score": 10,  # 814 H: 10
                "deviation_reason": "",  # 814 I: (empty)
            },
        ],
        "total_score": 67,  # 815 H: 67 (A: 总分)
        "grade": "中",  # 815 I: 中
    },
    # ------------------------------------------------------------------------------------------
    # #9 lines 824-850 (sheet row = line - 823). Indicator header 832: A 绩效指标, B 一级指标.
    "004_project_09_晋城市商务局会议室装修工程.xlsx": {
        "project_name": "晋城市商务局会议室装修工程",  # 824 C: 晋城市商务局会议室装修工程
        "department": "259-晋城市商务局",  # 825 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 825 G: 259001-晋城市商务局
        # 828: B 资金总额: | C 29 | D 29 | E 28.87 | F 28.87 | G 0 | H 100 | I 10
        "budget_declared": 29,  # 828 C: 29
        "budget_initial": 29,  # 828 D: 29
        "budget_full_year": 28.87,  # 828 E: 28.87
        "executed": 28.87,  # 828 F: 28.87
        "budget_balance": 0,  # 828 G: 0
        "execution_rate": 1.0,  # 828 H: 100 -- percent units -> 1.0
        "execution_score": 10,  # 828 I: 10
        "funds": [
            {  # 829: A 市县区财政资金 | 29 | 29 | 28.87 | 28.87 | 0 | 100.00 | 10.00
                "source": "市县区财政资金",  # 829 A: 市县区财政资金
                "budget_declared": 29,  # 829 B: 29
                "budget_initial": 29,  # 829 C: 29
                "budget_full_year": 28.87,  # 829 D: 28.87
                "executed": 28.87,  # 829 E: 28.87
                "budget_balance": 0,  # 829 F: 0
                "execution_rate": 1.0,  # 829 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 829 H: 10.00
            },
        ],
        "indicators": [
            {  # 833: aligned with header 832
                "level1": "产出指标",  # 833 B: 产出指标
                "level2": "数量指标",  # 833 C: 数量指标
                "name": "石膏板吊顶",  # 833 D: 石膏板吊顶
                "target": "-90平方米",  # 833 E: -90平方米
                "target_adjusted": "-90平方米",  # 833 F: -90平方米
                "actual": "-90平方米",  # 833 G: -90平方米
                "weight": 5,  # 833 H: 5
                "score": 5,  # 833 I: 5
                "deviation_reason": "",  # 833 J: (empty)
            },
            {  # 834
                "level1": "产出指标",  # 834 B: (empty) -- carried from 833 B
                "level2": "数量指标",  # 834 C: (empty) -- carried from 833 C
                "name": "双厚无影灯",  # 834 D: 双厚无影灯
                "target": "-90平方米",  # 834 E: -90平方米
                "target_adjusted": "-90平方米",  # 834 F: -90平方米
                "actual": "-90平方米",  # 834 G: -90平方米
                "weight": 5,  # 834 H: 5
                "score": 5,  # 834 I: 5
                "deviation_reason": "",  # 834 J: (empty)
            },
            {  # 835
                "level1": "产出指标",  # 835 B: (empty) -- carried from 833 B
                "level2": "数量指标",  # 835 C: (empty) -- carried from 833 C
                "name": "室内、天棚乳胶漆",  # 835 D: 室内、天棚乳胶漆
                "target": "-220平方米",  # 835 E: -220平方米
                "target_adjusted": "-220平方米",  # 835 F: -220平方米
                "actual": "-220平方米",  # 835 G: -220平方米
                "weight": 5,  # 835 H: 5
                "score": 5,  # 835 I: 5
                "deviation_reason": "",  # 835 J: (empty)
            },
            {  # 836 (the targets "1" are numeric cells in the workbook; the text is "1")
                "level1": "产出指标",  # 836 B: (empty) -- carried from 833 B
                "level2": "数量指标",  # 836 C: (empty) -- carried from 833 C
                "name": "采购LED彩色屏",  # 836 D: 采购LED彩色屏
                "target": "1",  # 836 E: 1
                "target_adjusted": "1",  # 836 F: 1
                "actual": "达成预期指标",  # 836 G: 达成预期指标
                "weight": 5,  # 836 H: 5
                "score": 5,  # 836 I: 5
                "deviation_reason": "",  # 836 J: (empty)
            },
            {  # 837: SHIFTED one left (B 质量指标 | C name | D E F | G 5 | H 5)
                "level1": "产出指标",  # 837 A: (empty) -- carried from 833 B
                "level2": "质量指标",  # 837 B: 质量指标 -- level-2 name in the level-1 column
                "name": "合同款支付达标率",  # 837 C: 合同款支付达标率
                "target": "-100%",  # 837 D: -100%
                "target_adjusted": "-100%",  # 837 E: -100%
                "actual": "-100%",  # 837 F: -100%
                "weight": 5,  # 837 G: 5
                "score": 5,  # 837 H: 5
                "deviation_reason": "",  # 837 I: (empty)
            },
            {  # 838: like 837
                "level1": "产出指标",  # 838 A: (empty) -- carried from 833 B
                "level2": "质量指标",  # 838 B: (empty) -- carried from 837 B
                "name": "五楼会议室投入使用率",  # 838 C: 五楼会议室投入使用率
                "target": "-100%",  # 838 D: -100%
                "target_adjusted": "-100%",  # 838 E: -100%
                "actual": "-100%",  # 838 F: -100%
                "weight": 5,  # 838 G: 5
                "score": 5,  # 838 H: 5
                "deviation_reason": "",  # 838 I: (empty)
            },
            {  # 839: aligned with header
                "level1": "产出指标",  # 839 B: (empty) -- carried from 833 B
                "level2": "时效指标",  # 839 C: 时效指标
                "name": "款项支付时间",  # 839 D: 款项支付时间
                "target": "5月",  # 839 E: 5月
                "target_adjusted": "5月",  # 839 F: 5月
                "actual": "达成预期指标",  # 839 G: 达成预期指标
                "weight": 10,  # 839 H: 10
                "score": 10,  # 839 I: 10
                "deviation_reason": "",  # 839 J: (empty)
            },
            {  # 840: SHIFTED one left (B 成本指标 | C name | D E F | G 10 | H 10)
                "level1": "产出指标",  # 840 B: 成本指标 (level-2 name, shifted) -- level1 carried from 833 B
                "level2": "成本指标",  # 840 B: 成本指标
                "name": "项目成本控制数(万)",  # 840 C: 项目成本控制数(万)
                "target": "-30万",  # 840 D: -30万
                "target_adjusted": "-30万",  # 840 E: -30万
                "actual": "-30万",  # 840 F: -30万
                "weight": 10,  # 840 G: 10
                "score": 10,  # 840 H: 10
                "deviation_reason": "",  # 840 I: (empty)
            },
            {  # 841: aligned
                "level1": "效益指标",  # 841 B: 效益指标
                "level2": "社会效益指标",  # 841 C: 社会效益指标
                "name": "改善办公环境",  # 841 D: 改善办公环境
                "target": "改善",  # 841 E: 改善
                "target_adjusted": "改善",  # 841 F: 改善
                "actual": "达成预期指标",  # 841 G: 达成预期指标
                "weight": 30,  # 841 H: 30
                "score": 30,  # 841 I: 30
                "deviation_reason": "",  # 841 J: (empty)
            },
            {  # 842: SHIFTED one left
                "level1": "满意度指标",  # 842 A: 满意度指标
                "level2": "服务对象满意度",  # 842 B: 服务对象满意度
                "name": "机关工作人员满意度",  # 842 C: 机关工作人员满意度
                "target": "≥90%",  # 842 D: ≥90%
                "target_adjusted": "≥90%",  # 842 E: ≥90%
                "actual": "≥95%",  # 842 F: ≥95%
                "weight": 10,  # 842 G: 10
                "score": 10,  # 842 H: 10
                "deviation_reason": "",  # 842 I: (empty)
            },
        ],
        "total_score": 100,  # 843 H: 100 (A: 总分)
        "grade": "优",  # 843 I: 优
    },
    # ------------------------------------------------------------------------------------------
    # #10 lines 852-877 (sheet row = line - 851). Indicator header 860: A 绩效指标, B 一级指标.
    "004_project_10_晋城市商务领域市场主体倍增项目奖励资金.xlsx": {
        "project_name": "晋城市商务领域市场主体倍增项目奖励资金",  # 852 C: 晋城市商务领域市场主体倍增项目奖励资金
        "department": "259-晋城市商务局",  # 853 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 853 G: 259001-晋城市商务局
        # 856: B 资金总额: | C 336 | D 336 | E 152 | F 152 | G 0 | H 100 | I 10
        "budget_declared": 336,  # 856 C: 336
        "budget_initial": 336,  # 856 D: 336
        "budget_full_year": 152,  # 856 E: 152
        "executed": 152,  # 856 F: 152
        "budget_balance": 0,  # 856 G: 0
        "execution_rate": 1.0,  # 856 H: 100 -- percent units -> 1.0
        "execution_score": 10,  # 856 I: 10
        "funds": [
            {  # 857: A 市县区财政资金 | 336 | 336 | 152 | 152 | 0 | 100.00 | 10.00
                "source": "市县区财政资金",  # 857 A: 市县区财政资金
                "budget_declared": 336,  # 857 B: 336
                "budget_initial": 336,  # 857 C: 336
                "budget_full_year": 152,  # 857 D: 152
                "executed": 152,  # 857 E: 152
                "budget_balance": 0,  # 857 F: 0
                "execution_rate": 1.0,  # 857 G: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 857 H: 10.00
            },
        ],
        "indicators": [
            {  # 861: aligned with header 860
                "level1": "产出指标",  # 861 B: 产出指标
                "level2": "数量指标",  # 861 C: 数量指标
                "name": "补贴企业数量",  # 861 D: 补贴企业数量
                "target": "≥10个",  # 861 E: ≥10个
                "target_adjusted": "≥10个",  # 861 F: ≥10个
                "actual": "≥8个",  # 861 G: ≥8个
                "weight": 20,  # 861 H: 20
                "score": 16,  # 861 I: 16
                "deviation_reason": "因疫情影响,部分企业营业额未能达到补贴标准",  # 861 J: 因疫情影响,部分企业营业额未能达到补贴标准
            },
            {  # 862: SHIFTED one right (D 质量指标 | E name | F G H values | I 10 | J 10)
                # JUDGEMENT: the 10 in J (under 偏差原因) is the 得分; no reason on the row
                "level1": "产出指标",  # 862 B: (empty) -- carried from 861 B
                "level2": "质量指标",  # 862 D: 质量指标 -- level-2 name one column right
                "name": "应补尽补率",  # 862 E: 应补尽补率
                "target": "≥90%",  # 862 F: ≥90%
                "target_adjusted": "≥90%",  # 862 G: ≥90%
                "actual": "≥100%",  # 862 H: ≥100%
                "weight": 10,  # 862 I: 10 -- 分值 (under the 得分 header)
                "score": 10,  # 862 J: 10 -- 得分 (under the 偏差原因 header)
                "deviation_reason": "",  # 862 -: no reason text on the row
            },
            {  # 863: aligned
                "level1": "产出指标",  # 863 B: (empty) -- carried from 861 B
                "level2": "时效指标",  # 863 C: 时效指标
                "name": "奖励资金拨付时间",  # 863 D: 奖励资金拨付时间
                "target": "2023年9月",  # 863 E: 2023年9月
                "target_adjusted": "2023年9月",  # 863 F: 2023年9月
                "actual": "达成预期指标",  # 863 G: 达成预期指标
                "weight": 5,  # 863 H: 5
                "score": 5,  # 863 I: 5
                "deviation_reason": "",  # 863 J: (empty)
            },
            {  # 864: IRREGULAR (B name | C empty | D E targets | F actual | G 5 | H 5)
                # JUDGEMENT: name two columns left, the rest one column left; level2 carried
                "level1": "产出指标",  # 864 B: (holds the name) -- level1 carried from 861 B
                "level2": "时效指标",  # 864 C: (empty) -- carried from 863 C 时效指标
                "name": "项目评审时间",  # 864 B: 项目评审时间
                "target": "2023年7月-8月",  # 864 D: 2023年7月-8月
                "target_adjusted": "2023年7月-8月",  # 864 E: 2023年7月-8月
                "actual": "达成预期指标",  # 864 F: 达成预期指标
                "weight": 5,  # 864 G: 5
                "score": 5,  # 864 H: 5
                "deviation_reason": "",  # 864 I: (empty)
            },
            {  # 865: aligned; JUDGEMENT: B holds 效益指标 on the 成本指标 row -- taken as written
                # (as #1 line 604; by the framework/50-30-10 split it would be 产出指标)
                "level1": "效益指标",  # 865 B: 效益指标 -- as written (see above)
                "level2": "成本指标",  # 865 C: 成本指标
                "name": "项目预算控制数",  # 865 D: 项目预算控制数
                "target": "≤480万元",  # 865 E: ≤480万元
                "target_adjusted": "≤480万元",  # 865 F: ≤480万元
                "actual": "≤152万元",  # 865 G: ≤152万元
                "weight": 10,  # 865 H: 10
                "score": 10,  # 865 I: 10
                "deviation_reason": "",  # 865 J: (empty)
            },
            {  # 866: SHIFTED one right (D 经济效益指标 | E name | F G H | I 10 | J 10)
                # JUDGEMENT: the 10 in J is the 得分
                "level1": "效益指标",  # 866 B: (empty) -- carried from 865 B
                "level2": "经济效益指标",  # 866 D: 经济效益指标 -- one column right
                "name": "带动限上住宿餐饮业营业额增长",  # 866 E: 带动限上住宿餐饮业营业额增长
                "target": "≥8%",  # 866 F: ≥8%
                "target_adjusted": "≥8%",  # 866 G: ≥8%
                "actual": "≥19.6%",  # 866 H: ≥19.6%
                "weight": 10,  # 866 I: 10
                "score": 10,  # 866 J: 10
                "deviation_reason": "",  # 866 -: no reason text on the row
            },
            {  # 867: IRREGULAR (A name | E F G values | H 10 | I 10 | J reason)
                # JUDGEMENT: name in A (the 绩效指标 column); values aligned; levels carried
                "level1": "效益指标",  # 867 B: (empty) -- carried from 865 B
                "level2": "经济效益指标",  # 867 C/D: (empty) -- carried from 866 D 经济效益指标
                "name": "新增限上商贸服务企业",  # 867 A: 新增限上商贸服务企业
                "target": "≥60个",  # 867 E: ≥60个
                "target_adjusted": "≥60个",  # 867 F: ≥60个
                "actual": "≥163个",  # 867 G: ≥163个
                "weight": 10,  # 867 H: 10
                "score": 10,  # 867 I: 10
                "deviation_reason": "市场主体倍增专班对“四上”企业培育工作进行专门安排,加大了对限上商贸服务业企业的培育力度。",  # 867 J: 市场主体倍增专班对“四上”企业培育工作进行专门安排,加大了对限上商贸服务业企业的培育力度。
            },
            {  # 868: SHIFTED three left (A name | B C D values | E 10 | F 10 | G reason)
                "level1": "效益指标",  # 868 -: (none) -- carried from 865 B
                "level2": "经济效益指标",  # 868 -: (none) -- carried from 866 D
                "name": "新增品牌连锁便利店",  # 868 A: 新增品牌连锁便利店
                "target": "≥70个",  # 868 B: ≥70个
                "target_adjusted": "≥70个",  # 868 C: ≥70个
                "actual": "≥100个",  # 868 D: ≥100个
                "weight": 10,  # 868 E: 10
                "score": 10,  # 868 F: 10
                "deviation_reason": "品牌连锁便利店被纳入年度目标任务考核内容,加大了对便利店的支持力度,超额完成任务。",  # 868 G: 品牌连锁便利店被纳入年度目标任务考核内容,加大了对便利店的支持力度,超额完成任务。
            },
            {  # 869: SHIFTED one left
                "level1": "满意度指标",  # 869 A: 满意度指标
                "level2": "服务对象满意度",  # 869 B: 服务对象满意度
                "name": "企业满意度",  # 869 C: 企业满意度
                "target": "≥90%",  # 869 D: ≥90%
                "target_adjusted": "≥90%",  # 869 E: ≥90%
                "actual": "≥100%",  # 869 F: ≥100%
                "weight": 10,  # 869 G: 10
                "score": 10,  # 869 H: 10
                "deviation_reason": "",  # 869 I: (empty)
            },
        ],
        "total_score": 96,  # 870 I: 96 (A: 总分)
        "grade": "优",  # 870 J: 优
    },
    # ------------------------------------------------------------------------------------------
    # #11 lines 879-907 (sheet row = line - 878). Funds header 881/882 has an extra column:
    # C 年初预算数 (C 目标申报数 | D 预算编制数 | E unlabeled) | F 全年预算数 | G 全年执行数 |
    # H 资金结(转)余 | I 执行率 | J 得分 | K 偏差原因.
    "004_project_11_晋城市乡村e镇工作项目.xlsx": {
        "project_name": "晋城市乡村e镇工作项目",  # 879 C: 晋城市乡村e镇工作项目
        "department": "259-晋城市商务局",  # 880 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 880 G: 259001-晋城市商务局
        # 883: C 资金总额: | D (empty) | E 300 | F 300 | G 300 | H 300 | I 0 | J 100 | K (empty) | L 10
        # JUDGEMENT: seven values (E..J, L) for the seven funds columns, read in the form's order
        # (a clerk reads 300 300 300 300 0 100 10 as 申报 编制 全年 执行 结余 执行率 得分). The other
        # reading -- the header's extra column holds one 300 and 目标申报数 is blank -- differs only
        # in budget_declared, which no rule uses; every amount the rules use is the same.
        "budget_declared": 300,  # 883 E: 300
        "budget_initial": 300,  # 883 F: 300
        "budget_full_year": 300,  # 883 G: 300
        "executed": 300,  # 883 H: 300
        "budget_balance": 0,  # 883 I: 0
        "execution_rate": 1.0,  # 883 J: 100 -- percent units -> 1.0
        "execution_score": 10,  # 883 L: 10 -- K is empty
        "funds": [
            {  # 884: A 市市区财政资金 | B (empty) | C 300 | D 300 | E 300 | F 300 | G 0 | H 100.00 | I 10.00
                "source": "市市区财政资金",  # 884 A: 市市区财政资金
                "budget_declared": 300,  # 884 C: 300 (seven values in order, as on row 883)
                "budget_initial": 300,  # 884 D: 300
                "budget_full_year": 300,  # 884 E: 300
                "executed": 300,  # 884 F: 300
                "budget_balance": 0,  # 884 G: 0
                "execution_rate": 1.0,  # 884 H: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 884 I: 10.00
            },
        ],
        "indicators": [
            {  # 888: aligned with header 887 (A 绩效指标, B 一级指标)
                "level1": "产出指标",  # 888 B: 产出指标
                "level2": "数量指标",  # 888 C: 数量指标
                "name": "培育乡村e镇数量",  # 888 D: 培育乡村e镇数量
                "target": "-2个",  # 888 E: -2个
                "target_adjusted": "-2个",  # 888 F: -2个
                "actual": "-2个",  # 888 G: -2个
                "weight": 5,  # 888 H: 5
                "score": 5,  # 888 I: 5
                "deviation_reason": "2023年省商务厅重视乡村e镇建设,市级同步召开推进会较多。",  # 888 J: 2023年省商务厅重视乡村e镇建设,市级同步召开推进会较多。
            },
            {  # 889
                "level1": "产出指标",  # 889 B: (empty) -- carried from 888 B
                "level2": "数量指标",  # 889 C: (empty) -- carried from 888 C
                "name": "实地督导培育工作",  # 889 D: 实地督导培育工作
                "target": "≥1次",  # 889 E: ≥1次
                "target_adjusted": "≥1次",  # 889 F: ≥1次
                "actual": "≥2次",  # 889 G: ≥2次
                "weight": 5,  # 889 H: 5
                "score": 5,  # 889 I: 5
                "deviation_reason": "",  # 889 J: (empty)
            },
            {  # 890
                "level1": "产出指标",  # 890 B: (empty) -- carried from 888 B
                "level2": "数量指标",  # 890 C: (empty) -- carried from 888 C
                "name": "召开乡村e镇工作推进会",  # 890 D: 召开乡村e镇工作推进会
                "target": "≥1次",  # 890 E: ≥1次
                "target_adjusted": "≥1次",  # 890 F: ≥1次
                "actual": "≥4次",  # 890 G: ≥4次
                "weight": 10,  # 890 H: 10
                "score": 10,  # 890 I: 10
                "deviation_reason": "",  # 890 J: (empty)
            },
            {  # 891
                "level1": "产出指标",  # 891 B: (empty) -- carried from 888 B
                "level2": "质量指标",  # 891 C: 质量指标
                "name": "建设标准中的28项约束性指标",  # 891 D: 建设标准中的28项约束性指标
                "target": "完成",  # 891 E: 完成
                "target_adjusted": "完成",  # 891 F: 完成
                "actual": "达成预期指标",  # 891 G: 达成预期指标
                "weight": 5,  # 891 H: 5
                "score": 5,  # 891 I: 5
                "deviation_reason": "",  # 891 J: (empty)
            },
            {  # 892
                "level1": "产出指标",  # 892 B: (empty) -- carried from 888 B
                "level2": "质量指标",  # 892 C: (empty) -- carried from 891 C
                "name": "验收合格率",  # 892 D: 验收合格率
                "target": "≥90%",  # 892 E: ≥90%
                "target_adjusted": "≥90%",  # 892 F: ≥90%
                "actual": "≥100%",  # 892 G: ≥100%
                "weight": 5,  # 892 H: 5
                "score": 5,  # 892 I: 5
                "deviation_reason": "",  # 892 J: (empty)
            },
            {  # 893: SHIFTED one right (D 时效指标 | E name | F G targets | H actual | I 10 | J empty | K 10)
                # JUDGEMENT: the lone 10 in K (right of the table) is the 得分
                "level1": "产出指标",  # 893 B: (empty) -- carried from 888 B
                "level2": "时效指标",  # 893 D: 时效指标 -- one column right
                "name": "市级配套资金拨付时间",  # 893 E: 市级配套资金拨付时间
                "target": "2023年底前",  # 893 F: 2023年底前
                "target_adjusted": "2023年底前",  # 893 G: 2023年底前
                "actual": "达成预期指标",  # 893 H: 达成预期指标
                "weight": 10,  # 893 I: 10
                "score": 10,  # 893 K: 10 -- J is empty
                "deviation_reason": "",  # 893 J: (empty)
            },
            {  # 894: SHIFTED one left (B 成本指标 | C name | D E F | G 5 | H 5)
                "level1": "产出指标",  # 894 B: 成本指标 (level-2 name, shifted) -- level1 carried from 888 B
                "level2": "成本指标",  # 894 B: 成本指标
                "name": "高都智慧文旅e镇",  # 894 C: 高都智慧文旅e镇
                "target": "-200万",  # 894 D: -200万
                "target_adjusted": "-200万",  # 894 E: -200万
                "actual": "-200万",  # 894 F: -200万
                "weight": 5,  # 894 G: 5
                "score": 5,  # 894 H: 5
                "deviation_reason": "",  # 894 I: (empty)
            },
            {  # 895: like 894
                "level1": "产出指标",  # 895 B: (empty) -- carried from 888 B
                "level2": "成本指标",  # 895 B: (empty) -- carried from 894 B
                "name": "寺头e镇",  # 895 C: 寺头e镇
                "target": "-100万",  # 895 D: -100万
                "target_adjusted": "-100万",  # 895 E: -100万
                "actual": "-100万",  # 895 F: -100万
                "weight": 5,  # 895 G: 5
                "score": 5,  # 895 H: 5
                "deviation_reason": "",  # 895 I: (empty)
            },
            {  # 896: aligned
                "level1": "效益指标",  # 896 B: 效益指标
                "level2": "经济效益指标",  # 896 C: 经济效益指标
                "name": "建成后“十四五”期间年总产值",  # 896 D: 建成后“十四五”期间年总产值
                "target": "≥2亿元/年镇",  # 896 E: ≥2亿元/年镇
                "target_adjusted": "≥2亿元/年镇",  # 896 F: ≥2亿元/年镇
                "actual": "≥3.69亿元/年镇",  # 896 G: ≥3.69亿元/年镇
                "weight": 10,  # 896 H: 10
                "score": 10,  # 896 I: 10
                "deviation_reason": "乡村e镇运营良好。",  # 896 J: 乡村e镇运营良好。
            },
            {  # 897: IRREGULAR (A 社会效益指标 | B empty | C name | D E F | G 10 | H 10)
                # JUDGEMENT: 社会效益指标 (in A) is the level-2 name; level1 carried
                "level1": "效益指标",  # 897 A: 社会效益指标 (level-2 name) -- level1 carried from 896 B
                "level2": "社会效益指标",  # 897 A: 社会效益指标
                "name": "发展壮大市场主体",  # 897 C: 发展壮大市场主体
                "target": "≥10个/年镇",  # 897 D: ≥10个/年镇
                "target_adjusted": "≥10个/年镇",  # 897 E: ≥10个/年镇
                "actual": "≥10个/年镇",  # 897 F: ≥10个/年镇
                "weight": 10,  # 897 G: 10
                "score": 10,  # 897 H: 10
                "deviation_reason": "",  # 897 I: (empty)
            },
            {  # 898: like 897
                "level1": "效益指标",  # 898 A: 可持续影响指标 (level-2 name) -- level1 carried from 896 B
                "level2": "可持续影响指标",  # 898 A: 可持续影响指标
                "name": "“产业+电商+配套”的可持续发展电商",  # 898 C: “产业+电商+配套”的可持续发展电商
                "target": "实现",  # 898 D: 实现
                "target_adjusted": "实现",  # 898 E: 实现
                "actual": "达成预期指标",  # 898 F: 达成预期指标
                "weight": 10,  # 898 G: 10
                "score": 10,  # 898 H: 10
                "deviation_reason": "",  # 898 I: (empty)
            },
            {  # 899: SHIFTED one left
                "level1": "满意度指标",  # 899 A: 满意度指标
                "level2": "服务对象满意度",  # 899 B: 服务对象满意度
                "name": "服务对象满意度",  # 899 C: 服务对象满意度
                "target": "≥90%",  # 899 D: ≥90%
                "target_adjusted": "≥90%",  # 899 E: ≥90%
                "actual": "≥90%",  # 899 F: ≥90%
                "weight": 10,  # 899 G: 10
                "score": 10,  # 899 H: 10
                "deviation_reason": "",  # 899 I: (empty)
            },
        ],
        "total_score": 100,  # 900 I: 100 (A: 总分)
        "grade": "优",  # 900 J: 优
    },
    # ------------------------------------------------------------------------------------------
    # #12 lines 909-935 (sheet row = line - 908). Funds: the label 资金总额: stands in B911 on the
    # header row and has no values; the only values are on the sub-row 913 (市区县财政资金).
    "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx": {
        "project_name": "晋城市中心城区商业网点设施布局专项规划编制费用",  # 909 C: 晋城市中心城区商业网点设施布局专项规划编制费用
        "department": "259-晋城市商务局",  # 910 C: 259-晋城市商务局
        "unit": "259001-晋城市商务局",  # 910 G: 259001-晋城市商务局
        # 913: C 市区县财政资金 | D 80 | E 80 | F 39.8 | G 39.8 | H 0 | I 100.00 | J 10.00
        # JUDGEMENT: the total row has no values of its own (B911 资金总额: sits on the header row);
        # the single fund source is the whole funding, so the totals are read from row 913 (a
        # clerk reads 资金总额 = 80 / 80 / 39.8 / 39.8 / 0 / 100% / 10). Row 913 is also funds[0].
        "budget_declared": 80,  # 913 D: 80
        "budget_initial": 80,  # 913 E: 80
        "budget_full_year": 39.8,  # 913 F: 39.8
        "executed": 39.8,  # 913 G: 39.8
        "budget_balance": 0,  # 913 H: 0
        "execution_rate": 1.0,  # 913 I: 100.00 -- percent units -> 1.0
        "execution_score": 10,  # 913 J: 10.00
        "funds": [
            {  # 913 (see above)
                "source": "市区县财政资金",  # 913 C: 市区县财政资金
                "budget_declared": 80,  # 913 D: 80
                "budget_initial": 80,  # 913 E: 80
                "budget_full_year": 39.8,  # 913 F: 39.8
                "executed": 39.8,  # 913 G: 39.8
                "budget_balance": 0,  # 913 H: 0
                "execution_rate": 1.0,  # 913 I: 100.00 -- percent units -> 1.0
                "execution_score": 10,  # 913 J: 10.00
            },
        ],
        "indicators": [
            {  # 917: aligned with header 916 (A 绩效指标, B 一级指标)
                "level1": "产出指标",  # 917 B: 产出指标
                "level2": "数量指标",  # 917 C: 数量指标
                "name": "商业网点数量",  # 917 D: 商业网点数量
                "target": "≥20个",  # 917 E: ≥20个
                "target_adjusted": "≥20个",  # 917 F: ≥20个
                "actual": "≥20个",  # 917 G: ≥20个
                "weight": 10,  # 917 H: 10
                "score": 10,  # 917 I: 10
                "deviation_reason": "",  # 917 J: (empty)
            },
            {  # 918
                "level1": "产出指标",  # 918 B: (empty) -- carried from 917 B
                "level2": "数量指标",  # 918 C: (empty) -- carried from 917 C
                "name": "编制规划数量",  # 918 D: 编制规划数量
                "target": "=1个",  # 918 E: =1个
                "target_adjusted": "=1个",  # 918 F: =1个
                "actual": "=1个",  # 918 G: =1个
                "weight": 10,  # 918 H: 10
                "score": 10,  # 918 I: 10
                "deviation_reason": "",  # 918 J: (empty)
            },
            {  # 919
                "level1": "产出指标",  # 919 B: (empty) -- carried from 917 B
                "level2": "质量指标",  # 919 C: 质量指标
                "name": "调研摸底覆盖率",  # 919 D: 调研摸底覆盖率
                "target": "≥95%",  # 919 E: ≥95%
                "target_adjusted": "≥95%",  # 919 F: ≥95%
                "actual": "≥100%",  # 919 G: ≥100%
                "weight": 5,  # 919 H: 5
                "score": 5,  # 919 I: 5
                "deviation_reason": "",  # 919 J: (empty)
            },
            {  # 920
                "level1": "产出指标",  # 920 B: (empty) -- carried from 917 B
                "level2": "质量指标",  # 920 C: (empty) -- carried from 919 C
                "name": "规划评审通过率",  # 920 D: 规划评审通过率
                "target": "≥95%",  # 920 E: ≥95%
                "target_adjusted": "≥95%",  # 920 F: ≥95%
                "actual": "≥100%",  # 920 G: ≥100%
                "weight": 5,  # 920 H: 5
                "score": 5,  # 920 I: 5
                "deviation_reason": "",  # 920 J: (empty)
            },
            {  # 921: SHIFTED one left (B 时效指标 | C name | D E F | G 10 | H 9 | I reason)
                "level1": "产出指标",  # 921 A: (empty) -- carried from 917 B
                "level2": "时效指标",  # 921 B: 时效指标 -- level-2 name in the level-1 column
                "name": "编制完成时间",  # 921 C: 编制完成时间
                "target": "2023年底前",  # 921 D: 2023年底前
                "target_adjusted": "2023年底前",  # 921 E: 2023年底前
                "actual": "部分达成预期指标并具有一定效果",  # 921 F: 部分达成预期指标并具有一定效果
                "weight": 10,  # 921 G: 10
                "score": 9,  # 921 H: 9
                "deviation_reason": "由于该规划是专项规划,必须落实上位规划(《晋城市国土空间总体规划》)的相关要求,《晋城市国土空间总体规划》于2023年11月24日正式获省政府批复,商业网点需要结合总体规划进一步修改完善,预计于2024年完成。",  # 921 I: 由于该规划是专项规划,必须落实上位规划(《晋城市国土空间总体规划》)的相关要求,…预计于2024年完成。
            },
            {  # 922: SHIFTED one left (B 成本指标 | C name | D E F | G 10 | H 9 | I reason)
                "level1": "产出指标",  # 922 B: 成本指标 (level-2 name, shifted) -- level1 carried from 917 B
                "level2": "成本指标",  # 922 B: 成本指标
                "name": "编制费用",  # 922 C: 编制费用
                "target": "=100万元",  # 922 D: =100万元
                "target_adjusted": "=100万元",  # 922 E: =100万元
                "actual": "=39.8万元",  # 922 F: =39.8万元
                "weight": 10,  # 922 G: 10
                "score": 9,  # 922 H: 9
                "deviation_reason": "该项目中标价格按照《规划设计合同》,合同签订生效后10天内,甲方支付乙方合同总额的50%,计39.8万元。",  # 922 I: 该项目中标价格按照《规划设计合同》,合同签订生效后10天内,甲方支付乙方合同总额的50%,计39.8万元。
            },
            {  # 923: aligned
                "level1": "效益指标",  # 923 B: 效益指标
                "level2": "经济效益指标",  # 923 C: 经济效益指标
                "name": "社会消费品零售总额同比增长",  # 923 D: 社会消费品零售总额同比增长
                "target": "≥5%",  # 923 E: ≥5%
                "target_adjusted": "≥5%",  # 923 F: ≥5%
                "actual": "≥8%",  # 923 G: ≥8%
                "weight": 5,  # 923 H: 5
                "score": 5,  # 923 I: 5
                "deviation_reason": "2023年,消费促进金更升温,消费市场活跃,带动经济稳中向好。",  # 923 J: 2023年,消费促进金更升温,消费市场活跃,带动经济稳中向好。
            },
            {  # 924: aligned
                "level1": "效益指标",  # 924 B: (empty) -- carried from 923 B
                "level2": "经济效益指标",  # 924 C: (empty) -- carried from 923 C
                "name": "提高应急保供能力",  # 924 D: 提高应急保供能力
                "target": "提高",  # 924 E: 提高
                "target_adjusted": "提高",  # 924 F: 提高
                "actual": "部分达成预期指标并具有一定效果",  # 924 G: 部分达成预期指标并具有一定效果
                "weight": 10,  # 924 H: 10
                "score": 8,  # 924 I: 8
                "deviation_reason": "规划尚未编制完成。",  # 924 J: 规划尚未编制完成。
            },
            {  # 925: aligned
                "level1": "效益指标",  # 925 B: (empty) -- carried from 923 B
                "level2": "社会效益指标",  # 925 C: 社会效益指标
                "name": "带动就业人数",  # 925 D: 带动就业人数
                "target": "≥3000人",  # 925 E: ≥3000人
                "target_adjusted": "≥3000人",  # 925 F: ≥3000人
                "actual": "≥0人",  # 925 G: ≥0人
                "weight": 5,  # 925 H: 5
                "score": 0,  # 925 I: 0
                "deviation_reason": "由于该规划未正式发布实施,无法统计带动就业人数。",  # 925 J: 由于该规划未正式发布实施,无法统计带动就业人数。
            },
            {  # 926: IRREGULAR (A 可持续影响指标 | B empty | C name | D E F | G 10 | H 8 | I reason)
                # JUDGEMENT: 可持续影响指标 (in A) is the level-2 name; level1 carried
                "level1": "效益指标",  # 926 A: 可持续影响指标 (level-2 name) -- level1 carried from 923 B
                "level2": "可持续影响指标",  # 926 A: 可持续影响指标
                "name": "拉动经济增长",  # 926 C: 拉动经济增长
                "target": "增长",  # 926 D: 增长
                "target_adjusted": "增长",  # 926 E: 增长
                "actual": "部分达成预期指标并具有一定效果",  # 926 F: 部分达成预期指标并具有一定效果
                "weight": 10,  # 926 G: 10
                "score": 8,  # 926 H: 8
                "deviation_reason": "规划尚未编制完成。",  # 926 I: 规划尚未编制完成。
            },
            {  # 927: SHIFTED one left
                "level1": "满意度指标",  # 927 A: 满意度指标
                "level2": "服务对象满意度",  # 927 B: 服务对象满意度
                "name": "居民满意度",  # 927 C: 居民满意度
                "target": "≥90%",  # 927 D: ≥90%
                "target_adjusted": "≥90%",  # 927 E: ≥90%
                "actual": "≥90%",  # 927 F: ≥90%
                "weight": 10,  # 927 G: 10
                "score": 10,  # 927 H: 10
                "deviation_reason": "",  # 927 I: (empty)
            },
        ],
        "total_score": 89,  # 928 H: 89 (A: 总分)
        "grade": "良",  # 928 I: 良
    },
}
