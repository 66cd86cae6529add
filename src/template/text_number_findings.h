// Numbers stored as text. Forms exported by provincial budget systems or pasted from web pages hold
// every figure as text ("85.00", "1,234.56"): each is read as the number it plainly is, and one
// warning per sheet names them all instead of one per cell, which would bury the findings that
// matter. A reading that interprets the text stays its own warning at its cell: a unit ("85%",
// "12万元"), a Chinese numeral ("五十"), an accounting negative ("(1,234.50)"), and full-width
// digits ("９５"), which no system export writes: they are typed by hand, and the clerk should
// see that cell on its own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace evalbook::tmpl {

// The cells a gathered warning's message names; the rest are counted ("等 N 个单元格"), and all
// are in Finding::cells.
inline constexpr std::size_t kGatheredCellsNamed = 10;

// True for a text that is exactly a number in ASCII digits: an optional sign, digits (grouped in
// threes by commas or not), an optional decimal part, with blanks around it and nothing else
// ("85.00", " -3 ", "1,234.56"; not "1,23", "85%", "1e3", "９５", "(5)").
bool is_plain_number_text(std::string_view text);

// Gathers the value_reading warnings of plain numbers stored as text (is_plain_number_text of the
// text reported) into one per sheet when there are two or more: at the first such cell, row by
// row, with every cell in Finding::cells and the first ten in its message; it takes the place of
// the first of them in the list. A single one is left as it is.
void gather_text_number_findings(std::vector<model::Finding>& findings);

}  // namespace evalbook::tmpl
