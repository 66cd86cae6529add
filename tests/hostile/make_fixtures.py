#!/usr/bin/env python3
"""Writes the hostile / broken workbook fixtures the bad-input tests feed to evalbook.

    make_fixtures.py OUTDIR [--samples DIR]
    make_fixtures.py tests/fuzz/corpus --fuzz-seeds   (the small libFuzzer seeds, committed)

One file per case in OUTDIR, plus OUTDIR/expected.json:

    {"file name": {"code": ["allowed", "codes"], "part": "substring of the message" | null,
                   "line": N | null, "note": "what the case is"}}

"code" is always a list of the ErrorCode names (src/xlsx/errors.h) the command may report; most
cases allow exactly one. "part" and "line" are given only where the contract promises them (XML
errors name the part, malformed XML also the line). OUTDIR/scenarios/ holds the workbooks that
the command scenarios of tests/integration/hostile_scenarios.py start from (not refusals: a
shared formula with whole-column and whole-row references, for one).

Cases that need a valid workbook start from a real sample (samples/*.xlsx), unzipped and re-zipped
here by a small zip writer of our own, so every header field (sizes, CRC, method, names) can be
set or falsified independently. Python standard library only; the output is byte-for-byte
deterministic (fixed timestamps, fixed order, fixed compression level).

The zip bombs are small on disk (about 1 KB per inflated MiB): identical input chunks compressed
after a Z_FULL_FLUSH give identical deflate blocks, so one block is compressed once and repeated,
and the CRC-32 of the repetition is computed with crc32_combine -- nothing near the inflated size
is ever held in memory or even produced.
"""

import argparse
import glob
import json
import os
import re
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from budget_recipes import make_budget_recipes, write_fuzz_seeds  # noqa: E402

DOS_TIME = 0  # 00:00:00
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01

SHEET_PART = "xl/worksheets/sheet1.xml"
WORKBOOK_PART = "xl/workbook.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MIB = 1 << 20


# --------------------------------------------------------------------------------------------
# CRC-32 of repeated data (port of zlib's crc32_combine).

def _gf2_times(mat, vec):
    s = 0
    i = 0
    while vec:
        if vec & 1:
            s ^= mat[i]
        vec >>= 1
        i += 1
    return s


def _gf2_square(mat):
    return [_gf2_times(mat, mat[n]) for n in range(32)]


def crc32_combine(crc1, crc2, len2):
    """CRC-32 of A+B given crc(A), crc(B) and len(B)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # operator for one zero bit
    even = _gf2_square(odd)  # two zero bits
    odd = _gf2_square(even)  # four zero bits
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def crc32_repeat(chunk_crc, chunk_len, count, crc=0):
    """CRC-32 of (previous data with CRC `crc`) followed by `count` copies of a chunk."""
    # Binary doubling: crc of 2^k copies, combined as the bits of count ask.
    block_crc, block_len = chunk_crc, chunk_len
    while count:
        if count & 1:
            crc = crc32_combine(crc, block_crc, block_len)
        count >>= 1
        if count:
            block_crc = crc32_combine(block_crc, block_crc, block_len)
            block_len *= 2
    return crc


# --------------------------------------------------------------------------------------------
# Deflate helpers.

def deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return c.compress(data) + c.flush(zlib.Z_FINISH)


def inflate(data):
    d = zlib.decompressobj(-15)
    out = d.decompress(data)
    return out, d.eof, d.unused_data


def repeated_deflate(prefix, chunk, count, suffix):
    """Raw deflate stream, CRC-32 and size of prefix + chunk*count + suffix, never materialised."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    if block != again:  # the repetition trick relies on this; zlib has always behaved so
        raise SystemExit("make_fixtures: zlib does not repeat full-flushed blocks identically")
    # A full flush leaves the stream byte-aligned with no history, so a fresh compressor can
    # finish it.
    tail = deflate(suffix)
    compressed = head + block * count + tail
    crc = zlib.crc32(prefix)
    crc = crc32_repeat(zlib.crc32(chunk), len(chunk), count, crc)
    crc = crc32_combine(crc, zlib.crc32(suffix), len(suffix))
    size = len(prefix) + len(chunk) * count + len(suffix)
    return compressed, crc, size


# --------------------------------------------------------------------------------------------
# A zip writer where every field can be set (or falsified) by the caller.

class Entry:
    def __init__(self, name, data=None, *, method=8, compressed=None, crc=None, size=None,
                 flags=None, zip64=False):
        self.name = name.encode("utf-8") if isinstance(name, str) else name
        if compressed is None:
            compressed = deflate(data) if method == 8 else data
            crc = zlib.crc32(data)
            size = len(data)
        self.compressed = compressed
        self.crc = crc
        self.size = size
        self.method = method
        # Bit 11: the name is UTF-8 (set only when it is not plain ASCII, as zipfile does).
        if flags is None:
            flags = 0x0800 if any(b >= 0x80 for b in self.name) else 0
        self.flags = flags
        self.zip64 = zip64
        # What the headers claim; fixtures change these to lie.
        self.local_crc = self.central_crc = crc
        self.local_size = self.central_size = size
        self.local_method = self.central_method = method


def write_zip(path, entries):
    out = bytearray()
    central = bytearray()
    for e in entries:
        offset = len(out)
        version = 45 if e.zip64 else 20
        if e.zip64:
            extra_local = struct.pack("<HHQQ", 0x0001, 16, e.local_size, len(e.compressed))
            lsize, lcsize = 0xFFFFFFFF, 0xFFFFFFFF
        else:
            extra_local = b""
            lsize, lcsize = e.local_size, len(e.compressed)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, version, e.flags, e.local_method,
                           DOS_TIME, DOS_DATE, e.local_crc, lcsize, lsize, len(e.name),
                           len(extra_local))
        out += e.name + extra_local + e.compressed
        if e.zip64:
            extra_central = struct.pack("<HHQQ", 0x0001, 16, e.central_size, len(e.compressed))
            csize, ccsize = 0xFFFFFFFF, 0xFFFFFFFF
        else:
            extra_central = b""
            csize, ccsize = e.central_size, len(e.compressed)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | version, version,
                               e.flags, e.central_method, DOS_TIME, DOS_DATE, e.central_crc,
                               ccsize, csize, len(e.name), len(extra_central), 0, 0, 0,
                               0o100644 << 16, offset)
        central += e.name + extra_central
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_offset, 0)
    with open(path, "wb") as f:
        f.write(out)


# --------------------------------------------------------------------------------------------
# A minimal Compound File Binary (OLE2) writer: version 3, 512-byte sectors, streams in the
# root storage only; streams under 4096 bytes go to the mini stream as the format requires.

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096


def _cfb_key(name):
    return (len(name), name.upper())


def write_cfb(path, streams):
    """streams: list of (name, bytes). Writes a CFB whose root storage holds those streams."""
    n_fat = 1
    n_dir = (1 + len(streams) + 3) // 4
    small = [(n, d) for n, d in streams if len(d) < MINI_CUTOFF]
    big = [(n, d) for n, d in streams if len(d) >= MINI_CUTOFF]

    # Mini stream and mini FAT.
    mini = bytearray()
    minifat = []
    start = {}
    for name, data in small:
        first = len(mini) // MINI_SECTOR
        count = max(1, -(-len(data) // MINI_SECTOR))
        start[name] = first if data else ENDOFCHAIN
        if data:
            minifat += [first + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
            mini += data + b"\0" * (count * MINI_SECTOR - len(data))
    n_minifat = -(-len(minifat) * 4 // SECTOR) if minifat else 0
    n_mini = -(-len(mini) // SECTOR)

    # Sector allocation: FAT, directory, mini FAT, mini stream, big streams.
    fat = []
    def chain(count):
        first = len(fat)
        fat.extend(first + i + 1 for i in range(count - 1))
        fat.append(ENDOFCHAIN)
        return first
    fat += [FATSECT] * n_fat
    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat) if n_minifat else ENDOFCHAIN
    mini_start = chain(n_mini) if n_mini else ENDOFCHAIN
    big_sectors = []
    for name, data in big:
        count = -(-len(data) // SECTOR)
        start[name] = chain(count)
        big_sectors.append(data + b"\0" * (count * SECTOR - len(data)))
    assert len(fat) <= SECTOR // 4 * n_fat, "fixture too large for one FAT sector"
    fat += [FREESECT] * (SECTOR // 4 * n_fat - len(fat))

    header = bytearray(SECTOR)
    struct.pack_into("<8s16sHHHHH6sIIIIIIIII", header, 0, bytes.fromhex("D0CF11E0A1B11AE1"),
                     b"\0" * 16, 0x003E, 0x0003, 0xFFFE, 9, 6, b"\0" * 6, 0, n_fat, dir_start, 0,
                     MINI_CUTOFF, minifat_start, n_minifat, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    struct.pack_into("<109I", header, 0x4C, *difat)

    # Directory: root, then the streams as a balanced binary tree under the root.
    names = sorted((n for n, _ in streams), key=_cfb_key)
    index = {n: i + 1 for i, n in enumerate(names)}
    links = {}  # name -> (left, right)

    def build(lo, hi):
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        links[names[mid]] = (build(lo, mid), build(mid + 1, hi))
        return index[names[mid]]

    root_child = build(0, len(names))
    sizes = dict(streams)

    def dir_entry(name, kind, left, right, child, first, size):
        raw = name.encode("utf-16-le") + b"\0\0"
        assert len(raw) <= 64
        e = bytearray(128)
        e[0:len(raw)] = raw
        struct.pack_into("<HBBIII", e, 0x40, len(raw), kind, 1, left, right, child)
        struct.pack_into("<IQ", e, 0x74, first, size)
        return bytes(e)

    dir_bytes = bytearray(dir_entry("Root Entry", 5, NOSTREAM, NOSTREAM, root_child,
                                    mini_start, len(mini)))
    for name in names:
        left, right = links[name]
        dir_bytes += dir_entry(name, 2, left, right, NOSTREAM, start[name], len(sizes[name]))
    while len(dir_bytes) < n_dir * SECTOR:  # unused entries: zero, links NOSTREAM
        e = bytearray(128)
        struct.pack_into("<III", e, 0x44, NOSTREAM, NOSTREAM, NOSTREAM)
        dir_bytes += e

    out = bytearray(header)
    out += struct.pack("<%dI" % len(fat), *fat)
    out += dir_bytes
    if n_minifat:
        mf = minifat + [FREESECT] * (n_minifat * SECTOR // 4 - len(minifat))
        out += struct.pack("<%dI" % len(mf), *mf)
    if n_mini:
        out += mini + b"\0" * (n_mini * SECTOR - len(mini))
    for s in big_sectors:
        out += s
    with open(path, "wb") as f:
        f.write(out)


def pseudo_random(n, seed=0x5EED):
    """Deterministic filler that does not compress (an 'encrypted' package)."""
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out += struct.pack("<Q", x)[3:7]
    return bytes(out[:n])


# --------------------------------------------------------------------------------------------
# The base workbook.

class Base:
    def __init__(self, sample):
        import zipfile
        self.sample = sample
        with open(sample, "rb") as f:
            self.raw = f.read()
        with zipfile.ZipFile(sample) as z:
            self.parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        names = [n for n, _ in self.parts]
        for needed in ("[Content_Types].xml", WORKBOOK_PART, SHEET_PART):
            if needed not in names:
                raise SystemExit("make_fixtures: %s has no %s" % (sample, needed))

    def part(self, name):
        return dict(self.parts)[name]

    def entries(self, replace=None, drop=(), add=()):
        """Entries of the base workbook with some parts replaced, dropped or added."""
        replace = replace or {}
        out = []
        for name, data in self.parts:
            if name in drop:
                continue
            if name in replace:
                r = replace[name]
                out.append(r if isinstance(r, Entry) else Entry(name, r))
            else:
                out.append(Entry(name, data))
        for a in add:
            out.append(a if isinstance(a, Entry) else Entry(*a))
        return out


def find_entry(entries, name):
    return next(e for e in entries if e.name == name.encode())


def billion_laughs(root):
    decls = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        decls.append('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10))
    return '<!DOCTYPE %s [\n  %s\n]>\n' % (root, "\n  ".join(decls))


def with_doctype(xml, doctype):
    """Puts a DOCTYPE after the XML declaration (or at the start when there is none)."""
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        return xml[:end] + b"\n" + doctype.encode() + xml[end:]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype.encode() + xml


def add_to_first_row(sheet, cell_xml):
    i = sheet.index(b"</row>")
    return sheet[:i] + cell_xml.encode() + sheet[i:]


def add_row(sheet, row_xml):
    i = sheet.index(b"</sheetData>")
    return sheet[:i] + row_xml.encode() + sheet[i:]


def small_sheet(body_lines):
    head = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<worksheet xmlns="%s"><sheetData>' % MAIN_NS]
    return ("\n".join(head + body_lines) + "\n").encode()


# --------------------------------------------------------------------------------------------

def make_all(outdir, base):
    expected = {}

    def expect(name, codes, note, part=None, line=None, **run):
        if isinstance(codes, str):
            codes = [codes]
        expected[name] = {"code": codes, "part": part, "line": line, "note": note, **run}

    def p(name):
        return os.path.join(outdir, name)

    def zipped(name, entries):
        write_zip(p(name), entries)

    # ---- not a zip at all ------------------------------------------------------------------
    open(p("empty.xlsx"), "wb").close()
    expect("empty.xlsx", "empty_file", "0 bytes")

    with open(p("text.xlsx"), "wb") as f:
        f.write(b"hello")
    expect("text.xlsx", "not_zip", "the five bytes 'hello'")

    with open(p("truncated.xlsx"), "wb") as f:
        f.write(base.raw[:len(base.raw) * 6 // 10])
    expect("truncated.xlsx", "truncated_zip", "a real workbook cut to 60% of its bytes")

    # ---- OLE2 / CFB containers -------------------------------------------------------------
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)
    eof = struct.pack("<HH", 0x000A, 0)
    # A legacy .xls is read (tests/integration/test_xls.py); a damaged one is refused by name.
    write_cfb(p("legacy_no_eof.xls"), [("Workbook", bof)])
    expect("legacy_no_eof.xls", "corrupt_xls", "BIFF8 'Workbook' stream whose globals never end")

    info = struct.pack("<HHI", 4, 4, 0x40) + (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>').encode()
    package = struct.pack("<Q", 8192) + pseudo_random(8192)
    write_cfb(p("encrypted.xlsx"), [("EncryptionInfo", info), ("EncryptedPackage", package)])
    expect("encrypted.xlsx", "ole_encrypted",
           "password-protected workbook: CFB with EncryptionInfo + EncryptedPackage")

    write_cfb(p("ole_other.xlsx"), [("WordDocument", pseudo_random(5000, 7)),
                                    ("1Table", pseudo_random(700, 8))])
    expect("ole_other.xlsx", "ole_other", "a Word .doc renamed to .xlsx")

    # ---- zip bombs -------------------------------------------------------------------------
    prefix = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="%s"><sheetData>' % MAIN_NS).encode()
    suffix = b"</sheetData></worksheet>"
    chunk = b" " * MIB

    comp, crc, size = repeated_deflate(prefix, chunk, 2048, suffix)  # ~2 GiB
    bomb = Entry(SHEET_PART, compressed=comp, crc=crc, size=size)
    zipped("zipbomb.xlsx", base.entries(replace={SHEET_PART: bomb}))
    expect("zipbomb.xlsx", "zip_bomb", "sheet1.xml inflates to 2 GiB (declared honestly)")

    comp, crc, size = repeated_deflate(prefix, chunk, 5 * 1024, suffix)  # ~5 GiB, zip64
    bomb = Entry(SHEET_PART, compressed=comp, crc=crc, size=size, zip64=True)
    zipped("zipbomb_zip64.xlsx", base.entries(replace={SHEET_PART: bomb}))
    expect("zipbomb_zip64.xlsx", ["zip_bomb", "unsupported_zip"],
           "sheet1.xml inflates to 5 GiB, sizes in a zip64 extra field")

    comp, crc, size = repeated_deflate(prefix, chunk, 100, suffix)  # ~100 MiB
    lying = Entry(SHEET_PART, compressed=comp, crc=crc, size=size)
    lying.local_size = lying.central_size = len(base.part(SHEET_PART))
    zipped("zipbomb_lying.xlsx", base.entries(replace={SHEET_PART: lying}))
    expect("zipbomb_lying.xlsx", ["zip_bomb", "corrupt_entry"],
           "sheet1.xml declares %d bytes, inflates to 100 MiB" % lying.central_size)

    # ---- XML entity attacks ----------------------------------------------------------------
    wb = base.part(WORKBOOK_PART)
    wb_bomb = with_doctype(wb, billion_laughs("workbook"))
    wb_bomb = wb_bomb.replace(b'<definedNames/>',
                              b'<definedNames><definedName name="x">&lol9;</definedName>'
                              b'</definedNames>', 1)
    if b"&lol9;" not in wb_bomb:
        wb_bomb = wb_bomb.replace(b"</workbook>", b"<extLst>&lol9;</extLst></workbook>")
    zipped("entity_bomb.xlsx", base.entries(replace={WORKBOOK_PART: wb_bomb}))
    expect("entity_bomb.xlsx", "xml_entity_bomb", "billion laughs in workbook.xml",
           part=WORKBOOK_PART)

    sheet = base.part(SHEET_PART)
    sh_bomb = add_to_first_row(with_doctype(sheet, billion_laughs("worksheet")),
                               '<c r="Z1" t="inlineStr"><is><t>&lol9;</t></is></c>')
    zipped("entity_bomb_sheet.xlsx", base.entries(replace={SHEET_PART: sh_bomb}))
    expect("entity_bomb_sheet.xlsx", "xml_entity_bomb", "billion laughs in sheet1.xml",
           part=SHEET_PART)

    xxe = add_to_first_row(
        with_doctype(sheet, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'),
        '<c r="Z1" t="inlineStr"><is><t>&e;</t></is></c>')
    zipped("xxe.xlsx", base.entries(replace={SHEET_PART: xxe}))
    expect("xxe.xlsx", "xml_external_entity", "SYSTEM entity file:///etc/passwd used in a cell",
           part=SHEET_PART)

    xxe_param = with_doctype(
        sheet, '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n')
    zipped("xxe_param.xlsx", base.entries(replace={SHEET_PART: xxe_param}))
    expect("xxe_param.xlsx", "xml_external_entity", "parameter entity with SYSTEM, expanded",
           part=SHEET_PART)

    xxe_public = with_doctype(
        wb, '<!DOCTYPE workbook PUBLIC "-//X//Y" "http://127.0.0.1:9/x.dtd">\n')
    zipped("xxe_dtd.xlsx", base.entries(replace={WORKBOOK_PART: xxe_public}))
    expect("xxe_dtd.xlsx", ["xml_external_entity", "xml_doctype"], "external DTD (PUBLIC id + URL) in workbook.xml",
           part=WORKBOOK_PART)

    doctype = with_doctype(sheet, "<!DOCTYPE worksheet>\n")
    zipped("doctype.xlsx", base.entries(replace={SHEET_PART: doctype}))
    expect("doctype.xlsx", "xml_doctype", "a bare DOCTYPE without entities", part=SHEET_PART)

    # ---- entry names -----------------------------------------------------------------------
    zipped("dotdot.xlsx", base.entries(add=[("../evil.txt", b"evil\n")]))
    expect("dotdot.xlsx", "unsafe_entry_name", "extra entry ../evil.txt")

    zipped("dotdot_inner.xlsx", base.entries(add=[("xl/../../evil.txt", b"evil\n")]))
    expect("dotdot_inner.xlsx", "unsafe_entry_name", "extra entry xl/../../evil.txt")

    zipped("absolute.xlsx", base.entries(add=[("/etc/evil", b"evil\n")]))
    expect("absolute.xlsx", "unsafe_entry_name", "extra entry /etc/evil")

    zipped("drive.xlsx", base.entries(add=[("C:/evil.txt", b"evil\n")]))
    expect("drive.xlsx", "unsafe_entry_name", "extra entry C:/evil.txt")

    zipped("backslash.xlsx", base.entries(add=[("..\\evil.txt", b"evil\n")]))
    expect("backslash.xlsx", "unsafe_entry_name", "extra entry ..\\evil.txt")

    zipped("duplicate.xlsx", base.entries(add=[(SHEET_PART, small_sheet(
        ['<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>',
         "</sheetData></worksheet>"]))]))
    expect("duplicate.xlsx", "duplicate_entry", "two xl/worksheets/sheet1.xml entries")

    zipped("duplicate_case.xlsx", base.entries(add=[("XL/Worksheets/Sheet1.xml",
                                                     base.part(SHEET_PART))]))
    expect("duplicate_case.xlsx", "duplicate_entry",
           "xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml")

    # ---- missing parts ---------------------------------------------------------------------
    zipped("no_workbook.xlsx", base.entries(drop={WORKBOOK_PART}))
    expect("no_workbook.xlsx", "missing_part", "xl/workbook.xml removed")

    zipped("no_content_types.xlsx", base.entries(drop={"[Content_Types].xml"}))
    expect("no_content_types.xlsx", "missing_part", "[Content_Types].xml removed")

    zipped("missing_sheet.xlsx", base.entries(drop={SHEET_PART}))
    expect("missing_sheet.xlsx", "missing_part", "sheet1.xml removed, still in workbook.xml.rels")

    # ---- malformed XML ---------------------------------------------------------------------
    malformed = small_sheet([
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></rows>',  # line 3
        "</sheetData></worksheet>"])
    assert malformed.split(b"\n")[2].endswith(b"</rows>")
    zipped("malformed_sheet.xlsx", base.entries(replace={SHEET_PART: malformed}))
    expect("malformed_sheet.xlsx", "malformed_xml", "mismatched end tag </rows> on line 3",
           part=SHEET_PART, line=3)

    zipped("malformed_workbook.xlsx",
           base.entries(replace={WORKBOOK_PART: wb[:len(wb) * 6 // 10]}))
    expect("malformed_workbook.xlsx", "malformed_xml", "workbook.xml cut to 60%",
           part=WORKBOOK_PART)

    # ---- corrupt entries -------------------------------------------------------------------
    entries = base.entries()
    e = find_entry(entries, SHEET_PART)
    e.local_crc = e.central_crc = e.crc ^ 0x00FF0000
    zipped("crc.xlsx", entries)
    expect("crc.xlsx", "corrupt_entry", "sheet1.xml's CRC-32 changed in both headers")

    for name, want, note in (
            ("crc_data.xlsx", "crc",
             "one bit of sheet1.xml's deflate data flipped: still inflates, CRC differs"),
            ("inflate_error.xlsx", "error",
             "one bit of sheet1.xml's deflate data flipped: inflate fails")):
        entries = base.entries()
        e = find_entry(entries, SHEET_PART)
        e.compressed = corrupt_deflate(e.compressed, len(base.part(SHEET_PART)), e.crc, want)
        zipped(name, entries)
        expect(name, "corrupt_entry", note)

    # ---- unsupported zip features ----------------------------------------------------------
    entries = base.entries()
    e = find_entry(entries, SHEET_PART)
    e.local_method = e.central_method = 99
    zipped("bad_method.xlsx", entries)
    expect("bad_method.xlsx", "unsupported_zip", "sheet1.xml compression method 99")

    entries = base.entries()
    e = find_entry(entries, SHEET_PART)
    e.flags |= 0x0001
    zipped("zip_encrypted.xlsx", entries)
    expect("zip_encrypted.xlsx", "unsupported_zip", "sheet1.xml flagged as zip-encrypted")

    # ---- limits ----------------------------------------------------------------------------
    zipped("too_many_columns.xlsx", base.entries(replace={SHEET_PART: add_to_first_row(
        sheet, '<c r="XFE1" t="inlineStr"><is><t>x</t></is></c>')}))
    expect("too_many_columns.xlsx", "limit_exceeded", "a cell in column XFE (16,385)")

    zipped("huge_row.xlsx", base.entries(replace={SHEET_PART: add_row(
        sheet, '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>')}))
    expect("huge_row.xlsx", "limit_exceeded", "row 1,048,577")

    zipped("long_string.xlsx", base.entries(replace={SHEET_PART: add_to_first_row(
        sheet, '<c r="Z1" t="inlineStr"><is><t>%s</t></is></c>' % ("x" * 200000))}))
    expect("long_string.xlsx", "limit_exceeded", "a 200,000-character inline string")

    # ---- work budget: amplification recipes (issue 12) --------------------------------------
    make_budget_recipes(p, zipped, expect, base, Entry, write_zip, repeated_deflate, find_entry,
                        SHEET_PART, WORKBOOK_PART)

    make_encoding_and_layout(base, expect, zipped)
    make_scenario_workbooks(os.path.join(outdir, "scenarios"))

    write_expected(outdir, expected)
    return expected


def make_encoding_and_layout(base, expect, zipped):
    """Text that is not UTF-8, and sheet layouts Excel never writes: each refused by name."""
    sheet = base.part(SHEET_PART)

    def first_row_cell(cell_xml):
        i = sheet.index(b"</row>")
        return sheet[:i] + cell_xml + sheet[i:]

    # The probe's bytes FF FE C3 28 (no UTF-8 sequence starts with FF; C3 wants a continuation).
    zipped("invalid_utf8_cell.xlsx", base.entries(replace={SHEET_PART: first_row_cell(
        b'<c r="Z1" t="inlineStr"><is><t>\xff\xfe\xc3\x28</t></is></c>')}))
    expect("invalid_utf8_cell.xlsx", "invalid_utf8", "a cell holding the raw bytes FF FE C3 28",
           part=SHEET_PART, line=1)

    # A part that says it is GBK and is (测试 in GBK: B2 E2 CA D4).
    gbk = (b'<?xml version="1.0" encoding="GBK" standalone="yes"?>\n'
           + first_row_cell(b'<c r="Z1" t="inlineStr"><is><t>\xb2\xe2\xca\xd4</t></is></c>'))
    zipped("gbk_declared.xlsx", base.entries(replace={SHEET_PART: gbk}))
    expect("gbk_declared.xlsx", "unsupported_encoding", "sheet1.xml declared and written as GBK",
           part=SHEET_PART)

    # r="C": a cell reference without its row (set C1=9 used to add a second C1).
    zipped("ref_without_row.xlsx", base.entries(replace={SHEET_PART: add_row(
        sheet, '<row r="1000"><c r="C"><v>1</v></c></row>')}))
    expect("ref_without_row.xlsx", "malformed_xml", "a cell with r=\"C\" (no row number)",
           part=SHEET_PART)

    # One address twice in a row: after set A1000=9, check read the old value.
    zipped("duplicate_cell.xlsx", base.entries(replace={SHEET_PART: add_row(
        sheet, '<row r="1000"><c r="A1000"><v>1</v></c><c r="A1000"><v>2</v></c></row>')}))
    expect("duplicate_cell.xlsx", "duplicate_cell", "cell A1000 twice in its row", part=SHEET_PART)

    zipped("duplicate_row.xlsx", base.entries(replace={SHEET_PART: add_row(
        sheet, '<row r="1"><c r="B1"><v>1</v></c></row>')}))
    expect("duplicate_row.xlsx", "duplicate_cell", "row 1 given again after row 66",
           part=SHEET_PART)

    # Two sheets on one part: set 'S1'!A1=1 'S2'!B1=2 reported 2 changes and kept one.
    wb = base.part(WORKBOOK_PART)
    rels_part = "xl/_rels/workbook.xml.rels"
    rels = base.part(rels_part)
    sheet_target = re.search(rb'Target="([^"]*sheet1\.xml)"', rels).group(1)
    second = (b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
              b'relationships" name="S2" sheetId="99" r:id="rIdShared"/>')
    wb2 = wb.replace(b"</sheets>", second + b"</sheets>")
    rels2 = rels.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.'
                         b'org/officeDocument/2006/relationships/worksheet" Target="'
                         + sheet_target + b'" Id="rIdShared"/></Relationships>')
    zipped("shared_sheet_part.xlsx", base.entries(replace={WORKBOOK_PART: wb2, rels_part: rels2}))
    expect("shared_sheet_part.xlsx", "shared_sheet_part",
           "a second sheet whose relationship points at sheet1.xml")


def make_scenario_workbooks(outdir):
    """Small workbooks the command scenarios of test_hostile.py start from."""
    os.makedirs(outdir, exist_ok=True)
    # The probe's shared formula: master B1 = SUM(A:A)+SUM(1:1)+A1 handed to C1 and B2.
    sheet = small_sheet([
        '<row r="1"><c r="A1"><v>1</v></c>'
        '<c r="B1"><f t="shared" ref="B1:C2" si="0">SUM(A:A)+SUM(1:1)+A1</f><v>3</v></c>'
        '<c r="C1"><f t="shared" si="0"/><v>5</v></c></row>',
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>9</v></c></row>',
        '</sheetData></worksheet>'])
    write_zip(os.path.join(outdir, "shared_whole_lines.xlsx"), minimal_package(sheet))


def minimal_package(sheet_xml):
    """Entries of a one-sheet workbook around `sheet_xml`."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="%s/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' % pkg)
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="%s/relationships"><Relationship Id="rId1" Type="%s/'
                 'officeDocument" Target="xl/workbook.xml"/></Relationships>' % (pkg, rel))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Sheet1" sheetId="1" '
                'r:id="rId1"/></sheets></workbook>' % (MAIN_NS, rel))
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="%s/relationships"><Relationship Id="rId1" Type="%s/'
               'worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (pkg, rel))
    return [Entry("[Content_Types].xml", ct.encode()), Entry("_rels/.rels", root_rels.encode()),
            Entry(WORKBOOK_PART, workbook.encode()),
            Entry("xl/_rels/workbook.xml.rels", wb_rels.encode()),
            Entry(SHEET_PART, sheet_xml)]


def corrupt_deflate(compressed, size, crc, want):
    """One bit of the deflate data changed, searching from the middle, so that the data either
    still inflates to the same length with a wrong CRC (want="crc") or makes inflate fail
    outright (want="error")."""
    for pos in range(len(compressed) // 2, len(compressed) - 8):
        for mask in (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80):
            changed = bytearray(compressed)
            changed[pos] ^= mask
            try:
                out, eof, unused = inflate(bytes(changed))
            except zlib.error:
                if want == "error":
                    return bytes(changed)
                continue
            if (want == "crc" and eof and not unused and len(out) == size
                    and zlib.crc32(out) != crc):
                return bytes(changed)
    raise SystemExit("make_fixtures: cannot corrupt the sheet's deflate data (%s)" % want)


def write_expected(outdir, expected):
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def default_samples_dir():
    return os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "..", "..", "samples"))


def pick_sample(samples_dir):
    found = sorted(glob.glob(os.path.join(samples_dir, "*.xlsx")))
    if not found:
        raise SystemExit("make_fixtures: no *.xlsx in %s" % samples_dir)
    return found[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write the hostile workbook fixtures.")
    ap.add_argument("outdir")
    ap.add_argument("--samples", default=default_samples_dir(),
                    help="directory of real workbooks (default: the repository's samples/)")
    ap.add_argument("--fuzz-seeds", action="store_true",
                    help="write the small seed corpus of tests/fuzz/corpus/ into OUTDIR instead")
    args = ap.parse_args(argv)
    if args.fuzz_seeds:
        write_fuzz_seeds(args.outdir, Entry, write_zip, repeated_deflate)
        print("make_fixtures: fuzz seeds in %s" % args.outdir)
        return 0
    os.makedirs(args.outdir, exist_ok=True)
    base = Base(pick_sample(args.samples))
    expected = make_all(args.outdir, base)
    print("make_fixtures: %d fixtures from %s in %s"
          % (len(expected), os.path.basename(base.sample), args.outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
