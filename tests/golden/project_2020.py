"""Hand-made golden record for the sample form 001_project_服务外向型经济工作经费.xlsx (template
"project-2020": 项目支出绩效自评表 of the 财预〔2020〕10号 type, 武威 2021).

Worked out by hand from the seed text tests/data/seeds/001_111099e829c6ea1e.txt lines 3-29, never by
running the engine. One seed line = one sheet row, one TAB field = one cell (field 1 = column A,
field 2 = B, ...); see samples/README-seed.md.

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from (the sheet row is LINE - 2). "(empty)" is a blank cell. Where the
value is a reading rather than a copy (a shifted row, a level carried down, a missing cell), the
comment says so after "--", and "JUDGEMENT" marks a call that could reasonably go the other way.

Record fields: project_name, department (主管部门), unit (实施单位), year (from the title); the funds
total row 年度资金总额: budget_initial (年初预算数), budget_full_year (全年预算数), executed (全年执行数),
execution_weight (分值), execution_rate (执行率, a fraction), execution_score (得分); funds (the rows
under it: source = the row label as written, the same six keys, None when the cell is blank or "—");
indicators (level1, level2, name, target = 年度指标值, actual = 实际完成值, weight = 分值, score = 得分,
deviation_reason = 偏差原因分析及改进措施); total_score (总分 row: its last number). The form has no
grade.

General readings used throughout (judgement calls, see also the per-row comments):
- Shifted rows are read by meaning, not by column: the text cells in order are level1 / level2 /
  name / 年度指标值 / 实际完成值, then the two numbers are 分值 and 得分, then the reason text, with the
  leading levels taken from above when the row starts with a lower level.
- level1 / level2 are carried down from the rows above when the row leaves them empty (merged in the
  workbook). 成本指标 is a level-2 name even where it stands in the 一级 column (line 22): the 2020 MOF
  framework puts 成本指标 under 产出指标, and tests/golden/project_2023.py reads it so; level1 is then
  产出指标, carried down.
- Text values are the cell text exactly as in the seed; a numeric cell is given as the text it shows
  (实际完成值 "1", "3", "2"). The range targets "1-2次", "3-5家" stay text.
- 执行率 "100.00%" is a numeric cell holding 1.0 with a percent format; the record holds the fraction.
- The form's non-standard weights are kept as written (RULES §6.2: 分值 100 on the funds row,
  indicator weights summing to 100, 总分 row "100 / 90"); the record reports, the checks judge.
"""

TEMPLATE = "project-2020"

# Fields that must NOT be in the record.
ABSENT = {
    "001_project_服务外向型经济工作经费.xlsx": ("grade",),  # the form has no grade row
}

EXPECTED = {
    # ------------------------------------------------------------------------------------------
    # 001 lines 3-29 (sheet row = line - 2); 市对外经济贸易发展服务中心 2021
    "001_project_服务外向型经济工作经费.xlsx": {
        "project_name": "服务外向型经济工作经费",  # 5 B: 服务外向型经济工作经费 (A: 项目名称)
        "department": "市商务局",  # 6 B: 市商务局 (A: 主管部门)
        "unit": "市对外经济贸易发展服务中心",  # 6 F: 市对外经济贸易发展服务中心 (E: 实施单位)
        "year": 2021,  # 3 A: ## 2021年市外服中心预算项目支出绩效自评表 -- the year of the title
        # Funds header 7: A 项目资金（万元） | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分
        # 8: B 年度资金总额 | C 8.6 | D 8.6 | E 8.6 | F 100 | G 100.00% | H 100 (aligned)
        "budget_initial": 8.6,  # 8 C: 8.6
        "budget_full_year": 8.6,  # 8 D: 8.6
        "executed": 8.6,  # 8 E: 8.6
        "execution_weight": 100,  # 8 F: 100 -- as written (the standard form has 10; RULES §6.2 #1)
        "execution_rate": 1.0,  # 8 G: 100.00% -- percent cell, fraction 1.0
        "execution_score": 100,  # 8 H: 100 -- as written
        "funds": [
            {  # 9: aligned
                "source": "其中：当年财政拨款",  # 9 B: 其中：当年财政拨款
                "budget_initial": 8.6,  # 9 C: 8.6
                "budget_full_year": 8.6,  # 9 D: 8.6
                "executed": None,  # 9 E: (empty) -- blank although the total row has 8.6 (RULES §6.2 #8)
                "execution_weight": None,  # 9 F: —
                "execution_rate": None,  # 9 G: (empty)
                "execution_score": None,  # 9 H: —
            },
            {  # 10: label only
                "source": "上年结转资金",  # 10 B: 上年结转资金
                "budget_initial": None,  # 10 C: (empty)
                "budget_full_year": None,  # 10 D: (empty)
                "executed": None,  # 10 E: (empty)
                "execution_weight": None,  # 10 F: —
                "execution_rate": None,  # 10 G: (empty)
                "execution_score": None,  # 10 H: —
            },
            {  # 11: label only
                "source": "其他资金",  # 11 B: 其他资金
                "budget_initial": None,  # 11 C: (empty)
                "budget_full_year": None,  # 11 D: (empty)
                "executed": None,  # 11 E: (empty)
                "execution_weight": None,  # 11 F: —
                "execution_rate": None,  # 11 G: (empty)
                "execution_score": None,  # 11 H: —
            },
        ],
        # 12-13: 年度总体目标 (预期目标 / 实际完成情况) -- no record field.
        # Indicator header 14: A 绩效指标 | B 一级指标 | C 二级指标 | D 三级指标 | E 年度指标值 |
        # F 实际完成值 | G 分值 | H 得分 | I 偏差原因分析及改进措施
        "indicators": [
            {  # 15: aligned
                "level1": "产出指标",  # 15 B: 产出指标
                "level2": "数量指标",  # 15 C: 数量指标
                "name": "指标1：外出考察次数",  # 15 D: 指标1：外出考察次数
                "target": "1-2次",  # 15 E: 1-2次
                "actual": "1",  # 15 F: 1 -- numeric cell, the text it shows
                "weight": 10,  # 15 G: 10
                "score": 8,  # 15 H: 8
                "deviation_reason": "",  # 15 I: (empty)
            },
            {  # 16
                "level1": "产出指标",  # 16 B: (empty) -- carried from 15 B
                "level2": "数量指标",  # 16 C: (empty) -- carried from 15 C
                "name": "指标2：举行培训班次数",  # 16 D: 指标2：举行培训班次数
                "target": "1-2次",  # 16 E: 1-2次
                "actual": "1",  # 16 F: 1
                "weight": 5,  # 16 G: 5
                "score": 5,  # 16 H: 5
                "deviation_reason": "",  # 16 I: (empty)
            },
            {  # 17
                "level1": "产出指标",  # 17 B: (empty) -- carried from 15 B
                "level2": "数量指标",  # 17 C: (empty) -- carried from 15 C
                "name": "指标3：组织参展企业数",  # 17 D: 指标3：组织参展企业数
                "target": "3-5家",  # 17 E: 3-5家
                "actual": "3",  # 17 F: 3
                "weight": 10,  # 17 G: 10
                "score": 8,  # 17 H: 8
                "deviation_reason": "",  # 17 I: (empty)
            },
            {  # 18
                "level1": "产出指标",  # 18 B: (empty) -- carried from 15 B
                "level2": "质量指标",  # 18 C: 质量指标
                "name": "指标1：考察学习情况",  # 18 D: 指标1：考察学习情况
                "target": "1-2次",  # 18 E: 1-2次
                "actual": "1",  # 18 F: 1
                "weight": 10,  # 18 G: 10
                "score": 8,  # 18 H: 8
                "deviation_reason": "",  # 18 I: (empty)
            },
            {  # 19
                "level1": "产出指标",  # 19 B: (empty) -- carried from 15 B
                "level2": "质量指标",  # 19 C: (empty) -- carried from 18 C
                "name": "指标2：举行培训班情况",  # 19 D: 指标2：举行培训班情况
                "target": "1-2次",  # 19 E: 1-2次
                "actual": "1",  # 19 F: 1
                "weight": 5,  # 19 G: 5
                "score": 4,  # 19 H: 4
                "deviation_reason": "",  # 19 I: (empty)
            },
            {  # 20
                "level1": "产出指标",  # 20 B: (empty) -- carried from 15 B
                "level2": "质量指标",  # 20 C: (empty) -- carried from 18 C
                "name": "指标3：参加展会情况",  # 20 D: 指标3：参加展会情况
                "target": "3-5家",  # 20 E: 3-5家
                "actual": "2",  # 20 F: 2
                "weight": 10,  # 20 G: 10
                "score": 8,  # 20 H: 8
                "deviation_reason": "",  # 20 I: (empty)
            },
            {  # 21
                "level1": "产出指标",  # 21 B: (empty) -- carried from 15 B
                "level2": "时效指标",  # 21 C: 时效指标
                "name": "指标1：按时完成",  # 21 D: 指标1：按时完成
                "target": "完成",  # 21 E: 完成
                "actual": "完成",  # 21 F: 完成
                "weight": 5,  # 21 G: 5
                "score": 4,  # 21 H: 4
                "deviation_reason": "",  # 21 I: (empty)
            },
            {  # 22: SHIFTED one column left (B 成本指标 | C name | D target | E actual | F 5 | G 5)
                # JUDGEMENT: 成本指标 in the 一级 column is the level-2 name (see module docstring);
                # level1 产出指标 carried down. Rejected: level1 = 成本指标 (the 2021 framework's
                # first-level 成本指标), for the reasons given in project_2023.py.
                "level1": "产出指标",  # 22 B: 成本指标 (a level-2 name) -- level1 carried from 15 B
                "level2": "成本指标",  # 22 B: 成本指标 -- level-2 name in the 一级 column (shifted)
                "name": "指标1：严格按相关规定执行",  # 22 C: 指标1：严格按相关规定执行 -- shifted
                "target": "合规",  # 22 D: 合规 -- shifted, 年度指标值
                "actual": "合规",  # 22 E: 合规 -- shifted, 实际完成值
                "weight": 5,  # 22 F: 5 -- shifted, 分值
                "score": 5,  # 22 G: 5 -- shifted, 得分
                "deviation_reason": "",  # 22 H: (empty) -- shifted, no reason text on the row
            },
            {  # 23: aligned
                "level1": "效益指标",  # 23 B: 效益指标
                "level2": "经济效益指标",  # 23 C: 经济效益指标
                "name": "指标1：进出口贸易额保持正增长",  # 23 D: 指标1：进出口贸易额保持正增长
                "target": "正增长",  # 23 E: 正增长
                "actual": "正增长",  # 23 F: 正增长
                "weight": 10,  # 23 G: 10
                "score": 10,  # 23 H: 10
                "deviation_reason": "",  # 23 I: (empty)
            },
            {  # 24
                "level1": "效益指标",  # 24 B: (empty) -- carried from 23 B
                "level2": "社会效益指标",  # 24 C: 社会效益指标
                "name": "指标1：外贸企业稳定发展",  # 24 D: 指标1：外贸企业稳定发展
                "target": "稳定",  # 24 E: 稳定
                "actual": "稳定",  # 24 F: 稳定
                "weight": 10,  # 24 G: 10
                "score": 10,  # 24 H: 10
                "deviation_reason": "",  # 24 I: (empty)
            },
            {  # 25
                "level1": "效益指标",  # 25 B: (empty) -- carried from 23 B
                "level2": "生态效益指标",  # 25 C: 生态效益指标
                "name": "指标1：企业发展符合环保要求",  # 25 D: 指标1：企业发展符合环保要求
                "target": "符合",  # 25 E: 符合
                "actual": "符合",  # 25 F: 符合
                "weight": 5,  # 25 G: 5
                "score": 5,  # 25 H: 5
                "deviation_reason": "",  # 25 I: (empty)
            },
            {  # 26
                "level1": "效益指标",  # 26 B: (empty) -- carried from 23 B
                "level2": "可持续影响指标",  # 26 C: 可持续影响指标
                "name": "指标1：外向型经济健康发展",  # 26 D: 指标1：外向型经济健康发展
                "target": "健康",  # 26 E: 健康
                "actual": "健康",  # 26 F: 健康
                "weight": 5,  # 26 G: 5
                "score": 5,  # 26 H: 5
                "deviation_reason": "",  # 26 I: (empty)
            },
            {  # 27: SHIFTED one column left (A level1 | B level2 | C empty | D target | E actual | F 10 | G 10)
                # JUDGEMENT: the row has no 三级 name: C (the name's place in the shifted row) is
                # empty and 满意 / 满意 (D, E) are the 年度指标值 and 实际完成值, so name = "".
                "level1": "满意度指标",  # 27 A: 满意度指标 -- shifted
                "level2": "服务对象满意度指标",  # 27 B: 服务对象满意度指标 -- shifted
                "name": "",  # 27 C: (empty) -- no 三级指标 written
                "target": "满意",  # 27 D: 满意 -- shifted, 年度指标值
                "actual": "满意",  # 27 E: 满意 -- shifted, 实际完成值
                "weight": 10,  # 27 F: 10 -- shifted, 分值
                "score": 10,  # 27 G: 10 -- shifted, 得分
                "deviation_reason": "",  # 27 H: (empty) -- shifted
            },
        ],
        # 28: A 总分 | F 100 | G 90 -- F is the weight sum (100), G the score
        "total_score": 90,  # 28 G: 90 (A: 总分) -- the last number on the row
        # "grade": absent -- the form has no grade row (29 A: 说明, nothing else)
    },
}
