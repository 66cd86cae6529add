"""The same workbooks written by other producers dump identically.

    EVALBOOK=build/evalbook EVALBOOK_SOURCE_DIR=. SEED_TO_XLSXWRITER=build/tests/tools/seed_to_xlsxwriter \
        /usr/bin/python3 tests/integration/test_producers.py

1. LibreOffice: every sample (samples/*.xlsx, samples/multi_sheet/*.xlsx) re-saved with
   `soffice --headless --convert-to xlsx` (all in one soffice call). LibreOffice writes shared
   strings, its own styles and number-format ids; the converted file must dump exactly as the
   original does and as the seed text says (test_dump_seeds.compare). The test also checks the
   converted file really uses shared strings, so it cannot silently test the samples' own layout.
2. libxlsxwriter: every seed range of samples/README-seed.md written by tests/tools/
   seed_to_xlsxwriter (constant_memory mode: inline strings, no sharedStrings.xml) as one sheet;
   its dump must equal seed_lines() of that range. The 决算 and 重点评价 ranges, which the
   samples split over several sheets, are written whole as one sheet.

Nothing is skipped: a missing soffice or tool is a failure that says how to get it.
The last line printed is "N passed, M failed"; the exit status is 1 when anything failed.
"""
import atexit
import difflib
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from evalbook_test import ROOT, SAMPLES, SEEDS, main, run, seed_lines, seed_manifest, split_dump
from test_dump_seeds import compare

TOOL = os.environ.get("SEED_TO_XLSXWRITER") or os.path.join(ROOT, "build", "tests", "tools", "seed_to_xlsxwriter")
TMP = tempfile.mkdtemp(prefix="evalbook-producers-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)

# Cells whose display LibreOffice itself changes on re-saving (verified by converting the
# LibreOffice output to CSV with soffice): {(sample file name, sheet, cell): (seed text, text
# LibreOffice shows, why)}. None known: every converted sample shows exactly the seed text.
KNOWN_LO_DIFFERENCES = {}


def samples():
    return sorted(glob.glob(os.path.join(SAMPLES, "*.xlsx")) + glob.glob(os.path.join(SAMPLES, "multi_sheet", "*.xlsx")))


def short(path):
    return os.path.relpath(path, SAMPLES)


def diff(want, got, a, b):
    return "\n".join(list(difflib.unified_diff(want, got, a, b, lineterm=""))[:60])


# --- LibreOffice -------------------------------------------------------------------------------

_lo = {}


def lo_converted():
    """{sample path: converted path}; one soffice call for all samples, done once."""
    if "result" in _lo:
        if isinstance(_lo["result"], Exception):
            raise _lo["result"]
        return _lo["result"]
    try:
        _lo["result"] = _convert_all()
    except Exception as e:  # remember, so every LibreOffice test fails with the same cause
        _lo["result"] = e
        raise
    return _lo["result"]


def _convert_all():
    soffice = shutil.which("soffice")
    assert soffice, ("soffice (LibreOffice) not found: run scripts/install-deps.sh --test "
                     "(installs libreoffice-calc-nogui)")
    files = samples()
    names = [os.path.basename(f) for f in files]
    assert len(set(names)) == len(names), "sample file names collide in one --outdir"
    outdir = os.path.join(TMP, "lo")
    profile = os.path.join(TMP, "lo-profile")
    os.makedirs(outdir)
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "xlsx", "--outdir", outdir, *files],
                          capture_output=True, timeout=300)
    out = {f: os.path.join(outdir, os.path.basename(f)) for f in files}
    missing = [short(f) for f, o in out.items() if not os.path.isfile(o)]
    assert proc.returncode == 0 and not missing, (
        f"soffice --convert-to xlsx exited {proc.returncode}, did not write {missing}:\n"
        f"{proc.stdout.decode(errors='replace')}{proc.stderr.decode(errors='replace')}")
    return out


def uses_shared_strings(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        sheets = [n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        xml = "".join(z.read(n).decode("utf-8") for n in sheets)
    return "xl/sharedStrings.xml" in names and 't="s"' in xml and "inlineStr" not in xml


def checked(path):
    """check --format json of one file, without the file's own name."""
    doc = json.loads(run("check", path, "--format", "json", check=False).stdout)
    files = doc["files"]
    assert len(files) == 1, files
    return {k: v for k, v in files[0].items() if k != "file"}


def make_lo_test(path, sheets):
    def test():
        converted = lo_converted()[path]
        assert uses_shared_strings(converted), f"{short(path)}: LibreOffice output has no shared strings"
        original = run("dump", path).stdout.decode("utf-8")
        got = run("dump", converted).stdout.decode("utf-8")
        assert got == original, (f"{short(path)}: dump of the LibreOffice copy differs from the original's:\n"
                                 + diff(original.split("\n"), got.split("\n"), "original", "libreoffice"))
        compare(converted, sheets)  # and from the seed text (the ground truth)
        # Records, recomputed figures and findings too: what a unit's re-saved file is judged by.
        want, got = checked(path), checked(converted)
        assert got == want, f"{short(path)}: check of the LibreOffice copy differs from the original's"
    test.__name__ = "libreoffice_dump:" + short(path)
    return test


def test_every_sample_in_manifest():
    listed = {p for p, _ in seed_manifest()}
    unlisted = [short(f) for f in samples() if f not in listed]
    assert not unlisted, f"samples not in samples/README-seed.md (not tested): {unlisted}"


# --- libxlsxwriter -----------------------------------------------------------------------------

def xlsxwriter_ranges():
    """Unique (sheet name, seed, first, last): the multi_sheet workbooks repeat the single-form
    ranges. A range the samples split over several sheets is one sheet, named by its lines."""
    seen = {}
    for _, sheets in seed_manifest():
        for name, seed, first, last in sheets:
            if isinstance(name, tuple):
                name = f"lines {first}-{last}"
            seen.setdefault((seed, first, last), name)
    return [(name, *key) for key, name in seen.items()]


def make_xlsxwriter_test(name, seed, first, last):
    def test():
        assert os.path.isfile(TOOL) and os.access(TOOL, os.X_OK), (
            f"{TOOL} not built: set SEED_TO_XLSXWRITER or build target seed_to_xlsxwriter "
            "(tests/tools; needs libxlsxwriter-dev: scripts/install-deps.sh)")
        out = os.path.join(TMP, f"xw-{seed}-{first}-{last}.xlsx")
        proc = subprocess.run([TOOL, os.path.join(SEEDS, seed), str(first), str(last), out, name],
                              capture_output=True, timeout=60)
        assert proc.returncode == 0, f"seed_to_xlsxwriter exited {proc.returncode}: {proc.stderr.decode(errors='replace')}"
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "xl/sharedStrings.xml" not in names and 't="inlineStr"' in xml and 't="s"' not in xml, \
            f"{out}: not written with inline strings"
        dumped = split_dump(run("dump", out).stdout.decode("utf-8"))
        assert list(dumped) == [name], f"sheets {list(dumped)}"
        want = seed_lines(seed, first, last)
        got = dumped[name]
        assert got == want, f"{seed} lines {first}-{last} via libxlsxwriter:\n" + diff(want, got, "seed", "dump")
    test.__name__ = f"xlsxwriter_dump:{seed}:{first}-{last}({name})"
    return test


if __name__ == "__main__":
    manifest = seed_manifest()
    main([test_every_sample_in_manifest]
         + [make_lo_test(p, s) for p, s in sorted(manifest)]
         + [make_xlsxwriter_test(*r) for r in xlsxwriter_ranges()])
