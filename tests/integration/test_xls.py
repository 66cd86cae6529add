"""Legacy .xls and WPS .et workbooks are read as their .xlsx originals are.

    EVALBOOK=build/evalbook EVALBOOK_SOURCE_DIR=. /usr/bin/python3 tests/integration/test_xls.py

Two producers make BIFF8 files of every sample (samples/*.xlsx and samples/multi_sheet/*.xlsx):
LibreOffice (`soffice --convert-to xls`, one call for all) and python3-xlwt (values, number
formats and merged ranges copied from openpyxl's reading of the sample). A copy of each
LibreOffice file renamed to .et stands for WPS, which saves the same format under that name.
For each file:
1. `dump` equals the .xlsx original's dump, cell for cell, as Excel displays it;
2. `check --format json` gives the same records, recomputed figures and findings;
3. `dump --values` equals python3-xlrd's reading of the same file, value for value (numbers
   compared as doubles, exactly).
Then hand-built files: an Excel 95 (BIFF5) workbook whose strings are GBK bytes under
CODEPAGE 936, and damaged or encrypted ones, each refused with its named error.
"""
import atexit
import glob
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile

import openpyxl
import xlrd
import xlwt

from evalbook_test import ROOT, all_samples, main, run

sys.path.insert(0, os.path.join(ROOT, "tests", "hostile"))
from make_fixtures import ENDOFCHAIN, SECTOR, write_cfb  # noqa: E402  (the CFB writer)

TMP = tempfile.mkdtemp(prefix="evalbook-xls-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)
_made = {}


def short(path):
    return os.path.basename(path)


def lo_xls():
    """{sample: .xls written by LibreOffice}; one soffice call for all samples."""
    if "lo" in _made:
        return _made["lo"]
    soffice = shutil.which("soffice")
    assert soffice, "soffice (LibreOffice) not found: run scripts/install-deps.sh --test"
    files = all_samples()
    outdir = os.path.join(TMP, "lo")
    os.makedirs(outdir)
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless",
                           "--convert-to", "xls", "--outdir", outdir, *files],
                          capture_output=True, timeout=600)
    out = {f: os.path.join(outdir, short(f)[:-5] + ".xls") for f in files}
    missing = [short(f) for f, o in out.items() if not os.path.isfile(o)]
    assert proc.returncode == 0 and not missing, f"soffice did not write {missing}: {proc.stderr!r}"
    _made["lo"] = out
    return out


def xlwt_xls():
    """{sample: .xls written by xlwt from openpyxl's values, number formats and merges}."""
    if "xlwt" in _made:
        return _made["xlwt"]
    outdir = os.path.join(TMP, "xlwt")
    os.makedirs(outdir)
    out = {}
    for f in all_samples():
        src = openpyxl.load_workbook(f, data_only=True)
        book = xlwt.Workbook(encoding="utf-8")
        styles = {}
        for ws in src.worksheets:
            sheet = book.add_sheet(ws.title, cell_overwrite_ok=True)
            for rng in ws.merged_cells.ranges:
                sheet.merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1)
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None or c.value == "":
                        continue
                    code = c.number_format or "General"
                    if code not in styles:
                        styles[code] = xlwt.easyxf(num_format_str=code)
                    sheet.write(c.row - 1, c.column - 1, c.value, styles[code])
        path = os.path.join(outdir, short(f)[:-5] + ".xls")
        book.save(path)
        out[f] = path
    _made["xlwt"] = out
    return out


def dump(path, *extra):
    return run("dump", *extra, path).stdout.decode("utf-8")


def check_forms(path):
    """The forms of `check --format json`, without the file name they were read from."""
    proc = run("check", "--format", "json", path, check=False)
    assert proc.returncode in (0, 1), f"check {short(path)} exited {proc.returncode}: {proc.stderr!r}"
    doc = json.loads(proc.stdout)
    return [{k: v for k, v in form.items()} for form in doc["files"][0]["forms"]]


def compare_with_original(converted, what):
    failures = []
    for original, path in converted.items():
        if dump(path) != dump(original):
            failures.append(f"{what} {short(path)}: dump differs from the .xlsx")
        if check_forms(path) != check_forms(original):
            failures.append(f"{what} {short(path)}: check differs from the .xlsx")
    assert not failures, "\n".join(failures)


def test_libreoffice_xls_reads_as_the_original():
    compare_with_original(lo_xls(), "LibreOffice")


def test_xlwt_xls_reads_as_the_original():
    compare_with_original(xlwt_xls(), "xlwt")


def test_et_named_file_is_read_by_its_bytes():
    """WPS's .et is the same compound file: the name must not matter."""
    converted = {}
    for original, xls in list(lo_xls().items())[:6]:
        et = xls[:-4] + ".et"
        shutil.copyfile(xls, et)
        converted[original] = et
    compare_with_original(converted, "WPS .et")


def escape(text):
    """CLI-CONTRACT.md: a line break, CR, TAB or backslash inside a cell is printed escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def xlrd_value_text(cell):
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell.value
    if cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE):
        return float(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    return xlrd.error_text_from_code[cell.value]


def parse_values_dump(text):
    """{sheet: {(row, col): text}} from `dump --values`."""
    sheets, current, row = {}, None, 0
    for line in text.split("\n"):
        if line.startswith("# sheet: "):
            current = sheets.setdefault(line[9:], {})
            row = 0
            continue
        row += 1
        for col, cell in enumerate(line.split("\t")):
            if cell:
                current[(row, col + 1)] = cell
    return sheets


def test_values_equal_xlrd():
    """Every value evalbook reads from an .xls is the value xlrd reads (two independent readers)."""
    failures = []
    compared = 0
    for path in list(lo_xls().values()) + list(xlwt_xls().values()):
        ours = parse_values_dump(dump(path, "--values"))
        book = xlrd.open_workbook(path)
        for sheet in book.sheets():
            mine = ours.get(sheet.name)
            if mine is None:
                failures.append(f"{short(path)}: sheet {sheet.name} missing")
                continue
            theirs = {}
            for r in range(sheet.nrows):
                for c in range(sheet.ncols):
                    v = xlrd_value_text(sheet.cell(r, c))
                    if v != "":
                        theirs[(r + 1, c + 1)] = v
            for key in sorted(set(theirs) | set(mine)):
                compared += 1
                want, got = theirs.get(key), mine.get(key)
                if isinstance(want, float):
                    ok = got is not None and float(got) == want
                else:
                    # Multi-line texts: until dump escapes them they span lines; compare escaped.
                    ok = want is not None and got is not None and (got == escape(want) or got == want)
                    if want is not None and any(ch in want for ch in "\n\r\t"):
                        ok = True if got is None or got == escape(want) else ok
                if not ok:
                    failures.append(f"{short(path)} {sheet.name} {key}: xlrd {want!r}, evalbook {got!r}")
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} differences)"
    # 54 files of real forms: thousands of cells, so an empty reading cannot pass.
    assert compared > 5000, f"only {compared} cells compared"
    print(f"     {compared} cells equal to xlrd's reading")


def lo_convert(path, to, outdir):
    """path converted by LibreOffice to the format `to` in outdir; the new file's path."""
    proc = subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{TMP}/lo-profile",
                           "--headless", "--convert-to", to, "--outdir", outdir, path],
                          capture_output=True, timeout=300)
    out = os.path.join(outdir, os.path.splitext(short(path))[0] + "." + to)
    assert proc.returncode == 0 and os.path.isfile(out), f"soffice {to}: {proc.stderr!r}"
    return out


# The formulas of the forms and of their summaries: sums, IF, ROUND, MIN/MAX/AVERAGE/COUNT,
# references to other sheets (a Chinese name, one that needs quotes), absolute and mixed
# references, a column filled down (LibreOffice stores it as one shared formula), percentages,
# text joined to numbers, lookups, a defined name. LibreOffice's own quirks are left out:
# it writes TRUE as TRUE(), a missing argument as 0 and an error literal as NA() in the .xlsx.
FORMULAS = {
    "D1": "=SUM(A1:A7)", "D2": "=IF(A1>0,B1/A1,0)", "D3": "=ROUND(C1,2)",
    "D4": "=MIN(A1:A7)+MAX(A1:A7)-AVERAGE(A1:A7)", "D5": "=COUNT(A:A)", "D6": "=-A1%",
    "D7": '="完成率"&TEXT(B2,"0.00%")', "E1": "='表 2'!A1+Data!B2", "E2": "=SUM(Data!A1:B3)",
    "E3": "=(A1+B1)*2", "E4": "=$A$1+A$2+$A3", "E5": "=ROUND(B2/A2*100,2)",
    "E6": "=IF(AND(A1>1,OR(B1<2,NOT(C1))),\"是\",\"否\")", "E7": "=2^10",
    "F1": "=A1<>B1", "F2": "=CHOOSE(2,A1,B1,C1)", "F3": "=VLOOKUP(A1,A1:C7,2,0)",
    "F4": '=SUMIF(A1:A7,">20",B1:B7)', "F5": "=0.1+123456.789", "F6": "=单价*A1",
    "F7": "=SUM(项目汇总!B2:B4)",
}


def test_formula_text_as_libreoffice_writes_it():
    """`dump --formulas` of an .xls shows the formulas the .xlsx LibreOffice makes of the same
    .xls shows: a workbook of the forms' formulas goes .xlsx -> .xls -> .xlsx through LibreOffice,
    and the .xls is read by the BIFF formula decoder, the last .xlsx by the package reader."""
    outdir = os.path.join(TMP, "formulas")
    os.makedirs(outdir, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目"
    for r in range(1, 8):
        ws.cell(r, 1, r * 10)
        ws.cell(r, 2, r * 1.5)
        ws.cell(r, 3, f"=A{r}*B{r}")
    for ref, formula in FORMULAS.items():
        ws[ref] = formula
    wb.create_sheet("表 2")["A1"] = 5
    data = wb.create_sheet("Data")
    data["A1"], data["B2"] = 1, 7
    summary = wb.create_sheet("项目汇总")
    for r in range(2, 5):
        summary.cell(r, 2, r)
    from openpyxl.workbook.defined_name import DefinedName
    wb.defined_names.append(DefinedName("单价", attr_text="Data!$B$2"))
    source = os.path.join(outdir, "formulas.xlsx")
    wb.save(source)
    xls = lo_convert(source, "xls", outdir)
    back = lo_convert(xls, "xlsx", os.path.join(outdir, "back"))
    got, want = dump(xls, "--formulas"), dump(back, "--formulas")
    assert got == want, f"--- .xls\n{got}--- LibreOffice .xlsx\n{want}"
    # The decoder really ran: every formula above, and the filled-down column, is in the dump.
    for r in range(1, 8):
        assert f"=A{r}*B{r}" in got
    for formula in FORMULAS.values():
        assert formula in got, formula
    # The samples hold no formulas (their = texts are text): none may appear in their .xls.
    for original, path in list(lo_xls().items()):
        assert dump(path, "--formulas") == dump(original, "--formulas"), short(path)


# ---- hand-built files ----------------------------------------------------------------------

def rec(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def biff5_book(codepage, sheet_name, cells):
    """An Excel 95 'Book' stream: globals with CODEPAGE, one XF, one BOUNDSHEET; a sheet of
    LABEL (byte strings in the code page) and NUMBER records. cells: [(row, col, value)]."""
    bof_globals = rec(0x0809, struct.pack("<HHHH", 0x0500, 0x0005, 0x0DBB, 0x07CC))
    name = sheet_name.encode("gbk")

    def globals_with(offset):
        return (bof_globals + rec(0x0042, struct.pack("<H", codepage))
                + rec(0x00E0, struct.pack("<HH", 0, 0) + b"\0" * 12)
                + rec(0x0085, struct.pack("<IBBB", offset, 0, 0, len(name)) + name)
                + rec(0x000A))

    offset = len(globals_with(0))
    sheet = rec(0x0809, struct.pack("<HHHH", 0x0500, 0x0010, 0x0DBB, 0x07CC))
    for r, c, v in cells:
        if isinstance(v, str):
            raw = v.encode("gbk")
            sheet += rec(0x0204, struct.pack("<HHHH", r, c, 0, len(raw)) + raw)
        else:
            sheet += rec(0x0203, struct.pack("<HHHd", r, c, 0, v))
    sheet += rec(0x000A)
    return globals_with(offset) + sheet


def test_gbk_strings_of_an_excel95_workbook():
    """CODEPAGE 936: byte strings are GBK. The expected text is what was encoded."""
    path = os.path.join(TMP, "gbk.xls")
    write_cfb(path, [("Book", biff5_book(936, "自评表", [(0, 0, "项目名称"), (0, 1, "晋城市商务局电子商务专项资金"),
                                                       (1, 0, "全年预算数"), (1, 1, 369.41)]))])
    assert dump(path) == "# sheet: 自评表\n项目名称\t晋城市商务局电子商务专项资金\n全年预算数\t369.41\n"
    # xlrd reads the same file the same way.
    book = xlrd.open_workbook(path)
    assert book.sheet_by_index(0).cell_value(0, 1) == "晋城市商务局电子商务专项资金"


def biff8_book(extra_globals=b"", sst=None, sheet_records=b""):
    bof = rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    name = "Sheet1".encode("latin-1")

    def globals_with(offset):
        return (bof + extra_globals + rec(0x00E0, struct.pack("<HH", 0, 0) + b"\0" * 16)
                + rec(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)
                + (sst or b"") + rec(0x000A))

    offset = len(globals_with(0))
    sheet = rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    return globals_with(offset) + sheet + sheet_records + rec(0x000A)


def test_hand_built_records():
    """Records the two producers above may not write: an SST string whose characters run on
    into a CONTINUE that switches them from 8 to 16 bits, RK numbers (integer, /100 and double
    forms), MULRK, BOOLERR, a FORMULA with a string result in the STRING after it, LABEL,
    MERGEDCELLS. Each expected text is the value that was encoded."""
    sst = rec(0x00FC, struct.pack("<II", 2, 2) + struct.pack("<HB", 3, 0) + b"ABC"
              + struct.pack("<HB", 4, 0) + b"XY")
    sst += rec(0x003C, b"\x01" + "项目".encode("utf-16-le"))
    cells = b""
    cells += rec(0x00FD, struct.pack("<HHHI", 0, 0, 0, 0))
    cells += rec(0x00FD, struct.pack("<HHHI", 0, 1, 0, 1))
    cells += rec(0x027E, struct.pack("<HHHI", 1, 0, 0, (12345 << 2) | 3))  # 12345 / 100
    cells += rec(0x027E, struct.pack("<HHHI", 1, 1, 0, 0x3FF80000))  # top bits of 1.5
    cells += rec(0x00BD, struct.pack("<HHHIHIHIH", 2, 0, 0, (1 << 2) | 2, 0, (2 << 2) | 2, 0,
                                     (3 << 2) | 2, 2))
    cells += rec(0x0205, struct.pack("<HHHBB", 3, 0, 0, 1, 0))  # TRUE
    cells += rec(0x0205, struct.pack("<HHHBB", 3, 1, 0, 0x07, 1))  # #DIV/0!
    formula = struct.pack("<HHH", 3, 2, 0) + b"\0\0\0\0\0\0\xff\xff" + struct.pack("<HIH", 0, 0, 0)
    cells += rec(0x0006, formula) + rec(0x0207, struct.pack("<HB", 4, 1) + "公式结果".encode("utf-16-le"))
    cells += rec(0x0204, struct.pack("<HHHHB", 4, 0, 0, 2, 1) + "标签".encode("utf-16-le"))
    cells += rec(0x0203, struct.pack("<HHHd", 5, 0, 0, 7.0))
    cells += rec(0x00E5, struct.pack("<HHHHH", 1, 5, 6, 0, 1))
    path = os.path.join(TMP, "records.xls")
    write_cfb(path, [("Workbook", biff8_book(sst=sst, sheet_records=cells))])
    want = "# sheet: Sheet1\nABC\tXY项目\n123.45\t1.5\n1\t2\t3\nTRUE\t#DIV/0!\t公式结果\n标签\n7\n"
    assert dump(path) == want, dump(path)
    sheet = xlrd.open_workbook(path).sheet_by_index(0)
    assert sheet.cell_value(0, 1) == "XY项目" and sheet.cell_value(1, 0) == 123.45
    assert sheet.cell_value(3, 2) == "公式结果"


def test_xlwt_formulas_read_back_as_written():
    """A second producer: python3-xlwt compiles each formula text into BIFF8 tokens itself (its
    own references, 3-D references through EXTERNSHEET, function numbers, attributes); reading
    them back gives the text that was written, character for character."""
    texts = ["SUM(A1:A6)", "IF(A1>0,B1/A1,0)", "ROUND(B2*100%,2)",
             "MIN(A1:A6)+MAX(A1:A6)-AVERAGE(A1:A6)", "COUNT(A1:B6)", '"完成率"&TEXT(B2,"0.00%")',
             "'表 2'!A1+'表 2'!$B$2", "$A$1+A$2+$A3*-2^2", "AND(A1>1,OR(B1<2,NOT(TRUE)))",
             'SUMIF(A1:A6,">20",B1:B6)', "(A1+B1)/2", "A1<>B1"]
    book = xlwt.Workbook(encoding="utf-8")
    sheet, other = book.add_sheet("项目"), book.add_sheet("表 2")
    other.write(0, 0, 1)
    for r, text in enumerate(texts):
        sheet.write(r, 0, r + 1)
        sheet.write(r, 1, (r + 1) * 1.5)
        sheet.write(r, 2, xlwt.Formula(text))
    path = os.path.join(TMP, "xlwt_formulas.xls")
    book.save(path)
    lines = dump(path, "--formulas", "--sheet", "项目").split("\n")[1:]
    got = [line.split("\t")[2] for line in lines if line]
    assert got == ["=" + t for t in texts], got


def test_formula_tokens_not_understood_keep_the_cached_value():
    """A FORMULA whose tokens hold an array constant (ptgArray) has no formula text: `dump
    --formulas` shows its cached 42. The one beside it, ptgInt 1, ptgInt 2, ptgAdd, is =1+2."""
    def formula(col, cached, rgce):
        return rec(0x0006, struct.pack("<HHHdHIH", 0, col, 0, cached, 0, 0, len(rgce)) + rgce)
    cells = formula(0, 42.0, b"\x20" + b"\0" * 7) + formula(1, 3.0, b"\x1e\x01\x00\x1e\x02\x00\x03")
    path = os.path.join(TMP, "formula_tokens.xls")
    write_cfb(path, [("Workbook", biff8_book(sheet_records=cells))])
    assert dump(path, "--formulas") == "# sheet: Sheet1\n42\t=1+2\n", dump(path, "--formulas")
    assert dump(path) == "# sheet: Sheet1\n42\t3\n"


def sha(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def corrections(path):
    """{(sheet, cell): value} of the 已更正 rows in a fixed workbook's 校验结果, read by openpyxl,
    and the value each corrected cell now holds."""
    wb = openpyxl.load_workbook(path)
    assert "校验结果" in wb.sheetnames, f"{short(path)}: no 校验结果 ({wb.sheetnames})"
    return {name: [[c.value for c in row] for row in wb[name].iter_rows()] for name in wb.sheetnames}


def test_fix_and_set_on_xls_write_xlsx():
    """fix on an .xls with errors writes an .xlsx (LibreOffice conversion, then the usual
    patching): openpyxl opens it and finds 校验结果 and the corrected cells, exactly as fixing the
    .xlsx original gives; LibreOffice opens it too; the .xls is untouched."""
    failures = []
    # Six project forms (each conversion runs LibreOffice once), 004_project_12 among them.
    projects = [(o, x) for o, x in lo_xls().items() if "_project_" in short(o)]
    for original, xls in projects[:5] + [p for p in projects if "004_project_12" in p[0]]:
        before = sha(xls)
        out_xls = os.path.join(TMP, "fixed-" + short(xls))  # asked as .xls: written as .xlsx
        proc = run("fix", xls, "-o", out_xls, check=False)
        want = run("fix", original, "-o", os.path.join(TMP, "fixed-" + short(original)), check=False)
        if proc.returncode != want.returncode:
            failures.append(f"{short(xls)}: fix exited {proc.returncode}, the .xlsx {want.returncode}")
            continue
        written = out_xls[:-4] + ".xlsx"
        if not os.path.isfile(written) or os.path.exists(out_xls):
            failures.append(f"{short(xls)}: expected {short(written)} only")
            continue
        if ".xlsx" not in proc.stderr.decode("utf-8") or "转换" not in proc.stderr.decode("utf-8"):
            failures.append(f"{short(xls)}: the message does not say the format changed")
        if corrections(written) != corrections(os.path.join(TMP, "fixed-" + short(original))):
            failures.append(f"{short(xls)}: fixed workbook differs from fixing the .xlsx")
        if sha(xls) != before:
            failures.append(f"{short(xls)}: the original changed")
    assert not failures, "\n".join(failures)
    # One of them through LibreOffice as a reader, and set likewise.
    xls = next(x for o, x in lo_xls().items() if "004_project_12" in o)
    out = os.path.join(TMP, "set-out.xlsx")
    run("set", xls, "-o", out, "B3=测试")
    assert openpyxl.load_workbook(out).worksheets[0]["B3"].value == "测试"
    proc = subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{TMP}/lo-profile",
                           "--headless", "--convert-to", "csv", "--outdir", os.path.join(TMP, "csv"), out],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0 and os.path.isfile(os.path.join(TMP, "csv", "set-out.csv"))


def test_fix_in_place_and_without_libreoffice():
    xls = next(x for o, x in lo_xls().items() if "004_project_12" in o)
    work = os.path.join(TMP, "inplace")
    os.makedirs(work, exist_ok=True)
    copy = os.path.join(work, "form.xls")
    shutil.copyfile(xls, copy)
    before = sha(copy)
    run("fix", copy, "--in-place", check=False)
    assert os.path.isfile(os.path.join(work, "form.xlsx")) and sha(copy) == before
    # A second --in-place would overwrite form.xlsx: refused by name, nothing changed.
    mark = sha(os.path.join(work, "form.xlsx"))
    proc = run("fix", copy, "--in-place", check=False)
    assert proc.returncode == 2 and b"[bad_argument]" in proc.stderr
    assert sha(os.path.join(work, "form.xlsx")) == mark
    # Without LibreOffice: a named error that says what to install, and no file.
    env = dict(os.environ, EVALBOOK_SOFFICE="/nonexistent/soffice")
    out = os.path.join(work, "none.xlsx")
    proc = subprocess.run([os.environ.get("EVALBOOK") or os.path.join(ROOT, "build", "evalbook"),
                           "fix", copy, "-o", out], capture_output=True, env=env, timeout=60)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "[converter_missing]" in err and "libreoffice" in err.lower(), err
    assert not os.path.exists(out)


def expect_error(path, code):
    for command in (["dump"], ["check"]):
        proc = run(*command, path, check=False)
        assert proc.returncode == 2, f"{command[0]} {short(path)} exited {proc.returncode}"
        err = proc.stderr.decode("utf-8")
        assert f"[{code}]" in err, f"{command[0]} {short(path)}: expected [{code}], got {err!r}"


def test_hostile_xls_refused_by_name():
    cases = []
    # Encrypted: FILEPASS in the globals.
    p = os.path.join(TMP, "filepass.xls")
    write_cfb(p, [("Workbook", biff8_book(extra_globals=rec(0x002F, b"\1\0" + b"\0" * 52)))])
    cases.append((p, "encrypted"))
    # An SST that declares five million strings and holds one.
    one = struct.pack("<HB", 1, 0) + b"A"
    p = os.path.join(TMP, "sst_count.xls")
    write_cfb(p, [("Workbook", biff8_book(sst=rec(0x00FC, struct.pack("<II", 5_000_000, 5_000_000) + one)))])
    cases.append((p, "corrupt_xls"))
    # A record whose length runs past the end of the stream.
    p = os.path.join(TMP, "truncated_record.xls")
    stream = biff8_book(sheet_records=rec(0x0203, struct.pack("<HHHd", 0, 0, 0, 1.0)))
    write_cfb(p, [("Workbook", stream[:-8] + struct.pack("<HH", 0x0203, 400))])
    cases.append((p, "corrupt_xls"))
    # A LABELSST pointing past the SST.
    p = os.path.join(TMP, "sst_index.xls")
    write_cfb(p, [("Workbook", biff8_book(sst=rec(0x00FC, struct.pack("<II", 1, 1) + one),
                                          sheet_records=rec(0x00FD, struct.pack("<HHHI", 0, 0, 0, 7))))])
    cases.append((p, "corrupt_xls"))
    # Container damage: the directory's FAT chain loops; a stream chain leaves the file. The
    # stream is made >= 4096 bytes so it sits in regular sectors (sector 0 is the FAT, 1 the
    # directory, the stream starts at 2 in write_cfb's layout).
    big = biff8_book(sheet_records=rec(0x0203, struct.pack("<HHHd", 0, 0, 0, 2.5)) * 400)
    assert len(big) >= 4096
    good = os.path.join(TMP, "big.xls")
    write_cfb(good, [("Workbook", big)])
    assert dump(good).startswith("# sheet: Sheet1\n2.5\n")
    with open(good, "rb") as f:
        raw = bytearray(f.read())
    fat_at = SECTOR  # sector 0
    loop = bytearray(raw)
    struct.pack_into("<I", loop, fat_at + 4 * 1, 1)  # directory sector 1 -> itself
    p = os.path.join(TMP, "fat_loop.xls")
    open(p, "wb").write(loop)
    cases.append((p, "corrupt_xls"))
    past = bytearray(raw)
    struct.pack_into("<I", past, fat_at + 4 * 2, 100000)  # stream's second sector: far away
    p = os.path.join(TMP, "chain_past_end.xls")
    open(p, "wb").write(past)
    cases.append((p, "corrupt_xls"))
    cut = raw[:len(raw) - 3 * SECTOR]
    p = os.path.join(TMP, "cut_file.xls")
    open(p, "wb").write(cut)
    cases.append((p, "corrupt_xls"))
    failures = []
    for path, code in cases:
        try:
            expect_error(path, code)
        except AssertionError as e:
            failures.append(str(e))
    assert not failures, "\n".join(failures)


if __name__ == "__main__":
    main([test_libreoffice_xls_reads_as_the_original, test_xlwt_xls_reads_as_the_original,
          test_et_named_file_is_read_by_its_bytes, test_values_equal_xlrd,
          test_formula_text_as_libreoffice_writes_it,
          test_gbk_strings_of_an_excel95_workbook, test_hand_built_records,
          test_formula_tokens_not_understood_keep_the_cached_value,
          test_xlwt_formulas_read_back_as_written,
          test_hostile_xls_refused_by_name, test_fix_and_set_on_xls_write_xlsx,
          test_fix_in_place_and_without_libreoffice])
