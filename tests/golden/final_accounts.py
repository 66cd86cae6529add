"""Hand-made golden records for the ten 部门决算公开 tables of 晋城市商务局 2023 (templates
"final-accounts-01" … "final-accounts-10"), one form per sheet of one workbook.

Worked out by hand from the seed text tests/data/seeds/004_80dc64eda384f1d0.txt lines 81-437, never
by running the engine. One seed line = one sheet row, one TAB field = one cell (field 1 = column A,
field 2 = B, ...); see samples/README-seed.md. Each sheet holds one table's block of lines, from its
title line through its 注/说明 lines (sheet row = LINE - first line + 1):

    公开01表 收入支出决算总表                     lines 81-127  (sheet row = line - 80)
    公开02表 收入决算表                           lines 129-169 (sheet row = line - 128)
    公开03表 支出决算表                           lines 171-211 (sheet row = line - 170)
    公开04表 财政拨款收入支出决算总表             lines 213-260 (sheet row = line - 212)
    公开05表 一般公共预算财政拨款支出决算表       lines 262-302 (sheet row = line - 261)
    公开06表 一般公共预算财政拨款基本支出决算明细表 lines 304-347 (sheet row = line - 303)
    公开07表 政府性基金预算财政拨款收入支出决算表 lines 349-366 (sheet row = line - 348)
    公开08表 国有资本经营预算财政拨款支出决算表   lines 368-385 (sheet row = line - 367)
    公开09表 财政拨款“三公”经费支出决算表         lines 387-403 (sheet row = line - 386)
    公开10表 部门决算公开相关信息统计表           lines 405-437 (sheet row = line - 404)

MULTI_SHEET: this module is keyed EXPECTED[file][sheet] -> record and TEMPLATE[sheet] -> template id;
the runner must match each expected sheet to the form whose "sheet" field is that sheet name.

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from; "(empty)" is a blank cell. Ledger rows are written one per line,
the comment at the end giving the seed line and every non-empty cell of that row's group as
`COL text`; cells of the group not named in the comment are empty (-> null). "JUDGEMENT" marks a
call that could reasonably go the other way.

Record of every table: unit (the text after 部门名称：/单位名称：) and year (2023, from "2023年度").
Ledger tables (01-08, 10 except 09): "rows" = every keyed row, in reading order group by group (for
the side-by-side tables 01 and 04: the left 收入 group top to bottom, then the right 支出 group; for
06: the four 科目代码/科目名称/决算数 groups in column order, each top to bottom). A row is keyed when
its key cell is digits: 科目代码 (kept as the text "2011301") in 02/03/05/06/07/08, 行次 (a number)
in 01/04/10. Each row: code or line, name (the 项目/科目名称 text, "" when blank), then every column
field of the template that exists in the row's group (null when blank; "——" is null).
General readings (judgement calls, see also the per-table comments):
- Numbers are the numbers as written ("2,384.38" -> 2384.38, "183.20" -> 183.20, "1" -> 1).
- Rows whose name is blank AND whose values are all blank are left out (01 行次 9-26 and 30 of the
  收入 group and 61 of the 支出 group; 04 行次 4-26 of the 收入 group and 61-63 of the 支出 group).
  JUDGEMENT: 04 行次 61-63 are the unnamed 一般公共预算/政府性基金/国有资本经营 sub-rows of
  年末财政拨款结转和结余 (mirroring 收入 29-31); they carry no name and no value, so they are left out
  like the other placeholder 行次. A row with a name but no value is kept with null values
  (01 行次 2-8, 28, 29, 33-38 ...).
- The 合计 row of the code tables (02, 03, 05, 07, 08) is not a row but "total" (its column
  fields). 01/04/10 have no "total" key: their 本年收入合计/总计/合计 rows carry a 行次 and are
  ordinary rows.
- Empty sheet rows inside a table (01 line 118, 04 line 252, 06 line 332) do not end it; a table
  ends at its 注/说明 line.
- Header rows (项目/科目代码/栏次/档次 lines) and section labels (10: 一、政府采购情况 ...) are not keyed.
"""

MULTI_SHEET = True

FILE = "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx"

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

# Template id per sheet (MULTI_SHEET: keyed by sheet name, not by file).
TEMPLATE = {
    S01: "final-accounts-01",
    S02: "final-accounts-02",
    S03: "final-accounts-03",
    S04: "final-accounts-04",
    S05: "final-accounts-05",
    S06: "final-accounts-06",
    S07: "final-accounts-07",
    S08: "final-accounts-08",
    S09: "final-accounts-09",
    S10: "final-accounts-10",
}

EXPECTED = {
    FILE: {
        # ------------------------------------------------------------------------------------------
        # 公开01表 lines 81-127. Header 92: A 项目 | B 行次 | C 金额 | D 项目 | E 行次 | F 金额
        # (91: A 收入 | D 支出; 93: 栏次 row). Groups: 收入 = A name / B 行次 / C amount,
        # 支出 = D name / E 行次 / F amount.
        S01: {
            "unit": "晋城市商务局",  # 85 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 87 A: 2023年度
            "rows": [
                # 收入 group (A/B/C), top to bottom. 行次 9-26 (lines 102-117, 119-120) and 30 (line 124)
                # have an empty A and an empty C: left out.
                {"line": 1, "name": "一、一般公共预算财政拨款收入", "amount": 2384.38},  # 94: A 一、一般公共预算财政拨款收入 | B 1 | C 2,384.38
                {"line": 2, "name": "二、政府性基金预算财政拨款收入", "amount": None},  # 95: A 二、政府性基金预算财政拨款收入 | B 2 | C (empty)
                {"line": 3, "name": "三、国有资本经营预算财政拨款收入", "amount": None},  # 96: A 三、国有资本经营预算财政拨款收入 | B 3 | C (empty)
                {"line": 4, "name": "四、上级补助收入", "amount": None},  # 97: A 四、上级补助收入 | B 4 | C (empty)
                {"line": 5, "name": "五、事业收入", "amount": None},  # 98: A 五、事业收入 | B 5 | C (empty)
                {"line": 6, "name": "六、经营收入", "amount": None},  # 99: A 六、经营收入 | B 6 | C (empty)
                {"line": 7, "name": "七、附属单位上缴收入", "amount": None},  # 100: A 七、附属单位上缴收入 | B 7 | C (empty)
                {"line": 8, "name": "八、其他收入", "amount": None},  # 101: A 八、其他收入 | B 8 | C (empty)
                {"line": 27, "name": "本年收入合计", "amount": 2384.38},  # 121: A 本年收入合计 | B 27 | C 2,384.38
                {"line": 28, "name": "使用非财政拨款结余和专用结余", "amount": None},  # 122: A 使用非财政拨款结余和专用结余 | B 28 | C (empty)
                {"line": 29, "name": "年初结转和结余", "amount": None},  # 123: A 年初结转和结余 | B 29 | C (empty)
                {"line": 31, "name": "总计", "amount": 2384.38},  # 125: A 总计 | B 31 | C 2,384.38
                # 支出 group (D/E/F), top to bottom. 行次 61 (line 124) has an empty D and F: left out.
                {"line": 32, "name": "一、一般公共服务支出", "amount": 1914.07},  # 94: D 一、一般公共服务支出 | E 32 | F 1,914.07
                {"line": 33, "name": "二、外交支出", "amount": None},  # 95: D 二、外交支出 | E 33 | F (empty)
                {"line": 34, "name": "三、国防支出", "amount": None},  # 96: D 三、国防支出 | E 34 | F (empty)
                {"line": 35, "name": "四、公共安全支出", "amount": None},  # 97: D 四、公共安全支出 | E 35 | F (empty)
                {"line": 36, "name": "五、教育支出", "amount": None},  # 98: D 五、教育支出 | E 36 | F (empty)
                {"line": 37, "name": "六、科学技术支出", "amount": None},  # 99: D 六、科学技术支出 | E 37 | F (empty)
                {"line": 38, "name": "七、文化旅游体育与传媒支出", "amount": None},  # 100: D 七、文化旅游体育与传媒支出 | E 38 | F (empty)
                {"line": 39, "name": "八、社会保障和就业支出", "amount": 239.70},  # 101: D 八、社会保障和就业支出 | E 39 | F 239.70
                {"line": 40, "name": "九、卫生健康支出", "amount": 53.92},  # 102: D 九、卫生健康支出 | E 40 | F 53.92
                {"line": 41, "name": "十、节能环保支出", "amount": None},  # 103: D 十、节能环保支出 | E 41 | F (empty)
                {"line": 42, "name": "十一、城乡社区支出", "amount": None},  # 104: D 十一、城乡社区支出 | E 42 | F (empty)
                {"line": 43, "name": "十二、农林水支出", "amount": None},  # 105: D 十二、农林水支出 | E 43 | F (empty)
                {"line": 44, "name": "十三、交通运输支出", "amount": None},  # 106: D 十三、交通运输支出 | E 44 | F (empty)
                {"line": 45, "name": "十四、资源勘探工业信息等支出", "amount": None},  # 107: D 十四、资源勘探工业信息等支出 | E 45 | F (empty)
                {"line": 46, "name": "十五、商业服务业等支出", "amount": 107.41},  # 108: D 十五、商业服务业等支出 | E 46 | F 107.41
                {"line": 47, "name": "十六、金融支出", "amount": None},  # 109: D 十六、金融支出 | E 47 | F (empty)
                {"line": 48, "name": "十七、援助其他地区支出", "amount": None},  # 110: D 十七、援助其他地区支出 | E 48 | F (empty)
                {"line": 49, "name": "十八、自然资源海洋气象等支出", "amount": None},  # 111: D 十八、自然资源海洋气象等支出 | E 49 | F (empty)
                {"line": 50, "name": "十九、住房保障支出", "amount": 69.28},  # 112: D 十九、住房保障支出 | E 50 | F 69.28
                {"line": 51, "name": "二十、粮油物资储备支出", "amount": None},  # 113: D 二十、粮油物资储备支出 | E 51 | F (empty)
                {"line": 52, "name": "二十一、国有资本经营预算支出", "amount": None},  # 114: D 二十一、国有资本经营预算支出 | E 52 | F (empty)
                {"line": 53, "name": "二十二、灾害防治及应急管理支出", "amount": None},  # 115: D 二十二、灾害防治及应急管理支出 | E 53 | F (empty)
                {"line": 54, "name": "二十三、其他支出", "amount": None},  # 116: D 二十三、其他支出 | E 54 | F (empty)
                {"line": 55, "name": "二十四、债务还本支出", "amount": None},  # 117: D 二十四、债务还本支出 | E 55 | F (empty)
                # (line 118 is an empty sheet row inside the table)
                {"line": 56, "name": "二十五、债务付息支出", "amount": None},  # 119: D 二十五、债务付息支出 | E 56 | F (empty)
                {"line": 57, "name": "二十六、抗疫特别国债安排的支出", "amount": None},  # 120: D 二十六、抗疫特别国债安排的支出 | E 57 | F (empty)
                {"line": 58, "name": "本年支出合计", "amount": 2384.38},  # 121: D 本年支出合计 | E 58 | F 2,384.38
                {"line": 59, "name": "结余分配", "amount": None},  # 122: D 结余分配 | E 59 | F (empty)
                {"line": 60, "name": "年末结转和结余", "amount": None},  # 123: D 年末结转和结余 | E 60 | F (empty)
                {"line": 62, "name": "总计", "amount": 2384.38},  # 125: D 总计 | E 62 | F 2,384.38
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开02表 lines 129-169. Header 139: A 项目 | C 本年收入合计 | D 财政拨款收入 | E 上级补助收入 |
        # F 事业收入 | G 经营收入 | H 附属单位上缴收入 | I 其他收入; 140: A 科目代码 | B 科目名称;
        # 141: 栏次 row. Columns: C total, D fiscal, E upper, F business, G operating, H affiliated, I other.
        # In every row E-I are empty (-> null).
        S02: {
            "unit": "晋城市商务局",  # 133 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 135 A: 2023年度
            "total": {  # 142: A 合计 | B (empty) | C 2,384.38 | D 2,384.38 | E-I (empty)
                "total": 2384.38,  # 142 C: 2,384.38
                "fiscal": 2384.38,  # 142 D: 2,384.38
                "upper": None,  # 142 E: (empty)
                "business": None,  # 142 F: (empty)
                "operating": None,  # 142 G: (empty)
                "affiliated": None,  # 142 H: (empty)
                "other": None,  # 142 I: (empty)
            },
            "rows": [
                {"code": "201", "name": "一般公共服务支出", "total": 1914.07, "fiscal": 1914.07, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 143: A 201 | B 一般公共服务支出 | C 1,914.07 | D 1,914.07
                {"code": "20113", "name": "商贸事务", "total": 1914.07, "fiscal": 1914.07, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 144: A 20113 | B 商贸事务 | C 1,914.07 | D 1,914.07
                {"code": "2011301", "name": "行政运行", "total": 753.32, "fiscal": 753.32, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 145: A 2011301 | B 行政运行 | C 753.32 | D 753.32
                {"code": "2011302", "name": "一般行政管理事务", "total": 99.52, "fiscal": 99.52, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 146: A 2011302 | B 一般行政管理事务 | C 99.52 | D 99.52
                {"code": "2011304", "name": "对外贸易管理", "total": 526.26, "fiscal": 526.26, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 147: A 2011304 | B 对外贸易管理 | C 526.26 | D 526.26
                {"code": "2011307", "name": "国内贸易管理", "total": 183.20, "fiscal": 183.20, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 148: A 2011307 | B 国内贸易管理 | C 183.20 | D 183.20
                {"code": "2011350", "name": "事业运行", "total": 131.63, "fiscal": 131.63, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 149: A 2011350 | B 事业运行 | C 131.63 | D 131.63
                {"code": "2011399", "name": "其他商贸事务支出", "total": 220.14, "fiscal": 220.14, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 150: A 2011399 | B 其他商贸事务支出 | C 220.14 | D 220.14
                {"code": "208", "name": "社会保障和就业支出", "total": 239.70, "fiscal": 239.70, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 151: A 208 | B 社会保障和就业支出 | C 239.70 | D 239.70
                {"code": "20805", "name": "行政事业单位养老支出", "total": 229.96, "fiscal": 229.96, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 152: A 20805 | B 行政事业单位养老支出 | C 229.96 | D 229.96
                {"code": "2080501", "name": "行政单位离退休", "total": 153.71, "fiscal": 153.71, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 153: A 2080501 | B 行政单位离退休 | C 153.71 | D 153.71
                {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": 70.93, "fiscal": 70.93, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 154: A 2080505 | B 机关事业单位基本养老保险缴费支出 | C 70.93 | D 70.93
                {"code": "2080506", "name": "机关事业单位职业年金缴费支出", "total": 5.32, "fiscal": 5.32, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 155: A 2080506 | B 机关事业单位职业年金缴费支出 | C 5.32 | D 5.32
                {"code": "20899", "name": "其他社会保障和就业支出", "total": 9.73, "fiscal": 9.73, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 156: A 20899 | B 其他社会保障和就业支出 | C 9.73 | D 9.73
                {"code": "2089999", "name": "其他社会保障和就业支出", "total": 9.73, "fiscal": 9.73, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 157: A 2089999 | B 其他社会保障和就业支出 | C 9.73 | D 9.73
                {"code": "210", "name": "卫生健康支出", "total": 53.92, "fiscal": 53.92, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 158: A 210 | B 卫生健康支出 | C 53.92 | D 53.92
                {"code": "21011", "name": "行政事业单位医疗", "total": 53.92, "fiscal": 53.92, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 159: A 21011 | B 行政事业单位医疗 | C 53.92 | D 53.92
                {"code": "2101101", "name": "行政单位医疗", "total": 37.81, "fiscal": 37.81, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 160: A 2101101 | B 行政单位医疗 | C 37.81 | D 37.81
                {"code": "2101103", "name": "公务员医疗补助", "total": 16.11, "fiscal": 16.11, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 161: A 2101103 | B 公务员医疗补助 | C 16.11 | D 16.11
                {"code": "216", "name": "商业服务业等支出", "total": 107.41, "fiscal": 107.41, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 162: A 216 | B 商业服务业等支出 | C 107.41 | D 107.41
                {"code": "21699", "name": "其他商业服务业等支出", "total": 107.41, "fiscal": 107.41, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 163: A 21699 | B 其他商业服务业等支出 | C 107.41 | D 107.41
                {"code": "2169999", "name": "其他商业服务业等支出", "total": 107.41, "fiscal": 107.41, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 164: A 2169999 | B 其他商业服务业等支出 | C 107.41 | D 107.41
                {"code": "221", "name": "住房保障支出", "total": 69.28, "fiscal": 69.28, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 165: A 221 | B 住房保障支出 | C 69.28 | D 69.28
                {"code": "22102", "name": "住房改革支出", "total": 69.28, "fiscal": 69.28, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 166: A 22102 | B 住房改革支出 | C 69.28 | D 69.28
                {"code": "2210201", "name": "住房公积金", "total": 69.28, "fiscal": 69.28, "upper": None, "business": None, "operating": None, "affiliated": None, "other": None},  # 167: A 2210201 | B 住房公积金 | C 69.28 | D 69.28
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开03表 lines 171-211. Header 181: A 项目 | C 本年支出合计 | D 基本支出 | E 项目支出 |
        # F 上缴 上级 支出 | G 经营支出 | H 对附属单 位补助 支出; 182: A 科目代码 | B 科目名称; 183: 栏次.
        # Columns: C total, D basic, E project, F to_upper, G operating, H to_affiliated.
        # JUDGEMENT: F181 and H181 hold line-break spaces ("上缴 上级 支出", "对附属单 位补助 支出");
        # they are the template's 上缴上级支出 / 对附属单位补助支出 headers, so to_upper and
        # to_affiliated exist (null) in every row. F-H are empty in every row.
        S03: {
            "unit": "晋城市商务局",  # 175 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 177 A: 2023年度
            "total": {  # 184: A 合计 | B (empty) | C 2,384.38 | D 1,107.36 | E 1,277.02 | F-H (empty)
                "total": 2384.38,  # 184 C: 2,384.38
                "basic": 1107.36,  # 184 D: 1,107.36
                "project": 1277.02,  # 184 E: 1,277.02
                "to_upper": None,  # 184 F: (empty)
                "operating": None,  # 184 G: (empty)
                "to_affiliated": None,  # 184 H: (empty)
            },
            "rows": [
                {"code": "201", "name": "一般公共服务支出", "total": 1914.07, "basic": 753.32, "project": 1160.76, "to_upper": None, "operating": None, "to_affiliated": None},  # 185: A 201 | B 一般公共服务支出 | C 1,914.07 | D 753.32 | E 1,160.76
                {"code": "20113", "name": "商贸事务", "total": 1914.07, "basic": 753.32, "project": 1160.76, "to_upper": None, "operating": None, "to_affiliated": None},  # 186: A 20113 | B 商贸事务 | C 1,914.07 | D 753.32 | E 1,160.76
                {"code": "2011301", "name": "行政运行", "total": 753.32, "basic": 753.32, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 187: A 2011301 | B 行政运行 | C 753.32 | D 753.32 | E (empty)
                {"code": "2011302", "name": "一般行政管理事务", "total": 99.52, "basic": None, "project": 99.52, "to_upper": None, "operating": None, "to_affiliated": None},  # 188: A 2011302 | B 一般行政管理事务 | C 99.52 | D (empty) | E 99.52
                {"code": "2011304", "name": "对外贸易管理", "total": 526.26, "basic": None, "project": 526.26, "to_upper": None, "operating": None, "to_affiliated": None},  # 189: A 2011304 | B 对外贸易管理 | C 526.26 | D (empty) | E 526.26
                {"code": "2011307", "name": "国内贸易管理", "total": 183.20, "basic": None, "project": 183.20, "to_upper": None, "operating": None, "to_affiliated": None},  # 190: A 2011307 | B 国内贸易管理 | C 183.20 | D (empty) | E 183.20
                {"code": "2011350", "name": "事业运行", "total": 131.63, "basic": None, "project": 131.63, "to_upper": None, "operating": None, "to_affiliated": None},  # 191: A 2011350 | B 事业运行 | C 131.63 | D (empty) | E 131.63
                {"code": "2011399", "name": "其他商贸事务支出", "total": 220.14, "basic": None, "project": 220.14, "to_upper": None, "operating": None, "to_affiliated": None},  # 192: A 2011399 | B 其他商贸事务支出 | C 220.14 | D (empty) | E 220.14
                {"code": "208", "name": "社会保障和就业支出", "total": 239.70, "basic": 230.84, "project": 8.85, "to_upper": None, "operating": None, "to_affiliated": None},  # 193: A 208 | B 社会保障和就业支出 | C 239.70 | D 230.84 | E 8.85
                {"code": "20805", "name": "行政事业单位养老支出", "total": 229.96, "basic": 229.96, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 194: A 20805 | B 行政事业单位养老支出 | C 229.96 | D 229.96 | E (empty)
                {"code": "2080501", "name": "行政单位离退休", "total": 153.71, "basic": 153.71, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 195: A 2080501 | B 行政单位离退休 | C 153.71 | D 153.71 | E (empty)
                {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": 70.93, "basic": 70.93, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 196: A 2080505 | B 机关事业单位基本养老保险缴费支出 | C 70.93 | D 70.93 | E (empty)
                {"code": "2080506", "name": "机关事业单位职业年金缴费支出", "total": 5.32, "basic": 5.32, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 197: A 2080506 | B 机关事业单位职业年金缴费支出 | C 5.32 | D 5.32 | E (empty)
                {"code": "20899", "name": "其他社会保障和就业支出", "total": 9.73, "basic": 0.88, "project": 8.85, "to_upper": None, "operating": None, "to_affiliated": None},  # 198: A 20899 | B 其他社会保障和就业支出 | C 9.73 | D 0.88 | E 8.85
                {"code": "2089999", "name": "其他社会保障和就业支出", "total": 9.73, "basic": 0.88, "project": 8.85, "to_upper": None, "operating": None, "to_affiliated": None},  # 199: A 2089999 | B 其他社会保障和就业支出 | C 9.73 | D 0.88 | E 8.85
                {"code": "210", "name": "卫生健康支出", "total": 53.92, "basic": 53.92, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 200: A 210 | B 卫生健康支出 | C 53.92 | D 53.92 | E (empty)
                {"code": "21011", "name": "行政事业单位医疗", "total": 53.92, "basic": 53.92, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 201: A 21011 | B 行政事业单位医疗 | C 53.92 | D 53.92 | E (empty)
                {"code": "2101101", "name": "行政单位医疗", "total": 37.81, "basic": 37.81, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 202: A 2101101 | B 行政单位医疗 | C 37.81 | D 37.81 | E (empty)
                {"code": "2101103", "name": "公务员医疗补助", "total": 16.11, "basic": 16.11, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 203: A 2101103 | B 公务员医疗补助 | C 16.11 | D 16.11 | E (empty)
                {"code": "216", "name": "商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41, "to_upper": None, "operating": None, "to_affiliated": None},  # 204: A 216 | B 商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "21699", "name": "其他商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41, "to_upper": None, "operating": None, "to_affiliated": None},  # 205: A 21699 | B 其他商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "2169999", "name": "其他商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41, "to_upper": None, "operating": None, "to_affiliated": None},  # 206: A 2169999 | B 其他商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "221", "name": "住房保障支出", "total": 69.28, "basic": 69.28, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 207: A 221 | B 住房保障支出 | C 69.28 | D 69.28 | E (empty)
                {"code": "22102", "name": "住房改革支出", "total": 69.28, "basic": 69.28, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 208: A 22102 | B 住房改革支出 | C 69.28 | D 69.28 | E (empty)
                {"code": "2210201", "name": "住房公积金", "total": 69.28, "basic": 69.28, "project": None, "to_upper": None, "operating": None, "to_affiliated": None},  # 209: A 2210201 | B 住房公积金 | C 69.28 | D 69.28 | E (empty)
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开04表 lines 213-260. Header 224: A 项目 | B 行次 | C 金额 | D 项目 | E 行次 | F 合计 |
        # G 一般公共预算财政拨款 | H 政府性基金预算财政拨款 | I 国有资本经营预算财政拨款 (223: A 收入 | D 支出;
        # 225: 档次 row). Groups: 收入 = A name / B 行次 / C amount; 支出 = D name / E 行次 / F total /
        # G general / H fund / I capital. H and I are empty in every row.
        # JUDGEMENT: the 收入 rows 29-31 (一般公共预算/政府性基金/国有资本经营财政拨款) are the sub-rows of
        # 年初财政拨款结转和结余 (28); they keep their names as written, not prefixed with their parent.
        S04: {
            "unit": "晋城市商务局",  # 217 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 219 A: 2023年度
            "rows": [
                # 收入 group (A/B/C), top to bottom. 行次 4-26 (lines 229-251) have an empty A and C:
                # left out.
                {"line": 1, "name": "一、一般公共预算财政拨款", "amount": 2384.38},  # 226: A 一、一般公共预算财政拨款 | B 1 | C 2,384.38
                {"line": 2, "name": "二、政府性基金预算财政拨款", "amount": None},  # 227: A 二、政府性基金预算财政拨款 | B 2 | C (empty)
                {"line": 3, "name": "三、国有资本经营预算财政拨款", "amount": None},  # 228: A 三、国有资本经营预算财政拨款 | B 3 | C (empty)
                {"line": 27, "name": "本年收入合计", "amount": 2384.38},  # 253: A 本年收入合计 | B 27 | C 2,384.38
                {"line": 28, "name": "年初财政拨款结转和结余", "amount": None},  # 254: A 年初财政拨款结转和结余 | B 28 | C (empty)
                {"line": 29, "name": "一般公共预算财政拨款", "amount": None},  # 255: A 一般公共预算财政拨款 | B 29 | C (empty)
                {"line": 30, "name": "政府性基金预算财政拨款", "amount": None},  # 256: A 政府性基金预算财政拨款 | B 30 | C (empty)
                {"line": 31, "name": "国有资本经营预算财政拨款", "amount": None},  # 257: A 国有资本经营预算财政拨款 | B 31 | C (empty)
                {"line": 32, "name": "总计", "amount": 2384.38},  # 258: A 总计 | B 32 | C 2,384.38
                # 支出 group (D/E/F/G/H/I), top to bottom. 行次 61-63 (lines 255-257) have an empty D and
                # empty F-I: left out (see the module docstring).
                {"line": 33, "name": "一、一般公共服务支出", "total": 1914.07, "general": 1914.07, "fund": None, "capital": None},  # 226: D 一、一般公共服务支出 | E 33 | F 1,914.07 | G 1,914.07
                {"line": 34, "name": "二、外交支出", "total": None, "general": None, "fund": None, "capital": None},  # 227: D 二、外交支出 | E 34
                {"line": 35, "name": "三、国防支出", "total": None, "general": None, "fund": None, "capital": None},  # 228: D 三、国防支出 | E 35
                {"line": 36, "name": "四、公共安全支出", "total": None, "general": None, "fund": None, "capital": None},  # 229: D 四、公共安全支出 | E 36
                {"line": 37, "name": "五、教育支出", "total": None, "general": None, "fund": None, "capital": None},  # 230: D 五、教育支出 | E 37
                {"line": 38, "name": "六、科学技术支出", "total": None, "general": None, "fund": None, "capital": None},  # 231: D 六、科学技术支出 | E 38
                {"line": 39, "name": "七、文化旅游体育与传媒支出", "total": None, "general": None, "fund": None, "capital": None},  # 232: D 七、文化旅游体育与传媒支出 | E 39
                {"line": 40, "name": "八、社会保障和就业支出", "total": 239.70, "general": 239.70, "fund": None, "capital": None},  # 233: D 八、社会保障和就业支出 | E 40 | F 239.70 | G 239.70
                {"line": 41, "name": "九、卫生健康支出", "total": 53.92, "general": 53.92, "fund": None, "capital": None},  # 234: D 九、卫生健康支出 | E 41 | F 53.92 | G 53.92
                {"line": 42, "name": "十、节能环保支出", "total": None, "general": None, "fund": None, "capital": None},  # 235: D 十、节能环保支出 | E 42
                {"line": 43, "name": "十一、城乡社区支出", "total": None, "general": None, "fund": None, "capital": None},  # 236: D 十一、城乡社区支出 | E 43
                {"line": 44, "name": "十二、农林水支出", "total": None, "general": None, "fund": None, "capital": None},  # 237: D 十二、农林水支出 | E 44
                {"line": 45, "name": "十三、交通运输支出", "total": None, "general": None, "fund": None, "capital": None},  # 238: D 十三、交通运输支出 | E 45
                {"line": 46, "name": "十四、资源勘探工业信息等支出", "total": None, "general": None, "fund": None, "capital": None},  # 239: D 十四、资源勘探工业信息等支出 | E 46
                {"line": 47, "name": "十五、商业服务业等支出", "total": 107.41, "general": 107.41, "fund": None, "capital": None},  # 240: D 十五、商业服务业等支出 | E 47 | F 107.41 | G 107.41
                {"line": 48, "name": "十六、金融支出", "total": None, "general": None, "fund": None, "capital": None},  # 241: D 十六、金融支出 | E 48
                {"line": 49, "name": "十七、援助其他地区支出", "total": None, "general": None, "fund": None, "capital": None},  # 242: D 十七、援助其他地区支出 | E 49
                {"line": 50, "name": "十八、自然资源海洋气象等支出", "total": None, "general": None, "fund": None, "capital": None},  # 243: D 十八、自然资源海洋气象等支出 | E 50
                {"line": 51, "name": "十九、住房保障支出", "total": 69.28, "general": 69.28, "fund": None, "capital": None},  # 244: D 十九、住房保障支出 | E 51 | F 69.28 | G 69.28
                {"line": 52, "name": "二十、粮油物资储备支出", "total": None, "general": None, "fund": None, "capital": None},  # 245: D 二十、粮油物资储备支出 | E 52
                {"line": 53, "name": "二十一、国有资本经营预算支出", "total": None, "general": None, "fund": None, "capital": None},  # 246: D 二十一、国有资本经营预算支出 | E 53
                {"line": 54, "name": "二十二、灾害防治及应急管理支出", "total": None, "general": None, "fund": None, "capital": None},  # 247: D 二十二、灾害防治及应急管理支出 | E 54
                {"line": 55, "name": "二十三、其他支出", "total": None, "general": None, "fund": None, "capital": None},  # 248: D 二十三、其他支出 | E 55
                {"line": 56, "name": "二十四、债务还本支出", "total": None, "general": None, "fund": None, "capital": None},  # 249: D 二十四、债务还本支出 | E 56
                {"line": 57, "name": "二十五、债务付息支出", "total": None, "general": None, "fund": None, "capital": None},  # 250: D 二十五、债务付息支出 | E 57
                {"line": 58, "name": "二十六、抗疫特别国债安排的支出", "total": None, "general": None, "fund": None, "capital": None},  # 251: D 二十六、抗疫特别国债安排的支出 | E 58
                # (line 252 is an empty sheet row inside the table)
                {"line": 59, "name": "本年支出合计", "total": 2384.38, "general": 2384.38, "fund": None, "capital": None},  # 253: D 本年支出合计 | E 59 | F 2,384.38 | G 2,384.38
                {"line": 60, "name": "年末财政拨款结转和结余", "total": None, "general": None, "fund": None, "capital": None},  # 254: D 年末财政拨款结转和结余 | E 60
                {"line": 64, "name": "总计", "total": 2384.38, "general": 2384.38, "fund": None, "capital": None},  # 258: D 总计 | E 64 | F 2,384.38 | G 2,384.38
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开05表 lines 262-302. Header 272: A 项目 | C 本年支出; 273: A 科目代码 | B 科目名称 | C 小计 |
        # D 基本支出 | E 项目支出; 274: 栏次. Columns: C total, D basic, E project.
        S05: {
            "unit": "晋城市商务局",  # 266 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 268 A: 2023年度
            "total": {  # 275: A 合计 | B (empty) | C 2,384.38 | D 1,107.36 | E 1,277.02
                "total": 2384.38,  # 275 C: 2,384.38
                "basic": 1107.36,  # 275 D: 1,107.36
                "project": 1277.02,  # 275 E: 1,277.02
            },
            "rows": [
                {"code": "201", "name": "一般公共服务支出", "total": 1914.07, "basic": 753.32, "project": 1160.76},  # 276: A 201 | B 一般公共服务支出 | C 1,914.07 | D 753.32 | E 1,160.76
                {"code": "20113", "name": "商贸事务", "total": 1914.07, "basic": 753.32, "project": 1160.76},  # 277: A 20113 | B 商贸事务 | C 1,914.07 | D 753.32 | E 1,160.76
                {"code": "2011301", "name": "行政运行", "total": 753.32, "basic": 753.32, "project": None},  # 278: A 2011301 | B 行政运行 | C 753.32 | D 753.32 | E (empty)
                {"code": "2011302", "name": "一般行政管理事务", "total": 99.52, "basic": None, "project": 99.52},  # 279: A 2011302 | B 一般行政管理事务 | C 99.52 | D (empty) | E 99.52
                {"code": "2011304", "name": "对外贸易管理", "total": 526.26, "basic": None, "project": 526.26},  # 280: A 2011304 | B 对外贸易管理 | C 526.26 | D (empty) | E 526.26
                {"code": "2011307", "name": "国内贸易管理", "total": 183.20, "basic": None, "project": 183.20},  # 281: A 2011307 | B 国内贸易管理 | C 183.20 | D (empty) | E 183.20
                {"code": "2011350", "name": "事业运行", "total": 131.63, "basic": None, "project": 131.63},  # 282: A 2011350 | B 事业运行 | C 131.63 | D (empty) | E 131.63
                {"code": "2011399", "name": "其他商贸事务支出", "total": 220.14, "basic": None, "project": 220.14},  # 283: A 2011399 | B 其他商贸事务支出 | C 220.14 | D (empty) | E 220.14
                {"code": "208", "name": "社会保障和就业支出", "total": 239.70, "basic": 230.84, "project": 8.85},  # 284: A 208 | B 社会保障和就业支出 | C 239.70 | D 230.84 | E 8.85
                {"code": "20805", "name": "行政事业单位养老支出", "total": 229.96, "basic": 229.96, "project": None},  # 285: A 20805 | B 行政事业单位养老支出 | C 229.96 | D 229.96 | E (empty)
                {"code": "2080501", "name": "行政单位离退休", "total": 153.71, "basic": 153.71, "project": None},  # 286: A 2080501 | B 行政单位离退休 | C 153.71 | D 153.71 | E (empty)
                {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "total": 70.93, "basic": 70.93, "project": None},  # 287: A 2080505 | B 机关事业单位基本养老保险缴费支出 | C 70.93 | D 70.93 | E (empty)
                {"code": "2080506", "name": "机关事业单位职业年金缴费支出", "total": 5.32, "basic": 5.32, "project": None},  # 288: A 2080506 | B 机关事业单位职业年金缴费支出 | C 5.32 | D 5.32 | E (empty)
                {"code": "20899", "name": "其他社会保障和就业支出", "total": 9.73, "basic": 0.88, "project": 8.85},  # 289: A 20899 | B 其他社会保障和就业支出 | C 9.73 | D 0.88 | E 8.85
                {"code": "2089999", "name": "其他社会保障和就业支出", "total": 9.73, "basic": 0.88, "project": 8.85},  # 290: A 2089999 | B 其他社会保障和就业支出 | C 9.73 | D 0.88 | E 8.85
                {"code": "210", "name": "卫生健康支出", "total": 53.92, "basic": 53.92, "project": None},  # 291: A 210 | B 卫生健康支出 | C 53.92 | D 53.92 | E (empty)
                {"code": "21011", "name": "行政事业单位医疗", "total": 53.92, "basic": 53.92, "project": None},  # 292: A 21011 | B 行政事业单位医疗 | C 53.92 | D 53.92 | E (empty)
                {"code": "2101101", "name": "行政单位医疗", "total": 37.81, "basic": 37.81, "project": None},  # 293: A 2101101 | B 行政单位医疗 | C 37.81 | D 37.81 | E (empty)
                {"code": "2101103", "name": "公务员医疗补助", "total": 16.11, "basic": 16.11, "project": None},  # 294: A 2101103 | B 公务员医疗补助 | C 16.11 | D 16.11 | E (empty)
                {"code": "216", "name": "商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41},  # 295: A 216 | B 商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "21699", "name": "其他商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41},  # 296: A 21699 | B 其他商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "2169999", "name": "其他商业服务业等支出", "total": 107.41, "basic": None, "project": 107.41},  # 297: A 2169999 | B 其他商业服务业等支出 | C 107.41 | D (empty) | E 107.41
                {"code": "221", "name": "住房保障支出", "total": 69.28, "basic": 69.28, "project": None},  # 298: A 221 | B 住房保障支出 | C 69.28 | D 69.28 | E (empty)
                {"code": "22102", "name": "住房改革支出", "total": 69.28, "basic": 69.28, "project": None},  # 299: A 22102 | B 住房改革支出 | C 69.28 | D 69.28 | E (empty)
                {"code": "2210201", "name": "住房公积金", "total": 69.28, "basic": 69.28, "project": None},  # 300: A 2210201 | B 住房公积金 | C 69.28 | D 69.28 | E (empty)
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开06表 lines 304-347. Header 314: A 人员经费 | D 公用经费; 315: four groups of
        # 科目代码 | 科目名称 | 决算数 in A-C, D-F, G-I, J-L. Each group read top to bottom, groups in
        # column order; the row's field is amount (决算数). "——" (I321-I334, L323-L325) is null.
        # JUDGEMENT: the empty sheet row 332 does not end the groups (30302 … follow it on 333); line 344
        # has no code in A and J (A-C and J-L empty), so groups 1 and 4 end on 343 / 342.
        S06: {
            "unit": "晋城市商务局",  # 308 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 310 A: 2023年度
            "personnel_total": 985.30,  # 345 C: 985.30 (A: 人员经费合计)
            # JUDGEMENT: the 公用经费合计 value stands 8 cells right of its label (D345 label, E-K empty,
            # L345 122.06), under the last 决算数 column; read as the label's value.
            "public_total": 122.06,  # 345 L: 122.06 (D: 公用经费合计)
            "rows": [
                # group 1: A 科目代码 | B 科目名称 | C 决算数 (人员经费)
                {"code": "301", "name": "工资福利支出", "amount": 773.17},  # 316: A 301 | B 工资福利支出 | C 773.17
                {"code": "30101", "name": "基本工资", "amount": 207.28},  # 317: A 30101 | B 基本工资 | C 207.28
                {"code": "30102", "name": "津贴补贴", "amount": 85.14},  # 318: A 30102 | B 津贴补贴 | C 85.14
                {"code": "30103", "name": "奖金", "amount": 125.87},  # 319: A 30103 | B 奖金 | C 125.87
                {"code": "30106", "name": "伙食补助费", "amount": None},  # 320: A 30106 | B 伙食补助费 | C (empty)
                {"code": "30107", "name": "绩效工资", "amount": 125.08},  # 321: A 30107 | B 绩效工资 | C 125.08
                {"code": "30108", "name": "机关事业单位基本养老保险缴费", "amount": 70.93},  # 322: A 30108 | B 机关事业单位基本养老保险缴费 | C 70.93
                {"code": "30109", "name": "职业年金缴费", "amount": 5.32},  # 323: A 30109 | B 职业年金缴费 | C 5.32
                {"code": "30110", "name": "职工基本医疗保险缴费", "amount": 53.82},  # 324: A 30110 | B 职工基本医疗保险缴费 | C 53.82
                {"code": "30111", "name": "公务员医疗补助缴费", "amount": 0.09},  # 325: A 30111 | B 公务员医疗补助缴费 | C 0.09
                {"code": "30112", "name": "其他社会保障缴费", "amount": 2.44},  # 326: A 30112 | B 其他社会保障缴费 | C 2.44
                {"code": "30113", "name": "住房公积金", "amount": 69.28},  # 327: A 30113 | B 住房公积金 | C 69.28
                {"code": "30114", "name": "医疗费", "amount": None},  # 328: A 30114 | B 医疗费 | C (empty)
                {"code": "30199", "name": "其他工资福利支出", "amount": 27.93},  # 329: A 30199 | B 其他工资福利支出 | C 27.93
                {"code": "303", "name": "对个人和家庭的补助", "amount": 212.12},  # 330: A 303 | B 对个人和家庭的补助 | C 212.12
                {"code": "30301", "name": "离休费", "amount": 13.77},  # 331: A 30301 | B 离休费 | C 13.77
                {"code": "30302", "name": "退休费", "amount": 139.94},  # 333: A 30302 | B 退休费 | C 139.94
                {"code": "30303", "name": "退职(役)费", "amount": None},  # 334: A 30303 | B 退职(役)费 | C (empty)
                {"code": "30304", "name": "抚恤金", "amount": 5.97},  # 335: A 30304 | B 抚恤金 | C 5.97
                {"code": "30305", "name": "生活补助", "amount": None},  # 336: A 30305 | B 生活补助 | C (empty)
                {"code": "30306", "name": "救济费", "amount": None},  # 337: A 30306 | B 救济费 | C (empty)
                {"code": "30307", "name": "医疗费补助", "amount": None},  # 338: A 30307 | B 医疗费补助 | C (empty)
                {"code": "30308", "name": "助学金", "amount": None},  # 339: A 30308 | B 助学金 | C (empty)
                {"code": "30309", "name": "奖励金", "amount": 3.92},  # 340: A 30309 | B 奖励金 | C 3.92
                {"code": "30310", "name": "个人农业生产补贴", "amount": None},  # 341: A 30310 | B 个人农业生产补贴 | C (empty)
                {"code": "30311", "name": "代缴社会保险费", "amount": None},  # 342: A 30311 | B 代缴社会保险费 | C (empty)
                {"code": "30399", "name": "其他对个人和家庭的补助", "amount": 48.51},  # 343: A 30399 | B 其他对个人和家庭的补助 | C 48.51
                # group 2: D 科目代码 | E 科目名称 | F 决算数 (公用经费)
                {"code": "302", "name": "商品和服务支出", "amount": 122.06},  # 316: D 302 | E 商品和服务支出 | F 122.06
                {"code": "30201", "name": "办公费", "amount": 10.85},  # 317: D 30201 | E 办公费 | F 10.85
                {"code": "30202", "name": "印刷费", "amount": 4.82},  # 318: D 30202 | E 印刷费 | F 4.82
                {"code": "30203", "name": "咨询费", "amount": None},  # 319: D 30203 | E 咨询费 | F (empty)
                {"code": "30204", "name": "手续费", "amount": None},  # 320: D 30204 | E 手续费 | F (empty)
                {"code": "30205", "name": "水费", "amount": 3.18},  # 321: D 30205 | E 水费 | F 3.18
                {"code": "30206", "name": "电费", "amount": 5.14},  # 322: D 30206 | E 电费 | F 5.14
                {"code": "30207", "name": "邮电费", "amount": 1.53},  # 323: D 30207 | E 邮电费 | F 1.53
                {"code": "30208", "name": "取暖费", "amount": 9.60},  # 324: D 30208 | E 取暖费 | F 9.60
                {"code": "30209", "name": "物业管理费", "amount": None},  # 325: D 30209 | E 物业管理费 | F (empty)
                {"code": "30211", "name": "差旅费", "amount": 6.83},  # 326: D 30211 | E 差旅费 | F 6.83
                {"code": "30212", "name": "因公出国（境）费用", "amount": None},  # 327: D 30212 | E 因公出国（境）费用 | F (empty)
                {"code": "30213", "name": "维修（护）费", "amount": 1.20},  # 328: D 30213 | E 维修（护）费 | F 1.20
                {"code": "30214", "name": "租赁费", "amount": None},  # 329: D 30214 | E 租赁费 | F (empty)
                {"code": "30215", "name": "会议费", "amount": None},  # 330: D 30215 | E 会议费 | F (empty)
                {"code": "30216", "name": "培训费", "amount": None},  # 331: D 30216 | E 培训费 | F (empty)
                {"code": "30217", "name": "公务接待费", "amount": 0.24},  # 333: D 30217 | E 公务接待费 | F 0.24
                {"code": "30218", "name": "专用材料费", "amount": None},  # 334: D 30218 | E 专用材料费 | F (empty)
                {"code": "30224", "name": "被装购置费", "amount": None},  # 335: D 30224 | E 被装购置费 | F (empty)
                {"code": "30225", "name": "专用燃料费", "amount": None},  # 336: D 30225 | E 专用燃料费 | F (empty)
                {"code": "30226", "name": "劳务费", "amount": 11.28},  # 337: D 30226 | E 劳务费 | F 11.28
                {"code": "30227", "name": "委托业务费", "amount": None},  # 338: D 30227 | E 委托业务费 | F (empty)
                {"code": "30228", "name": "工会经费", "amount": 6.84},  # 339: D 30228 | E 工会经费 | F 6.84
                {"code": "30229", "name": "福利费", "amount": 2.57},  # 340: D 30229 | E 福利费 | F 2.57
                {"code": "30231", "name": "公务用车运行维护费", "amount": 0.15},  # 341: D 30231 | E 公务用车运行维护费 | F 0.15
                {"code": "30239", "name": "其他交通费用", "amount": 22.04},  # 342: D 30239 | E 其他交通费用 | F 22.04
                {"code": "30240", "name": "税金及附加费用", "amount": None},  # 343: D 30240 | E 税金及附加费用 | F (empty)
                {"code": "30299", "name": "其他商品和服务支出", "amount": 35.78},  # 344: D 30299 | E 其他商品和服务支出 | F 35.78
                # group 3: G 科目代码 | H 科目名称 | I 决算数 (公用经费, continued)
                {"code": "307", "name": "债务利息及费用支出", "amount": None},  # 316: G 307 | H 债务利息及费用支出 | I (empty)
                {"code": "30701", "name": "国内债务付息", "amount": None},  # 317: G 30701 | H 国内债务付息 | I (empty)
                {"code": "30702", "name": "国外债务付息", "amount": None},  # 318: G 30702 | H 国外债务付息 | I (empty)
                {"code": "30703", "name": "国内债务发行费用", "amount": None},  # 319: G 30703 | H 国内债务发行费用 | I (empty)
                {"code": "30704", "name": "国外债务发行费用", "amount": None},  # 320: G 30704 | H 国外债务发行费用 | I (empty)
                {"code": "309", "name": "资本性支出（基本建设）", "amount": None},  # 321: G 309 | H 资本性支出（基本建设） | I —— -> null
                {"code": "30901", "name": "房屋建筑物构建", "amount": None},  # 322: G 30901 | H 房屋建筑物构建 | I —— -> null
                {"code": "30902", "name": "办公设备购置", "amount": None},  # 323: G 30902 | H 办公设备购置 | I —— -> null
                {"code": "30903", "name": "专用设备购置", "amount": None},  # 324: G 30903 | H 专用设备购置 | I —— -> null
                {"code": "30905", "name": "基础设施建设", "amount": None},  # 325: G 30905 | H 基础设施建设 | I —— -> null
                {"code": "30906", "name": "大型修缮", "amount": None},  # 326: G 30906 | H 大型修缮 | I —— -> null
                {"code": "30907", "name": "信息网络及软件购置更新", "amount": None},  # 327: G 30907 | H 信息网络及软件购置更新 | I —— -> null
                {"code": "30908", "name": "物资储备", "amount": None},  # 328: G 30908 | H 物资储备 | I —— -> null
                {"code": "30913", "name": "公务用车购置", "amount": None},  # 329: G 30913 | H 公务用车购置 | I —— -> null
                {"code": "30919", "name": "其他交通工具购置", "amount": None},  # 330: G 30919 | H 其他交通工具购置 | I —— -> null
                {"code": "30921", "name": "文物和陈列品购置", "amount": None},  # 331: G 30921 | H 文物和陈列品购置 | I —— -> null
                {"code": "30922", "name": "无形资产购置", "amount": None},  # 333: G 30922 | H 无形资产购置 | I —— -> null
                {"code": "30999", "name": "其他资本性支出", "amount": None},  # 334: G 30999 | H 其他资本性支出 | I —— -> null
                {"code": "310", "name": "资本性支出", "amount": None},  # 335: G 310 | H 资本性支出 | I (empty)
                {"code": "31001", "name": "房屋建筑物构建", "amount": None},  # 336: G 31001 | H 房屋建筑物构建 | I (empty)
                {"code": "31002", "name": "办公设备购置", "amount": None},  # 337: G 31002 | H 办公设备购置 | I (empty)
                {"code": "31003", "name": "专用设备购置", "amount": None},  # 338: G 31003 | H 专用设备购置 | I (empty)
                {"code": "31005", "name": "基础设施建设", "amount": None},  # 339: G 31005 | H 基础设施建设 | I (empty)
                {"code": "31006", "name": "大型修缮", "amount": None},  # 340: G 31006 | H 大型修缮 | I (empty)
                {"code": "31007", "name": "信息网络及软件购置更新", "amount": None},  # 341: G 31007 | H 信息网络及软件购置更新 | I (empty)
                {"code": "31008", "name": "物资储备", "amount": None},  # 342: G 31008 | H 物资储备 | I (empty)
                {"code": "31009", "name": "土地补偿", "amount": None},  # 343: G 31009 | H 土地补偿 | I (empty)
                {"code": "31010", "name": "安置补助", "amount": None},  # 344: G 31010 | H 安置补助 | I (empty)
                # group 4: J 科目代码 | K 科目名称 | L 决算数 (公用经费, continued)
                {"code": "31011", "name": "地上附着物和青苗补偿", "amount": None},  # 316: J 31011 | K 地上附着物和青苗补偿 | L (empty)
                {"code": "31012", "name": "拆迁补偿", "amount": None},  # 317: J 31012 | K 拆迁补偿 | L (empty)
                {"code": "31013", "name": "公务用车购置", "amount": None},  # 318: J 31013 | K 公务用车购置 | L (empty)
                {"code": "31019", "name": "其他交通工具购置", "amount": None},  # 319: J 31019 | K 其他交通工具购置 | L (empty)
                {"code": "31021", "name": "文物和陈列品购置", "amount": None},  # 320: J 31021 | K 文物和陈列品购置 | L (empty)
                {"code": "31022", "name": "无形资产购置", "amount": None},  # 321: J 31022 | K 无形资产购置 | L (empty)
                {"code": "31099", "name": "其他资本性支出", "amount": None},  # 322: J 31099 | K 其他资本性支出 | L (empty)
                {"code": "311", "name": "对企业补助（基本建设）", "amount": None},  # 323: J 311 | K 对企业补助（基本建设） | L —— -> null
                {"code": "31101", "name": "资本金注入", "amount": None},  # 324: J 31101 | K 资本金注入 | L —— -> null
                {"code": "31199", "name": "其他对企业补助", "amount": None},  # 325: J 31199 | K 其他对企业补助 | L —— -> null
                {"code": "312", "name": "对企业补助", "amount": None},  # 326: J 312 | K 对企业补助 | L (empty)
                {"code": "31201", "name": "资本金注入", "amount": None},  # 327: J 31201 | K 资本金注入 | L (empty)
                {"code": "31203", "name": "政府投资基金股权投资", "amount": None},  # 328: J 31203 | K 政府投资基金股权投资 | L (empty)
                {"code": "31204", "name": "费用补贴", "amount": None},  # 329: J 31204 | K 费用补贴 | L (empty)
                {"code": "31205", "name": "利息补贴", "amount": None},  # 330: J 31205 | K 利息补贴 | L (empty)
                {"code": "31299", "name": "其他对企业补助", "amount": None},  # 331: J 31299 | K 其他对企业补助 | L (empty)
                {"code": "313", "name": "对社会保障基金补助", "amount": None},  # 333: J 313 | K 对社会保障基金补助 | L (empty)
                {"code": "31302", "name": "对社会保险基金补助", "amount": None},  # 334: J 31302 | K 对社会保险基金补助 | L (empty)
                {"code": "31303", "name": "补充全国社会保障基金", "amount": None},  # 335: J 31303 | K 补充全国社会保障基金 | L (empty)
                {"code": "31304", "name": "对机关事业单位职业年金的补助", "amount": None},  # 336: J 31304 | K 对机关事业单位职业年金的补助 | L (empty)
                {"code": "399", "name": "其他支出", "amount": None},  # 337: J 399 | K 其他支出 | L (empty)
                {"code": "39907", "name": "国家赔偿费用支出", "amount": None},  # 338: J 39907 | K 国家赔偿费用支出 | L (empty)
                {"code": "39908", "name": "对民间非营利组织和群众性自治组织补贴", "amount": None},  # 339: J 39908 | K 对民间非营利组织和群众性自治组织补贴 | L (empty)
                {"code": "39909", "name": "经常性赠与", "amount": None},  # 340: J 39909 | K 经常性赠与 | L (empty)
                {"code": "39910", "name": "资本性赠与", "amount": None},  # 341: J 39910 | K 资本性赠与 | L (empty)
                {"code": "39999", "name": "其他支出", "amount": None},  # 342: J 39999 | K 其他支出 | L (empty)
            ],
        },
        # ------------------------------------------------------------------------------------------
        # 公开07表 lines 349-366. Header 359: A 项目 | C 年初结转和结余 | D 本年收入 | E 本年支出 |
        # H 年末结转和结余; 360: A 科目代码 | B 科目名称 | E 小计 | F 基本支出 | G 项目支出; 361: 栏次.
        # Columns: C opening, D income, E total, F basic, G project, H closing.
        # The only body row is the blank 合计 row 362; 363 is empty, 364 注, 366 说明：本表无数据.
        S07: {
            "unit": "晋城市商务局",  # 353 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 355 A: 2023年度
            "total": {  # 362: A 合计 | B-H (empty)
                "opening": None,  # 362 C: (empty)
                "income": None,  # 362 D: (empty)
                "total": None,  # 362 E: (empty)
                "basic": None,  # 362 F: (empty)
                "project": None,  # 362 G: (empty)
                "closing": None,  # 362 H: (empty)
            },
            "rows": [],  # no keyed row between the 合计 row 362 and the 注 line 364
        },
        # ------------------------------------------------------------------------------------------
        # 公开08表 lines 368-385. Header 378: A 项目 | C 本年支出; 379: A 科目代码 | B 科目名称 | C 合计 |
        # D 基本支出 | E 项目支出; 380: 栏次. Columns: C total, D basic, E project.
        # The only body row is the blank 合计 row 381; 382 is empty, 383 注, 385 说明：本表无数据.
        S08: {
            "unit": "晋城市商务局",  # 372 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 374 A: 2023年度
            "total": {  # 381: A 合计 | B-E (empty)
                "total": None,  # 381 C: (empty)
                "basic": None,  # 381 D: (empty)
                "project": None,  # 381 E: (empty)
            },
            "rows": [],  # no keyed row between the 合计 row 381 and the 注 line 383
        },
        # ------------------------------------------------------------------------------------------
        # 公开09表 lines 387-403. Header 397: A 预算数 | G 决算数; 398/399: the two-level labels;
        # 400: column numbers A 1 … L 12; 401: the values, one per numbered column.
        S09: {
            "unit": "晋城市商务局",  # 391 A: 部门名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 393 A: 2023年度
            "budget_total": 0.39,  # 401 A: 0.39 (400 A: 1; 398 A: 合计 under 397 A 预算数)
            "budget_abroad": None,  # 401 B: (empty) (400 B: 2; 398 B: 因公出国（境） 费)
            "budget_vehicles": 0.15,  # 401 C: 0.15 (400 C: 3; 399 C: 小计 under 398 C 公务用车购置及运行维护费)
            "budget_vehicle_purchase": None,  # 401 D: (empty) (400 D: 4; 399 D: 公务用车购 置费)
            "budget_vehicle_operation": 0.15,  # 401 E: 0.15 (400 E: 5; 399 E: 公务用车 运行维护费)
            "budget_reception": 0.24,  # 401 F: 0.24 (400 F: 6; 398 F: 公务接待费)
            "actual_total": 0.39,  # 401 G: 0.39 (400 G: 7; 398 G: 合计 under 397 G 决算数)
            "actual_abroad": None,  # 401 H: (empty) (400 H: 8; 398 H: 因公出国（境） 费)
            "actual_vehicles": 0.15,  # 401 I: 0.15 (400 I: 9; 399 I: 小计 under 398 I 公务用车购置及运行维护费)
            "actual_vehicle_purchase": None,  # 401 J: (empty) (400 J: 10; 399 J: 公务用车购 置费)
            "actual_vehicle_operation": 0.15,  # 401 K: 0.15 (400 K: 11; 399 K: 公务用车 运行维护费)
            "actual_reception": 0.24,  # 401 L: 0.24 (400 L: 12; 398 L: 公务接待费)
        },
        # ------------------------------------------------------------------------------------------
        # 公开10表 lines 405-437. Header 416: A 项目 | B 行次 | C 统计数 (repeated as 422: A 项目 | C 统计数).
        # Group: A name / B 行次 / C value. Section labels 415 (一、政府采购情况), 421 (二、机关运行经费),
        # 425 (三、国有资产占用情况) and the header rows have no 行次: not rows.
        # JUDGEMENT: 行次 16 does not exist (435 goes 15 -> 17); 17 is kept as written. Names are the
        # cell text exactly, numbering prefixes included ("(一) 行政单位", "1. 副部(省)级及以上领导用车").
        # The 合计 row 417 carries 行次 1: an ordinary row, no "total" key.
        S10: {
            "unit": "晋城市商务局",  # 409 A: 单位名称：晋城市商务局 -- the text after the colon
            "year": 2023,  # 411 A: 2023年度
            "rows": [
                {"line": 1, "name": "合计", "value": 24.60},  # 417: A 合计 | B 1 | C 24.60
                {"line": 2, "name": "货物", "value": None},  # 418: A 货物 | B 2 | C (empty)
                {"line": 3, "name": "工程", "value": None},  # 419: A 工程 | B 3 | C (empty)
                {"line": 4, "name": "服务", "value": 24.60},  # 420: A 服务 | B 4 | C 24.60
                {"line": 5, "name": "(一) 行政单位", "value": 122.06},  # 423: A (一) 行政单位 | B 5 | C 122.06
                {"line": 6, "name": "(二) 参照公务员法管理事业单位", "value": None},  # 424: A (二) 参照公务员法管理事业单位 | B 6 | C (empty)
                {"line": 7, "name": "(一) 车辆数合计(辆)", "value": 1},  # 426: A (一) 车辆数合计(辆) | B 7 | C 1
                {"line": 8, "name": "1. 副部(省)级及以上领导用车", "value": None},  # 427: A 1. 副部(省)级及以上领导用车 | B 8 | C (empty)
                {"line": 9, "name": "2. 主要负责人用车", "value": None},  # 428: A 2. 主要负责人用车 | B 9 | C (empty)
                {"line": 10, "name": "3. 机要通信用车", "value": None},  # 429: A 3. 机要通信用车 | B 10 | C (empty)
                {"line": 11, "name": "4. 应急保障用车", "value": None},  # 430: A 4. 应急保障用车 | B 11 | C (empty)
                {"line": 12, "name": "5. 执法执勤用车", "value": None},  # 431: A 5. 执法执勤用车 | B 12 | C (empty)
                {"line": 13, "name": "6. 特种专业技术用车", "value": None},  # 432: A 6. 特种专业技术用车 | B 13 | C (empty)
                {"line": 14, "name": "7. 离退休干部服务用车", "value": None},  # 433: A 7. 离退休干部服务用车 | B 14 | C (empty)
                {"line": 15, "name": "8. 其他用车", "value": 1},  # 434: A 8. 其他用车 | B 15 | C 1
                {"line": 17, "name": "(二) 单价100万元(含)以上设备(不含车辆)", "value": None},  # 435: A (二) 单价100万元(含)以上设备(不含车辆) | B 17 | C (empty)
            ],
        },
    },
}
