"""Seed corpora for the fuzz targets other than fuzz_package, made from the project's own data
(nothing committed but this script):

    /usr/bin/python3 tests/fuzz/make_seeds.py OUTDIR --samples samples --seeds tests/data/seeds

OUTDIR/xls            a few samples written as .xls by python3-xlwt, and an Excel 95 (BIFF5)
                      workbook with GBK strings (CODEPAGE 936)
OUTDIR/value          every distinct cell text of the seed dumps (targets, actuals, amounts...)
OUTDIR/formula        the cells that hold arithmetic ("=", "×", "÷", "%")
OUTDIR/number_format  an 8-byte double followed by a format code, for common and odd codes
OUTDIR/template       the seed dumps cut into forms (dump text: TAB between cells), each after
                      the byte fuzz_template reads its choice from: detection, and every
                      template's extraction
OUTDIR/package        the samples re-zipped with every entry stored (ZIP_STORED), so that
                      mutations hit the XML the readers parse instead of a deflate stream
"""
import argparse
import glob
import hashlib
import os
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "hostile"))
from make_fixtures import write_cfb  # noqa: E402

FORMAT_CODES = [
    "General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "0.00E+00", "@", "yyyy-mm-dd",
    'yyyy"年"m"月"d"日"', "yyyy/m/d h:mm:ss", "h:mm:ss AM/PM", "[h]:mm:ss", "mm:ss.0",
    "[Red]0.00;[Blue]-0.00;0;@", "[>=100]0;[<0]-0.00;0.0", '0.00_);(0.00)', '#,##0.00"万元"',
    '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', "[$-804]yyyy年m月d日", "# ?/?", "0.0%;;",
]
VALUES = [0.0, 1.5, -2.675, 82.37, 44927.5, 2958465.999999, 1e20, -1e-10, 100.0]


def put(folder, data):
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def xls_seeds(out, samples):
    import openpyxl
    import xlwt
    os.makedirs(out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(samples, "*.xlsx")))[:5]:
        src = openpyxl.load_workbook(path, data_only=True)
        book = xlwt.Workbook(encoding="utf-8")
        for ws in src.worksheets:
            sheet = book.add_sheet(ws.title[:31], cell_overwrite_ok=True)
            for rng in ws.merged_cells.ranges:
                sheet.merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1)
            for row in ws.iter_rows():
                for c in row:
                    if c.value not in (None, ""):
                        sheet.write(c.row - 1, c.column - 1, c.value,
                                    xlwt.easyxf(num_format_str=c.number_format or "General"))
        target = os.path.join(out, "tmp.xls")
        book.save(target)
        with open(target, "rb") as f:
            put(out, f.read())
        os.remove(target)
    # Formulas, so that mutations reach the BIFF formula decoder: xlwt compiles each text into
    # the tokens Excel stores (references, 3-D references, functions, strings, operators).
    book = xlwt.Workbook(encoding="utf-8")
    form, other = book.add_sheet("项目"), book.add_sheet("表 2")
    for r in range(6):
        form.write(r, 0, (r + 1) * 10)
        form.write(r, 1, (r + 1) * 1.5)
        other.write(r, 0, r)
    for r, text in enumerate([
            "SUM(A1:A6)", "IF(A1>0,B1/A1,0)", "ROUND(B2*100%,2)", "MIN(A1:A6)+MAX(A1:A6)-AVERAGE(A1:A6)",
            "COUNT(A1:B6)", '"完成率"&TEXT(B2,"0.00%")', "'表 2'!A1+'表 2'!A2:A3", "$A$1+A$2+$A3*-2^2",
            "AND(A1>1,OR(B1<2,NOT(TRUE)))", 'SUMIF(A1:A6,">20",B1:B6)']):
        form.write(r, 2, xlwt.Formula(text))
    target = os.path.join(out, "tmp.xls")
    book.save(target)
    with open(target, "rb") as f:
        put(out, f.read())
    os.remove(target)
    # Excel 95: GBK byte strings under CODEPAGE 936.
    def rec(kind, data=b""):
        return struct.pack("<HH", kind, len(data)) + data
    name = "自评表".encode("gbk")
    glob_part = lambda off: (rec(0x0809, struct.pack("<HHHH", 0x0500, 5, 0, 0)) + rec(0x0042, struct.pack("<H", 936))
                             + rec(0x00E0, b"\0" * 16) + rec(0x0085, struct.pack("<IBBB", off, 0, 0, len(name)) + name)
                             + rec(0x000A))
    text = "项目名称".encode("gbk")
    sheet = (rec(0x0809, struct.pack("<HHHH", 0x0500, 0x10, 0, 0)) + rec(0x0204, struct.pack("<HHHH", 0, 0, 0, len(text)) + text)
             + rec(0x0203, struct.pack("<HHHd", 0, 1, 0, 369.41)) + rec(0x000A))
    target = os.path.join(out, "tmp.xls")
    write_cfb(target, [("Book", glob_part(len(glob_part(0))) + sheet)])
    with open(target, "rb") as f:
        put(out, f.read())
    os.remove(target)


def stored_package_seeds(out, samples):
    """Each sample workbook with the same entries, in the same order, stored uncompressed."""
    os.makedirs(out, exist_ok=True)
    paths = sorted(glob.glob(os.path.join(samples, "*.xlsx")))
    paths += sorted(glob.glob(os.path.join(samples, "multi_sheet", "*.xlsx")))
    for path in paths:
        target = os.path.join(out, "tmp.xlsx")
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as dst:
            for info in src.infolist():  # the entry's own date: the same seed on every run
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                dst.writestr(entry, src.read(info), compress_type=zipfile.ZIP_STORED)
        with open(target, "rb") as f:
            put(out, f.read())
        os.remove(target)


def seed_cells(seeds):
    cells = set()
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                for cell in line.rstrip("\n").split("\t"):
                    if cell.strip() and len(cell.encode("utf-8")) <= 300:
                        cells.add(cell)
    return sorted(cells)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--samples", required=True)
    ap.add_argument("--seeds", required=True)
    args = ap.parse_args()
    xls_seeds(os.path.join(args.outdir, "xls"), args.samples)
    stored_package_seeds(os.path.join(args.outdir, "package"), args.samples)
    cells = seed_cells(args.seeds)
    for cell in cells[:3000]:
        put(os.path.join(args.outdir, "value"), cell.encode("utf-8"))
        if any(ch in cell for ch in "=×÷%＝"):
            put(os.path.join(args.outdir, "formula"), cell.encode("utf-8"))
    for code in FORMAT_CODES:
        for v in VALUES:
            put(os.path.join(args.outdir, "number_format"), struct.pack("<d", v) + code.encode("utf-8"))
    templates = len(glob.glob(os.path.join(HERE, "..", "..", "templates", "*.json")))
    for path in sorted(glob.glob(os.path.join(args.seeds, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for start in range(0, len(lines), 60):  # forms are a few dozen rows each
            grid = "\n".join(lines[start:start + 80]).encode("utf-8")
            # fuzz_template: byte % (N + 1) == N detects, any other picks template byte % (N + 1).
            for choice in range(templates + 1):
                put(os.path.join(args.outdir, "template"), bytes([choice]) + grid)


if __name__ == "__main__":
    main()
