"""evalbook summary: every sample (a folder searched recursively, a .zip whose member names are
stored in GBK the way Chinese Windows writes them, and a file that cannot be read) consolidated
into one workbook, read back with openpyxl.

What the samples hold (samples/README-seed.md): 19 project forms — the twelve 2023-format forms
004_project_01..12, the 武威 2021 form 001_project, the six 晋中 forms 000/002/003_project — plus
department forms, the 决算 tables and the policy-evaluation sheets. samples/multi_sheet/ repeats
the 001-003 forms (one workbook per seed), and the zip repeats three samples: every one of those
is the same submission again (same unit, project, year) and must be counted once.
"""
import collections
import json
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

from evalbook_test import EVALBOOK, SAMPLES, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-summary-")
# The samples, copied with one modification time for every file: of two submissions of one form the
# newest counts and, among equal times, the one whose path sorts first (the top-level sample before
# its multi_sheet/ copy). The zip's members are stored as of 2024-01-02, older than that time.
COPY = os.path.join(TMP, "samples")
SAME_TIME = 1_750_000_000  # 2025-06-15 UTC
ZIP = os.path.join(TMP, "材料汇总.zip")
BAD = os.path.join(TMP, "截断的报表.xlsx")
OUT = os.path.join(TMP, "汇总.xlsx")
OUT1 = os.path.join(TMP, "汇总-1线程.xlsx")

# The members of the zip: three samples, stored under their Chinese names in GBK, plus a zip inside
# the zip (listed as not opened, never followed).
ZIPPED = [
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx",
    "000_project_出口信用保险保费补助资金.xlsx",
    "003_project_新动能专项资金.xlsx",
]
NESTED = "附件/往年材料.zip"

# Every project form of the samples, by project name (the 项目名称 the forms write).
PROJECTS = [
    "2023年市级“爱心消费券”专项资金", "2023年遗属补助", "变压器更换", "出口信用保险", "单位运转经费(原汽配办)",
    "进博会专项资金", "晋城市冷冻冷藏肉品总仓委托运营管理综合服务费", "晋城市商务局电子商务专项资金",
    "晋城市商务局会议室装修工程", "晋城市商务领域市场主体倍增项目奖励资金", "晋城市乡村e镇工作项目",
    "晋城市中心城区商业网点设施布局专项规划编制费用",  # 004_project_01..12
    "服务外向型经济工作经费",  # 001 (武威)
    "出口信用保险保费补助资金", "招商引资工作经费", "招商引资专项经费", "优势企业转型项目信息化平台",
    "企业技术创新奖励补助", "新动能专项资金",  # 000, 002 x2, 003 x3 (晋中)
]

# 全年预算数, worked out by hand from the seed text (tests/data/seeds/), 万元:
#   2023 forms, the 资金总额 row's 全年预算数 (the column after 年初预算数/预算编制数) of 004_*.txt:
#     line 596: 369.405   line 621: 8.853    line 647: 0         line 671: 52.543
#     line 700: 142.65    line 731: 9.516    line 770: 0         line 799: 9.668
#     line 828: 28.87     line 856: 152      line 883: 300       line 913: 39.8 (values on the
#     市区县财政资金 row under the 资金总额 label of line 911)                      sum 1113.305
#   武威 form, 001_*.txt line 8 (年度资金总额 8.6 8.6 8.6): 全年预算数 8.6              -> 1121.905
#   晋中 forms have no 全年预算数: they have 预算资金 (市级 + 其他) and 预算下达资金, and compute
#   预算执行率 = 实际支出 ÷ 预算下达资金. The summary takes 预算下达资金 as their 全年预算数 (and
#   预算资金 as 年初预算数), so that 执行率 = 全年执行数 ÷ 全年预算数 holds on every row, as with a
#   2023 form whose budget was cut during the year (变压器更换: 年初 35, 全年 0). 预算下达资金:
#     000 line 14: 0.00    002 line 72: 7.60    002 line 149: 146.25
#     003 line 70: 15.00   003 line 138: 345.00  003 line 213: 5000.00              sum 5513.85
#   total 1121.905 + 5513.85 = 6635.755
BUDGET_FULL_YEAR_TOTAL = 6635.755
# and their 年初预算数 (预算资金: 000 line 12: 160; 002 lines 70, 147: 500, 198.50; 003 lines 68,
# 136, 211: 15, 345, 20000; 其他 0 or blank) for the 晋中 rows
JINZHONG_BUDGET_INITIAL = {"出口信用保险保费补助资金": 160, "招商引资工作经费": 500, "招商引资专项经费": 198.5,
                           "优势企业转型项目信息化平台": 15, "企业技术创新奖励补助": 345, "新动能专项资金": 20000}

CONTRACT_COLUMNS = ["单位", "项目名称", "模板", "全年预算数", "全年执行数", "执行率", "总分(填报)", "总分(复核)",
                    "等级(复核)", "错误数", "文件"]
ISSUE_COLUMNS = ["主管部门", "年初预算数", "执行率(复核)", "执行率得分", "指标得分", "差异"]


class RawNameInfo(zipfile.ZipInfo):
    """A member whose name is written as the bytes given (Python would write UTF-8 and set bit 11)."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp437"), self.flag_bits & ~0x800


def gbk_member(name):
    info = RawNameInfo(name.encode("gbk").decode("cp437"), date_time=(2024, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def make_inputs():
    shutil.copytree(SAMPLES, COPY)
    for folder, _, names in os.walk(COPY):
        for name in names:
            os.utime(os.path.join(folder, name), (SAME_TIME, SAME_TIME))
    with zipfile.ZipFile(ZIP, "w") as z:
        for name in ZIPPED:
            with open(os.path.join(SAMPLES, name), "rb") as f:
                z.writestr(gbk_member(name), f.read())
        z.writestr(gbk_member(NESTED), b"PK\x05\x06" + b"\0" * 18)
    # The names really are GBK bytes with the UTF-8 flag unset.
    with zipfile.ZipFile(ZIP) as z:
        for info in z.infolist():
            assert info.flag_bits & 0x800 == 0, info.filename
    with zipfile.ZipFile(ZIP, metadata_encoding="gbk") as z:
        assert [i.filename for i in z.infolist()] == ZIPPED + [NESTED]
    # A download cut short: the first 3,000 bytes of a sample.
    with open(os.path.join(SAMPLES, "004_project_02_2023年遗属补助.xlsx"), "rb") as f:
        head = f.read(3000)
    with open(BAD, "wb") as f:
        f.write(head)


def summarise(out, *extra):
    return run("summary", COPY, ZIP, BAD, "-o", out, *extra, check=False)


PROC = None
WB = None  # values (the formulas' cached results)
WBF = None  # formulas


def setup():
    global PROC, WB, WBF
    make_inputs()
    PROC = summarise(OUT, "--jobs", "2")
    WB = openpyxl.load_workbook(OUT, data_only=True)
    WBF = openpyxl.load_workbook(OUT)


def header_row(ws):
    """1-based row of a sheet's header: 项目汇总 and 单位汇总 have a title and a 制表 line above."""
    return 3 if ws.title in ("项目汇总", "单位汇总") else 1


def table(ws):
    """Header and rows of a sheet; 项目汇总's 合计 row (no 序号, below the projects) left out."""
    rows = list(ws.iter_rows(min_row=header_row(ws), values_only=True))
    header = list(rows[0])
    data = [dict(zip(header, r)) for r in rows[1:]]
    if ws.title == "项目汇总":
        assert data[-1]["序号"] is None and str(data[-1]["单位"]).startswith("合计（"), data[-1]
        data = data[:-1]
    return header, data


NO_GRADE = "（无等级）"


def recomputed_project_grades():
    """Recomputed grades of every project form, from check over the samples' own files (each form
    once: the top-level samples, not multi_sheet/ nor the zip). NO_GRADE for a form whose grade
    cannot be recomputed (a required number left blank: 004 #7's blank scores; a 分值 scheme that
    does not add up: 001, 004_04)."""
    files = sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES) if f.endswith(".xlsx"))
    doc = json.loads(run("check", *files, "--format", "json", check=False).stdout)
    grades = collections.Counter()
    for f in doc["files"]:
        for form in f["forms"]:
            if form["template"].startswith("project-"):
                # No grade where a required number is blank or the 分值 scheme does not add up
                # (docs/RULES-ONE-TRUTH.md).
                grades[form["recomputed"].get("grade") or NO_GRADE] += 1
    return grades


def test_exit_status_and_sheets():
    assert PROC.returncode == 2, PROC.stderr.decode()  # a file could not be read
    assert WB.sheetnames[:4] == ["项目汇总", "单位汇总", "等级分布", "问题清单"]
    for name in ["决算汇总", "重复提交", "无法读取"]:
        assert name in WB.sheetnames, WB.sheetnames
    assert not [f for f in os.listdir(TMP) if ".tmp" in f]  # the temporary file was renamed


def test_every_project_once():
    header, rows = table(WB["项目汇总"])
    for col in CONTRACT_COLUMNS + ISSUE_COLUMNS:
        assert col in header, col
    names = [r["项目名称"] for r in rows]
    assert sorted(names) == sorted(PROJECTS), collections.Counter(names) - collections.Counter(PROJECTS)
    assert {r["模板编号"] for r in rows} == {"project-2023", "project-2020", "project-jinzhong-2020"}
    assert all(r["模板"].startswith("项目支出绩效自评表") or r["模板"].startswith("晋中市") for r in rows), \
        {r["模板"] for r in rows}
    assert [r["序号"] for r in rows] == list(range(1, len(rows) + 1))
    # Ordered by unit, then project name.
    keys = [(r["单位"] is None, r["单位"] or "", r["项目名称"]) for r in rows]
    assert keys == sorted(keys), keys


def test_full_year_budget_sums_to_the_hand_total():
    _, rows = table(WB["项目汇总"])
    total = sum(r["全年预算数"] or 0 for r in rows)
    assert abs(total - BUDGET_FULL_YEAR_TOTAL) < 1e-6, total
    for r in rows:
        if r["项目名称"] in JINZHONG_BUDGET_INITIAL:
            assert r["年初预算数"] == JINZHONG_BUDGET_INITIAL[r["项目名称"]], r
            assert "预算下达资金" in r["备注"], r
    # 单位汇总's 合计 row: SUM of the per-unit SUMIFS, the same total.
    _, units = table(WB["单位汇总"])
    assert units[-1]["单位"] == "合计"
    assert abs(units[-1]["全年预算数"] - BUDGET_FULL_YEAR_TOTAL) < 1e-6
    assert units[-1]["项目数"] == len(PROJECTS)


def test_grade_counts_equal_the_recomputed_grades():
    want = recomputed_project_grades()
    assert sum(want.values()) == len(PROJECTS)
    _, rows = table(WB["等级分布"])
    got = {r["等级"]: r["项目数"] for r in rows if r["等级"] not in ("合计",)}
    for grade in set(want) | {g for g, n in got.items() if n}:
        assert (got.get(grade) or 0) == want[grade], (grade, got, want)
    # No recomputed grade: 001 (分值 100 + 100), 004_04 (10 + 85), 004 #7 (blank scores).
    assert want[NO_GRADE] == 3, want
    _, projects = table(WB["项目汇总"])
    assert collections.Counter(r["等级(复核)"] or NO_GRADE for r in projects) == want
    assert len(WB["等级分布"]._charts) == 1 and len(WBF["等级分布"]._charts) == 1


def test_unreadable_file_listed_with_its_code():
    _, rows = table(WB["无法读取"])
    by_file = {r["文件"]: r for r in rows}
    assert by_file[BAD]["错误代码"] == "truncated_zip", by_file
    assert "截断" in by_file[BAD]["原因"] and by_file[BAD]["处理建议"]
    nested = ZIP + "/" + NESTED
    assert by_file[nested]["错误代码"] == "nested_zip", by_file
    err = PROC.stderr.decode()
    assert "truncated_zip" in err and BAD in err


def test_gbk_member_names_shown_in_chinese():
    _, rows = table(WB["项目汇总"])
    shown = " ".join(str(r["文件"]) + " " + str(r["重复提交"] or "") for r in rows)
    for name in ZIPPED:
        assert ZIP + "/" + name in shown, name
    # and nowhere as the CP437 reading of the GBK bytes
    mojibake = ZIPPED[2].encode("gbk").decode("cp437")
    for ws in WB.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and mojibake in v for v in row)


def test_duplicates_flagged_and_counted_once():
    _, dups = table(WB["重复提交"])
    # Every copy of a form, by what it is: the copies counted once are listed against the kept one.
    copies = collections.defaultdict(set)
    for d in dups:
        key = (d["项目/表格"], d["年度"], d["单位"])
        copies[key] |= {d["计入汇总的文件"], d["重复的文件"]}
    # multi_sheet/ repeats 001 (1 project + 1 department form), 002 (2 + 1) and 003 (3 + 1); the zip
    # repeats 004_project_01, 000 and 003 新动能专项资金 (which multi_sheet repeats too).
    want = {"服务外向型经济工作经费": 2, "招商引资工作经费": 2, "招商引资专项经费": 2, "优势企业转型项目信息化平台": 2,
            "企业技术创新奖励补助": 2, "新动能专项资金": 3, "2023年市级“爱心消费券”专项资金": 2, "出口信用保险保费补助资金": 2}
    got = {name: len(files) for (name, _, _), files in copies.items() if name in want}
    assert got == want, got
    departments = [k for k in copies if k[0] not in want]
    assert len(departments) == 3 and all(len(copies[k]) == 2 for k in departments), departments
    for name in ZIPPED:
        assert any(ZIP + "/" + name in files for files in copies.values()), name
    assert len(dups) == 12  # copies beyond the first: 1 + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 3
    assert all(d["两份是否一致"] == "一致" for d in dups)
    # Counted: the top-level sample (same time as its multi_sheet/ copy, first by path; newer than the
    # zip's members of 2024-01-02); each row says the rule and names both files.
    for d in dups:
        assert d["计入汇总的文件"].startswith(COPY + "/0"), d
        assert d["处理"].startswith("以修改时间最新的文件为准"), d
        assert d["计入汇总的文件"] in d["处理"] and d["重复的文件"] in d["处理"], d
        if d["重复的文件"].startswith(ZIP):
            assert d["重复文件的修改时间"].startswith("2024-01-02 03:04:0"), d  # DOS time, 2 s steps
    # Duplicates are apart: 重复提交 lists them, 问题清单 holds the counted forms' findings only.
    _, findings = table(WB["问题清单"])
    assert not [f for f in findings if f["规则"] == "duplicate_submission"]
    dropped = {d["重复的文件"] for d in dups}
    assert not [f for f in findings if f["文件"] in dropped and f["文件"] not in
                {d["计入汇总的文件"] for d in dups}]
    # The department forms are counted once too (单位汇总's 部门整体自评表数: 001, 002, 003 once each).
    _, units = table(WB["单位汇总"])
    assert units[-1]["部门整体自评表数"] == 3


def test_findings_list_every_finding():
    files = sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES) if f.endswith(".xlsx"))
    doc = json.loads(run("check", *files, "--format", "json", check=False).stdout)
    want = collections.Counter()
    for f in doc["files"]:
        for form in f["forms"]:
            for x in form["findings"]:
                want[(os.path.basename(f["file"]), x["sheet"], x["cell"] or None, x["rule"], x["message"])] += 1
    _, rows = table(WB["问题清单"])
    got = collections.Counter((os.path.basename(r["文件"].split(".zip/")[-1]), r["工作表"], r["单元格"], r["规则"],
                               r["说明"]) for r in rows if r["规则"] != "duplicate_submission")
    assert got == want, (got - want, want - got)


def test_findings_rows_written_beside_libxlsxwriter_read_everywhere():
    """问题清单's rows are streamed into the sheet libxlsxwriter made: the sheet's dimension covers
    them, they carry its text formats (说明 wraps), and LibreOffice reads the same rows."""
    _, rows = table(WB["问题清单"])
    ro = openpyxl.load_workbook(OUT, read_only=True)
    assert ro["问题清单"].calculate_dimension() == f"A1:H{len(rows) + 1}"
    ro.close()
    ws = WBF["问题清单"]
    message = ws.cell(row=2, column=8)
    assert message.value and message.alignment.wrap_text and message.font.name == "宋体"
    assert ws.cell(row=2, column=1).font.name == "宋体"
    # LibreOffice re-saves the workbook; its 问题清单 holds the same rows.
    profile = tempfile.mkdtemp(prefix="evalbook-lo-")
    outdir = os.path.join(TMP, "lo")
    try:
        proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                               "--convert-to", "xlsx", "--outdir", outdir, OUT],
                              capture_output=True, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    again = openpyxl.load_workbook(os.path.join(outdir, os.path.basename(OUT)), data_only=True)
    _, rows_again = table(again["问题清单"])
    assert rows_again == rows


def test_frozen_headers_filters_formats_widths():
    for ws in WBF.worksheets:
        first = header_row(ws)
        assert ws.freeze_panes == f"A{first + 1}", (ws.title, ws.freeze_panes)
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{first}:"), ws.title
    ws = WBF["项目汇总"]
    header = [c.value for c in ws[3]]
    col = {h: i for i, h in enumerate(header)}
    row2 = list(ws.iter_rows(min_row=4, max_row=4))[0]
    assert row2[col["全年预算数"]].number_format == "#,##0.00"
    assert row2[col["执行率"]].number_format == "0.00%"
    assert row2[col["执行率(复核)"]].number_format == "0.00%"
    letter = openpyxl.utils.get_column_letter(col["项目名称"] + 1)
    assert ws.column_dimensions[letter].width >= 30  # 晋城市中心城区商业网点设施布局专项规划编制费用: 23 characters
    assert str(row2[col["差异"]].value).startswith("=")


def test_report_title_total_row_and_print_setup():
    """项目汇总 and 单位汇总 are reports to sign: title, 制表单位/制表日期 and 金额单位 above the
    header, 序号, a 合计 row; every sheet prints A4 landscape, one page wide, header row repeated,
    the sheet's name on top and 第 N 页 共 M 页 below."""
    for name in ["项目汇总", "单位汇总"]:
        ws = WB[name]
        title = ws.cell(1, 1).value
        # The kept forms state 2020 (晋中: 002 x2 and 003 x3 projects, 002 and 003 departments) and
        # 2021 (000, 001 and 001's department form); the twelve 2023-format project forms (004) state
        # no year and their workbooks hold no other form: the title says both, claiming no year.
        what = "项目支出" if name == "项目汇总" else "单位"
        assert title == f"{what}绩效自评汇总表（表中年度不一：2020年度、2021年度；12 张表未填年度）", title
        line = ws.cell(2, 1).value
        assert line.startswith("制表单位：") and "制表日期：" in line and "金额单位：万元" in line, line
        assert ws.cell(3, 1).value == "序号"
        merged = {str(r) for r in ws.merged_cells.ranges}
        assert any(r.startswith("A1:") for r in merged) and any(r.startswith("A2:") for r in merged), merged
    # 项目汇总's 合计: the SUM of the rows above, cached as the hand total of 全年预算数.
    ws = WBF["项目汇总"]
    header = [c.value for c in ws[3]]
    last = [c.value for c in ws[ws.max_row]]
    total = dict(zip(header, last))
    n = len(PROJECTS)
    assert total["单位"] == f"合计（{n} 个项目）", total
    assert total["全年预算数"] == f"=SUM(H4:H{3 + n})", total
    cached = dict(zip(header, [c for c in list(WB["项目汇总"].iter_rows(min_row=ws.max_row, values_only=True))[0]]))
    assert abs(cached["全年预算数"] - BUDGET_FULL_YEAR_TOTAL) < 1e-6, cached
    # Printed: 序号 to 警告数 with the 合计 row; the file paths and notes stay on the screen.
    last_printed = openpyxl.utils.get_column_letter(header.index("警告数") + 1)
    area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
    assert area.split("!")[-1] == f"$A$1:${last_printed}${ws.max_row}", ws.print_area
    assert f"A1:{last_printed}1" in {str(r) for r in ws.merged_cells.ranges}  # the title over the printed columns
    # The filter stops above the 合计 row, so sorting never moves it.
    assert WBF["项目汇总"].auto_filter.ref.endswith(str(3 + n)), WBF["项目汇总"].auto_filter.ref
    for ws in WBF.worksheets:
        first = header_row(ws)
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.paperSize == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == f"${first}:${first}", (ws.title, ws.print_title_rows)
        assert ws.oddHeader.center.text == ws.title, (ws.title, ws.oddHeader.center.text)
        assert ws.oddFooter.center.text == "第 &P 页 共 &N 页", ws.oddFooter.center.text


def test_unit_sheet_formulas():
    ws = WBF["单位汇总"]
    header = [c.value for c in ws[3]]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    first, total = dict(zip(header, rows[0])), dict(zip(header, rows[-1]))
    assert first["项目数"].startswith("=COUNTIFS(")
    assert first["全年预算数"].startswith("=SUMIFS(项目_全年预算数,项目_单位,")
    assert first["平均总分(复核)"].startswith("=IFERROR(AVERAGEIFS(项目_总分复核,")
    assert total["单位"] == "合计"
    assert total["全年预算数"].startswith("=SUM(E4:E")
    assert total["平均总分(复核)"].startswith("=IFERROR(AVERAGE(项目_总分复核)")
    names = WBF.defined_names
    assert "项目_全年预算数" in names
    # Each unit's cached figures agree with the rows of 项目汇总.
    _, projects = table(WB["项目汇总"])
    _, units = table(WB["单位汇总"])
    for u in units[:-1]:
        mine = [p for p in projects if (p["单位"] or "（未填写单位）") == u["单位"]]
        assert u["项目数"] == len(mine), u
        assert abs(u["全年预算数"] - sum(p["全年预算数"] or 0 for p in mine)) < 1e-9, u


def test_final_accounts_totals():
    _, rows = table(WB["决算汇总"])
    # 公开03表 支出决算表, class 201 一般公共服务支出, seed 004 line 185: 201 一般公共服务支出 1,914.07 753.32 1,160.76
    lines = [r for r in rows if r["表"].startswith("部门决算公开03表") and r["科目编码"] == "201"]
    assert len(lines) == 1, lines
    assert (lines[0]["合计"], lines[0]["基本支出"], lines[0]["项目支出"]) == (1914.07, 753.32, 1160.76), lines
    # One unit's 决算 (the duplicate counted once): its lines are their own totals, so no 合计
    # row follows each of them.
    assert not [r for r in rows if str(r["单位"]).startswith("合计")], [r for r in rows if str(r["单位"]).startswith("合计")][:3]


def test_same_result_on_one_thread_and_plain_progress_lines():
    proc = summarise(OUT1, "--jobs", "1")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "已处理" in err and "\r" not in err  # not a terminal: plain lines, no bar
    one = openpyxl.load_workbook(OUT1, data_only=True)
    for name in WB.sheetnames:
        a = list(WB[name].iter_rows(values_only=True))
        b = list(one[name].iter_rows(values_only=True))
        assert a == b, name


def test_bad_arguments():
    proc = run("summary", SAMPLES, check=False)  # no -o
    assert proc.returncode == 2 and b"bad_argument" in proc.stderr
    proc = run("summary", SAMPLES, "-o", os.path.join(TMP, "x.xlsx"), "--jobs", "0", check=False)
    assert proc.returncode == 2 and b"--jobs" in proc.stderr
    empty = os.path.join(TMP, "空文件夹")
    os.makedirs(empty, exist_ok=True)
    proc = run("summary", empty, "-o", os.path.join(TMP, "y.xlsx"), check=False)
    assert proc.returncode == 2 and b"no_input" in proc.stderr
    assert not os.path.exists(os.path.join(TMP, "y.xlsx"))


def test_newest_submission_counts():
    """Two submissions of 004_project_02 (遗属补助): the newer file counts whatever its name, and a
    figure changed in it is the one summed. 全年执行数 as submitted first: 8.853 (seed line 621);
    the revision writes 8.5, so 执行率 = 8.5 ÷ 8.853 = 96.01%."""
    folder = os.path.join(TMP, "两次提交")
    os.makedirs(folder)
    first = os.path.join(folder, "1_初稿.xlsx")
    second = os.path.join(folder, "2_修改稿.xlsx")
    shutil.copy(os.path.join(SAMPLES, "004_project_02_2023年遗属补助.xlsx"), first)
    cells = json.loads(run("check", first, "--format", "json", check=False).stdout)["files"][0]["forms"][0]["cells"]
    run("set", first, "-o", second, f"{cells['executed']}=8.5")
    out = os.path.join(TMP, "两次提交.xlsx")
    for newer, older, executed in [(second, first, 8.5), (first, second, 8.853)]:
        os.utime(older, (SAME_TIME, SAME_TIME))
        os.utime(newer, (SAME_TIME + 3600, SAME_TIME + 3600))
        run("summary", folder, "-o", out, check=False)
        wb = openpyxl.load_workbook(out, data_only=True)
        _, rows = table(wb["项目汇总"])
        assert len(rows) == 1 and rows[0]["文件"] == newer, rows
        assert abs(rows[0]["全年执行数"] - executed) < 1e-9, rows[0]
        _, dups = table(wb["重复提交"])
        assert [(d["计入汇总的文件"], d["重复的文件"]) for d in dups] == [(newer, older)], dups
        assert dups[0]["两份是否一致"].startswith("不同：全年执行数"), dups[0]
        assert dups[0]["处理"] == f"以修改时间最新的文件为准：计入“{newer}”，较早的“{older}”不计入汇总", dups[0]
        _, findings = table(wb["问题清单"])
        assert findings and all(f["文件"] == newer for f in findings), findings


def test_findings_errors_first():
    """问题清单: every 错误 before every 警告, every 警告 before every 提示; the samples have all three."""
    _, rows = table(WB["问题清单"])
    rank = {"错误": 0, "警告": 1, "提示": 2}
    order = [rank[r["严重程度"]] for r in rows]
    assert order == sorted(order), order
    assert set(order) == {0, 1, 2}


def test_money_headers_in_wan_yuan_and_execution_score_against_its_scale():
    """The money headers keep the contract's names in their cells and show (万元) by the header's
    format; the execution score shows against its own 分值. 004_project_01: 执行率 369.405 ÷ 369.405
    = 100%, 得分 10 × 100% = 10 of 10; 003 企业技术创新奖励补助 (晋中, 预算执行率 分值 3): 实际支出
    284.17 ÷ 预算下达资金 345 (seed 003 lines 138-139) = 82.37%, 3 × 82.37% = 2.4711, 2.47 of 3 to the
    form's two decimals."""
    for name in ["项目汇总", "单位汇总"]:
        ws = WBF[name]
        header = {c.value: c for c in ws[3]}
        for money in ["年初预算数", "全年预算数", "全年执行数"]:
            assert header[money].number_format == '@"（万元）"', (name, money, header[money].number_format)
    ws = WBF["项目汇总"]
    header = [c.value for c in ws[3]]
    col = header.index("执行率得分")
    shown = {}
    for cells in ws.iter_rows(min_row=4, max_row=ws.max_row - 1):
        shown[cells[header.index("项目名称")].value] = (cells[col].value, cells[col].number_format)
    assert shown["2023年市级“爱心消费券”专项资金"] == (10, '0.00"/10"'), shown
    score, fmt = shown["企业技术创新奖励补助"]
    assert abs(score - 2.47) < 1e-9 and fmt == '0.00"/3"', shown["企业技术创新奖励补助"]
    # What a clerk sees (dump shows cells as Excel displays them).
    dump = run("dump", OUT, "--sheet", "项目汇总").stdout.decode()
    assert "全年预算数（万元）" in dump and "10.00/10" in dump and "2.47/3" in dump


def test_department_by_name():
    """主管部门 by its name: the 2023 forms write 主管部门及代码 “259-晋城市商务局” (seed 004 line 596's
    form), shown 晋城市商务局 with the code apart; 晋中's forms write only a code (303), kept."""
    _, rows = table(WB["项目汇总"])
    by_name = {r["项目名称"]: r for r in rows}
    r = by_name["2023年遗属补助"]
    assert (r["主管部门"], r["主管部门代码"]) == ("晋城市商务局", "259"), r
    r = by_name["招商引资工作经费"]
    assert (r["主管部门"], r["主管部门代码"]) == ("303", None), r
    assert by_name["服务外向型经济工作经费"]["主管部门"] == "市商务局"


def test_title_names_the_round():
    out = os.path.join(TMP, "第一批.xlsx")
    run("summary", os.path.join(COPY, "002_project_招商引资工作经费.xlsx"), "-o", out, "--title",
        "2024年第一批", check=False)
    wb = openpyxl.load_workbook(out)
    assert wb["项目汇总"].cell(1, 1).value == "2024年第一批项目支出绩效自评汇总表"
    # Without a title, the one year the form states: (2020 年度) in 002's heading.
    run("summary", os.path.join(COPY, "002_project_招商引资工作经费.xlsx"), "-o", out, check=False)
    wb = openpyxl.load_workbook(out)
    assert wb["单位汇总"].cell(1, 1).value == "2020年度单位绩效自评汇总表"
    proc = run("summary", COPY, "-o", out, "--title", check=False)
    assert proc.returncode == 2 and "--title" in proc.stderr.decode()


if __name__ == "__main__":
    try:
        setup()
        main([test_exit_status_and_sheets, test_every_project_once, test_full_year_budget_sums_to_the_hand_total,
              test_grade_counts_equal_the_recomputed_grades, test_unreadable_file_listed_with_its_code,
              test_gbk_member_names_shown_in_chinese, test_duplicates_flagged_and_counted_once,
              test_findings_list_every_finding,
              test_findings_rows_written_beside_libxlsxwriter_read_everywhere,
              test_frozen_headers_filters_formats_widths, test_report_title_total_row_and_print_setup,
              test_unit_sheet_formulas, test_final_accounts_totals,
              test_same_result_on_one_thread_and_plain_progress_lines, test_bad_arguments,
              test_newest_submission_counts, test_findings_errors_first,
              test_money_headers_in_wan_yuan_and_execution_score_against_its_scale,
              test_department_by_name, test_title_names_the_round])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
