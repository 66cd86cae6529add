// Record values as a form prints them: numbers in their shortest form, the number formats of
// fields, and reading a record's scalars.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/indicator_value.h"
#include "report/template_layout_builder.h"

namespace evalbook::report::layout_detail {

std::string shortest(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

// libxlsxwriter writes numbers with "%.16G": does that text read back as the same double?
bool g16_exact(double v) {
  if (!std::isfinite(v)) return false;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.16G", v);
  return std::strtod(buf, nullptr) == v;
}

int decimals_needed(double v) {
  for (int d = 0; d <= 10; ++d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", d, v);
    if (std::strtod(buf, nullptr) == v) return d;
  }
  return 10;
}

// "#,##0.00" showing every decimal the value has (369.405 -> "#,##0.000").
std::string format_for(const std::string& base, double v) {
  auto dot = base.find(".00");
  if (dot == std::string::npos) return base;
  int d = decimals_needed(v);
  if (d <= 2) return base;
  return base.substr(0, dot + 1) + std::string(static_cast<std::size_t>(d), '0') +
         base.substr(dot + 3);
}

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

// The number format of a numeric field: scores, weights and rates "0.00"; counts, years and
// line numbers General; money "#,##0.00".
std::string base_format(const std::string& field, ValueType type, bool money_context) {
  if (type == ValueType::percent_units) return kScoreFormat;
  if (field == "year" || field == "line" || field.rfind("staff", 0) == 0) return "";
  if (contains(field, "score") || contains(field, "weight") || contains(field, "rate"))
    return kScoreFormat;
  return money_context ? kMoneyFormat : kScoreFormat;
}

bool is_numeric(ValueType t) { return t == ValueType::number || t == ValueType::percent_units; }

const Node* member(const Node* obj, const std::string& name) {
  if (!obj || obj->kind() != Node::Kind::object) return nullptr;
  return obj->get(name);
}

const Scalar* scalar_of(const Node* obj, const std::string& name) {
  const Node* n = member(obj, name);
  return n && n->kind() == Node::Kind::scalar ? &n->scalar() : nullptr;
}

bool has_value(const Scalar* s) {
  if (!s) return false;
  if (s->number) return true;
  return !s->raw.empty();
}

std::string as_text(const Scalar* s) {
  if (!s) return "";
  if (s->type == ScalarType::number && s->number) return shortest(*s->number);
  return s->raw;
}

std::optional<double> as_number(const Scalar* s) {
  if (!s) return std::nullopt;
  if (s->number) return s->number;
  if (!s->raw.empty()) return model::parse_amount(s->raw);
  return std::nullopt;
}

std::string upper_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

bool is_carry(const tmpl::TableSpec& t, const std::string& field) {
  return std::find(t.carry_down.begin(), t.carry_down.end(), field) != t.carry_down.end();
}

// The exact words of a vocabulary, for a drop-down list.
std::vector<std::string> vocabulary_words(const tmpl::LabelSet& set) {
  std::vector<std::string> out;
  for (const auto& w : set.exact) {
    std::string t = upper_ascii(w);
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  return out;
}

// Items of a section, chosen so that each section's rows add up to its weight (or its score):
// the record keeps sections and items apart, the form interleaves them.
std::vector<std::size_t> partition_sections(const std::vector<double>& section_totals,
                                            const std::vector<std::optional<double>>& item_values) {
  std::vector<std::size_t> starts;
  std::size_t i = 0;
  for (std::size_t s = 0; s < section_totals.size(); ++s) {
    starts.push_back(i);
    if (s + 1 == section_totals.size()) break;
    double sum = 0;
    bool matched = std::abs(section_totals[s]) < 1e-9;
    while (!matched && i < item_values.size()) {
      sum += item_values[i].value_or(0);
      ++i;
      matched = std::abs(sum - section_totals[s]) < 1e-6;
    }
    if (!matched) return {};
  }
  return starts;
}

}  // namespace evalbook::report::layout_detail
