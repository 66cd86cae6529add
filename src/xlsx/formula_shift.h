// Moves a formula's relative references, as Excel does when it copies a formula: used to resolve
// the dependents of a shared formula (<f t="shared" si="0"/>) from their master's text.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::xlsx {

// Shifts every relative (un-$'d) row and column of the A1 references in `formula` by the given
// offsets. Text in "double quotes" and 'quoted sheet names' is left alone; function names and
// defined names are not references. Whole-column ranges (A:A) move with the columns and
// whole-row ranges (1:1) with the rows, as Excel moves them. A reference moved off the sheet
// becomes #REF!.
std::string shift_formula(std::string_view formula, long row_offset, long column_offset);

}  // namespace evalbook::xlsx
