"""Hand-made golden records for the three 部门整体支出 sample forms: 002_dept_* and 003_dept_* (template
"department-jinzhong-2020", 晋中市部门整体支出绩效自评表 2020) and 001_dept_* (template
"department-target-2021", 部门(单位)整体支出绩效目标自评表, 武威 2021).

Worked out by hand from the seed texts tests/data/seeds/{001,002,003}_*.txt, never by running the
engine. Each workbook was made from one seed line range (one seed line = one sheet row, one TAB field
= one cell: field 1 = column A, field 2 = B, ...); see samples/README-seed.md:
- 002_dept_晋中市招商引资服务中心.xlsx: 002_72746951e4b9abaf.txt lines 3-59 (sheet row = line - 2)
- 003_dept_晋中市工业和信息化局.xlsx: 003_6023eec06e43d371.txt lines 3-57 (sheet row = line - 2)
- 001_dept_市对外经济贸易发展服务中心.xlsx: 001_111099e829c6ea1e.txt lines 33-77 (sheet row = line - 32)

Comment convention, beside every value: `# LINE COL: cell text` = seed line number and column letter
of the cell the value comes from. "(empty)" is a blank cell. Where the value is a reading rather than
a copy (a shifted row, a level carried down, a missing cell), the comment says so after "--", and
"JUDGEMENT" marks a call that could reasonably go the other way. Long texts are shortened with "…" in
the comment only; the value is the whole cell.

Record fields.
department-jinzhong-2020: unit (the text after the colon of "填报单位（公章）：NAME"; absent when nothing
follows the colon), year, leader (单位负责人), carryover (上年结转金额), budget_initial (年初预算金额),
budget_adjustment (预算调整金额, negative as written), other_adjustment (其他调整资金), executed
(预算执行金额), year_end_balance (年末结余金额), staff (单位人员情况), execution_summary (预算执行情况),
analysis (部门整体支出绩效评价分析; 003's label is cut to "部门整体支出绩效评价分"); items (one per
scoring row that is not a section row: level1, level2, weight_reference = 参考分值, weight = 设定分值,
formula = 计算方式/说明 or 计算分析情况, score = 得分/满分 or 评价得分); sections / section_weights (the
投入/过程/产出/效果 section rows: their score and their first number); total_score (综合得分, the last
number on that row), grade (评价结果等次).
department-target-2021: unit, year, contact, staff_quota, staff_actual, goals; tasks (name, amount =
总额, fiscal = 财政拨款, other = 其他资金) and tasks_total (金额合计); indicators (level1, level2, name,
target = 指标值).

General readings used throughout (judgement calls, see also the per-row comments):
- Numbers are the numbers as written ("11,123.37" -> 11123.37, "-567.94" -> -567.94, "3.00" -> 3.00).
- Text values are the cell text exactly as in the seed, including the HTML <p>…</p> tags of the long
  text cells, the curly quotes of “三公经费”, and the space the PDF extraction left inside a word
  ("履职 效益", 002 line 51). JUDGEMENT: not normalised, as in tests/golden/project_jinzhong.py
  ("可持续影响指 标"). A cell the workbook stores as a number with a percent format ("95%" in the
  计算分析情况 column, "100%" as an 指标值) is given as the text it displays.
- 晋中 item rows: a section row (投入/过程/产出/效果 in column A, with 参考分值, 设定分值, "——" and the
  section score) is not an item; it sets sections / section_weights and resets the carried level1.
  level1 is carried down inside a section from the row that writes it (merged in the workbook).
  JUDGEMENT: a row that comes after its section row but before its level-1 label (002 line 49,
  经济效益, whose 履职 效益 label stands on line 51) has level1 "".
- 晋中 items are read by meaning on rows shifted one column right (002 lines 51-53: B level1 /
  C level2 / D 参考分值 / E 设定分值 / F text / G score); empty rows (002 line 50) are not items.
- 武威 indicators: a row whose cells stand one or two columns left of the header 48 (一级 B | 二级 C |
  三级 D | 指标值 F) is read by meaning: the text cells in order are level1 / level2 / name / target,
  with the leading levels taken from above when the row starts with a lower level. A level-2 word in
  the 一级 column (可持续影响指标 in A75) is level2; level1 is then carried down.
"""

# Template id per sample file (this module holds two templates; the runner takes a dict).
TEMPLATE = {
    "002_dept_晋中市招商引资服务中心.xlsx": "department-jinzhong-2020",
    "003_dept_晋中市工业和信息化局.xlsx": "department-jinzhong-2020",
    "001_dept_市对外经济贸易发展服务中心.xlsx": "department-target-2021",
}

# Fields that must NOT be in the record (the form's cell for them holds only the label).
ABSENT = {
    "003_dept_晋中市工业和信息化局.xlsx": ("unit",),
}

# 002 line 16 B (部门整体支出绩效评价分析).
A002 = ("<p>预算投入实际得分13.6分，过程得分30.2分，产出得分22分，效果得分20分，总得分85.8分。</p> "
        "<p>2020年以来，我单位严格落实一岗双责，强化政治引领，切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，"
        "把党的领导贯穿于意识形态、法制建设、脱贫攻坚和招商引资等工作各方面全过程，年末高质量超标准完成了招商引资工作任务，"
        "全市签约招商引资项目239个，总投资1695.7亿元，完成全省下达1309亿元任务的129.5%；新签约项目中开工204个，"
        "开工率全省排名第二；新开工项目投资额848.8亿元，全省排名第三；固定资产投资项目到位资金184.9亿元，全省排名第五；"
        "非固定资产投资项目到位资金184.9亿元，全省排名第六。招商引资项目的引进、资金的到位为我市经济社会的发展作出了重要贡献，"
        "为我市产业结构转型、增加就业、提升城市知名度等产生了积极影响。年终考核评为良好。从得分情况来看，"
        "我单位还需存在的不足主要有以下几方面：一是人员控制，由于机构改革减少编制，实际在编在岗人数大于编制数，"
        "短期内无法达到目标，今后要注重人员控制；二是预算调整幅度较大及支付进度不达标，主要是因为由于疫情影响，"
        "我单位外出招商引资活动受阻，导致经费结余较多，支出进度达不到标准，"
        "但是在此情况下我单位依然保质保量完成了当年度的招商引资工作目标。</p>")

# 003 line 15 B (预算执行情况).
E003 = ("<p>2020年财政拨款总收入为122241483.61元,财政拨款总支出为110941483.61元。类款代码 名称 本年收入 本年支出 "
        "201 一般公共服务支出 14438328.04 14438328.04 208 社会保障和就业支出 9835274.49 9835274.49 "
        "210 卫生健康支出 686593.29 686593.29 212 城乡社区支出 83357505.18 83357505.18 "
        "213 农林水支出 415000 415000 214 交通运输支出 10020 215 资源勘探信息等支出 11300000 "
        "221 住房保障支出 2036132.61 2036132.61 222 粮油物资储备支出 162630 162630 "
        "合计 122241483.61 110941483.61</p>")

# 003 line 16 B (部门整体支出绩效评价分).
A003 = ("<p>2020年我委需绩效评价考核项目共6项,项目总金额20591.6万元。截止12月31日实现绩效目标有3项。分别是: "
        "1、企业技术创新奖励补助资金。为推动企业技术创新能力健康发展,提升创新意识2020年度对评价合格3户省级、"
        "14户市级企业技术中心给予奖励,实际投入资金284.2万元; 2、优势企业转型信息化平台。"
        "为加快我市大数据和云平台建设,提高信息技术和数据资源高效利用,促进全市企业、项目顺利建设,"
        "推动全市县经济稳健发展、提质增效。2020年实际投入15万元。3、新动能专项资金。"
        "该资金主要用于年度获得山西省级技改专项资金项目的配套和本市范围内先进性强、带动性好的工业技改和转型项目的补助和贴息扶持。"
        "2020年经我局实际投入5000万元。2020年由于疫情防控,未实现的项目有:“企业上云”补贴、新晋商企业家素质提升工程、"
        "两化融合培训费。</p>")

# 001 line 47 B (年度总体绩效目标).
G001 = ("<p>目标1:结合我市实际,扶持培育本地农产品食品出口龙头企业,发展外向型农业,持续扩大农副产品外销规模,"
        "稳步扩大优势产业对外合作;鼓励企业加强与丝绸之路经济带沿线国家和地区的合作,年内组织5-8家外贸企业参加境内外各类展会。</p> "
        "<p>目标2:充分发挥我中心职能职责,以进境木材指定监管场地、进口肉类指定查验场启动运营为契机,进一步加大宣传推介和招商引资力度,"
        "培育木材、肉类贸易加工产业链,加快甘肃(武威)国际陆港建设,培育跨境电子商务经营主体,加强与沿海港口、内陆口岸合作,"
        "扩大对外合作交流,推动外向型经济快速发展。</p> "
        "<p>目标3:深入开展调研,积极支持外贸企业发展,举办2-3次进出口贸易相关知识培训班,提升外贸企业业务水平。</p>")

EXPECTED = {
    # ------------------------------------------------------------------------------------------
    # 002 lines 3-59 (sheet row = line - 2); 晋中市招商引资服务中心 2020, template department-jinzhong-2020
    "002_dept_晋中市招商引资服务中心.xlsx": {
        "unit": "晋中市招商引资服务中心",  # 7 A: 填报单位（公章）：晋中市招商引资服务中心 -- the text after the colon
        "year": 2020,  # 5 A: (2020 年度)
        "leader": "王鹏",  # 9 B: 王鹏 (A: 单位负责人)
        "carryover": 82.82,  # 10 B: 82.82 (A: 上年结转金额 (万元))
        "budget_initial": 948.96,  # 10 D: 948.96 (C: 年初预算金额 (万元))
        "budget_adjustment": -567.94,  # 11 B: -567.94 (A: 预算调整金额 (万元))
        "other_adjustment": 3.34,  # 11 D: 3.34 (C: 其他调整资金 (万元))
        "executed": 404.89,  # 12 B: 404.89 (A: 预算执行金额 (万元))
        "year_end_balance": 62.29,  # 12 D: 62.29 (C: 年末结余金额 (万元))
        "staff": "2020年机构改革，重新核定我单位编制数16人，减少6个编制，2020年底在编在岗18人，退休人员18人。",  # 14 B: 2020年机构改革，重新核定我单位编制数16人，减少6个编制，2020年底在编在岗18人，退休人员18人。 (A: 单位人员情况)
        "execution_summary": "2020年预算收入948.96万元，实际执行预算404.89万元，其中基本支出257.96万元，项目支出146.93万元，其中党建经费支出0.21万元，劳务派遣人员工资3.64万元，工会经费2.76万元，招商引资专项经费126.47万元，市级招商引资工作经费7.6万元，扶贫支出6.26万元。",  # 15 B: 2020年预算收入948.96万元，实际执行预算404.89万元，…扶贫支出6.26万元。 (A: 预算执行情况)
        "analysis": A002,  # 16 B: <p>预算投入实际得分13.6分，过程得分30.2分，…完成了当年度的招商引资工作目标。</p> (A: 部门整体支出绩效评价分析)
        # Scoring table header 22: A 一级指标 | B 二级指标 | C 参考分值 | D 设定分值 | E 计算方式/说明 | F 得分/满分
        # (line 18 is a lone earlier header "一级指标 | 二级指标 | 指标分值 | 得分" with no rows; 20 is 绩效情况)
        "items": [
            # 23: section row 投入 (below)
            {  # 24: aligned
                "level1": "工作目标设定",  # 24 A: 工作目标设定
                "level2": "工作规划合理性",  # 24 B: 工作规划合理性
                "weight_reference": 3,  # 24 C: 3
                "weight": 3.00,  # 24 D: 3.00
                "formula": "我单位工作目标符合法律法规、国民经济和社会发展总体规划，也符合“三定”方案确定的职责和市政府工作报告中各项任务的中长期实施规划。",  # 24 E: 我单位工作目标符合法律法规、…各项任务的中长期实施规划。
                "score": 3.00,  # 24 F: 3.00
            },
            {  # 25
                "level1": "工作目标设定",  # 25 A: (empty) -- carried from 24 A
                "level2": "工作目标明确性",  # 25 B: 工作目标明确性
                "weight_reference": 3,  # 25 C: 3
                "weight": 3.00,  # 25 D: 3.00
                "formula": "我单位全年的各项目标任务均符合单位整体工作规划，并进一步细化，分解到相关科室及责任人。",  # 25 E: 我单位全年的各项目标任务均符合单位整体工作规划，并进一步细化，分解到相关科室及责任人。
                "score": 3.00,  # 25 F: 3.00
            },
            {  # 26
                "level1": "预算配置",  # 26 A: 预算配置
                "level2": "在职人员控制",  # 26 B: 在职人员控制
                "weight_reference": 3,  # 26 C: 3
                "weight": 3.00,  # 26 D: 3.00
                "formula": "18/16=112%",  # 26 E: 18/16=112%
                "score": 0.60,  # 26 F: 0.60
            },
            {  # 27
                "level1": "预算配置",  # 27 A: (empty) -- carried from 26 A
                "level2": "“三公经费”",  # 27 B: “三公经费”
                "weight_reference": 3,  # 27 C: 3
                "weight": 3.00,  # 27 D: 3.00
                "formula": "(6.97-6.97)/6.97=0",  # 27 E: (6.97-6.97)/6.97=0
                "score": 3.00,  # 27 F: 3.00
            },
            {  # 28
                "level1": "预算配置",  # 28 A: (empty) -- carried from 26 A
                "level2": "重点支出安排",  # 28 B: 重点支出安排
                "weight_reference": 4,  # 28 C: 4
                "weight": 4.00,  # 28 D: 4.00
                "formula": "698.5/702.69=99.4%",  # 28 E: 698.5/702.69=99.4%
                "score": 4.00,  # 28 F: 4.00
            },
            # 29: section row 过程 (below) -- resets level1
            {  # 30
                "level1": "预算执行",  # 30 A: 预算执行
                "level2": "预算完成率",  # 30 B: 预算完成率
                "weight_reference": 3,  # 30 C: 3
                "weight": 3.00,  # 30 D: 3.00
                "formula": "(82.82+948.96-62.29)/(82.82+948.96)=94%",  # 30 E: (82.82+948.96-62.29)/(82.82+948.96)=94%
                "score": 1.20,  # 30 F: 1.20
            },
            {  # 31
                "level1": "预算执行",  # 31 A: (empty) -- carried from 30 A
                "level2": "预算调整率",  # 31 B: 预算调整率
                "weight_reference": 3,  # 31 C: 3
                "weight": 3.00,  # 31 D: 3.00
                "formula": "567.94/948.96=60%",  # 31 E: 567.94/948.96=60%
                "score": 0.00,  # 31 F: 0.00
            },
            {  # 32
                "level1": "预算执行",  # 32 A: (empty) -- carried from 30 A
                "level2": "支付进度",  # 32 B: 支付进度
                "weight_reference": 4,  # 32 C: 4
                "weight": 4.00,  # 32 D: 4.00
                "formula": "一季度进度6.8%，二季度进度17.41%，三季度进度28.33%，四季度进度42.42",  # 32 E: 一季度进度6.8%，二季度进度17.41%，三季度进度28.33%，四季度进度42.42
                "score": 0.00,  # 32 F: 0.00
            },
            {  # 33
                "level1": "预算执行",  # 33 A: (empty) -- carried from 30 A
                "level2": "结转结余率",  # 33 B: 结转结余率
                "weight_reference": 3,  # 33 C: 3
                "weight": 3.00,  # 33 D: 3.00
                "formula": "62.29/404.89=15.38%",  # 33 E: 62.29/404.89=15.38%
                "score": 0.00,  # 33 F: 0.00
            },
            {  # 34
                "level1": "预算执行",  # 34 A: (empty) -- carried from 30 A
                "level2": "公用经费控制",  # 34 B: 公用经费控制
                "weight_reference": 2,  # 34 C: 2
                "weight": 2.00,  # 34 D: 2.00
                "formula": "35.34/36.98=95.6%",  # 34 E: 35.34/36.98=95.6%
                "score": 2.00,  # 34 F: 2.00
            },
            {  # 35
                "level1": "预算执行",  # 35 A: (empty) -- carried from 30 A
                "level2": "“三公经费”",  # 35 B: “三公经费”
                "weight_reference": 2,  # 35 C: 2
                "weight": 2.00,  # 35 D: 2.00
                "formula": "3.91/3.93=99.5%",  # 35 E: 3.91/3.93=99.5%
                "score": 2.00,  # 35 F: 2.00
            },
            {  # 36
                "level1": "预算执行",  # 36 A: (empty) -- carried from 30 A
                "level2": "政府采购执行",  # 36 B: 政府采购执行
                "weight_reference": 3,  # 36 C: 3
                "weight": 3.00,  # 36 D: 3.00
                "formula": "34.84/44.04=79.1%",  # 36 E: 34.84/44.04=79.1%
                "score": 0.00,  # 36 F: 0.00
            },
            {  # 37
                "level1": "预算管理",  # 37 A: 预算管理
                "level2": "财务管理制度健全性",  # 37 B: 财务管理制度健全性
                "weight_reference": 3,  # 37 C: 3
                "weight": 3.00,  # 37 D: 3.00
                "formula": "我单位根据国家、省、市相关文件出台了本单位的财务管理制度，对预算管理、会计核算、财务报销等作了规范，并得到有效执行",  # 37 E: 我单位根据国家、省、市相关文件出台了本单位的财务管理制度，…并得到有效执行
                "score": 3.00,  # 37 F: 3.00
            },
            {  # 38
                "level1": "预算管理",  # 38 A: (empty) -- carried from 37 A
                "level2": "资金使用合规性",  # 38 B: 资金使用合规性
                "weight_reference": 3,  # 38 C: 3
                "weight": 3.00,  # 38 D: 3.00
                "formula": "我单位的各项资金使用均按照相关制度执行，并有完整的审批程序和手续，不存在截留、挤占、挪用、虚列支出等情",  # 38 E: 我单位的各项资金使用均按照相关制度执行，…虚列支出等情 (cut off as written)
                "score": 3.00,  # 38 F: 3.00
            },
            {  # 39
                "level1": "预算管理",  # 39 A: (empty) -- carried from 37 A
                "level2": "预决算信息公开性",  # 39 B: 预决算信息公开性
                "weight_reference": 3,  # 39 C: 3
                "weight": 3.00,  # 39 D: 3.00
                "formula": "我单位2020年度已按财政要求对预决算信息及时、准确公开。",  # 39 E: 我单位2020年度已按财政要求对预决算信息及时、准确公开。
                "score": 3.00,  # 39 F: 3.00
            },
            {  # 40
                "level1": "预算管理",  # 40 A: (empty) -- carried from 37 A
                "level2": "基础信息完善性",  # 40 B: 基础信息完善性
                "weight_reference": 3,  # 40 C: 3
                "weight": 3.00,  # 40 D: 3.00
                "formula": "我单位的各项基础数据和会计信息真实、完整、准确。",  # 40 E: 我单位的各项基础数据和会计信息真实、完整、准确。
                "score": 3.00,  # 40 F: 3.00
            },
            {  # 41
                "level1": "资产管理",  # 41 A: 资产管理
                "level2": "资产管理制度健全性",  # 41 B: 资产管理制度健全性
                "weight_reference": 3,  # 41 C: 3
                "weight": 3.00,  # 41 D: 3.00
                "formula": "我单位已制定合法、合规、完整的资产管理办法并严格按照执行",  # 41 E: 我单位已制定合法、合规、完整的资产管理办法并严格按照执行
                "score": 3.00,  # 41 F: 3.00
            },
            {  # 42
                "level1": "资产管理",  # 42 A: (empty) -- carried from 41 A
                "level2": "资产管理安全性",  # 42 B: 资产管理安全性
                "weight_reference": 3,  # 42 C: 3
                "weight": 3.00,  # 42 D: 3.00
                "formula": "我单位资产保存完整，配置合规，账实相符，每年末会进行资产清查盘点，购置不超标准，未处置过资产。",  # 42 E: 我单位资产保存完整，配置合规，账实相符，…购置不超标准，未处置过资产。
                "score": 3.00,  # 42 F: 3.00
            },
            {  # 43
                "level1": "资产管理",  # 43 A: (empty) -- carried from 41 A
                "level2": "固定资产利用",  # 43 B: 固定资产利用
                "weight_reference": 4,  # 43 C: 4
                "weight": 4.00,  # 43 D: 4.00
                "formula": "599.05/599.05=100%",  # 43 E: 599.05/599.05=100%
                "score": 4.00,  # 43 F: 4.00
            },
            # 44: section row 产出 (below) -- resets level1
            {  # 45
                "level1": "职责履行",  # 45 A: 职责履行
                "level2": "完成实绩情况",  # 45 B: 完成实绩情况
                "weight_reference": 8,  # 45 C: 8
                "weight": 8.00,  # 45 D: 8.00
                "formula": "我单位从严管党治党、法制建设、维护稳定、意识形态领域建设和脱贫攻坚巩固、招商引资工作等各项任务均已完成",  # 45 E: 我单位从严管党治党、法制建设、…招商引资工作等各项任务均已完成
                "score": 8.00,  # 45 F: 8.00
            },
            {  # 46
                "level1": "职责履行",  # 46 A: (empty) -- carried from 45 A
                "level2": "质量达标情况",  # 46 B: 质量达标情况
                "weight_reference": 8,  # 46 C: 8
                "weight": 8.00,  # 46 D: 8.00
                "formula": "我单位所有目标责任全部达标，年终考核被评为良好。",  # 46 E: 我单位所有目标责任全部达标，年终考核被评为良好。
                "score": 8.00,  # 46 F: 8.00
            },
            {  # 47
                "level1": "职责履行",  # 47 A: (empty) -- carried from 45 A
                "level2": "重点工作完成情况",  # 47 B: 重点工作完成情况
                "weight_reference": 6,  # 47 C: 6
                "weight": 6.00,  # 47 D: 6.00
                "formula": "招商引资工作为我单位的重点工作，任务已超额完成。",  # 47 E: 招商引资工作为我单位的重点工作，任务已超额完成。
                "score": 6.00,  # 47 F: 6.00
            },
            # 48: section row 效果 (below) -- resets level1
            {  # 49: aligned (B level2 | C | D | E | F)
                # JUDGEMENT: level1 "" -- the section row 48 reset it and this 效果 group's level-1 label
                # (履职 效益) only appears two lines further down, on line 51 (B, a row shifted right);
                # nothing above this row inside the section names a level1. A clerk would put the row
                # under 履职效益 (every 效果 item is a 履职效益 item, as in 003 line 47); the record
                # follows the sheet: a level is carried down, never up.
                "level1": "",  # 49 A: (empty) -- nothing to carry since the section row 48
                "level2": "经济效益",  # 49 B: 经济效益
                "weight_reference": 5,  # 49 C: 5
                "weight": 5.00,  # 49 D: 5.00
                "formula": "2020年完成签约项目203个，总投资1691.94亿元，全省排名第五，完成全省下达任务的129.3%。",  # 49 E: 2020年完成签约项目203个，总投资1691.94亿元，全省排名第五，完成全省下达任务的129.3%。
                "score": 5.00,  # 49 F: 5.00
            },
            # 50: empty row (no cells) -- not an item
            {  # 51: SHIFTED one column right (B level1 | C level2 | D 参考分值 | E 设定分值 | F text | G score)
                "level1": "履职 效益",  # 51 B: 履职 效益 -- as written (wrap space); JUDGEMENT: not normalised to 履职效益
                "level2": "社会效益",  # 51 C: 社会效益
                "weight_reference": 5,  # 51 D: 5 -- shifted, 参考分值
                "weight": 5.00,  # 51 E: 5.00 -- shifted, 设定分值
                "formula": "我们积极利用各大展会平台加大宣传晋中和招商工作，取得了良好效果，招商引资项目的增加也带动了我市就业水平和城市提档升级。",  # 51 F: 我们积极利用各大展会平台加大宣传晋中和招商工作，…城市提档升级。 -- shifted
                "score": 5.00,  # 51 G: 5.00 -- shifted, 得分/满分
            },
            {  # 52: SHIFTED one column right as 51
                "level1": "履职 效益",  # 52 B: (empty) -- carried from 51 B (as written)
                "level2": "生态效益",  # 52 C: 生态效益
                "weight_reference": 5,  # 52 D: 5
                "weight": 5.00,  # 52 E: 5.00
                "formula": "我单位积极引进生态、节能、环保等可持续发展项目，为我市生态环境的改善作出贡献。",  # 52 F: 我单位积极引进生态、节能、环保等可持续发展项目，为我市生态环境的改善作出贡献。
                "score": 5.00,  # 52 G: 5.00
            },
            {  # 53: SHIFTED one column right as 51
                "level1": "履职 效益",  # 53 B: (empty) -- carried from 51 B (as written)
                "level2": "社会公众或服务对象满意度",  # 53 C: 社会公众或服务对象满意度
                "weight_reference": 5,  # 53 D: 5
                "weight": 5.00,  # 53 E: 5.00
                "formula": "全年未接到客商投诉信息。",  # 53 F: 全年未接到客商投诉信息。
                "score": 5.00,  # 53 G: 5.00
            },
        ],
        "sections": {
            "投入": 13.60,  # 23 F: 13.60 (A: 投入)
            "过程": 27.20,  # 29 F: 27.20 (A: 过程)
            "产出": 22.00,  # 44 F: 22.00 (A: 产出)
            "效果": 20.00,  # 48 F: 20.00 (A: 效果)
        },
        "section_weights": {
            "投入": 16,  # 23 C: 16 (A: 投入; D: 16 as well)
            "过程": 42,  # 29 C: 42 (A: 过程; D: 42 as well)
            "产出": 22,  # 44 C: 22 (A: 产出; D: 22 as well)
            "效果": 20,  # 48 C: 20 (A: 效果; D: 20 as well)
        },
        "total_score": 82.80,  # 54 F: 82.80 (B: 综合得分; D: 100 is the weight sum, not the score)
        "grade": "良",  # 55 E: 良 (B: 评价结果等次：)
    },
    # ------------------------------------------------------------------------------------------
    # 003 lines 3-57 (sheet row = line - 2); 晋中市工业和信息化局 2020, template department-jinzhong-2020.
    # The 计算分析情况 texts are cut to a fragment by the PDF extraction; they are given as written.
    "003_dept_晋中市工业和信息化局.xlsx": {
        # "unit": absent -- 7 A: 填报单位(公章): -- nothing follows the colon (see ABSENT)
        "year": 2020,  # 5 A: (2020 年度)
        "leader": "崔雪波",  # 9 B: 崔雪波 (A: 单位负责人)
        "carryover": 26.66,  # 10 B: 26.66 (A: 上年结转金额 (万元))
        "budget_initial": 22728.40,  # 10 D: 22728.40 (C: 年初预算金额 (万元))
        "budget_adjustment": -10504.26,  # 11 B: -10504.26 (A: 预算调整金额 (万元))
        "other_adjustment": 5.35,  # 11 D: 5.35 (C: 其他调整资金 (万元))
        "executed": 11123.37,  # 12 B: 11,123.37 (A: 预算执行金额 (万元)) -- thousands separator dropped
        "year_end_balance": 1132.78,  # 12 D: 1132.78 (C: 年末结余金额 (万元))
        "staff": "<p>2020年年末实有人数322人,在职人员137人,离休人员7人,退休人员178人。较2019年总人数减少4人,主要原因为2020新近在职人员6人、退休人员1人,转隶4人,自然减员7人。</p>",  # 14 B: <p>2020年年末实有人数322人,在职人员137人,…自然减员7人。</p> (A: 单位人员情况)
        "execution_summary": E003,  # 15 B: <p>2020年财政拨款总收入为122241483.61元,…合计 122241483.61 110941483.61</p> (A: 预算执行情况)
        "analysis": A003,  # 16 B: <p>2020年我委需绩效评价考核项目共6项,…两化融合培训费。</p> (A: 部门整体支出绩效评价分 -- the label cut short, same field)
        # Scoring table header 19/20: A 二级指标 | B 三级指标 | C 指标分值 (20: C 参考分值, D 设定分值) |
        # E 计算分析情况 | F 评价得分. The form's 二级/三级 are the record's level1/level2.
        "items": [
            # 21: section row 投入 (below)
            {  # 22: aligned
                "level1": "工作目标设定",  # 22 A: 工作目标设定
                "level2": "工作规划合理",  # 22 B: 工作规划合理
                "weight_reference": 3,  # 22 C: 3
                "weight": 3.00,  # 22 D: 3.00
                "formula": "符合部门“三定”",  # 22 E: 符合部门“三定”
                "score": 3.00,  # 22 F: 3.00
            },
            {  # 23
                "level1": "工作目标设定",  # 23 A: (empty) -- carried from 22 A
                "level2": "工作目标明确",  # 23 B: 工作目标明确
                "weight_reference": 3,  # 23 C: 3
                "weight": 3.00,  # 23 D: 3.00
                "formula": "达成目标与工作任",  # 23 E: 达成目标与工作任
                "score": 3.00,  # 23 F: 3.00
            },
            {  # 24
                "level1": "预算配置",  # 24 A: 预算配置
                "level2": "在职人员控制",  # 24 B: 在职人员控制
                "weight_reference": 3,  # 24 C: 3
                "weight": 3.00,  # 24 D: 3.00
                "formula": "9年总人数减少4人,",  # 24 E: 9年总人数减少4人,
                "score": 3.00,  # 24 F: 3.00
            },
            {  # 25
                "level1": "预算配置",  # 25 A: (empty) -- carried from 24 A
                "level2": "“三公经费”",  # 25 B: “三公经费”
                "weight_reference": 3,  # 25 C: 3
                "weight": 3.00,  # 25 D: 3.00
                "formula": "5.09元, 比上年同",  # 25 E: 5.09元, 比上年同
                "score": 3.00,  # 25 F: 3.00
            },
            {  # 26
                "level1": "预算配置",  # 26 A: (empty) -- carried from 24 A
                "level2": "重点支出安排",  # 26 B: 重点支出安排
                "weight_reference": 4,  # 26 C: 4
                "weight": 4.00,  # 26 D: 4.00
                "formula": "/项目总支出) 100%",  # 26 E: /项目总支出) 100%
                "score": 4.00,  # 26 F: 4.00
            },
            # 27: section row 过程 (below) -- resets level1
            {  # 28
                "level1": "预算执行",  # 28 A: 预算执行
                "level2": "预算完成率",  # 28 B: 预算完成率
                "weight_reference": 3,  # 28 C: 3
                "weight": 3.00,  # 28 D: 3.00
                "formula": "上年结转+年初预算",  # 28 E: 上年结转+年初预算
                "score": 3.00,  # 28 F: 3.00
            },
            {  # 29
                "level1": "预算执行",  # 29 A: (empty) -- carried from 28 A
                "level2": "预算调整率",  # 29 B: 预算调整率
                "weight_reference": 3,  # 29 C: 3
                "weight": 3.00,  # 29 D: 3.00
                "formula": "(数) × 100% 46.2",  # 29 E: (数) × 100% 46.2
                "score": 3.00,  # 29 F: 3.00
            },
            {  # 30
                "level1": "预算执行",  # 30 A: (empty) -- carried from 28 A
                "level2": "支付进度",  # 30 B: 支付进度
                "weight_reference": 4,  # 30 C: 4
                "weight": 4.00,  # 30 D: 4.00
                "formula": "÷ 11123.37) × 100",  # 30 E: ÷ 11123.37) × 100
                "score": 4.00,  # 30 F: 4.00
            },
            {  # 31
                "level1": "预算执行",  # 31 A: (empty) -- carried from 28 A
                "level2": "结转结余率",  # 31 B: 结转结余率
                "weight_reference": 3,  # 31 C: 3
                "weight": 3.00,  # 31 D: 3.00
                "formula": "预算数 × 100% 10.",  # 31 E: 预算数 × 100% 10.
                "score": 3.00,  # 31 F: 3.00
            },
            {  # 32
                "level1": "预算执行",  # 32 A: (empty) -- carried from 28 A
                "level2": "公用经费控制",  # 32 B: 公用经费控制
                "weight_reference": 2,  # 32 C: 2
                "weight": 2.00,  # 32 D: 2.00
                "formula": "预算安排公用经费总",  # 32 E: 预算安排公用经费总
                "score": 2.00,  # 32 F: 2.00
            },
            {  # 33
                "level1": "预算执行",  # 33 A: (empty) -- carried from 28 A
                "level2": "“三公经费”",  # 33 B: “三公经费”
                "weight_reference": 2,  # 33 C: 2
                "weight": 2.00,  # 33 D: 2.00
                "formula": "/“三公经费”预算",  # 33 E: /“三公经费”预算
                "score": 2.00,  # 33 F: 2.00
            },
            {  # 34
                "level1": "预算执行",  # 34 A: (empty) -- carried from 28 A
                "level2": "政府采购执行",  # 34 B: 政府采购执行
                "weight_reference": 3,  # 34 C: 3
                "weight": 3.00,  # 34 D: 3.00
                "formula": "额/政府采购预算%数",  # 34 E: 额/政府采购预算%数
                "score": 3.00,  # 34 F: 3.00
            },
            {  # 35
                "level1": "预算管理",  # 35 A: 预算管理
                "level2": "财务管理制度",  # 35 B: 财务管理制度
                "weight_reference": 3,  # 35 C: 3
                "weight": 3.00,  # 35 D: 3.00
                "formula": "制度等管理制度;",  # 35 E: 制度等管理制度;
                "score": 3.00,  # 35 F: 3.00
            },
            {  # 36
                "level1": "预算管理",  # 36 A: (empty) -- carried from 35 A
                "level2": "资金使用合规",  # 36 B: 资金使用合规
                "weight_reference": 3,  # 36 C: 3
                "weight": 3.00,  # 36 D: 3.00
                "formula": "付有完整的审批程",  # 36 E: 付有完整的审批程
                "score": 3.00,  # 36 F: 3.00
            },
            {  # 37
                "level1": "预算管理",  # 37 A: (empty) -- carried from 35 A
                "level2": "预决算信息公",  # 37 B: 预决算信息公
                "weight_reference": 3,  # 37 C: 3
                "weight": 3.00,  # 37 D: 3.00
                "formula": "算信息; 按规定时",  # 37 E: 算信息; 按规定时
                "score": 3.00,  # 37 F: 3.00
            },
            {  # 38
                "level1": "预算管理",  # 38 A: (empty) -- carried from 35 A
                "level2": "基础信息完善",  # 38 B: 基础信息完善
                "weight_reference": 3,  # 38 C: 3
                "weight": 3.00,  # 38 D: 3.00
                "formula": "据信息和会计信息资",  # 38 E: 据信息和会计信息资
                "score": 3.00,  # 38 F: 3.00
            },
            {  # 39
                "level1": "资产管理",  # 39 A: 资产管理
                "level2": "资产管理制度",  # 39 B: 资产管理制度
                "weight_reference": 3,  # 39 C: 3
                "weight": 3.00,  # 39 D: 3.00
                "formula": "相关资金管理制度",  # 39 E: 相关资金管理制度
                "score": 3.00,  # 39 F: 3.00
            },
            {  # 40
                "level1": "资产管理",  # 40 A: (empty) -- carried from 39 A
                "level2": "资产管理安全",  # 40 B: 资产管理安全
                "weight_reference": 3,  # 40 C: 3
                "weight": 3.00,  # 40 D: 3.00
                "formula": "现, 帐实相符; 资",  # 40 E: 现, 帐实相符; 资
                "score": 3.00,  # 40 F: 3.00
            },
            {  # 41
                "level1": "资产管理",  # 41 A: (empty) -- carried from 39 A
                "level2": "固定资产利用",  # 41 B: 固定资产利用
                "weight_reference": 4,  # 41 C: 4
                "weight": 4.00,  # 41 D: 4.00
                "formula": "95%",  # 41 E: 95% -- a numeric cell (0.95, percent format); the text it displays
                "score": 4.00,  # 41 F: 4.00
            },
            # 42: section row 产出 (below) -- resets level1
            {  # 43
                "level1": "职责履行",  # 43 A: 职责履行
                "level2": "完成实绩情况",  # 43 B: 完成实绩情况
                "weight_reference": 8,  # 43 C: 8
                "weight": 8.00,  # 43 D: 8.00
                "formula": "职责, 完成所有工",  # 43 E: 职责, 完成所有工
                "score": 8.00,  # 43 F: 8.00
            },
            {  # 44
                "level1": "职责履行",  # 44 A: (empty) -- carried from 43 A
                "level2": "质量达标情况",  # 44 B: 质量达标情况
                "weight_reference": 8,  # 44 C: 8
                "weight": 8.00,  # 44 D: 8.00
                "formula": "达到各项目标责任",  # 44 E: 达到各项目标责任
                "score": 8.00,  # 44 F: 8.00
            },
            {  # 45
                "level1": "职责履行",  # 45 A: (empty) -- carried from 43 A
                "level2": "重点工作完成",  # 45 B: 重点工作完成
                "weight_reference": 6,  # 45 C: 6
                "weight": 6.00,  # 45 D: 6.00
                "formula": "完成",  # 45 E: 完成
                "score": 6.00,  # 45 F: 6.00
            },
            # 46: section row 效果 (below) -- resets level1
            {  # 47
                "level1": "履职效益",  # 47 A: 履职效益
                "level2": "经济效益",  # 47 B: 经济效益
                "weight_reference": 5,  # 47 C: 5
                "weight": 5.00,  # 47 D: 5.00
                "formula": ", 工业经济实现扭",  # 47 E: , 工业经济实现扭
                "score": 5.00,  # 47 F: 5.00
            },
            {  # 48
                "level1": "履职效益",  # 48 A: (empty) -- carried from 47 A
                "level2": "社会效益",  # 48 B: 社会效益
                "weight_reference": 5,  # 48 C: 5
                "weight": 5.00,  # 48 D: 5.00
                "formula": "(五) 推进两化融",  # 48 E: (五) 推进两化融
                "score": 5.00,  # 48 F: 5.00
            },
            {  # 49
                "level1": "履职效益",  # 49 A: (empty) -- carried from 47 A
                "level2": "生态效益",  # 49 B: 生态效益
                "weight_reference": 5,  # 49 C: 5
                "weight": 5.00,  # 49 D: 5.00
                "formula": "市民普及生态文明、",  # 49 E: 市民普及生态文明、
                "score": 5.00,  # 49 F: 5.00
            },
            {  # 50
                "level1": "履职效益",  # 50 A: (empty) -- carried from 47 A
                "level2": "社会公众或服",  # 50 B: 社会公众或服
                "weight_reference": 5,  # 50 C: 5
                "weight": 5.00,  # 50 D: 5.00
                "formula": "年各项目标任务均",  # 50 E: 年各项目标任务均
                "score": 5.00,  # 50 F: 5.00
            },
        ],
        "sections": {
            "投入": 16.00,  # 21 F: 16.00 (A: 投入)
            "过程": 42.00,  # 27 F: 42.00 (A: 过程)
            "产出": 22.00,  # 42 F: 22.00 (A: 产出)
            "效果": 20.00,  # 46 F: 20.00 (A: 效果)
        },
        "section_weights": {
            "投入": 16,  # 21 C: 16 (A: 投入; D: 16 as well)
            "过程": 42,  # 27 C: 42 (A: 过程; D: 42 as well)
            "产出": 22,  # 42 C: 22 (A: 产出; D: 22 as well)
            "效果": 20,  # 46 C: 20 (A: 效果; D: 20 as well)
        },
        "total_score": 100.00,  # 51 E: 100.00 (A: 综合得分; C: 100 is the weight sum)
        "grade": "优",  # 52 D: 优 (A: 评价结果等次:)
    },
    # ------------------------------------------------------------------------------------------
    # 001 lines 33-77 (sheet row = line - 32); 市对外经济贸易发展服务中心 2021, template
    # department-target-2021. Line 40 (上年预算执行情况) is a header with no values: no field.
    "001_dept_市对外经济贸易发展服务中心.xlsx": {
        "unit": "市对外经济贸易发展服务中心",  # 36 C: 市对外经济贸易发展服务中心 (A: 部门(单位)名称)
        "year": 2021,  # 34 A: (2021年度)
        "contact": "李启晶",  # 37 C: 李启晶 (A: 联系人)
        "staff_quota": 3,  # 38 C: 3 (A: 编制人数)
        "staff_actual": 3,  # 38 F: 3 (D: 实有人数)
        "goals": G001,  # 47 B: <p>目标1:结合我市实际,…提升外贸企业业务水平。</p> (A: 年度总体绩效目标)
        # Task block header 41/42: B 任务名称 | D 当年预算金额(万元) (42: D 总额 | E 财政拨款 | F 其他资金)
        "tasks": [
            {  # 43: aligned
                "name": "任务1:公用经费",  # 43 B: 任务1:公用经费
                "amount": 8.72,  # 43 D: 8.72
                "fiscal": 8.72,  # 43 E: 8.72
                "other": 0,  # 43 F: 0
            },
            {  # 44: aligned
                "name": "任务2:事业运行经费",  # 44 B: 任务2:事业运行经费
                "amount": 64.59,  # 44 D: 64.59
                "fiscal": 64.59,  # 44 E: 64.59
                "other": 0,  # 44 F: 0
            },
            {  # 45: aligned
                "name": "任务3:专项业务经费",  # 45 B: 任务3:专项业务经费
                "amount": 8.6,  # 45 D: 8.6
                "fiscal": 8.6,  # 45 E: 8.6
                "other": 0,  # 45 F: 0
            },
        ],
        # 46: A 金额合计 | C 81.91 | D 81.91 | E 0 -- SHIFTED one column left of the header 42 (D E F).
        # JUDGEMENT: read in order (总额, 财政拨款, 其他资金), as a clerk would: the task rows sum to
        # 81.91 / 81.91 / 0. By column the row would read 总额 81.91 (D), 财政拨款 0 (E), 其他 blank.
        "tasks_total": {
            "amount": 81.91,  # 46 C: 81.91 -- shifted, 总额
            "fiscal": 81.91,  # 46 D: 81.91 -- shifted, 财政拨款
            "other": 0,  # 46 E: 0 -- shifted, 其他资金
        },
        # Indicator header 48: A 年度绩效指标 | B 一级指标 | C 二级指标 | D 三级指标 | F 指标值 (E empty)
        "indicators": [
            {  # 49: aligned
                "level1": "投入指标",  # 49 B: 投入指标
                "level2": "资金投入",  # 49 C: 资金投入
                "name": "指标1:预算资金到位率",  # 49 D: 指标1:预算资金到位率
                "target": "100%",  # 49 F: 100% -- a numeric cell (1.0, percent format); the text it displays
            },
            {  # 50
                "level1": "投入指标",  # 50 B: (empty) -- carried from 49 B
                "level2": "资金投入",  # 50 C: (empty) -- carried from 49 C
                "name": "指标2:预算支出执行率",  # 50 D: 指标2:预算支出执行率
                "target": "100%",  # 50 F: 100% -- numeric cell, displayed text
            },
            {  # 51
                "level1": "投入指标",  # 51 B: (empty) -- carried from 49 B
                "level2": "资金投入",  # 51 C: (empty) -- carried from 49 C
                "name": "指标3:“三公”经费控制情况",  # 51 D: 指标3:“三公”经费控制情况
                "target": "合规",  # 51 F: 合规
            },
            {  # 52
                "level1": "投入指标",  # 52 B: (empty) -- carried from 49 B
                "level2": "财务管理",  # 52 C: 财务管理
                "name": "指标1:财务制度健全性",  # 52 D: 指标1:财务制度健全性
                "target": "健全",  # 52 F: 健全
            },
            {  # 53
                "level1": "投入指标",  # 53 B: (empty) -- carried from 49 B
                "level2": "财务管理",  # 53 C: (empty) -- carried from 52 C
                "name": "指标2:资金使用合规性",  # 53 D: 指标2:资金使用合规性
                "target": "合规",  # 53 F: 合规
            },
            {  # 54
                "level1": "投入指标",  # 54 B: (empty) -- carried from 49 B
                "level2": "财务管理",  # 54 C: (empty) -- carried from 52 C
                "name": "指标3:政府采购合规性",  # 54 D: 指标3:政府采购合规性
                "target": "合规",  # 54 F: 合规
            },
            {  # 55
                "level1": "投入指标",  # 55 B: (empty) -- carried from 49 B
                "level2": "人事管理",  # 55 C: 人事管理
                "name": "指标1:人员编制合规性",  # 55 D: 指标1:人员编制合规性
                "target": "合规",  # 55 F: 合规
            },
            {  # 56
                "level1": "投入指标",  # 56 B: (empty) -- carried from 49 B
                "level2": "人事管理",  # 56 C: (empty) -- carried from 55 C
                "name": "指标2:管理制度健全性",  # 56 D: 指标2:管理制度健全性
                "target": "健全",  # 56 F: 健全
            },
            {  # 57
                "level1": "投入指标",  # 57 B: (empty) -- carried from 49 B
                "level2": "资产管理",  # 57 C: 资产管理
                "name": "指标1:管理制度健全性",  # 57 D: 指标1:管理制度健全性
                "target": "健全",  # 57 F: 健全
            },
            {  # 58
                "level1": "投入指标",  # 58 B: (empty) -- carried from 49 B
                "level2": "资产管理",  # 58 C: (empty) -- carried from 57 C
                "name": "指标2:清理清查及时性",  # 58 D: 指标2:清理清查及时性
                "target": "及时",  # 58 F: 及时
            },
            {  # 59: SHIFTED one column left (B level2 | C name | E target)
                "level1": "投入指标",  # 59 A: (empty) -- carried from 49 B
                "level2": "部门工作管理",  # 59 B: 部门工作管理 -- level-2 name in the 一级 column (shifted)
                "name": "指标1:工作流程规范性",  # 59 C: 指标1:工作流程规范性 -- shifted
                "target": "规范",  # 59 E: 规范 -- shifted
            },
            {  # 60: SHIFTED one column left as 59
                "level1": "投入指标",  # 60 A: (empty) -- carried from 49 B
                "level2": "部门工作管理",  # 60 B: (empty) -- carried from 59 B
                "name": "指标2:管理制度健全性",  # 60 C: 指标2:管理制度健全性 -- shifted
                "target": "健全",  # 60 E: 健全 -- shifted
            },
            {  # 61: aligned
                "level1": "产出指标",  # 61 B: 产出指标
                "level2": "数量指标",  # 61 C: 数量指标
                "name": "指标1:举办培训班2-3次",  # 61 D: 指标1:举办培训班2-3次
                "target": "完成",  # 61 F: 完成
            },
            {  # 62
                "level1": "产出指标",  # 62 B: (empty) -- carried from 61 B
                "level2": "数量指标",  # 62 C: (empty) -- carried from 61 C
                "name": "指标2:外出考察学习2-3次",  # 62 D: 指标2:外出考察学习2-3次
                "target": "完成",  # 62 F: 完成
            },
            {  # 63
                "level1": "产出指标",  # 63 B: (empty) -- carried from 61 B
                "level2": "数量指标",  # 63 C: (empty) -- carried from 61 C
                "name": "指标3:组织5-8家企业参加展会",  # 63 D: 指标3:组织5-8家企业参加展会
                "target": "完成",  # 63 F: 完成
            },
            {  # 64
                "level1": "产出指标",  # 64 B: (empty) -- carried from 61 B
                "level2": "质量指标",  # 64 C: 质量指标
                "name": "指标1:举办培训班2-3次",  # 64 D: 指标1:举办培训班2-3次
                "target": "培训合格",  # 64 F: 培训合格
            },
            {  # 65
                "level1": "产出指标",  # 65 B: (empty) -- carried from 61 B
                "level2": "质量指标",  # 65 C: (empty) -- carried from 64 C
                "name": "指标2:外出考察学习2-3次",  # 65 D: 指标2:外出考察学习2-3次
                "target": "效果良好",  # 65 F: 效果良好
            },
            {  # 66
                "level1": "产出指标",  # 66 B: (empty) -- carried from 61 B
                "level2": "质量指标",  # 66 C: (empty) -- carried from 64 C
                "name": "指标3:组织5-8家企业参加展会",  # 66 D: 指标3:组织5-8家企业参加展会
                "target": "成效显著",  # 66 F: 成效显著
            },
            {  # 67
                "level1": "产出指标",  # 67 B: (empty) -- carried from 61 B
                "level2": "时效指标",  # 67 C: 时效指标
                "name": "指标1:举办培训班2-3次",  # 67 D: 指标1:举办培训班2-3次
                "target": "按时完成",  # 67 F: 按时完成
            },
            {  # 68
                "level1": "产出指标",  # 68 B: (empty) -- carried from 61 B
                "level2": "时效指标",  # 68 C: (empty) -- carried from 67 C
                "name": "指标2:外出考察学习2-3次",  # 68 D: 指标2:外出考察学习2-3次
                "target": "按时完成",  # 68 F: 按时完成
            },
            {  # 69
                "level1": "产出指标",  # 69 B: (empty) -- carried from 61 B
                "level2": "时效指标",  # 69 C: (empty) -- carried from 67 C
                "name": "指标3:组织5-8家企业参加展会",  # 69 D: 指标3:组织5-8家企业参加展会
                "target": "按时完成",  # 69 F: 按时完成
            },
            {  # 70
                "level1": "产出指标",  # 70 B: (empty) -- carried from 61 B
                "level2": "成本指标",  # 70 C: 成本指标
                "name": "指标1:严格按相关规定执行",  # 70 D: 指标1:严格按相关规定执行
                "target": "合规",  # 70 F: 合规
            },
            {  # 71: SHIFTED one column left (A level1 | B level2 | C name | E target)
                "level1": "效益指标",  # 71 A: 效益指标 -- shifted
                "level2": "经济效益指标",  # 71 B: 经济效益指标 -- shifted
                "name": "指标1:外贸进出口额保持正增长",  # 71 C: 指标1:外贸进出口额保持正增长 -- shifted
                "target": "正增长",  # 71 E: 正增长 -- shifted
            },
            {  # 72: SHIFTED one column left as 71
                "level1": "效益指标",  # 72 A: (empty) -- carried from 71 A
                "level2": "经济效益指标",  # 72 B: (empty) -- carried from 71 B
                "name": "指标2:外贸企业数量增加",  # 72 C: 指标2:外贸企业数量增加
                "target": "增加",  # 72 E: 增加
            },
            {  # 73: SHIFTED one column left as 71
                "level1": "效益指标",  # 73 A: (empty) -- carried from 71 A
                "level2": "社会效益指标",  # 73 B: 社会效益指标
                "name": "指标1:外贸企业健康发展",  # 73 C: 指标1:外贸企业健康发展
                "target": "健康发展",  # 73 E: 健康发展
            },
            {  # 74: SHIFTED one column left as 71
                "level1": "效益指标",  # 74 A: (empty) -- carried from 71 A
                "level2": "生态效益指标",  # 74 B: 生态效益指标
                "name": "指标1:外贸企业符合环保要求",  # 74 C: 指标1:外贸企业符合环保要求
                "target": "合规",  # 74 E: 合规
            },
            {  # 75: SHIFTED two columns left (A level2 | B name | D target)
                "level1": "效益指标",  # 75 A: 可持续影响指标 (a level-2 name) -- level1 carried from 71 A
                "level2": "可持续影响指标",  # 75 A: 可持续影响指标 -- level-2 name in the 一级 column
                "name": "指标1:外向型经济稳定发展",  # 75 B: 指标1:外向型经济稳定发展 -- shifted
                "target": "稳定发展",  # 75 D: 稳定发展 -- shifted
            },
            {  # 76: SHIFTED two columns left as 75 (B name | D target)
                # JUDGEMENT: kept as its own row with both levels carried down from 75 (效益指标 /
                # 可持续影响指标): in the workbook it sits inside the 可持续影响指标 cell merged over
                # A75:A76. Its name and target repeat those of line 77 (满意度指标 / 服务对象满意度指标 /
                # 指标1:对各项服务事项满意程度 / 满意), so the PDF probably held one satisfaction row whose
                # labels were centred over two lines; the alternative readings are levels 满意度指标 /
                # 服务对象满意度指标 here, or dropping the row as a duplicate of 77.
                "level1": "效益指标",  # 76 A: (empty) -- carried from 71 A
                "level2": "可持续影响指标",  # 76 A: (empty) -- carried from 75 A
                "name": "指标1:对各项服务事项满意程度",  # 76 B: 指标1:对各项服务事项满意程度 -- shifted
                "target": "满意",  # 76 D: 满意 -- shifted
            },
            {  # 77: SHIFTED one column left (A level1 | B level2 | C name | E target)
                "level1": "满意度指标",  # 77 A: 满意度指标
                "level2": "服务对象满意度指标",  # 77 B: 服务对象满意度指标
                "name": "指标1:对各项服务事项满意程度",  # 77 C: 指标1:对各项服务事项满意程度
                "target": "满意",  # 77 E: 满意
            },
        ],
    },
}
