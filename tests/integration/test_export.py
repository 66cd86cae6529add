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
    run("export", P01, P000, "--format", "csv", "-o", out)
    with open(os.path.join(out, "forms.csv"), "rb") as f:
        assert f.read(3) == b"\xef\xbb\xbf"
    forms = list(csv.DictReader(open(os.path.join(out, "forms.csv"), encoding="utf-8-sig")))
    assert len(forms) == 2
    f01 = next(f for f in forms if f["template"] == "project-2023")
    # Seed 004 line 596: 资金总额: 369.405 369.405 369.405 369.405 0 100 10 -> 全年预算数 369.405
    assert f01["budget_full_year"] == "369.405"
    assert f01["execution_rate"] == "1"  # 100 (percent units) -> 1
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
              test_unreadable_file_is_listed_and_exit_2])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
