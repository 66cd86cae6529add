// Streaming rewrite of one worksheet part: every byte is copied as it was, except the cells being
// changed (replaced in place, keeping their style) and the cells or rows that must be inserted in
// order. Dependents of a shared formula whose master is overwritten get their own full formula.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "xlsx/limits.h"
#include "xlsx/patcher.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

using RowEdits = std::map<std::uint32_t, std::map<std::uint32_t, CellValue>>;

// Receives the rewritten bytes in order.
using ByteSink = std::function<void(std::string_view)>;

struct SheetRewriteResult {
  bool has_formulas = false;
};

SheetRewriteResult rewrite_sheet(const ZipReader& zip, const ZipEntry& entry, const RowEdits& edits,
                                 const Limits& limits, const ByteSink& sink);

// The XML of one cell holding `value` ("x:" style prefix included when the sheet uses one).
std::string cell_xml(std::string_view prefix, CellRef ref, std::uint32_t style, bool has_style,
                     const CellValue& value);

}  // namespace evalbook::xlsx
