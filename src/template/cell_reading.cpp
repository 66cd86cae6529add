#include "template/cell_reading.h"

#include <fmt/format.h>

#include "model/indicator_value.h"
#include "template/normalize.h"

namespace evalbook::tmpl {

std::optional<double> cell_number(const GridCell& cell) {
  if (cell.number) return cell.number;
  return model::parse_amount(cell.text);
}

bool is_placeholder(const std::string& text) {
  std::string t = normalize_label(text);
  if (t.empty()) return false;
  for (const std::string_view dash : {"—", "－", "-", "/", "─", "–"}) {
    std::string rest = t;
    std::size_t pos;
    while ((pos = rest.find(dash)) != std::string::npos) rest.erase(pos, dash.size());
    if (rest.empty()) return true;
  }
  return false;
}

model::Scalar blank_scalar(ValueType type) {
  model::Scalar s;
  s.type = type == ValueType::text || type == ValueType::grade ? model::ScalarType::text
                                                                 : model::ScalarType::number;
  return s;
}

model::Scalar read_scalar(const SheetGrid& grid, std::uint32_t row, std::uint32_t column,
                          ValueType type, const std::string& path,
                          std::vector<model::Finding>& findings) {
  const GridCell& cell = grid.at(row, column);
  model::Scalar s = blank_scalar(type);
  s.raw = cell.text;
  s.cell = xlsx::CellRef{row, column};
  if (s.type == model::ScalarType::text || cell.text.empty() || is_placeholder(cell.text)) return s;
  if (type == ValueType::percent_units) {
    // A percent-formatted cell already holds the fraction; a plain 93.25 means 93.25%.
    if (cell.number) {
      s.number = cell.text.find('%') != std::string::npos ? *cell.number : *cell.number / 100.0;
    } else {
      s.number = model::parse_rate(cell.text, true);
    }
  } else {
    s.number = cell_number(cell);
  }
  if (!s.number) {
    s.unreadable = true;
    model::Finding f;
    f.rule = "unreadable_value";
    f.severity = "error";
    f.field = path;
    f.sheet = grid.sheet_name();
    f.cell = xlsx::cell_name(*s.cell);
    f.reported = s.raw;
    f.message = fmt::format("单元格 {} 的“{}”不是数字，无法复核，请填写数字 / not a number", f.cell, s.raw);
    findings.push_back(std::move(f));
  }
  return s;
}

}  // namespace evalbook::tmpl
