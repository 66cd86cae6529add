// The rows of a sheet too large to leave to libxlsxwriter's close — 问题清单, one row per finding
// of every file — written as XML and compressed on a thread of their own while the summary's
// other sheets are written (the findings themselves wait in report/summary_finding_spool.h until
// the consolidation says which submissions count). libxlsxwriter makes the sheet around them
// (header, formats, widths, frozen pane, autofilter) and compresses every sheet on one thread at
// the very end, with no way to stream or to choose the level; with these rows spliced in
// afterwards, the end of a summary of 2,000 forms no longer waits for 17 MB of XML to be built and
// deflated.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "xlsx/background_deflate.h"

namespace evalbook::report {

class StreamedRows {
 public:
  StreamedRows();

  // A text cell; row and column 0-based, rows in increasing order and columns increasing within
  // a row; xf_index is the cell format it is shown in (lxw_format_get_xf_index). Texts must
  // already be fit for a cell (at most 32,767 characters); control characters are escaped.
  void text(std::uint32_t row, std::uint16_t column, std::string_view text, std::int32_t xf_index);

  // The rows, deflated as a piece that the sheet's tail follows.
  xlsx::DeflatedPiece finish();

 private:
  void end_row();

  std::string xml_;        // the row being built
  std::uint32_t row_ = 0;  // 1-based; 0 before the first row
  xlsx::BackgroundDeflater deflater_;
};

// Copies the workbook at `built_path` to `out_path` with `rows` appended to the sheetData of the
// sheet named `sheet_name` and its dimension set to `dimension` ("A1:H48878"); every other entry
// is copied byte for byte. Throws XlsxError (io_error, malformed_xml when the sheet has no
// sheetData) or std::runtime_error.
void splice_rows(const std::string& built_path, const std::string& out_path,
                 const std::string& sheet_name, const xlsx::DeflatedPiece& rows,
                 std::string_view dimension);

}  // namespace evalbook::report
