// A legacy Excel 97–2003 (.xls, BIFF8) or Excel 5/95 (BIFF5) workbook — also what WPS saves as
// .et — read from its compound file into the same cells, number formats and merged ranges as an
// .xlsx, so every command reads it alike. Read only: there is no lossless BIFF writer.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "xlsx/limits.h"
#include "xlsx/workbook.h"

namespace evalbook::xlsx {

// True when the bytes start with the OLE compound-file signature.
bool has_compound_file_signature(std::string_view bytes);

// Opens the workbook in an OLE compound file. Throws XlsxError: encrypted (FILEPASS),
// ole_encrypted (an encrypted .xlsx package), ole_other (no workbook stream), unsupported_xls
// (before BIFF5), corrupt_xls (damaged container or records) or limit_exceeded.
std::unique_ptr<Workbook> open_compound_workbook(std::string bytes, const Limits& limits);

}  // namespace evalbook::xlsx
