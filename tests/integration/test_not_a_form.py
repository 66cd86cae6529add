"""Not a form, not silent (issue 13 point 4): a zip that is another kind of document (.docx,
.odt, .pptx, a plain archive) or a renamed PDF is a named error saying what the file is; `fix` on
such a file, or on a workbook with no known form, refuses with a named error and writes nothing;
a blank standard form is `空白表，未填写` (info) and the summary lists it apart from the
projects; an Excel lock file (~$...) is skipped with a note by every command; `check` and
`export` take folders as `summary` does."""
import glob
import json
import os
import shutil
import tempfile
import zipfile

import openpyxl

from evalbook_test import SAMPLES, all_samples, main, run

TMP = tempfile.mkdtemp(prefix="evalbook-notform-")
SAMPLE = os.path.join(SAMPLES, "004_project_03_变压器更换.xlsx")


def make_zip(name, members):
    path = os.path.join(TMP, name)
    with zipfile.ZipFile(path, "w") as z:
        for member, data in members.items():
            z.writestr(member, data)
    return path


def docx(name="memo.docx"):
    return make_zip(name, {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    })


def check_json(*paths, code=None):
    proc = run("check", *paths, "--format", "json", check=False)
    if code is not None:
        assert proc.returncode == code, (proc.returncode, proc.stderr.decode())
    return json.loads(proc.stdout), proc


def test_other_documents_are_named():
    cases = [
        (docx(), "not_workbook", "Word 文档"),
        (make_zip("slides.xlsx", {"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"}),
         "not_workbook", "PowerPoint"),
        (make_zip("notes.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
         "not_workbook", "OpenDocument 文本文档"),
        (make_zip("sheet.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
         "not_workbook", "OpenDocument 电子表格"),
        (make_zip("photos.xlsx", {"a.jpg": b"\xff\xd8\xff", "b.txt": "x"}), "not_workbook", "普通 zip 压缩包（2 个文件）"),
    ]
    pdf = os.path.join(TMP, "报告.xlsx")
    with open(pdf, "wb") as f:
        f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    cases.append((pdf, "not_zip", "PDF 文件"))
    csv = os.path.join(TMP, "表.xlsx")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("单位,项目\n甲,乙\n")
    cases.append((csv, "not_zip", "文本文件（可能是 CSV）"))
    for path, code, words in cases:
        doc, proc = check_json(path, code=2)
        error = doc["files"][0]["error"]
        assert error and error["code"] == code, (path, doc)
        assert words in error["message"], (path, error)
        assert doc["files"][0]["forms"] == []
        text = run("check", path, check=False)
        assert text.returncode == 2 and f"错误[{code}]" in text.stderr.decode(), text.stderr.decode()
        assert words in text.stderr.decode()


def test_fix_refuses_what_is_no_form():
    out = os.path.join(TMP, "m.xlsx")
    proc = run("fix", docx("memo2.docx"), "-o", out, check=False)
    assert proc.returncode == 2 and "错误[not_workbook]" in proc.stderr.decode(), proc.stderr.decode()
    assert not os.path.exists(out)
    # A real workbook, but no standard form in it.
    other = os.path.join(TMP, "通讯录.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "通讯录"
    wb.active.append(["姓名", "电话"])
    wb.active.append(["张三", "13800000000"])
    wb.save(other)
    proc = run("fix", other, "-o", out, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "错误[no_form]" in err, err
    assert "通讯录" in err and "未写出任何文件" in err, err
    assert not os.path.exists(out)
    assert b"\xe5\xb7\xb2\xe5\x86\x99\xe5\x85\xa5" not in proc.stdout  # no 已写入


def blank_forms():
    folder = os.path.join(TMP, "blank")
    os.makedirs(folder, exist_ok=True)
    for template in ["project-2023", "project-2020", "department-jinzhong-2020", "final-accounts-03"]:
        run("templates", "blank", template, "-o", os.path.join(folder, template + ".xlsx"))
    return folder


def test_blank_form_is_info_and_apart_in_summary():
    folder = blank_forms()
    doc, proc = check_json(folder, code=0)
    assert len(doc["files"]) == 4
    for f in doc["files"]:
        assert len(f["forms"]) == 1, f
        findings = f["forms"][0]["findings"]
        assert [(x["rule"], x["severity"], x["message"]) for x in findings] == [
            ("blank_form", "info", "空白表，未填写")], (f["file"], findings)
    # No sample is blank: each has some finding or figure of its own.
    doc, _ = check_json(*all_samples())
    assert not any(x["rule"] == "blank_form" for f in doc["files"] for form in f["forms"] for x in form["findings"])
    # Summary: the two blank project forms are no project rows; each blank form is listed apart.
    mixed = os.path.join(TMP, "mixed")
    shutil.copytree(folder, mixed)
    shutil.copy(SAMPLE, mixed)
    out = os.path.join(TMP, "汇总.xlsx")
    proc = run("summary", mixed, "-o", out, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    wb = openpyxl.load_workbook(out)
    rows = list(wb["项目汇总"].iter_rows(min_row=4, values_only=True))
    assert [r[3] for r in rows[:-1]] == ["变压器更换"], rows  # the one filled project form
    assert rows[-1][1] == "合计（1 个项目）", rows[-1]
    blank_rows = [r for r in wb["空白表"].iter_rows(min_row=2, values_only=True) if any(r)]
    blank_files = sorted(os.path.basename(str(r[1])) for r in blank_rows if r[1] and str(r[1]).endswith(".xlsx"))
    assert blank_files == sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.xlsx"))), blank_rows
    text = "\n".join(str(c) for row in wb["项目汇总"].iter_rows(values_only=True) for c in row if c is not None)
    assert "project-2023.xlsx" not in text and "project-2020.xlsx" not in text
    assert "空白表 4 个" in proc.stderr.decode(), proc.stderr.decode()


def test_lock_files_are_skipped_with_a_note():
    folder = os.path.join(TMP, "收件")
    os.makedirs(folder, exist_ok=True)
    shutil.copy(SAMPLE, folder)
    lock = os.path.join(folder, "~$" + os.path.basename(SAMPLE))
    with open(lock, "wb") as f:
        f.write(b"\x0bsomebody" + b"\x00" * 150)  # what Excel writes: the owner's name, padded
    note = "已跳过 " + lock
    doc, proc = check_json(folder)
    assert [os.path.basename(f["file"]) for f in doc["files"]] == [os.path.basename(SAMPLE)]
    assert note in proc.stderr.decode() and "临时锁定文件" in proc.stderr.decode()
    proc = run("check", lock, check=False)
    assert proc.returncode == 0 and note.replace(lock, lock) in proc.stderr.decode(), proc.stderr.decode()
    proc = run("export", folder, "--format", "json", check=False)
    assert proc.returncode == 0 and note in proc.stderr.decode()
    assert len(json.loads(proc.stdout)["forms"]) == 1
    out = os.path.join(TMP, "s.xlsx")
    proc = run("summary", folder, "-o", out, check=False)
    assert note in proc.stderr.decode(), proc.stderr.decode()
    assert "无法读取 0 个文件" in proc.stderr.decode()
    fixed = os.path.join(TMP, "f.xlsx")
    proc = run("fix", lock, "-o", fixed, check=False)
    assert proc.returncode == 2 and "错误[lock_file]" in proc.stderr.decode()
    assert not os.path.exists(fixed)


def test_check_takes_folders_and_zips():
    doc, _ = check_json(SAMPLES)
    found = sorted(os.path.relpath(f["file"], SAMPLES) for f in doc["files"])
    expected = sorted(os.path.relpath(p, SAMPLES) for p in all_samples())
    assert found == expected, (found, expected)
    archive = os.path.join(TMP, "两份.zip")
    with zipfile.ZipFile(archive, "w") as z:
        for p in all_samples()[:2]:
            z.write(p, os.path.basename(p))
    doc, _ = check_json(archive)
    assert [f["file"] for f in doc["files"]] == [archive + "/" + os.path.basename(p) for p in all_samples()[:2]]
    assert all(f["forms"] for f in doc["files"])
    # Arguments keep their order: a file given before a folder comes first.
    doc, _ = check_json(all_samples()[-1], os.path.join(SAMPLES, "multi_sheet"))
    assert doc["files"][0]["file"] == all_samples()[-1]
    # A folder without workbooks is said.
    empty = os.path.join(TMP, "空")
    os.makedirs(empty, exist_ok=True)
    proc = run("check", empty, check=False)
    assert proc.returncode == 2 and "错误[no_input]" in proc.stderr.decode()


if __name__ == "__main__":
    main([test_other_documents_are_named, test_fix_refuses_what_is_no_form,
          test_blank_form_is_info_and_apart_in_summary, test_lock_files_are_skipped_with_a_note,
          test_check_takes_folders_and_zips])
