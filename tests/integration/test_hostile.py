#!/usr/bin/env python3
"""Bad-input tests: evalbook must refuse every hostile or broken workbook cleanly and quickly.

    EVALBOOK=build/evalbook EVALBOOK_SOURCE_DIR=. /usr/bin/python3 tests/integration/test_hostile.py

The fixtures are written by tests/hostile/make_fixtures.py into a temporary directory, with
expected.json saying which error code(s) each must produce. For every fixture the commands its
entry lists ("commands"; by default `evalbook dump F` and `evalbook set F -o OUT A1=1`; also
`check F`, `fix F -o OUT`, `summary F -o OUT`) are run, and each run must:
  - exit with code 2 (not killed by a signal, not hung: 5 s timeout),
  - print "[code]" on stderr, with code one of the allowed ones, plus the part (and line) of the
    problem where expected.json gives them,
  - print nothing on stdout (check: its report, naming the code), never /etc/passwd's contents,
  - print no traceback, sanitizer report or uncaught-exception text,
  - finish within 1.0 s of wall clock, with a peak RSS under 256 MB (os.wait4 of that child),
  - leave the fixture unchanged and (set) create neither OUT nor any temporary file beside it.
Summary still writes OUT (listing F as unreadable); the other rules hold for it too.
A fixture whose "outcome" is "ok" (the work-budget recipes that must be read, not refused) must
instead exit 0 (check and fix: 0 or 1), with no error on stderr, within the same time and
memory, dump printing every "stdout" substring and none of the "absent" ones, set and fix
writing OUT.
A real sample must dump with exit 0 as a control, so a broken binary cannot pass.
Then the command scenarios of hostile_scenarios.py run (outputs that are inputs, read-only
targets, text that is not UTF-8, unreadable folders, shared formulas against LibreOffice).
The last line printed is "N passed, M failed"; the exit status is 1 when anything failed.
"""

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 5.0
MAX_ELAPSED_S = 1.0
MAX_RSS_KB = 256 * 1024
if os.environ.get("EVALBOOK_SANITIZED"):
    # The ASan+UBSan build (scripts/sanitize.sh) runs a few times slower and keeps freed memory
    # in quarantine; the release build's run holds the real budget.
    TIMEOUT_S, MAX_ELAPSED_S, MAX_RSS_KB = 30.0, 6.0, 1024 * 1024
BAD_TEXT = [
    "Traceback (most recent call last)",
    "AddressSanitizer",
    "LeakSanitizer",
    "UndefinedBehaviorSanitizer",
    "ThreadSanitizer",
    "MemorySanitizer",
    "runtime error:",
    "terminate called",
    "what():",
    "Segmentation fault",
    "core dumped",
    "Aborted",
]


class Result:
    def __init__(self, returncode, stdout, stderr, elapsed, maxrss_kb, timed_out):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.elapsed = elapsed
        self.maxrss_kb = maxrss_kb
        self.timed_out = timed_out


def run(argv, cwd):
    """Runs argv with a timeout; returns its exit code (negative: signal), output, wall-clock
    time and the peak RSS of that one child as os.wait4 reports it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd)
        deadline = start + TIMEOUT_S
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.monotonic() >= deadline:
                timed_out = True
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        elapsed = time.monotonic() - start
        returncode = os.waitstatus_to_exitcode(status)
        proc.returncode = returncode  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Result(returncode, stdout, stderr, elapsed, usage.ru_maxrss, timed_out)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def describe_exit(code):
    if code < 0:
        try:
            return "killed by %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit %d" % code


def excerpt(text, limit=400):
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "..."


def line_mentioned(stderr, line):
    return "第%d行" % line in stderr or re.search(r"第\s*%d\s*行" % line, stderr) is not None


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def record(self, label, problems, info):
        if problems:
            self.failed += 1
            self.failures.append(label)
            print("FAIL %s  %s" % (label, info))
            for p in problems:
                print("     - %s" % p)
        else:
            self.passed += 1
            print("ok   %s  %s" % (label, info))
        sys.stdout.flush()


def check_refusal(tally, evalbook, fixture, spec, command, workdir):
    name = os.path.basename(fixture)
    codes = spec["code"] if isinstance(spec["code"], list) else [spec["code"]]
    part = spec.get("part")
    line = spec.get("line")

    outdir = os.path.join(workdir, "out-%s-%s" % (command, name))
    os.makedirs(outdir)
    out_path = os.path.join(outdir, "out.xlsx")
    argv = command_argv(evalbook, command, fixture, out_path, spec)

    before = sha256(fixture)
    r = run(argv, cwd=outdir)
    after = sha256(fixture)

    problems = []
    if r.timed_out:
        problems.append("timed out after %.0f s (killed)" % TIMEOUT_S)
    elif r.returncode < 0:
        problems.append("crashed: %s" % describe_exit(r.returncode))
    elif r.returncode != 2 and not r.timed_out:
        problems.append("expected exit 2, got %s" % describe_exit(r.returncode))
    found = [c for c in codes if "[%s]" % c in r.stderr]
    if not found:
        problems.append("stderr lacks %s" % " or ".join("[%s]" % c for c in codes))
    if part and part not in r.stderr:
        problems.append("stderr does not name the part %r" % part)
    if line and not line_mentioned(r.stderr, line):
        problems.append("stderr does not give the line (第%d行)" % line)

    if command == "check":  # the report lists the file as unreadable, with its code
        if not any("[%s]" % c in r.stdout for c in codes):
            problems.append("check's report does not give the code")
    elif r.stdout.strip():
        problems.append("stdout not empty: %r" % excerpt(r.stdout, 200))
    if "root:" in r.stdout or "root:" in r.stderr:
        problems.append("contents of /etc/passwd leaked into the output")
    for bad in BAD_TEXT:
        if bad in r.stderr or bad in r.stdout:
            problems.append("output contains %r" % bad)
    if r.elapsed >= MAX_ELAPSED_S:
        problems.append("took %.3f s (limit %.1f s)" % (r.elapsed, MAX_ELAPSED_S))
    if r.maxrss_kb >= MAX_RSS_KB:
        problems.append("peak RSS %.1f MB (limit %d MB)" % (r.maxrss_kb / 1024,
                                                            MAX_RSS_KB // 1024))
    if before != after:
        problems.append("the input file was modified")
    left = sorted(os.listdir(outdir))
    if command in ("set", "fix") and "out.xlsx" in left:
        problems.append("OUT was created")
    stray = [f for f in left if f != "out.xlsx"]
    if stray:
        problems.append("files left in OUT's directory: %s" % ", ".join(stray))
    if problems and r.stderr.strip():
        problems.append("stderr was: %s" % excerpt(r.stderr))

    info = "%-9s %.3fs %6.1fMB %s" % (
        ",".join(found) if found else "-", r.elapsed, r.maxrss_kb / 1024,
        describe_exit(r.returncode))
    tally.record("%-7s %-26s" % (command, name), problems, info)


def command_argv(evalbook, command, fixture, out_path, spec=None):
    if command in ("dump", "check"):
        return [evalbook, command, fixture]
    if command == "set":  # "set_cells" in expected.json: the cells to set (default A1=1)
        return [evalbook, "set", fixture, "-o", out_path] + ((spec or {}).get("set_cells")
                                                              or ["A1=1"])
    return [evalbook, command, fixture, "-o", out_path]  # fix, summary


def check_success(tally, evalbook, fixture, spec, command, workdir):
    """A recipe that must be read to the right result, within the time and memory limits."""
    name = os.path.basename(fixture)
    outdir = os.path.join(workdir, "out-%s-%s" % (command, name))
    os.makedirs(outdir)
    out_path = os.path.join(outdir, "out.xlsx")
    before = sha256(fixture)
    r = run(command_argv(evalbook, command, fixture, out_path, spec), cwd=outdir)
    problems = []
    allowed = (0, 1) if command in ("check", "fix") else (0,)
    if r.timed_out:
        problems.append("timed out after %.0f s (killed)" % TIMEOUT_S)
    elif r.returncode not in allowed:
        problems.append("expected exit %s, got %s" % (" or ".join(map(str, allowed)),
                                                      describe_exit(r.returncode)))
    if "错误[" in r.stderr:
        problems.append("an error on stderr")
    for bad in BAD_TEXT:
        if bad in r.stderr or bad in r.stdout:
            problems.append("output contains %r" % bad)
    if command == "dump":
        for want in spec.get("stdout") or []:
            if want not in r.stdout:
                problems.append("stdout lacks %r" % excerpt(want, 80))
        for unwanted in spec.get("absent") or []:
            if unwanted in r.stdout:
                problems.append("stdout contains %r" % unwanted)
    if command in ("set", "fix", "summary") and not os.path.exists(out_path):
        problems.append("OUT was not written")
    if r.elapsed >= MAX_ELAPSED_S:
        problems.append("took %.3f s (limit %.1f s)" % (r.elapsed, MAX_ELAPSED_S))
    if r.maxrss_kb >= MAX_RSS_KB:
        problems.append("peak RSS %.1f MB (limit %d MB)" % (r.maxrss_kb / 1024,
                                                            MAX_RSS_KB // 1024))
    if before != sha256(fixture):
        problems.append("the input file was modified")
    stray = [f for f in os.listdir(outdir) if f != "out.xlsx"]
    if stray:
        problems.append("files left in OUT's directory: %s" % ", ".join(stray))
    if problems and r.stderr.strip():
        problems.append("stderr was: %s" % excerpt(r.stderr))
    info = "ok        %.3fs %6.1fMB %s" % (r.elapsed, r.maxrss_kb / 1024,
                                          describe_exit(r.returncode))
    tally.record("%-7s %-26s" % (command, name), problems, info)


def check_control(tally, evalbook, sample, workdir):
    before = sha256(sample)
    r = run([evalbook, "dump", sample], cwd=workdir)
    problems = []
    if r.returncode != 0:
        problems.append("expected exit 0, got %s" % describe_exit(r.returncode))
    if not r.stdout.strip():
        problems.append("nothing on stdout")
    for bad in BAD_TEXT:
        if bad in r.stderr or bad in r.stdout:
            problems.append("output contains %r" % bad)
    if before != sha256(sample):
        problems.append("the sample was modified")
    if problems and r.stderr.strip():
        problems.append("stderr was: %s" % excerpt(r.stderr))
    info = "%.3fs %6.1fMB %s, %d bytes on stdout" % (r.elapsed, r.maxrss_kb / 1024,
                                                     describe_exit(r.returncode),
                                                     len(r.stdout.encode()))
    tally.record("dump  %-26s" % ("(control) " + os.path.basename(sample)[:14]), problems, info)


def main():
    tally = Tally()
    evalbook = os.environ.get("EVALBOOK")
    source_dir = os.environ.get("EVALBOOK_SOURCE_DIR") or os.path.normpath(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    if not evalbook:
        print("FAIL EVALBOOK is not set (path of the built evalbook binary)")
        print("0 passed, 1 failed")
        return 1
    evalbook = os.path.abspath(evalbook)
    if not (os.path.isfile(evalbook) and os.access(evalbook, os.X_OK)):
        print("FAIL EVALBOOK=%s is not an executable file" % evalbook)
        print("0 passed, 1 failed")
        return 1

    make_fixtures = os.path.join(source_dir, "tests", "hostile", "make_fixtures.py")
    samples = os.path.join(source_dir, "samples")
    workdir = tempfile.mkdtemp(prefix="evalbook-hostile-")
    try:
        fixtures = os.path.join(workdir, "fixtures")
        gen = subprocess.run([sys.executable, make_fixtures, fixtures, "--samples", samples],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(gen.stdout.strip())
        if gen.returncode != 0:
            print("FAIL make_fixtures.py exited with %d" % gen.returncode)
            print("0 passed, 1 failed")
            return 1
        with open(os.path.join(fixtures, "expected.json"), encoding="utf-8") as f:
            expected = json.load(f)

        real = sorted(f for f in os.listdir(samples) if f.endswith(".xlsx"))
        if not real:
            print("FAIL no samples/*.xlsx for the control run")
            tally.failed += 1
        else:
            check_control(tally, evalbook, os.path.join(samples, real[0]), workdir)

        for name in sorted(expected):
            fixture = os.path.join(fixtures, name)
            spec = expected[name]
            for command in spec.get("commands") or ("dump", "set"):
                if spec.get("outcome") == "ok":
                    check_success(tally, evalbook, fixture, spec, command, workdir)
                else:
                    check_refusal(tally, evalbook, fixture, spec, command, workdir)

        # Command lines on ordinary and generated workbooks (output safety, encodings, folders).
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import hostile_scenarios
        hostile_scenarios.run_all(tally, evalbook, fixtures, samples, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    if tally.failures:
        print("\nfailed: %s" % "; ".join(" ".join(f.split()) for f in tally.failures))
    print("%d passed, %d failed" % (tally.passed, tally.failed))
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
