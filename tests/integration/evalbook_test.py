"""Shared helpers for the integration tests: where things are, running the command, a tiny
runner that prints the closing 'N passed, M failed' line."""
import glob
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import traceback
import zipfile

ROOT = os.environ.get("EVALBOOK_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVALBOOK = os.environ.get("EVALBOOK") or os.path.join(ROOT, "build", "evalbook")
SAMPLES = os.path.join(ROOT, "samples")
SEEDS = os.path.join(ROOT, "tests", "data", "seeds")


def run(*args, check=True, timeout=300):
    proc = subprocess.run([EVALBOOK, *args], capture_output=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"evalbook {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
    return proc


def check(path, *extra):
    """check --format json of one file: its entry, which must not be an error."""
    doc = json.loads(run("check", path, "--format", "json", *extra, check=False).stdout)
    entry = doc["files"][0]
    assert entry["error"] is None, entry["error"]
    return entry


def the_form(path):
    """The one form of a one-form file."""
    entry = check(path)
    assert len(entry["forms"]) == 1, (path, entry["skipped_sheets"])
    return entry["forms"][0]


def all_samples():
    """Every sample workbook, the multi-sheet ones included, sorted."""
    return sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")) + glob.glob(os.path.join(SAMPLES, "multi_sheet", "*.xlsx")))


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def raw_entries(path):
    """{name: (method, CRC, compressed bytes exactly as stored)} read from the local headers."""
    out = {}
    with zipfile.ZipFile(path) as z, open(path, "rb") as f:
        for info in z.infolist():
            f.seek(info.header_offset)
            header = f.read(30)
            name_len, extra_len = struct.unpack("<HH", header[26:30])
            f.seek(info.header_offset + 30 + name_len + extra_len)
            out[info.filename] = (info.compress_type, info.CRC, f.read(info.compress_size))
    return out


def sheet_parts(path):
    """{sheet name: part name}."""
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for rel in re.findall(r"<Relationship [^>]*>", rels):
        rid = re.search(r'Id="([^"]+)"', rel).group(1)
        target = re.search(r'Target="([^"]+)"', rel).group(1)
        targets[rid] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    out = {}
    for sheet in re.findall(r"<sheet [^>]*>", wb):
        name = re.search(r'name="([^"]+)"', sheet).group(1)
        name = name.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
        out[name] = targets[re.search(r'r:id="([^"]+)"', sheet).group(1)]
    return out


def seed_manifest():
    """(workbook path, [(sheet name, seed file, first line, last line)]) from samples/README-seed.md."""
    rows = []
    with open(os.path.join(SAMPLES, "README-seed.md"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("| ") or ".xlsx" not in line:
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            path, sheets, sources = cells[0], cells[1], cells[2]
            names = [s.strip() for s in sheets.split(" / ")]
            ranges = []
            for src in sources.split(";"):
                m = re.match(r"\s*(\S+\.txt) lines (\d+)-(\d+)", src)
                ranges.append((m.group(1), int(m.group(2)), int(m.group(3))))
            if len(ranges) == 1 and len(names) > 1:
                # One seed range holds several sheets, one after another.
                rows.append((os.path.join(SAMPLES, path), [(tuple(names), *ranges[0])]))
                continue
            assert len(names) == len(ranges), line
            rows.append((os.path.join(SAMPLES, path), [(n, *r) for n, r in zip(names, ranges)]))
    return rows


def seed_lines(seed_file, first, last):
    """The seed text of a form: the lines as the dump must print them. A trailing TAB field is an
    empty cell, which the dump contract does not print; trailing empty lines likewise."""
    with open(os.path.join(SEEDS, seed_file), encoding="utf-8") as f:
        lines = f.read().split("\n")[first - 1:last]
    # CLI-CONTRACT.md: a backslash inside a cell is printed as two (a seed line, one row with
    # TABs between cells, cannot hold a cell's own TAB or line break).
    lines = [l.rstrip("\t").replace("\\", "\\\\") for l in lines]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def split_dump(text):
    """{sheet name: [lines]} from dump output."""
    sheets = {}
    current = None
    for line in text.split("\n"):
        if line.startswith("# sheet: "):
            current = line[len("# sheet: "):]
            sheets[current] = []
        elif current is not None:
            sheets[current].append(line)
    for lines in sheets.values():
        while lines and lines[-1] == "":
            lines.pop()
    return sheets


def main(tests):
    passed = failed = 0
    for test in tests:
        try:
            test()
            passed += 1
            print(f"ok   {test.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {test.__name__}")
            traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
