"""Hand-made golden records for the third-party policy evaluation report 2023年度支持开发区建设发展专项资金
项目重点评价报告 (templates "policy-eval-summary", "policy-eval-scores", "policy-eval-system",
"policy-eval-funds"), one form per sheet of one workbook.

Worked out by hand from the seed text tests/data/seeds/004_80dc64eda384f1d0.txt lines 1120-1528, never
by running the engine. One seed line = one sheet row, one TAB field = one cell (field 1 = column A,
field 2 = B, ...); see samples/README-seed.md. Each sheet holds one block of lines (sheet row =
LINE - first line + 1):

    绩效评价综合得分情况表           lines 1120-1126 (sheet row = line - 1119)
    制定类指标评分表                 lines 1142-1152 (sheet row = line - 1141)
    实施类指标评分表                 lines 1196-1207 (sheet row = line - 1195)
    效果类指标评分表                 lines 1253-1264 (sheet row = line - 1252)
    可持续性指标评分表               lines 1308-1315 (sheet row = line - 1307)
    附件 绩效评价指标体系及评分      lines 1363-1517 (sheet row = line - 1362)
    资金投入和支出结构               lines 1521-1528 (sheet row = line - 1520)

MULTI_SHEET: this module is keyed EXPECTED[file][sheet] -> record and TEMPLATE[sheet] -> template id;
the runner must match each expected sheet to the form whose "sheet" field is that sheet name.

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from; "(empty)" is a blank cell. Where the value is a reading rather than
a copy (a level carried down, a shifted row), the comment says so after "--". Rows written on one
line carry the comment at the end, giving the seed line and every non-empty cell of the row as
`COL text`. "JUDGEMENT" marks a call that could reasonably go the other way.

General readings (judgement calls, see also the per-sheet comments):
- Numbers are the numbers as written ("20" -> 20, "10000000" -> 10000000). Percentages ("100%",
  "0%") are held as fractions (1.0, 0.0).
- Text values are the cell text exactly as in the seed ("A 政策制定", "A101 政策出台必要性"), code
  prefix and spacing included.
- Levels (level1/level1_weight/level2/level2_weight) are carried down from the rows above when the
  row leaves them empty (merged in the workbook).
- RULES.md §5: A 20 (6/6/8), B 30 (15/15), C 40 (25/10/5), D 10 (2/3/2/3), total 100; every value
  below agrees with that split.
"""

MULTI_SHEET = True

FILE = "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx"

S_SUMMARY = "绩效评价综合得分情况表"
S_A = "制定类指标评分表"
S_B = "实施类指标评分表"
S_C = "效果类指标评分表"
S_D = "可持续性指标评分表"
S_SYSTEM = "附件 绩效评价指标体系及评分"
S_FUNDS = "资金投入和支出结构"

# Template id per sheet (MULTI_SHEET: keyed by sheet name, not by file).
TEMPLATE = {
    S_SUMMARY: "policy-eval-summary",
    S_A: "policy-eval-scores",
    S_B: "policy-eval-scores",
    S_C: "policy-eval-scores",
    S_D: "policy-eval-scores",
    S_SYSTEM: "policy-eval-system",
    S_FUNDS: "policy-eval-funds",
}

EXPECTED = {
    FILE: {
        # ------------------------------------------------------------------------------------------
        # 绩效评价综合得分情况表 lines 1120-1126. Title 1120 A: **2023 年度支持开发区建设发展专项资金,
        # 1121 A: 绩效评价综合得分情况表**; 1122 empty. Header 1123: A 指标 | B A 制定 | C B 实施 |
        # D C 效果 | E D 可持续 | F 合计. Columns: B -> A, C -> B, D -> C, E -> D, F -> total.
        # The table has no total row: the top-level A/B/C/D/total are null.
        S_SUMMARY: {
            "A": None,  # no total row in 1120-1126
            "B": None,  # no total row in 1120-1126
            "C": None,  # no total row in 1120-1126
            "D": None,  # no total row in 1120-1126
            "total": None,  # no total row in 1120-1126
            "dimensions": [
                {"name": "权重", "A": 20, "B": 30, "C": 40, "D": 10, "total": 100},  # 1124: A 权重 | B 20 | C 30 | D 40 | E 10 | F 100
                {"name": "得分", "A": 20, "B": 30, "C": 40, "D": 10, "total": 100},  # 1125: A 得分 | B 20 | C 30 | D 40 | E 10 | F 100
                # 得分率: "100%" -> 1.0 (a fraction) in every column
                {"name": "得分率", "A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "total": 1.0},  # 1126: A 得分率 | B 100% | C 100% | D 100% | E 100% | F 100%
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 制定类指标评分表 lines 1142-1152. Title 1142 A; 1143 empty. Header 1144: A 一级指标 | B 分值 |
        # C 二级指标 | D 分值 | E 三级指标 | F 分值 | G 得分. Columns: A level1, B level1_weight,
        # C level2, D level2_weight, E name, F weight, G score. All rows aligned with the header.
        S_A: {
            "indicators": [
                {  # 1145: aligned
                    "level1": "A 政策制定",  # 1145 A: A 政策制定
                    "level1_weight": 20,  # 1145 B: 20
                    "level2": "A1 政策决策",  # 1145 C: A1 政策决策
                    "level2_weight": 6,  # 1145 D: 6
                    "name": "A101 政策出台必要性",  # 1145 E: A101 政策出台必要性
                    "weight": 2,  # 1145 F: 2
                    "score": 2,  # 1145 G: 2
                },
                {  # 1146: aligned
                    "level1": "A 政策制定",  # 1146 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1146 B: (empty) -- carried from 1145 B 20
                    "level2": "A1 政策决策",  # 1146 C: (empty) -- carried from 1145 C A1 政策决策
                    "level2_weight": 6,  # 1146 D: (empty) -- carried from 1145 D 6
                    "name": "A102 立项依据充分性",  # 1146 E: A102 立项依据充分性
                    "weight": 2,  # 1146 F: 2
                    "score": 2,  # 1146 G: 2
                },
                {  # 1147: aligned
                    "level1": "A 政策制定",  # 1147 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1147 B: (empty) -- carried from 1145 B 20
                    "level2": "A1 政策决策",  # 1147 C: (empty) -- carried from 1145 C A1 政策决策
                    "level2_weight": 6,  # 1147 D: (empty) -- carried from 1145 D 6
                    "name": "A103 政策立项程序合规性",  # 1147 E: A103 政策立项程序合规性
                    "weight": 2,  # 1147 F: 2
                    "score": 2,  # 1147 G: 2
                },
                {  # 1148: aligned
                    "level1": "A 政策制定",  # 1148 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1148 B: (empty) -- carried from 1145 B 20
                    "level2": "A2 政策目标",  # 1148 C: A2 政策目标
                    "level2_weight": 6,  # 1148 D: 6
                    "name": "A201 政策目标合理性",  # 1148 E: A201 政策目标合理性
                    "weight": 3,  # 1148 F: 3
                    "score": 3,  # 1148 G: 3
                },
                {  # 1149: aligned
                    "level1": "A 政策制定",  # 1149 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1149 B: (empty) -- carried from 1145 B 20
                    "level2": "A2 政策目标",  # 1149 C: (empty) -- carried from 1148 C A2 政策目标
                    "level2_weight": 6,  # 1149 D: (empty) -- carried from 1148 D 6
                    "name": "A202 政策目标明确性",  # 1149 E: A202 政策目标明确性
                    "weight": 3,  # 1149 F: 3
                    "score": 3,  # 1149 G: 3
                },
                {  # 1150: aligned
                    "level1": "A 政策制定",  # 1150 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1150 B: (empty) -- carried from 1145 B 20
                    "level2": "A3 资金投入",  # 1150 C: A3 资金投入
                    "level2_weight": 8,  # 1150 D: 8
                    "name": "A301 资金分配合理性",  # 1150 E: A301 资金分配合理性
                    "weight": 4,  # 1150 F: 4
                    "score": 4,  # 1150 G: 4
                },
                {  # 1151: aligned
                    "level1": "A 政策制定",  # 1151 A: (empty) -- carried from 1145 A A 政策制定
                    "level1_weight": 20,  # 1151 B: (empty) -- carried from 1145 B 20
                    "level2": "A3 资金投入",  # 1151 C: (empty) -- carried from 1150 C A3 资金投入
                    "level2_weight": 8,  # 1151 D: (empty) -- carried from 1150 D 8
                    "name": "A302 预算编制科学性",  # 1151 E: A302 预算编制科学性
                    "weight": 4,  # 1151 F: 4
                    "score": 4,  # 1151 G: 4
                },
            ],
            # 1152: A 合计 | F 20 | G 20 (B-E empty)
            "total_weight": 20,  # 1152 F: 20 (first number of the 合计 row)
            "total_score": 20,  # 1152 G: 20 (last number of the 合计 row)
        },
        # ------------------------------------------------------------------------------------------
        # 实施类指标评分表 lines 1196-1207. Title 1196 A; 1197 empty. Header 1198: A 一级指标 | B 分值 |
        # C 二级指标 | D 分值 | E 三级指标 | F 分值 | G 得分 (same columns as 制定类). All rows aligned.
        S_B: {
            "indicators": [
                {  # 1199: aligned
                    "level1": "B 政策实施",  # 1199 A: B 政策实施
                    "level1_weight": 30,  # 1199 B: 30
                    "level2": "B1 组织管理",  # 1199 C: B1 组织管理
                    "level2_weight": 15,  # 1199 D: 15
                    "name": "B101 组织机构规范性",  # 1199 E: B101 组织机构规范性
                    "weight": 3,  # 1199 F: 3
                    "score": 3,  # 1199 G: 3
                },
                {  # 1200: aligned
                    "level1": "B 政策实施",  # 1200 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1200 B: (empty) -- carried from 1199 B 30
                    "level2": "B1 组织管理",  # 1200 C: (empty) -- carried from 1199 C B1 组织管理
                    "level2_weight": 15,  # 1200 D: (empty) -- carried from 1199 D 15
                    "name": "B102 管理制度健全性",  # 1200 E: B102 管理制度健全性
                    "weight": 3,  # 1200 F: 3
                    "score": 3,  # 1200 G: 3
                },
                {  # 1201: aligned
                    "level1": "B 政策实施",  # 1201 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1201 B: (empty) -- carried from 1199 B 30
                    "level2": "B1 组织管理",  # 1201 C: (empty) -- carried from 1199 C B1 组织管理
                    "level2_weight": 15,  # 1201 D: (empty) -- carried from 1199 D 15
                    "name": "B103 实施过程合规性",  # 1201 E: B103 实施过程合规性
                    "weight": 3,  # 1201 F: 3
                    "score": 3,  # 1201 G: 3
                },
                {  # 1202: aligned
                    "level1": "B 政策实施",  # 1202 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1202 B: (empty) -- carried from 1199 B 30
                    "level2": "B1 组织管理",  # 1202 C: (empty) -- carried from 1199 C B1 组织管理
                    "level2_weight": 15,  # 1202 D: (empty) -- carried from 1199 D 15
                    "name": "B104 政策实施公平性",  # 1202 E: B104 政策实施公平性
                    "weight": 3,  # 1202 F: 3
                    "score": 3,  # 1202 G: 3
                },
                {  # 1203: aligned
                    "level1": "B 政策实施",  # 1203 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1203 B: (empty) -- carried from 1199 B 30
                    "level2": "B1 组织管理",  # 1203 C: (empty) -- carried from 1199 C B1 组织管理
                    "level2_weight": 15,  # 1203 D: (empty) -- carried from 1199 D 15
                    "name": "B105 绩效自评完整性",  # 1203 E: B105 绩效自评完整性
                    "weight": 3,  # 1203 F: 3
                    "score": 3,  # 1203 G: 3
                },
                {  # 1204: aligned
                    "level1": "B 政策实施",  # 1204 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1204 B: (empty) -- carried from 1199 B 30
                    "level2": "B2 资金管理",  # 1204 C: B2 资金管理
                    "level2_weight": 15,  # 1204 D: 15
                    "name": "B201 资金到位率",  # 1204 E: B201 资金到位率
                    "weight": 5,  # 1204 F: 5
                    "score": 5,  # 1204 G: 5
                },
                {  # 1205: aligned
                    "level1": "B 政策实施",  # 1205 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1205 B: (empty) -- carried from 1199 B 30
                    "level2": "B2 资金管理",  # 1205 C: (empty) -- carried from 1204 C B2 资金管理
                    "level2_weight": 15,  # 1205 D: (empty) -- carried from 1204 D 15
                    "name": "B202 预算执行率",  # 1205 E: B202 预算执行率
                    "weight": 5,  # 1205 F: 5
                    "score": 5,  # 1205 G: 5
                },
                {  # 1206: aligned
                    "level1": "B 政策实施",  # 1206 A: (empty) -- carried from 1199 A B 政策实施
                    "level1_weight": 30,  # 1206 B: (empty) -- carried from 1199 B 30
                    "level2": "B2 资金管理",  # 1206 C: (empty) -- carried from 1204 C B2 资金管理
                    "level2_weight": 15,  # 1206 D: (empty) -- carried from 1204 D 15
                    "name": "B203 资金使用合规性",  # 1206 E: B203 资金使用合规性
                    "weight": 5,  # 1206 F: 5
                    "score": 5,  # 1206 G: 5
                },
            ],
            # 1207: A 合计 | F 30 | G 30 (B-E empty)
            "total_weight": 30,  # 1207 F: 30 (first number of the 合计 row)
            "total_score": 30,  # 1207 G: 30 (last number of the 合计 row)
        },
        # ------------------------------------------------------------------------------------------
        # 效果类指标评分表 lines 1253-1264. Title 1253 A; 1254 empty. Header 1255: A 一级指标 | B 分值 |
        # C 二级指标 | D 分值 | E 三级指标 | F 分值 | G 得分. Rows 1256-1260 aligned; 1261 is an empty
        # sheet row inside the table (it does not end it: the table ends at its 合计 row 1264).
        # JUDGEMENT: the C3 rows 1262-1263 and the 合计 row 1264 sit one column LEFT of the header
        # (1262: A (empty) | B C3 政策对象满意度 | C 5 | D C301 政策知晓度 | E 2 | F 2 | G (empty)); they
        # are read by meaning: level2 = B, level2_weight = C, name = D, weight = E, score = F; level1
        # and its weight are carried down from 1256. Under the header's 得分 column G these rows hold
        # nothing (a positional reading would give score null and weight = the score).
        S_C: {
            "indicators": [
                {  # 1256: aligned
                    "level1": "C 政策效果",  # 1256 A: C 政策效果
                    "level1_weight": 40,  # 1256 B: 40
                    "level2": "C1 政策产出目标实现程度",  # 1256 C: C1 政策产出目标实现程度
                    "level2_weight": 25,  # 1256 D: 25
                    "name": "C101 政策奖励补助覆盖程度",  # 1256 E: C101 政策奖励补助覆盖程度
                    "weight": 10,  # 1256 F: 10
                    "score": 10,  # 1256 G: 10
                },
                {  # 1257: aligned
                    "level1": "C 政策效果",  # 1257 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1257 B: (empty) -- carried from 1256 B 40
                    "level2": "C1 政策产出目标实现程度",  # 1257 C: (empty) -- carried from 1256 C C1 政策产出目标实现程度
                    "level2_weight": 25,  # 1257 D: (empty) -- carried from 1256 D 25
                    "name": "C102 政策奖励补助标准达标程度",  # 1257 E: C102 政策奖励补助标准达标程度
                    "weight": 10,  # 1257 F: 10
                    "score": 10,  # 1257 G: 10
                },
                {  # 1258: aligned
                    "level1": "C 政策效果",  # 1258 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1258 B: (empty) -- carried from 1256 B 40
                    "level2": "C1 政策产出目标实现程度",  # 1258 C: (empty) -- carried from 1256 C C1 政策产出目标实现程度
                    "level2_weight": 25,  # 1258 D: (empty) -- carried from 1256 D 25
                    "name": "C103 政策资金下达及时率",  # 1258 E: C103 政策资金下达及时率
                    "weight": 5,  # 1258 F: 5
                    "score": 5,  # 1258 G: 5
                },
                {  # 1259: aligned
                    "level1": "C 政策效果",  # 1259 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1259 B: (empty) -- carried from 1256 B 40
                    "level2": "C2 政策效益",  # 1259 C: C2 政策效益
                    "level2_weight": 10,  # 1259 D: 10
                    "name": "C201 带动社会资金投入",  # 1259 E: C201 带动社会资金投入
                    "weight": 5,  # 1259 F: 5
                    "score": 5,  # 1259 G: 5
                },
                {  # 1260: aligned
                    "level1": "C 政策效果",  # 1260 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1260 B: (empty) -- carried from 1256 B 40
                    "level2": "C2 政策效益",  # 1260 C: (empty) -- carried from 1259 C C2 政策效益
                    "level2_weight": 10,  # 1260 D: (empty) -- carried from 1259 D 10
                    "name": "C202 推动基础设施建设",  # 1260 E: C202 推动基础设施建设
                    "weight": 5,  # 1260 F: 5
                    "score": 5,  # 1260 G: 5
                },
                {  # 1262: SHIFTED one column left (see JUDGEMENT above); 1261 is an empty row
                    "level1": "C 政策效果",  # 1262 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1262 (no level1 weight cell in the shifted row) -- carried from 1256 B 40
                    "level2": "C3 政策对象满意度",  # 1262 B: C3 政策对象满意度 -- shifted, read as level2
                    "level2_weight": 5,  # 1262 C: 5 -- shifted, read as level2_weight
                    "name": "C301 政策知晓度",  # 1262 D: C301 政策知晓度 -- shifted, read as name
                    "weight": 2,  # 1262 E: 2 -- shifted, read as 分值
                    "score": 2,  # 1262 F: 2 -- shifted, read as 得分 (G empty)
                },
                {  # 1263: SHIFTED one column left (see JUDGEMENT above)
                    "level1": "C 政策效果",  # 1263 A: (empty) -- carried from 1256 A C 政策效果
                    "level1_weight": 40,  # 1263 (no level1 weight cell in the shifted row) -- carried from 1256 B 40
                    "level2": "C3 政策对象满意度",  # 1263 B: (empty) -- carried from 1262 B C3 政策对象满意度
                    "level2_weight": 5,  # 1263 C: (empty) -- carried from 1262 C 5
                    "name": "C302 受益群体满意度",  # 1263 D: C302 受益群体满意度 -- shifted, read as name
                    "weight": 3,  # 1263 E: 3 -- shifted, read as 分值
                    "score": 3,  # 1263 F: 3 -- shifted, read as 得分 (G empty)
                },
            ],
            # 1264: A 合计 | E 40 | F 40 (B-D and G empty; shifted one column left like 1262-1263)
            "total_weight": 40,  # 1264 E: 40 (first number of the 合计 row)
            "total_score": 40,  # 1264 F: 40 (last number of the 合计 row)
        },
        # ------------------------------------------------------------------------------------------
        # 可持续性指标评分表 lines 1308-1315. Title 1308 A; 1309 empty. Header 1310: A 一级指标 | B 分值 |
        # C 二级指标 | D 分值 | E 三级指标 | F 分值 | G 得分. All rows aligned; every 二级指标 has one
        # 三级指标.
        S_D: {
            "indicators": [
                {  # 1311: aligned
                    "level1": "D 政策可持续性",  # 1311 A: D 政策可持续性
                    "level1_weight": 10,  # 1311 B: 10
                    "level2": "D1 政策环境的可持续性",  # 1311 C: D1 政策环境的可持续性
                    "level2_weight": 2,  # 1311 D: 2
                    "name": "D101 发展驱动战略",  # 1311 E: D101 发展驱动战略
                    "weight": 2,  # 1311 F: 2
                    "score": 2,  # 1311 G: 2
                },
                {  # 1312: aligned
                    "level1": "D 政策可持续性",  # 1312 A: (empty) -- carried from 1311 A D 政策可持续性
                    "level1_weight": 10,  # 1312 B: (empty) -- carried from 1311 B 10
                    "level2": "D2 工作机制的可持续性",  # 1312 C: D2 工作机制的可持续性
                    "level2_weight": 3,  # 1312 D: 3
                    "name": "D201 政策相关措施机制",  # 1312 E: D201 政策相关措施机制
                    "weight": 3,  # 1312 F: 3
                    "score": 3,  # 1312 G: 3
                },
                {  # 1313: aligned
                    "level1": "D 政策可持续性",  # 1313 A: (empty) -- carried from 1311 A D 政策可持续性
                    "level1_weight": 10,  # 1313 B: (empty) -- carried from 1311 B 10
                    "level2": "D3 资金保障的可持续性",  # 1313 C: D3 资金保障的可持续性
                    "level2_weight": 2,  # 1313 D: 2
                    "name": "D301 财政奖补资金的落实程度",  # 1313 E: D301 财政奖补资金的落实程度
                    "weight": 2,  # 1313 F: 2
                    "score": 2,  # 1313 G: 2
                },
                {  # 1314: aligned
                    "level1": "D 政策可持续性",  # 1314 A: (empty) -- carried from 1311 A D 政策可持续性
                    "level1_weight": 10,  # 1314 B: (empty) -- carried from 1311 B 10
                    "level2": "D4 政策预期效果的可持续性",  # 1314 C: D4 政策预期效果的可持续性
                    "level2_weight": 3,  # 1314 D: 3
                    "name": "D401 创新生态建设政策体系",  # 1314 E: D401 创新生态建设政策体系
                    "weight": 3,  # 1314 F: 3
                    "score": 3,  # 1314 G: 3
                },
            ],
            # 1315: A 合计 | F 10 | G 10 (B-E empty)
            "total_weight": 10,  # 1315 F: 10 (first number of the 合计 row)
            "total_score": 10,  # 1315 G: 10 (last number of the 合计 row)
        },
        # ------------------------------------------------------------------------------------------
        # 附件 绩效评价指标体系及评分 lines 1363-1517: the report's annex, 14 printed pages. Each page
        # repeats 附件 / the title 2023 年度支持开发区建设发展专项资金项目 绩效评价指标体系 / a two-line
        # header, and ends with a page number ("- 24 -" ... "- 37 -"); pages start with continuation
        # rows (narrative fragments of the previous page's last indicator, no code: not indicators).
        # Header (1370/1371 and most pages): A 一级指标 | B 二级指标 | C 三级指标 / 指标名称 | D 分值 |
        # E 指标解释说明 | F 标杆值 | G 评价标准 | H 数据来源 | I 完成情况 | J 得分.
        # Pages 1456/1457 and 1476/1477 have a header one column short: A 一级指标 | B 二级指标 |
        # C 三级指标 / 指标名称 | D 分值 | E 标杆值 | F 评价标准 | G 数据来源 | H 完成情况 | I 得分
        # (no 指标解释说明 label): on those pages 得分 is column I.
        # Indicators: every row with an indicator code in its 指标名称 column C, or shifted into B
        # (1392, 1393, 1436, 1437): 26 rows, A101 ... D401, each once.
        # Only "name", "weight" and "score" are expected here: level1/level2 labels are carried across
        # page breaks and stand out of place on several pages (B's labels appear on 1423, after
        # B101/B102), and the narrative columns (explanation, benchmark, standard, source, completion)
        # are split over pages, merged into one another (source + completion in H on 1478-1480,
        # 1504-1505) and cut mid-sentence -- too irregular to be worth an oracle.
        # weight/score = the cell under this page's 分值/得分 header; where that cell does not hold
        # the value (shifted rows), it is what the cell holds (null: empty or text) and a JUDGEMENT
        # comment gives the value read by meaning. The lead reconciles these.
        S_SYSTEM: {
            "indicators": [
                # page 1: header 1370/1371 (D 分值, J 得分)
                {"name": "A101 政策出台必要性", "weight": 2, "score": 2},  # 1372: A A 政策制定(20分) | B A1 政策决策(6分) | C A101 政策出台必要性 | D 2 | E-I narrative | J 2
                {"name": "A102 立项依据充分性", "weight": 2, "score": 2},  # 1373: C A102 立项依据充分性 | D 2 | E-I narrative | J 2
                # page 2: header 1381/1382 (D 分值, J 得分)
                # JUDGEMENT: 1383's G and H are the tail of A102's 评价标准 (④...) and 完成情况 (本次评价未发现...
                # 本指标得 2 分); A103's 完成情况 text and its score 2 stand on the continuation row
                # 1384, one column left (H text, I 2, J empty). Under 得分 (J) 1383 and 1384 hold
                # nothing -> null; by meaning the score is 2 (1384 I: 2).
                {"name": "A103 政策立项程序合规性", "weight": 2, "score": None},  # 1383: C A103 政策立项程序合规性 | D 2 | E 政策立项的申请... | F 合规 | G ④政策内容... | H 本次评价未发现... | I (empty) | J (empty)
                # page 3: header 1390/1391 (D 分值, J 得分)
                # JUDGEMENT: 1392 and 1393 are shifted one column LEFT: A level2 (A2 政策目标 (6分), on
                # 1392), B name, C 分值, D 指标解释说明, E 标杆值, F 评价标准, G 数据来源, H 完成情况,
                # I 得分, J empty. Under 分值 (D) they hold explanation text (not a number) -> null;
                # under 得分 (J) nothing -> null. By meaning weight 3 (C) and score 3 (I).
                # LEAD JUDGEMENT: rows 1392-1393 stand one column left as a whole; read by meaning
                # (分值 C 3, 得分 I 3), as the A/B/C/D 评分表 confirms (A201 3/3, A202 3/3).
                {"name": "A201 政策目标合理性", "weight": 3, "score": 3},  # 1392: A A2 政策目标 (6分) | B A201 政策目标合理性 | C 3 | D 所设定的政策目标是否依据充分... | E 合理 | F-H narrative | I 3 | J (empty)
                {"name": "A202 政策目标明确性", "weight": 3, "score": 3},  # 1393: B A202 政策目标明确性 | C 3 | D 政策目标是否清晰、细化、可衡量... | E 明确 | F-H narrative | I 3 | J (empty)
                # page 4: header 1399/1400 (D 分值, J 得分)
                {"name": "A301 资金分配合理性", "weight": 4, "score": 4},  # 1401: B A3 资金投入 (8分) | C A301 资金分配合理性 | D 4 | E-I narrative | J 4
                {"name": "A302 预算编制科学性", "weight": 4, "score": 4},  # 1402: C A302 预算编制科学性 | D 4 | E-I narrative | J 4
                # page 5: header 1410/1411 (D 分值, J 得分)
                {"name": "B101 组织机构规范性", "weight": 3, "score": 3},  # 1412: C B101 组织机构规范性 | D 3 | E-I narrative | J 3
                {"name": "B102 管理制度健全性", "weight": 3, "score": 3},  # 1413: C B102 管理制度健全性 | D 3 | E-I narrative | J 3
                # page 6: header 1421/1422 (D 分值, J 得分); 1423 (A B 政策实施(30分) | B B1 组织管理(15分) |
                # E 务管理制度对...: the tail of B102's explanation) has no code: not an indicator
                {"name": "B103 实施过程合规性", "weight": 3, "score": 3},  # 1424: C B103 实施过程合规性 | D 3 | E-I narrative | J 3
                {"name": "B104 政策实施公平性", "weight": 3, "score": 3},  # 1425: C B104 政策实施公平性 | D 3 | E-I narrative | J 3
                # page 7: header 1433/1434 (D 分值, J 得分); 1435 is B104's continuation (H only)
                # 1436 and 1437: the name stands in B (C empty), but 分值 (D) and 得分 (J) are in place
                {"name": "B105 绩效自评完整性", "weight": 3, "score": 3},  # 1436: B B105 绩效自评完整性 | C (empty) | D 3 | E-I narrative | J 3
                {"name": "B201 资金到位率", "weight": 5, "score": 5},  # 1437: A B2 资金管理 (15分) | B B201 资金到位率 | C (empty) | D 5 | E-I narrative | J 5
                # page 8: header 1445/1446 (D 分值, J 得分); 1447 is B201's continuation (G, H only)
                {"name": "B202 预算执行率", "weight": 5, "score": 5},  # 1448: C B202 预算执行率 | D 5 | E-I narrative | J 5
                # page 9: header 1456/1457 one column short (D 分值, I 得分); 1459 is B202's continuation
                # (H =100%，根据评分标准，本指标得 5 分。)
                # JUDGEMENT: 得分 read under this page's own header (I); J is outside its header
                # (empty). Against page 1's header (J) the score would be null.
                {"name": "B203 资金使用合规性", "weight": 5, "score": 5},  # 1458: C B203 资金使用合规性 | D 5 | E-H narrative | I 5
                # page 10: header 1465/1466 (D 分值, J 得分)
                {"name": "C101 政策奖励补助覆盖程度", "weight": 10, "score": 10},  # 1467: A C 政策效果 (40分) | B C1 政策产出目标实现程度 (25分) | C C101 政策奖励补助覆盖程度 | D 10 | E-I narrative | J 10
                {"name": "C102 政策奖励补助标准达标程度", "weight": 10, "score": 10},  # 1468: C C102 政策奖励补助标准达标程度 | D 10 | E-I narrative | J 10
                # page 11: header 1476/1477 one column short (D 分值, I 得分); the rows put source and
                # completion together in H and the score in I, i.e. under this page's 得分.
                # JUDGEMENT: as on page 9, read under this page's own header (I).
                {"name": "C103 政策资金下达及时率", "weight": 5, "score": 5},  # 1478: C C103 政策资金下达及时率 | D 5 | E 用以反映... | F 100% | G 截止评价日... | H 相关账凭资料 晋城市财政局... | I 5
                {"name": "C201 带动社会资金投入", "weight": 5, "score": 5},  # 1479: B C2 政策效益(10分) | C C201 带动社会资金投入 | D 5 | E-H narrative | I 5
                {"name": "C202 推动基础设施建设", "weight": 5, "score": 5},  # 1480: C C202 推动基础设施建设 | D 5 | E-H narrative | I 5
                # page 12: header 1488/1489 (D 分值, J 得分); 1490 is C202's continuation (G, H only)
                {"name": "C301 政策知晓度", "weight": 2, "score": 2},  # 1491: B C3 政策对象满意度（5分） | C C301 政策知晓度 | D 2 | E-I narrative | J 2
                {"name": "C302 受益群体满意度", "weight": 3, "score": 3},  # 1492: C C302 受益群体满意度 | D 3 | E-I narrative | J 3
                {"name": "D101 发展驱动战略", "weight": 2, "score": 2},  # 1493: A D 政策可持续性（10分） | B D1 政策环境的可持续性 | C D101 发展驱动战略 | D 2 | E-I narrative | J 2
                # page 13: header 1501/1502 (D 分值, J 得分); 1503 is D101's continuation (H only)
                # JUDGEMENT: 1504 and 1505 put source and completion together in H, so the score
                # stands one column left, in I (under 完成情况); under 得分 (J) nothing -> null. By
                # meaning the scores are 3 (1504 I) and 2 (1505 I).
                {"name": "D201 政策相关措施机制", "weight": 3, "score": None},  # 1504: B D2 工作机制的可持续性 | C D201 政策相关措施机制 | D 3 | E-H narrative | I 3 | J (empty)
                {"name": "D301 财政奖补资金的落实程度", "weight": 2, "score": None},  # 1505: B D3 资金保障的可持续性 | C D301 财政奖补资金的落实程度 | D 2 | E-H narrative | I 2 | J (empty)
                # page 14: header 1513/1514 (D 分值, J 得分); 1515 is D301's continuation (H only)
                {"name": "D401 创新生态建设政策体系", "weight": 3, "score": 3},  # 1516: B D4 政策预期效果的可持续性 | C D401 创新生态建设政策体系 | D 3 | E-I narrative | J 3
            ],
            # 1517: B 合计 | D 100 | J 100 (合计 in B, not A; the table ends here)
            "total_weight": 100,  # 1517 D: 100 (first number of the 合计 row)
            "total_score": 100,  # 1517 J: 100 (last number of the 合计 row)
        },
        # ------------------------------------------------------------------------------------------
        # 资金投入和支出结构 lines 1521-1528. Header 1521: A 科目名称 | B 年初预算 | C 年末结转 |
        # D 支出总额 | E 支出结构. Columns: A name, B budget_initial, C carryover, D expenditure,
        # E structure ("100%" -> 1.0, "0%" -> 0.0). No 合计/总计 row: the top-level fields are null.
        # No title row and no unit label: amounts are kept as written (10000000). (Note, not a reading:
        # 10000000 元 = 1000 万元, while the narrative, e.g. 1237 A, speaks of 1150 万元 paid.)
        S_FUNDS: {
            "budget_initial": None,  # no total row in 1521-1528
            "carryover": None,  # no total row in 1521-1528
            "expenditure": None,  # no total row in 1521-1528
            "structure": None,  # no total row in 1521-1528
            "sources": [
                {"name": "一、一般公共预算财政拨款", "budget_initial": 10000000, "carryover": 0, "expenditure": 10000000, "structure": 1.0},  # 1522: A 一、一般公共预算财政拨款 | B 10000000 | C 0 | D 10000000 | E 100%
                {"name": "二、政府性基金预算财政拨款", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1523: A 二、政府性基金预算财政拨款 | B 0 | C 0 | D 0 | E 0%
                {"name": "三、国有资本经营预算财政拨款", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1524: A 三、国有资本经营预算财政拨款 | B 0 | C 0 | D 0 | E 0%
                {"name": "四、事业收入", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1525: A 四、事业收入 | B 0 | C 0 | D 0 | E 0%
                {"name": "五、经营收入", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1526: A 五、经营收入 | B 0 | C 0 | D 0 | E 0%
                {"name": "六、其他收入", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1527: A 六、其他收入 | B 0 | C 0 | D 0 | E 0%
                {"name": "七、其他资金", "budget_initial": 0, "carryover": 0, "expenditure": 0, "structure": 0.0},  # 1528: A 七、其他资金 | B 0 | C 0 | D 0 | E 0%
            ],
        },
    },
}
