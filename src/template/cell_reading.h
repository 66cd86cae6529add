// Reading one cell as a typed record value. A number field holds a number, a number in another
// dress (read, with a warning naming the reading), a placeholder or nothing (empty), or something
// else: then it is null with an "unreadable_value" finding at its cell. No NaN or infinity is
// ever read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/record.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

// The number a cell holds: its numeric value, or a plain amount written as text.
std::optional<double> cell_number(const GridCell& cell);

// The number a cell holds in any dress a clerk writes one ("九十五", "95分", "12.5万元", "９５"):
// for placing values on a row, not for their value (a unit is not checked here).
std::optional<double> cell_number_in_any_dress(const GridCell& cell);

// A score or weight as written in a table row: a number in any dress whose unit, if any, is 分
// (an amount in 万元 or a rate there is an indicator's value, not its 分值 or 得分).
std::optional<double> cell_score_number(const GridCell& cell);

// True for a text that tries to be a number but is not one a reader can take ("九十五分左右",
// "约60"): it holds a digit or a Chinese numeral.
bool looks_like_a_number(const std::string& text);

// True for the texts forms write for "nothing here" ("—", "——", "-", "/", "无", "空白").
bool is_placeholder(const std::string& text);

// The money unit the sheet declares ("万元" from "(万元)", "单位：万元"; "元"), or "" when it
// declares none or several.
std::string declared_money_unit(const SheetGrid& grid);

// Every money unit the sheet states, in the order 亿元, 万元, 元 (one: the form's unit).
std::vector<std::string> stated_money_units(const SheetGrid& grid);

model::Scalar blank_scalar(ValueType type);

// The cell at (row, column) as a value of `type`; see the file comment.
model::Scalar read_scalar(const SheetGrid& grid, std::uint32_t row, std::uint32_t column,
                          ValueType type, const std::string& path,
                          std::vector<model::Finding>& findings);

}  // namespace evalbook::tmpl
