// What the reader of a form's total (总分 / 综合得分 / 合计) needs to know beyond its own row:
// which column a lone figure on the total row stands in (the 分值 printed on the form, or the
// score), and a 自评等级 written on its own row below the total.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/record.h"
#include "template/sheet_grid.h"

namespace evalbook::tmpl {

// A lone figure at `column` of the total row, valued `value`: when it is the row's 分值 (the
// score left blank), the column where the score belongs; nullopt when it is the score.
//
// The forms are ragged (a row's figures stand one column off the row above it, where labels
// are merged differently), so the measure is every table row the record holds (items,
// indicators, sections), not the first: a column that only ever holds a 分值 is the weight's, one
// that only ever holds a 得分 is the score's. A column that holds both on different rows is told
// by the figure: the 分值 of a total row is the table's full marks (the sections' 分值 added up,
// else 100), which a clerk prints on the form; any other figure is the score.
std::optional<std::uint32_t> score_column_beside_weight(const model::Node& record,
                                                        std::uint32_t column, double value);

// A grade written on its own row right under the total ("自评等级：良" in one cell, or 自评等级 |
// 良): the first cell of the row is a grade label, short (a sentence under the table that
// mentions 优秀 is no grade), and the grade is in it or in the next filled cell of the row. Rows
// are looked at from `first_row` on, `rows` of them, and the search ends at the first row that
// starts with anything else (the next part of the form).
struct GradeBelow {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
  std::string text;  // the grade as written ("良", "优秀"), without its label
};
std::optional<GradeBelow> find_grade_row_below(const SheetGrid& grid, std::uint32_t first_row,
                                               int rows);

}  // namespace evalbook::tmpl
