"""`fill` keeps the blank form's formulas (issue 13 point 8): a filled form holds 结余, 执行率,
得分, fund totals, section sums, 总分 and 等级 as formulas, openpyxl reads them in their cells,
and LibreOffice recalculating them gets the figures the form reports; a figure the formula would
not give is written as the figure alone, named on stderr, and reads back unchanged."""
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl

from evalbook_test import all_samples, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-fill-formulas-")
LOVE = "004_project_01_2023年市级“爱心消费券”专项资金.xlsx"


def export_doc(sample, name):
    doc = os.path.join(TMP, name + ".json")
    proc = run("export", sample, "--format", "json", "-o", doc, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return doc


def fill(doc, name):
    out = os.path.join(TMP, name + ".xlsx")
    proc = run("fill", "--data", doc, "-o", out)
    return out, proc.stderr.decode()


def recalculated(paths):
    """Each workbook as LibreOffice computes it: openpyxl saves the formulas without their cached
    values, so LibreOffice has to calculate every one; its .xlsx is read back values-only."""
    raws = []
    for p in paths:
        raw = os.path.join(TMP, "raw-" + os.path.basename(p))
        openpyxl.load_workbook(p).save(raw)
        raws.append(raw)
    outdir = os.path.join(TMP, "lo")
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="evalbook-lo-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                        "--outdir", outdir, *raws], capture_output=True, timeout=900, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return [openpyxl.load_workbook(os.path.join(outdir, os.path.basename(r)), data_only=True) for r in raws]


def formulas(path):
    """{(sheet index, cell): formula} of a workbook."""
    out = {}
    for i, ws in enumerate(openpyxl.load_workbook(path).worksheets):
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    out[(i, c.coordinate)] = c.value
    return out


def find(ws, text):
    """The first cell whose value is `text`."""
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c
    raise AssertionError(f"no cell {text!r} in {ws.title}")


def test_love_coupon_form_formulas_by_hand():
    sample = next(p for p in all_samples() if os.path.basename(p) == LOVE)
    out, err = fill(export_doc(sample, "love"), "love")
    assert "未写公式" not in err, err  # every computed figure of this form is its formula's result
    ws = openpyxl.load_workbook(out).worksheets[0]
    total_row = find(ws, "资金总额").row
    head = find(ws, "执行率").row
    col = {ws.cell(head, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(head, c).value}
    rate = ws.cell(total_row, col["执行率"])
    score = ws.cell(total_row, col["得分"])
    balance = ws.cell(total_row, col["资金结(转)余"])
    for cell in (rate, score, balance):
        assert cell.data_type == "f", (cell.coordinate, cell.value)
    assert "ROUND(" in rate.value and "/" in rate.value, rate.value
    assert "MIN(" in score.value, score.value
    total = find(ws, "总分")
    total_score = next(ws.cell(total.row, c) for c in range(total.column + 1, ws.max_column + 1)
                       if ws.cell(total.row, c).data_type == "f" and "SUM(" in str(ws.cell(total.row, c).value))
    grade = ws.cell(total.row, total_score.column + 1)
    assert grade.data_type == "f" and "优" in grade.value, grade.value
    lo = recalculated([out])[0].worksheets[0]
    # 执行率 = 全年执行数 / 全年预算数 × 100 = 369.405 / 369.405 × 100 = 100
    assert lo[rate.coordinate].value == 100, lo[rate.coordinate].value
    # 结余 = 全年预算数 − 全年执行数 = 369.405 − 369.405 = 0
    assert lo[balance.coordinate].value == 0, lo[balance.coordinate].value
    # 得分 = MIN(100, 100) / 100 × 10 = 10
    assert lo[score.coordinate].value == 10, lo[score.coordinate].value
    # 总分 = 10 (执行) + 20 + 10 + 10 + 10 + 15 + 15 + 10 (指标得分) = 100, 等级 优 (≥ 90)
    assert lo[total_score.coordinate].value == 100, lo[total_score.coordinate].value
    assert lo[grade.coordinate].value == "优", lo[grade.coordinate].value


def test_libreoffice_recalculates_every_filled_sample_to_its_figures():
    outs, templates = [], []
    for k, sample in enumerate(all_samples()):
        doc = export_doc(sample, f"s{k}")
        out, _ = fill(doc, f"s{k}")
        outs.append(out)
        templates.append([f["template"] for f in json.load(open(doc, encoding="utf-8"))["forms"]])
    recalcs = recalculated(outs)
    failures = []
    total = 0
    for out, lo, sheet_templates in zip(outs, recalcs, templates):
        cached = openpyxl.load_workbook(out, data_only=True)
        found = formulas(out)
        # every filled project or department form (their funds compute 执行率 and 得分) keeps formulas
        for i, template in enumerate(sheet_templates):
            if template.startswith(("project-", "department-jinzhong")) and not any(
                    sheet == i and "COUNT(" in f for (sheet, _), f in found.items()):
                failures.append(f"{os.path.basename(out)} sheet {i + 1} ({template}): no formula kept")
        for (sheet, ref), formula in found.items():
            if "COUNT(" not in formula:
                continue  # a clerk's text that starts with "=" ("=100%") is no formula of the form
            total += 1
            want = cached.worksheets[sheet][ref].value
            got = lo.worksheets[sheet][ref].value
            same = want == got or (want in (None, "") and got in (None, "")) or (
                isinstance(want, (int, float)) and isinstance(got, (int, float)) and abs(want - got) <= 1e-9 * max(1, abs(want)))
            if not same:
                failures.append(f"{os.path.basename(out)} sheet {sheet + 1} {ref} {formula}: form {want!r}, LibreOffice {got!r}")
    assert total > 100, total
    assert not failures, "\n".join(failures[:20])


def test_a_figure_the_formula_would_not_give_is_kept_as_written():
    sample = next(p for p in all_samples() if os.path.basename(p) == LOVE)
    doc = export_doc(sample, "love-rate")
    data = json.load(open(doc, encoding="utf-8"))
    record = data["forms"][0]["record"]
    assert record["execution_rate"] == 1
    record["execution_rate"] = 0.99  # the unit wrote 99% where 369.405 / 369.405 is 100%
    with open(doc, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    out, err = fill(doc, "love-rate")
    ws = openpyxl.load_workbook(out).worksheets[0]
    rate = ws.cell(find(ws, "资金总额").row, find(ws, "执行率").column)
    assert rate.data_type == "n" and rate.value == 99, (rate.data_type, rate.value)
    assert "未写公式" in err and rate.coordinate in err, err
    proc = run("export", out, "--format", "json", check=False)
    back = json.loads(proc.stdout)["forms"][0]["record"]
    assert back["execution_rate"] == 0.99, back["execution_rate"]
    assert back == record


if __name__ == "__main__":
    main([test_love_coupon_form_formulas_by_hand, test_libreoffice_recalculates_every_filled_sample_to_its_figures,
          test_a_figure_the_formula_would_not_give_is_kept_as_written])
