// How wide a text shows in a cell, in Excel's character units, for column widths and for the
// height of a row of wrapped text.
#pragma once

#include <string_view>

namespace evalbook::report {

// Display width: CJK and full-width characters are two; the widest line of a text with breaks.
double display_width(std::string_view s);

// Lines a text takes wrapped in a column `width` characters wide (at least one).
int wrapped_lines(std::string_view s, double width);

}  // namespace evalbook::report
