"""Every extension that docs/CLI-CONTRACT-EXTENSIONS.md documents, asserted on real sample output:
present, of the right type and, where the form's own arithmetic gives it, of the right value
(worked out by hand in the comment beside it). A documented member that disappears or is renamed
fails here. The service part starts `evalbook serve` on a free loopback port with a database of
its own in a temporary folder."""
import hashlib
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
import zipfile

import openpyxl

import test_set
from evalbook_test import EVALBOOK, ROOT, SAMPLES, main, run, sha

TMP = tempfile.mkdtemp(prefix="evalbook-extensions-")
DOC = os.path.join(ROOT, "docs", "CLI-CONTRACT-EXTENSIONS.md")

TRANSFORMER = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")  # clean: no error finding
PLANNING = os.path.join(SAMPLES, "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx")
PLANNING_SHEET = "晋城市中心城区商业网点设施布局专项规划编制费用"
JINZHONG = os.path.join(SAMPLES, "002_project_招商引资专项经费.xlsx")
JINZHONG_DEPT = os.path.join(SAMPLES, "002_dept_晋中市招商引资服务中心.xlsx")
TARGET_DEPT = os.path.join(SAMPLES, "001_dept_市对外经济贸易发展服务中心.xlsx")
FINAL_ACCOUNTS = os.path.join(SAMPLES, "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx")
POLICY = os.path.join(SAMPLES, "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx")
CLASSES = {"arithmetic", "rule", "judgement", "structure", "unclassified"}


def path_in_tmp(name):
    return os.path.join(TMP, name)


def broken_file():
    path = path_in_tmp("broken.xlsx")
    with open(path, "wb") as f:
        f.write(b"PK\x03\x04 this is not really a zip")
    return path


def check_doc(*args):
    proc = run("check", *args, "--format", "json", check=False)
    return json.loads(proc.stdout), proc.returncode


def only_form(path, *options):
    doc, _ = check_doc(path, *options)
    forms = doc["files"][0]["forms"]
    assert len(forms) == 1, [f["sheet"] for f in forms]
    return forms[0]


def form_of(path, template):
    doc, _ = check_doc(path)
    return next(f for f in doc["files"][0]["forms"] if f["template"] == template)


def close(a, b):
    return abs(a - b) < 1e-9


# ---- §1 exit codes -------------------------------------------------------------------------

def test_exit_codes_of_fix_summary_and_export():
    # fix: 0 when no error is left, 1 when some is left to a person, 2 and nothing written.
    assert run("fix", TRANSFORMER, "-o", path_in_tmp("t.xlsx"), check=False).returncode == 0
    assert run("fix", PLANNING, "-o", path_in_tmp("p.xlsx"), check=False).returncode == 1
    text = path_in_tmp("readme.xlsx")
    with open(text, "w", encoding="utf-8") as f:
        f.write("说明,文字\n")
    proc = run("fix", text, "-o", path_in_tmp("no.xlsx"), check=False)
    assert proc.returncode == 2 and "错误[not_zip]" in proc.stderr.decode()
    assert not os.path.exists(path_in_tmp("no.xlsx"))
    # summary: 0 clean, 1 error findings, 2 an unreadable input -- the workbook still written.
    assert run("summary", TRANSFORMER, "-o", path_in_tmp("s0.xlsx"), check=False).returncode == 0
    assert run("summary", PLANNING, "-o", path_in_tmp("s1.xlsx"), check=False).returncode == 1
    proc = run("summary", TRANSFORMER, broken_file(), "-o", path_in_tmp("s2.xlsx"), check=False)
    assert proc.returncode == 2 and os.path.exists(path_in_tmp("s2.xlsx"))
    # export never says 1: error findings are check's business.
    assert run("export", PLANNING, "--format", "json", check=False).returncode == 0
    assert run("export", PLANNING, broken_file(), "--format", "json", check=False).returncode == 2


# ---- §2 dump -------------------------------------------------------------------------------

def dump_lines(*args):
    return run("dump", *args).stdout.decode().split("\n")


def test_dump_values_formulas_and_sheet_equals():
    # 验收合格率 row (row 11): E11 stores -1 in a percent format, shown -100%, stored -1.
    shown = dump_lines(TRANSFORMER)[11].split("\t")
    stored = dump_lines(TRANSFORMER, "--values")[11].split("\t")
    assert shown[4] == "-100%" and stored[4] == "-1", (shown, stored)
    # A shared formula H10:H12 (=D10*2 down, H10's cached value 320): --formulas shows each
    # dependent's own formula, --values the cached number.
    path = test_set.formula_workbook()
    formulas = dump_lines(path, "--formulas")
    assert [formulas[r].split("\t")[7] for r in (10, 11, 12)] == ["=D10*2", "=D11*2", "=D12*2"]
    assert dump_lines(path, "--values")[10].split("\t")[7] == "320"
    sheet = "变压器更换"
    assert dump_lines(TRANSFORMER, f"--sheet={sheet}") == dump_lines(TRANSFORMER, "--sheet", sheet)
    typed = path_in_tmp("typed_cells.xlsx")
    wb = openpyxl.load_workbook(TRANSFORMER)
    wb[sheet]["K1"], wb[sheet]["K2"] = True, "#DIV/0!"  # a boolean and an error cell (t="b", t="e")
    wb.save(typed)
    values = dump_lines(typed, "--values")
    assert values[1].split("\t")[10] == "TRUE" and values[2].split("\t")[10] == "#DIV/0!", values[1:3]


def test_dump_unreadable_file_among_several_prints_nothing_of_it():
    bad = broken_file()
    proc = run("dump", TRANSFORMER, bad, check=False)
    out = proc.stdout.decode()
    assert proc.returncode == 2
    assert f"# file: {TRANSFORMER}\n" in out and f"# file: {bad}" not in out
    assert "错误[truncated_zip]" in proc.stderr.decode()


# ---- §3 set --------------------------------------------------------------------------------

def test_set_output_alias_number_reading_and_limits():
    out = path_in_tmp("set.xlsx")
    proc = run("set", TRANSFORMER, "--output", out, "K20=0354", "K21=+5", "K22=1e3", "K23=nan")
    assert f"已写入 {out}：修改 4 个单元格" in proc.stderr.decode()
    ws = openpyxl.load_workbook(out)["变压器更换"]
    assert ws["K20"].value == "0354"  # a leading zero: an area code, kept as text
    assert ws["K21"].value == 5 and ws["K22"].value == 1000
    assert ws["K23"].value == "nan"
    too_long = path_in_tmp("long.xlsx")
    proc = run("set", TRANSFORMER, "-o", too_long, "K20=" + "字" * 32768, check=False)
    assert proc.returncode == 2 and "32767" in proc.stderr.decode()
    assert not os.path.exists(too_long)
    # The parts a change invalidates, said on standard error.
    proc = run("set", test_set.formula_workbook(), "-o", path_in_tmp("calc.xlsx"), "D11=7")
    err = proc.stderr.decode()
    assert "已删除过期的计算链 calcChain.xml" in err and "已设置打开时重新计算" in err, err


def test_option_mistakes_of_dump_and_set_are_named():
    proc = run("dump", TRANSFORMER, "--sheet", check=False)
    assert proc.returncode == 2 and "--sheet 后面缺少工作表的名称或序号" in proc.stderr.decode()
    out = path_in_tmp("never.xlsx")
    proc = run("set", TRANSFORMER, "-o", out, "--txet", "K20=1", check=False)
    assert proc.returncode == 2 and "未知选项 --txet，是不是要输入 --text？" in proc.stderr.decode()
    proc = run("set", TRANSFORMER, "K20=1", "-o", check=False)
    assert proc.returncode == 2 and "-o 后面缺少输出的文件名" in proc.stderr.decode()
    assert not os.path.exists(out)


def test_legacy_workbooks_are_read_and_written_as_xlsx():
    soffice = shutil.which("soffice")
    assert soffice, "soffice (LibreOffice) not found: run scripts/install-deps.sh --test"
    folder = path_in_tmp("legacy")
    subprocess.run([soffice, f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless", "--convert-to", "xls",
                    "--outdir", folder, TRANSFORMER], check=True, capture_output=True, timeout=300)
    xls = os.path.join(folder, os.path.basename(TRANSFORMER)[:-5] + ".xls")
    et = xls[:-4] + ".et"  # WPS's name for the same bytes: recognised by the bytes
    shutil.copy(xls, et)
    assert dump_lines(et)[:2] == ["# sheet: 变压器更换", "项目名称\t\t变压器更换"]
    assert only_form(xls)["record"]["project_name"] == "变压器更换"
    for command, extra in [("set", ["K20=1"]), ("fix", [])]:
        out = os.path.join(folder, f"{command}.xlsx")
        proc = run(command, xls, "-o", out, *extra)
        assert "已用 LibreOffice 转换，输出为 .xlsx 格式" in proc.stderr.decode(), proc.stderr.decode()
        assert zipfile.is_zipfile(out) and "变压器更换" in openpyxl.load_workbook(out).sheetnames


# ---- §4 check ------------------------------------------------------------------------------

def test_detection_and_skipped_sheets():
    form = only_form(TRANSFORMER)
    d = form["detection"]
    assert d["template"] == "project-2023" and d["forced"] is False
    assert 0 < d["threshold"] <= d["score"] <= 1
    assert "项目名称" in d["found"] and "总分" in d["found"] and d["missing"] == []
    assert d["runner_up"] is None or (isinstance(d["runner_up"]["template"], str)
                                      and d["runner_up"]["score"] < d["score"])
    # 004_07 lacks the 执行率 header: detection says so, and an info names it.
    partial = only_form(os.path.join(SAMPLES, "004_project_07_晋城市冷冻冷藏肉品总仓委托运营管理综合服务费.xlsx"))
    assert partial["detection"]["missing"] == ["执行率"] and partial["detection"]["score"] < 1
    note = next(f for f in partial["findings"] if f["rule"] == "labels_missing")
    assert note["severity"] == "info" and note["field"] == "" and "缺少以下标签：执行率" in note["message"]
    forced = only_form(TRANSFORMER, "--template", "project-2023")["detection"]
    assert forced["forced"] is True
    # A sheet that is no form is listed with its reason, the form beside it still read.
    extra = path_in_tmp("extra_sheet.xlsx")
    wb = openpyxl.load_workbook(TRANSFORMER)
    notes = wb.create_sheet("填表说明")
    notes["A1"], notes["A2"] = "填表说明", "金额单位为万元"
    wb.save(extra)
    doc, rc = check_doc(extra)
    entry = doc["files"][0]
    assert rc == 0 and len(entry["forms"]) == 1
    assert entry["skipped_sheets"] == [{"sheet": "填表说明", "reason": "不是已知的表格", "candidates": []}]
    assert check_doc(TRANSFORMER)[0]["files"][0]["skipped_sheets"] == []


def stacked_transformers(name, second_total=None):
    """变压器更换 twice on its sheet, the second from two rows under the first; its 总分 (H16,
    80) optionally changed in the second. (path, last row of the first, first row of the second)."""
    wb = openpyxl.load_workbook(TRANSFORMER)
    ws = wb.active
    last = max(c.row for row in ws.iter_rows() for c in row if c.value is not None)
    d = last + 2  # the second form's row r stands at r + d
    for row in list(ws.iter_rows(min_row=1, max_row=last)):
        for c in row:
            if c.value is not None:
                ws.cell(row=c.row + d, column=c.column, value=c.value)
    for m in list(ws.merged_cells.ranges):
        ws.merge_cells(start_row=m.min_row + d, start_column=m.min_col, end_row=m.max_row + d, end_column=m.max_col)
    if second_total is not None:
        ws.cell(row=16 + d, column=8, value=second_total)
    path = path_in_tmp(name)
    wb.save(path)
    return path, last, 1 + d


def test_stacked_forms_index_and_rows():
    single = only_form(TRANSFORMER)
    last = max(c.row for row in openpyxl.load_workbook(TRANSFORMER).active.iter_rows() for c in row if c.value is not None)
    assert (single["form_index"], single["rows"]) == (1, f"1-{last}"), (single["form_index"], single["rows"])
    path, last, second = stacked_transformers("stacked_transformers.xlsx")
    doc, _ = check_doc(path)
    forms = doc["files"][0]["forms"]
    assert [(f["sheet"], f["form_index"], f["rows"]) for f in forms] == [
        ("变压器更换", 1, f"1-{last}"), ("变压器更换", 2, f"{second}-{second + last - 1}")], forms
    assert forms[1]["cells"]["total_score"] == f"H{16 + second - 1}", forms[1]["cells"]  # H16 of the second


def test_money_unit_of_every_form():
    # forms[].money_unit (section 4): the 2023 form's 项目资金 header says (万元); the 决算 tables'
    # 金额单位：万元 / 单位：万元 lines; the 评分表 of the policy evaluation states none (万元 assumed).
    assert only_form(TRANSFORMER)["money_unit"] == {"declared": "万元", "assumed": "", "stated": ["万元"]}
    doc, _ = check_doc(FINAL_ACCOUNTS)
    tables = doc["files"][0]["forms"]
    assert len(tables) == 10 and all(f["money_unit"]["declared"] == "万元" for f in tables)
    doc, _ = check_doc(POLICY)
    scores = [f for f in doc["files"][0]["forms"] if f["template"] == "policy-eval-scores"]
    assert scores and all(f["money_unit"] == {"declared": "", "assumed": "万元", "stated": []} for f in scores)
    # A header in 元: the unit is 元, and the amounts stay as written (年初预算数 35 元 is read as 35).
    in_yuan = path_in_tmp("header_in_yuan.xlsx")
    wb = openpyxl.load_workbook(TRANSFORMER)
    wb.worksheets[0]["A3"] = "项目资金预算安排及执行进度(元)"
    wb.save(in_yuan)
    form = only_form(in_yuan)
    assert form["money_unit"] == {"declared": "元", "assumed": "", "stated": ["元"]}
    assert form["record"]["budget_initial"] == 35
    # A price per item (元/人) states no money unit: the form stays in 万元.
    per_person = path_in_tmp("price_per_person.xlsx")
    wb = openpyxl.load_workbook(TRANSFORMER)
    wb.worksheets[0]["L1"] = "补助标准（元/人）"
    wb.save(per_person)
    assert only_form(per_person)["money_unit"] == {"declared": "万元", "assumed": "", "stated": ["万元"]}
    # Two forms stacked on one sheet, the second's 项目资金 header in 元: each has its own unit.
    stacked, _, second = stacked_transformers("stacked_money_units.xlsx")
    wb = openpyxl.load_workbook(stacked)
    wb.active.cell(row=second + 2, column=1, value="项目资金预算安排及执行进度(元)")  # A3 of the second
    wb.save(stacked)
    doc, _ = check_doc(stacked)
    assert [f["money_unit"]["declared"] for f in doc["files"][0]["forms"]] == ["万元", "元"]


def test_finding_class_and_rule_results():
    form = only_form(PLANNING)
    assert all(f["class"] in CLASSES for f in form["findings"])
    # 部分达成 on 分值 10 allows 6 to under 8: at most 7.99 (RULES-ONE-TRUTH.md, 004_12).
    rule = sorted((f["cell"], f["reported"], f["expected"]) for f in form["findings"] if f["class"] == "rule")
    assert rule == [("H13", 9, 7.99), ("H18", 8, 7.99), ("I16", 8, 7.99)], rule
    r = form["recomputed"]
    # scores 10+10+5+5+9+9+5+8+0+8+10 = 79; by the rules 79 - (9-7.99) - (8-7.99) - (8-7.99) = 77.97
    assert r["indicator_score_sum"] == 79 and close(r["indicator_score_sum_by_rules"], 77.97)
    # 总分 10 + 79 = 89 (as reported); 总分(按规则) 10 + 77.97 = 87.97, 良 (80 <= 87.97 < 90)
    assert r["total_score"] == 89 and close(r["total_score_by_rules"], 87.97)
    assert r["grade"] == "良" and r["grade_by_rules"] == "良"


def test_reported_is_text_when_it_is_no_number():
    changed = path_in_tmp("text_score.xlsx")
    run("set", TRANSFORMER, "-o", changed, "I10=九十五分左右")
    form = only_form(changed)
    f = next(f for f in form["findings"] if f["cell"] == "I10")
    assert (f["rule"], f["severity"], f["reported"], f["expected"]) == \
        ("unreadable_value", "error", "九十五分左右", None)
    assert form["record"]["indicators"][0]["score"] is None


def test_numbers_stored_as_text_are_one_finding_with_cells():
    # 变压器更换's 资金总额 row as an exporting system writes it: D5 目标申报数 35, E5 预算编制数 35,
    # F5 全年预算数 0, G5 全年执行数 0, each stored as text.
    changed = path_in_tmp("text_figures.xlsx")
    run("set", TRANSFORMER, "-o", changed, "--text", "D5=35", "E5=35", "F5=0", "G5=0")
    form = only_form(changed)
    [note] = [f for f in form["findings"] if f["rule"] == "value_reading"]
    assert (note["severity"], note["cell"], note["cells"]) == ("warning", "D5", ["D5", "E5", "F5", "G5"]), note
    assert note["message"] == ("本表 4 个单元格的数字以文本形式存储（D5、E5、F5、G5），已按数字读取；"
                               "请在 Excel 中转换为数字"), note["message"]
    assert all("cells" not in f for f in form["findings"] if f is not note)
    assert (form["record"]["budget_declared"], form["record"]["budget_full_year"]) == (35, 0)
    # fix marks each of the cells (orange, a warning) and writes none of them as a number.
    fixed = path_in_tmp("text_figures_fixed.xlsx")
    run("fix", changed, "-o", fixed)
    ws = openpyxl.load_workbook(fixed)["变压器更换"]
    for ref in note["cells"]:
        assert ws[ref].fill.fgColor.rgb == "FFFFD8A8" and isinstance(ws[ref].value, str), ref
    assert "本表 4 个单元格" in ws["E5"].comment.text, ws["E5"].comment.text


def test_level_filters_the_json_and_not_the_exit_code():
    full, rc_full = check_doc(PLANNING)
    errors, rc_errors = check_doc(PLANNING, "--level", "error")
    all_findings = full["files"][0]["forms"][0]["findings"]
    kept = errors["files"][0]["forms"][0]["findings"]
    assert rc_full == rc_errors == 1
    assert kept == [f for f in all_findings if f["severity"] == "error"] and len(kept) < len(all_findings)
    warned, _ = check_doc(PLANNING, "--level", "warning")
    assert {f["severity"] for f in warned["files"][0]["forms"][0]["findings"]} == {"error", "warning"}


def test_folders_zips_lock_files_and_empty_folders():
    folder = path_in_tmp("收件")
    os.makedirs(folder)
    shutil.copy(TRANSFORMER, os.path.join(folder, "乙.xlsx"))
    shutil.copy(TRANSFORMER, os.path.join(folder, "~$乙.xlsx"))
    archive = path_in_tmp("材料.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.write(PLANNING, "甲.xlsx")
    doc, rc = check_doc(archive, folder)
    assert [f["file"] for f in doc["files"]] == [archive + "/甲.xlsx", os.path.join(folder, "乙.xlsx")]
    assert rc == 1
    empty = path_in_tmp("空文件夹")
    os.makedirs(empty)
    doc, rc = check_doc(empty)
    assert rc == 2
    assert doc["files"] == [{"file": empty, "error": {"code": "no_input", "message": "没有找到 .xlsx 工作簿"},
                             "forms": [], "skipped_sheets": []}]


def test_recomputed_members_of_each_family():
    r = only_form(JINZHONG)["recomputed"]
    # 预算下达资金 146.25 ÷ 预算资金(市级) 198.50 = 0.73678; × 3 = 2.21
    assert close(r["funds_arrival_rate"], 146.25 / 198.5) and r["funds_arrival_score"] == 2.21
    # 实际支出(市级) 126.47 ÷ 下达 146.25 = 0.86475; × 3 = 2.59
    assert close(r["budget_execution_rate"], 126.47 / 146.25) and r["budget_execution_score"] == 2.59
    sections = [r["sections." + s] for s in ("投入", "过程", "产出", "效果")]
    # 18.8 + 20 + 29 + 18 = 85.8, the 总分 the form reports (E75)
    assert close(sum(sections), 85.8) and r["total_score"] == 85.8
    dept = form_of(JINZHONG_DEPT, "department-jinzhong-2020")
    # 年末结余 = 结转 82.82 + 年初 948.96 + 调整 -567.94 + 其他 3.34 - 执行 404.89 = 62.29
    assert close(dept["recomputed"]["year_end_balance"], 62.29)
    assert set(dept["record"]["sections"]) == {"投入", "过程", "产出", "效果"}
    assert dept["record"]["section_weights"]["投入"] == 16
    target = form_of(TARGET_DEPT, "department-target-2021")["recomputed"]
    # 任务 8.72 + 64.59 + 8.6 = 81.91, all of it fiscal
    assert close(target["tasks_total.amount"], 81.91) and close(target["tasks_total.fiscal"], 81.91)
    assert target["tasks_total.other"] == 0
    doc, _ = check_doc(POLICY)
    scores = next(f for f in doc["files"][0]["forms"] if f["sheet"] == "制定类指标评分表")["recomputed"]
    assert scores == {"weight_sum": 20, "score_sum": 20}  # 2+2+2+3+3+4+4 = 20, every item full marks
    doc, _ = check_doc(FINAL_ACCOUNTS)
    table01 = next(f for f in doc["files"][0]["forms"] if f["template"] == "final-accounts-01")["recomputed"]
    # 公开01表: 收入总计 = 支出总计 = 2,384.38
    for member in ("income_total", "expenditure_total", "income_grand_total", "expenditure_grand_total"):
        assert close(table01[member], 2384.38), (member, table01)
    assert any(isinstance(f["recomputed"].get("by_code"), dict) for f in doc["files"][0]["forms"])
    # 决算 findings name the record path: 公开03表 row 208 社会保障和就业支出, 本年支出合计 239.70 against
    # 基本支出 230.84 + 项目支出 8.85 = 239.69 (a rounding difference, an info).
    table03 = next(f for f in doc["files"][0]["forms"] if f["template"] == "final-accounts-03")
    assert table03["record"]["rows"][8]["code"] == "208"
    row208 = next(f for f in table03["findings"] if f["rule"] == "final_accounts.03-columns" and f["field"] == "rows[8].total")
    assert (row208["severity"], row208["cell"], row208["reported"], row208["expected"]) == ("info", "C23", 239.7, 239.69)
    assert table03["cells"]["rows[8].total"] == "C23"


def documented_error_codes():
    with open(DOC, encoding="utf-8") as f:
        row = next(line for line in f if line.startswith("| `error.code`"))
    return {code for span in re.findall(r"`([a-z_0-9 ]{40,})`", row) for code in span.split()}


def test_every_error_code_met_is_documented():
    codes = documented_error_codes()
    assert {"truncated_zip", "zip_bomb", "no_input", "no_form", "lock_file"} <= codes
    fixtures = path_in_tmp("hostile")
    subprocess.run([sys.executable, os.path.join(ROOT, "tests", "hostile", "make_fixtures.py"), fixtures,
                    "--samples", SAMPLES], check=True, capture_output=True)
    with open(os.path.join(fixtures, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    doc, rc = check_doc(*[os.path.join(fixtures, name) for name in sorted(expected)])
    assert rc == 2
    met = {f["error"]["code"] for f in doc["files"] if f["error"]}
    assert met and met <= codes, met - codes
    # A sheet past the reader's limits is skipped with its code, and the file counts as unread
    # (exit 2): the sheet may be a form nobody checked. huge_row.xlsx has a row 1,048,577.
    doc, rc = check_doc(os.path.join(fixtures, "huge_row.xlsx"))
    assert rc == 2
    [skipped] = doc["files"][0]["skipped_sheets"]
    assert skipped["code"] == "limit_exceeded" and "1048577" in skipped["reason"], skipped
    assert skipped["code"] in codes


# ---- §5 fix --------------------------------------------------------------------------------

def test_fix_lines_marks_and_result_sheet():
    wrong = path_in_tmp("wrong_total.xlsx")
    run("set", TRANSFORMER, "-o", wrong, "H16=95")
    out = path_in_tmp("fixed.xlsx")
    proc = run("fix", wrong, "--output", out, "--template", "project-2023")
    lines = proc.stdout.decode().splitlines()
    # 总分 = 执行率得分 0 + 指标得分 20+10+0+10+30+10 = 80, reported 95
    assert "更正  变压器更换!H16  95 → 80.00" in lines, lines
    assert lines[-1].startswith(f"已写入 {out}：更正 1 个单元格，校验结果 ") and lines[-1].endswith("仍有 0 个错误需人工核对")
    ws = openpyxl.load_workbook(out)["变压器更换"]
    assert ws["H16"].value == 80 and ws["H16"].fill.fgColor.rgb == "FFFFFF00"
    note = ws["H16"].comment
    assert note.author == "evalbook" and note.text.startswith("evalbook:\n已更正：总分 = "), note.text
    assert note.text.endswith("已将 95 更正为 80.00"), note.text
    planning = path_in_tmp("planning_fixed.xlsx")
    assert run("fix", PLANNING, "-o", planning, check=False).returncode == 1
    wb = openpyxl.load_workbook(planning)
    result = wb["校验结果"]
    assert result["A1"].value.startswith("校验结果（evalbook fix 生成")
    assert [c.value for c in result[8]] == ["工作表", "单元格", "级别", "填报值", "复核值", "处理", "说明", "规则代码"]
    rows = [[c.value for c in row] for row in result.iter_rows(min_row=9)]
    errors = sorted((r[1], r[4], r[7]) for r in rows if r[2] == "错误")
    assert errors == [("H13", "7.99", "indicator_score_qualitative"), ("H18", "7.99", "indicator_score_qualitative"),
                      ("I16", "7.99", "indicator_score_qualitative")], errors
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), key=["错误", "警告", "提示"].index)
    assert result.cell(9, 2).hyperlink.location == f"'{PLANNING_SHEET}'!{rows[0][1]}"
    assert wb[PLANNING_SHEET]["H13"].fill.fgColor.rgb == "FFFFC7CE"
    findings = only_form(PLANNING)["findings"]
    error_cells = {f["cell"] for f in findings if f["severity"] == "error"}
    warned = next(f["cell"] for f in findings if f["severity"] == "warning" and f["cell"] not in error_cells)
    assert wb[PLANNING_SHEET][warned].fill.fgColor.rgb == "FFFFD8A8", warned


def test_fix_in_place_and_apply_rules():
    copy = path_in_tmp("规划.xlsx")
    shutil.copy(PLANNING, copy)
    before = sha(copy)
    proc = run("fix", copy, "--in-place", "--apply-rules", check=False)
    assert proc.returncode == 0, proc.stdout.decode()  # every error was a rule result, now written
    assert sha(copy + ".bak") == before and sha(copy) != before
    ws = openpyxl.load_workbook(copy)[PLANNING_SHEET]
    assert [ws[c].value for c in ("H13", "I16", "H18")] == [7.99, 7.99, 7.99]
    # 总分 10 + 79 - (9 - 7.99) - (8 - 7.99) - (8 - 7.99) = 87.97 (RULES-ONE-TRUTH.md, 004_12)
    assert ws[only_form(PLANNING)["cells"]["total_score"]].value == 87.97
    run("fix", copy, "--in-place", check=False)
    assert os.path.exists(copy + ".bak.1")  # the first backup is never overwritten


# ---- §6 summary ----------------------------------------------------------------------------

PROJECT_COLUMNS = ["序号", "单位", "主管部门", "项目名称", "年度", "模板", "年初预算数", "全年预算数", "全年执行数",
                   "执行率", "执行率(复核)", "执行率得分", "执行率分值", "指标得分", "总分(填报)", "总分(复核)", "差异",
                   "等级(填报)", "等级(复核)", "总分(按规则)", "等级(按规则)", "错误数", "警告数", "文件", "工作表",
                   "重复提交", "备注", "模板编号", "主管部门代码"]
SHEET_HEADERS = {
    "单位汇总": (3, ["序号", "单位", "项目数", "年初预算数", "全年预算数", "全年执行数", "执行率", "平均总分(复核)", "优",
                 "良", "中", "差", "无等级", "错误数", "部门整体自评表数", "部门整体总分(复核)", "部门整体等级(复核)"]),
    "等级分布": (1, ["等级", "项目数", "占比", "部门整体自评数"]),
    "问题清单": (1, ["文件", "工作表", "单元格", "单位", "项目/表格", "规则", "严重程度", "说明"]),
    "决算汇总": (1, ["表", "科目编码", "科目名称", "单位", "年度"]),
    "无法读取": (1, ["文件", "错误代码", "原因", "处理建议"]),
    "空白表": (1, ["序号", "文件", "工作表", "表格", "说明"]),
}
DUPLICATE_COLUMNS = ["单位", "项目/表格", "年度", "模板", "计入汇总的文件", "计入的工作表", "计入文件的修改时间", "重复的文件",
                     "重复的工作表", "重复文件的修改时间", "两份是否一致", "处理"]


def test_summary_options_sheets_and_columns():
    blank = path_in_tmp("空白.xlsx")
    run("templates", "blank", "project-2023", "-o", blank)
    inputs = [PLANNING, TRANSFORMER, JINZHONG, FINAL_ACCOUNTS, blank, broken_file()]
    out = path_in_tmp("汇总.xlsx")
    proc = run("summary", "--title", "测试批次", "--jobs", "2", "-o", out, "--", *inputs, check=False)
    assert proc.returncode == 2, proc.stderr.decode()
    again = path_in_tmp("汇总2.xlsx")
    run("summary", "--round", "测试批次", "-j", "1", "-o", again, *inputs, check=False)
    wb = openpyxl.load_workbook(out, data_only=True)
    projects = wb["项目汇总"]
    assert projects["A1"].value.startswith("测试批次")
    assert openpyxl.load_workbook(again)["项目汇总"]["A1"].value == projects["A1"].value
    assert projects["A2"].value.startswith("制表单位：") and "金额单位：万元" in projects["A2"].value
    assert [c.value for c in projects[3]] == PROJECT_COLUMNS
    rows = {r[3]: r for r in projects.iter_rows(min_row=4, values_only=True) if r[0] is not None}
    planning = rows["晋城市中心城区商业网点设施布局专项规划编制费用"]
    col = {name: i for i, name in enumerate(PROJECT_COLUMNS)}
    # 总分 89 = 复核 89, 差异 0; 总分(按规则) 87.97 (see test_finding_class_and_rule_results)
    assert planning[col["总分(填报)"]] == 89 and planning[col["差异"]] == 0
    assert close(planning[col["总分(按规则)"]], 87.97) and planning[col["等级(按规则)"]] == "良"
    assert planning[col["模板编号"]] == "project-2023" and planning[col["主管部门代码"]] == "259"
    last = [c.value for c in projects[projects.max_row]]
    assert last[1] == "合计（3 个项目）", last  # 004_12, 004_03 and 招商引资专项经费
    for name, (header_row, columns) in SHEET_HEADERS.items():
        got = [c.value for c in wb[name][header_row]][:len(columns)]
        assert got == columns, (name, got)
    assert [c.value for c in wb["单位汇总"][wb["单位汇总"].max_row]][1] == "合计"
    assert [r[0] for r in wb["等级分布"].iter_rows(min_row=2, max_row=7, values_only=True)] == \
        ["优", "良", "中", "差", "（无等级）", "合计"]
    severities = [r[6] for r in wb["问题清单"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert severities and severities == sorted(severities, key=["错误", "警告", "提示"].index)
    unreadable = [r for r in wb["无法读取"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert [(r[0], r[1]) for r in unreadable] == [(broken_file(), "truncated_zip")]
    assert "重复提交" not in wb.sheetnames  # no form came twice
    copies = path_in_tmp("重复.xlsx")
    run("summary", TRANSFORMER, shutil.copy(TRANSFORMER, path_in_tmp("变压器更换副本.xlsx")), "-o", copies)
    assert [c.value for c in openpyxl.load_workbook(copies)["重复提交"][1]] == DUPLICATE_COLUMNS
    forced = path_in_tmp("按模板.xlsx")
    run("summary", TRANSFORMER, "--template", "project-2023", "-o", forced)
    assert openpyxl.load_workbook(forced)["项目汇总"].cell(4, col["模板编号"] + 1).value == "project-2023"
    names = {d.name for d in openpyxl.load_workbook(out).defined_names.definedName}
    assert {"项目_单位", "项目_年初预算数", "项目_全年预算数", "项目_全年执行数", "项目_总分复核", "项目_等级复核",
            "项目_错误数"} <= names, names


# ---- §7 export -----------------------------------------------------------------------------

def test_export_json_and_csv():
    bad = broken_file()
    doc = json.loads(run("export", TRANSFORMER, bad, "--format", "json", check=False).stdout)
    assert [(f["file"], f["sheet"], f["template"]) for f in doc["forms"]] == [(TRANSFORMER, "变压器更换", "project-2023")]
    assert doc["forms"][0]["record"] == only_form(TRANSFORMER)["record"]
    assert doc["unreadable"] == [{"file": bad, "code": "truncated_zip", "message": doc["unreadable"][0]["message"]}]
    folder = path_in_tmp("csv")
    run("export", TRANSFORMER, FINAL_ACCOUNTS, "--format", "csv", "-o", folder, "--headers", "field")
    assert sorted(os.listdir(folder)) == ["final_accounts.csv", "forms.csv", "indicators.csv"]
    with open(os.path.join(folder, "forms.csv"), "rb") as f:
        data = f.read()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].decode().splitlines()[0].split(",")
    assert {"project_name", "execution_rate"} <= set(header), header


def test_templates_fill_and_scan():
    lines = run("templates", "list").stdout.decode().splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert all(len(r) == 5 for r in rows.values()), lines
    assert rows["project-2023"][1:4] == ["project", "山西", "2023"]
    blank = path_in_tmp("空白受保护.xlsx")
    run("templates", "blank", "project-2023", "-o", blank, "--protect")
    assert openpyxl.load_workbook(blank).worksheets[0].protection.sheet is True
    records = run("export", TRANSFORMER, os.path.join(SAMPLES, "004_project_02_2023年遗属补助.xlsx"), "--format", "json").stdout
    both = path_in_tmp("两张.xlsx")
    data = path_in_tmp("records.json")
    with open(data, "wb") as f:
        f.write(records)
    proc = run("fill", "--data", data, "-o", both)
    assert proc.stderr.decode().startswith(f"已写入 {both}：2 张表（模板 project-2023）")
    assert openpyxl.load_workbook(both).sheetnames == ["项目支出绩效自评表", "项目支出绩效自评表(2)"]
    second = path_in_tmp("第二张.xlsx")
    filled = subprocess.run([EVALBOOK, "fill", "project-2023", "--data", "-", "-o", second, "--form", "2", "--protect"],
                            input=records, capture_output=True, timeout=120)
    assert filled.returncode == 0, filled.stderr.decode()
    assert only_form(second)["record"]["project_name"] == "2023年遗属补助"
    assert openpyxl.load_workbook(second).worksheets[0].protection.sheet is True
    refused = path_in_tmp("决算.xlsx")
    proc = run("fill", "final-accounts-01", "--data", data, "-o", refused, check=False)
    assert proc.returncode == 2 and "错误[template_mismatch]" in proc.stderr.decode() and not os.path.exists(refused)
    tally = run("scan", TRANSFORMER).stdout.decode().strip()
    assert re.fullmatch(r"cells=\d+ nums=\d+ sum=-?[\d.]+ strs=\d+ other=\d+", tally), tally


# ---- §8 the service ------------------------------------------------------------------------

class Client:
    def __init__(self, base, token=None):
        self.base = base
        self.token = token
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method, path, body=None, content_type="application/json"):
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", content_type)
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with self.opener.open(request, timeout=60) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def upload(self, round_id, path):
        boundary = uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{os.path.basename(path)}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n").encode()
        with open(path, "rb") as f:
            body += f.read() + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", f"/api/rounds/{round_id}/uploads", body, "multipart/form-data; boundary=" + boundary)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def admin(*args, password=None):
    proc = subprocess.run([EVALBOOK, *args], input=password, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode().strip()


def start_server(db, *options):
    port = free_port()
    where = list(options) + ["--port", str(port)] if options else ["--listen", f"127.0.0.1:{port}"]
    server = subprocess.Popen([EVALBOOK, "serve", *where, "--db", db],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise AssertionError("evalbook serve did not start")


def test_service_fields():
    db = "sqlite:" + path_in_tmp("service.db")
    fin_id = admin("users", "add", "财务", "--role", "finance", "--password-stdin", "--db", db, password=b"finance-pass\n")
    unit_id = admin("users", "add", "单位乙", "--role", "unit", "--unit", "259002", "--password-stdin", "--db", db,
                    password=b"unit-pass-1\n")
    assert fin_id.isdigit() and unit_id.isdigit() and fin_id != unit_id
    token = admin("users", "token", "单位乙", "--db", db)
    round_id = admin("rounds", "add", "2023年度", "--year", "2023", "--units", "259001,259002", "--db", db)
    server, base = start_server(db)
    try:
        unit = Client(base)
        status, body = unit.call("POST", "/api/login", {"username": "单位乙", "password": "unit-pass-1"})
        assert status == 200 and body == {"user": {"id": int(unit_id), "name": "单位乙", "role": "unit", "unit": "259002"}}
        assert unit.call("GET", "/api/me") == (200, body)
        assert Client(base, token).call("GET", "/api/me") == (200, body)  # Bearer instead of the cookie
        # The form names 259001-晋城市商务局: kept, with a notice, for finance to judge.
        status, body = unit.upload(round_id, TRANSFORMER)
        assert status == 201
        s = body["submissions"][0]
        assert s["round"] == int(round_id) and s["review_note"] == "" and s["corrected"] is True
        assert (s["errors"], s["warnings"]) == (0, 2)  # budget_reset and execution_zero_budget
        assert s["notices"] == ["工作表“变压器更换”的预算单位为“259001-晋城市商务局”，不是本单位（259002），已保留，由财政审核"]
        status, again = unit.upload(round_id, TRANSFORMER)
        sid = again["submissions"][0]["id"]
        assert sid == s["id"] and again["submissions"][0]["version"] == 2
        status, mine = unit.call("GET", f"/api/rounds/{round_id}/mine")
        assert status == 200 and [m["version"] for m in mine["submissions"]] == [2]
        assert mine["submissions"][0]["notices"] == []
        status, versions = unit.call("GET", f"/api/submissions/{sid}/versions")
        assert [(v["version"], v["sha256"], v["status"], v["errors"], v["error"]) for v in versions["versions"]] == \
            [(1, s["sha256"], "clean", 0, None), (2, s["sha256"], "clean", 0, None)]
        assert all(isinstance(v["uploaded_at"], str) for v in versions["versions"])
        status, diff = unit.call("GET", f"/api/submissions/{sid}/diff?from=1&to=2")
        assert diff == {"from": 1, "to": 2, "findings_gone": [], "findings_new": [], "figures_changed": []}
        finance = Client(base)
        finance.call("POST", "/api/login", {"username": "财务", "password": "finance-pass"})
        status, body = finance.call("POST", f"/api/submissions/{sid}/review", {"decision": "return"})
        assert status == 400 and body["error"]["code"] == "bad_request"
        status, reviewed = finance.call("POST", f"/api/submissions/{sid}/review", {"decision": "return", "note": "请补充说明"})
        assert status == 200 and reviewed["status"] == "returned" and reviewed["review_note"] == "请补充说明"
        assert reviewed["forms"] == s["forms"]
        status, board = finance.call("GET", f"/api/rounds/{round_id}/board")
        assert board["round"] == {"id": int(round_id), "name": "2023年度", "year": 2023, "deadline": ""}
        assert unit.call("POST", "/api/logout") == (200, {"ok": True})
        assert unit.call("GET", "/api/me")[0] == 401
        admin("users", "add", "管理员", "--role", "admin", "--password-stdin", "--db", db, password=b"admin-pass-1\n")
        boss = Client(base)
        boss.call("POST", "/api/login", {"username": "管理员", "password": "admin-pass-1"})
        status, body = boss.call("POST", f"/api/admin/users/{unit_id}/password", {"password": "unit-pass-2"})
        assert (status, body) == (200, {"user": {"id": int(unit_id), "name": "单位乙", "role": "unit", "unit": "259002"}})
        status, body = boss.call("PUT", f"/api/admin/rounds/{round_id}", {"name": "2023年度", "year": 2023,
                                 "deadline": "2024-03-31", "templates": ["project-2023"], "units": ["259002"]})
        assert status == 200 and body["round"]["deadline"] == "2024-03-31" and body["round"]["units"] == ["259002"]
        assert body["round"] == next(r for r in boss.call("GET", "/api/admin/rounds")[1]["rounds"] if r["id"] == int(round_id))
        token_id = hashlib.sha256(token.encode()).hexdigest()[:12]  # the id is the hash's first 12 digits
        assert boss.call("DELETE", f"/api/admin/tokens/{token_id}") == (200, {"revoked": token_id})
        assert Client(base, token).call("GET", "/api/me")[0] == 401
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_connections_per_address_is_applied():
    # With one connection allowed per address, a second one from the same address is refused at
    # once (429) while the first is still open.
    db = "sqlite:" + path_in_tmp("limits.db")
    admin("users", "add", "财务", "--role", "finance", "--password-stdin", "--db", db, password=b"finance-pass\n")
    server, base = start_server(db, "--connections-per-address", "1")

    def page_status():
        try:
            with urllib.request.urlopen(base + "/", timeout=30) as page:
                return page.status
        except urllib.error.HTTPError as refused:
            return refused.code

    def served_within(seconds):  # start_server's probe connection may still be counted
        for _ in range(int(seconds * 10)):
            if page_status() == 200:
                return True
            time.sleep(0.1)
        return False

    try:
        assert served_within(5)
        port = int(base.rsplit(":", 1)[1])
        for _ in range(10):
            held = socket.create_connection(("127.0.0.1", port), timeout=30)
            held.settimeout(1)
            try:  # refused (the last request's connection not yet let go): 429 and closed at once
                held.recv(1)
                held.close()
                time.sleep(0.2)
            except socket.timeout:
                break  # taken in: the server waits for its headers (10 s)
        else:
            raise AssertionError("no connection was held")
        with held:
            assert page_status() == 429
        assert served_within(5)  # the held one is gone
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_service_diff_of_a_stacked_form():
    db = "sqlite:" + path_in_tmp("stacked.db")
    admin("users", "add", "单位甲", "--role", "unit", "--unit", "259002", "--password-stdin", "--db", db,
          password=b"unit-pass-1\n")
    round_id = admin("rounds", "add", "2023年度", "--year", "2023", "--units", "259002", "--db", db)
    v1, last, second = stacked_transformers("两张表.xlsx")
    server, base = start_server(db)
    try:
        unit = Client(base)
        unit.call("POST", "/api/login", {"username": "单位甲", "password": "unit-pass-1"})
        status, body = unit.upload(round_id, v1)
        assert status == 201 and [f["form_index"] for f in body["submissions"][0]["forms"]] == [1, 2], body
        # Both forms name 259001, not this unit: one notice each, named by its rows.
        assert body["submissions"][0]["notices"] == [
            f"工作表“变压器更换（第 {a}-{b} 行）”的预算单位为“259001-晋城市商务局”，不是本单位（259002），已保留，由财政审核"
            for a, b in ((1, last), (second, second + last - 1))], body["submissions"][0]["notices"]
        sid = body["submissions"][0]["id"]
        v2, _, _ = stacked_transformers("两张表.xlsx", second_total=81)  # the same file name: version 2
        status, body = unit.upload(round_id, v2)
        assert status == 201 and body["submissions"][0]["version"] == 2
        status, diff = unit.call("GET", f"/api/submissions/{sid}/diff?from=1&to=2")
        # Only the second form's 总分 moved (80 → 81): named by its place, the first form's unchanged.
        assert diff["figures_changed"] == [{"field": "变压器更换#2/record.total_score", "from": "80", "to": "81"}], diff
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_users_add_holds_passwords_to_the_admin_apis_rule():
    # One rule for both ways of making an account: at least 8 characters, counted as characters.
    db = "sqlite:" + path_in_tmp("passwords.db")
    short = subprocess.run([EVALBOOK, "users", "add", "单位丙", "--role", "unit", "--unit", "259003",
                            "--password-stdin", "--db", db], input="七个字的短密码\n".encode(),
                           capture_output=True, timeout=60)
    assert short.returncode == 2 and "密码至少 8 个字符" in short.stderr.decode()
    # 7 characters but 21 bytes: a byte count would have let it through.
    assert len("七个字的短密码") == 7 and len("七个字的短密码".encode()) == 21
    assert admin("users", "add", "单位丙", "--role", "unit", "--unit", "259003", "--password-stdin",
                 "--db", db, password="八个汉字组成密码\n".encode()).isdigit()


def test_serve_port_web_and_behind_tls():
    db = "sqlite:" + path_in_tmp("options.db")
    admin("users", "add", "财务", "--role", "finance", "--password-stdin", "--db", db, password=b"finance-pass\n")
    web = path_in_tmp("web")
    os.makedirs(web)
    with open(os.path.join(web, "index.html"), "w", encoding="utf-8") as f:
        f.write("<p>本地页面</p>")
    server, base = start_server(db, "--web", web, "--behind-tls")
    try:
        with urllib.request.urlopen(base + "/", timeout=30) as page:
            assert page.read().decode() == "<p>本地页面</p>"
        login = urllib.request.Request(base + "/api/login", method="POST", headers={"Content-Type": "application/json"},
                                       data=json.dumps({"username": "财务", "password": "finance-pass"}).encode())
        with urllib.request.urlopen(login, timeout=30) as answer:
            cookie = answer.headers["Set-Cookie"]
        assert "; Secure" in cookie and "HttpOnly" in cookie, cookie
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_and_users_arguments_and_help():
    for command, options in [("serve", ["--listen", "--port", "--db", "--web", "--job-lease", "--behind-tls",
                                        "--threads", "--connections-per-address", "--uploads",
                                        "--uploads-per-address", "--jobs"]),
                             ("users", ["add", "token", "--role", "--password-stdin"])]:
        out = run(command, "--help").stdout.decode()
        assert out.startswith(f"用法：evalbook {command}") and all(o in out for o in options), out
    for args, said in [(["--listen", "127.0.0.1:abc"], "端口为 0 到 65535 的整数"),
                       (["--port", "70000"], "--port 应为 0 到 65535 的整数"),
                       (["--db"], "--db 后面缺少数据库"),
                       (["--lisen", "127.0.0.1:1"], "未知选项 --lisen，是不是要输入 --listen？"),
                       (["--threads", "1"], "--threads 为处理请求的线程数，应为 2 到 1024 的整数"),
                       (["--jobs", "zwei"], "应为 1 到 64 的整数，而不是“zwei”"),
                       (["--uploads", "2", "--uploads-per-address", "3"], "--uploads-per-address（3）不能大于 --uploads（2）")]:
        proc = run("serve", *args, check=False)
        assert proc.returncode == 2 and said in proc.stderr.decode(), (args, proc.stderr.decode())


if __name__ == "__main__":
    try:
        main([test_exit_codes_of_fix_summary_and_export, test_dump_values_formulas_and_sheet_equals,
              test_dump_unreadable_file_among_several_prints_nothing_of_it,
              test_set_output_alias_number_reading_and_limits, test_option_mistakes_of_dump_and_set_are_named,
              test_legacy_workbooks_are_read_and_written_as_xlsx,
              test_detection_and_skipped_sheets, test_stacked_forms_index_and_rows,
              test_money_unit_of_every_form,
              test_finding_class_and_rule_results, test_reported_is_text_when_it_is_no_number,
              test_numbers_stored_as_text_are_one_finding_with_cells,
              test_level_filters_the_json_and_not_the_exit_code, test_folders_zips_lock_files_and_empty_folders,
              test_recomputed_members_of_each_family, test_every_error_code_met_is_documented,
              test_fix_lines_marks_and_result_sheet, test_fix_in_place_and_apply_rules,
              test_summary_options_sheets_and_columns, test_export_json_and_csv, test_templates_fill_and_scan, test_service_fields,
              test_service_diff_of_a_stacked_form, test_serve_port_web_and_behind_tls, test_serve_and_users_arguments_and_help,
              test_users_add_holds_passwords_to_the_admin_apis_rule, test_serve_connections_per_address_is_applied])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
        shutil.rmtree(test_set.TMP, ignore_errors=True)
