#include "template/field_alignment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace evalbook::tmpl {

std::vector<model::Finding> shifted_figure_rows(const std::vector<LabelledFigure>& figures,
                                                const std::string& sheet) {
  std::map<std::uint32_t, std::vector<const LabelledFigure*>> by_row;
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
  std::vector<model::Finding> out;
  if (by_row.size() < 3 || most < 2) return out;
  for (const auto& [row, here] : by_row) {
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
      info.message = fmt::format(
          "“{}”一行的数值比其他各行{}移 {} 列，已按紧邻的行名读取，请核对 / a row of labelled "
          "figures stands {} column(s) off the other rows' columns; read beside its labels",
          first.label, shift > 0 ? "右" : "左", std::labs(shift), shift);
      out.push_back(std::move(info));
      break;
    }
  }
  return out;
}

}  // namespace evalbook::tmpl
