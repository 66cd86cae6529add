"""evalbook fix on every sample whose check reports errors, checked with independent readers:
python3-openpyxl sees the corrected cells hold the recomputed values in their own style plus a
fill, each with a note naming its rule; the added sheet 校验结果 lists every finding (frozen header,
autofilter, a hyperlink to each cell); `check` on the output reports none of the corrected errors;
every zip entry but the touched sheets, styles.xml, the workbook-level parts and the new parts is
byte-identical; LibreOffice converts every output; the input never changes, and --in-place
replaces it only keeping FILE.bak. Also: notes added to a workbook that has notes already."""
import copy
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

from evalbook_test import SAMPLES, main, run, all_samples, raw_entries, sha, sheet_parts

TMP = tempfile.mkdtemp(prefix="evalbook-fix-")
HEADER = ("工作表", "单元格", "级别", "填报值", "复核值", "处理", "说明", "规则代码")
MARKER = "校验结果（evalbook fix 生成"
FILLS = {"corrected": "FFFFFF00", "错误": "FFFFC7CE", "警告": "FFFFD8A8"}
SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}
WORKBOOK_LEVEL = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                  "docProps/app.xml"}  # app.xml lists the sheets, 校验结果 among them


samples = all_samples


def findings(path):
    """[(sheet, cell, rule, severity, expected)] from check --format json."""
    proc = run("check", path, "--format", "json", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    doc = json.loads(proc.stdout)
    out = []
    for f in doc["files"]:
        for form in f["forms"]:
            for x in form["findings"]:
                out.append((x["sheet"], x["cell"], x["rule"], x["severity"], x["expected"]))
    return out


def style(proxy):
    """A cell's font/border/fill/alignment as a plain comparable object (not openpyxl's proxy)."""
    return copy.copy(proxy)


def quoted(name):
    return "'" + name.replace("'", "''") + "'"


def number_of(text):
    return float(text.strip().rstrip("%").replace(",", ""))


def check_corrected_value(src_cell, dst_cell, expected, rule):
    if rule == "grade":
        assert dst_cell.value == expected, (dst_cell.coordinate, dst_cell.value, expected)
        return
    if isinstance(src_cell.value, str):
        assert isinstance(dst_cell.value, str) and number_of(dst_cell.value) == number_of(expected), (dst_cell.coordinate, dst_cell.value, expected)
        return
    want = number_of(expected)
    if "%" in src_cell.number_format:
        want /= 100  # a percent-formatted cell holds the fraction
    assert isinstance(dst_cell.value, (int, float)), (dst_cell.coordinate, dst_cell.value)
    assert abs(dst_cell.value - want) < 1e-9 * max(1, abs(want)), (dst_cell.coordinate, dst_cell.value, want)


def fix_sample(path):
    before = sha(path)
    out = os.path.join(TMP, os.path.basename(path))
    proc = run("fix", path, "-o", out, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    assert sha(path) == before, "the input was modified"
    return out, proc


def check_fixed(path):
    input_findings = findings(path)
    out, proc = fix_sample(path)
    src = openpyxl.load_workbook(path)
    dst = openpyxl.load_workbook(out)
    assert dst.sheetnames == src.sheetnames + ["校验结果"], dst.sheetnames

    # 校验结果: the marker, the legend, the header, one row per finding, links, frozen header, filter.
    ws = dst["校验结果"]
    rows = list(ws.iter_rows(values_only=True))
    assert str(rows[0][0]).startswith(MARKER), rows[0]
    legend = {r[0]: ws.cell(row=i, column=1).fill.fgColor.rgb for i, r in enumerate(rows[:6], start=1)}
    assert legend["已更正"] == FILLS["corrected"] and legend["错误"] == FILLS["错误"] and legend["警告"] == FILLS["警告"], legend
    h = rows.index(HEADER) + 1  # 1-based header row
    body = [tuple("" if v is None else v for v in r) for r in rows[h:]]
    assert ws.freeze_panes == f"A{h + 1}", ws.freeze_panes
    assert ws.auto_filter.ref == f"A{h}:H{len(rows)}", ws.auto_filter.ref
    listed = [(r[0], r[1], r[7]) for r in body]
    for sheet, cell, rule, severity, expected in input_findings:
        assert (sheet, cell, rule) in listed, ("finding not listed", sheet, cell, rule)
        row = body[listed.index((sheet, cell, rule))]
        assert row[2] == SEVERITY[severity], row
    extra = len(body) - len(input_findings)
    assert extra >= 0, "fewer rows than findings"
    for i, r in enumerate(body, start=h + 1):
        link = ws.cell(row=i, column=2).hyperlink
        if r[1]:
            assert link is not None and link.location == f"{quoted(r[0])}!{r[1]}", (i, link and link.location)
        # No field path and no rule code outside the 规则代码 column.
        assert not re.search(r"[a-z_]+\[\d+\]|[a-z]+_[a-z]+", " ".join(str(v) for v in r[:7])), r

    # The corrected cells: value, own style plus a yellow fill, a note with the old and new value.
    corrected = [r for r in body if r[5].startswith("已更正")]
    if any(s == "error" for _, _, _, s, _ in input_findings):
        assert corrected or proc.returncode == 1, "errors found, none corrected, yet exit 0"
    touched = set()
    for sheet, cell, severity, reported, expected, handling, note, rule in corrected:
        s, d = src[sheet][cell], dst[sheet][cell]
        check_corrected_value(s, d, expected, rule)
        assert d.number_format == s.number_format, (cell, d.number_format, s.number_format)
        assert style(d.font) == style(s.font), (cell, "font changed")
        assert style(d.border) == style(s.border), (cell, "border changed")
        assert style(d.alignment) == style(s.alignment), (cell, "alignment changed")
        assert d.fill.fill_type == "solid" and d.fill.fgColor.rgb == FILLS["corrected"], (cell, d.fill)
        assert d.comment is not None and "已更正" in d.comment.text and expected in d.comment.text, \
            (cell, d.comment and d.comment.text)
        touched.add(sheet)
    # Errors left for a person and warnings: value kept, their colour, a note with the message.
    fixed_cells = {(r[0], r[1]) for r in corrected}
    marked = {}
    for sheet, cell, severity, reported, expected, handling, note, rule in body:
        if severity in ("错误", "警告") and cell and (sheet, cell) not in fixed_cells:
            if marked.get((sheet, cell)) != "错误":
                marked[(sheet, cell)] = severity
    for (sheet, cell), severity in marked.items():
        s, d = src[sheet][cell], dst[sheet][cell]
        assert d.value == s.value, (cell, d.value, s.value)
        if isinstance(d, openpyxl.cell.cell.MergedCell):
            continue  # a cell inside a merged range shows the range's first cell, not its own style
        assert d.fill.fgColor.rgb == FILLS[severity], (cell, severity, d.fill.fgColor.rgb)
        assert d.comment is not None and severity in d.comment.text, (cell, d.comment and d.comment.text)
        touched.add(sheet)
    # Other cells keep value, style and have no new note.
    for name in src.sheetnames:
        for row in src[name].iter_rows():
            for c in row:
                if (name, c.coordinate) in fixed_cells or (name, c.coordinate) in marked:
                    continue
                d = dst[name][c.coordinate]
                assert (d.value, d.number_format, style(d.fill), style(d.font), style(d.border)) == \
                    (c.value, c.number_format, style(c.fill), style(c.font), style(c.border)), (name, c.coordinate)

    # check on the output: no corrected error is left; what is left fix declared uncorrected.
    after = findings(out)
    fixed = {(r[0], r[1], r[7]) for r in corrected}
    left_errors = [(s, c, r) for s, c, r, sev, _ in after if sev == "error"]
    for key in left_errors:
        assert key not in fixed, ("corrected error reported again", key)
        assert key in listed, ("error in the output not listed in 校验结果", key)
        row = body[listed.index(key)]
        assert not row[5].startswith("已更正"), row
    assert (proc.returncode == 1) == bool(left_errors), (proc.returncode, left_errors)

    # Bytes: only the touched sheets, their rels, styles and the workbook-level parts changed.
    a, b = raw_entries(path), raw_entries(out)
    assert set(a) <= set(b), set(a) - set(b)
    parts = sheet_parts(path)
    allowed = set(WORKBOOK_LEVEL)
    for sheet in touched:
        part = parts[sheet]
        allowed.add(part)
        allowed.add(os.path.dirname(part) + "/_rels/" + os.path.basename(part) + ".rels")
    for name in a:
        if name in allowed:
            continue
        assert a[name] == b[name], f"{name} is not byte-identical"
    new_parts = set(b) - set(a)
    assert sheet_parts(out)["校验结果"] in new_parts
    return out


OUTPUTS = []


def make_sample_test(path):
    def test():
        OUTPUTS.append(check_fixed(path))
    test.__name__ = "fix:" + os.path.relpath(path, SAMPLES)
    return test


def libreoffice_converts(files):
    profile = tempfile.mkdtemp(prefix="evalbook-lo-")
    outdir = os.path.join(TMP, "csv")
    os.makedirs(outdir, exist_ok=True)
    try:
        proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                               "--convert-to", "csv", "--outdir", outdir, *files],
                              capture_output=True, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    for f in files:
        csv = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + ".csv")
        assert os.path.exists(csv) and os.path.getsize(csv) > 0, f"LibreOffice did not convert {f}"


def test_libreoffice_opens_every_output():
    assert OUTPUTS, "no outputs to convert"
    libreoffice_converts(OUTPUTS)


def test_at_least_the_known_samples_have_errors():
    names = {os.path.basename(p) for p in OUTPUTS}
    for stem in ("004_project_04", "004_project_12", "001_project"):
        assert any(n.startswith(stem) for n in names), (stem, sorted(names))


def test_in_place_keeps_a_backup():
    src = next(p for p in samples() if os.path.basename(p).startswith("004_project_04"))
    work = os.path.join(TMP, "inplace")
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "form.xlsx")
    shutil.copy(src, path)
    before = sha(path)
    proc = run("fix", path, "--in-place", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    assert sha(path + ".bak") == before, "FILE.bak is not the original"
    assert sha(path) != before
    assert "校验结果" in openpyxl.load_workbook(path).sheetnames
    assert sorted(os.listdir(work)) == ["form.xlsx", "form.xlsx.bak"], os.listdir(work)
    # A second run never overwrites the first backup.
    run("fix", path, "--in-place", check=False)
    assert sha(path + ".bak") == before
    assert os.path.exists(path + ".bak.1")


def test_refuses_to_overwrite_input_and_bad_usage():
    src = os.path.join(TMP, "copy.xlsx")
    shutil.copy(next(p for p in samples() if os.path.basename(p).startswith("004_project_04")), src)
    before = sha(src)
    proc = run("fix", src, "-o", src, check=False)
    assert proc.returncode == 2 and b"[bad_argument]" in proc.stderr, proc.stderr
    assert sha(src) == before
    proc = run("fix", src, check=False)
    assert proc.returncode == 2 and b"[bad_argument]" in proc.stderr
    proc = run("fix", os.path.join(TMP, "absent.xlsx"), "-o", os.path.join(TMP, "x.xlsx"), check=False)
    assert proc.returncode == 2
    assert not os.path.exists(os.path.join(TMP, "x.xlsx"))


def test_clean_sample_gets_only_the_result_sheet():
    clean = None
    for p in samples():
        if not any(s in ("error", "warning") for _, _, _, s, _ in findings(p)):
            clean = p
            break
    assert clean, "no sample without errors"
    out, proc = fix_sample(clean)
    assert proc.returncode == 0, proc.stdout
    a, b = raw_entries(clean), raw_entries(out)
    for name in a:
        if name not in WORKBOOK_LEVEL:
            assert a[name] == b[name], f"{name} changed though nothing was corrected"
    assert "校验结果" in openpyxl.load_workbook(out).sheetnames


def test_notes_added_to_a_workbook_with_notes():
    """A workbook that has notes already (saved by openpyxl: its own comments part and VML): the
    old notes stay, the corrected cell's note gets the rule appended, new notes are added."""
    src = next(p for p in samples() if os.path.basename(p).startswith("001_project"))
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    # 参加展会情况 H18: a rule result (10 x 2 ÷ 3 = 6.67), written with --apply-rules.
    corrected = [(c, r) for s, c, r, sev, _ in findings(src) if sev == "error" and r == "indicator_score_quantitative"]
    assert corrected, "001_project: expected an indicator_score_quantitative error"
    cell = corrected[0][0]
    ws["A2"].comment = openpyxl.comments.Comment("原有批注", "审核人")
    ws[cell].comment = openpyxl.comments.Comment("已有说明", "审核人")
    path = os.path.join(TMP, "with_notes.xlsx")
    wb.save(path)
    out = os.path.join(TMP, "with_notes_fixed.xlsx")
    proc = run("fix", path, "-o", out, "--apply-rules", check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    d = openpyxl.load_workbook(out).worksheets[0]
    assert d["A2"].comment is not None and d["A2"].comment.text == "原有批注"
    assert "已有说明" in d[cell].comment.text and "6.67" in d[cell].comment.text
    notes = [c for row in d.iter_rows() for c in row if c.comment]
    # A2, the corrected H18, and the marks of F6, G13 (分值, errors) and the warnings H13-H19.
    assert len(notes) >= 5, [c.coordinate for c in notes]
    with zipfile.ZipFile(path) as z_in, zipfile.ZipFile(out) as z_out:
        vml_in = [n for n in z_in.namelist() if n.endswith(".vml")]
        vml_out = [n for n in z_out.namelist() if n.endswith(".vml")]
        assert vml_in == vml_out, (vml_in, vml_out)  # the existing drawing got the new boxes
        text = z_out.read(vml_out[0]).decode()
        assert text.count('ObjectType="Note"') == len(notes), text.count('ObjectType="Note"')
        comment_parts = [n for n in z_out.namelist() if re.search(r"comment", n, re.I) and n.endswith(".xml")]
        assert len(comment_parts) == 1, comment_parts
    libreoffice_converts([out])


def test_fix_of_its_own_output_replaces_its_result_sheet():
    """A second fix of a corrected workbook replaces the 校验结果 sheet (recognised by the marker in
    its A1) instead of adding 校验结果 (2); the replaced sheet lists the findings of the second run."""
    src = next(p for p in samples() if os.path.basename(p).startswith("001_project"))
    first = os.path.join(TMP, "again-1.xlsx")
    second = os.path.join(TMP, "again-2.xlsx")
    run("fix", src, "-o", first, "--apply-rules", check=False)
    proc = run("fix", first, "-o", second, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    assert "已替换上次运行生成的校验结果表" in proc.stdout.decode(), proc.stdout.decode()
    wb = openpyxl.load_workbook(second)
    assert wb.sheetnames == openpyxl.load_workbook(src).sheetnames + ["校验结果"], wb.sheetnames
    rows = list(wb["校验结果"].iter_rows(values_only=True))
    assert str(rows[0][0]).startswith(MARKER)
    h = rows.index(HEADER) + 1
    body = rows[h:]
    # After --apply-rules the second run finds no rule error at H18 any more; the 分值 stay wrong.
    assert not any(r[1] == "H18" and r[2] == "错误" for r in body), body
    assert any(r[1] == "F6" and r[7] == "execution_weight" for r in body), body
    assert wb["校验结果"].auto_filter.ref == f"A{h}:H{len(rows)}"
    libreoffice_converts([second])


def test_formula_replaced_by_a_value_is_said():
    """A wrong figure that was a formula: the screen, the 校验结果 row and the note say the formula
    was replaced by a value. 002 工作经费 F23 完成进度 written as =118/100 (118%, LibreOffice keeps the
    cached value): 18 ÷ 10 = 180% is written as the value 1.8."""
    src = next(p for p in samples() if "招商引资工作经费" in os.path.basename(p) and "multi" not in p)
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    assert ws["F23"].value in (1.18, "118%"), ws["F23"].value
    ws["F23"] = "=118/100"
    ws["F23"].number_format = "0%"
    raw = os.path.join(TMP, "formula-raw.xlsx")
    wb.save(raw)
    outdir = os.path.join(TMP, "formula")
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="evalbook-lo-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx", "--outdir", outdir, raw], capture_output=True, timeout=600, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    path = os.path.join(outdir, "formula-raw.xlsx")
    out = os.path.join(TMP, "formula-fixed.xlsx")
    proc = run("fix", path, "-o", out, check=False)
    screen = proc.stdout.decode()
    assert "F23" in screen and "原为公式 =118/100，已改为数值" in screen, screen
    d = openpyxl.load_workbook(out)
    assert abs(d.worksheets[0]["F23"].value - 1.8) < 1e-9, d.worksheets[0]["F23"].value
    rows = list(d["校验结果"].iter_rows(values_only=True))
    row = next(r for r in rows if r[1] == "F23")
    assert row[5] == "已更正（公式改为数值）" and row[6].startswith("原为公式 =118/100，已改为数值。"), row
    assert "1 个原为公式" in " ".join(str(v) for r in rows[:6] for v in r if v), rows[:6]
    assert "原为公式 =118/100" in d.worksheets[0]["F23"].comment.text


if __name__ == "__main__":
    with_errors = [p for p in samples() if any(s == "error" for _, _, _, s, _ in findings(p))]
    tests = [make_sample_test(p) for p in with_errors]
    tests += [test_libreoffice_opens_every_output, test_at_least_the_known_samples_have_errors,
              test_in_place_keeps_a_backup, test_refuses_to_overwrite_input_and_bad_usage,
              test_clean_sample_gets_only_the_result_sheet, test_notes_added_to_a_workbook_with_notes,
              test_fix_of_its_own_output_replaces_its_result_sheet, test_formula_replaced_by_a_value_is_said]
    try:
        main(tests)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
