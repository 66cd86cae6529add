// Display text of a cell value under its number format, as Excel shows it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

// A format code parsed once (in time linear in its length) and then applied to any number of
// cells. Immutable, so one parse is shared by every cell style and thread that uses the code.
class NumberFormat {
 public:
  explicit NumberFormat(std::string_view code);

  // Text Excel shows for a number (see format_number below).
  std::string format_number(double value, bool date1904 = false) const;
  // Text Excel shows for a text cell, and its length in bytes, known before it is built.
  std::string format_text(std::string_view text) const;
  std::size_t text_size(std::string_view text) const;
  bool is_date() const;

 private:
  struct Parsed;
  bool general_ = false;
  std::shared_ptr<const Parsed> parsed_;
};

// Excel's built-in format code for a built-in numFmtId (0-49 and the CJK ids 27-36, 50-81 as
// Excel shows them in zh-CN), or an empty view when the id is not built in.
std::string_view builtin_format_code(int num_fmt_id);

// Text Excel shows for number `value` under format `code` (one of General, 0, 0.00, #,##0,
// #,##0.00, 0%, 0.00%, @, quoted literals, up to four ;-separated sections with [Red]-style colour
// and [>=100]-style conditions, date/time codes). `date1904` selects the 1904 date system.
// Rounding is exact: the value is first taken to Excel's 15 significant decimal digits, then
// rounded half away from zero in decimal, so 2.675 shows as 2.68 under 0.00.
std::string format_number(double value, std::string_view code, bool date1904 = false);

// Text Excel shows for a text cell under `code` (only the 4th section / @ matters).
std::string format_text(std::string_view text, std::string_view code);

// General format: the shortest decimal that round-trips after rounding to 15 significant digits
// ("0.1", "160", "82.37", "-567.94"); scientific ("1.23456789012346E+19") only at or beyond 1E+15
// and below 1E-9 in magnitude, as Excel does for such numbers.
std::string format_general(double value);

// True when the format code displays a date or time (d, m, y, h, s outside quotes/brackets).
bool is_date_format(std::string_view code);

}  // namespace evalbook::xlsx
