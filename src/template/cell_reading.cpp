#include "template/cell_reading.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "model/indicator_value.h"
#include "model/number_reading.h"

namespace evalbook::tmpl {

namespace {

// Beyond any amount (in 元 or 万元), score or count a form holds; sums of such figures could
// overflow to infinity.
constexpr double kMaxFigure = 1e15;

bool is_money_unit(const std::string& unit) {
  return unit == "元" || unit == "万元" || unit == "亿元";
}

// The shortest text of a number: 95 -> "95", 95.5 -> "95.5", 1234.5 -> "1234.5".
std::string shortest(double v) {
  std::string s = fmt::format("{:.6f}", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

model::Finding finding_at(const SheetGrid& grid, const model::Scalar& s, const std::string& path,
                          const char* rule, const char* severity) {
  model::Finding f;
  f.rule = rule;
  f.severity = severity;
  f.field = path;
  f.sheet = grid.sheet_name();
  f.cell = xlsx::cell_name(*s.cell);
  f.reported = s.raw;
  return f;
}

void report_unreadable(const SheetGrid& grid, model::Scalar& s, const std::string& path,
                       const std::string& why, std::vector<model::Finding>& findings) {
  s.number.reset();
  s.unreadable = true;
  model::Finding f = finding_at(grid, s, path, "unreadable_value", "error");
  f.message = fmt::format("单元格 {} 的“{}”{}，无法复核，请填写数字", f.cell, s.raw, why);
  findings.push_back(std::move(f));
}

// A number written as text, read: the value in the field's units, or an unreadable finding.
void read_text_number(const SheetGrid& grid, model::Scalar& s, ValueType type,
                      const std::string& path, std::vector<model::Finding>& findings) {
  model::NumberText t = model::read_number_text(s.raw);
  if (t.kind == model::NumberTextKind::empty) return;  // a placeholder: nothing written
  if (t.kind == model::NumberTextKind::unreadable) {
    report_unreadable(grid, s, path, "不是数字", findings);
    return;
  }
  double value = t.value;
  if (std::fabs(value) >= kMaxFigure) {
    report_unreadable(grid, s, path, "数值过大，不是表中的数字", findings);
    return;
  }
  if (type == ValueType::percent_units) {
    // A rate column in percent: "93.25" and "93.25%" alike mean 93.25%.
    if (!t.unit.empty() && t.unit != "%") {
      report_unreadable(grid, s, path, fmt::format("带有单位“{}”，不是百分率", t.unit), findings);
      return;
    }
    value /= 100.0;
  } else if (t.unit == "%") {
    value /= 100.0;  // as Excel stores "85%" typed into a cell: 0.85
  } else if (is_money_unit(t.unit)) {
    // 万元 and 元 are never mixed silently: a unit other than the form's is not converted.
    std::string form_unit = declared_money_unit(grid);
    if (form_unit != t.unit) {
      report_unreadable(
          grid, s, path,
          form_unit.empty()
              ? fmt::format("带有单位“{}”，而本表未注明金额单位，未换算", t.unit)
              : fmt::format("的单位“{}”与本表金额单位“{}”不同，未换算", t.unit, form_unit),
          findings);
      return;
    }
  }
  s.number = value;
  model::Finding f = finding_at(grid, s, path, "value_reading", "warning");
  for (const auto& earlier : findings) {
    // One cell read for two fields (a merged 分值/得分) is told once.
    if (earlier.rule == f.rule && earlier.cell == f.cell && earlier.sheet == f.sheet) return;
  }
  std::string how = t.reading.empty() ? "以文本形式存储的数字" : t.reading;
  f.message = fmt::format("单元格 {} 的“{}”按 {}{} 读取（{}），请填写为数字", f.cell, s.raw,
                          shortest(t.value), t.unit == "%" ? "%" : "", how);
  findings.push_back(std::move(f));
}

}  // namespace

std::optional<double> cell_number(const GridCell& cell) {
  if (cell.number) return std::isfinite(*cell.number) ? cell.number : std::nullopt;
  return model::parse_amount(cell.text);
}

std::optional<double> cell_number_in_any_dress(const GridCell& cell) {
  if (auto plain = cell_number(cell)) return plain;
  model::NumberText t = model::read_number_text(cell.text);
  if (t.kind != model::NumberTextKind::number) return std::nullopt;
  return t.value;
}

std::optional<double> cell_score_number(const GridCell& cell) {
  if (auto plain = cell_number(cell)) return plain;
  model::NumberText t = model::read_number_text(cell.text);
  if (t.kind != model::NumberTextKind::number || !(t.unit.empty() || t.unit == "分"))
    return std::nullopt;
  return t.value;
}

bool looks_like_a_number(const std::string& text) {
  static const std::string kNumerals[] = {"零", "〇", "一", "二", "两", "三", "四", "五", "六",
                                          "七", "八", "九", "十", "百", "千", "０", "１", "２",
                                          "３", "４", "５", "６", "７", "８", "９"};
  for (char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  for (const auto& n : kNumerals) {
    if (text.find(n) != std::string::npos) return true;
  }
  return false;
}

bool is_placeholder(const std::string& text) { return model::is_placeholder_text(text); }

std::string declared_money_unit(const SheetGrid& grid) {
  const std::vector<std::string> units = stated_money_units(grid);
  return units.size() == 1 ? units.front() : std::string();
}

std::vector<std::string> stated_money_units(const SheetGrid& grid) {
  static const std::string kOpenings[] = {"(", "（", "单位:", "单位：", "位:", "位："};
  std::set<std::string> units;
  for (std::uint32_t r = grid.first_row(); r <= grid.rows(); ++r) {
    for (std::uint32_t c = 1; c <= grid.width(r); ++c) {
      const std::string& t = grid.at(r, c).text;
      if (t.empty() || t.size() > 300) continue;  // a paragraph, not a heading
      // "(元" never matches inside "(万元": each unit is looked for right after its opening.
      for (const char* unit : {"亿元", "万元", "元"}) {
        for (const std::string& open : kOpenings) {
          // "(元/人)", "（元/吨）": a price per item, not the unit of the form's amounts.
          const std::string stated = open + unit;
          for (auto at = t.find(stated); at != std::string::npos; at = t.find(stated, at + 1)) {
            const auto after = at + stated.size();
            if (after < t.size() && (t[after] == '/' || t.compare(after, 3, "／") == 0)) continue;
            units.insert(unit);
            break;
          }
        }
      }
    }
  }
  std::vector<std::string> out;
  for (const char* unit : {"亿元", "万元", "元"}) {
    if (units.count(unit)) out.emplace_back(unit);
  }
  return out;
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
  if (s.type == model::ScalarType::text || cell.text.empty()) return s;
  if (cell.number && std::fabs(*cell.number) >= kMaxFigure) {
    // Finite, but sums of such figures would overflow: no form holds a figure this large.
    report_unreadable(grid, s, path, "数值过大，不是表中的数字", findings);
    return s;
  }
  if (cell.number && std::isfinite(*cell.number)) {
    // A percent-formatted cell already holds the fraction; a plain 93.25 means 93.25%.
    bool shown_as_percent = cell.text.find('%') != std::string::npos;
    s.number =
        type == ValueType::percent_units && !shown_as_percent ? *cell.number / 100.0 : *cell.number;
    return s;
  }
  read_text_number(grid, s, type, path, findings);
  return s;
}

}  // namespace evalbook::tmpl
