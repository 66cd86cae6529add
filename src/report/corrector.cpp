#include "report/corrector.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

#include "model/indicator_value.h"
#include "recompute/context.h"

namespace evalbook::report {

namespace {

std::string trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// A figure as the rules write it: "98.67", "-3", "1,914.07", "96.68%". The digits without
// separators, and whether it carried a percent sign.
struct Figure {
  std::string digits;  // "-96.68"
  bool percent = false;
};

std::optional<Figure> parse_figure(std::string_view text) {
  std::string t = trim(text);
  Figure f;
  if (!t.empty() && t.back() == '%') {
    f.percent = true;
    t.pop_back();
  } else if (t.size() >= 3 && t.compare(t.size() - 3, 3, "％") == 0) {
    f.percent = true;
    t.resize(t.size() - 3);
  }
  t = trim(t);
  bool digit = false, point = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      digit = true;
      f.digits += c;
    } else if (c == '.' && !point) {
      point = true;
      f.digits += c;
    } else if ((c == '-' || c == '+') && i == 0) {
      if (c == '-') f.digits += c;
    } else if (c == ',' && digit && !point) {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  return f;
}

std::optional<double> to_double(const std::string& digits) {
  double v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

// "96.68" -> "0.9668", "180" -> "1.80", "-5.5" -> "-0.055": the decimal point moved two places
// left in the text, so the double is the one nearest the written decimal.
std::string percent_to_fraction(const std::string& digits) {
  bool negative = !digits.empty() && digits[0] == '-';
  std::string body = negative ? digits.substr(1) : digits;
  auto point = body.find('.');
  std::string whole = point == std::string::npos ? body : body.substr(0, point);
  std::string frac = point == std::string::npos ? "" : body.substr(point + 1);
  std::string all = whole + frac;
  long pos = static_cast<long>(whole.size()) - 2;
  std::string out;
  if (pos <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-pos), '0') + all;
  } else {
    out = all.substr(0, static_cast<std::size_t>(pos)) + "." +
          all.substr(static_cast<std::size_t>(pos));
  }
  return (negative ? "-" : "") + out;
}

std::string replace_last(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  auto at = text.rfind(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

using Key = std::tuple<std::string, std::uint32_t, std::uint32_t>;  // sheet, row, column

bool same_value(const xlsx::CellValue& a, const xlsx::CellValue& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == xlsx::CellValue::Kind::number) return a.number == b.number;
  return a.text == b.text;
}

class SheetCells : public xlsx::CellVisitor {
 public:
  SheetCells(const xlsx::Workbook& wb,
             std::map<std::pair<std::uint32_t, std::uint32_t>, CellFacts>& out)
      : wb_(wb), out_(out) {}
  void on_cell(const xlsx::Cell& cell) override {
    if (cell.type == xlsx::CellType::empty) return;
    CellFacts f;
    f.exists = true;
    f.is_text = cell.type == xlsx::CellType::text;
    if (cell.type == xlsx::CellType::number) f.number = cell.number;
    f.display = wb_.display_text(cell);
    f.formula = std::string(cell.formula);
    out_[{cell.ref.row, cell.ref.column}] = std::move(f);
  }

 private:
  const xlsx::Workbook& wb_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, CellFacts>& out_;
};

}  // namespace

CellLookup workbook_cells(const xlsx::Workbook& workbook) {
  using SheetMap = std::map<std::pair<std::uint32_t, std::uint32_t>, CellFacts>;
  auto cache = std::make_shared<std::map<std::string, SheetMap>>();
  return [&workbook, cache](const std::string& sheet, xlsx::CellRef ref) -> CellFacts {
    auto it = cache->find(sheet);
    if (it == cache->end()) {
      it = cache->emplace(sheet, SheetMap()).first;
      const auto& sheets = workbook.sheets();
      for (std::size_t i = 0; i < sheets.size(); ++i) {
        if (sheets[i].name != sheet) continue;
        SheetCells visitor(workbook, it->second);
        workbook.read_sheet(i, visitor);
        break;
      }
    }
    auto cell = it->second.find({ref.row, ref.column});
    return cell == it->second.end() ? CellFacts{} : cell->second;
  };
}

bool class_writable(std::string_view rule_class, const FixPolicy& policy) {
  return rule_class == "arithmetic" || (policy.apply_rules && rule_class == "rule");
}

bool rule_correctable(std::string_view rule) {
  for (std::string_view no :
       {"indicator_weight_sum", "formula_arithmetic", "unreadable_value", "value_missing"}) {
    if (rule == no) return false;
  }
  return true;
}

std::optional<xlsx::CellValue> correction_value(const model::Finding& f,
                                                const model::FormRecord& form,
                                                const CellFacts& cell, const FixPolicy& policy) {
  if (f.severity != "error" || !class_writable(f.rule_class, policy) || !rule_correctable(f.rule) ||
      f.cell.empty())
    return std::nullopt;
  auto ref = xlsx::parse_cell_ref(f.cell);
  if (!ref) return std::nullopt;
  // The finding must be about the figure written in its own cell.
  const model::Scalar* s = recompute::scalar_at(form.record, f.field);
  if (!s || !s->cell || !(*s->cell == *ref) || s->raw != f.reported || s->unreadable)
    return std::nullopt;
  if (f.rule == "grade") {
    // A grade written with its label (自评等级：良) is not overwritten by the bare grade.
    if (cell.exists && !model::parse_grade(cell.display)) return std::nullopt;
    std::string grade = trim(f.expected);
    if (grade.empty() || parse_figure(grade)) return std::nullopt;
    return xlsx::CellValue::of_text(grade);
  }
  auto expected = parse_figure(f.expected);
  if (!expected) return std::nullopt;
  // A figure, not prose that happens to quote one.
  if (!s->number && !s->raw.empty() && !parse_figure(s->raw)) return std::nullopt;
  if (cell.exists && cell.is_text) {
    // Written as text: the corrected figure as text, with a percent sign if the clerk used one.
    bool had_percent = parse_figure(cell.display) ? parse_figure(cell.display)->percent
                                                  : cell.display.find('%') != std::string::npos;
    return xlsx::CellValue::of_text(expected->digits + (had_percent ? "%" : ""));
  }
  bool percent_cell = cell.exists && cell.display.find('%') != std::string::npos;
  auto v = to_double(percent_cell ? percent_to_fraction(expected->digits) : expected->digits);
  if (!v) return std::nullopt;
  return xlsx::CellValue::of_number(*v);
}

FixPlan plan_fix(const std::vector<model::FormRecord>& forms, const CellLookup& cells,
                 const Recheck& recheck, const FixPolicy& policy, int max_passes) {
  FixPlan plan;
  std::map<Key, std::size_t> by_cell;
  std::vector<model::FormRecord> current = forms;
  for (int pass = 1; pass <= max_passes; ++pass) {
    bool progress = false;
    for (const auto& form : current) {
      for (const auto& f : form.findings) {
        if (f.severity != "error" || f.cell.empty()) continue;
        auto ref = xlsx::parse_cell_ref(f.cell);
        if (!ref) continue;
        CellFacts facts = cells(f.sheet, *ref);
        auto value = correction_value(f, form, facts, policy);
        if (!value) continue;
        Key key{f.sheet, ref->row, ref->column};
        auto it = by_cell.find(key);
        if (it != by_cell.end() && same_value(plan.corrections[it->second].value, *value)) continue;
        Correction c;
        c.sheet = f.sheet;
        c.cell = *ref;
        c.rule = f.rule;
        c.field = f.field;
        c.original = facts.display;
        c.formula = facts.formula;
        c.expected = f.expected;
        // A later pass quotes the figure an earlier one wrote: quote the input's instead.
        c.message = it == by_cell.end() ? f.message
                                        : replace_last(f.message, "填报为 " + f.reported,
                                                       "填报为 " + facts.display);
        c.value = *value;
        c.pass = pass;
        if (it == by_cell.end()) {
          by_cell.emplace(key, plan.corrections.size());
          plan.corrections.push_back(std::move(c));
        } else {
          plan.corrections[it->second] = std::move(c);
        }
        progress = true;
      }
    }
    if (!progress) break;
    plan.passes = pass;
    current = recheck(plan.corrections);
  }
  for (const auto& form : current) {
    for (const auto& f : form.findings) {
      if (f.severity == "error") plan.remaining_errors.push_back(f);
    }
  }

  // The 校验结果 rows: the input's findings, then what the corrections raised.
  auto row_key = [](const model::Finding& f) {
    return std::make_tuple(f.sheet, f.cell, f.rule, f.field);
  };
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> row_of;
  for (const auto& form : forms) {
    for (const auto& f : form.findings) {
      row_of.emplace(row_key(f), plan.rows.size());
      plan.rows.push_back({f, false, false});
    }
  }
  for (const auto& c : plan.corrections) {
    model::Finding f;
    f.rule = c.rule;
    f.severity = "error";
    f.field = c.field;
    f.sheet = c.sheet;
    f.cell = xlsx::cell_name(c.cell);
    f.reported = c.original;
    f.expected = c.expected;
    f.message = c.message;
    auto it = row_of.find(row_key(f));
    if (it != row_of.end()) {
      ResultRow& row = plan.rows[it->second];
      row.corrected = true;
      row.finding.expected = c.expected;
      row.finding.message = c.message;
    } else {
      row_of.emplace(row_key(f), plan.rows.size());
      plan.rows.push_back({f, true, true});
    }
  }
  for (const auto& form : current) {
    for (const auto& f : form.findings) {
      if (row_of.count(row_key(f))) continue;
      row_of.emplace(row_key(f), plan.rows.size());
      plan.rows.push_back({f, false, true});
    }
  }
  return plan;
}

std::string value_text(const xlsx::CellValue& value) {
  switch (value.kind) {
    case xlsx::CellValue::Kind::number: {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value.number);
      return std::string(buf, end);
    }
    case xlsx::CellValue::Kind::text:
      return value.text;
    default:
      return {};
  }
}

std::string severity_label(std::string_view severity) {
  if (severity == "error") return "错误";
  if (severity == "warning") return "警告";
  if (severity == "info") return "提示";
  return std::string(severity);
}

}  // namespace evalbook::report
