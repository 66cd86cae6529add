"""Recipes for the work budget: inputs a few KB on disk that once made a reader spend time or
memory out of all proportion to their size (issue 12, items 1-9), plus the smaller cases found
with them. make_fixtures.py calls make_budget_recipes(); every recipe is written here, from
scratch or from the base sample, never committed as a binary.

Each recipe is either refused with its named error or read to the right result. The entries of
expected.json written here may carry, besides "code"/"part"/"line"/"note":
  "commands": the evalbook commands to run (dump, set, check, fix, summary; default dump+set),
  "outcome":  "refused" (default) or "ok",
  "stdout":   for "ok" under dump, substrings the output must contain,
  "absent":   for "ok" under dump, substrings it must not contain.
"""

import os
import struct
import zipfile
import zlib

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
MIB = 1 << 20
FORM_WITH_SLIPS = "001_project_服务外向型经济工作经费.xlsx"


def xml_attr(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


class MiniBook:
    """A workbook written from scratch: sheets (name -> part), styles, shared strings."""

    def __init__(self):
        self.sheets = []          # (name, part)
        self.parts = {}           # part name -> bytes or an Entry (pre-compressed)
        self.num_fmts = []        # (id, code)
        self.xf_fmt_ids = [0]     # cellXfs: numFmtId of each xf; xf 0 is General
        self.shared_strings = None
        self.styles_entry = None  # replaces the generated styles.xml when set

    def add_sheet(self, name, part, body=None):
        self.sheets.append((name, part))
        if body is not None:
            self.parts[part] = body

    def styles_xml(self):
        out = [XML_DECL, '<styleSheet xmlns="%s">' % MAIN_NS]
        if self.num_fmts:
            out.append('<numFmts count="%d">' % len(self.num_fmts))
            for fid, code in self.num_fmts:
                out.append('<numFmt numFmtId="%d" formatCode="%s"/>' % (fid, xml_attr(code)))
            out.append("</numFmts>")
        out.append('<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
                   '</cellStyleXfs>')
        out.append('<cellXfs count="%d">' % len(self.xf_fmt_ids))
        for fid in self.xf_fmt_ids:
            out.append('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"%s/>'
                       % (fid, ' applyNumberFormat="1"' if fid else ""))
        out.append("</cellXfs></styleSheet>")
        return "".join(out).encode()

    def entries(self, Entry, workbook_xml=None):
        overrides = ['<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
                     % SML,
                     '<Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/>' % SML]
        for part in sorted({p for _, p in self.sheets}):
            overrides.append('<Override PartName="/%s" ContentType="%s.worksheet+xml"/>'
                             % (part, SML))
        if self.shared_strings is not None:
            overrides.append('<Override PartName="/xl/sharedStrings.xml" '
                             'ContentType="%s.sharedStrings+xml"/>' % SML)
        types = (XML_DECL + '<Types xmlns="%s">' % CT_NS +
                 '<Default Extension="rels" ContentType="application/'
                 'vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>' +
                 "".join(overrides) + "</Types>").encode()
        root_rels = (XML_DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s" '
                     'Target="xl/workbook.xml"/></Relationships>' % (PKG_REL_NS, OFFICE_DOC))
        rels = [XML_DECL, '<Relationships xmlns="%s">' % PKG_REL_NS]
        sheets = []
        for i, (name, part) in enumerate(self.sheets, start=1):
            rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="%s"/>'
                        % (i, REL_NS, part[len("xl/"):]))
            sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xml_attr(name), i, i))
        n = len(self.sheets)
        rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>'
                    % (n + 1, REL_NS))
        if self.shared_strings is not None:
            rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" '
                        'Target="sharedStrings.xml"/>' % (n + 2, REL_NS))
        rels.append("</Relationships>")
        if workbook_xml is None:
            workbook_xml = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets>'
                            '</workbook>' % (MAIN_NS, REL_NS, "".join(sheets))).encode()
        out = [Entry("[Content_Types].xml", types), Entry("_rels/.rels", root_rels.encode()),
               workbook_xml if isinstance(workbook_xml, Entry)
               else Entry("xl/workbook.xml", workbook_xml),
               Entry("xl/_rels/workbook.xml.rels", "".join(rels).encode()),
               self.styles_entry or Entry("xl/styles.xml", self.styles_xml())]
        if self.shared_strings is not None:
            sst = (XML_DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">'
                   % (MAIN_NS, len(self.shared_strings), len(self.shared_strings)) +
                   "".join("<si><t>%s</t></si>" % xml_attr(s) for s in self.shared_strings) +
                   "</sst>").encode()
            out.append(Entry("xl/sharedStrings.xml", sst))
        for part, body in self.parts.items():
            out.append(body if isinstance(body, Entry) else Entry(part, body))
        return out


def sheet_xml(rows):
    """rows: list of lists of cell XML (already with r= attributes)."""
    body = "".join('<row r="%d">%s</row>' % (i, "".join(cells))
                   for i, cells in enumerate(rows, start=1) if cells)
    return (XML_DECL + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
            % (MAIN_NS, body)).encode()


def column_name(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ratio_chunk(size, ratio, seed=1):
    """`size` bytes of XML comment that deflate about `ratio`:1 on their own: letters with every
    step-th one pseudo-random, the step chosen by bisection (denser letters compress worse)."""
    def chunk_for(step):
        body = bytearray(b"a" * (size - 9))
        x = seed
        for i in range(0, len(body), step):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            body[i] = 97 + (x >> 16) % 26
        return b"<!--" + bytes(body) + b"-->\n\n"

    def compressed_size(chunk):
        c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
        return len(c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH))

    lo, hi = 2, 8192  # ratio grows with the step
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if size / compressed_size(chunk_for(mid)) > ratio:
            hi = mid
        else:
            lo = mid
    return chunk_for(lo)


def make_budget_recipes(p, zipped, expect, base, Entry, write_zip, repeated_deflate,
                        find_entry, sheet_part, workbook_part):
    # ---- 1. a number format of 3,000,000 unclosed '[' on one numeric cell -------------------
    b = MiniBook()
    b.num_fmts.append((164, "[" * 3000000))
    b.xf_fmt_ids.append(164)
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1" s="1"><v>1</v></c>']]))
    zipped("budget_numfmt_brackets.xlsx", b.entries(Entry))
    expect("budget_numfmt_brackets.xlsx", "limit_exceeded",
           "issue 12 item 1: a 3,000,000-byte number format of unclosed '[' on one cell",
           commands=["dump", "check", "summary"])

    # ---- 2. yyyy followed by .0 x 20,000 on 40 numeric cells: read, each cell once ----------
    b = MiniBook()
    b.num_fmts.append((164, "yyyy" + ".0" * 20000))
    b.xf_fmt_ids.append(164)
    # 45292 is 2024-01-01 00:00:00: every .0 after it shows the zero tenths of a second.
    b.add_sheet("S", "xl/worksheets/sheet1.xml",
                sheet_xml([['<c r="A%d" s="1"><v>45292</v></c>' % r] for r in range(1, 41)]))
    zipped("budget_numfmt_subseconds.xlsx", b.entries(Entry))
    expect("budget_numfmt_subseconds.xlsx", [], "issue 12 item 2: yyyy + '.0' x 20,000 on 40 cells",
           commands=["dump", "check"], outcome="ok",
           stdout=["\n2024" + ".0" * 20000 + "\n2024" + ".0" * 20000 + "\n"])

    b = MiniBook()
    b.num_fmts.append((164, "yyyy" + ".0" * 100000))
    b.xf_fmt_ids.append(164)
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1" s="1"><v>45292</v></c>']]))
    zipped("budget_numfmt_subseconds_long.xlsx", b.entries(Entry))
    expect("budget_numfmt_subseconds_long.xlsx", "limit_exceeded",
           "issue 12 item 2: yyyy + '.0' x 100,000 (a 200,004-byte code) on one cell",
           commands=["dump", "check"])

    # ---- 3. 1,000 sheets listed in workbook.xml, all pointing at one 16 MB sheet part -------
    prefix = (XML_DECL + '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1"><v>1</v></c>'
              '</row></sheetData>' % MAIN_NS).encode()
    # Padded with comments that deflate about 150:1, under the zip layer's ratio check.
    comp, crc, size = repeated_deflate(prefix, ratio_chunk(MIB, 150), 16, b"</worksheet>")
    b = MiniBook()
    for i in range(1, 1001):
        b.add_sheet("S%d" % i, "xl/worksheets/sheet1.xml")
    b.parts["xl/worksheets/sheet1.xml"] = Entry("xl/worksheets/sheet1.xml", compressed=comp,
                                                crc=crc, size=size)
    zipped("budget_sheets_share_part.xlsx", b.entries(Entry))
    expect("budget_sheets_share_part.xlsx", "shared_sheet_part",
           "issue 12 item 3: 1,000 sheets all pointing at one 16 MB sheet part",
           commands=["dump", "check", "set"])

    b = MiniBook()
    body = sheet_xml([['<c r="A1"><v>1</v></c>', '<c r="B1"><v>2</v></c>']])
    b.add_sheet("S1", "xl/worksheets/sheet1.xml", body)
    b.add_sheet("S2", "xl/worksheets/sheet1.xml")
    zipped("budget_two_sheets_one_part.xlsx", b.entries(Entry))
    expect("budget_two_sheets_one_part.xlsx", "shared_sheet_part",
           "issue 12 item 20: two sheets sharing one part (set would write one of two changes)",
           commands=["dump", "set"])

    # ---- 4. one shared formula of 30,000 references with 40,000 dependents ------------------
    # 30,000 references of 3 bytes each: 90 KB, under the 131,068-byte text limit.
    master = "+".join("A%d" % (i % 9 + 1) for i in range(30000))
    rows = [['<c r="A1"><v>1</v></c>',
             '<c r="B1"><f t="shared" ref="B1:B40001" si="0">%s</f><v>30000</v></c>' % master]]
    for r in range(2, 40002):
        rows.append(['<c r="B%d"><f t="shared" si="0"/><v>%d</v></c>' % (r, r)])
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(rows))
    zipped("budget_shared_formula.xlsx", b.entries(Entry))
    # dump shows the cached values: the master's 30000 and the last dependent's 40001.
    expect("budget_shared_formula.xlsx", [],
           "issue 12 item 4: a 30,000-reference shared formula with 40,000 dependents",
           commands=["dump", "check", "set"], outcome="ok",
           stdout=["1\t30000\n\t2\n", "\t40001\n"])

    # ---- 5. fix on a form with an unreferenced VML part of 'idmap ' x 200,000 ---------------
    # fix writes a note on each corrected cell, so it looks for free VML ids: the form must
    # have something to correct (this one's 总分 does not add up).
    form = type(base)(os.path.join(os.path.dirname(base.sample), FORM_WITH_SLIPS))
    vml = b"<xml>" + b"idmap " * 200000 + b"</xml>"
    zipped("budget_vml_idmap.xlsx", form.entries(add=[("xl/drawings/unused.vml", vml)]))
    expect("budget_vml_idmap.xlsx", [],
           "issue 12 item 5: fix on a form carrying xl/drawings/unused.vml of 'idmap ' x 200,000",
           commands=["fix"], outcome="ok")

    # ---- 6. one 4 MB number format referenced by 300 cell styles ----------------------------
    b = MiniBook()
    b.num_fmts.append((164, "0" * (4 * MIB)))
    b.xf_fmt_ids += [164] * 300
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A%d" s="%d"><v>%d</v></c>' % (r, r, r)] for r in range(1, 301)]))
    zipped("budget_numfmt_4mb.xlsx", b.entries(Entry))
    expect("budget_numfmt_4mb.xlsx", "limit_exceeded",
           "issue 12 item 6: one 4 MB number format referenced by 300 cell styles",
           commands=["dump", "check"])

    # ---- 7. format '@' x 1,000,000 on 15 text cells -----------------------------------------
    b = MiniBook()
    b.num_fmts.append((164, "@" * 1000000))
    b.xf_fmt_ids.append(164)
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A%d" s="1" t="inlineStr"><is><t>项目名称%d</t></is></c>' % (r, r)]
         for r in range(1, 16)]))
    zipped("budget_numfmt_at.xlsx", b.entries(Entry))
    expect("budget_numfmt_at.xlsx", "limit_exceeded",
           "issue 12 item 7: format '@' x 1,000,000 on 15 text cells", commands=["dump", "check"])

    # ---- 8. one 32,767-character shared string referenced by many cells ---------------------
    long_text = "绩" * 32767

    def sst_book(rows, columns):
        b = MiniBook()
        b.shared_strings = [long_text]
        b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
            [['<c r="%s%d" t="s"><v>0</v></c>' % (column_name(c), r)
              for c in range(1, columns + 1)] for r in range(1, rows + 1)]))
        return b.entries(Entry)

    zipped("budget_sst_20x256.xlsx", sst_book(20, 256))
    expect("budget_sst_20x256.xlsx", "budget_exceeded",
           "issue 12 item 8: a 32,767-character shared string in 20 x 256 cells (500 MB of text)",
           commands=["check", "dump"])
    zipped("budget_sst_1x16384.xlsx", sst_book(1, 16384))
    expect("budget_sst_1x16384.xlsx", "budget_exceeded",
           "issue 12 item 8: a 32,767-character shared string in 1 x 16,384 cells",
           commands=["dump", "check"])
    zipped("budget_sst_1x64.xlsx", sst_book(1, 64))
    expect("budget_sst_1x64.xlsx", [],
           "within the budget: the same string in 64 cells (6 MB of text) is read",
           commands=["dump", "check"], outcome="ok", stdout=[long_text + "\t" + long_text])

    # ---- 9. workbook.xml padded to 1.07 GB at a compression ratio of about 155 --------------
    head = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="S" sheetId="1" '
            'r:id="rId1"/></sheets>' % (MAIN_NS, REL_NS)).encode()
    chunk = ratio_chunk(MIB, 155)
    comp, crc, size = repeated_deflate(head, chunk, 1020, b"</workbook>")
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1"><v>1</v></c>']]))
    padded = Entry("xl/workbook.xml", compressed=comp, crc=crc, size=size)
    zipped("budget_workbook_padded.xlsx", b.entries(Entry, workbook_xml=padded))
    expect("budget_workbook_padded.xlsx", "part_too_large",
           "issue 12 item 9: workbook.xml of %d bytes at a ratio of %.0f" % (size, size / len(comp)),
           commands=["dump", "set", "fix", "summary"])

    # fix writes notes, so it reads the sheet's relationships whole: padded to 1 GB they are
    # refused on their declared size, as the workbook-level parts are.
    rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
    rels_head = (XML_DECL + '<Relationships xmlns="%s">' % PKG_REL_NS).encode()
    comp, crc, size = repeated_deflate(rels_head, chunk, 1020, b"</Relationships>")
    padded_rels = Entry(rels_name, compressed=comp, crc=crc, size=size)
    if rels_name in dict(form.parts):
        entries = form.entries(replace={rels_name: padded_rels})
    else:
        entries = form.entries(add=[padded_rels])
    zipped("budget_sheet_rels_padded.xlsx", entries)
    expect("budget_sheet_rels_padded.xlsx", "part_too_large",
           "a sheet's .rels of %d bytes at a ratio of %.0f, under fix" % (size, size / len(comp)),
           commands=["fix"])

    styles_head = (XML_DECL + '<styleSheet xmlns="%s">' % MAIN_NS).encode()
    comp, crc, size = repeated_deflate(styles_head, chunk, 1020, b"</styleSheet>")
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1"><v>1</v></c>']]))
    b.styles_entry = Entry("xl/styles.xml", compressed=comp, crc=crc, size=size)
    zipped("budget_styles_padded.xlsx", b.entries(Entry))
    expect("budget_styles_padded.xlsx", "part_too_large",
           "issue 12 item 9: styles.xml of %d bytes at a ratio of %.0f" % (size, size / len(comp)),
           commands=["dump", "set", "check"])

    # ---- smaller ----------------------------------------------------------------------------
    # The last representable moment: 2958465.999999 rounds to the next second, 10000-01-01,
    # which Excel cannot show (it fills the cell with #).
    b = MiniBook()
    b.num_fmts.append((164, "yyyy-mm-dd hh:mm:ss"))
    b.xf_fmt_ids.append(164)
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A1" s="1"><v>2958465.999999</v></c>', '<c r="B1" s="1"><v>2958465.99998</v></c>']]))
    zipped("budget_serial_max.xlsx", b.entries(Entry))
    # B1: 0.99998 day = 86398.27 s, shown rounded to 23:59:58.
    expect("budget_serial_max.xlsx", [], "serial 2958465.999999 under yyyy-mm-dd hh:mm:ss",
           commands=["dump"], outcome="ok", stdout=["########\t9999-12-31 23:59:58\n"],
           absent=["10000-"])

    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A1" t="inlineStr"><is><t>&#x0000000041;&#0000066;</t></is></c>']]))
    zipped("budget_charref_zeros.xlsx", b.entries(Entry))
    expect("budget_charref_zeros.xlsx", [], "&#x0000000041; and &#0000066; are 'A' and 'B'",
           commands=["dump"], outcome="ok", stdout=["\nAB\n"])

    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A1" t="inlineStr"><is><t>第一行\n第二行</t></is></c>',
          '<c r="B1" t="inlineStr"><is><t>a\tb\\c&#13;d</t></is></c>',
          '<c r="C1"><v>3</v></c>']]))
    zipped("budget_dump_escapes.xlsx", b.entries(Entry))
    expect("budget_dump_escapes.xlsx", [],
           "dump escapes a line break, TAB, backslash and CR inside a cell",
           commands=["dump"], outcome="ok", stdout=["\n第一行\\n第二行\ta\\tb\\\\c\\rd\t3\n"])

    # A shared formula whose master names a row of twenty digits: moving it to the dependent
    # threw std::out_of_range, reported as internal_error. Now the reference is off the sheet.
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="B1"><f t="shared" ref="B1:B2" si="0">A99999999999999999999+1</f><v>1</v></c>'],
         ['<c r="B2"><f t="shared" si="0"/><v>2</v></c>']]))
    zipped("budget_formula_long_row.xlsx", b.entries(Entry))
    expect("budget_formula_long_row.xlsx", [],
           "a shared formula's reference with a 20-digit row (was internal_error)",
           commands=["dump", "set", "check"], outcome="ok", stdout=["\n\t1\n\t2\n"],
           set_cells=["B1=5"])  # overwriting the master hands its formula, moved, to B2

    # Two central-directory records whose local headers are one and the same: sheet2 would
    # show sheet1's data.
    b = MiniBook()
    b.add_sheet("S1", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1"><v>1</v></c>']]))
    b.add_sheet("S2", "xl/worksheets/sheet2.xml", sheet_xml([['<c r="A1"><v>1</v></c>']]))
    write_zip(p("budget_zip_overlap.xlsx"), b.entries(Entry))
    with open(p("budget_zip_overlap.xlsx"), "r+b") as f:
        data = bytearray(f.read())
        end = data.rindex(b"PK\x05\x06")
        cd_offset = struct.unpack_from("<I", data, end + 16)[0]
        offsets = {}
        pos = cd_offset
        while pos < end:
            name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
            name = bytes(data[pos + 46:pos + 46 + name_len])
            offsets[name] = pos
            pos += 46 + name_len + extra_len + comment_len
        sheet1 = struct.unpack_from("<I", data, offsets[b"xl/worksheets/sheet1.xml"] + 42)[0]
        struct.pack_into("<I", data, offsets[b"xl/worksheets/sheet2.xml"] + 42, sheet1)
        f.seek(0)
        f.write(data)
    expect("budget_zip_overlap.xlsx", "overlapping_entries",
           "sheet2.xml's central record points at sheet1.xml's local header")


def write_fuzz_seeds(outdir, Entry, write_zip, repeated_deflate):
    """Scaled-down copies of the recipes for the libFuzzer seed corpus (tests/fuzz/corpus/):
    the same shapes, each a few KB, so the fuzzer starts from every amplification class."""
    os.makedirs(outdir, exist_ok=True)

    def save(name, entries):
        write_zip(os.path.join(outdir, name), entries)

    def numfmt_book(code, cells):
        b = MiniBook()
        b.num_fmts.append((164, code))
        b.xf_fmt_ids.append(164)
        b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([[c] for c in cells]))
        return b.entries(Entry)

    save("budget-numfmt-brackets.xlsx", numfmt_book("[" * 5000, ['<c r="A1" s="1"><v>1</v></c>']))
    save("budget-numfmt-subseconds.xlsx", numfmt_book(
        "yyyy" + ".0" * 500, ['<c r="A%d" s="1"><v>45292.5</v></c>' % r for r in range(1, 5)]))
    save("budget-numfmt-at.xlsx", numfmt_book(
        "@" * 2000, ['<c r="A1" s="1" t="inlineStr"><is><t>x</t></is></c>']))
    save("budget-serial-max.xlsx", numfmt_book(
        "yyyy-mm-dd hh:mm:ss", ['<c r="A1" s="1"><v>2958465.999999</v></c>']))

    b = MiniBook()
    for i in range(1, 21):
        b.add_sheet("S%d" % i, "xl/worksheets/sheet1.xml")
    b.parts["xl/worksheets/sheet1.xml"] = sheet_xml([['<c r="A1"><v>1</v></c>']])
    save("budget-sheets-share-part.xlsx", b.entries(Entry))

    master = "+".join("A%d" % (i % 9 + 1) for i in range(300))
    rows = [['<c r="B1"><f t="shared" ref="B1:B200" si="0">%s</f><v>1</v></c>' % master]]
    rows += [['<c r="B%d"><f t="shared" si="0"/><v>%d</v></c>' % (r, r)] for r in range(2, 201)]
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(rows))
    save("budget-shared-formula.xlsx", b.entries(Entry))

    b = MiniBook()
    b.shared_strings = ["绩" * 2000]
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="%s1" t="s"><v>0</v></c>' % column_name(c) for c in range(1, 65)]]))
    save("budget-sst-repeated.xlsx", b.entries(Entry))

    head = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="S" sheetId="1" '
            'r:id="rId1"/></sheets>' % (MAIN_NS, REL_NS)).encode()
    comp, crc, size = repeated_deflate(head, b" " * 65536, 16, b"</workbook>")  # 1 MB
    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml([['<c r="A1"><v>1</v></c>']]))
    save("budget-workbook-padded.xlsx", b.entries(
        Entry, workbook_xml=Entry("xl/workbook.xml", compressed=comp, crc=crc, size=size)))

    b = MiniBook()
    b.add_sheet("S", "xl/worksheets/sheet1.xml", sheet_xml(
        [['<c r="A1" t="inlineStr"><is><t>&#x0000000041;a\tb\\c&#13;d</t></is></c>']]))
    save("budget-charref-escapes.xlsx", b.entries(Entry))
