// Dates and times under a date section, in Excel's 1900 or 1904 date system.
#pragma once

#include <string>
#include <string_view>

#include "xlsx/numfmt_section.h"

namespace evalbook::xlsx::numfmt {

// What Excel fills a cell with when it cannot show the value ("####" as wide as the column).
constexpr std::string_view kHashes = "########";

// Text of serial `value` under a date section (tokens already resolved by parse_section).
std::string format_date(double value, const Section& sec, bool date1904);

}  // namespace evalbook::xlsx::numfmt
