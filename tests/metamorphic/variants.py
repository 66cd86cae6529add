"""The variants: each one a change that real workbooks show and that must not change what a
form says. A maker edits an openpyxl workbook in place, given what `check` read from the
original (`forms`: sheet, template, record, cells) and how the original displays (`shown`:
{sheet: [[cell text]]} from `dump`), and returns a Made: the cell map from original to variant
and the findings the variant itself must add. A maker that finds nothing to change on a form
raises NotApplicable with the reason, so no case passes by changing nothing."""
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field

from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Font

import sheet_edit
from cellmap import CellMap, parse, ref


class NotApplicable(Exception):
    pass


@dataclass
class Extra:
    """A finding the variant must add: its severity, its sheet, and either the cells it may point
    at (None: any) or the row it must point at, and text its message holds. Sheet, cells and row
    are given on the original; the comparison moves them through the cell map."""
    severity: str
    sheet: str
    cells: frozenset = None
    row: int = None
    message_contains: str = ""
    why: str = ""
    rule: str = ""
    # The rule of an original finding this one stands in for (labels_missing: the same info,
    # now naming more labels), or "".
    replaces: str = ""
    optional: bool = False  # may be absent: the finding it replaces need not be said anew


@dataclass
class Made:
    cellmap: CellMap = field(default_factory=CellMap)
    extras: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # "sheet: reason" of forms the variant leaves
    merged: list = field(default_factory=list)  # (sheet, range) the variant merges itself
    unmerged: list = field(default_factory=list)  # (sheet, range) it unmerges


def each_form(change):
    """A maker from a change of one form, change(wb, form, n, shown, root, made): forms it does
    not apply to are left as they are (and said in made.skipped); when it applies to none, the
    whole variant does not apply. A change raises NotApplicable before it edits anything."""
    def maker(wb, forms, shown, root):
        made = Made()
        for n, form in enumerate(forms, 1):
            try:
                change(wb, form, n, shown, root, made)
            except NotApplicable as e:
                made.skipped.append(f"{form['sheet']}: {e}")
        if len(made.skipped) == len(forms):
            raise NotApplicable("; ".join(made.skipped))
        return made
    maker.__name__, maker.__doc__ = change.__name__, change.__doc__
    return maker


# --- what the original says ----------------------------------------------------------------------

LIST_PREFERENCE = ("indicators", "items", "rows", "dimensions", "sources", "tasks", "funds")


def record_value(record, path):
    """The record's value at a cells key: 'total_score', 'indicators[3].score', 'sections.投入'."""
    node = record
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            index = int(part[1:-1])
            if not isinstance(node, list) or index >= len(node):
                return None
            node = node[index]
        else:
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
    return node


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def value_cells(form):
    """{(row, col)} of every cell the record was read from."""
    return {parse(c) for c in form["cells"].values() if ":" not in c}


def entry_rows(form, name):
    """[row of entry i] of a record list: the lowest row among the entry's cells (category cells
    carried down from above sit higher)."""
    rows = {}
    for key, cell in form["cells"].items():
        m = re.match(re.escape(name) + r"\[(\d+)\]\.", key)
        if m and ":" not in cell:
            i = int(m.group(1))
            rows[i] = max(rows.get(i, 0), parse(cell)[0])
    return [rows[i] for i in sorted(rows)]


def first_list(form):
    """(name, rows) of the record's first list with two entries on different rows."""
    for name in LIST_PREFERENCE:
        rows = entry_rows(form, name)
        if len(rows) >= 2 and rows[1] > rows[0]:
            return name, rows
    return None, []


def normalise(text):
    text = unicodedata.normalize("NFKC", str(text))
    return re.sub(r"\s+", "", text).rstrip(":")


_templates = {}


def template(root, template_id):
    if template_id not in _templates:
        with open(os.path.join(root, "templates", f"{template_id}.json"), encoding="utf-8") as f:
            _templates[template_id] = json.load(f)
    return _templates[template_id]


# --- the variants --------------------------------------------------------------------------------

@each_form
def title_rows(wb, form, n, shown, root, made):
    """(a) A unit's own title row and two blank rows above the form, the title merged across the
    form's width (as a cover line '附件1：…' is): every cell moves down three rows."""
    ws = wb[form["sheet"]]
    width = ws.max_column
    sheet_edit.insert_rows(ws, 1, 3)
    ws.cell(1, 1).value = f"附件{n}：{form['sheet']}"
    ws.cell(1, 1).font = Font(bold=True, size=14)
    if width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        made.merged.append((form["sheet"], f"A1:{ref(1, width)}"))
    made.cellmap.add(form["sheet"], "insert_rows", 1, 3)


@each_form
def left_column(wb, form, n, shown, root, made):
    """(b) An empty column inserted on the left (a unit's 序号 column left blank): every cell
    moves one column right."""
    sheet_edit.insert_cols(wb[form["sheet"]], 1, 1)
    made.cellmap.add(form["sheet"], "insert_cols", 1, 1)


NOTE = "注：本表由填报单位如实填写，数据与单位财务账一致。"


@each_form
def blank_row_and_note(wb, form, n, shown, root, made):
    """(c) A blank row left between the first two rows of the form's table (a row a clerk
    cleared) and a note row '注：…' under the form, as many provinces print: the rows after the
    blank one move down one; a merged category cell over the two rows grows over the blank."""
    name, rows = first_list(form)
    if not name:
        raise NotApplicable("no table with two rows on this form")
    ws = wb[form["sheet"]]
    sheet_edit.insert_rows(ws, rows[0] + 1, 1)
    made.cellmap.add(form["sheet"], "insert_rows", rows[0] + 1, 1)
    ws.cell(ws.max_row + 1, 1).value = NOTE


COVER = "填报说明"


def renamed_and_moved(wb, forms, shown, root):
    """(d) The form sheets renamed (附表1, 附表2…) and not first: a one-form workbook gets a cover
    sheet 填报说明 in front of it; a workbook of several forms has its first sheet moved last."""
    made = Made()
    if len(wb.sheetnames) == 1:
        cover = wb.create_sheet(COVER, 0)
        cover["A1"] = "填报说明：请按财政局通知要求填报，金额单位为万元。"
    else:
        wb.move_sheet(wb.worksheets[0], offset=len(wb.sheetnames) - 1)
    for n, form in enumerate(forms, 1):
        new = f"附表{n}"
        assert new not in wb.sheetnames
        wb[form["sheet"]].title = new
        made.cellmap.rename(form["sheet"], new)
    wb.active = 0
    return made


# Header wordings of issue 9 point 5: a label as one form has it → the same label as another
# province's form has it. Each label cell is replaced once, so a pair may go both ways.
SYNONYMS = {
    "全年预算数": "预算数",
    "全年执行数": "实际支出",
    "执行率": "预算执行率",
    "年初预算数": "年初预算",
    "分值": "权重",
    "得分": "自评得分",
    "实际完成值": "全年实际值",
    "年度指标值": "年度目标值",
    "目标值": "年度目标值",
    "偏差原因分析及改进措施": "偏差原因及改进措施",
    "主管部门": "主管部门及代码",
    "主管部门及代码": "主管部门",
    "实施单位": "预算单位",
    "预算单位": "实施单位",
    "资金总额": "年度资金总额",
    "年度资金总额": "资金总额",
}


@each_form
def synonyms(wb, form, n, shown, root, made):
    """(e) Header and row labels written in another province's words (SYNONYMS): only label
    cells change (never a cell the record was read from); the colon or a "(万元)" tail of a label
    is kept around the new word."""
    ws = wb[form["sheet"]]
    values = value_cells(form)
    changes = []
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell) or not isinstance(cell.value, str):
                continue
            if (cell.row, cell.column) in values:
                continue
            text = unicodedata.normalize("NFKC", cell.value).strip()
            m = re.match(r"^(.*?)\s*([:：]?\s*(\((万元|元)\))?\s*[:：]?)$", text)
            word, tail = m.group(1), m.group(2)
            if word in SYNONYMS:
                changes.append((cell, SYNONYMS[word] + tail))
    if not changes:
        raise NotApplicable("no label of the synonym table on this form")
    for cell, text in changes:
        cell.value = text


def header_rows(ws, table, first_row):
    """The table's header: the nearest rows above its first row (at most two rows up: a section
    row such as 投入 may sit between) that hold two or more of its column labels."""
    labels = {normalise(l).rstrip("*") for c in table["columns"] for l in c["labels"]}

    def is_header(row):
        texts = {normalise(c.value) for c in ws[row] if isinstance(c.value, str)}
        return len(texts & labels) >= 2

    row = next((r for r in range(first_row - 1, max(first_row - 4, 0), -1) if is_header(r)), None)
    rows = []
    while row and row >= 1 and is_header(row):
        rows.append(row)
        row -= 1
    return sorted(rows)


@each_form
def header_deleted(wb, form, n, shown, root, made):
    """(f) The table's header row (一级指标 | 二级指标 | 三级指标 | …) deleted, the rows going
    straight from the block above to the table: rows below move up. The reader must place the
    columns from the template's canonical order and say so (warning 表头缺失，按标准列序读取)."""
    tables = template(root, form["template"]).get("tables", [])
    if not tables:
        raise NotApplicable(f"{form['template']} has no table with a header row")
    table = tables[0]
    rows = entry_rows(form, table["name"])
    if not rows:
        raise NotApplicable(f"table {table['name']} has no rows on this form")
    ws = wb[form["sheet"]]
    header = header_rows(ws, table, min(rows))
    if not header:
        raise NotApplicable(f"no header row found above table {table['name']}")
    held = {r for r, _ in value_cells(form)} & set(header)
    if held:
        raise NotApplicable(f"header rows {sorted(held)} hold record values")
    deleted = {normalise(c.value) for r in header for c in ws[r] if isinstance(c.value, str)}
    sheet_edit.delete_rows(ws, header[0], len(header))
    made.cellmap.add(form["sheet"], "delete_rows", header[0], len(header))
    made.extras.append(Extra("warning", form["sheet"], message_contains="表头缺失，按标准列序读取",
                             why="header row deleted"))
    left = {normalise(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    if (deleted - left) & evidence_labels(template(root, form["template"])):
        made.extras.append(Extra("info", form["sheet"], rule="labels_missing", replaces="labels_missing",
                                 why="labels of the deleted header were evidence the sheet is the form"))


def evidence_labels(spec):
    """The normalised labels a template recognises its form by (detect.all and detect.evidence
    with their synonyms)."""
    detect = spec.get("detect", {})
    words = list(detect.get("all", []))
    for e in detect.get("evidence", []):
        words += [e["label"], *e.get("synonyms", [])]
    words += [w for k in words for w in spec.get("synonyms", {}).get(k, [])]
    return {normalise(w) for w in words if not w.startswith("re:") and not w.endswith("*")}


# The figure whose row is shifted in (g), the first a form has: the 资金总额 row of a project
# form, the 预算下达资金 row of a 晋中 project, the 上年结转 row of a 部门整体 form, the 三公
# budget row of 公开09表, the 合计 row of a 评分表. (Not `year`: a title, not a block row.)
BLOCK_FIGURES = ("budget_full_year", "executed", "funds_allocated", "carryover", "budget_total",
                 "personnel_total", "total_score")


@each_form
def block_row_shifted(wb, form, n, shown, root, made):
    """(g) One block row of figures (BLOCK_FIGURES) shifted one column right, label and values,
    while its headers and the rows around it stay: the reader must read it at the offset its
    arithmetic confirms and say how it read it (an info on that row)."""
    ws = wb[form["sheet"]]
    tall = [r for r in ws.merged_cells.ranges if r.max_row > r.min_row]
    reasons = []
    for key in BLOCK_FIGURES:
        cell = form["cells"].get(key)
        if not cell or ":" in cell or not is_number(form["record"].get(key)):
            continue
        row = parse(cell)[0]
        # The row starts at its first cell that is not a label merged over several rows (the
        # 实际支出资金 cell beside three source rows stays where it is).
        first = next((col for col in range(1, ws.max_column + 1)
                      if ws.cell(row, col).value is not None
                      and not any(r.min_row <= row <= r.max_row and r.min_col <= col <= r.max_col for r in tall)),
                     None)
        why = "no cell to move" if first is None else sheet_edit.why_row_cannot_shift(ws, row, first)
        if not why:
            break
        reasons.append(f"{key} row: {why}")
    else:
        raise NotApplicable("; ".join(reasons) or "no block row of figures on this form")
    sheet_edit.shift_row_right(ws, row, first)
    made.cellmap.add(form["sheet"], "shift_right", row, first)
    # A row the original already reads off its headers (an info block_alignment on it) has its
    # offset changed by the shift: its info is said anew, not carried over, and none is due
    # where the shift puts the row back under its headers (a 合计 row one column left, moved right).
    already_off = any(f.get("rule") == "block_alignment" and f.get("cell") and parse(f["cell"])[0] == row
                      for f in form["findings"])
    made.extras.append(Extra("info", form["sheet"], row=row, rule="block_alignment",
                             replaces="block_alignment" if already_off else "", optional=already_off,
                             why=f"{key} row {row} read one column right"))


@each_form
def unmerged(wb, form, n, shown, root, made):
    """(h1) Every merged range unmerged, its value left in the first cell only (as a producer
    that does not merge writes it): no cell moves."""
    ws = wb[form["sheet"]]
    ranges = [r.coord for r in ws.merged_cells.ranges]
    if not ranges:
        raise NotApplicable("no merged cells on this form")
    for coord in ranges:
        ws.unmerge_cells(coord)
        made.unmerged.append((form["sheet"], coord))


@each_form
def merged(wb, form, n, shown, root, made):
    """(h2) The reverse: cells a unit merges that the original leaves unmerged — a category cell
    of a table merged down over the empty cells of the rows it heads, and a text field's value
    merged right across the empty cells beside it. Values stay in the first cell."""
    ws = wb[form["sheet"]]
    cover = sheet_edit.merged_cover(ws)

    def free(row, col):
        return (row, col) not in cover and ws.cell(row, col).value is None

    planned = []

    def plan(r0, c0, r1, c1):
        planned.append((r0, c0, r1, c1))
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                cover[(r, c)] = (r0, c0)

    name, rows = first_list(form)
    if name:
        # A category cell shared by several entries: merged down to the last entry's row.
        last_row_of = {}
        for key, cell in form["cells"].items():
            m = re.match(re.escape(name) + r"\[(\d+)\]\.(level1|level2)$", key)
            if m and ":" not in cell:
                at = parse(cell)
                last_row_of[at] = max(last_row_of.get(at, 0), rows[int(m.group(1))])
        for (row, col), last in sorted(last_row_of.items()):
            if last > row and (row, col) not in cover and all(free(r, col) for r in range(row + 1, last + 1)):
                plan(row, col, last, col)
    for key, cell in form["cells"].items():
        if not re.fullmatch(r"[a-z_]+", key) or ":" in cell or not isinstance(form["record"].get(key), str):
            continue
        row, col = parse(cell)
        if (row, col) in cover or not form["record"][key]:
            continue
        end = col
        while end < ws.max_column and free(row, end + 1):
            end += 1
        if end > col:
            plan(row, col, row, end)
    if not planned:
        raise NotApplicable("nothing a unit would merge is unmerged on this form")
    for r0, c0, r1, c1 in planned:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        made.merged.append((form["sheet"], f"{ref(r0, c0)}:{ref(r1, c1)}"))


# Text that is exactly a number, with blanks around it: what a system export writes for a figure.
PLAIN_NUMBER = re.compile(r"^[ \t\r\n\u00a0\u3000]*[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[ \t\r\n\u00a0\u3000]*$")


@each_form
def numbers_as_text(wb, form, n, shown, root, made):
    """(i) Every number of the form stored as text, as the form displays it ('52.543', '100.00%'),
    in a Text-formatted cell (what a paste from a web page or an exporting system gives).
    The reader must read each figure it uses and say it was text: the plain numbers of a sheet in
    one warning naming them, each dressed one ('100.00%') at its own cell."""
    ws = wb[form["sheet"]]
    lines = shown[form["sheet"]]
    changes = []
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell) or cell.data_type != "n" or not is_number(cell.value):
                continue
            line = lines[cell.row - 1].split("\t") if cell.row <= len(lines) else []
            text = line[cell.column - 1] if cell.column <= len(line) else ""
            assert text, f"{form['sheet']}!{cell.coordinate}: number {cell.value} with no display text"
            changes.append((cell, text))
    if not changes:
        raise NotApplicable("no number stored as a number on this form")
    converted = set()
    for cell, text in changes:
        cell.value = text
        cell.number_format = "@"
        converted.add((cell.row, cell.column))
    read = {ref(*parse(c)) for key, c in form["cells"].items()
            if ":" not in c and parse(c) in converted and is_number(record_value(form["record"], key))}
    shown_as = {ref(cell.row, cell.column): text for cell, text in changes}
    plain = sorted(c for c in read if PLAIN_NUMBER.match(shown_as[c]))
    # A text that is just a number ('52.543', '1,914.07') is one of the sheet's numbers stored
    # as text, all told in one warning at one of them; a dressed one ('100.00%') is its own.
    for cell in sorted(read - set(plain)) + (plain if len(plain) == 1 else []):
        made.extras.append(Extra("warning", form["sheet"], cells=frozenset([cell]),
                                 why=f"{cell}: a number stored as text"))
    if len(plain) > 1:
        made.extras.append(Extra("warning", form["sheet"], cells=frozenset(plain), rule="value_reading",
                                 message_contains=f"本表 {len(plain)} 个单元格的数字以文本形式存储",
                                 why=f"{len(plain)} plain numbers stored as text, told once"))


def resaved(wb, forms, shown, root):
    """(o) openpyxl loads and saves the workbook unchanged: the baseline of every variant above
    (it shows what openpyxl's own writing changes, e.g. shared strings and styles rewritten)."""
    return Made()


# name → (maker, what it models). (j), re-saved by LibreOffice, is made by soffice itself.
VARIANTS = {
    "o_openpyxl_resave": resaved,
    "a_title_rows": title_rows,
    "b_left_column": left_column,
    "c_blank_row_and_note": blank_row_and_note,
    "d_renamed_and_moved": renamed_and_moved,
    "e_synonyms": synonyms,
    "f_header_deleted": header_deleted,
    "g_block_row_shifted": block_row_shifted,
    "h1_unmerged": unmerged,
    "h2_merged": merged,
    "i_numbers_as_text": numbers_as_text,
}
LIBREOFFICE = "j_libreoffice_resave"
