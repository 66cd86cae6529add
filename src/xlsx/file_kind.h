// What a file is when it is not an .xlsx workbook, told from its bytes, so that the error a
// clerk sees names the thing they sent ("这是 PDF 文件") instead of a zip detail.
#pragma once

#include <string>
#include <string_view>

#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// A file that is no zip at all: "PDF 文件", "PNG 图片", "文本文件（可能是 CSV）"..., or "" when
// the bytes say nothing recognisable.
std::string describe_non_zip(std::string_view bytes);

// Throws XlsxError not_workbook when the zip is another kind of document (Word, PowerPoint,
// OpenDocument, EPUB) or a plain archive with no workbook part; returns for anything that looks
// like a spreadsheet package, damaged or not (its own errors are the reader's to name).
void require_spreadsheet_package(const ZipReader& zip);

}  // namespace evalbook::xlsx
