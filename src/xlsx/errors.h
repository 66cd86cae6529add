// Named errors of the package layer. Every failure to read or write a workbook is one of these,
// so the CLI can print a stable code (scripts and tests match on it) and a Chinese message.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

enum class ErrorCode {
  io_error,           // cannot open / read / write a file
  empty_file,         // zero bytes
  not_zip,            // no zip signature at all
  truncated_zip,      // zip signature present, end of central directory or an entry cut off
  ole_encrypted,      // OLE/CFB container holding an encrypted (password-protected) workbook
  ole_legacy_xls,     // OLE/CFB container holding a legacy .xls workbook
  ole_other,          // OLE/CFB container of some other kind
  zip_bomb,           // declared or actual sizes/ratios beyond the limits
  unsafe_entry_name,  // entry name with "..", an absolute path, a drive letter or a backslash
  duplicate_entry,    // two entries with the same (case-insensitive) name
  unsupported_zip,  // compression method other than stored/deflate, zip-encrypted entry, multi-disk
  corrupt_entry,    // inflate failure, CRC mismatch, size mismatch
  missing_part,     // [Content_Types].xml, workbook part, a sheet part or a rel target not found
  malformed_xml,    // XML not well formed (part and line in the message)
  xml_entity_bomb,  // DOCTYPE with internal entity declarations
  xml_external_entity,  // DOCTYPE with SYSTEM/PUBLIC external entities (XXE) -- never resolved
  xml_doctype,          // any other DOCTYPE (OOXML forbids it)
  limit_exceeded,       // cells, rows, columns or string length beyond the limits
  bad_argument,         // a cell reference or a value the caller gave that cannot be used
};

// Stable machine name of a code, e.g. "zip_bomb".
std::string_view error_code_name(ErrorCode code);

// Chinese explanation of a code with what the user can do about it.
std::string_view error_code_hint(ErrorCode code);

class XlsxError : public std::runtime_error {
 public:
  XlsxError(ErrorCode code, std::string message, std::string part = {}, long line = 0)
      : std::runtime_error(std::move(message)), code_(code), part_(std::move(part)), line_(line) {}

  ErrorCode code() const noexcept { return code_; }
  // The package part the error was found in ("xl/worksheets/sheet1.xml"), empty when not known.
  const std::string& part() const noexcept { return part_; }
  // 1-based line inside that part for XML errors, 0 when not known.
  long line() const noexcept { return line_; }

 private:
  ErrorCode code_;
  std::string part_;
  long line_;
};

}  // namespace evalbook::xlsx
