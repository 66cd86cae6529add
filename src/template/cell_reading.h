// Reading one cell as a typed record value, with a finding when a number cell holds no number.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/record.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

// The number a cell holds: its numeric value, or an amount written as text.
std::optional<double> cell_number(const GridCell& cell);

// True for the dashes forms write for "not applicable" ("—", "——", "-", "/").
bool is_placeholder(const std::string& text);

model::Scalar blank_scalar(ValueType type);

// The cell at (row, column) as a value of `type`; a number field that holds no number (other
// than a placeholder dash) is null with an "unreadable_value" finding naming the cell.
model::Scalar read_scalar(const SheetGrid& grid, std::uint32_t row, std::uint32_t column,
                          ValueType type, const std::string& path,
                          std::vector<model::Finding>& findings);

}  // namespace evalbook::tmpl
