"""Where an original cell is in a variant: the list of edits made to each sheet, replayed on a
cell reference. Edits are plain tuples so a variant made in a worker process can be sent back."""
import re

from openpyxl.utils import column_index_from_string, get_column_letter

CELL = re.compile(r"^([A-Z]{1,3})([0-9]+)$")
# A cell reference inside a message ("单元格 G23", "G10:G20"): not part of a longer word or number.
CELL_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})([0-9]+)(?![0-9A-Za-z])")


def parse(ref):
    m = CELL.match(ref)
    assert m, f"not a cell reference: {ref!r}"
    return int(m.group(2)), column_index_from_string(m.group(1))


def ref(row, col):
    return f"{get_column_letter(col)}{row}"


class CellMap:
    """Edits per sheet, in the order made: ('insert_rows', before, n), ('delete_rows', first, n),
    ('insert_cols', before, n), ('shift_right', row, first_col). Sheet renames beside."""

    def __init__(self):
        self.edits = {}
        self.renamed = {}

    def add(self, sheet, *edit):
        self.edits.setdefault(sheet, []).append(edit)

    def rename(self, old, new):
        self.renamed[old] = new

    def sheet(self, name):
        return self.renamed.get(name, name)

    def position(self, sheet, row, col):
        """(row, col) in the variant, or None when the cell was deleted."""
        for kind, a, n in self.edits.get(sheet, []):
            if kind == "insert_rows" and row >= a:
                row += n
            elif kind == "delete_rows":
                if a <= row < a + n:
                    return None
                if row >= a + n:
                    row -= n
            elif kind == "insert_cols" and col >= a:
                col += n
            elif kind == "shift_right" and row == a and col >= n:
                col += 1
        return row, col

    def cell(self, sheet, reference):
        """A reference ('G21' or 'G10:G20') moved; a deleted cell becomes 'deleted:G21'."""
        if not reference:  # None, or "" for a form-level finding (labels_missing)
            return reference
        parts = []
        for part in reference.split(":"):
            pos = self.position(sheet, *parse(part))
            parts.append(f"deleted:{part}" if pos is None else ref(*pos))
        return ":".join(parts)

    def text(self, sheet, message):
        """Cell references inside a message moved like the finding's own cell."""
        if not self.edits.get(sheet):
            return message
        return CELL_IN_TEXT.sub(lambda m: self.cell(sheet, m.group(0)), message)
