#include "template/field_alignment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace evalbook::tmpl {

namespace {

using Rows = std::map<std::uint32_t, std::vector<const LabelledFigure*>>;

// One info per row whose figures all stand the same one or two columns off `layout`.
// `against` names the layout for the clerk ("其他各行的数值").
std::vector<model::Finding> rows_off(const Rows& by_row, const std::set<long>& layout,
                                     const std::string& against, const std::string& sheet) {
  std::vector<model::Finding> out;
  for (const auto& entry : by_row) {
    const auto& here = entry.second;  // a plain reference: clang 14 cannot capture a binding
    auto off_by = [&](long shift) {
      return std::all_of(here.begin(), here.end(), [&](const LabelledFigure* f) {
        return layout.count(static_cast<long>(f->value_cell.column) - shift) > 0;
      });
    };
    if (off_by(0)) continue;
    for (long shift : {1L, -1L, 2L, -2L}) {
      if (!off_by(shift)) continue;
      const LabelledFigure& first = *here.front();
      model::Finding info;
      info.rule = "block_alignment";
      info.severity = "info";
      info.sheet = sheet;
      info.cell = xlsx::cell_name(first.label_cell);
      info.message = fmt::format("“{}”一行的数值比{}{}移 {} 列，已按紧邻的行名读取，请核对",
                                 first.label, against, shift > 0 ? "右" : "左", std::labs(shift));
      out.push_back(std::move(info));
      break;
    }
  }
  return out;
}

}  // namespace

std::vector<model::Finding> shifted_figure_rows(const std::vector<LabelledFigure>& figures,
                                                const std::string& sheet) {
  Rows by_row;
  for (const auto& f : figures) by_row[f.value_cell.row].push_back(&f);
  // The form's own columns: those that most rows put a figure in (B and D where each row holds
  // two label/figure pairs). Only where three rows or more hold figures and two of them agree,
  // so that one shifted row cannot make its own columns the layout.
  std::map<long, std::size_t> rows_using;
  for (const auto& [row, here] : by_row) {
    std::set<long> columns;
    for (const auto* f : here) columns.insert(f->value_cell.column);
    for (long c : columns) ++rows_using[c];
  }
  std::size_t most = 0;
  for (const auto& [column, n] : rows_using) most = std::max(most, n);
  std::set<long> layout;
  for (const auto& [column, n] : rows_using) {
    if (n == most) layout.insert(column);
  }
  if (by_row.size() < 3 || most < 2) return {};
  return rows_off(by_row, layout, "其他各行的数值", sheet);
}

std::vector<model::Finding> figure_rows_off_table_columns(
    const std::vector<LabelledFigure>& figures, const std::set<long>& table_columns,
    std::uint32_t last_table_row, const std::string& sheet) {
  Rows by_row;
  for (const auto& f : figures) {
    if (f.value_cell.row > last_table_row) by_row[f.value_cell.row].push_back(&f);
  }
  if (table_columns.empty()) return {};
  return rows_off(by_row, table_columns, "上方表格的金额栏", sheet);
}

}  // namespace evalbook::tmpl
