"""Template detection: every sheet of every sample is recognised as its form family, a sheet that
is no form is reported as such (not guessed), and --template overrides detection."""
import glob
import json
import os
import re
import shutil
import tempfile

import openpyxl

from evalbook_test import SAMPLES, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-detect-")


def expected_template(file_name, sheet):
    """The family each sample belongs to, from the sample list (samples/README-seed.md)."""
    if file_name.startswith("004_project_"):
        return "project-2023"
    if file_name.startswith("004_final_accounts"):
        return "final-accounts-%s" % re.match(r"公开(\d\d)表", sheet).group(1)
    if file_name.startswith("004_policy_eval"):
        if "综合得分" in sheet:
            return "policy-eval-summary"
        if sheet.endswith("指标评分表"):
            return "policy-eval-scores"
        if sheet.startswith("附件"):
            return "policy-eval-system"
        if "资金投入" in sheet:
            return "policy-eval-funds"
    if "部门(单位)整体支出绩效目标自评表" in sheet:
        return "department-target-2021"
    if "部门整体支出绩效自评表" in sheet:
        return "department-jinzhong-2020"
    if file_name.startswith("001_"):
        return "project-2020"
    return "project-jinzhong-2020"  # the 晋中 project forms of seeds 000, 002, 003


def check_file(path):
    doc = json.loads(run("check", path, "--format", "json", check=False).stdout)
    entry = doc["files"][0]
    assert entry["error"] is None, entry["error"]
    assert entry["skipped_sheets"] == [], f"{path}: not recognised: {entry['skipped_sheets']}"
    name = os.path.basename(path)
    for form in entry["forms"]:
        want = expected_template(name, form["sheet"])
        assert form["template"] == want, f"{name} / {form['sheet']}: {form['template']} != {want}"
    return len(entry["forms"])


def test_every_sample_sheet_detected():
    files = sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")) + glob.glob(os.path.join(SAMPLES, "multi_sheet", "*.xlsx")))
    forms = sum(check_file(p) for p in files)
    # Single-form samples: 000: 1, 001: 2, 002: 3, 003: 4, 004: 12 project forms = 22; the 决算
    # workbook's 10 sheets; the 重点评价 workbook's 7 sheets; multi_sheet: 2 + 3 + 4.
    assert forms == 22 + 10 + 7 + 2 + 3 + 4, forms


def test_a_sheet_that_is_no_form_is_reported():
    src = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")
    wb = openpyxl.load_workbook(src)
    ws = wb.create_sheet("填表说明")
    ws["A1"] = "请按要求填写本表，金额单位为万元。"
    ws["A2"] = "联系人：张三"
    path = os.path.join(TMP, "with_note.xlsx")
    wb.save(path)
    doc = json.loads(run("check", path, "--format", "json", check=False).stdout)
    entry = doc["files"][0]
    assert [f["template"] for f in entry["forms"]] == ["project-2023"]
    assert [s["sheet"] for s in entry["skipped_sheets"]] == ["填表说明"]
    assert "不是已知的表格" in entry["skipped_sheets"][0]["reason"]


def test_template_override_and_unknown_template():
    src = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")
    doc = json.loads(run("check", src, "--format", "json", "--template", "project-2023", check=False).stdout)
    assert doc["files"][0]["forms"][0]["template"] == "project-2023"
    proc = run("check", src, "--format", "json", "--template", "no-such-form", check=False)
    assert proc.returncode == 2 and b"[unknown_template]" in proc.stderr


if __name__ == "__main__":
    try:
        main([test_every_sample_sheet_detected, test_a_sheet_that_is_no_form_is_reported,
              test_template_override_and_unknown_template])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
