// A worksheet part kept in memory by the read that checked it, with where each row starts, so
// that a patch splices the rows it changes into the untouched bytes instead of inflating and
// tokenizing the sheet once more (Workbook::keep_sheet_xml). Only the rows a patch touches, and
// the short stretches before the first row and after </sheetData>, are tokenized again.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

struct RetainedSheet {
  struct Row {
    std::uint32_t number = 0;
    std::uint64_t offset = 0;  // of its "<row"
  };
  std::string part;
  std::string xml;  // the part's bytes, inflated
  std::vector<Row> rows;
  std::uint64_t sheet_data_end = 0;  // offset of "</sheetData>"
  // Rows can be skipped: every <row> has its r and is a child of <sheetData>, rows come in
  // increasing order, every cell sits in a row and <sheetData> is closed by its own end tag.
  // Otherwise a patch tokenizes the whole kept part (still not inflating it again).
  bool spliceable = false;
};

// What the reader notes while it streams a sheet that is being kept.
class RowIndexBuilder {
 public:
  explicit RowIndexBuilder(RetainedSheet& sheet) : sheet_(sheet) {}
  void on_sheet_data_start() { ++sheet_data_starts_; }
  void on_row(std::uint32_t number, std::uint64_t offset, bool explicit_number);
  // A cell outside any row, or a row inside another element than <sheetData>.
  void on_cell_outside_row() { broken_ = true; }
  void on_sheet_data_end(std::uint64_t offset) { sheet_data_end_ = offset; }
  // After the whole part was read.
  void finish();

 private:
  RetainedSheet& sheet_;
  int sheet_data_starts_ = 0;
  std::uint64_t sheet_data_end_ = 0;
  bool broken_ = false;
};

// Tokenizes a kept sheet with `handler`: the bytes before its first row, the rows that hold
// (or, for a row the sheet lacks, come next after) one of `rows`, and everything from
// </sheetData> on. Every other stretch of rows goes to `skipped` as it is, in order, without
// being tokenized. Once `tokenize_rest` says so (a handler that must see every later row), the
// rest is tokenized whole. A sheet that is not spliceable is tokenized whole. Throws XlsxError.
void scan_retained_sheet(const RetainedSheet& sheet, const std::set<std::uint32_t>& rows,
                         XmlHandler& handler, const Limits& limits,
                         const std::function<void(std::string_view)>& skipped,
                         const std::function<bool()>& tokenize_rest);

}  // namespace evalbook::xlsx
