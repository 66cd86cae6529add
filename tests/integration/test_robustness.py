"""Robustness: the reader finds forms by their labels, not by fixed cell addresses. Each case takes a
real sample, changes its layout the way a clerk might (with python3-openpyxl, into a temp dir), runs
`evalbook check --format json` on the original and on the copy, and compares the records. Every
case runs on the four REQUIRED samples (2023 aligned and irregular, 晋中 project, 晋中 department);
the other project and department samples get the cases that apply to them.

  resaved          the workbook only loaded and saved again by openpyxl (the baseline of the others)
  rows_inserted    three indicator rows inserted after the first row of a table (indicators, and for
                   晋中 forms the 评分表 items); the new rows leave the level cells empty, so the levels
                   of the row above carry down. Expected: the original list with the three new
                   objects at positions 1..3.
  column_inserted  a column inserted at A for the whole sheet. Expected: the same record.
  categories_unmerged  every merged level category cell (a vertical range in columns A-C from
                   which the original read the level of each of the range's rows; see
                   category_ranges) unmerged, and the top-left value written into every cell of
                   the range. Expected: the same record.
  total_moved_down an empty row inserted before the 总分 / 综合得分 row. Expected: the same record.
  labels_retyped   label cells only (text cells that feed no record field): ASCII colons and digits
                   made full-width ("资金总额:" -> "资金总额：") and a trailing space added.
                   Expected: the same record.

openpyxl's insert_rows / insert_cols do not move merged ranges: the helpers below shift them (a
range starting at or after the insertion point moves, one spanning it grows, as Excel does) and
keep the cells' styles.

Records are compared field by field (numbers within 1e-9) and every difference is named by its path.
The `cells` map is not compared (addresses move), but the original's map is used to find the
tables, the total row and the value cells. A case must not bring a new finding of severity "error"
(compared by rule and field, with the indices of inserted rows accounted for); in rows_inserted the
added weights change the sums, so new errors on fields outside the tables (totals, grade, sections)
are allowed there, never on table rows."""
import copy
import json
import math
import os
import re
import shutil
import tempfile
import time

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

from evalbook_test import EVALBOOK, SAMPLES, main, run

TOLERANCE = 1e-9
_TMP = []  # the temp dir, made on first use
MAX_DIFFS = 12

# The samples every case runs on: 2023 project forms with aligned and irregular rows, a 晋中
# project form (indicators and 评分表), a 晋中 department form. In these a case that finds nothing
# to change is a failure of the test setup, not skipped.
REQUIRED = [
    "004_project_01_2023年市级“爱心消费券”专项资金.xlsx",
    "004_project_02_2023年遗属补助.xlsx",
    "002_project_招商引资工作经费.xlsx",
    "002_dept_晋中市招商引资服务中心.xlsx",
]
# Then every other project and department sample, with the cases that apply to it.
FILES = REQUIRED + sorted(n for n in os.listdir(SAMPLES)
                          if n.endswith(".xlsx") and ("_project_" in n or "_dept_" in n) and n not in REQUIRED)

# Values written into the three inserted rows, by field (one per row).
NEW_TEXT = {
    "name": ["宣传推广活动场次", "资金拨付及时率", "项目档案完整性"],
    "level2": ["工作计划执行性", "内部控制有效性", "档案管理规范性"],  # tables whose level2 is the name
    "target": ["≥3场", "≥95%", "完整"],
    "target_adjusted": ["≥3场", "≥95%", "完整"],
    "actual": ["4场", "100%", "完整"],
    "completion": ["完成", "100%", "完成"],
    "formula": ["按计划完成", "4/4=100%", "资料齐全"],
}
NEW_NUMBER = {"weight": 5, "weight_reference": 5, "score": 5}
LEFT_EMPTY = {"deviation_reason"}  # full marks: no deviation reason
TABLES = ("indicators", "items")


# --------------------------------------------------------------------------------------------
# Running check

def wait_for_binary(seconds=120):
    deadline = time.time() + seconds
    while not os.path.isfile(EVALBOOK) and time.time() < deadline:
        time.sleep(2)
    if not os.path.isfile(EVALBOOK):
        raise AssertionError(f"no evalbook binary at {EVALBOOK} (set EVALBOOK)")


def check(path):
    wait_for_binary()
    proc = run("check", path, "--format", "json", check=False)
    if proc.returncode not in (0, 1):
        raise AssertionError(f"evalbook check {path} exited {proc.returncode}: "
                             f"{proc.stderr.decode(errors='replace')[:500]}")
    doc = json.loads(proc.stdout.decode("utf-8"))
    entry = doc["files"][0]
    if entry.get("error"):
        raise AssertionError(f"evalbook check {path}: {entry['error']}")
    if not entry.get("forms"):
        raise AssertionError(f"evalbook check {path}: no form found")
    return entry["forms"]


_ORIGINAL = {}


def original(name):
    if name not in _ORIGINAL:
        path = os.path.join(SAMPLES, name)
        if not os.path.isfile(path):
            raise AssertionError(f"{name}: sample workbook not found at {path}")
        _ORIGINAL[name] = check(path)
    return _ORIGINAL[name]


# --------------------------------------------------------------------------------------------
# Comparing

def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def diff(path, want, got, out):
    """Appends 'path: expected X, got Y' for every difference, both ways (missing and extra keys)."""
    if isinstance(want, dict) and isinstance(got, dict):
        for key in want:
            sub = f"{path}.{key}" if path else key
            if key not in got:
                out.append(f"{sub}: missing (expected {want[key]!r})")
            else:
                diff(sub, want[key], got[key], out)
        for key in got:
            if key not in want:
                sub = f"{path}.{key}" if path else key
                out.append(f"{sub}: unexpected (got {got[key]!r})")
    elif isinstance(want, list) and isinstance(got, list):
        if len(want) != len(got):
            out.append(f"{path}: expected {len(want)} items, got {len(got)}")
        for i, (w, g) in enumerate(zip(want, got)):
            diff(f"{path}[{i}]", w, g, out)
    elif is_number(want) and is_number(got):
        if not math.isfinite(got) or abs(got - want) > TOLERANCE:
            out.append(f"{path}: expected {want!r}, got {got!r}")
    elif type(want) is not type(got) or want != got:
        out.append(f"{path}: expected {want!r}, got {got!r}")


def error_keys(forms, remap=None):
    keys = set()
    for i, form in enumerate(forms):
        for f in form.get("findings") or []:
            if f.get("severity") == "error":
                field = f.get("field") or ""
                if remap:
                    field = remap(field)
                keys.add((i, f.get("rule"), field, "" if f.get("field") else f.get("message", "")))
    return keys


def compare(name, case, expected_records, forms, orig_forms, remap=None, allow_new_error=None):
    errors = []
    if len(forms) != len(orig_forms):
        errors.append(f"forms: expected {len(orig_forms)}, got {len(forms)} "
                      f"({[f.get('sheet') for f in forms]})")
    for i, (want, form, orig) in enumerate(zip(expected_records, forms, orig_forms)):
        if form.get("sheet") != orig.get("sheet"):
            errors.append(f"forms[{i}].sheet: expected {orig.get('sheet')!r}, got {form.get('sheet')!r}")
        if form.get("template") != orig.get("template"):
            errors.append(f"forms[{i}].template: expected {orig.get('template')!r}, got {form.get('template')!r}")
        diff("record", want, form.get("record"), errors)
    new_errors = error_keys(forms) - error_keys(orig_forms, remap)
    if allow_new_error:
        new_errors = {k for k in new_errors if not allow_new_error(k[2])}
    for form_index, rule, field, message in sorted(new_errors):
        errors.append(f"new error finding: forms[{form_index}] rule {rule!r} field {field!r} {message}".rstrip())
    if errors:
        shown = errors[:MAX_DIFFS]
        more = f"\n  ... and {len(errors) - MAX_DIFFS} more" if len(errors) > MAX_DIFFS else ""
        raise AssertionError(f"{name} / {case}: {len(errors)} difference(s):\n  " + "\n  ".join(shown) + more)


# --------------------------------------------------------------------------------------------
# Workbook surgery (openpyxl)

def split(coord):
    col, row = coordinate_from_string(coord)
    return column_index_from_string(col), row


def remerge(ws, coords):
    """Sets the worksheet's merged ranges to coords, keeping the style of every covered cell."""
    ws.merged_cells = MultiCellRange()
    for coord in coords:
        cr = CellRange(coord)
        styles = {}
        for row, col in list(cr.cells)[1:]:
            cell = ws._cells.get((row, col))
            if cell is None:
                continue
            if not isinstance(cell, MergedCell) and cell.value is not None:
                raise AssertionError(f"test setup: {get_column_letter(col)}{row} has a value inside merged {coord}")
            if cell.has_style:
                styles[(row, col)] = copy.copy(cell._style)
        ws.merge_cells(coord)
        for (row, col), style in styles.items():
            ws._cells[(row, col)]._style = style


def insert_rows(ws, idx, amount):
    """ws.insert_rows with the merged ranges moved as Excel moves them."""
    coords = []
    for mr in ws.merged_cells.ranges:
        cr = CellRange(mr.coord)
        if cr.min_row >= idx:
            cr.shift(row_shift=amount)
        elif cr.max_row >= idx:
            cr.expand(down=amount)
        coords.append(cr.coord)
    ws.insert_rows(idx, amount)
    remerge(ws, coords)


def insert_cols(ws, idx, amount):
    coords = []
    for mr in ws.merged_cells.ranges:
        cr = CellRange(mr.coord)
        if cr.min_col >= idx:
            cr.shift(col_shift=amount)
        elif cr.max_col >= idx:
            cr.expand(right=amount)
        coords.append(cr.coord)
    ws.insert_cols(idx, amount)
    remerge(ws, coords)


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


FULLWIDTH = str.maketrans({":": "：", **{str(d): chr(0xFF10 + d) for d in range(10)}})


def record_strings(value, out):
    if isinstance(value, dict):
        for v in value.values():
            record_strings(v, out)
    elif isinstance(value, list):
        for v in value:
            record_strings(v, out)
    elif isinstance(value, str) and len(value.strip()) >= 2:
        out.add(value.strip())
    return out


# --------------------------------------------------------------------------------------------
# The cases. Each modifier gets (workbook, original forms) and returns (expected records, remap of
# original error fields or None, predicate for tolerated new error fields or None).

def mod_resaved(wb, forms):
    return [f["record"] for f in forms], None, None


def rows_inserted(table):
    def modify(wb, forms):
        expected = []
        touched = False
        for form in forms:
            record = copy.deepcopy(form["record"])
            expected.append(record)
            rows = record.get(table)
            if not rows:
                continue
            cells = form["cells"]
            first = rows[0]
            # Tables without a name field (晋中 department items) name the row by its level2.
            carried = ["level1"] + (["level2"] if "name" in first else [])
            row_of_first = None
            columns = {}
            for field in first:
                addr = cells.get(f"{table}[0].{field}")
                if field in carried:
                    continue
                if not addr:
                    if first[field] not in ("", None):
                        raise AssertionError(f"test setup: no cell for {table}[0].{field}")
                    continue  # the form has no column for it: left empty like the first row
                col, row = split(addr)
                if row_of_first is None:
                    row_of_first = row
                elif row != row_of_first:
                    raise AssertionError(f"test setup: {table}[0] spans rows {row_of_first} and {row}")
                columns[field] = col
            ws = wb[form["sheet"]]
            insert_rows(ws, row_of_first + 1, 3)
            new_rows = []
            for k in range(3):
                obj = {}
                for field, value in first.items():
                    if field in carried or field not in columns:
                        obj[field] = value
                    elif field in LEFT_EMPTY:
                        obj[field] = ""
                    elif field in NEW_NUMBER:
                        obj[field] = NEW_NUMBER[field]
                        ws.cell(row_of_first + 1 + k, columns[field]).value = NEW_NUMBER[field]
                    elif field in NEW_TEXT:
                        obj[field] = NEW_TEXT[field][k]
                        ws.cell(row_of_first + 1 + k, columns[field]).value = NEW_TEXT[field][k]
                    else:
                        raise AssertionError(f"test setup: no value to write for {table} field {field!r}")
                new_rows.append(obj)
            record[table] = rows[:1] + new_rows + rows[1:]
            touched = True
        if not touched:
            raise AssertionError(f"test setup: no form has {table}")

        def remap(field):
            m = re.match(rf"^{table}\[(\d+)\](.*)$", field)
            if m and int(m.group(1)) >= 1:
                return f"{table}[{int(m.group(1)) + 3}]{m.group(2)}"
            return field

        def sums_only(field):
            return not any(field.startswith(t + "[") for t in TABLES)

        return expected, remap, sums_only
    modify.__name__ = f"rows_inserted_{table}"
    return modify


def mod_column_inserted(wb, forms):
    for sheet in {f["sheet"] for f in forms}:
        insert_cols(wb[sheet], 1, 1)
    return [f["record"] for f in forms], None, None


LEVELS = ("level1", "level2")


def category_ranges(ws, form):
    """The merged ranges of the level category cells: vertical, in columns A-C, and on every row
    below the top one the original read the level of that row's object(s) from the range's top-left
    cell. (So not the block labels 绩效指标 / 评分表, not a range reaching over a section row, and not
    a range the reading itself contradicts, as where the PDF-made samples merged a 产出指标 cell
    over a row that writes its own 效益指标.)"""
    cells = form["cells"]
    found = []
    for table in TABLES:
        levels_by_row = {}  # row -> [set of level cells of one object on that row]
        objects = {}
        for key, addr in cells.items():
            m = re.match(rf"^{table}\[(\d+)\]\.(\w+)$", key)
            if m and addr:
                objects.setdefault(int(m.group(1)), {})[m.group(2)] = addr
        for fields in objects.values():
            rows = {split(a)[1] for f, a in fields.items() if f not in LEVELS}
            for row in rows:
                levels_by_row.setdefault(row, []).append({a for f, a in fields.items() if f in LEVELS})
        for mr in ws.merged_cells.ranges:
            cr = CellRange(mr.coord)
            if cr.max_col > 3 or cr.min_col != cr.max_col or cr.max_row == cr.min_row:
                continue
            top = f"{get_column_letter(cr.min_col)}{cr.min_row}"
            if all(levels_by_row.get(row) and all(top in levels for levels in levels_by_row[row])
                   for row in range(cr.min_row + 1, cr.max_row + 1)):
                found.append(mr.coord)
    return found


def mod_categories_unmerged(wb, forms):
    filled = 0
    for form in forms:
        ws = wb[form["sheet"]]
        for coord in category_ranges(ws, form):
            cr = CellRange(coord)
            top = ws.cell(cr.min_row, cr.min_col)
            value, style = top.value, copy.copy(top._style)
            ws.unmerge_cells(coord)
            for row in range(cr.min_row + 1, cr.max_row + 1):
                cell = ws.cell(row, cr.min_col)
                cell.value = value
                cell._style = copy.copy(style)
            filled += 1
    if not filled:
        raise AssertionError("test setup: no merged category range in columns A-C of a table")
    return [f["record"] for f in forms], None, None


def mod_total_moved_down(wb, forms):
    for form in forms:
        addr = form["cells"].get("total_score")
        if not addr:
            raise AssertionError("test setup: the original has no total_score cell")
        insert_rows(wb[form["sheet"]], split(addr)[1], 1)
    return [f["record"] for f in forms], None, None


def mod_labels_retyped(wb, forms):
    changed = []
    for form in forms:
        ws = wb[form["sheet"]]
        value_cells = {addr for addr in form["cells"].values() if addr}
        values = record_strings(form["record"], set())
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell, MergedCell) or not isinstance(cell.value, str):
                    continue
                text = cell.value
                if (cell.coordinate in value_cells or not has_cjk(text) or len(text.strip()) > 30
                        or any(v in text for v in values)):
                    continue
                cell.value = text.translate(FULLWIDTH) + " "
                changed.append(cell.coordinate)
    if len(changed) < 5:
        raise AssertionError(f"test setup: only {len(changed)} label cells found ({changed})")
    return [f["record"] for f in forms], None, None


CASES = [
    ("resaved", mod_resaved),
    ("rows_inserted", rows_inserted("indicators")),
    ("items_rows_inserted", rows_inserted("items")),
    ("column_inserted", mod_column_inserted),
    ("categories_unmerged", mod_categories_unmerged),
    ("total_moved_down", mod_total_moved_down),
    ("labels_retyped", mod_labels_retyped),
]


def applies(name, case, forms):
    if case == "rows_inserted":
        return any(f["record"].get("indicators") for f in forms)
    if case == "items_rows_inserted":
        return any(f["record"].get("items") for f in forms)
    if case == "total_moved_down":
        return all(f["cells"].get("total_score") for f in forms)
    if case == "categories_unmerged" and name not in REQUIRED:
        wb = openpyxl.load_workbook(os.path.join(SAMPLES, name))
        return any(category_ranges(wb[f["sheet"]], f) for f in forms)
    return True


def run_case(name, case, modify):
    orig_forms = original(name)
    wb = openpyxl.load_workbook(os.path.join(SAMPLES, name))
    expected, remap, allow = modify(wb, orig_forms)
    if not _TMP:
        _TMP.append(tempfile.mkdtemp(prefix="evalbook-robust-"))
    folder = os.path.join(_TMP[0], case)
    os.makedirs(folder, exist_ok=True)
    out = os.path.join(folder, name)
    wb.save(out)
    compare(name, case, expected, check(out), orig_forms, remap, allow)


def short(name):
    m = re.match(r"^(\d+_[a-z]+_\d\d)_", name)
    return m.group(1) if m else name[:-5]


def make_tests():
    tests = []
    for name in FILES:
        try:
            forms = original(name)
        except AssertionError as e:
            message = str(e)

            def broken(message=message):
                raise AssertionError(message)
            broken.__name__ = f"{short(name)} original"
            tests.append(broken)
            continue
        for case, modify in CASES:
            if not applies(name, case, forms):
                continue

            def test(name=name, case=case, modify=modify):
                run_case(name, case, modify)
            test.__name__ = f"{short(name)} {case}"
            tests.append(test)
    return tests


if __name__ == "__main__":
    try:
        main(make_tests())
    finally:
        if _TMP and not os.environ.get("KEEP_TMP"):
            shutil.rmtree(_TMP[0], ignore_errors=True)
