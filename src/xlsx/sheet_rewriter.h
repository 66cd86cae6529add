// Streaming rewrite of one worksheet part: every byte is copied as it was, except the cells being
// changed (replaced in place, keeping their style) and the cells or rows that must be inserted in
// order. Dependents of a shared formula whose master is overwritten get their own full formula.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "xlsx/limits.h"
#include "xlsx/patcher.h"
#include "xlsx/retained_sheet.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

using RowEdits = std::map<std::uint32_t, std::map<std::uint32_t, CellValue>>;

// Receives the rewritten bytes in order.
using ByteSink = std::function<void(std::string_view)>;

struct SheetRewriteResult {
  bool has_formulas = false;  // of the tokenized bytes (for a kept sheet, not its skipped rows)
};

// What else goes into the sheet besides its cells.
struct SheetExtras {
  // r:id of a <legacyDrawing> (the VML of cell comments) to insert where the schema wants it;
  // empty for none.
  std::string legacy_drawing_rid;
};

SheetRewriteResult rewrite_sheet(const ZipReader& zip, const ZipEntry& entry, const RowEdits& edits,
                                 const Limits& limits, const ByteSink& sink);
SheetRewriteResult rewrite_sheet(const ZipReader& zip, const ZipEntry& entry, const RowEdits& edits,
                                 const SheetExtras& extras, const Limits& limits,
                                 const ByteSink& sink);
// The same from the sheet's kept XML (Workbook::retained_sheet): only the rows with edits (and
// the stretches before the first row and after </sheetData>) are tokenized; the other rows go
// to `sink` as they are. `zip` is the package it came from (for the work budget).
SheetRewriteResult rewrite_sheet(const ZipReader& zip, const RetainedSheet& sheet,
                                 const RowEdits& edits, const SheetExtras& extras,
                                 const Limits& limits, const ByteSink& sink);

// What a patch must know about a sheet before rewriting it: the style each of some cells shows
// (its own s, else its row's, else its column's, else 0) and the r:id of its <legacyDrawing>.
struct SheetFacts {
  std::map<std::uint32_t, std::map<std::uint32_t, std::uint32_t>> styles;  // row -> column -> xf
  std::string legacy_drawing_rid;
};
SheetFacts scan_sheet_facts(const ZipReader& zip, const ZipEntry& entry,
                            const std::map<std::uint32_t, std::set<std::uint32_t>>& cells,
                            const Limits& limits);
// The same from the sheet's kept XML: only the rows of `cells` (and the stretches before the
// first row and after </sheetData>, where <cols> and <legacyDrawing> are) are tokenized.
SheetFacts scan_sheet_facts(const RetainedSheet& sheet,
                            const std::map<std::uint32_t, std::set<std::uint32_t>>& cells,
                            const Limits& limits);

// The XML of one cell holding `value` ("x:" style prefix included when the sheet uses one).
std::string cell_xml(std::string_view prefix, CellRef ref, std::uint32_t style, bool has_style,
                     const CellValue& value);

}  // namespace evalbook::xlsx
