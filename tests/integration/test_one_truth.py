"""One truth on every sample (docs/RULES-ONE-TRUTH.md, tests/integration/one_truth.py): the
summary's total columns are check's recomputed figures; fix never changes a 分值, writes only
arithmetic corrections by default and rule results only with --apply-rules, and the 总分 it
leaves is check's total (by default) or total by the rules (with --apply-rules).

Besides, the two forms of issue 13 worked out by hand (seed 001 lines 3-29, seed 004 lines 909-935):
  001: 分值 100 + 100 = 200 -> fix writes no cell by default; with --apply-rules only H18 (10 x 2 ÷ 3
       = 6.67), and the 总分 G26 stays 90;
  004_12: fix writes nothing by default (89 = 10 + 79 is right); with --apply-rules H13, I16, H18
       -> 7.99 and 总分 H20 -> 10 + 79 - 1.01 - 0.01 - 0.01 = 87.97; H14 (编制费用, judgement) stays 9."""
import os
import shutil
import tempfile

import openpyxl

from evalbook_test import SAMPLES, all_samples, main, run
from one_truth import assert_one_truth

TMP = tempfile.mkdtemp(prefix="evalbook-one-truth-")


def make_test(path):
    def test():
        work = tempfile.mkdtemp(dir=TMP)
        assert_one_truth(path, work)
    test.__name__ = "one-truth:" + os.path.relpath(path, SAMPLES)
    return test


def fixed_sheet(name, *extra):
    src = os.path.join(SAMPLES, name)
    out = os.path.join(TMP, "hand-" + "-".join(extra or ("default",)) + ".xlsx")
    proc = run("fix", src, "-o", out, *extra, check=False)
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    return openpyxl.load_workbook(src).worksheets[0], openpyxl.load_workbook(out).worksheets[0], proc


def changed(a, b):
    return sorted(c.coordinate for row in a.iter_rows() for c in row if c.value != b[c.coordinate].value)


def test_001_by_hand():
    name = "001_project_服务外向型经济工作经费.xlsx"
    a, b, proc = fixed_sheet(name)
    assert changed(a, b) == [], changed(a, b)
    assert b["F6"].value == 100 and b["H6"].value == 100 and b["G26"].value == 90
    a, b, proc = fixed_sheet(name, "--apply-rules")
    assert changed(a, b) == ["H18"], changed(a, b)
    assert b["H18"].value == 6.67
    assert b["F6"].value == 100 and b["G26"].value == 90  # the 分值 and the total stay for a person


def test_004_12_by_hand():
    name = "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx"
    a, b, proc = fixed_sheet(name)
    assert changed(a, b) == [], changed(a, b)
    a, b, proc = fixed_sheet(name, "--apply-rules")
    assert changed(a, b) == ["H13", "H18", "H20", "I16"], changed(a, b)
    assert (b["H13"].value, b["I16"].value, b["H18"].value) == (7.99, 7.99, 7.99)
    assert b["H20"].value == 87.97, b["H20"].value
    assert b["H14"].value == 9  # the cost row is a judgement: never written


if __name__ == "__main__":
    tests = [make_test(p) for p in all_samples()]
    tests += [test_001_by_hand, test_004_12_by_hand]
    try:
        main(tests)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
