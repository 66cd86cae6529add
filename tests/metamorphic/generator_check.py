"""The generator checked against itself, before any verdict on the reader: in every variant, each
cell the original's record was read from must show, at the place the cell map gives, the text
the original shows (as `dump` displays both). A wrong cell map or an edit that moved or lost a
value is a failure of the suite, never charged to the reader."""
from cellmap import parse
from evalbook_test import run, split_dump


def dumps(paths):
    """{path: {sheet: [line]}} from one dump run over paths."""
    out, current = {}, None
    text = run("dump", *paths, timeout=600).stdout.decode("utf-8")
    if len(paths) == 1:  # one file's dump has no '# file:' line
        return {paths[0]: split_dump(text)}
    chunks = {}
    for line in text.split("\n"):
        if line.startswith("# file: "):
            current = line[len("# file: "):]
            chunks[current] = []
        elif current is not None:
            chunks[current].append(line)
    for path, lines in chunks.items():
        out[path] = split_dump("\n".join(lines))
    return out


def shown_at(sheets, sheet, reference):
    row, col = parse(reference)
    lines = sheets.get(sheet, [])
    fields = lines[row - 1].split("\t") if row <= len(lines) else []
    return fields[col - 1] if col <= len(fields) else ""


def misplaced(original_forms, original_dump, variant_dump, made):
    """Lines naming each record cell whose text the variant does not show at its mapped place."""
    lines = []
    for form in original_forms:
        sheet = form["sheet"]
        new_sheet = made.cellmap.sheet(sheet)
        for key, reference in form["cells"].items():
            if ":" in reference:
                continue
            moved = made.cellmap.cell(sheet, reference)
            want = shown_at(original_dump, sheet, reference)
            got = shown_at(variant_dump, new_sheet, moved) if not moved.startswith("deleted:") else "<deleted>"
            if want != got:
                lines.append(f"generator: {sheet}!{reference} ({key}) shows {want!r}, variant {new_sheet}!{moved} shows {got!r}")
    return lines


def merges(wb):
    """{(sheet, range)} of every merged range of an openpyxl workbook."""
    return {(ws.title, r.coord) for ws in wb.worksheets for r in ws.merged_cells.ranges}


def misplaced_merges(before, wb, made):
    """Lines naming each merged range that is not where the cell map puts the original's (a
    range the inserted rows fall inside grows, as in Excel), besides those the variant itself
    merges or unmerges."""
    def moved(sheet, coord):
        ends = [made.cellmap.cell(sheet, part) for part in coord.split(":")]
        return made.cellmap.sheet(sheet), ":".join(ends)

    removed = {moved(sheet, coord) for sheet, coord in made.unmerged}
    want = {moved(sheet, coord) for sheet, coord in before} - removed
    want |= {(made.cellmap.sheet(sheet), coord) for sheet, coord in made.merged}
    # A range shrunk to one cell by a deleted row is no merge.
    want = {(s, c) for s, c in want if "deleted:" not in c and c.split(":")[0] != c.split(":")[-1]}
    got = merges(wb)
    return ([f"generator: merged range {s}!{c} expected, not in the variant" for s, c in sorted(want - got)]
            + [f"generator: merged range {s}!{c} in the variant, not expected" for s, c in sorted(got - want)])
