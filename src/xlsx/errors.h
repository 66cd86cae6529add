// Named errors of the package layer. Every failure to read or write a workbook is one of these,
// so the CLI can print a stable code (scripts and tests match on it) and a Chinese message.
#pragma once

#include <string>

#include "base/error_code.h"

namespace evalbook::xlsx {

// The codes are the one enum shared by every layer (base/error_code.h).
using ::evalbook::error_code_hint;
using ::evalbook::error_code_name;
using ::evalbook::ErrorCode;

class XlsxError : public ::evalbook::Error {
 public:
  XlsxError(ErrorCode code, std::string message, std::string part = {}, long line = 0)
      : ::evalbook::Error(code, std::move(message)), part_(std::move(part)), line_(line) {}

  // The package part the error was found in ("xl/worksheets/sheet1.xml"), empty when not known.
  const std::string& part() const noexcept { return part_; }
  // 1-based line inside that part for XML errors, 0 when not known.
  long line() const noexcept { return line_; }

 private:
  std::string part_;
  long line_;
};

}  // namespace evalbook::xlsx
