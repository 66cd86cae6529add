// `fix` and `set` on a legacy .xls/.et: the workbook is converted to .xlsx (LibreOffice) and the
// corrected copy is written as .xlsx beside the requested name; the original is never touched.
#pragma once

#include <functional>
#include <string>

namespace evalbook::cli {

// Calls `patch(converted_xlsx, output_xlsx)` and returns its exit code. `output` is the -o
// name ("" with --in-place, which then means: INPUT's name with .xlsx, beside it). Says on
// stderr that the format changed. Throws XlsxError (converter_missing, conversion_failed,
// bad_argument when the .xlsx name is taken for --in-place or is the input itself).
int patch_legacy_workbook(const std::string& input, const std::string& output, bool in_place,
                          const std::function<int(const std::string&, const std::string&)>& patch);

}  // namespace evalbook::cli
