// The named errors of every layer: one enum, each code with a stable machine name (scripts, the
// service's JSON and tests match on it) and a Chinese hint saying what the user can do.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace evalbook {

enum class ErrorCode {
  // Reading and writing packages (src/xlsx).
  io_error,           // cannot open / read / write a file
  empty_file,         // zero bytes
  not_zip,            // no zip signature at all
  truncated_zip,      // zip signature present, end of central directory or an entry cut off
  ole_encrypted,      // OLE/CFB container holding an encrypted (password-protected) workbook
  ole_legacy_xls,     // OLE/CFB container holding a legacy .xls workbook
  ole_other,          // OLE/CFB container of some other kind
  not_workbook,       // a zip that is another kind of document (.docx, .odt) or a plain archive
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
  corrupt_xls,          // a legacy .xls whose compound file or BIFF records are damaged
  encrypted,            // a legacy .xls with an open password (FILEPASS)
  unsupported_xls,      // a BIFF version before Excel 95 (BIFF2-4)
  converter_missing,    // writing a legacy .xls needs LibreOffice, which is not installed
  conversion_failed,    // LibreOffice failed, timed out or wrote nothing
  part_too_large,       // a workbook-level part (workbook, styles, strings, rels) beyond its cap
  budget_exceeded,      // reading would cost more than the work budget allows for the file size
  shared_sheet_part,    // two sheets of workbook.xml resolve to one sheet part
  overlapping_entries,  // two zip entries whose stored bytes overlap
  invalid_utf8,         // a part's bytes are not valid UTF-8 (part and line in the message)
  unsupported_encoding,  // a part declares an encoding other than UTF-8 (e.g. GBK)
  duplicate_cell,        // a cell address or a row number given twice in one sheet
  // The pipeline (src/app) and its callers.
  unknown_template,  // a template id that no template file has
  nested_zip,        // a .zip inside a .zip of workbooks
  no_workbook,       // an archive member or input that is no .xlsx workbook
  no_input,          // nothing to read was found
  no_form,           // a workbook with no known form, where one is needed (fix)
  lock_file,         // an Excel/WPS lock file (~$name.xlsx) named where a workbook is needed
  template_mismatch,  // a record of another template than the one asked for (fill)
  out_of_memory,     // std::bad_alloc while reading
  internal_error,    // any other failure (a defect): listed, never fatal to the other files
  // The database (src/store) and the service (src/server).
  database_error,       // the database cannot be reached or refused a statement
  schema_too_new,       // the database was made by a newer evalbook
  unauthorized,         // no session, or a forged or expired one
  forbidden,            // the role may not do this
  not_found,            // no such object, or not the caller's
  bad_request,          // a request the API cannot use
  payload_too_large,    // a file or request over its size cap
  too_many_files,       // more files in one request than allowed
  unsupported_content,  // bytes that are neither an .xlsx workbook nor a .zip of them
  foreign_origin,       // a cookie-authenticated POST from another site
  request_timeout,      // the client sent too slowly
  too_many_requests,    // too many failed logins or concurrent uploads
};

// The last code, for loops over all of them.
inline constexpr ErrorCode kLastErrorCode = ErrorCode::too_many_requests;

// Stable machine name of a code, e.g. "zip_bomb".
std::string_view error_code_name(ErrorCode code);

// The code of a machine name, when it is one.
std::optional<ErrorCode> error_code_from_name(std::string_view name);

// Chinese explanation of a code with what the user can do about it.
std::string_view error_code_hint(ErrorCode code);

// An error any layer throws: a code and a message naming the file, sheet or cell.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message)
      : std::runtime_error(std::move(message)), code_(code) {}
  ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace evalbook
