// Streams one worksheet part into cells: the hot path of every read. Only the elements a reader
// needs are looked at (row, c, v, f, is/t, mergeCell); the sheet is never held whole in memory.
#pragma once

#include "xlsx/limits.h"
#include "xlsx/retained_sheet.h"
#include "xlsx/shared_strings.h"
#include "xlsx/work_budget.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// Charges the sheet's XML, every cell's text and every expanded shared formula to `budget`.
// With `keep`, the part's bytes and where its rows start are kept there as they stream by.
SheetSummary stream_sheet(const ZipReader& zip, const ZipEntry& entry, const SharedStrings& strings,
                          const Limits& limits, const WorkBudget& budget, CellVisitor& visitor,
                          RetainedSheet* keep = nullptr);

// The same from a sheet kept by an earlier read (retained_sheet.h): tokenized again, not
// inflated again.
SheetSummary stream_sheet(const RetainedSheet& kept, const SharedStrings& strings,
                          const Limits& limits, const WorkBudget& budget, CellVisitor& visitor);

// Days since 1899-12-30 (Excel's 1900 serial for dates after 1900-02-28) of an ISO 8601 text
// "YYYY-MM-DD[THH:MM[:SS[.fff]]]", as written in t="d" cells; false when it is not one.
bool iso_date_to_serial(std::string_view text, double& serial);

}  // namespace evalbook::xlsx
