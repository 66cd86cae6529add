"""Metamorphic test: every sample workbook, changed the ways real files differ (variants.py),
must check to the same forms — records, recomputed figures, findings, with cell references moved
through the inserted and deleted rows and columns — plus exactly the findings the change itself
must add.

    EVALBOOK=build/evalbook EVALBOOK_SOURCE_DIR=. /usr/bin/python3 tests/metamorphic/test_metamorphic.py

Variants are made by openpyxl in two worker processes while LibreOffice re-saves the originals
(j); all files then go through one `check --format json`. Generated files live in a temporary
folder that is removed at the end (set METAMORPHIC_KEEP=1 to keep it and print its path;
METAMORPHIC_SHOW_KNOWN=1 prints the differences of the listed cases too, METAMORPHIC_LINES=N
how many lines of differences per case, 12 by default).

Before the reader is judged, the generator is checked against itself: every merged range and
every cell the record was read from must be where the variant's cell map says. After, the one
truth of issue 13 (agreement.py): check's recomputed total and grade, summary's 总分(复核) and
what fix leaves in the form agree, on the originals and on every variant read as its original.

A case that cannot pass yet is in KNOWN_FAILURES with its reason; one that passes while listed
fails the test, so the table stays true. A variant that does not apply to a form (nothing to
change) is counted apart with the maker's reason. The last line says the counts."""
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

import openpyxl  # noqa: E402

from compare import file_diff  # noqa: E402
from generator_check import dumps, merges, misplaced, misplaced_merges  # noqa: E402
from evalbook_test import ROOT, SAMPLES, all_samples, run  # noqa: E402
from known_failures import KNOWN_DISAGREEMENTS, KNOWN_FAILURES  # noqa: E402
from variants import LIBREOFFICE, VARIANTS, Made, NotApplicable  # noqa: E402
import agreement  # noqa: E402

JOBS = 2


def short(path):
    return os.path.relpath(path, SAMPLES)


def check_all(paths):
    """{path: file entry of check --format json}, all paths in one run of the command."""
    if not paths:
        return {}
    doc = json.loads(run("check", "--format", "json", *paths, check=False, timeout=600).stdout)
    return {entry["file"]: entry for entry in doc["files"]}


def make_variant(job):
    """Worker: one variant of one sample written to out; returns (status, detail, made)."""
    sample, name, out, forms, display = job
    wb = openpyxl.load_workbook(sample)
    before = merges(wb)
    try:
        made = VARIANTS[name](wb, forms, display, ROOT)
    except NotApplicable as e:
        return "n/a", str(e), None
    wrong = misplaced_merges(before, wb, made)
    if wrong:
        return "generator", wrong, made
    wb.save(out)
    return "made", out, made


def libreoffice_resave(files, outdir, result):
    """(j) Every sample re-saved by LibreOffice (one soffice call), as a unit with LibreOffice
    opening and saving its form does. Runs in a thread while openpyxl makes the others."""
    soffice = shutil.which("soffice")
    if not soffice:
        result["error"] = "soffice (LibreOffice) not found: scripts/install-deps.sh --test installs it"
        return
    profile = os.path.join(os.path.dirname(outdir), "lo-profile")
    began = time.time()
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "xlsx", "--outdir", outdir, *files],
                          capture_output=True, timeout=600)
    result["seconds"] = time.time() - began
    if proc.returncode != 0:
        result["error"] = f"soffice exited {proc.returncode}: {proc.stderr.decode(errors='replace')[:300]}"


def make_all(form_samples, originals, shown_original, tmp):
    """{(variant, sample): (status, detail, made)}: status 'made' (detail: the file), 'n/a'
    (detail: why) or 'failed' (detail: what went wrong)."""
    lo_dir = os.path.join(tmp, LIBREOFFICE)
    os.makedirs(lo_dir)
    lo_result = {}
    lo_thread = threading.Thread(target=libreoffice_resave, args=(form_samples, lo_dir, lo_result))
    lo_thread.start()

    jobs, keys = [], []
    for sample in form_samples:
        display = shown_original[sample]
        for name in VARIANTS:
            folder = os.path.join(tmp, name)
            os.makedirs(folder, exist_ok=True)
            out = os.path.join(folder, os.path.basename(sample))
            jobs.append((sample, name, out, originals[sample]["forms"], display))
            keys.append((name, sample))
    with ProcessPoolExecutor(JOBS) as pool:
        results = dict(zip(keys, pool.map(make_variant, jobs)))
    lo_thread.join()
    for sample in form_samples:
        out = os.path.join(lo_dir, os.path.basename(sample))
        if lo_result.get("error") or not os.path.isfile(out):
            results[(LIBREOFFICE, sample)] = ("failed", lo_result.get("error", f"soffice wrote no {out}"), None)
        else:
            results[(LIBREOFFICE, sample)] = ("made", out, Made())
    print(f"LibreOffice re-saved the samples in {lo_result.get('seconds', 0):.0f} s")
    return results


def judge(results, originals, checked, shown_original, shown_variant):
    """Each case against the original and KNOWN_FAILURES; returns the lists of case keys
    (variant, sample as in the table) by outcome, and the differences of each failing one.
    A variant the generator got wrong fails as such, whatever the table says."""
    out = {"passed": [], "listed": [], "unexpected": [], "stale": [], "n/a": [], "generator": []}
    failures = {}
    for (name, sample), (status, detail, made) in sorted(results.items()):
        key = (name, short(sample))
        if status == "n/a":
            out["n/a"].append((key, detail))
            continue
        if status == "generator":
            failures[key] = detail
            out["generator"].append(key)
            continue
        if status == "failed":
            lines = [detail]
        else:
            wrong = misplaced(originals[sample]["forms"], shown_original[sample], shown_variant[detail], made)
            if wrong:
                failures[key] = wrong
                out["generator"].append(key)
                continue
            lines = file_diff(originals[sample], checked[detail], made)
        if lines:
            failures[key] = lines
            out["listed" if key in KNOWN_FAILURES else "unexpected"].append(key)
        elif key in KNOWN_FAILURES:
            out["stale"].append((key, "listed in KNOWN_FAILURES but passes now; take it out of the table"))
        else:
            out["passed"].append(key)
    every = {(name, short(sample)) for name, sample in results}
    not_applicable = {key for key, _ in out["n/a"]}
    for key in sorted(set(KNOWN_FAILURES) - every):
        out["stale"].append((key, "listed in KNOWN_FAILURES but there is no such case"))
    for key in sorted(set(KNOWN_FAILURES) & not_applicable):
        out["stale"].append((key, "listed in KNOWN_FAILURES but the variant does not apply"))
    return out, failures


def one_truth(results, outcome, originals, form_samples, checked, tmp):
    """issue 13 point 1 on the originals and on every variant read as its original is: returns
    the number of failures (disagreements not listed, listed ones that agree now)."""
    cases = [("original", s, s, originals[s], {}) for s in form_samples]
    passed = set(outcome["passed"])
    for (name, sample), (status, detail, made) in sorted(results.items()):
        if (name, short(sample)) in passed:
            renamed = {new: old for old, new in made.cellmap.renamed.items()}
            cases.append((name, sample, detail, checked[detail], renamed))
    problems, compared = agreement.compare(cases, os.path.join(tmp, "agreement"))
    failed = 0
    disagreeing = {(short(sample), sheet) for _, sample, sheet in problems}
    for (label, sample, sheet), lines in sorted(problems.items()):
        key = (short(sample), sheet)
        if key in KNOWN_DISAGREEMENTS:
            print(f"known one-truth {label} {key[0]}: {'; '.join(lines)}")
        else:
            print(f"FAIL one-truth {label} {key[0]} ({sheet}): {'; '.join(lines)}")
            failed += 1
    for key in sorted(set(KNOWN_DISAGREEMENTS) - disagreeing):
        print(f"FAIL one-truth {key[0]} ({key[1]}): listed in KNOWN_DISAGREEMENTS but agrees now; take it out")
        failed += 1
    print(f"one truth (check's recomputed total, grade, execution rate and score = summary's 项目汇总 = "
          f"what fix leaves in the form): {compared} scored forms in {len(cases)} files, {len(problems)} disagree "
          f"({len(disagreeing)} distinct forms, {len(KNOWN_DISAGREEMENTS)} listed), {failed} failures")
    return failed


def main():
    started = time.time()
    tmp = tempfile.mkdtemp(prefix="evalbook-metamorphic-")
    if os.environ.get("METAMORPHIC_KEEP"):
        print(f"variants kept in {tmp}")
    else:
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)

    samples = all_samples()
    names = [os.path.basename(s) for s in samples]
    assert len(set(names)) == len(names), "sample file names collide in one output folder"
    originals = check_all(samples)
    form_samples = [s for s in samples if originals[s]["forms"] and not originals[s]["error"]]
    not_forms = [short(s) for s in samples if s not in form_samples]

    shown_original = dumps(form_samples)
    results = make_all(form_samples, originals, shown_original, tmp)
    made_at = time.time()
    variant_files = [detail for status, detail, _ in results.values() if status == "made"]
    checked = check_all(variant_files)
    outcome, failures = judge(results, originals, checked, shown_original, dumps(variant_files))

    for key, reason in outcome["n/a"]:
        print(f"n/a   {key[0]} {key[1]}: {reason}")
    for (name, sample), (status, detail, made) in sorted(results.items()):
        for skipped in (made.skipped if made else []):
            print(f"left  {name} {short(sample)} {skipped}")
    lines = int(os.environ.get("METAMORPHIC_LINES", "12"))
    for key in outcome["listed"]:
        print(f"known {key[0]} {key[1]}: {KNOWN_FAILURES[key]}")
        if os.environ.get("METAMORPHIC_SHOW_KNOWN"):
            for line in failures[key][:lines]:
                print(f"        {line}")
    for key in outcome["unexpected"]:
        print(f"FAIL  {key[0]} {key[1]}")
        for line in failures[key][:lines]:
            print(f"        {line}")
    for key in outcome["generator"]:
        print(f"FAIL  {key[0]} {key[1]}: the variant is not what its maker says")
        for line in failures[key][:12]:
            print(f"        {line}")
    for key, why in outcome["stale"]:
        print(f"FAIL  {key[0]} {key[1]}: {why}")
    if not_forms:
        print(f"samples with no form (no variants made): {not_forms}")

    truth_failed = one_truth(results, outcome, originals, form_samples, checked, tmp)

    print(f"{len(form_samples)} samples × {len(VARIANTS) + 1} variants = {len(results)} cases: "
          f"{len(outcome['passed'])} equal, {len(outcome['listed'])} listed as known failures, "
          f"{len(outcome['n/a'])} not applicable, {len(outcome['unexpected'])} failed, "
          f"{len(outcome['stale'])} stale table entries, {len(outcome['generator'])} generator errors, "
          f"{truth_failed} one-truth failures "
          f"(variants made in {made_at - started:.0f} s, all in {time.time() - started:.0f} s)")
    sys.exit(1 if outcome["unexpected"] or outcome["stale"] or outcome["generator"] or truth_failed else 0)


if __name__ == "__main__":
    main()
