#include "recompute/context.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/json_writer.h"
#include "recompute/rounding.h"

namespace evalbook::recompute {

const model::Scalar* scalar_at(const model::Node& record, std::string_view path) {
  const model::Node* node = &record;
  while (!path.empty()) {
    std::size_t end = path.find_first_of(".[");
    std::string_view key = path.substr(0, end);
    if (!key.empty()) {
      node = node->kind() == model::Node::Kind::object ? node->get(key) : nullptr;
      if (!node) return nullptr;
    }
    if (end == std::string_view::npos) break;
    if (path[end] == '[') {
      std::size_t close = path.find(']', end);
      if (close == std::string_view::npos) return nullptr;
      std::size_t index = 0;
      auto digits = path.substr(end + 1, close - end - 1);
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
      if (ec != std::errc() || node->kind() != model::Node::Kind::array || index >= node->items().size())
        return nullptr;
      node = &node->items()[index];
      path = path.substr(close + 1);
      if (!path.empty() && path[0] == '.') path.remove_prefix(1);
    } else {
      path = path.substr(end + 1);
    }
  }
  return node->kind() == model::Node::Kind::scalar ? &node->scalar() : nullptr;
}

std::optional<double> number_of(const model::Scalar* s) {
  if (!s || s->unreadable) return std::nullopt;
  return s->number;
}

const std::string& text_of(const model::Scalar* s) {
  static const std::string kNone;
  return s ? s->raw : kNone;
}

std::optional<double> Context::number(std::string_view path) const {
  return number_of(scalar(path));
}

std::string Context::text(std::string_view path) const { return text_of(scalar(path)); }

int Context::written_decimals(std::string_view path, int fallback) const {
  const model::Scalar* s = scalar(path);
  if (!s || s->raw.empty()) return fallback;
  return decimals_of(s->raw);
}

std::optional<std::string> Context::said_missing_at(std::string_view field) const {
  for (const model::Finding& f : form_.findings) {
    if (f.rule == "value_missing" && f.field == field && !f.cell.empty()) return f.cell;
  }
  return std::nullopt;
}

std::optional<double> Context::required(const std::string& field, const std::string& label) {
  const model::Scalar* s = scalar(field);
  if (s && s->number && !s->unreadable) return s->number;
  MissingInput m;
  m.field = field;
  m.label = label;
  m.cell = s && s->cell ? xlsx::cell_name(*s->cell) : "";
  m.absent = !s;
  m.unreadable = s && s->unreadable;
  bool first = verifiability_.verifiable(field);
  if (first && s && !s->unreadable && !said_missing_at(field)) {
    // Blank, or a dash that stands for nothing: the clerk has not filled it in.
    std::string where = m.cell.empty() ? "" : "（" + m.cell + "）";
    std::string dash = s->raw.empty() ? "" : "，“" + s->raw + "”不是数字";
    report_at("value_missing", "error", field, field, s->raw, "",
              fmt::format("{}{}未填写{}，请填写数字；依赖它的数字无法复核", label, where, dash));
  }
  verifiability_.add_missing(std::move(m));
  return std::nullopt;
}

void Context::optional_input(const std::string& field, const std::string& label) {
  const model::Scalar* s = scalar(field);
  if (s && s->unreadable) required(field, label);  // reported by the reader: no second finding
}

void Context::report_unverifiable() {
  const auto& missing = verifiability_.missing();
  std::vector<std::vector<std::size_t>> done;
  for (const BlockedFigure& b : verifiability_.blocked()) {
    std::vector<std::size_t> roots;
    for (std::size_t r : b.roots) {
      if (!missing[r].absent) roots.push_back(r);
    }
    if (roots.empty() || std::find(done.begin(), done.end(), roots) != done.end()) continue;
    done.push_back(roots);
    std::string figures;
    std::string first_field;
    std::string first_cell_field;
    for (const BlockedFigure& other : verifiability_.blocked()) {
      std::vector<std::size_t> theirs;
      for (std::size_t r : other.roots) {
        if (!missing[r].absent) theirs.push_back(r);
      }
      if (theirs != roots || other.label.empty()) continue;
      if (first_field.empty()) {
        first_field = other.field;
        first_cell_field = other.cell_field;
      }
      figures += (figures.empty() ? "" : "、") + other.label;
    }
    if (figures.empty()) continue;  // only figures the form does not show
    // The first few causes by name; a long list would bury the figures it is about.
    constexpr std::size_t kNamed = 3;
    std::string causes;
    for (std::size_t k = 0; k < roots.size() && k < kNamed; ++k) {
      const MissingInput& m = missing[roots[k]];
      causes += (causes.empty() ? "" : "；") + m.label +
                (m.cell.empty() ? "" : "（" + m.cell + "）") +
                (m.unreadable ? "无法识别为数字" : "未填写");
    }
    if (roots.size() > kNamed) causes += fmt::format("，共 {} 处", roots.size());
    report_at("unverifiable", "warning", first_field, first_cell_field, text(first_cell_field), "",
              fmt::format("{}无法复核：{}", figures, causes));
  }
}

void Context::report(const std::string& rule, const std::string& severity, const std::string& field,
                     const std::string& expected, const std::string& message) {
  const model::Scalar* s = scalar(field);
  report_at(rule, severity, field, field, s ? s->raw : std::string(), expected, message);
}

void Context::report_at(const std::string& rule, const std::string& severity,
                        const std::string& field, const std::string& cell_field,
                        const std::string& reported, const std::string& expected,
                        const std::string& message) {
  // The one place where a finding that only follows from a missing input is dropped.
  if (severity == "error" && rule != "value_missing" && !verifiability_.verifiable(field)) return;
  model::Finding f;
  f.rule = rule;
  f.severity = severity;
  f.field = field;
  f.sheet = form_.sheet;
  const model::Scalar* at = scalar(cell_field);
  f.cell = at && at->cell ? xlsx::cell_name(*at->cell) : said_missing_at(cell_field).value_or("");
  f.reported = reported;
  f.expected = expected;
  f.message = message;
  form_.findings.push_back(std::move(f));
}

bool Context::expect(const std::string& rule, const std::string& field, double exact,
                     const std::string& message, double scale) {
  const model::Scalar* s = scalar(field);
  if (!s || !s->number || s->unreadable) return true;
  int decimals = decimals_of(s->raw);
  if (same_at_precision(*s->number * scale, exact * scale, decimals)) return true;
  report(rule, "error", field, format_fixed(exact * scale, std::max(decimals, 2)), message);
  return false;
}

void Context::set_recomputed(const std::string& name, double value) {
  if (verifiability_.blocked(name) || !std::isfinite(value)) return;
  model::Scalar s;
  s.type = model::ScalarType::number;
  s.number = value;
  recomputed_.set(name, model::Node(s));
}

void Context::set_recomputed(const std::string& name, const std::string& value) {
  if (verifiability_.blocked(name)) return;
  model::Scalar s;
  s.raw = value;
  recomputed_.set(name, model::Node(s));
}

}  // namespace evalbook::recompute
