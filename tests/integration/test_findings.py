"""evalbook check --format json reports, on every sample form, the findings worked out by hand in
tests/golden/findings.py (EXPECTED and TOTALS; the oracle names every finding's rule, severity,
cell, expected value and the formula behind it).

One test per form (sheet); a workbook with cross-table findings (EXPECTED[file]["*"]) gets one more
test for them. Each test asserts:
  (a) every expected finding is present with the same rule, severity and cell, and its "expected"
      value equal when the oracle gives one (numbers at the precision the oracle writes: "90" ==
      90.00; percentages as fractions, 180% == 1.8; band texts exactly);
  (b) no error finding appears that the oracle does not list (warnings and infos beyond the list
      are allowed, and printed);
  (c) for project forms, the recomputed total_score / grade equal TOTALS and
      total_score_by_rules / grade_by_rules equal TOTALS_BY_RULES (absent where the oracle says None:
      a required number is blank, or the 分值 scheme does not add up).
A failing test lists every difference at once."""
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

from evalbook_test import EVALBOOK, ROOT, SAMPLES, main, run

sys.path.insert(0, os.path.join(ROOT, "tests", "golden"))
import findings as oracle  # noqa: E402  (tests/golden/findings.py)

ANY_SHEET = "*"
_documents = {}


def check_document(name):
    """The parsed `evalbook check FILE --format json` document of one sample, run once per file."""
    if name in _documents:
        return _documents[name]
    path = os.path.join(SAMPLES, name)
    if not os.path.isfile(path):
        raise AssertionError(f"{name}: sample workbook not found at {path}")
    if not os.path.isfile(EVALBOOK):
        raise AssertionError(f"{name}: no evalbook binary at {EVALBOOK} (set EVALBOOK)")
    proc = run("check", path, "--format", "json", check=False)
    if proc.returncode not in (0, 1):
        raise AssertionError(f"{name}: evalbook check exited {proc.returncode}: "
                             f"{proc.stderr.decode('utf-8', errors='replace').strip()[:500]}")
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
        entry = doc["files"][0]
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise AssertionError(f"{name}: no readable check document ({e}): "
                             f"{proc.stdout.decode('utf-8', errors='replace')[:300]!r}") from None
    if entry.get("error"):
        raise AssertionError(f"{name}: file error {entry['error']}")
    _documents[name] = entry.get("forms") or []
    return _documents[name]


# ---------------------------------------------------------------------------------------------
# Comparing values


NUMBER = re.compile(r"^\s*([+-]?)(\d+)(?:\.(\d+))?\s*(%?)\s*$")


def parse_written(text):
    """(Decimal value, decimals) of a number written as text ("90", "6.67", "1,914.08", "180%"; a
    percentage becomes its fraction with two more decimals), or None."""
    m = NUMBER.match(str(text).replace(",", "").replace("，", ""))
    if not m:
        return None
    sign, whole, frac, pct = m.groups()
    value = Decimal(sign + whole + ("." + frac if frac else ""))
    decimals = len(frac or "")
    if pct:
        return value / 100, decimals + 2
    return value, decimals


def round_half_up(value, decimals):
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def same_value(expected, got):
    """Does the engine's `expected` field equal the oracle's written value, at the oracle's precision?
    A written number from the engine coarser than the oracle's is compared at its own precision
    ("113%" matches "112.5%"). A JSON number for a percentage is taken as a fraction (the contract)
    or, failing that, in percent units."""
    if expected is None:
        return True
    want = parse_written(expected)
    if want is None:  # a band text or other words: exactly
        return isinstance(got, str) and got.strip() == expected
    value, decimals = want
    if isinstance(got, bool) or got is None:
        return False
    if isinstance(got, (int, float)):
        try:
            number = Decimal(repr(got))
        except InvalidOperation:
            return False
        candidates = [number]
        if str(expected).strip().endswith("%"):
            candidates.append(number / 100)
        return any(round_half_up(c, decimals) == round_half_up(value, decimals) for c in candidates)
    parsed = parse_written(got) if isinstance(got, str) else None
    if parsed is None:
        return False
    got_value, got_decimals = parsed
    at = min(decimals, got_decimals)
    return round_half_up(got_value, at) == round_half_up(value, at)


# ---------------------------------------------------------------------------------------------
# Matching findings


def options(value):
    return value if isinstance(value, tuple) else (value,)


def describe(spec):
    rules = "|".join(options(spec["rule"]))
    cell = "any cell" if spec["cell"] is None else "|".join(options(spec["cell"]))
    value = "" if spec["expected"] is None else f" expected {spec['expected']!r}"
    return f"{spec['severity']} {rules} at {cell}{value}"


def show(finding):
    sheet = finding.get("sheet", "")
    return (f"{finding.get('severity')} {finding.get('rule')} at {sheet}!{finding.get('cell')}"
            f" (reported {finding.get('reported')!r}, expected {finding.get('expected')!r})"
            f" {str(finding.get('message', ''))[:120]}")


def cell_matches(spec_cell, finding, cross_sheet):
    if spec_cell is None:
        return True
    for cell in options(spec_cell):
        if cross_sheet:
            sheet, _, address = cell.rpartition("!")
            if finding.get("sheet") == sheet and finding.get("cell") == address:
                return True
        elif finding.get("cell") == cell:
            return True
    return False


def match(specs, found, cross_sheet=False):
    """Pairs each spec with one engine finding (each finding used once). Returns (differences, the
    ids of the findings used)."""
    differences, used = [], set()
    # Specs with a fixed cell first, so a looser spec does not take a finding a stricter one needs.
    ordered = sorted(specs, key=lambda s: (s["cell"] is None, isinstance(s["cell"], tuple)))
    for spec in ordered:
        same_place = [f for f in found
                      if id(f) not in used
                      and f.get("rule") in options(spec["rule"])
                      and f.get("severity") == spec["severity"]
                      and cell_matches(spec["cell"], f, cross_sheet)]
        hits = [f for f in same_place if same_value(spec["expected"], f.get("expected"))]
        if hits:
            used.add(id(hits[0]))
            continue
        if same_place:
            differences.append(f"wrong expected value: {describe(spec)}; got "
                               + "; ".join(repr(f.get("expected")) for f in same_place)
                               + f"\n      why: {spec['why']}")
            used.add(id(same_place[0]))
            continue
        near = [f for f in found if f.get("rule") in options(spec["rule"])]
        hint = ("\n      the engine has for this rule: " + "; ".join(show(f) for f in near[:6])) if near else ""
        differences.append(f"missing: {describe(spec)}\n      why: {spec['why']}{hint}")
    return differences, used


def find_form(name, sheet, forms, expected_sheets):
    matching = [f for f in forms if f.get("sheet") == sheet]
    if len(matching) == 1:
        return matching[0], None
    if not matching and len(forms) == 1 and len(expected_sheets) == 1:
        return forms[0], f"(note: the only form is on sheet {forms[0].get('sheet')!r}, expected {sheet!r})"
    raise AssertionError(f"{name}: {len(matching)} forms on sheet {sheet!r} (sheets found: "
                         f"{[f.get('sheet') for f in forms]})")


def cross_sheet_used(name, forms):
    """Ids of the engine findings that the file's cross-table specs account for."""
    specs = oracle.EXPECTED[name].get(ANY_SHEET, [])
    if not specs:
        return set()
    everything = [f for form in forms for f in form.get("findings") or []]
    return match(specs, everything, cross_sheet=True)[1]


def check_form(name, sheet):
    forms = check_document(name)
    expected_sheets = [s for s in oracle.EXPECTED[name] if s != ANY_SHEET]
    form, note = find_form(name, sheet, forms, expected_sheets)
    found = form.get("findings") or []
    specs = oracle.EXPECTED[name][sheet]
    differences, used = match(specs, found)
    used |= cross_sheet_used(name, forms)
    for f in found:
        if id(f) in used:
            continue
        if f.get("severity") == "error":
            differences.append(f"unexpected error: {show(f)}")
        else:
            print(f"     extra {show(f)}")
    for table, total_key, grade_key in ((oracle.TOTALS, "total_score", "grade"),
                                        (oracle.TOTALS_BY_RULES, "total_score_by_rules", "grade_by_rules")):
        if name not in table:
            continue
        total, grade = table[name]
        recomputed = form.get("recomputed") or {}
        got_total, got_grade = recomputed.get(total_key), recomputed.get(grade_key)
        if total is None:  # a required number is blank or the 分值 do not add up: no total at all
            if got_total is not None or got_grade is not None:
                differences.append(f"recomputed.{total_key}/{grade_key}: expected none, got {got_total!r} {got_grade!r}")
            continue
        if not same_value(f"{total:.2f}", got_total):
            differences.append(f"recomputed.{total_key}: expected {total:.2f}, got {got_total!r}")
        if got_grade != grade:
            differences.append(f"recomputed.{grade_key}: expected {grade!r}, got {got_grade!r}")
    if differences:
        raise AssertionError(f"{name}#{sheet}: {len(differences)} difference(s) from tests/golden/findings.py"
                             + (f" {note}" if note else "") + ":\n  - " + "\n  - ".join(differences))


def check_cross_sheet(name):
    forms = check_document(name)
    everything = [f for form in forms for f in form.get("findings") or []]
    differences, _ = match(oracle.EXPECTED[name][ANY_SHEET], everything, cross_sheet=True)
    if differences:
        raise AssertionError(f"{name} (cross-table): {len(differences)} difference(s) from "
                             "tests/golden/findings.py:\n  - " + "\n  - ".join(differences))


def make_test(name, sheet):
    def test():
        if sheet == ANY_SHEET:
            check_cross_sheet(name)
        else:
            check_form(name, sheet)
    test.__name__ = f"findings:{name}#{'cross-table' if sheet == ANY_SHEET else sheet}"
    return test


def all_tests():
    tests = []
    for name, sheets in oracle.EXPECTED.items():
        for sheet in sheets:
            tests.append(make_test(name, sheet))
    return tests


def test_the_oracle_covers_every_sample():
    """Every single-form and multi-form sample has an oracle entry (multi_sheet/ repeats them)."""
    on_disk = sorted(f for f in os.listdir(SAMPLES) if f.endswith(".xlsx"))
    missing = [f for f in on_disk if f not in oracle.EXPECTED]
    stale = [f for f in oracle.EXPECTED if f not in on_disk]
    assert not missing and not stale, f"no oracle for {missing}; oracle for absent samples {stale}"


if __name__ == "__main__":
    main([test_the_oracle_covers_every_sample] + all_tests())
