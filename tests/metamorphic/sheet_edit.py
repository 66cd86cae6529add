"""Row and column edits on an openpyxl worksheet that keep the sheet whole, as Excel does them.

openpyxl's insert_rows / insert_cols / delete_rows move the cells (values and styles) but leave
merged ranges, row heights and column widths where they were, so a form edited with them alone
has its titles and category cells merged over the wrong cells. These helpers move those too:
- a merged range below (right of) the edit moves with its cells;
- a merged range the inserted rows (columns) fall inside grows, as in Excel;
- a merged range that loses rows shrinks; one whose top-left cell is deleted is dropped (its
  value went with the row), which the caller must not do to a form's values.
"""
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange


def _merged_bounds(ws):
    """[(min_row, min_col, max_row, max_col)] of every merged range, the ranges then removed
    from the sheet's list (the cells stay; they are re-merged at their new place)."""
    bounds = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    ws.merged_cells = MultiCellRange()
    return bounds


def _remerge(ws, bounds):
    for min_row, min_col, max_row, max_col in bounds:
        if (min_row, min_col) == (max_row, max_col):
            continue  # a range shrunk to one cell is no merge
        ws.merge_cells(start_row=min_row, start_column=min_col, end_row=max_row, end_column=max_col)


def _shift_row_heights(ws, first, amount):
    """Row heights of rows >= first move by amount (negative: rows first..first-amount-1 gone)."""
    moved = {}
    for idx, dim in list(ws.row_dimensions.items()):
        if idx < first:
            continue
        del ws.row_dimensions[idx]
        if amount < 0 and idx < first - amount:
            continue
        dim.index = idx + amount
        moved[idx + amount] = dim
    for idx, dim in moved.items():
        ws.row_dimensions[idx] = dim


def _shift_column_widths(ws, first, amount):
    """Column dimensions (width, hidden, style) of columns >= first move right by amount."""
    dims = list(ws.column_dimensions.values())
    ws.column_dimensions.clear()
    for dim in dims:
        lo, hi = dim.min or 0, dim.max or 0
        if lo >= first:
            lo, hi = lo + amount, hi + amount
        elif hi >= first:
            hi += amount  # a group spanning the new column grows, as Excel's does
        dim.min, dim.max = lo, hi
        dim.index = get_column_letter(lo)
        ws.column_dimensions[dim.index] = dim


def insert_rows(ws, idx, amount=1):
    """Insert `amount` empty rows before row idx."""
    bounds = _merged_bounds(ws)
    ws.insert_rows(idx, amount)
    new = []
    for r0, c0, r1, c1 in bounds:
        if r0 >= idx:
            r0, r1 = r0 + amount, r1 + amount
        elif r1 >= idx:
            r1 += amount  # inserted inside the range: it grows over the new rows
        new.append((r0, c0, r1, c1))
    _remerge(ws, new)
    _shift_row_heights(ws, idx, amount)


def delete_rows(ws, idx, amount=1):
    """Delete rows idx..idx+amount-1; merged ranges below move up, ranges through them shrink."""
    bounds = _merged_bounds(ws)
    last = idx + amount - 1
    new = []
    for r0, c0, r1, c1 in bounds:
        if r1 < idx:
            new.append((r0, c0, r1, c1))
        elif r0 > last:
            new.append((r0 - amount, c0, r1 - amount, c1))
        elif r0 < idx:
            new.append((r0, c0, max(idx - 1, r1 - amount), c1))
        else:
            # The top-left cell (the value) is deleted: the range goes with it.
            assert r0 >= idx and r0 <= last
    ws.delete_rows(idx, amount)
    _remerge(ws, new)
    _shift_row_heights(ws, idx, -amount)


def insert_cols(ws, idx, amount=1):
    """Insert `amount` empty columns before column idx (1-based)."""
    bounds = _merged_bounds(ws)
    ws.insert_cols(idx, amount)
    new = []
    for r0, c0, r1, c1 in bounds:
        if c0 >= idx:
            c0, c1 = c0 + amount, c1 + amount
        elif c1 >= idx:
            c1 += amount
        new.append((r0, c0, r1, c1))
    _remerge(ws, new)
    _shift_column_widths(ws, idx, amount)


def why_row_cannot_shift(ws, row, first_col):
    """None when shift_row_right can move the row, else why not (a merged range reaching into
    the moved part from another row)."""
    for r in ws.merged_cells.ranges:
        if r.min_row <= row <= r.max_row and r.max_col >= first_col and not (
                r.min_row == r.max_row == row and r.min_col >= first_col):
            return f"merged range {r.coord} reaches into row {row} from another row"
    return None


def shift_row_right(ws, row, first_col):
    """Move the cells of `row` from first_col to the row's last cell one column right (values
    and styles), with any merged range lying within that part of the row. The cell that
    receives the last one must be empty and a merged range may not straddle the move."""
    last = ws.max_column
    while last > first_col and ws.cell(row, last).value is None:
        last -= 1
    target = ws.cell(row, last + 1)
    assert target.value is None, f"{target.coordinate} is not empty"
    bounds = _merged_bounds(ws)
    new = []
    for r0, c0, r1, c1 in bounds:
        touches = r0 <= row <= r1 and c1 >= first_col
        if not touches:
            new.append((r0, c0, r1, c1))
            continue
        assert r0 == r1 == row and c0 >= first_col, (
            f"merged range {CellRange(min_row=r0, min_col=c0, max_row=r1, max_col=c1).coord} "
            f"straddles the shifted part of row {row}")
        new.append((r0, c0 + 1, r1, c1 + 1))
    ws.move_range(f"{get_column_letter(first_col)}{row}:{get_column_letter(last)}{row}", cols=1)
    _remerge(ws, new)


def merged_cover(ws):
    """{(row, col): top-left (row, col)} of every cell inside a merged range."""
    cover = {}
    for r in ws.merged_cells.ranges:
        for row in range(r.min_row, r.max_row + 1):
            for col in range(r.min_col, r.max_col + 1):
                cover[(row, col)] = (r.min_row, r.min_col)
    return cover
