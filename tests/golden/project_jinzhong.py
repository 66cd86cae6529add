"""Hand-made golden records for the six 晋中市财政支出项目绩效自评表 samples (template
"project-jinzhong-2020"): 000_project_*, 002_project_* (2), 003_project_* (3).

Worked out by hand from the seed text tests/data/seeds/{000,002,003}_*.txt, never by running the
engine. Each workbook was made from one seed line range (one seed line = one sheet row, one TAB field
= one cell: field 1 = column A, field 2 = B, ...); see samples/README-seed.md.

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from (the sheet row is LINE - first line of the form + 1). "(empty)" is
a blank cell; "-" means no cell at all on that row. Where the value is a reading rather than a copy
(a shifted row, a level carried down or supplied, a value slipped into the next column), the comment
says so after "--", and "JUDGEMENT" marks a call that could reasonably go the other way.

Record fields: project_name, department, unit, project_type, year; the funds block budget_city,
budget_other, funds_allocated, executed, executed_carryover, executed_upper, executed_other (numbers
as written, None when the value cell is blank); indicators (绩效目标实现情况: level1, level2, name,
target, actual, completion); items (评分表 indicator rows: level2, name, weight, score); sections /
section_weights (投入/过程/产出/效果 section rows, keys without the spaces and colons of the form);
total_score, grade.

General readings used throughout (judgement calls, see also the per-row comments):
- Text values are the cell text exactly as in the seed, including the spaces the PDF extraction left
  inside words ("晋中市招商 引资服务中", "可持续影响指 标", "服务对象满意 度指标") and the
  full-width vs ASCII colons of "指标1：" / "指标1:". Numeric cells are given as Excel displays them
  ("67%", "0", "18", "7.6", "1695.7", "100").
- Indicator rows: every row that has a 三级指标 name is included, also rows whose name is only
  "指标2：" / "指标1:" with nothing else (target/actual/completion ""). Rows that hold only a level-2
  word and no name at all (003 lines 89, 90, 230, 231) are not indicator rows and are left out.
- Shifted rows are read by meaning, not by column: in order the text cells are level1 / level2 /
  name / target / actual / completion. Where one column of a row is empty and the next value stands
  one column right (完成进度 written in G with F empty; the actual written in G with F empty), the
  value is given to the field a clerk reads it as, and the comment says "slipped".
- level1 / level2 are carried down from the rows above when the row leaves them empty (merged in the
  workbook). A level-2 word written in column A is level2, not level1. JUDGEMENT: where the form
  writes no level-1 label for a row, or the level-1 label stands on a row whose level-2 category
  belongs elsewhere (the PDF extraction put vertically centred labels mid-range), level1 is the
  category the level-2 name belongs to (数量/质量/时效/成本指标 -> 产出指标; 经济/社会/生态效益指标,
  可持续影响指标 -> 效益指标; 服务对象满意度指标 -> 满意度指标). This differs from a mechanical carry-down
  only in 003 lines 86, 88 (信息化平台) and 225-228 (新动能专项资金); each such row says what the
  mechanical reading would give. Same for the 评分表 level2 of 003 line 246 (管理制度健全性 above its
  财务管理 label).
- "unit" is left out of a record whose form has no 实施单位 label (000); it is None where the label
  is there but no value is written anywhere (003 新动能专项资金).
"""

TEMPLATE = "project-jinzhong-2020"

EXPECTED = {
    # ------------------------------------------------------------------------------------------
    # 000 lines 3-68 (sheet row = line - 2); 晋中市商务局 2021
    "000_project_出口信用保险保费补助资金.xlsx": {
        "project_name": "出口信用保险保费补助资金",  # 9 C: 出口信用保险保费补助资金 (A: 项目名称)
        "department": "资环科",  # 10 C: 资环科 (A: 主管部门; D: 晋中市商务局 is the next cell, not taken)
        # "unit": absent -- the form has no 实施单位 label (line 10 has only 主管部门)
        "project_type": "经常性项目",  # 11 C: 经常性项目 (A: 项目属性)
        "year": 2021,  # 5 A: (2021 年度)
        "budget_city": 160.00,  # 12 D: 160.00 (B: 预算资金, C: 市级预算资金)
        "budget_other": 0.00,  # 13 D: 0.00 (C: 其他)
        "funds_allocated": 0.00,  # 14 D: 0.00 (B: 预算下达资金; value two cells right)
        "executed": 0.00,  # 15 D: 0.00 (B: 实际支出资金, C: 市级预算资金)
        "executed_carryover": 0.00,  # 16 D: 0.00 (C: 上年结转资金)
        "executed_upper": 0.00,  # 17 D: 0.00 (C: 上级财政资金)
        "executed_other": 0.00,  # 18 D: 0.00 (C: 其他)
        "indicators": [
            {  # 24: aligned with header 23 (A 绩效目标实现情况 | B 二级 | C 三级 | D 目标值 | E 实际 | F 完成进度)
                "level1": "产出指标",  # 24 A: 产出指标
                "level2": "数量指标",  # 24 B: 数量指标
                "name": "对外贸企业进行补助。",  # 24 C: 对外贸企业进行补助。
                "target": "130户",  # 24 D: 130户
                "actual": "由于疫情影响部分企业业务停滞，外贸企业数出现下降，将有实绩适合参保的企业全部纳入信保实现应保尽保。企业统保87户",  # 24 E: 由于疫情影响部分企业业务停滞，外贸企业数出现下降，将有实绩适合参保的企业全部纳入信保实现应保尽保。企业统保87户
                "completion": "67%",  # 24 F: 67%
            },
            {  # 25
                "level1": "产出指标",  # 25 A: (empty) -- carried from 24 A
                "level2": "质量指标",  # 25 B: 质量指标
                "name": "对中信保保费进行补助。",  # 25 C: 对中信保保费进行补助。
                "target": "对全市130户出口企业保费配套30%进行补助",  # 25 D: 对全市130户出口企业保费配套30%进行补助
                "actual": "严格按照省财政厅、商务厅相关要求，对有实绩的企业进行应保尽保",  # 25 E: 严格按照省财政厅、商务厅相关要求，对有实绩的企业进行应保尽保
                "completion": "100%",  # 25 F: 100%
            },
            {  # 26
                "level1": "产出指标",  # 26 A: (empty) -- carried from 24 A
                "level2": "时效指标",  # 26 B: 时效指标
                "name": "中信保保费补贴",  # 26 C: 中信保保费补贴
                "target": "年底前",  # 26 D: 年底前
                "actual": "由于省厅年终决算数未出，2021年未支出该笔资金。",  # 26 E: 由于省厅年终决算数未出，2021年未支出该笔资金。
                "completion": "0",  # 26 F: 0
            },
            {  # 27
                "level1": "产出指标",  # 27 A: (empty) -- carried from 24 A
                "level2": "成本指标",  # 27 B: 成本指标
                "name": "每个外贸企业市级补助30%保费每个外贸企业市级补助30%每个外贸企业市级补助30%保费。",  # 27 C: (same text, repeated phrase as written)
                "target": "合计160万元",  # 27 D: 合计160万元
                "actual": "由于省厅年终决算数未出，2021年未支出该笔资金。",  # 27 E: 由于省厅年终决算数未出，2021年未支出该笔资金。
                "completion": "0",  # 27 F: 0
            },
            {  # 28
                "level1": "效益指标",  # 28 A: 效益指标
                "level2": "经济效益指标",  # 28 B: 经济效益指标
                "name": "增加外贸出口。",  # 28 C: 增加外贸出口。
                "target": "对扩大出口企业规模，国际市场份额有所提高。",  # 28 D: 对扩大出口企业规模，国际市场份额有所提高。
                "actual": "2021年我市对“一带一路”国家实现进出口15.7亿元，同比增长114.8%",  # 28 E: 2021年我市对“一带一路”国家实现进出口15.7亿元，同比增长114.8%
                "completion": "100%",  # 28 F: 100%
            },
            {  # 29
                "level1": "效益指标",  # 29 A: (empty) -- carried from 28 A
                "level2": "社会效益指标",  # 29 B: 社会效益指标
                "name": "确保政策落实。",  # 29 C: 确保政策落实。
                "target": "有利于控制企业出口风险，扩大我市出口，对我市外贸企业发展积极作用",  # 29 D: 有利于控制企业出口风险，扩大我市出口，对我市外贸企业发展积极作用
                "actual": "有效的促进了企业的出口，降低了企业出口收汇风险，引导企业积极开拓新兴市场",  # 29 E: 有效的促进了企业的出口，降低了企业出口收汇风险，引导企业积极开拓新兴市场
                "completion": "100%",  # 29 F: 100%
            },
            # 30: empty row (no cells) -- not an indicator
            {  # 31
                "level1": "效益指标",  # 31 A: (empty) -- carried from 28 A
                "level2": "可持续影响指标",  # 31 B: 可持续影响指标
                "name": "推动外向型经济持续、健康发展。",  # 31 C: 推动外向型经济持续、健康发展。
                "target": "长久推动",  # 31 D: 长久推动
                "actual": "解决企业后顾之忧，持续开拓国际市场",  # 31 E: 解决企业后顾之忧，持续开拓国际市场
                "completion": "100%",  # 31 F: 100%
            },
            {  # 32
                "level1": "满意度指标",  # 32 A: 满意度指标
                "level2": "服务对象满意度指标",  # 32 B: 服务对象满意度指标
                "name": "被保企业满意度",  # 32 C: 被保企业满意度
                "target": "95%",  # 32 D: 95%
                "actual": "95%以上",  # 32 E: 95%以上
                "completion": "100%",  # 32 F: 100%
            },
        ],
        # 评分表 header 35: A 评分表 | B 二级指标 | C 三级指标 | E 指标分值 | F 评价得分
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 37 B: 项目目标 | C: 项目立项规范性 | E: 3 | F: 3.00
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 38 B: (empty, carried from 37) | C: 绩效目标合理性 | E: 4 | F: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 39 B: (carried) | C: 绩效指标明确性 | E: 4 | F: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 0.00},  # 40 B: 资金落实 | C: 资金到位率 | E: 3 | F: 0.00
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 0.00},  # 41 B: (carried from 40) | C: 到位及时率 | E: 3 | F: 0.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 0.00},  # 42 B: (carried) | C: 预算执行率 | E: 3 | F: 0.00
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 44 B: 业务管理 | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 45 B: (carried from 44) | C: 制度执行有效性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 3.00},  # 46 B: (carried) | C: 项目质量可控性 | E: 4 | F: 3.00
            {"level2": "财务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 47 B: 财务管理 | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 48 B: (carried from 47) | C: 资金使用合规性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 49 B: (carried) | C: 财务监控有效性 | E: 4 | F: 4.00
            # 50: empty row; 51: section row 产出 (below)
            # 52-55 SHIFTED one left: A level2 | B name | D weight | E score
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 8.00},  # 52 A: 项目产出 | B: 实际完成率 | D: 8 | E: 8.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 7.00},  # 53 A: (carried from 52) | B: 完成及时率 | D: 7 | E: 7.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 54 A: (carried) | B: 质量达标率 | D: 8 | E: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 7.00},  # 55 A: (carried) | B: 成本节约率 | D: 7 | E: 7.00
            # 57-61 SHIFTED one left as 52-55
            {"level2": "项目效果", "name": "经济效益", "weight": 5, "score": 5.00},  # 57 A: 项目效果 | B: 经济效益 | D: 5 | E: 5.00
            {"level2": "项目效果", "name": "社会效益", "weight": 5, "score": 5.00},  # 58 A: (carried from 57) | B: 社会效益 | D: 5 | E: 5.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 59 A: (carried) | B: 生态效益 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 10, "score": 10.00},  # 60 A: (carried) | B: 可持续影响 | D: 10 | E: 10.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 10.00},  # 61 A: (carried) | B: 社会公众或服务对象满意度 | D: 10 | E: 10.00
        ],
        "sections": {
            "投入": 11.00,  # 36 F: 11.00 (B: 投入：)
            "过程": 19.00,  # 43 F: 19.00 (B: 过程：)
            "产出": 30.00,  # 51 F: 30.00 (C: 产 出:)
            "效果": 30.00,  # 56 F: 30.00 (C: 效 果:)
        },
        "section_weights": {
            "投入": 20,  # 36 E: 20 (B: 投入：)
            "过程": 20,  # 43 E: 20 (B: 过程：)
            "产出": 30,  # 51 E: 30 (C: 产 出:)
            "效果": 30,  # 56 E: 30 (C: 效 果:)
        },
        "total_score": 90.00,  # 62 F: 90.00 (C: 综合得分:, E: 100 = its 指标分值)
        "grade": "优",  # 63 E: 优 (C: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 002 lines 61-136 (sheet row = line - 60); 晋中市招商引资服务中心 2020, 招商引资工作经费
    "002_project_招商引资工作经费.xlsx": {
        "project_name": "招商引资工作经费",  # 67 C: 招商引资工作经费 (A: 项目名称)
        "department": "303",  # 68 C: 303 (A: 主管部门及代码; a numeric cell, given as its text)
        "unit": "晋中市招商 引资服务中",  # 68 F: 晋中市招商 引资服务中 (D: 实施单位) -- as written, wrap space and truncation kept
        "project_type": "经常性项目",  # 69 C: 经常性项目 (A: 项目属性)
        "year": 2020,  # 63 A: (2020 年度)
        "budget_city": 500.00,  # 70 E: 500.00 (B: 预算资金, C: 市级预算资金; value two cells right, D empty)
        "budget_other": 0.00,  # 71 E: 0.00 (C: 其他)
        "funds_allocated": 7.60,  # 72 F: 7.60 (B: 预算下达资金; C, D, E empty)
        "executed": 7.60,  # 73 E: 7.60 (B: 实际支出资金, C: 市级预算资金)
        "executed_carryover": 0.00,  # 74 E: 0.00 (C: 上年结转资金)
        "executed_upper": 0.00,  # 75 E: 0.00 (C: 上级财政资金)
        "executed_other": 0.00,  # 76 C: 0.00 (A: 其他 -- the label stands in column A, value in C)
        "indicators": [
            {  # 81: aligned with header 80 (A | B 二级 | C 三级 | D 目标值 | E 实际 | F 完成进度)
                "level1": "产出指标",  # 81 A: 产出指标
                "level2": "数量指标",  # 81 B: 数量指标
                "name": "指标1：资金使用单位",  # 81 C: 指标1：资金使用单位
                "target": "市招商引资工作领导小组成员单位（市招商引资服务中心、发改、工信等27个单",  # 81 D: 市招商引资工作领导小组成员单位（市招商引资服务中心、发改、工信等27个单
                "actual": "2",  # 81 E: 2
                "completion": "完成",  # 81 F: 完成
            },
            {  # 82
                "level1": "产出指标",  # 82 A: (empty) -- carried from 81 A
                "level2": "数量指标",  # 82 B: (empty) -- carried from 81 B
                "name": "指标2：招商引资活动",  # 82 C: 指标2：招商引资活动
                "target": "20次以上",  # 82 D: 20次以上
                "actual": "18",  # 82 E: 18
                "completion": "90%",  # 82 F: 90%
            },
            {  # 83
                "level1": "产出指标",  # 83 A: (empty) -- carried from 81 A
                "level2": "质量指标",  # 83 B: 质量指标
                "name": "指标1：引进企业质量",  # 83 C: 指标1：引进企业质量
                "target": "引进行业领军企业、500强企业不少于10家",  # 83 D: 引进行业领军企业、500强企业不少于10家
                "actual": "18",  # 83 E: 18
                "completion": "118%",  # 83 F: 118% (as written; 18/10 would be 180%, RULES §6.3 #8)
            },
            {  # 84: name only -- included with empty values
                "level1": "产出指标",  # 84 A: (empty) -- carried from 81 A
                "level2": "质量指标",  # 84 B: (empty) -- carried from 83 B
                "name": "指标2：",  # 84 C: 指标2：
                "target": "",  # 84 D: (empty)
                "actual": "",  # 84 E: (empty)
                "completion": "",  # 84 F: (empty)
            },
            {  # 85
                "level1": "产出指标",  # 85 A: (empty) -- carried from 81 A
                "level2": "时效指标",  # 85 B: 时效指标
                "name": "指标1：招商引资活动",  # 85 C: 指标1：招商引资活动
                "target": "全年（根据各成员单位实际工作安排进行）",  # 85 D: 全年（根据各成员单位实际工作安排进行）
                "actual": "按时完成",  # 85 E: 按时完成
                "completion": "完成",  # 85 F: 完成
            },
            {  # 86: name only -- included with empty values
                "level1": "产出指标",  # 86 A: (empty) -- carried from 81 A
                "level2": "时效指标",  # 86 B: (empty) -- carried from 85 B
                "name": "指标2：",  # 86 C: 指标2：
                "target": "",  # 86 D: (empty)
                "actual": "",  # 86 E: (empty)
                "completion": "",  # 86 F: (empty)
            },
            # 87: empty row (no cells) -- not an indicator
            {  # 88
                "level1": "产出指标",  # 88 A: (empty) -- carried from 81 A
                "level2": "成本指标",  # 88 B: 成本指标
                "name": "指标1: 餐叙费、 租赁费、交通费、",  # 88 C: 指标1: 餐叙费、 租赁费、交通费、
                "target": "每项、每次2万元",  # 88 D: 每项、每次2万元
                "actual": "7.6",  # 88 E: 7.6
                "completion": "100%",  # 88 F: 100%
            },
            {  # 89
                "level1": "产出指标",  # 89 A: (empty) -- carried from 81 A
                "level2": "成本指标",  # 89 B: (empty) -- carried from 88 B
                "name": "指标2: 平台合作 费",  # 89 C: 指标2: 平台合作 费
                "target": "暂定每个每年20万, 具体根 据实际调整",  # 89 D: 暂定每个每年20万, 具体根 据实际调整
                "actual": "0",  # 89 E: 0
                "completion": "完成",  # 89 F: 完成
            },
            {  # 90
                "level1": "效益指标",  # 90 A: 效益指标
                "level2": "经济效益指标",  # 90 B: 经济效益指标
                "name": "指标1: 项目引进",  # 90 C: 指标1: 项目引进
                "target": "引进项目达到50个, 总投资 达到300亿元",  # 90 D: 引进项目达到50个, 总投资 达到300亿元
                "actual": "18",  # 90 E: 18
                "completion": "36%",  # 90 F: 36%
            },
            {  # 91
                "level1": "效益指标",  # 91 A: (empty) -- carried from 90 A
                "level2": "经济效益指标",  # 91 B: (empty) -- carried from 90 B
                "name": "指标2: 招商引资 签约任务",  # 91 C: 指标2: 招商引资 签约任务
                "target": "完成市定的招商引资签约任 务, 本年度项目开工率达到 35%",  # 91 D: 完成市定的招商引资签约任 务, 本年度项目开工率达到 35%
                "actual": "239个项 目, 总投资 1695.7亿, 开工率 65.4%",  # 91 E: 239个项 目, 总投资 1695.7亿, 开工率 65.4%
                "completion": "完成",  # 91 F: 完成
            },
            {  # 92: completion SLIPPED one right (F empty, G 完成)
                "level1": "效益指标",  # 92 A: (empty) -- carried from 90 A
                "level2": "社会效益指标",  # 92 B: 社会效益指标
                "name": "指标1: 引进新技 术、人才",  # 92 C: 指标1: 引进新技 术、人才
                "target": "引进高新技术产业项目、人 才",  # 92 D: 引进高新技术产业项目、人 才
                "actual": "对接引进一 批新技术项 目",  # 92 E: 对接引进一 批新技术项 目
                "completion": "完成",  # 92 G: 完成 (F empty) -- slipped one column right, read as 完成进度
            },
            {  # 93: name only -- included with empty values
                "level1": "效益指标",  # 93 A: (empty) -- carried from 90 A
                "level2": "社会效益指标",  # 93 B: (empty) -- carried from 92 B
                "name": "指标2:",  # 93 C: 指标2:
                "target": "",  # 93 D: (empty)
                "actual": "",  # 93 E: (empty)
                "completion": "",  # 93 F: (empty)
            },
            {  # 94: name only -- included with empty values
                "level1": "效益指标",  # 94 A: (empty) -- carried from 90 A
                "level2": "生态效益指标",  # 94 B: 生态效益指标
                "name": "指标1:",  # 94 C: 指标1:
                "target": "",  # 94 D: (empty)
                "actual": "",  # 94 E: (empty)
                "completion": "",  # 94 F: (empty)
            },
            {  # 95: name only -- included with empty values
                "level1": "效益指标",  # 95 A: (empty) -- carried from 90 A
                "level2": "生态效益指标",  # 95 B: (empty) -- carried from 94 B
                "name": "指标2:",  # 95 C: 指标2:
                "target": "",  # 95 D: (empty)
                "actual": "",  # 95 E: (empty)
                "completion": "",  # 95 F: (empty)
            },
            {  # 96: completion SLIPPED one right (F empty, G 完成)
                "level1": "效益指标",  # 96 A: (empty) -- carried from 90 A
                "level2": "可持续影响指 标",  # 96 B: 可持续影响指 标 -- as written (wrap space); JUDGEMENT: not normalised to 可持续影响指标
                "name": "指标1: 区域经 济发展方面",  # 96 C: 指标1: 区域经 济发展方面
                "target": "加快促进区域内产业投资和 集聚, 增强区域经济发展新 动能",  # 96 D: 加快促进区域内产业投资和 集聚, 增强区域经济发展新 动能
                "actual": "引进了一批 高新技术产业和战略性 新兴产业, 为区域发展 增添了新动 能",  # 96 E: 引进了一批 高新技术产业和战略性 新兴产业, 为区域发展 增添了新动 能
                "completion": "完成",  # 96 G: 完成 (F empty) -- slipped one column right, read as 完成进度
            },
            {  # 97: completion SLIPPED one right (F empty, G 完成)
                "level1": "效益指标",  # 97 A: (empty) -- carried from 90 A
                "level2": "可持续影响指 标",  # 97 B: (empty) -- carried from 96 B (as written)
                "name": "指标2: 商协会合 作方面",  # 97 C: 指标2: 商协会合 作方面
                "target": "与商协会建立长期合作关系",  # 97 D: 与商协会建立长期合作关系
                "actual": "与山西省人 民政府驻广 州办事处、 昆山商会、 重庆商会建 立了长期合 作关系",  # 97 E: 与山西省人 民政府驻广 州办事处、 昆山商会、 重庆商会建 立了长期合 作关系
                "completion": "完成",  # 97 G: 完成 (F empty) -- slipped one column right, read as 完成进度
            },
            {  # 98
                "level1": "满意度指标",  # 98 A: 满意度指标
                "level2": "服务对象满意 度指标",  # 98 B: 服务对象满意 度指标 -- as written (wrap space); JUDGEMENT: not normalised
                "name": "指标1: 满意度",  # 98 C: 指标1: 满意度
                "target": "90%以上",  # 98 D: 90%以上
                "actual": "100%",  # 98 E: 100%
                "completion": "完成",  # 98 F: 完成
            },
            {  # 99
                "level1": "满意度指标",  # 99 A: (empty) -- carried from 98 A
                "level2": "服务对象满意 度指标",  # 99 B: (empty) -- carried from 98 B (as written)
                "name": "指标2: 投诉率",  # 99 C: 指标2: 投诉率
                "target": "5%以下",  # 99 D: 5%以下
                "actual": "0",  # 99 E: 0
                "completion": "完成",  # 99 F: 完成
            },
        ],
        # 评分表 header 103: A 评分表 | B 二级指标 | C 三级指标 | D 指标分值 | E 评价得分 (section rows use
        # D/E; the item rows 105-122 use E/F, the 效果 items 124-128 D/E)
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 105 B: 项目目标 | C: 项目立项规范性 | E: 3 | F: 3.00
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 106 B: (carried from 105) | C: 绩效目标合理性 | E: 4 | F: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 107 B: (carried) | C: 绩效指标明确性 | E: 4 | F: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 0.05},  # 108 B: 资金落实 | C: 资金到位率 | E: 3 | F: 0.05
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 3.00},  # 109 B: (carried from 108) | C: 到位及时率 | E: 3 | F: 3.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 3.00},  # 110 B: (carried) | C: 预算执行率 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 112 B: 业务管理 | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 113 B: (carried from 112) | C: 制度执行有效性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 4.00},  # 114 B: (carried) | C: 项目质量可控性 | E: 4 | F: 4.00
            {"level2": "财务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 115 B: 财务管理 | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 116 B: (carried from 115) | C: 资金使用合规性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 117 B: (carried) | C: 财务监控有效性 | E: 4 | F: 4.00
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 5.00},  # 119 B: 项目产出 | C: 实际完成率 | E: 8 | F: 5.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 5.00},  # 120 B: (carried from 119) | C: 完成及时率 | E: 7 | F: 5.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 121 B: (carried) | C: 质量达标率 | E: 8 | F: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 7.00},  # 122 B: (carried) | C: 成本节约率 | E: 7 | F: 7.00
            # 124-128 SHIFTED one left: A level2 | B name | D weight | E score (C empty)
            {"level2": "项目效果", "name": "经济效益", "weight": 8, "score": 8.00},  # 124 A: 项目效果 | B: 经济效益 | D: 8 | E: 8.00
            {"level2": "项目效果", "name": "社会效益", "weight": 6, "score": 3.00},  # 125 A: (carried from 124) | B: 社会效益 | D: 6 | E: 3.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 126 A: (carried) | B: 生态效益 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 6, "score": 3.00},  # 127 A: (carried) | B: 可持续影响 | D: 6 | E: 3.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 10.00},  # 128 A: (carried) | B: 社会公众或服务对象满意度 | D: 10 | E: 10.00
        ],
        "sections": {
            "投入": 17.05,  # 104 E: 17.05 (B: 投入:)
            "过程": 20.00,  # 111 E: 20.00 (B: 过程:)
            "产出": 25.00,  # 118 E: 25.00 (B: 产出:)
            "效果": 24.00,  # 123 D: 24.00 (A: 效果: -- label in A, values two cells left of the other section rows)
        },
        "section_weights": {
            "投入": 20,  # 104 D: 20 (B: 投入:)
            "过程": 20,  # 111 D: 20 (B: 过程:)
            "产出": 30,  # 118 D: 30 (B: 产出:)
            "效果": 30,  # 123 C: 30 (A: 效果:)
        },
        "total_score": 86.05,  # 129 D: 86.05 (A: 综合得分:, C: 100 = its 指标分值)
        "grade": "良",  # 130 C: 良 (A: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 002 lines 138-219 (sheet row = line - 137); 晋中市招商引资服务中心 2020, 招商引资专项经费
    "002_project_招商引资专项经费.xlsx": {
        "project_name": "招商引资专项经费",  # 144 C: 招商引资专项经费 (A: 项目名称)
        "department": "303",  # 145 C: 303 (A: 主管部门及代码; a numeric cell, given as its text)
        "unit": "晋中市招商引资服务中心",  # 145 F: 晋中市招商引资服务中心 (D: 实施单位)
        "project_type": "一次性项目",  # 146 C: 一次性项目 (A: 项目属性)
        "year": 2020,  # 140 A: (2020 年度)
        "budget_city": 198.50,  # 147 E: 198.50 (B: 预算资金, C: 市级预算资金; D empty)
        "budget_other": 0.00,  # 148 E: 0.00 (C: 其他)
        "funds_allocated": 146.25,  # 149 E: 146.25 (B: 预算下达资金; C, D empty)
        "executed": 126.47,  # 150 E: 126.47 (B: 实际支出资金, C: 市级预算资金)
        "executed_carryover": 19.78,  # 151 E: 19.78 (C: 上年结转资金)
        "executed_upper": 0.00,  # 152 E: 0.00 (C: 上级财政资金)
        "executed_other": 0.00,  # 153 C: 0.00 (A: 其他 -- the label stands in column A, value in C)
        "indicators": [
            {  # 158: A holds the level-2 word; name/values aligned with header 157 (C 三级 | D | E | F)
                # JUDGEMENT: the 产出指标 label only appears on line 162 (mid-range); level1 supplied
                "level1": "产出指标",  # 158 A: 数量指标 (level-2 word) -- level1 产出指标 from 162 A / the category
                "level2": "数量指标",  # 158 A: 数量指标
                "name": "指标1：组织、参加招商引资活动",  # 158 C: 指标1：组织、参加招商引资活动
                "target": "不少于10场",  # 158 D: 不少于10场
                "actual": "13",  # 158 E: 13
                "completion": "已完成",  # 158 F: 已完成
            },
            {  # 159: RULES §6.3 #15 -- the 份数 2500 stands in 完成进度
                # JUDGEMENT: the target has two parts (种类≥5, 份数≥2000); a clerk reads 5 (种类) and
                # 2500 (份数) as the two actual values and no 完成进度. Joined with one space, the way the
                # seed joins wrapped text inside a cell. (Cell by cell it would be actual "5",
                # completion "2500".)
                "level1": "产出指标",  # 159 A: (empty) -- as 158
                "level2": "数量指标",  # 159 A: (empty) -- carried from 158 A
                "name": "指标2：招商引资宣传资料印制",  # 159 C: 指标2：招商引资宣传资料印制
                "target": "种类不少于5种，份数不少于2000份",  # 159 D: 种类不少于5种，份数不少于2000份
                # LEAD JUDGEMENT: the record keeps each cell where it stands; RULES §6.3 #15 notes the
                # slipped 2500 as a column shift for the checks to report, not for the reader to move.
                "actual": "5",  # 159 E: 5
                "completion": "2500",  # 159 F: 2500 (the 份数, in the 完成进度 column as written)
            },
            {  # 160
                "level1": "产出指标",  # 160 A: (empty) -- as 158
                "level2": "数量指标",  # 160 A: (empty) -- carried from 158 A
                "name": "指标3：考察洽谈对接项目个数",  # 160 C: 指标3：考察洽谈对接项目个数
                "target": "不少于40个",  # 160 D: 不少于40个
                "actual": "约60个",  # 160 E: 约60个
                "completion": "已完成",  # 160 F: 已完成
            },
            # 161: empty row (no cells) -- not an indicator
            {  # 162: aligned
                "level1": "产出指标",  # 162 A: 产出指标
                "level2": "质量指标",  # 162 B: 质量指标
                "name": "指标1: 招商引资活动",  # 162 C: 指标1: 招商引资活动
                "target": "参加活动要有成果, 每次活动要有活动总结",  # 162 D: 参加活动要有成果, 每次活动要有活动总结
                "actual": "均有",  # 162 E: 均有
                "completion": "已完成",  # 162 F: 已完成
            },
            {  # 163
                "level1": "产出指标",  # 163 A: (empty) -- carried from 162 A
                "level2": "质量指标",  # 163 B: (empty) -- carried from 162 B
                "name": "指标2: 招商引资宣传资料印制",  # 163 C: 指标2: 招商引资宣传资料印制
                "target": "印刷清晰, 无错页、漏页, 内容持续更新, 符合实际, 能达到宣传目",  # 163 D: 印刷清晰, 无错页、漏页, 内容持续更新, 符合实际, 能达到宣传目
                "actual": "已宣传",  # 163 E: 已宣传
                "completion": "已完成",  # 163 F: 已完成
            },
            {  # 164
                "level1": "产出指标",  # 164 A: (empty) -- carried from 162 A
                "level2": "质量指标",  # 164 B: (empty) -- carried from 162 B
                "name": "指标3: 考察洽谈对接项目个数",  # 164 C: 指标3: 考察洽谈对接项目个数
                "target": "考察对接洽谈项目要记录在案, 对优质项目要持续跟进",  # 164 D: 考察对接洽谈项目要记录在案, 对优质项目要持续跟进
                "actual": "60",  # 164 E: 60
                "completion": "已完成",  # 164 F: 已完成
            },
            {  # 165
                "level1": "产出指标",  # 165 A: (empty) -- carried from 162 A
                "level2": "时效指标",  # 165 B: 时效指标
                "name": "指标1: 招商引资活动",  # 165 C: 指标1: 招商引资活动
                "target": "全年",  # 165 D: 全年
                "actual": "15",  # 165 E: 15
                "completion": "已完成",  # 165 F: 已完成
            },
            {  # 166
                "level1": "产出指标",  # 166 A: (empty) -- carried from 162 A
                "level2": "时效指标",  # 166 B: (empty) -- carried from 165 B
                "name": "指标2: 招商引资宣传资料印制",  # 166 C: 指标2: 招商引资宣传资料印制
                "target": "根据活动需要随时印制",  # 166 D: 根据活动需要随时印制
                "actual": "5",  # 166 E: 5
                "completion": "已完成",  # 166 F: 已完成
            },
            {  # 167
                "level1": "产出指标",  # 167 A: (empty) -- carried from 162 A
                "level2": "时效指标",  # 167 B: (empty) -- carried from 165 B
                "name": "指标3: 考察洽谈对接项目个数",  # 167 C: 指标3: 考察洽谈对接项目个数
                "target": "全年",  # 167 D: 全年
                "actual": "约60",  # 167 E: 约60
                "completion": "已完成",  # 167 F: 已完成
            },
            {  # 168
                "level1": "产出指标",  # 168 A: (empty) -- carried from 162 A
                "level2": "成本指标",  # 168 B: 成本指标
                "name": "指标1: 公务接待费",  # 168 C: 指标1: 公务接待费
                "target": "不超4.67万",  # 168 D: 不超4.67万
                "actual": "1.63万",  # 168 E: 1.63万
                "completion": "已完成",  # 168 F: 已完成
            },
            {  # 169
                "level1": "产出指标",  # 169 A: (empty) -- carried from 162 A
                "level2": "成本指标",  # 169 B: (empty) -- carried from 168 B
                "name": "指标2: 差旅费",  # 169 C: 指标2: 差旅费
                "target": "不超38万",  # 169 D: 不超38万
                "actual": "33.25万",  # 169 E: 33.25万
                "completion": "已完成",  # 169 F: 已完成
            },
            {  # 170
                "level1": "产出指标",  # 170 A: (empty) -- carried from 162 A
                "level2": "成本指标",  # 170 B: (empty) -- carried from 168 B
                "name": "指标3: 培训费",  # 170 C: 指标3: 培训费
                "target": "不超20万",  # 170 D: 不超20万
                "actual": "0",  # 170 E: 0
                "completion": "已完成",  # 170 F: 已完成
            },
            {  # 171
                "level1": "产出指标",  # 171 A: (empty) -- carried from 162 A
                "level2": "成本指标",  # 171 B: (empty) -- carried from 168 B
                "name": "指标4: 制作印刷费",  # 171 C: 指标4: 制作印刷费
                "target": "不超17万",  # 171 D: 不超17万
                "actual": "31万",  # 171 E: 31万
                "completion": "完成",  # 171 F: 完成 (as written, although 31万 > 17万; RULES §6.3 #13)
            },
            {  # 172
                "level1": "产出指标",  # 172 A: (empty) -- carried from 162 A
                "level2": "成本指标",  # 172 B: (empty) -- carried from 168 B
                "name": "指标5: 其他费用之和不超过",  # 172 C: 指标5: 其他费用之和不超过
                "target": "不超118.83万",  # 172 D: 不超118.83万
                "actual": "60.59万",  # 172 E: 60.59万
                "completion": "已完成",  # 172 F: 已完成
            },
            {  # 173: SHIFTED one right (B level1 | C level2 | D name | E target | F actual | G completion)
                "level1": "效益指标",  # 173 B: 效益指标
                "level2": "经济效益指标",  # 173 C: 经济效益指标
                "name": "指标1: 组织、参加招商引资活动",  # 173 D: 指标1: 组织、参加招商引资活动
                "target": "完成1500亿元签约任务(暂定, 市里还未下达具体任务)",  # 173 E: 完成1500亿元签约任务(暂定, 市里还未下达具体任务)
                "actual": "1695.7",  # 173 F: 1695.7
                "completion": "已完成",  # 173 G: 已完成
            },
            {  # 174: name in A (two left); values aligned (D target | E actual | F completion)
                "level1": "效益指标",  # 174 -: carried from 173 B
                "level2": "经济效益指标",  # 174 -: carried from 173 C
                "name": "指标2: 考察洽谈对接项目个数",  # 174 A: 指标2: 考察洽谈对接项目个数
                "target": "引进一批技术含量高、产业延续性强、环境友好型的项目",  # 174 D: 引进一批技术含量高、产业延续性强、环境友好型的项目
                "actual": "60",  # 174 E: 60
                "completion": "已完成",  # 174 F: 已完成
            },
            {  # 175: A holds the level-2 word; name/values aligned
                "level1": "效益指标",  # 175 A: 社会效益指标 (level-2 word) -- level1 carried from 173 B
                "level2": "社会效益指标",  # 175 A: 社会效益指标
                "name": "指标1: 宣传目的",  # 175 C: 指标1: 宣传目的
                "target": "宣传晋中, 提高晋中知名度",  # 175 D: 宣传晋中, 提高晋中知名度
                "actual": "微博77篇, 微信公众号213篇",  # 175 E: 微博77篇, 微信公众号213篇
                "completion": "已完成",  # 175 F: 已完成
            },
            {  # 176: name only -- included with empty values
                "level1": "效益指标",  # 176 -: carried from 173 B
                "level2": "社会效益指标",  # 176 -: carried from 175 A
                "name": "指标2:",  # 176 C: 指标2:
                "target": "",  # 176 D: (empty)
                "actual": "",  # 176 E: (empty)
                "completion": "",  # 176 F: (empty)
            },
            {  # 177: name only -- included with empty values
                "level1": "效益指标",  # 177 A: 生态效益指标 (level-2 word) -- level1 carried from 173 B
                "level2": "生态效益指标",  # 177 A: 生态效益指标
                "name": "指标1:",  # 177 C: 指标1:
                "target": "",  # 177 D: (empty)
                "actual": "",  # 177 E: (empty)
                "completion": "",  # 177 F: (empty)
            },
            {  # 178: name only -- included with empty values
                "level1": "效益指标",  # 178 -: carried from 173 B
                "level2": "生态效益指标",  # 178 -: carried from 177 A
                "name": "指标2:",  # 178 C: 指标2:
                "target": "",  # 178 D: (empty)
                "actual": "",  # 178 E: (empty)
                "completion": "",  # 178 F: (empty)
            },
            {  # 179: name only -- included with empty values
                "level1": "效益指标",  # 179 A: 可持续影响指标 (level-2 word) -- level1 carried from 173 B
                "level2": "可持续影响指标",  # 179 A: 可持续影响指标
                "name": "指标1:",  # 179 C: 指标1:
                "target": "",  # 179 D: (empty)
                "actual": "",  # 179 E: (empty)
                "completion": "",  # 179 F: (empty)
            },
            {  # 180: name only -- included with empty values
                "level1": "效益指标",  # 180 -: carried from 173 B
                "level2": "可持续影响指标",  # 180 -: carried from 179 A
                "name": "指标2:",  # 180 C: 指标2:
                "target": "",  # 180 D: (empty)
                "actual": "",  # 180 E: (empty)
                "completion": "",  # 180 F: (empty)
            },
            {  # 181: A aligned, the rest SHIFTED one right (C level2 | D name | E target | F actual | G completion)
                "level1": "满意度指标",  # 181 A: 满意度指标
                "level2": "服务对象满意度指标",  # 181 C: 服务对象满意度指标
                "name": "指标1: 满意度",  # 181 D: 指标1: 满意度
                "target": "90%以上",  # 181 E: 90%以上
                "actual": "100%",  # 181 F: 100%
                "completion": "已完成",  # 181 G: 已完成
            },
            {  # 182: SHIFTED one right as 181
                "level1": "满意度指标",  # 182 -: carried from 181 A
                "level2": "服务对象满意度指标",  # 182 -: carried from 181 C
                "name": "指标2: 投诉率",  # 182 D: 指标2: 投诉率
                "target": "5%以下",  # 182 E: 5%以下
                "actual": "0",  # 182 F: 0
                "completion": "已完成",  # 182 G: 已完成
            },
        ],
        # 评分表: header 185 (B 二级指标 | C 三级指标 | E 指标分值 | F 评价得分, no 评分表 label); the
        # 评分表 label sits in A of line 188. Item rows use D (weight) / E (score).
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 188 B: 项目目标 | C: 项目立项规范性 | D: 3 | E: 3.00 (A: 评分表)
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 189 B: (carried from 188) | C: 绩效目标合理性 | D: 4 | E: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 190 B: (carried) | C: 绩效指标明确性 | D: 4 | E: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 2.21},  # 191 B: 资金落实 | C: 资金到位率 | D: 3 | E: 2.21
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 3.00},  # 192 B: (carried from 191) | C: 到位及时率 | D: 3 | E: 3.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 2.59},  # 193 B: (carried) | C: 预算执行率 | D: 3 | E: 2.59
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 195 B: 业务管理 | C: 管理制度健全性 | D: 3 | E: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 196 B: (carried from 195) | C: 制度执行有效性 | D: 3 | E: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 4.00},  # 197 B: (carried) | C: 项目质量可控性 | D: 4 | E: 4.00
            {"level2": "财务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 198 B: 财务管理 | C: 管理制度健全性 | D: 3 | E: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 199 B: (carried from 198) | C: 资金使用合规性 | D: 3 | E: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 200 B: (carried) | C: 财务监控有效性 | D: 4 | E: 4.00
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 8.00},  # 202 B: 项目产出 | C: 实际完成率 | D: 8 | E: 8.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 7.00},  # 203 B: (carried from 202) | C: 完成及时率 | D: 7 | E: 7.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 204 B: (carried) | C: 质量达标率 | D: 8 | E: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 6.00},  # 205 B: (carried) | C: 成本节约率 | D: 7 | E: 6.00
            {"level2": "项目效果", "name": "经济效益", "weight": 10, "score": 5.00},  # 207 B: 项目效果 | C: 经济效益 | D: 10 | E: 5.00
            {"level2": "项目效果", "name": "社会效益", "weight": 10, "score": 5.00},  # 208 B: (carried from 207) | C: 社会效益 | D: 10 | E: 5.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 209 B: (carried) | C: 生态效益 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 0, "score": 0.00},  # 210 B: (carried) | C: 可持续影响 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 8.00},  # 211 B: (carried) | C: 社会公众或服务对象满意度 | D: 10 | E: 8.00
        ],
        "sections": {
            "投入": 18.80,  # 186 F: 18.80 (B: 投入:; this row sits right under header 185 and uses its E/F columns)
            "过程": 20.00,  # 194 E: 20.00 (B: 过 程:)
            "产出": 29.00,  # 201 E: 29.00 (B: 产 出:)
            "效果": 18.00,  # 206 E: 18.00 (B: 效 果:)
        },
        "section_weights": {
            "投入": 20,  # 186 E: 20 (B: 投入:)
            "过程": 20,  # 194 D: 20 (B: 过 程:)
            "产出": 30,  # 201 D: 30 (B: 产 出:)
            "效果": 30,  # 206 D: 30 (B: 效 果:)
        },
        "total_score": 85.80,  # 212 E: 85.80 (B: 综合得分:, D: 100 = its 指标分值)
        "grade": "良",  # 213 D: 良 (B: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 003 lines 59-125 (sheet row = line - 58); 晋中市工业和信息化局 2020, 优势企业转型项目信息化平台
    "003_project_优势企业转型项目信息化平台.xlsx": {
        "project_name": "优势企业转型项目信息化平台",  # 65 C: 优势企业转型项目信息化平台 (A: 项目名称)
        "department": "202",  # 66 C: 202 (A: 主管部门及代码; a numeric cell, given as its text)
        "unit": "晋中市工业和信息化局",  # 66 F: 晋中市工业和信息化局 (D: 实施单位)
        "project_type": "经常性项目",  # 67 C: 经常性项目 (A: 项目属性)
        "year": 2020,  # 61 A: (2020 年度)
        "budget_city": 15.00,  # 68 F: 15.00 (B: 预算资金, C: 市级预算资金; value three cells right, D/E empty)
        "budget_other": None,  # 69 C: 其他 -- no value on the row (D..G empty)
        "funds_allocated": 15.00,  # 70 F: 15.00 (B: 预算下达资金)
        "executed": 15.00,  # 71 F: 15.00 (B: 实际支出资金, C: 市级预算资金)
        "executed_carryover": 0.00,  # 72 F: 0.00 (C: 上年结转资金)
        "executed_upper": 0.00,  # 73 D: 0.00 (A: 上级财政资金 -- label in column A, value in D)
        "executed_other": 0.00,  # 74 G: 0.00 (C: 其他; value four cells right)
        # Header 78 is garbled (A 绩效目标 | C 实际 | D 绩效指标 | E (二级) | F 绩效指标(三级) | G 目标值 |
        # H 实际完成指标值 | I 完成进度); the data rows 79-83 read A level1 | B level2 | C name | D empty |
        # E target | F actual | G completion -- rows are read by meaning, not under this header.
        "indicators": [
            {  # 79
                "level1": "产出指标",  # 79 A: 产出指标
                "level2": "数量指标",  # 79 B: 数量指标
                "name": "维护服务平台系统正常运营",  # 79 C: 维护服务平台系统正常运营
                "target": "1套/年",  # 79 E: 1套/年
                "actual": "1套/年",  # 79 F: 1套/年
                "completion": "100%",  # 79 G: 100%
            },
            {  # 80
                "level1": "产出指标",  # 80 A: (empty) -- carried from 79 A
                "level2": "数量指标",  # 80 B: (empty) -- carried from 79 B
                "name": "系统验收合格率",  # 80 C: 系统验收合格率
                "target": "≥96%",  # 80 E: ≥96%
                "actual": "≥96%",  # 80 F: ≥96%
                "completion": "100%",  # 80 G: 100%
            },
            {  # 81
                "level1": "产出指标",  # 81 A: (empty) -- carried from 79 A
                "level2": "质量指标",  # 81 B: 质量指标
                "name": "系统正常运行率",  # 81 C: 系统正常运行率
                "target": "≥94%",  # 81 E: ≥94%
                "actual": "≥94%",  # 81 F: ≥94%
                "completion": "100%",  # 81 G: 100%
            },
            {  # 82
                "level1": "产出指标",  # 82 A: (empty) -- carried from 79 A
                "level2": "质量指标",  # 82 B: (empty) -- carried from 81 B
                "name": "政府采购率",  # 82 C: 政府采购率
                "target": "≥100%",  # 82 E: ≥100%
                "actual": "≥100%",  # 82 F: ≥100%
                "completion": "100%",  # 82 G: 100%
            },
            {  # 83
                "level1": "产出指标",  # 83 A: (empty) -- carried from 79 A
                "level2": "时效指标",  # 83 B: 时效指标
                "name": "系统运行维护响应时间",  # 83 C: 系统运行维护响应时间
                "target": "≤0.5小时",  # 83 E: ≤0.5小时
                "actual": "≤0.5小时",  # 83 F: ≤0.5小时
                "completion": "100%",  # 83 G: 100%
            },
            {  # 84: SHIFTED two left (A name | C target | D actual | E completion)
                "level1": "产出指标",  # 84 -: carried from 79 A
                "level2": "时效指标",  # 84 -: carried from 83 B
                "name": "系统故障修复响应时间",  # 84 A: 系统故障修复响应时间
                "target": "≤1小时",  # 84 C: ≤1小时
                "actual": "≤1小时",  # 84 D: ≤1小时
                "completion": "100%",  # 84 E: 100%
            },
            {  # 85: SHIFTED one left (A level2 | B name | D target | E actual | F completion)
                "level1": "产出指标",  # 85 A: 成本指标 (level-2 word) -- level1 carried from 79 A
                "level2": "成本指标",  # 85 A: 成本指标
                "name": "运维费用",  # 85 B: 运维费用
                "target": "15万",  # 85 D: 15万
                "actual": "15万",  # 85 E: 15万
                "completion": "100%",  # 85 F: 100%
            },
            {  # 86: B level2 | D name | E target | F actual | G completion
                # JUDGEMENT: level1 效益指标 -- its label stands on line 87 (mid-range); a mechanical
                # carry-down would give 产出指标 (from 79 A)
                "level1": "效益指标",  # 86 A: (empty) -- 效益指标 from 87 A / the category of 社会效益指标
                "level2": "社会效益指标",  # 86 B: 社会效益指标
                "name": "及时快速协调政企解决问题",  # 86 D: 及时快速协调政企解决问题
                "target": "有所提高",  # 86 E: 有所提高
                "actual": "有所提高",  # 86 F: 有所提高
                "completion": "100%",  # 86 G: 100%
            },
            {  # 87: as 86
                "level1": "效益指标",  # 87 A: 效益指标
                "level2": "可持续影响指标",  # 87 B: 可持续影响指标
                "name": "系统正常使用年限",  # 87 D: 系统正常使用年限
                "target": "≥10年",  # 87 E: ≥10年
                "actual": "≥10年",  # 87 F: ≥10年
                "completion": "100%",  # 87 G: 100%
            },
            {  # 88: as 86
                # JUDGEMENT: the form writes no 满意度指标 label; level1 supplied from the category of
                # 服务对象满意度指标. A mechanical carry-down would give 效益指标 (from 87 A)
                "level1": "满意度指标",  # 88 A: (empty) -- supplied (no label in the form)
                "level2": "服务对象满意度指标",  # 88 B: 服务对象满意度指标
                "name": "使用人员满意度",  # 88 D: 使用人员满意度
                "target": ">95%",  # 88 E: >95%
                "actual": ">95%",  # 88 F: >95%
                "completion": "100%",  # 88 G: 100%
            },
            # 89: B 经济效益指标 only, 90: A 生态效益指标 only -- no name: not indicator rows
        ],
        # 评分表 header 93: A 评分表 | B 二级指标 | D 三级指标 | F 指标分值 | G 评价得分; item rows
        # 95-112: B level2 | C name | F weight | G score
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 95 B: 项目目标 | C: 项目立项规范性 | F: 3 | G: 3.00
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 96 B: (carried from 95) | C: 绩效目标合理性 | F: 4 | G: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 97 B: (carried) | C: 绩效指标明确性 | F: 4 | G: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 3.00},  # 98 B: 资金落实 | C: 资金到位率 | F: 3 | G: 3.00
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 3.00},  # 99 B: (carried from 98) | C: 到位及时率 | F: 3 | G: 3.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 3.00},  # 100 B: (carried) | C: 预算执行率 | F: 3 | G: 3.00
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 102 B: 业务管理 | C: 管理制度健全性 | F: 3 | G: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 103 B: (carried from 102) | C: 制度执行有效性 | F: 3 | G: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 4.00},  # 104 B: (carried) | C: 项目质量可控性 | F: 4 | G: 4.00
            {"level2": "财务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 105 B: 财务管理 | C: 管理制度健全性 | F: 3 | G: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 106 B: (carried from 105) | C: 资金使用合规性 | F: 3 | G: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 107 B: (carried) | C: 财务监控有效性 | F: 4 | G: 4.00
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 8.00},  # 109 B: 项目产出 | C: 实际完成率 | F: 8 | G: 8.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 7.00},  # 110 B: (carried from 109) | C: 完成及时率 | F: 7 | G: 7.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 111 B: (carried) | C: 质量达标率 | F: 8 | G: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 7.00},  # 112 B: (carried) | C: 成本节约率 | F: 7 | G: 7.00
            # 114-118 SHIFTED one left: A level2 | B name | E weight | F score
            {"level2": "项目效果", "name": "经济效益", "weight": 0, "score": 0.00},  # 114 A: 项目效果 | B: 经济效益 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "社会效益", "weight": 20, "score": 20.00},  # 115 A: (carried from 114) | B: 社会效益 | E: 20 | F: 20.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 116 A: (carried) | B: 生态效益 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 0, "score": 0.00},  # 117 A: (carried) | B: 可持续影响 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 10.00},  # 118 A: (carried) | B: 社会公众或服务对象满意度 | E: 10 | F: 10.00
        ],
        "sections": {
            "投入": 20.00,  # 94 G: 20.00 (D: 投入:)
            "过程": 20.00,  # 101 G: 20.00 (D: 过程:)
            "产出": 30.00,  # 108 G: 30.00 (D: 产出:)
            "效果": 30.00,  # 113 F: 30.00 (C: 效果:)
        },
        "section_weights": {
            "投入": 20,  # 94 F: 20 (D: 投入:)
            "过程": 20,  # 101 F: 20 (D: 过程:)
            "产出": 30,  # 108 F: 30 (D: 产出:)
            "效果": 30,  # 113 E: 30 (C: 效果:)
        },
        "total_score": 100.00,  # 119 F: 100.00 (C: 综合得分:, E: 100 = its 指标分值)
        "grade": "优",  # 120 E: 优 (C: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 003 lines 127-200 (sheet row = line - 126); 晋中市工业和信息化局 2020, 企业技术创新奖励补助
    "003_project_企业技术创新奖励补助.xlsx": {
        "project_name": "企业技术创新奖励补助",  # 131 C: 企业技术创新奖励补助 (A: 项目名称)
        "department": "202",  # 132 C: 202 (A: 主管部门及代码; a numeric cell, given as its text)
        # JUDGEMENT: the 实施单位 label (132 E) has no value on its row; its value is the text two rows
        # down in the same column, truncated at both ends by the extraction (晋中市工业和信息化局)
        # LEAD JUDGEMENT: the label 实施单位 has nothing right of it; the fragment two rows below sits
        # under another label (项目日期) and is not read as its value: the field is blank ("").
        "unit": "",  # 130 E: 实施单位 -- no value beside it (134 E: 中市工业和信息化 is under 项目日期)
        "project_type": "经常性项目",  # 133 C: 经常性项目 (A: 项目属性)
        "year": 2020,  # 127 A: 晋中市财政支出项目绩效自评表 (2020 年度) -- year inside the title cell
        "budget_city": 345.00,  # 136 E: 345.00 (B: 预算资金, C: 市级预算资金)
        "budget_other": 0.00,  # 137 E: 0.00 (C: 其他)
        "funds_allocated": 345.00,  # 138 F: 345.00 (B: 预算下达资金)
        "executed": 284.17,  # 139 E: 284.17 (B: 实际支出资金, C: 市级预算资金)
        "executed_carryover": 0.00,  # 140 E: 0.00 (C: 上年结转资金)
        "executed_upper": 0.00,  # 141 E: 0.00 (C: 上级财政资金)
        "executed_other": 0.00,  # 142 C: 0.00 (A: 其他 -- the label stands in column A, value in C)
        # Header 146: A 绩效目标 | B 实现情况 | C 绩效指标(二级) | D 绩效指标(三级) | E 目标值 |
        # F 实际完成指标值 (no 完成进度 header). Data rows: A level1 | B level2 | C name | D (empty) |
        # E target | F actual | G 完成进度.
        "indicators": [
            {  # 147
                "level1": "产出指标",  # 147 A: 产出指标
                "level2": "数量指标",  # 147 B: 数量指标
                "name": "指标1:对2019年新认定的省级企业技",  # 147 C: 指标1:对2019年新认定的省级企业技 (truncated as written)
                "target": "3个",  # 147 E: 3个
                "actual": "3个",  # 147 F: 3个
                "completion": "",  # 147 G: (empty)
            },
            {  # 148
                "level1": "产出指标",  # 148 A: (empty) -- carried from 147 A
                "level2": "数量指标",  # 148 B: (empty) -- carried from 147 B
                "name": "指标2:对2019年新认定的市级企业技",  # 148 C: 指标2:对2019年新认定的市级企业技
                "target": "14个",  # 148 E: 14个
                "actual": "企业技术中心属介休市(省级财政直管)",  # 148 F: 企业技术中心属介休市(省级财政直管) (as written)
                "completion": "",  # 148 G: (empty)
            },
            {  # 149: name C | D text | E (empty) | F actual | G completion
                # JUDGEMENT: the D text (a truncated document reference) is the 目标值, slipped one
                # column left -- E is empty, and D is never a name continuation on the other rows
                "level1": "产出指标",  # 149 A: (empty) -- carried from 147 A
                "level2": "质量指标",  # 149 B: 质量指标
                "name": "指标1:对2018年新认定的省、市级企",  # 149 C: 指标1:对2018年新认定的省、市级企
                "target": "新发展行动计划》市厅发(2015)28",  # 149 D: 新发展行动计划》市厅发(2015)28 -- slipped one left, read as 目标值
                "actual": "16户",  # 149 F: 16户
                # LEAD JUDGEMENT: this form's header has no 完成进度 column; the 100% in G stands under no
                # header and is reported as an unplaced value (info finding), not guessed into a field.
                "completion": "",  # 149 G: 100% -- under no column of the header
            },
            {  # 150: name only -- included with empty values
                "level1": "产出指标",  # 150 A: (empty) -- carried from 147 A
                "level2": "质量指标",  # 150 B: (empty) -- carried from 149 B
                "name": "指标2:",  # 150 C: 指标2:
                "target": "",  # 150 E: (empty)
                "actual": "",  # 150 F: (empty)
                "completion": "",  # 150 G: (empty)
            },
            {  # 151: actual SLIPPED one right (F empty, G holds it)
                # JUDGEMENT: G's 按时提交 / 2019.7 / 2020.12 (151-153) are the actuals (dates done), not
                # 完成进度 -- as RULES §6.4 #5 reads 153 (target 2019-12-01, done 2020.12)
                "level1": "产出指标",  # 151 A: (empty) -- carried from 147 A
                "level2": "时效指标",  # 151 B: 时效指标
                "name": "指标1:提交评价材料",  # 151 C: 指标1:提交评价材料
                "target": "2019-05-01 00:00:00",  # 151 E: 2019-05-01 00:00:00 (a text cell, as written)
                "actual": "按时提交",  # 151 G: 按时提交 (F empty) -- slipped one right, read as 实际完成指标值
                "completion": "",  # 151 -: none written
            },
            {  # 152: actual SLIPPED one right as 151
                "level1": "产出指标",  # 152 A: (empty) -- carried from 147 A
                "level2": "时效指标",  # 152 B: (empty) -- carried from 151 B
                "name": "指标2:组织有关专家核查评审",  # 152 C: 指标2:组织有关专家核查评审
                "target": "2019-08-01 00:00:00",  # 152 E: 2019-08-01 00:00:00
                "actual": "2019.7",  # 152 G: 2019.7 (F empty) -- slipped one right, read as 实际完成指标值
                "completion": "",  # 152 -: none written
            },
            {  # 153: actual SLIPPED one right as 151
                "level1": "产出指标",  # 153 A: (empty) -- carried from 147 A
                "level2": "时效指标",  # 153 B: (empty) -- carried from 151 B
                "name": "指标3:评价合格的给予奖励",  # 153 C: 指标3:评价合格的给予奖励
                "target": "2019-12-01 00:00:00",  # 153 E: 2019-12-01 00:00:00
                "actual": "2020.12",  # 153 G: 2020.12 (F empty) -- slipped one right, read as 实际完成指标值
                "completion": "",  # 153 -: none written
            },
            {  # 154: SHIFTED one left (A level2 | B name | D target | E empty | F actual)
                # JUDGEMENT: 150万 (F) is the actual (50万/户*3 = 150万), not 完成进度
                "level1": "产出指标",  # 154 A: 成本指标 (level-2 word) -- level1 carried from 147 A
                "level2": "成本指标",  # 154 A: 成本指标
                "name": "指标1:省级企业技术中心",  # 154 B: 指标1:省级企业技术中心
                "target": "50万/户*3",  # 154 D: 50万/户*3
                "actual": "150万",  # 154 F: 150万
                "completion": "",  # 154 -: none written
            },
            {  # 155: as 154
                "level1": "产出指标",  # 155 -: carried from 147 A
                "level2": "成本指标",  # 155 -: carried from 154 A
                "name": "指标2:市级企业技术中心",  # 155 B: 指标2:市级企业技术中心
                "target": "10万/户*14",  # 155 D: 10万/户*14
                "actual": "130万",  # 155 F: 130万
                "completion": "",  # 155 -: none written
            },
            {  # 156: name only -- included with empty values
                "level1": "效益指标",  # 156 A: 效益指标
                "level2": "经济效益指标",  # 156 B: 经济效益指标
                "name": "指标1:",  # 156 C: 指标1:
                "target": "",  # 156 E: (empty)
                "actual": "",  # 156 F: (empty)
                "completion": "",  # 156 G: (empty)
            },
            {  # 157: name only -- included with empty values
                "level1": "效益指标",  # 157 A: (empty) -- carried from 156 A
                "level2": "经济效益指标",  # 157 B: (empty) -- carried from 156 B
                "name": "指标2:",  # 157 C: 指标2:
                "target": "",  # 157 E: (empty)
                "actual": "",  # 157 F: (empty)
                "completion": "",  # 157 G: (empty)
            },
            {  # 158: actual SLIPPED one right (F empty, G holds it)
                "level1": "效益指标",  # 158 A: (empty) -- carried from 156 A
                "level2": "社会效益指标",  # 158 B: 社会效益指标
                "name": "指标1:确保政策落实",  # 158 C: 指标1:确保政策落实
                "target": "有利于示范和引导",  # 158 E: 有利于示范和引导
                "actual": "示范和引导作用明显",  # 158 G: 示范和引导作用明显 (F empty) -- slipped one right, read as 实际完成指标值
                "completion": "",  # 158 -: none written
            },
            {  # 159: name only -- included with empty values
                "level1": "效益指标",  # 159 A: (empty) -- carried from 156 A
                "level2": "社会效益指标",  # 159 B: (empty) -- carried from 158 B
                "name": "指标2:",  # 159 C: 指标2:
                "target": "",  # 159 E: (empty)
                "actual": "",  # 159 F: (empty)
                "completion": "",  # 159 G: (empty)
            },
            {  # 160: SHIFTED one left (A level2 | B name); name only -- included with empty values
                "level1": "效益指标",  # 160 A: 生态效益指标 (level-2 word) -- level1 carried from 156 A
                "level2": "生态效益指标",  # 160 A: 生态效益指标
                "name": "指标1:",  # 160 B: 指标1:
                "target": "",  # 160 -: (empty)
                "actual": "",  # 160 -: (empty)
                "completion": "",  # 160 -: (empty)
            },
            {  # 161: name only -- included with empty values
                "level1": "效益指标",  # 161 -: carried from 156 A
                "level2": "生态效益指标",  # 161 -: carried from 160 A
                "name": "指标2:",  # 161 B: 指标2:
                "target": "",  # 161 -: (empty)
                "actual": "",  # 161 -: (empty)
                "completion": "",  # 161 -: (empty)
            },
            {  # 162: SHIFTED one left as 160; name only -- included with empty values
                "level1": "效益指标",  # 162 A: 可持续影响指标 (level-2 word) -- level1 carried from 156 A
                "level2": "可持续影响指标",  # 162 A: 可持续影响指标
                "name": "指标1:",  # 162 B: 指标1:
                "target": "",  # 162 -: (empty)
                "actual": "",  # 162 -: (empty)
                "completion": "",  # 162 -: (empty)
            },
            {  # 163: name only -- included with empty values
                "level1": "效益指标",  # 163 -: carried from 156 A
                "level2": "可持续影响指标",  # 163 -: carried from 162 A
                "name": "指标2:",  # 163 B: 指标2:
                "target": "",  # 163 -: (empty)
                "actual": "",  # 163 -: (empty)
                "completion": "",  # 163 -: (empty)
            },
            {  # 164: aligned
                "level1": "满意度指标",  # 164 A: 满意度指标
                "level2": "服务对象满意度指标",  # 164 B: 服务对象满意度指标
                "name": "指标1:受企业满意度",  # 164 C: 指标1:受企业满意度
                "target": ">80%",  # 164 E: >80%
                "actual": "100%",  # 164 F: 100% (under 实际完成指标值)
                "completion": "",  # 164 G: (empty)
            },
            {  # 165: name only -- included with empty values
                "level1": "满意度指标",  # 165 A: (empty) -- carried from 164 A
                "level2": "服务对象满意度指标",  # 165 B: (empty) -- carried from 164 B
                "name": "指标2:",  # 165 C: 指标2:
                "target": "",  # 165 E: (empty)
                "actual": "",  # 165 F: (empty)
                "completion": "",  # 165 G: (empty)
            },
        ],
        # 评分表 header 168: A 评分表 | B 二级指标 | D 三级指标 | F 指标分值 | G 评价得分; item rows
        # 170-187: B level2 | E name | F weight | G score
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 170 B: 项目目标 | E: 项目立项规范性 | F: 3 | G: 3.00
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 171 B: (carried from 170) | E: 绩效目标合理性 | F: 4 | G: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 172 B: (carried) | E: 绩效指标明确性 | F: 4 | G: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 3.00},  # 173 B: 资金落实 | E: 资金到位率 | F: 3 | G: 3.00
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 3.00},  # 174 B: (carried from 173) | E: 到位及时率 | F: 3 | G: 3.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 2.47},  # 175 B: (carried) | E: 预算执行率 | F: 3 | G: 2.47
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 177 B: 业务管理 | E: 管理制度健全性 | F: 3 | G: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 178 B: (carried from 177) | E: 制度执行有效性 | F: 3 | G: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 4.00},  # 179 B: (carried) | E: 项目质量可控性 | F: 4 | G: 4.00
            {"level2": "财务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 180 B: 财务管理 | E: 管理制度健全性 | F: 3 | G: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 181 B: (carried from 180) | E: 资金使用合规性 | F: 3 | G: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 182 B: (carried) | E: 财务监控有效性 | F: 4 | G: 4.00
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 8.00},  # 184 B: 项目产出 | E: 实际完成率 | F: 8 | G: 8.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 7.00},  # 185 B: (carried from 184) | E: 完成及时率 | F: 7 | G: 7.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 186 B: (carried) | E: 质量达标率 | F: 8 | G: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 7.00},  # 187 B: (carried) | E: 成本节约率 | F: 7 | G: 7.00
            # 189-193: A level2 | D name | E weight | F score
            {"level2": "项目效果", "name": "经济效益", "weight": 0, "score": 0.00},  # 189 A: 项目效果 | D: 经济效益 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "社会效益", "weight": 20, "score": 20.00},  # 190 A: (carried from 189) | D: 社会效益 | E: 20 | F: 20.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 191 A: (carried) | D: 生态效益 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 0, "score": 0.00},  # 192 A: (carried) | D: 可持续影响 | E: 0 | F: 0.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 10.00},  # 193 A: (carried) | D: 社会公众或服务对象满意度 | E: 10 | F: 10.00
        ],
        "sections": {
            "投入": 19.47,  # 169 G: 19.47 (D: 投入:)
            "过程": 20.00,  # 176 G: 20.00 (D: 过程:)
            "产出": 30.00,  # 183 G: 30.00 (D: 产出:)
            "效果": 30.00,  # 188 F: 30.00 (C: 效果:)
        },
        "section_weights": {
            "投入": 20,  # 169 F: 20 (D: 投入:)
            "过程": 20,  # 176 F: 20 (D: 过程:)
            "产出": 30,  # 183 F: 30 (D: 产出:)
            "效果": 30,  # 188 E: 30 (C: 效果:)
        },
        "total_score": 99.47,  # 194 F: 99.47 (C: 综合得分:, E: 100 = its 指标分值)
        "grade": "优",  # 195 E: 优 (C: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 003 lines 202-266 (sheet row = line - 201); 晋中市工业和信息化局 2020, 新动能专项资金
    "003_project_新动能专项资金.xlsx": {
        "project_name": "新动能专项资金",  # 208 C: 新动能专项资金 (A: 项目名称)
        "department": "202",  # 209 C: 202 (A: 主管部门及代码; a numeric cell, given as its text)
        "unit": "",  # 209 E: 实施单位 -- label present, no value written anywhere (F.. empty; 210 only E 项目期); a blank text field is ""
        "project_type": "经常性项目",  # 210 C: 经常性项目 (A: 项目属性)
        "year": 2020,  # 204 A: (2020 年度)
        # Funds labels stand one or two columns right of the usual place (C 预算资金 / E 市级预算资金)
        "budget_city": 20000.00,  # 211 F: 20000.00 (C: 预算资金, E: 市级预算资金)
        "budget_other": 0.00,  # 212 G: 0.00 (E: 其他; value two cells right)
        # JUDGEMENT: line 213 holds both the group label 实际支出资金 (C, for the rows below) and
        # 预算下达资金 (E); its value 5000.00 (G) is 预算下达资金 (RULES §6.4: 0.75 = 5000/20000 × 3)
        "funds_allocated": 5000.00,  # 213 G: 5000.00 (E: 预算下达资金; C: 实际支出资金 is the group label of 214-217)
        "executed": 5000.00,  # 214 G: 5000.00 (E: 市级预算资金, under 213 C 实际支出资金)
        "executed_carryover": 0.00,  # 215 G: 0.00 (E: 上年结转资金)
        "executed_upper": 0.00,  # 216 G: 0.00 (E: 上级财政资金)
        "executed_other": 0.00,  # 217 E: 0.00 (C: 其他 -- label two columns left of its siblings)
        # Header 221: A 绩效目标 | B 实现情况 | C 绩效指标(二级) | D 绩效指标(三级) | E 目标值 |
        # F 实际完成指标值 | G 完成进度; rows 222-227 are aligned with it (level1 in A).
        "indicators": [
            {  # 222
                "level1": "产出指标",  # 222 A: 产出指标
                "level2": "数量指标",  # 222 C: 数量指标
                "name": "设立技改资金",  # 222 D: 设立技改资金
                "target": "1亿元",  # 222 E: 1亿元
                "actual": "5000万元",  # 222 F: 5000万元
                "completion": "5000万元",  # 222 G: 5000万元 (as written; RULES §6.4 #6)
            },
            {  # 223
                "level1": "产出指标",  # 223 A: (empty) -- carried from 222 A
                "level2": "质量指标",  # 223 C: 质量指标
                "name": "指标1",  # 223 D: 指标1
                "target": "和转型发展,推动项目快速建",  # 223 E: 和转型发展,推动项目快速建 (truncated as written)
                "actual": "稳定发展 可引导企业加快技术",  # 223 F: 稳定发展 可引导企业加快技术
                "completion": "100%",  # 223 G: 100%
            },
            {  # 224
                "level1": "产出指标",  # 224 A: (empty) -- carried from 222 A
                "level2": "时效指标",  # 224 C: 时效指标
                "name": "指标1",  # 224 D: 指标1
                "target": "1年",  # 224 E: 1年
                "actual": "已完成",  # 224 F: 已完成
                "completion": "100%",  # 224 G: 100%
            },
            {  # 225
                # JUDGEMENT: the form writes no 效益指标 label at all; level1 supplied from the category
                # of 经济效益指标. A mechanical carry-down would give 产出指标 (from 222 A) for 225-227
                "level1": "效益指标",  # 225 A: (empty) -- supplied (no label in the form)
                "level2": "经济效益指标",  # 225 C: 经济效益指标
                "name": "指标2: 企业利税",  # 225 D: 指标2: 企业利税
                "target": "促进企业利税增加",  # 225 E: 促进企业利税增加
                "actual": "促进企业利税增加",  # 225 F: 促进企业利税增加
                "completion": "100",  # 225 G: 100 (a number without %, as written)
            },
            {  # 226
                "level1": "效益指标",  # 226 A: (empty) -- as 225 (mechanical: 产出指标)
                "level2": "经济效益指标",  # 226 C: (empty) -- carried from 225 C
                "name": "指标1: 企业销售收入",  # 226 D: 指标1: 企业销售收入
                "target": "促进企业销售收入增加",  # 226 E: 促进企业销售收入增加
                "actual": "促进企业销售收入增加",  # 226 F: 促进企业销售收入增加
                "completion": "100",  # 226 G: 100
            },
            {  # 227
                "level1": "效益指标",  # 227 A: (empty) -- as 225 (mechanical: 产出指标)
                "level2": "社会效益指标",  # 227 C: 社会效益指标
                "name": "指标1: 就业人数",  # 227 D: 指标1: 就业人数
                "target": "增加就业人员",  # 227 E: 增加就业人员
                "actual": "增加就业人员",  # 227 F: 增加就业人员
                "completion": "100",  # 227 G: 100
            },
            {  # 228: SHIFTED one left from B (B level2 | C name | D target | E actual | F completion)
                # JUDGEMENT: A's 满意度指标 belongs to line 229 (服务对象满意度指标); 可持续影响指标 is a
                # 效益指标 category. Taken as written / carried, level1 would be 满意度指标
                # LEAD JUDGEMENT: a level written on the row is kept as written (the checks can flag a
                # 可持续影响指标 under 满意度指标); only carried-down levels yield to the lower level's category.
                "level1": "满意度指标",  # 228 A: 满意度指标
                "level2": "可持续影响指标",  # 228 B: 可持续影响指标
                "name": "指标1: 对投资企业前期调研",  # 228 C: 指标1: 对投资企业前期调研
                "target": "长期有效",  # 228 D: 长期有效
                "actual": "完成",  # 228 E: 完成
                "completion": "100%",  # 228 F: 100%
            },
            {  # 229: SHIFTED as 228
                "level1": "满意度指标",  # 229 A: (empty) -- 满意度指标 from 228 A
                "level2": "服务对象满意度指标",  # 229 B: 服务对象满意度指标
                "name": "指标1: 企业满意度",  # 229 C: 指标1: 企业满意度
                "target": "大于90%以上",  # 229 D: 大于90%以上
                "actual": "满意",  # 229 E: 满意
                "completion": "100%",  # 229 F: 100%
            },
            # 230: B 成本指标 only, 231: B 生态效益指标 only -- no name: not indicator rows
        ],
        # 评分表 header 234: A 评分表 | B 二级指标 | C 三级指标 | E 指标分值 | F 评价得分; item rows
        # 236-253: B level2 | C name | E weight | F score
        "items": [
            {"level2": "项目目标", "name": "项目立项规范性", "weight": 3, "score": 3.00},  # 236 B: 项目目标 | C: 项目立项规范性 | E: 3 | F: 3.00
            {"level2": "项目目标", "name": "绩效目标合理性", "weight": 4, "score": 4.00},  # 237 B: (carried from 236) | C: 绩效目标合理性 | E: 4 | F: 4.00
            {"level2": "项目目标", "name": "绩效指标明确性", "weight": 4, "score": 4.00},  # 238 B: (carried) | C: 绩效指标明确性 | E: 4 | F: 4.00
            {"level2": "资金落实", "name": "资金到位率", "weight": 3, "score": 0.75},  # 239 B: 资金落实 | C: 资金到位率 | E: 3 | F: 0.75
            {"level2": "资金落实", "name": "到位及时率", "weight": 3, "score": 3.00},  # 240 B: (carried from 239) | C: 到位及时率 | E: 3 | F: 3.00
            {"level2": "资金落实", "name": "预算执行率", "weight": 3, "score": 3.00},  # 241 B: (carried) | C: 预算执行率 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 243 B: 业务管理 | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "制度执行有效性", "weight": 3, "score": 3.00},  # 244 B: (carried from 243) | C: 制度执行有效性 | E: 3 | F: 3.00
            {"level2": "业务管理", "name": "项目质量可控性", "weight": 4, "score": 4.00},  # 245 B: (carried) | C: 项目质量可控性 | E: 4 | F: 4.00
            # JUDGEMENT: 246 is 财务管理's 管理制度健全性 (the 财务管理 label stands mid-range on 247; 业务管理
            # already has its three items 243-245). A mechanical carry-down would give 业务管理.
            # LEAD JUDGEMENT: the level carries down as written (业务管理 from 243 B); the reader does not
            # infer from item counts that the 财务管理 label below was meant to start a row earlier.
            {"level2": "业务管理", "name": "管理制度健全性", "weight": 3, "score": 3.00},  # 246 B: (empty) -- 业务管理 carried from 243 B | C: 管理制度健全性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "资金使用合规性", "weight": 3, "score": 3.00},  # 247 B: 财务管理 | C: 资金使用合规性 | E: 3 | F: 3.00
            {"level2": "财务管理", "name": "财务监控有效性", "weight": 4, "score": 4.00},  # 248 B: (carried from 247) | C: 财务监控有效性 | E: 4 | F: 4.00
            {"level2": "项目产出", "name": "实际完成率", "weight": 8, "score": 8.00},  # 250 B: 项目产出 | C: 实际完成率 | E: 8 | F: 8.00
            {"level2": "项目产出", "name": "完成及时率", "weight": 7, "score": 7.00},  # 251 B: (carried from 250) | C: 完成及时率 | E: 7 | F: 7.00
            {"level2": "项目产出", "name": "质量达标率", "weight": 8, "score": 8.00},  # 252 B: (carried) | C: 质量达标率 | E: 8 | F: 8.00
            {"level2": "项目产出", "name": "成本节约率", "weight": 7, "score": 7.00},  # 253 B: (carried) | C: 成本节约率 | E: 7 | F: 7.00
            # 255-259 SHIFTED one left: A level2 | B name | D weight | E score
            {"level2": "项目效果", "name": "经济效益", "weight": 10, "score": 10.00},  # 255 A: 项目效果 | B: 经济效益 | D: 10 | E: 10.00
            {"level2": "项目效果", "name": "社会效益", "weight": 10, "score": 10.00},  # 256 A: (carried from 255) | B: 社会效益 | D: 10 | E: 10.00
            {"level2": "项目效果", "name": "生态效益", "weight": 0, "score": 0.00},  # 257 A: (carried) | B: 生态效益 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "可持续影响", "weight": 0, "score": 0.00},  # 258 A: (carried) | B: 可持续影响 | D: 0 | E: 0.00
            {"level2": "项目效果", "name": "社会公众或服务对象满意度", "weight": 10, "score": 10.00},  # 259 A: (carried) | B: 社会公众或服务对象满意度 | D: 10 | E: 10.00
        ],
        "sections": {
            "投入": 17.75,  # 235 F: 17.75 (C: 投入:)
            "过程": 20.00,  # 242 F: 20.00 (C: 过程:)
            "产出": 30.00,  # 249 F: 30.00 (C: 产出:)
            "效果": 30.00,  # 254 E: 30.00 (B: 效果:)
        },
        "section_weights": {
            "投入": 20,  # 235 E: 20 (C: 投入:)
            "过程": 20,  # 242 E: 20 (C: 过程:)
            "产出": 30,  # 249 E: 30 (C: 产出:)
            "效果": 30,  # 254 D: 30 (B: 效果:)
        },
        "total_score": 97.75,  # 260 F: 97.75 (A: 综合得分:, E: 100 = its 指标分值)
        "grade": "优",  # 261 E: 优 (A: 评价结果等次:)
    },
}
