// The value a computed cell's formula gives over the other cells of its layout, so that a filled
// form keeps a formula only where it shows the figure the unit reported. Covers what the layout
// writes (template_writer.h): cell references and ranges, numbers, "" texts, + - * /, = <> < <=
// > >=, and IF, COUNT, N, ROUND, MIN, SUM with Excel's meaning.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>

#include "report/template_writer.h"

namespace evalbook::report {

// A cell's value as Excel sees it: empty, a number or a text.
using FormulaValue = std::variant<std::monostate, double, std::string>;

using CellValueAt = std::function<FormulaValue(const xlsx::CellRef&)>;

// The value of `formula` ("=..."), reading cells through `value_at`; nullopt when the formula
// holds something this evaluator does not know (such a formula is not trusted).
std::optional<FormulaValue> evaluate_layout_formula(const std::string& formula,
                                                    const CellValueAt& value_at);

// What a layout cell holds for the formulas reading it (nullptr: an empty cell).
FormulaValue layout_cell_value(const LayoutCell* cell);

// Whether a formula's value shows as the reported cell does: the same text, or numbers equal
// within 1e-9 of their size; an empty value and an empty cell agree.
bool formula_agrees(const FormulaValue& computed, const FormulaValue& reported);

}  // namespace evalbook::report
