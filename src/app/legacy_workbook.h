// A legacy .xls/.et workbook's corrected copy, the same way for the command line (`fix`, `set`)
// and the server: read with the native reader first, converted to .xlsx by LibreOffice headless
// (xlsx/legacy_conversion.h), then patched as any .xlsx. There is no lossless BIFF writer, so
// the corrected copy is always an .xlsx.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "app/app_context.h"
#include "xlsx/legacy_conversion.h"

namespace evalbook::app {

// True for the bytes of an OLE compound file (.xls, .et, or an encrypted workbook).
bool is_legacy_workbook(std::string_view bytes);

// Reads `legacy_path` with the native reader (a damaged, encrypted or non-workbook file is
// refused by its own XlsxError, never handed to LibreOffice to be "repaired" into something
// else), calls `before_converting` (may throw to stop), then converts it. Throws XlsxError
// converter_missing (LibreOffice not installed) or conversion_failed.
std::unique_ptr<xlsx::ConvertedWorkbook> convert_legacy_workbook(
    const std::string& legacy_path, const std::function<void()>& before_converting = {});

// The `fix` workbook of a legacy workbook's bytes, as .xlsx bytes. Throws as
// convert_legacy_workbook, and XlsxError with the reader's code when the converted copy cannot
// be read.
std::string fix_legacy_workbook_bytes(const AppContext& context, std::string_view legacy_bytes);

}  // namespace evalbook::app
