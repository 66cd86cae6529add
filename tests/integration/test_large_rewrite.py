"""A sheet large enough that its rewrite is deflated in parallel blocks (several MB of XML):
`evalbook set` on it must give a package that python's zipfile reads with every CRC right, whose
rewritten sheet is byte for byte the original outside the changed cells, and that openpyxl reads
with every other value unchanged."""
import os
import re
import tempfile
import zipfile

import openpyxl

from evalbook_test import main, run

TMP = tempfile.mkdtemp(prefix="evalbook-large-")
ROWS = 40_000


def make_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "明细"
    ws.append(["序号", "单位", "项目", "预算数", "执行数", "执行率"])
    for i in range(1, ROWS + 1):
        budget = (i * 7919) % 100_003 + 0.25
        ws.append([i, f"单位{i % 97}", f"项目 {i * 31 % 1009}", budget, budget / 2, f"=E{i + 1}/D{i + 1}"])
    wb.save(path)


def sheet_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def without_cells(xml, refs):
    """The XML with each <c r="REF" ...>...</c> (or <c .../>) cut out: what must not change."""
    for ref in refs:
        xml, n = re.subn(rb'<c r="%s"(?:[^>]*/>|[^>]*>.*?</c>)' % ref.encode(), b"", xml, count=1)
        assert n == 1, f"cell {ref} not found"
    return xml


def test_large_sheet_set_reads_back_everywhere():
    src = os.path.join(TMP, "large.xlsx")
    out = os.path.join(TMP, "large-set.xlsx")
    make_workbook(src)
    before = sheet_xml(src)
    assert len(before) > 3 << 20, "the sheet must span several deflate blocks"
    # D2 = row 2's budget: (1 * 7919) % 100003 + 0.25; B20001 is text; D40001 the last row's.
    asks = {"D2": 1.5, "B20001": "已修订", "D40001": 99.75}
    run("set", src, "-o", out, *[f"'明细'!{k}={v}" for k, v in asks.items()])

    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None, "an entry's CRC-32 does not match its bytes"
        assert z.getinfo("xl/worksheets/sheet1.xml").compress_type == zipfile.ZIP_DEFLATED
    after = sheet_xml(out)
    assert without_cells(after, asks) == without_cells(before, asks), \
        "the rewritten sheet differs outside the changed cells"

    ws_src = openpyxl.load_workbook(src, read_only=True).worksheets[0]
    ws_out = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    rows_src = list(ws_src.iter_rows(values_only=True))
    rows_out = list(ws_out.iter_rows(values_only=True))
    assert len(rows_src) == len(rows_out) == ROWS + 1
    changed = {(2, 4): 1.5, (20001, 2): "已修订", (40001, 4): 99.75}
    for r, (a, b) in enumerate(zip(rows_src, rows_out), start=1):
        for c, (x, y) in enumerate(zip(a, b), start=1):
            assert y == changed.get((r, c), x), (r, c, x, y)


if __name__ == "__main__":
    main([test_large_sheet_set_reads_back_everywhere])
