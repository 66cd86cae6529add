"""Hostile command lines (issue 12, items 10-16 and 19-21): outputs that are inputs, a planted
link at a temporary name, read-only targets, arguments that are not UTF-8, a file name that is
not UTF-8, unreadable folders, and whole-column/row references in a shared formula. Run by
test_hostile.py after the fixture refusals; the workbooks come from tests/hostile/make_fixtures.py
(scenarios/) and the samples.

Every scenario runs the real command and checks what is on disk afterwards: the inputs
byte for byte, no file left beside an output, and no sanitizer report in the output.
"""

import glob
import json
import os
import shutil
import stat
import subprocess
import tempfile

SANITIZER_TEXT = ["AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer",
                  "runtime error:", "terminate called", "Traceback (most recent call last)"]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with openpyxl


class Ctx:
    def __init__(self, evalbook, fixtures, samples, workdir):
        self.evalbook = evalbook
        self.fixtures = fixtures
        self.samples = samples
        self.workdir = workdir

    def sample(self, prefix):
        return sorted(glob.glob(os.path.join(self.samples, prefix + "*.xlsx")))[0]

    def folder(self, name):
        path = os.path.join(self.workdir, name)
        os.makedirs(path)
        return path

    def run(self, *args, cwd=None):
        proc = subprocess.run([self.evalbook, *args], capture_output=True, timeout=120, cwd=cwd)
        text = proc.stdout + proc.stderr
        for bad in SANITIZER_TEXT:
            assert bad.encode() not in text, "output contains %r: %s" % (
                bad, proc.stderr.decode(errors="replace")[:800])
        assert proc.returncode >= 0, "killed by signal %d" % -proc.returncode
        return proc


def sha(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def refused(proc, code):
    err = proc.stderr.decode(errors="replace")
    assert proc.returncode == 2, "expected exit 2, got %d: %s" % (proc.returncode, err[:400])
    assert "[%s]" % code in err, "stderr lacks [%s]: %s" % (code, err[:400])


def only_files(folder, names):
    left = sorted(os.listdir(folder))
    assert left == sorted(names), "files in %s: %s (expected %s)" % (folder, left, sorted(names))


def openpyxl_rows(path, sheet):
    """The sheet's rows as lists of values, read by openpyxl in Debian's python."""
    code = ("import json,sys,openpyxl\n"
            "ws=openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]\n"
            "print(json.dumps([[c.value for c in r] for r in ws.iter_rows()], default=str))\n")
    proc = subprocess.run([SYSTEM_PYTHON, "-c", code, path, sheet], capture_output=True, timeout=120)
    assert proc.returncode == 0, "openpyxl cannot open %s: %s" % (path, proc.stderr.decode()[-600:])
    return json.loads(proc.stdout)


# ---- 10-11: an output that is one of the inputs, by file identity ------------------------------

def summary_into_its_folder(ctx):
    d = ctx.folder("sum_in_folder")
    shutil.copy(ctx.sample("004_project_03"), os.path.join(d, "a.xlsx"))
    shutil.copy(ctx.sample("004_project_04"), os.path.join(d, "b.xlsx"))
    before = sha(os.path.join(d, "a.xlsx"))
    refused(ctx.run("summary", d, "-o", os.path.join(d, "a.xlsx")), "bad_argument")
    # The same file by other names: ./ and .. tricks, a hard link, a symbolic link.
    os.link(os.path.join(d, "a.xlsx"), os.path.join(ctx.workdir, "hard_a.xlsx"))
    os.symlink(os.path.join(d, "b.xlsx"), os.path.join(ctx.workdir, "soft_b.xlsx"))
    for out in (os.path.join(d, ".", "..", os.path.basename(d), "a.xlsx"),
                os.path.join(ctx.workdir, "hard_a.xlsx"), os.path.join(ctx.workdir, "soft_b.xlsx")):
        refused(ctx.run("summary", d, "-o", out), "bad_argument")
    assert sha(os.path.join(d, "a.xlsx")) == before
    only_files(d, ["a.xlsx", "b.xlsx"])


def summary_over_a_named_input(ctx):
    d = ctx.folder("sum_named")
    c = os.path.join(d, "c.xlsx")
    b = os.path.join(d, "b.xlsx")
    shutil.copy(ctx.sample("004_project_03"), c)
    shutil.copy(ctx.sample("004_project_04"), b)
    before = sha(c)
    refused(ctx.run("summary", "c.xlsx", "b.xlsx", "-o", "./c.xlsx", cwd=d), "bad_argument")
    assert sha(c) == before
    # A zip archive holding the members is an input too.
    shutil.make_archive(os.path.join(ctx.workdir, "pack"), "zip", d, ".")
    pack = os.path.join(d, "pack.zip")
    os.rename(os.path.join(ctx.workdir, "pack.zip"), pack)
    zbefore = sha(pack)
    refused(ctx.run("summary", pack, "-o", pack), "bad_argument")
    assert sha(pack) == zbefore
    only_files(d, ["b.xlsx", "c.xlsx", "pack.zip"])


def export_over_its_input(ctx):
    d = ctx.folder("export_self")
    f = os.path.join(d, "f.xlsx")
    shutil.copy(ctx.sample("004_project_03"), f)
    before = sha(f)
    refused(ctx.run("export", "f.xlsx", "--format", "json", "-o", "./f.xlsx", cwd=d), "bad_argument")
    os.link(f, os.path.join(d, "forms.csv"))  # a CSV name that is the workbook itself
    refused(ctx.run("export", f, "--format", "csv", "-o", d), "bad_argument")
    assert sha(f) == before
    only_files(d, ["f.xlsx", "forms.csv"])


def fill_over_its_data(ctx):
    d = ctx.folder("fill_self")
    check = ctx.run("check", ctx.sample("004_project_03"), "--format", "json")
    doc = json.loads(check.stdout)
    template = doc["files"][0]["forms"][0]["template"]
    rec = os.path.join(d, "rec.json")
    with open(rec, "wb") as f:
        f.write(check.stdout)
    before = sha(rec)
    refused(ctx.run("fill", template, "--data", rec, "-o", rec), "bad_argument")
    assert sha(rec) == before
    proc = ctx.run("fill", template, "--data", rec, "-o", os.path.join(d, "form.xlsx"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    only_files(d, ["form.xlsx", "rec.json"])
    # A fill that fails (a name over Excel's 32,767 characters per cell) leaves no file at all.
    doc["files"][0]["forms"][0]["record"]["project_name"] = "项" * 40000
    big = os.path.join(d, "big.json")
    with open(big, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    proc = ctx.run("fill", template, "--data", big, "-o", os.path.join(d, "big.xlsx"))
    assert proc.returncode == 2, "exit %d" % proc.returncode
    only_files(d, ["big.json", "form.xlsx", "rec.json"])


# ---- 12: a planted link at the old fixed temporary name is never followed ----------------------

def planted_temporary_link(ctx):
    d = ctx.folder("planted")
    victim = os.path.join(d, "victim.txt")
    with open(victim, "w") as f:
        f.write("precious")
    os.symlink(victim, os.path.join(d, "out.json.tmp"))
    proc = ctx.run("export", ctx.sample("004_project_03"), "--format", "json", "-o",
                   os.path.join(d, "out.json"))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    with open(victim) as f:
        assert f.read() == "precious", "the file behind the planted link was overwritten"
    out = os.path.join(d, "out.json")
    assert not os.path.islink(out), "out.json ended up as the planted link"
    with open(out, encoding="utf-8") as f:
        assert json.load(f)["forms"], "out.json holds no forms"
    only_files(d, ["out.json", "out.json.tmp", "victim.txt"])


def interrupted_summary(ctx):
    """A summary stopped by SIGTERM or SIGINT (Ctrl+C) leaves no temporary file behind (the
    probe found an empty *.xlsx.tmpXXXXXX after killing a stalled one). A FIFO named like a
    workbook holds the run still while its scratch file exists."""
    import signal
    import time
    for sig in (signal.SIGTERM, signal.SIGINT):
        d = ctx.folder("interrupted_%d" % sig)
        shutil.copy(ctx.sample("004_project_03"), os.path.join(d, "a.xlsx"))
        os.mkfifo(os.path.join(d, "hang.xlsx"))
        proc = subprocess.Popen([ctx.evalbook, "summary", "a.xlsx", "hang.xlsx", "-o", "out.xlsx",
                                 "--jobs", "1"], cwd=d, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and len(os.listdir(d)) < 3:
                time.sleep(0.02)
            assert len(os.listdir(d)) == 3, "no temporary file appeared: %s" % os.listdir(d)
            proc.send_signal(sig)
            assert proc.wait(timeout=20) == -sig, "exit status %s" % proc.returncode
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        only_files(d, ["a.xlsx", "hang.xlsx"])


# ---- 13: read-only targets and permission bits -------------------------------------------------

def in_place_on_read_only(ctx):
    d = ctx.folder("readonly")
    f = os.path.join(d, "f.xlsx")
    shutil.copy(ctx.sample("004_project_03"), f)
    os.chmod(f, 0o444)
    before = sha(f)
    refused(ctx.run("fix", f, "--in-place"), "io_error")
    assert sha(f) == before and stat.S_IMODE(os.stat(f).st_mode) == 0o444
    only_files(d, ["f.xlsx"])  # no backup, no temporary file
    # A writable file keeps its permission bits (0640 here, not the 0644 of a new file).
    os.chmod(f, 0o640)
    proc = ctx.run("fix", f, "--in-place")
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    assert stat.S_IMODE(os.stat(f).st_mode) == 0o640, oct(os.stat(f).st_mode)
    assert sha(f + ".bak") == before and sha(f) != before
    only_files(d, ["f.xlsx", "f.xlsx.bak"])
    # -o onto an existing read-only file is refused as well.
    locked = os.path.join(d, "locked.xlsx")
    shutil.copy(ctx.sample("004_project_04"), locked)
    os.chmod(locked, 0o444)
    lbefore = sha(locked)
    refused(ctx.run("set", f, "-o", locked, "A1=1"), "io_error")
    assert sha(locked) == lbefore
    only_files(d, ["f.xlsx", "f.xlsx.bak", "locked.xlsx"])


# ---- 14-15: text that is not UTF-8 never reaches an output --------------------------------------

def arguments_not_utf8(ctx):
    d = ctx.folder("args")
    src = ctx.sample("004_project_03")
    out = os.path.join(d, "out.xlsx")
    gbk = "测试".encode("gbk")  # B2 E2 CA D4
    proc = subprocess.run([ctx.evalbook.encode(), b"set", src.encode(), b"-o", out.encode(),
                           b"B1=" + gbk], capture_output=True, timeout=60)
    refused(proc, "bad_argument")
    # Over Excel's 32,767 characters per cell: refused; at the limit: written and read back.
    refused(ctx.run("set", src, "-o", out, "B1=" + "好" * 40000), "bad_argument")
    only_files(d, [])
    proc = ctx.run("set", src, "-o", out, "B1=" + "好" * 32767)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    dump = ctx.run("dump", out).stdout.decode("utf-8")
    assert "好" * 32767 in dump


def file_name_not_utf8(ctx):
    d = ctx.folder("names")
    name = os.path.join(d.encode(), b"\xff\xfe-" + "项目".encode("gbk") + b".xlsx")
    shutil.copy(ctx.sample("004_project_03"), name)
    check = subprocess.run([ctx.evalbook.encode(), b"check", name, b"--format", b"json"],
                           capture_output=True, timeout=60)
    assert check.returncode in (0, 1), check.stderr.decode(errors="replace")
    doc = json.loads(check.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
    assert "\ufffd" in doc["files"][0]["file"]
    out = os.path.join(ctx.workdir, "names.xlsx")
    proc = ctx.run("summary", d, "-o", out)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    rows = openpyxl_rows(out, "项目汇总")  # openpyxl refuses XML that is not well-formed
    assert any("\ufffd" in str(v) for row in rows for v in row), "the file name is not listed"


# ---- 19: whole columns and rows in a shared formula, against LibreOffice ------------------------

def shared_formula_whole_lines(ctx):
    d = ctx.folder("shared")
    src = os.path.join(ctx.fixtures, "scenarios", "shared_whole_lines.xlsx")
    out = os.path.join(d, "out.xlsx")
    proc = ctx.run("set", src, "-o", out, "B1=5")
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    ours = openpyxl_rows(out, "Sheet1")
    # By hand: C1 is B1's formula one column right, B2 one row down (Excel's rule).
    assert ours[0][2] == "=SUM(B:B)+SUM(1:1)+B1", ours
    assert ours[1][1] == "=SUM(A:A)+SUM(2:2)+A2", ours
    if not shutil.which("soffice"):
        print("     (LibreOffice not installed: the comparison with it is skipped)")
        return
    profile = tempfile.mkdtemp(prefix="evalbook-lo-")
    try:
        conv = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                               "--convert-to", "xlsx", "--outdir", os.path.join(d, "lo"), src],
                              capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert conv.returncode == 0, conv.stderr.decode(errors="replace")
    theirs = openpyxl_rows(os.path.join(d, "lo", "shared_whole_lines.xlsx"), "Sheet1")
    assert theirs[0][2] == ours[0][2] and theirs[1][1] == ours[1][1], (theirs, ours)


# ---- 21: a folder that cannot be read is listed, never skipped ----------------------------------

def unreadable_entries_in_folder(ctx):
    d = ctx.folder("unreadable")
    os.makedirs(os.path.join(d, "ok"))
    shutil.copy(ctx.sample("004_project_03"), os.path.join(d, "ok", "a.xlsx"))
    # As root every folder is readable, so a folder without permission cannot be made here; a
    # link to nowhere and a link to itself cannot be read by anyone.
    os.symlink(os.path.join(d, "no-such-folder"), os.path.join(d, "gone"))
    os.symlink("loop", os.path.join(d, "loop"))
    locked = None
    if os.geteuid() != 0:
        locked = os.path.join(d, "locked")
        os.makedirs(locked)
        shutil.copy(ctx.sample("004_project_04"), os.path.join(locked, "b.xlsx"))
        os.chmod(locked, 0)
    else:
        print("     (running as root: the folder-without-permission case is skipped, root reads it)")
    out = os.path.join(ctx.workdir, "unreadable.xlsx")
    try:
        proc = ctx.run("summary", d, "-o", out)
    finally:
        if locked:
            os.chmod(locked, 0o755)
    err = proc.stderr.decode(errors="replace")
    assert proc.returncode == 2, "expected exit 2 (unreadable inputs): %s" % err[:400]
    rows = openpyxl_rows(out, "无法读取")
    listed = [str(r[0]) for r in rows[1:]]
    for entry in ["gone", "loop"] + (["locked"] if locked else []):
        path = os.path.join(d, entry)
        assert path in listed, "%s not in 无法读取: %s" % (entry, listed)
        assert path in err, "no message names %s" % entry
    projects = openpyxl_rows(out, "项目汇总")
    assert any("a.xlsx" in str(v) for row in projects for v in row), "the readable file is missing"


SCENARIOS = [summary_into_its_folder, summary_over_a_named_input, export_over_its_input,
             fill_over_its_data, planted_temporary_link, interrupted_summary,
             in_place_on_read_only, arguments_not_utf8, file_name_not_utf8,
             shared_formula_whole_lines, unreadable_entries_in_folder]


def run_all(tally, evalbook, fixtures, samples, workdir):
    base = os.path.join(workdir, "scenarios")
    os.makedirs(base)
    ctx = Ctx(evalbook, fixtures, samples, base)
    for scenario in SCENARIOS:
        try:
            scenario(ctx)
            problems = []
        except AssertionError as e:
            problems = [str(e) or "assertion failed"]
        except Exception as e:  # a broken scenario is a failure too, never a pass
            problems = ["%s: %s" % (type(e).__name__, e)]
        tally.record("scenario %s" % scenario.__name__, problems, "")
