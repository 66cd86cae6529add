"""What `check` must say of a variant: the original's forms with their cells moved through the
variant's cell map, plus exactly the findings the variant adds. Returns the differences as short
lines a person reads (empty when the variant checks as it must)."""
import json
import re
from collections import Counter
from dataclasses import replace

# Figures read from text ('82.37%' → 82.37 / 100) may differ from the stored fraction in the last
# bit; a difference at the ninth decimal or above is a different figure.
DIGITS = 9


def canonical(value):
    """A value with its numbers rounded to the tolerance, as a hashable JSON string."""
    def walk(v):
        if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
            return round(float(v), DIGITS) + 0.0  # + 0.0: -0.0 and 0.0 alike
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v
    return json.dumps(walk(value), ensure_ascii=False, sort_keys=True)


def moved_finding(finding, cellmap):
    sheet = finding.get("sheet")
    out = dict(finding)
    out["sheet"] = cellmap.sheet(sheet)
    out["cell"] = cellmap.cell(sheet, finding.get("cell"))
    out["message"] = cellmap.text(sheet, finding.get("message", ""))
    return out


def expected_form(form, cellmap):
    sheet = form["sheet"]
    return {
        "sheet": cellmap.sheet(sheet),
        "template": form["template"],
        "record": form["record"],
        "cells": {k: cellmap.cell(sheet, v) for k, v in form["cells"].items()},
        "recomputed": form["recomputed"],
        "findings": [moved_finding(f, cellmap) for f in form["findings"]],
    }


def _dict_diff(what, want, got, limit=4):
    lines = []
    for key in sorted(set(want) | set(got)):
        a, b = want.get(key, "<absent>"), got.get(key, "<absent>")
        if canonical(a) != canonical(b):
            lines.append(f"{what}.{key}: {short(a)} → {short(b)}")
    if len(lines) > limit:
        lines = lines[:limit] + [f"{what}: {len(lines) - limit} more differences"]
    return lines


def short(value, width=90):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[:width] + "…"


def _row_of(cell):
    m = re.match(r"^[A-Z]+([0-9]+)", cell or "")
    return int(m.group(1)) if m else None


def _matches(extra, finding):
    if finding.get("severity") != extra.severity:
        return False
    if extra.cells is not None and finding.get("cell") not in extra.cells:
        return False
    if extra.row is not None and _row_of(finding.get("cell")) != extra.row:
        return False
    if extra.rule and finding.get("rule") != extra.rule:
        return False
    return extra.message_contains in finding.get("message", "")


def finding_diff(want, got, extras):
    """Original findings must all be there; what is left over must be the variant's extras, one
    finding each."""
    lines = []
    want = list(want)
    for extra in extras:  # an original finding the variant's own stands in for
        replaced = next((f for f in want if extra.replaces and f.get("rule") == extra.replaces
                         and (extra.row is None or _row_of(f.get("cell")) == extra.row)), None)
        if replaced is not None:
            want.remove(replaced)
    wanted = Counter(canonical(f) for f in want)
    have = Counter(canonical(f) for f in got)
    for key, n in (wanted - have).items():
        f = json.loads(key)
        lines.append(f"finding missing ×{n}: {f.get('severity')} {f.get('rule')} {f.get('cell')} {short(f.get('message'), 60)}")
    added = [json.loads(k) for k, n in (have - wanted).items() for _ in range(n)]
    for extra in extras:
        hit = next((f for f in added if _matches(extra, f)), None)
        if hit is None and extra.optional:
            continue
        if hit is None:
            where = extra.cells and ",".join(sorted(extra.cells)) or (extra.row and f"row {extra.row}") or "any cell"
            lines.append(f"finding not added: {extra.severity} at {where} {extra.message_contains} ({extra.why})")
        else:
            added.remove(hit)
    for f in added:
        lines.append(f"finding added: {f.get('severity')} {f.get('rule')} {f.get('cell')} {short(f.get('message'), 60)}")
    return lines


def form_diff(want, got, extras):
    lines = []
    if want["template"] != got["template"]:
        return [f"read as {got['template']}, not {want['template']}"]
    lines += _dict_diff("record", want["record"], got["record"])
    lines += _dict_diff("cells", want["cells"], got["cells"])
    lines += _dict_diff("recomputed", want["recomputed"], got["recomputed"])
    lines += finding_diff(want["findings"], got["findings"], extras)
    return lines


def moved_extra(extra, cellmap):
    """An extra's cells and row, given on the original, where they are in the variant."""
    cells = extra.cells and frozenset(cellmap.cell(extra.sheet, c) for c in extra.cells)
    row = extra.row and _row_of(cellmap.cell(extra.sheet, f"A{extra.row}"))
    return replace(extra, cells=cells, row=row)


def file_diff(original, variant, made):
    """Differences between the original's check (one file entry) and the variant's."""
    if variant.get("error"):
        return [f"not read: {variant['error'].get('code')} {short(variant['error'].get('message'), 80)}"]
    want = {made.cellmap.sheet(f["sheet"]): expected_form(f, made.cellmap) for f in original["forms"]}
    got = {f["sheet"]: f for f in variant["forms"]}
    lines = []
    for sheet in want:
        if sheet not in got:
            lines.append(f"sheet {sheet}: no form read")
            continue
        extras = [moved_extra(e, made.cellmap) for e in made.extras if made.cellmap.sheet(e.sheet) == sheet]
        lines += [f"{sheet}: {l}" for l in form_diff(want[sheet], got[sheet], extras)]
    for sheet in got:
        if sheet not in want:
            lines.append(f"sheet {sheet}: read as a form ({got[sheet]['template']}), which it is not")
    return lines
