"""evalbook check --format json reads each sample form into the record worked out by hand in
tests/golden/*.py (the oracles: every value there names the seed line and cell it comes from).
Each golden module has EXPECTED (sample file -> record) and TEMPLATE (the template id, or a dict
file -> id). One test per form; a failing form lists every differing field path at once."""
import importlib
import json
import math
import os
import sys

from evalbook_test import EVALBOOK, ROOT, SAMPLES, main, run

GOLDEN_DIR = os.path.join(ROOT, "tests", "golden")
sys.path.insert(0, GOLDEN_DIR)
GOLDEN_MODULES = sorted(f[:-3] for f in os.listdir(GOLDEN_DIR) if f.endswith(".py") and not f.startswith("_"))

TOLERANCE = 1e-9
# Fields holding lists or objects: their scalars are checked through their own paths.
LIST_FIELDS = ("funds", "indicators", "items", "sections", "section_weights", "tasks", "tasks_total",
               "rows", "total", "dimensions", "sources")


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def compare(path, want, got, errors):
    """Appends 'path: expected X, got Y' for every difference of got from want."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            errors.append(f"{path}: expected an object, got {got!r}")
            return
        for key, value in want.items():
            sub = f"{path}.{key}" if path else key
            if key not in got:
                errors.append(f"{sub}: missing (expected {value!r})")
            else:
                compare(sub, value, got[key], errors)
    elif isinstance(want, list):
        if not isinstance(got, list):
            errors.append(f"{path}: expected a list of {len(want)}, got {got!r}")
            return
        if len(got) != len(want):
            errors.append(f"{path}: expected {len(want)} items, got {len(got)}")
        for i, (w, g) in enumerate(zip(want, got)):
            compare(f"{path}[{i}]", w, g, errors)
    elif want is None:
        if got is not None:
            errors.append(f"{path}: expected null, got {got!r}")
    elif is_number(want):
        if not is_number(got) or not math.isfinite(got) or abs(got - want) > TOLERANCE:
            errors.append(f"{path}: expected {want!r}, got {got!r}")
    elif got != want:
        errors.append(f"{path}: expected {want!r}, got {got!r}")


def check_cells(want, cells, errors):
    """The cells map names a cell for every top-level scalar field that has a value, and for every
    score of a scored table (where a fix would write)."""
    if not isinstance(cells, dict):
        errors.append(f"cells: expected an object, got {cells!r}")
        return
    paths = [key for key, value in want.items() if key not in LIST_FIELDS and value not in (None, "")]
    for table in ("indicators", "items"):
        rows = want.get(table, [])
        paths += [f"{table}[{i}].score" for i, row in enumerate(rows) if "score" in row]
    for path in paths:
        if not cells.get(path):
            errors.append(f"cells[{path!r}]: missing")


def check_form(name, want, template, source, absent=(), sheet=None):
    path = os.path.join(SAMPLES, name)
    if not os.path.isfile(path):
        raise AssertionError(f"{name}: sample workbook not found at {path}")
    if not os.path.isfile(EVALBOOK):
        raise AssertionError(f"{name}: no evalbook binary at {EVALBOOK} (set EVALBOOK)")
    proc = run("check", path, "--format", "json", check=False)
    # Exit 0 (no error finding) and 1 (some error finding) both print the document.
    if proc.returncode not in (0, 1):
        raise AssertionError(f"{name}: evalbook check exited {proc.returncode}: "
                             f"{proc.stderr.decode('utf-8', errors='replace').strip()[:500]}")
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
    except ValueError as e:
        raise AssertionError(f"{name}: output is not JSON ({e}): "
                             f"{proc.stdout.decode('utf-8', errors='replace')[:300]!r}") from None
    try:
        entry = doc["files"][0]
    except (KeyError, IndexError, TypeError):
        raise AssertionError(f"{name}: no files[0] in the output") from None
    if entry.get("error"):
        raise AssertionError(f"{name}: file error {entry['error']}")
    forms = entry.get("forms") or []
    if not forms:
        raise AssertionError(f"{name}: no form recognised")
    if sheet is None:
        form = forms[0]
    else:  # a workbook of several forms: the one on this sheet
        matching = [f for f in forms if f.get("sheet") == sheet]
        if len(matching) != 1:
            raise AssertionError(f"{name}: {len(matching)} forms on sheet {sheet!r}, expected 1")
        form = matching[0]
    if form.get("template") != template:
        raise AssertionError(f"{name}: template {form.get('template')!r}, expected {template!r}")
    errors = []
    compare("", want, form.get("record"), errors)
    for key in absent:  # fields the form does not have must not appear
        if key in (form.get("record") or {}):
            errors.append(f"{key}: must be absent, got {form['record'][key]!r}")
    check_cells(want, form.get("cells"), errors)
    if errors:
        raise AssertionError(f"{name}: {len(errors)} difference(s) from tests/golden/{source}.py:\n  "
                             + "\n  ".join(errors))


def make_test(name, want, template, source, absent=(), sheet=None):
    def test():
        check_form(name, want, template, source, absent, sheet)
    test.__name__ = "golden_record:" + name + (f"#{sheet}" if sheet else "")
    return test


def all_tests():
    tests = []
    for module_name in GOLDEN_MODULES:
        module = importlib.import_module(module_name)
        if not hasattr(module, "TEMPLATE"):  # not a golden-record module (findings.py)
            continue
        if getattr(module, "MULTI_SHEET", False):  # EXPECTED[file][sheet], TEMPLATE[sheet]
            for name, sheets in module.EXPECTED.items():
                for sheet, want in sheets.items():
                    tests.append(make_test(name, want, module.TEMPLATE[sheet], module_name, (), sheet))
            continue
        for name, want in module.EXPECTED.items():
            template = module.TEMPLATE if isinstance(module.TEMPLATE, str) else module.TEMPLATE[name]
            absent = getattr(module, "ABSENT", {}).get(name, ())
            tests.append(make_test(name, want, template, module_name, absent))
    return tests


if __name__ == "__main__":
    main(all_tests())
