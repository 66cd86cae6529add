"""Template detection: every sheet of every sample is recognised as its form family, a sheet that
is no form is reported as such (not guessed), and --template overrides detection."""
import glob
import json
import os
import re
import shutil
import tempfile

import openpyxl

from evalbook_test import SAMPLES, SEEDS, main, run, seed_manifest

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


def seed_text_of_no_sample():
    """{seed file: [runs of (line number, text)]}: the seed lines no sample workbook is made from
    (samples/README-seed.md), that is the reports' narrative, covers and notes around the forms."""
    covered = {}
    for _, sheets in seed_manifest():
        for _, seed, first, last in sheets:
            covered.setdefault(seed, set()).update(range(first, last + 1))
    runs = {}
    for seed in sorted(os.listdir(SEEDS)):
        with open(os.path.join(SEEDS, seed), encoding="utf-8") as f:
            lines = f.read().split("\n")
        current = []
        for number, text in enumerate(lines, 1):
            if number in covered.get(seed, set()):
                if current:
                    runs.setdefault(seed, []).append(current)
                current = []
            else:
                current.append((number, text))
        if current:
            runs.setdefault(seed, []).append(current)
    return {seed: [r for r in rs if any(t.strip() for _, t in r)] for seed, rs in runs.items()}


def test_seed_text_that_is_no_form_is_not_detected():
    """Every run of seed lines outside the forms (the 重点评价 report's narrative names 一级指标,
    分值, 得分, 指标体系 and indicator codes in its prose and lists) as a sheet of its own: none is
    recognised as a form, and none is a near-tie."""
    runs = seed_text_of_no_sample()
    assert sum(len(r) for r in runs.values()) >= 3, runs.keys()
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for seed, seed_runs in runs.items():
        for run_lines in seed_runs:
            ws = wb.create_sheet(f"{seed[:3]} L{run_lines[0][0]}-{run_lines[-1][0]}")
            for row, (_, text) in enumerate(run_lines, 1):
                for column, cell in enumerate(text.split("\t"), 1):
                    if cell:
                        ws.cell(row, column, cell)
    path = os.path.join(TMP, "seed_prose.xlsx")
    wb.save(path)
    entry = json.loads(run("check", path, "--format", "json", check=False).stdout)["files"][0]
    assert entry["forms"] == [], [(f["sheet"], f["template"]) for f in entry["forms"]]
    assert len(entry["skipped_sheets"]) == len(wb.sheetnames), entry["skipped_sheets"]
    assert all(s["candidates"] == [] for s in entry["skipped_sheets"]), entry["skipped_sheets"]


def test_a_final_accounts_table_by_its_code_or_its_title():
    """公开NN表 is recognised by its title alone (weight 2 of 3, the threshold 50%; the code's
    number differs between provinces, so the code alone is not enough); the label it lacks is
    named."""
    src = os.path.join(SAMPLES, "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx")
    wb = openpyxl.load_workbook(src)
    ws = wb["公开04表 财政拨款收入支出决算总表"]
    cleared = [c for row in ws.iter_rows() for c in row if c.value == "公开04表"]
    assert len(cleared) == 1, cleared
    cleared[0].value = None
    path = os.path.join(TMP, "no_code.xlsx")
    wb.save(path)
    entry = json.loads(run("check", path, "--format", "json", check=False).stdout)["files"][0]
    form = next(f for f in entry["forms"] if f["sheet"] == "公开04表 财政拨款收入支出决算总表")
    # 财政拨款收入支出决算总表 is not 公开01表's title 收入支出决算总表: no near-tie.
    assert form["template"] == "final-accounts-04", form["template"]
    assert form["detection"]["missing"] == ["公开04表"], form["detection"]
    assert abs(form["detection"]["score"] - 2 / 3) < 1e-4, form["detection"]  # title 2 of 2 + 1
    info = [f for f in form["findings"] if f["rule"] == "labels_missing"]
    assert len(info) == 1 and info[0]["severity"] == "info" and "公开04表" in info[0]["message"], info


def test_template_override_and_unknown_template():
    src = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")
    doc = json.loads(run("check", src, "--format", "json", "--template", "project-2023", check=False).stdout)
    assert doc["files"][0]["forms"][0]["template"] == "project-2023"
    proc = run("check", src, "--format", "json", "--template", "no-such-form", check=False)
    assert proc.returncode == 2 and b"[unknown_template]" in proc.stderr


if __name__ == "__main__":
    try:
        main([test_every_sample_sheet_detected, test_a_sheet_that_is_no_form_is_reported,
              test_seed_text_that_is_no_form_is_not_detected, test_a_final_accounts_table_by_its_code_or_its_title,
              test_template_override_and_unknown_template])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
