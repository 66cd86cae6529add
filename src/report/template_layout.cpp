// Laying out a standard form from its TemplateSpec (see template_writer.h for the layout and
// the table of computed cells). Everything here follows how src/template/extractor.cpp reads a
// sheet back: labels it matches, the header row it looks for, the rows that end a block or a
// table, the words that make a row a section or a level.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "model/indicator_value.h"
#include "report/template_writer.h"
#include "template/cell_reading.h"
#include "template/normalize.h"

namespace evalbook::report {

namespace {

using model::Node;
using model::Scalar;
using model::ScalarType;
using tmpl::ValueType;

constexpr const char* kMoneyFormat = "#,##0.00";
constexpr const char* kScoreFormat = "0.00";
constexpr const char* kPercentFormat = "0.00%";
constexpr std::uint32_t kMinColumns = 4;
constexpr int kBlankTableRows = 10;
constexpr int kBlankSectionRows = 5;
constexpr int kBlankBlockRows = 3;
constexpr int kBlankLedgerRows = 15;

// The official wordings of a qualitative 实际完成值 (2023 forms); other values still go in.
const std::vector<std::string> kQualitativeLevels = {"达成预期指标", "部分达成预期指标并具有一定效果",
                                                     "未完成预期指标且效果较差"};
const std::vector<std::string> kGrades = {"优", "良", "中", "差"};

// A header standing over two adjacent block columns (the 2023 form: 年初预算数 over 目标申报数 |
// 预算编制数), used when the template needs the label (a detection label) and has the columns.
struct GroupHeader {
  const char* label;
  std::vector<std::string> fields;
};
const std::vector<GroupHeader> kGroupHeaders = {{"年初预算数", {"budget_declared", "budget_initial"}}};

// Captions of numbered columns (公开09表), which templates know only by field name.
const std::map<std::string, std::string> kNumberedCaptions = {
    {"budget_total", "预算数合计"},
    {"budget_abroad", "预算数 因公出国（境）费"},
    {"budget_vehicles", "预算数 公务用车购置及运行维护费小计"},
    {"budget_vehicle_purchase", "预算数 公务用车购置费"},
    {"budget_vehicle_operation", "预算数 公务用车运行维护费"},
    {"budget_reception", "预算数 公务接待费"},
    {"actual_total", "决算数合计"},
    {"actual_abroad", "决算数 因公出国（境）费"},
    {"actual_vehicles", "决算数 公务用车购置及运行维护费小计"},
    {"actual_vehicle_purchase", "决算数 公务用车购置费"},
    {"actual_vehicle_operation", "决算数 公务用车运行维护费"},
    {"actual_reception", "决算数 公务接待费"},
};

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
  return base.substr(0, dot + 1) + std::string(static_cast<std::size_t>(d), '0') + base.substr(dot + 3);
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// The number format of a numeric field: scores, weights and rates "0.00"; counts, years and
// line numbers General; money "#,##0.00".
std::string base_format(const std::string& field, ValueType type, bool money_context) {
  if (type == ValueType::percent_units) return kScoreFormat;
  if (field == "year" || field == "line" || field.rfind("staff", 0) == 0) return "";
  if (contains(field, "score") || contains(field, "weight") || contains(field, "rate")) return kScoreFormat;
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

// Where detection labels the layout does not otherwise write go (see template_writer.h).
struct Plan {
  std::set<std::string> group_headers;
  std::map<std::size_t, std::vector<std::string>> before_table;
  std::map<std::size_t, std::string> after_block;
  std::map<std::size_t, std::string> after_table;
  std::map<std::size_t, std::string> after_ledger;
  std::string block_row_header;  // of the first block
  std::vector<std::string> captions;
};

struct Pending {
  tmpl::LabelSet end;
  bool text_rows_end = false;  // a block: a row of text only ends it too
  tmpl::LabelSet keep;         // a block's row labels do not end it
  std::string what;
};

class Builder {
 public:
  Builder(const tmpl::TemplateSpec& spec, const Node* record, Plan plan)
      : spec_(spec), record_(record), plan_(std::move(plan)) {}

  FormLayout build() {
    out_.sheet_name = sheet_name_for(spec_.title);
    width_ = compute_width();
    out_.columns = width_;
    lay_title_and_patterns();
    lay_fields();
    for (const auto& caption : plan_.captions) caption_row(caption, CellRole::caption);
    for (std::size_t i = 0; i < spec_.blocks.size(); ++i) lay_block(i);
    for (std::size_t i = 0; i < spec_.tables.size(); ++i) lay_table(i);
    lay_totals();
    for (std::size_t i = 0; i < spec_.ledgers.size(); ++i) lay_ledger(i);
    lay_numbered_rows();
    pending_.reset();  // nothing follows: the sheet's end ends the last part
    if (record_) report_unknown_fields();
    finish();
    return std::move(out_);
  }

  // Normalised texts of every written cell (to see which detection labels are there).
  static std::set<std::string> texts(const FormLayout& layout) {
    std::set<std::string> out;
    for (const auto& c : layout.cells) {
      if (!c.text.empty()) out.insert(tmpl::normalize_label(c.text));
    }
    return out;
  }

 private:
  bool blank() const { return record_ == nullptr; }

  // ---- geometry -------------------------------------------------------------------------

  std::uint32_t compute_width() {
    std::uint32_t w = kMinColumns;
    bool grouped = std::any_of(spec_.fields.begin(), spec_.fields.end(),
                               [](const tmpl::FieldSpec& f) { return !f.group.empty() && f.pattern.empty(); });
    if (grouped) w = std::max<std::uint32_t>(w, 3);
    for (const auto& b : spec_.blocks) w = std::max<std::uint32_t>(w, 1 + static_cast<std::uint32_t>(b.columns.size()));
    for (const auto& t : spec_.tables) w = std::max<std::uint32_t>(w, static_cast<std::uint32_t>(t.columns.size()));
    for (const auto& l : spec_.ledgers) w = std::max(w, ledger_width(l, ledger_groups(l)));
    for (const auto& n : spec_.numbered_rows) {
      for (const auto& [field, number] : n.columns) w = std::max<std::uint32_t>(w, static_cast<std::uint32_t>(std::max(number, 1)));
    }
    // Totals stand under the last table's score column.
    for (const auto& t : spec_.tables) {
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].field == "score") {
          score_col_ = static_cast<std::uint32_t>(i + 1);
          weight_col_ = 0;
          for (std::size_t k = 0; k < i; ++k) {
            if (t.columns[k].field == "weight") weight_col_ = static_cast<std::uint32_t>(k + 1);
          }
        }
      }
    }
    if (score_col_ == 0) score_col_ = 2;
    for (const auto& total : spec_.totals) {
      auto cols = total_columns(total);
      w = std::max({w, cols.score, cols.grade, cols.weight});
    }
    return w;
  }

  struct TotalColumns {
    std::uint32_t label_last = 1;
    std::uint32_t weight = 0;
    std::uint32_t score = 0;
    std::uint32_t grade = 0;
  };

  TotalColumns total_columns(const tmpl::TotalSpec& total) const {
    TotalColumns c;
    std::uint32_t sc = std::max<std::uint32_t>(score_col_, 2);
    std::uint32_t wc = 0;
    if (!total.weight_field.empty()) {
      wc = weight_col_ && weight_col_ < sc ? weight_col_ : sc - 1;
      if (wc < 2) {
        sc = 3;
        wc = 2;
      }
      c.weight = wc;
    }
    if (!total.score_field.empty()) c.score = sc;
    if (!total.grade_field.empty()) c.grade = total.score_field.empty() ? sc : sc + 1;
    std::uint32_t first_value = wc ? wc : sc;
    c.label_last = std::max<std::uint32_t>(first_value - 1, 1);
    return c;
  }

  // ---- cells --------------------------------------------------------------------------

  LayoutCell& put(std::uint32_t row, std::uint32_t col, CellRole role) {
    LayoutCell& c = cells_[{row, col}];
    c = LayoutCell{};
    c.row = row;
    c.column = col;
    c.role = role;
    out_.rows = std::max(out_.rows, row);
    return c;
  }

  void merge(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2) {
    if (r1 == r2 && c1 == c2) return;
    out_.merges.push_back(xlsx::RangeRef{{r1, c1}, {r2, c2}});
  }

  LayoutCell& text_cell(std::uint32_t row, std::uint32_t col, CellRole role, const std::string& text) {
    LayoutCell& c = put(row, col, role);
    c.text = text;
    c.wrap = role != CellRole::title;
    return c;
  }

  // An input (or computed) cell holding a record value of `type`; empty when the value is blank.
  LayoutCell& value_cell(std::uint32_t row, std::uint32_t col, const std::string& field, ValueType type,
                         const Scalar* value, bool money_context, CellRole role = CellRole::input,
                         const std::string& path = {}) {
    LayoutCell& c = put(row, col, role);
    if (!is_numeric(type)) {
      c.text_input = role == CellRole::input;
      c.wrap = true;
      c.text = as_text(value);
      return c;
    }
    std::string base = base_format(field, type, money_context);
    c.number_format = base;
    if (!value || !has_value(value)) return c;
    auto number = as_number(value);
    if (!number) {  // text in a number cell ("——", "八十"): kept as written, read back as null
      c.text = value->raw;
      c.number_format.clear();
      if (!tmpl::is_placeholder(value->raw))
        warn(fmt::format("“{}”的值“{}”不是数字，按文本写入 / {} is not a number, written as text",
                       path.empty() ? field : path, value->raw, path.empty() ? field : path));
      return c;
    }
    if (type == ValueType::percent_units) {
      if (auto units = percent_units_of(*number)) {
        c.number = *units;
        c.number_format = format_for(kScoreFormat, *units);
      } else {
        c.number = *number;
        c.number_format = format_for(kPercentFormat, *number * 100);
      }
      return c;
    }
    if (g16_exact(*number)) {
      c.number = *number;
      if (!base.empty()) c.number_format = format_for(base, *number);
    } else {
      // More digits than libxlsxwriter writes: as the exact decimal text, which reads back.
      char buf[400];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *number, std::chars_format::fixed);
      c.text = std::string(buf, end);
      c.number_format.clear();
    }
    return c;
  }

  void warn(const std::string& message) {
    if (std::find(out_.warnings.begin(), out_.warnings.end(), message) == out_.warnings.end())
      out_.warnings.push_back(message);
  }

  void list(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2,
            std::vector<std::string> values, bool inform, std::string title, std::string message) {
    if (values.empty() || r2 < r1) return;
    ListValidation v;
    v.range = xlsx::RangeRef{{r1, c1}, {r2, c2}};
    v.values = std::move(values);
    v.inform = inform;
    v.title = std::move(title);
    v.message = std::move(message);
    out_.validations.push_back(std::move(v));
  }

  // ---- rows ---------------------------------------------------------------------------

  // The next row, whose first cell reads `first` and which holds numbers or not. A part still
  // open (a table, a block, a ledger) is ended first: by this row when it is one that ends the
  // part, else by the part's end label on a row of its own.
  std::uint32_t start_row(const std::string& first, bool has_numbers) {
    if (pending_) {
      Pending p = std::move(*pending_);
      pending_.reset();
      std::string norm = tmpl::normalize_label(first);
      bool ends = p.end.matches(norm) ||
                  (p.text_rows_end && !has_numbers && !norm.empty() && !p.keep.matches(norm));
      if (!ends) {
        std::string text = label_text(p.end);
        if (text.empty()) {
          warn(fmt::format("{}没有可写出的结束标签，其后的行可能被读入 / {} has no end label to write",
                           p.what, p.what));
        } else {
          caption_row(text, CellRole::caption);
        }
      }
    }
    return ++row_;
  }

  void caption_row(const std::string& text, CellRole role) {
    std::uint32_t r = start_row(text, false);
    text_cell(r, 1, role, text);
    merge(r, 1, r, width_);
  }

  // ---- title, pattern fields, fields -----------------------------------------------------

  void lay_title_and_patterns() {
    std::vector<const tmpl::FieldSpec*> patterns;
    for (const auto& f : spec_.fields) {
      if (!f.pattern.empty()) patterns.push_back(&f);
    }
    // The title must not be what a pattern field reads (the first cell it matches).
    auto matches_a_pattern = [&](const std::string& text) {
      for (const auto* f : patterns) {
        try {
          std::smatch m;
          if (std::regex_search(text, m, std::regex(f->pattern)) && m.size() >= 2) return true;
        } catch (const std::regex_error&) {
        }
      }
      return false;
    };
    std::string title = spec_.title.empty() ? spec_.id : spec_.title;
    if (matches_a_pattern(title)) {
      auto cut = title.find("（");
      if (cut != std::string::npos && cut > 0) title = title.substr(0, cut);
    }
    bool title_first = !matches_a_pattern(title);
    if (title_first) title_row(title);
    for (const auto* f : patterns) pattern_row(*f);
    if (!title_first) title_row(title);
  }

  void title_row(const std::string& title) {
    std::uint32_t r = start_row(title, false);
    text_cell(r, 1, CellRole::title, title);
    merge(r, 1, r, width_);
    out_.row_heights[r] = 32;
  }

  void pattern_row(const tmpl::FieldSpec& f) {
    const Scalar* s = blank() ? nullptr : scalar_of(record_, f.field);
    if (!blank() && !member(record_, f.field)) return;  // absent: nothing that reads as it
    std::string value = as_text(s);
    std::optional<std::string> text;
    if (!value.empty()) {
      text = pattern_text(f.pattern, value);
      if (!text) {
        warn(fmt::format("字段 {} 的值“{}”无法按模板格式“{}”写出，未写入 / cannot write {} in the "
                         "form's pattern",
                         f.field, value, f.pattern, f.field));
      }
    }
    if (!text) {
      // A blank: the pattern's words with a place to write, which does not read as a value.
      for (const std::string& placeholder : {std::string("____"), std::string()}) {
        auto t = pattern_text(f.pattern, placeholder);
        if (!t) t = pattern_text_loose(f.pattern, placeholder);
        if (t && !reads_value(f.pattern, *t)) {
          text = t;
          break;
        }
      }
    }
    if (!text || text->empty()) return;
    std::uint32_t r = start_row(*text, false);
    LayoutCell& c = text_cell(r, 1, CellRole::input, *text);
    c.text_input = true;
    merge(r, 1, r, width_);
  }

  static bool reads_value(const std::string& pattern, const std::string& text) {
    try {
      std::smatch m;
      return std::regex_search(text, m, std::regex(pattern)) && m.size() >= 2;
    } catch (const std::regex_error&) {
      return false;
    }
  }

  // The pattern's text even when it does not read back (for a blank's placeholder).
  static std::optional<std::string> pattern_text_loose(const std::string& pattern, const std::string& value);

  void lay_fields() {
    std::set<std::string> groups_done;
    for (std::size_t i = 0; i < spec_.fields.size(); ++i) {
      const auto& f = spec_.fields[i];
      if (!f.pattern.empty()) continue;
      // A field the record does not have is a field the form does not have (CLI-CONTRACT.md:
      // "a field the form does not have is absent"): no row, so it reads back absent.
      if (!blank() && !member(record_, f.field)) continue;
      if (f.group.empty()) {
        field_row(f);
        continue;
      }
      std::string key = label_text(f.group);
      if (groups_done.count(key)) continue;
      groups_done.insert(key);
      std::vector<const tmpl::FieldSpec*> members;
      for (std::size_t k = i; k < spec_.fields.size(); ++k) {
        const auto& g = spec_.fields[k];
        if (g.pattern.empty() && !g.group.empty() && label_text(g.group) == key && (blank() || member(record_, g.field)))
          members.push_back(&g);
      }
      std::stable_sort(members.begin(), members.end(),
                       [](const auto* a, const auto* b) { return a->group_rows < b->group_rows; });
      group_rows(key, members);
    }
  }

  void field_row(const tmpl::FieldSpec& f) {
    std::string label = label_text(f.labels);
    if (label.empty()) {
      warn(fmt::format("字段 {} 没有可写出的标签 / field {} has no label to write", f.field, f.field));
      return;
    }
    const Scalar* s = blank() ? nullptr : scalar_of(record_, f.field);
    std::uint32_t r = start_row(label, false);
    text_cell(r, 1, CellRole::label, label);
    std::uint32_t vr = f.below ? ++row_ : r;
    std::uint32_t vc = f.below ? 1 : 2;
    value_cell(vr, vc, f.field, f.type, s, true, CellRole::input, f.field);
    merge(vr, vc, vr, width_);
    if (f.type == ValueType::grade) grade_list(vr, vc);
    field_cells_[f.field] = xlsx::CellRef{vr, vc};
  }

  void group_rows(const std::string& group, const std::vector<const tmpl::FieldSpec*>& members) {
    std::uint32_t first = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
      const auto& f = *members[k];
      std::string label = label_text(f.labels);
      std::uint32_t r = start_row(k == 0 ? group : std::string(), false);
      if (k == 0) {
        first = r;
        text_cell(r, 1, CellRole::label, group);
      }
      if (static_cast<int>(k) > f.group_rows) {
        warn(fmt::format("字段 {} 距分组标签“{}”超过 {} 行 / field {} is beyond its group's rows", f.field,
                         group, f.group_rows, f.field));
      }
      text_cell(r, 2, CellRole::label, label);
      const Scalar* s = blank() ? nullptr : scalar_of(record_, f.field);
      value_cell(r, 3, f.field, f.type, s, true, CellRole::input, f.field);
      merge(r, 3, r, width_);
      field_cells_[f.field] = xlsx::CellRef{r, 3};
    }
    if (!members.empty()) merge(first, 1, row_, 1);
  }

  // ---- blocks ---------------------------------------------------------------------------

  void lay_block(std::size_t bi) {
    const auto& b = spec_.blocks[bi];
    const std::size_t n = b.columns.size();
    std::vector<std::string> heads;
    for (const auto& col : b.columns) heads.push_back(label_text(col.labels));
    std::string row_head = bi == 0 && !plan_.block_row_header.empty() ? plan_.block_row_header : "项目";
    // A group header over adjacent columns.
    std::size_t g_first = n;
    std::size_t g_count = 0;
    std::string g_label;
    for (const auto& gh : kGroupHeaders) {
      if (!plan_.group_headers.count(tmpl::normalize_label(gh.label))) continue;
      for (std::size_t i = 0; i + gh.fields.size() <= n; ++i) {
        bool all = true;
        for (std::size_t k = 0; k < gh.fields.size(); ++k) all = all && b.columns[i + k].field == gh.fields[k];
        if (all) {
          g_first = i;
          g_count = gh.fields.size();
          g_label = gh.label;
          break;
        }
      }
      if (g_count) break;
    }
    std::uint32_t hr = start_row(row_head, false);
    text_cell(hr, 1, CellRole::header, row_head);
    // The last column stretches to the form's edge.
    auto right = [&](std::size_t i) {
      return i + 1 == n ? std::max<std::uint32_t>(width_, static_cast<std::uint32_t>(n + 1))
                        : static_cast<std::uint32_t>(i + 2);
    };
    if (g_count) {
      std::uint32_t sub = ++row_;
      merge(hr, 1, sub, 1);
      for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t c = static_cast<std::uint32_t>(i + 2);
        if (i >= g_first && i < g_first + g_count) {
          if (i == g_first) {
            text_cell(hr, c, CellRole::header, g_label);
            merge(hr, c, hr, right(g_first + g_count - 1));
          }
          text_cell(sub, c, CellRole::header, heads[i]);
          if (i + 1 == n) merge(sub, c, sub, right(i));
        } else {
          text_cell(hr, c, CellRole::header, heads[i]);
          merge(hr, c, sub, right(i));
        }
      }
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        text_cell(hr, static_cast<std::uint32_t>(i + 2), CellRole::header, heads[i]);
        if (i + 1 == n) merge(hr, static_cast<std::uint32_t>(i + 2), hr, right(i));
      }
    }

    std::string total_label = label_text(b.total_row);
    const Node* total_src = blank() ? nullptr : (b.total_into.empty() ? record_ : member(record_, b.total_into));
    bool total_has_value = false;
    for (const auto& col : b.columns) total_has_value = total_has_value || has_value(scalar_of(total_src, col.field));
    if (!blank() && total_label.empty() && total_has_value) {
      warn(fmt::format("区块 {} 没有合计行标签，合计值未写入 / block {} has no total row to hold its totals",
                       b.name, b.name));
    }

    const Node* items = blank() ? nullptr : member(record_, b.name);
    std::size_t count = items && items->kind() == Node::Kind::array ? items->items().size() : 0;
    std::vector<std::string> blank_labels;
    if (blank()) {
      for (const auto& l : b.row_labels.exact) {
        bool inside = std::any_of(blank_labels.begin(), blank_labels.end(),
                                  [&](const std::string& s) { return contains(s, l); });
        if (!inside) blank_labels.push_back(l);
      }
      count = blank_labels.empty() ? kBlankBlockRows : blank_labels.size();
    }
    // The total first (as forms print 资金总额), unless it is blank: a label-only row would end
    // the block for the reader before its source rows.
    bool total_first = !total_label.empty() && (blank() || total_has_value);
    std::uint32_t total_row = 0;
    if (total_first) total_row = block_total_row(b, total_label, total_src, total_has_value);
    std::uint32_t first_item = row_ + 1;
    for (std::size_t k = 0; k < count; ++k) {
      const Node* item = blank() ? nullptr : &items->items()[k];
      std::string label = blank() ? (blank_labels.empty() ? std::string() : blank_labels[k])
                                  : as_text(scalar_of(item, b.row_label_field));
      bool numbers = false;
      for (const auto& col : b.columns) numbers = numbers || has_value(scalar_of(item, col.field));
      std::uint32_t r = start_row(label, numbers);
      if (blank() && !label.empty()) {
        text_cell(r, 1, CellRole::label, label);
      } else {
        LayoutCell& c = put(r, 1, CellRole::input);
        c.text = label;
        c.text_input = true;
        c.wrap = true;
      }
      block_values(b, r, item, fmt::format("{}[{}].", b.name, k));
      if (n + 1 < width_) merge(r, static_cast<std::uint32_t>(n + 1), r, width_);
    }
    std::uint32_t last_item = row_;
    if (!total_first && !total_label.empty() && !blank()) {
      total_row = block_total_row(b, total_label, total_src, total_has_value);
    }
    if (blank() && total_row && last_item >= first_item) {
      // Money columns of the total add up the source rows.
      for (std::size_t i = 0; i < n; ++i) {
        const auto& col = b.columns[i];
        std::uint32_t c = static_cast<std::uint32_t>(i + 2);
        LayoutCell* cell = find_cell(total_row, c);
        if (!cell || !cell->formula.empty() || col.type != ValueType::number) continue;
        if (contains(col.field, "weight") || contains(col.field, "score")) continue;
        std::string range = xlsx::range_name(xlsx::RangeRef{{first_item, c}, {last_item, c}});
        cell->formula = fmt::format("=IF(COUNT({0})=0,\"\",SUM({0}))", range);
        cell->role = CellRole::computed;
      }
    }
    Pending p;
    p.end = b.end;
    p.text_rows_end = true;
    p.keep = b.row_labels;
    p.what = fmt::format("区块 {} / block {}", b.name, b.name);
    pending_ = std::move(p);
    if (auto it = plan_.after_block.find(bi); it != plan_.after_block.end()) caption_row(it->second, CellRole::caption);
  }

  std::uint32_t block_total_row(const tmpl::BlockSpec& b, const std::string& label, const Node* src,
                                bool has_values) {
    std::uint32_t r = start_row(label, has_values || blank());
    text_cell(r, 1, CellRole::label, label);
    block_values(b, r, src, b.total_into.empty() ? std::string() : b.total_into + ".");
    const auto n = static_cast<std::uint32_t>(b.columns.size());
    if (n + 1 < width_) merge(r, n + 1, r, width_);
    for (std::size_t i = 0; i < b.columns.size(); ++i) {
      if (b.columns[i].field == "execution_score" || b.columns[i].field == "execution_weight")
        field_cells_[b.columns[i].field] = xlsx::CellRef{r, static_cast<std::uint32_t>(i + 2)};
    }
    return r;
  }

  LayoutCell* find_cell(std::uint32_t r, std::uint32_t c) {
    auto it = cells_.find({r, c});
    return it == cells_.end() ? nullptr : &it->second;
  }

  void block_values(const tmpl::BlockSpec& b, std::uint32_t r, const Node* src, const std::string& prefix) {
    std::map<std::string, std::string> refs;
    std::map<std::string, ValueType> types;
    for (std::size_t i = 0; i < b.columns.size(); ++i) {
      refs[b.columns[i].field] = xlsx::cell_name(xlsx::CellRef{r, static_cast<std::uint32_t>(i + 2)});
      types[b.columns[i].field] = b.columns[i].type;
    }
    for (std::size_t i = 0; i < b.columns.size(); ++i) {
      const auto& col = b.columns[i];
      std::uint32_t c = static_cast<std::uint32_t>(i + 2);
      std::string formula = row_formula(col.field, refs, types);
      LayoutCell& cell = value_cell(r, c, col.field, col.type, blank() ? nullptr : scalar_of(src, col.field), true,
                                    formula.empty() ? CellRole::input : CellRole::computed, prefix + col.field);
      if (blank()) cell.formula = formula;
    }
  }

  // The formula of a computed block column in its row (the knowledge table of
  // template_writer.h); "" when the field computes nothing here.
  static std::string row_formula(const std::string& field, const std::map<std::string, std::string>& ref,
                                 const std::map<std::string, ValueType>& type) {
    auto has = [&](const char* f) { return ref.count(f) > 0; };
    if (field == "budget_balance" && has("budget_full_year") && has("executed")) {
      return fmt::format("=IF(COUNT({0},{1})=0,\"\",N({0})-N({1}))", ref.at("budget_full_year"), ref.at("executed"));
    }
    if (field == "execution_rate" && has("budget_full_year") && has("executed")) {
      bool units = type.at(field) == ValueType::percent_units;
      return fmt::format("=IF(COUNT({0},{1})=0,\"\",IF(N({0})=0,0,ROUND(N({1})/N({0}){2})))",
                         ref.at("budget_full_year"), ref.at("executed"), units ? "*100,2" : ",4");
    }
    if (field == "execution_score" && has("execution_rate")) {
      bool units = type.at("execution_rate") == ValueType::percent_units;
      std::string rate = ref.at("execution_rate");
      std::string share = units ? fmt::format("MIN(N({}),100)/100", rate) : fmt::format("MIN(N({}),1)", rate);
      std::string weight = has("execution_weight") ? fmt::format("N({})", ref.at("execution_weight")) : "10";
      return fmt::format("=IF(COUNT({0})=0,\"\",ROUND({1}*{2},2))", rate, share, weight);
    }
    if (field == "amount" && has("fiscal") && has("other")) {
      return fmt::format("=IF(COUNT({0},{1})=0,\"\",N({0})+N({1}))", ref.at("fiscal"), ref.at("other"));
    }
    return "";
  }

  // ---- tables ---------------------------------------------------------------------------

  void lay_table(std::size_t ti) {
    const auto& t = spec_.tables[ti];
    if (auto it = plan_.before_table.find(ti); it != plan_.before_table.end()) {
      for (const auto& caption : it->second) caption_row(caption, CellRole::caption);
    }
    const std::size_t n = t.columns.size();
    std::string first_head = n ? label_text(t.columns[0].labels) : std::string();
    std::uint32_t hr = start_row(first_head, false);
    for (std::size_t i = 0; i < n; ++i) text_cell(hr, static_cast<std::uint32_t>(i + 1), CellRole::header, label_text(t.columns[i].labels));
    if (n < width_ && n > 0) merge(hr, static_cast<std::uint32_t>(n), hr, width_);

    // Numeric columns: a section row's weight goes in the first, its score in the last.
    std::optional<std::size_t> first_num, last_num, score_idx, weight_idx;
    for (std::size_t i = 0; i < n; ++i) {
      if (is_numeric(t.columns[i].type)) {
        if (!first_num) first_num = i;
        last_num = i;
      }
      if (t.columns[i].field == "score") score_idx = i;
      if (t.columns[i].field == "weight") weight_idx = i;
    }
    std::uint32_t first_data = row_ + 1;
    std::vector<std::uint32_t> section_rows;
    const bool sectioned = !t.section_words.empty();
    if (blank()) {
      if (sectioned) {
        for (const auto& word : t.section_words.exact) {
          std::uint32_t sr = section_row(t, word, nullptr, nullptr, first_num, last_num);
          std::uint32_t from = row_ + 1;
          for (int k = 0; k < kBlankSectionRows; ++k) item_row(t, nullptr, 0);
          section_formulas(t, sr, from, row_, first_num, last_num);
          section_rows.push_back(sr);
        }
      } else {
        for (int k = 0; k < kBlankTableRows; ++k) item_row(t, nullptr, 0);
      }
    } else {
      const Node* items = member(record_, t.name);
      std::vector<const Node*> list;
      if (items && items->kind() == Node::Kind::array) {
        for (const auto& item : items->items()) list.push_back(&item);
      }
      const Node* sections = sectioned ? member(record_, t.sections_into) : nullptr;
      const Node* weights = sectioned ? member(record_, t.section_weights_into) : nullptr;
      std::vector<std::string> names;
      if (sections && sections->kind() == Node::Kind::object) {
        for (const auto& [name, node] : sections->fields()) {
          if (t.section_words.matches(tmpl::normalize_label(name))) {
            names.push_back(name);
          } else {
            warn(fmt::format("“{}”不是表格 {} 的分部名称，未写入 / {} is not a section of table {}", name, t.name,
                             name, t.name));
          }
        }
      }
      if (weights && weights->kind() == Node::Kind::object) {
        for (const auto& [name, node] : weights->fields()) {
          if (std::find(names.begin(), names.end(), name) == names.end() && has_value(scalar_of(weights, name)))
            warn(fmt::format("分部“{}”只有分值没有得分，未写入 / section {} has a weight but no score", name, name));
        }
      }
      std::vector<std::size_t> starts;
      if (!names.empty()) {
        // Which items belong to which section: by the weights, else by the scores.
        for (int pass = 0; pass < 2 && starts.empty(); ++pass) {
          const Node* totals = pass == 0 ? weights : sections;
          std::optional<std::size_t> idx = pass == 0 ? first_num : last_num;
          if (!totals || !idx) continue;
          std::vector<double> sums;
          bool all = true;
          for (const auto& name : names) {
            auto v = as_number(scalar_of(totals, name));
            all = all && v.has_value();
            sums.push_back(v.value_or(0));
          }
          if (!all) continue;
          std::vector<std::optional<double>> values;
          for (const Node* item : list) values.push_back(as_number(scalar_of(item, t.columns[*idx].field)));
          starts = partition_sections(sums, values);
        }
        if (starts.empty()) starts.assign(names.size(), 0);  // all sections first
      }
      std::size_t next = 0;
      for (std::size_t s = 0; s <= names.size(); ++s) {
        std::size_t until = s < names.size() ? starts[s] : list.size();
        for (; next < until && next < list.size(); ++next) item_row(t, list[next], next);
        if (s < names.size()) {
          section_row(t, names[s], scalar_of(sections, names[s]), scalar_of(weights, names[s]), first_num, last_num);
        }
      }
    }
    std::uint32_t last_data = row_;
    // Drop-down lists: qualitative levels for 实际完成值, the vocabulary for levels.
    if (last_data >= first_data) {
      for (std::size_t i = 0; i < n; ++i) {
        const auto& col = t.columns[i];
        std::uint32_t c = static_cast<std::uint32_t>(i + 1);
        if (col.field == "actual") {
          list(first_data, c, last_data, c, kQualitativeLevels, false, "实际完成值",
               "可选定性等级，也可直接填写数值或文字 / pick a level or type a value");
        } else if (is_carry(t, col.field) && t.vocabulary.count(col.field)) {
          auto words = vocabulary_words(t.vocabulary.at(col.field));
          if (!words.empty()) list(first_data, c, last_data, c, words, false, label_text(col.labels), "可选，也可直接填写 / pick or type");
        } else if (col.type == ValueType::grade) {
          grade_list_range(first_data, c, last_data, c);
        }
      }
    }
    // Where totals find the scores.
    TableRange tr;
    tr.first = first_data;
    tr.last = last_data;
    tr.sections = section_rows;
    if (score_idx) tr.score_col = static_cast<std::uint32_t>(*score_idx + 1);
    if (weight_idx) tr.weight_col = static_cast<std::uint32_t>(*weight_idx + 1);
    if (last_num) tr.section_score_col = static_cast<std::uint32_t>(*last_num + 1);
    tables_.push_back(tr);

    Pending p;
    p.end = t.end;
    p.what = fmt::format("表格 {} / table {}", t.name, t.name);
    pending_ = std::move(p);
    if (auto it = plan_.after_table.find(ti); it != plan_.after_table.end()) caption_row(it->second, CellRole::caption);
  }

  void item_row(const tmpl::TableSpec& t, const Node* item, std::size_t index) {
    const std::size_t n = t.columns.size();
    std::string first;
    bool numbers = false;
    for (std::size_t i = 0; i < n; ++i) {
      const Scalar* s = scalar_of(item, t.columns[i].field);
      if (first.empty() && has_value(s)) first = as_text(s);
      if (is_numeric(t.columns[i].type) && has_value(s)) numbers = true;
    }
    std::uint32_t r = start_row(first, numbers);
    std::string prefix = fmt::format("{}[{}].", t.name, index);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& col = t.columns[i];
      const Scalar* s = scalar_of(item, col.field);
      if (item && is_carry(t, col.field) && has_value(s) && t.vocabulary.count(col.field) &&
          !t.vocabulary.at(col.field).matches(tmpl::normalize_label(as_text(s)))) {
        warn(fmt::format("{}{} 的“{}”不是模板的层级用词，读回时可能放错栏目 / {}{} is not a level word of the "
                         "template",
                         prefix, col.field, as_text(s), prefix, col.field));
      }
      value_cell(r, static_cast<std::uint32_t>(i + 1), col.field, col.type, s, false, CellRole::input, prefix + col.field);
    }
    if (n < width_ && n > 0) merge(r, static_cast<std::uint32_t>(n), r, width_);
  }

  std::uint32_t section_row(const tmpl::TableSpec& t, const std::string& name, const Scalar* score,
                            const Scalar* weight, std::optional<std::size_t> first_num,
                            std::optional<std::size_t> last_num) {
    bool numbers = has_value(score) || has_value(weight);
    std::uint32_t r = start_row(name, numbers);
    text_cell(r, 1, CellRole::section, name);
    const std::size_t n = t.columns.size();
    for (std::size_t i = 1; i < n; ++i) put(r, static_cast<std::uint32_t>(i + 1), CellRole::section);
    if (last_num && *last_num > 0) {
      std::uint32_t sc = static_cast<std::uint32_t>(*last_num + 1);
      LayoutCell& c = value_cell(r, sc, "score", ValueType::number, score, false, CellRole::computed);
      c.role = blank() ? CellRole::computed : CellRole::section;
      if (first_num && *first_num < *last_num && *first_num > 0) {
        std::uint32_t wc = static_cast<std::uint32_t>(*first_num + 1);
        LayoutCell& w = value_cell(r, wc, "weight", ValueType::number, weight, false, CellRole::computed);
        w.role = blank() ? CellRole::computed : CellRole::section;
      } else if (has_value(weight)) {
        warn(fmt::format("分部“{}”的分值没有单独的栏目，未写入 / no column for the weight of section {}", name, name));
      }
    } else if (numbers) {
      warn(fmt::format("表格 {} 没有数字栏目，分部“{}”的分数未写入 / no column for section scores", t.name, name));
    }
    if (n < width_ && n > 0) merge(r, static_cast<std::uint32_t>(n), r, width_);
    return r;
  }

  void section_formulas(const tmpl::TableSpec&, std::uint32_t sr, std::uint32_t from, std::uint32_t to,
                        std::optional<std::size_t> first_num, std::optional<std::size_t> last_num) {
    if (to < from) return;
    for (auto idx : {first_num, last_num}) {
      if (!idx) continue;
      std::uint32_t c = static_cast<std::uint32_t>(*idx + 1);
      LayoutCell* cell = find_cell(sr, c);
      if (!cell) continue;
      std::string range = xlsx::range_name(xlsx::RangeRef{{from, c}, {to, c}});
      cell->formula = fmt::format("=IF(COUNT({0})=0,\"\",SUM({0}))", range);
    }
  }

  // ---- totals ---------------------------------------------------------------------------

  struct TableRange {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    std::uint32_t score_col = 0;
    std::uint32_t weight_col = 0;
    std::uint32_t section_score_col = 0;
    std::vector<std::uint32_t> sections;
  };

  void lay_totals() {
    std::optional<xlsx::CellRef> last_score;
    for (const auto& total : spec_.totals) {
      std::string label = label_text(total.labels);
      if (label.empty()) {
        warn("合计行没有可写出的标签 / a total has no label to write");
        continue;
      }
      TotalColumns cols = total_columns(total);
      const Scalar* weight = blank() || total.weight_field.empty() ? nullptr : scalar_of(record_, total.weight_field);
      const Scalar* score = blank() || total.score_field.empty() ? nullptr : scalar_of(record_, total.score_field);
      const Scalar* grade = blank() || total.grade_field.empty() ? nullptr : scalar_of(record_, total.grade_field);
      if (has_value(weight) && !has_value(score)) {
        warn(fmt::format("{} 有分值而无得分：读回时分值会被当作得分 / a weight without a score reads as the score",
                         total.weight_field));
      }
      std::uint32_t r = start_row(label, has_value(weight) || has_value(score));
      text_cell(r, 1, CellRole::label, label);
      merge(r, 1, r, cols.label_last);
      std::uint32_t used = cols.label_last;
      if (cols.weight) {
        LayoutCell& c = value_cell(r, cols.weight, total.weight_field, ValueType::number, weight, false,
                                   CellRole::computed, total.weight_field);
        if (blank()) c.formula = sum_formula(false);
        if (c.formula.empty() && blank()) c.role = CellRole::input;
        used = std::max(used, cols.weight);
      }
      if (cols.score) {
        LayoutCell& c = value_cell(r, cols.score, total.score_field, ValueType::number, score, false,
                                   CellRole::computed, total.score_field);
        if (blank()) c.formula = sum_formula(true);
        if (c.formula.empty() && blank()) c.role = CellRole::input;
        last_score = xlsx::CellRef{r, cols.score};
        used = std::max(used, cols.score);
      }
      if (cols.grade) {
        LayoutCell& c = put(r, cols.grade, CellRole::computed);
        c.text = as_text(grade);
        c.text_input = true;
        if (grade && has_value(grade) && !model::parse_grade(c.text)) {
          warn(fmt::format("等级“{}”不是优/良/中/差，读回时读不到 / grade {} is not one the reader knows", c.text, c.text));
        }
        if (blank() && last_score) {
          std::string s = xlsx::cell_name(*last_score);
          c.formula = fmt::format(
              "=IF(COUNT({0})=0,\"\",IF(N({0})>=90,\"优\",IF(N({0})>=80,\"良\",IF(N({0})>=60,\"中\",\"差\"))))", s);
        } else if (blank()) {
          c.role = CellRole::input;
        }
        grade_list(r, cols.grade);
        used = std::max(used, cols.grade);
      }
      for (std::uint32_t c = used + 1; c <= width_; ++c) put(r, c, CellRole::label);
    }
  }

  // total_score = execution_score + SUM(scores), or SUM(section scores); total_weight = SUM(weights).
  std::string sum_formula(bool score) const {
    std::vector<std::string> parts;
    for (const auto& t : tables_) {
      if (score && !t.sections.empty() && t.section_score_col) {
        for (auto r : t.sections) parts.push_back(xlsx::cell_name(xlsx::CellRef{r, t.section_score_col}));
        continue;
      }
      std::uint32_t c = score ? t.score_col : t.weight_col;
      if (c && t.last >= t.first) parts.push_back(xlsx::range_name(xlsx::RangeRef{{t.first, c}, {t.last, c}}));
    }
    if (score) {
      if (auto it = field_cells_.find("execution_score"); it != field_cells_.end())
        parts.insert(parts.begin(), xlsx::cell_name(it->second));
    }
    if (parts.empty()) return "";
    std::string list;
    for (const auto& p : parts) list += (list.empty() ? "" : ",") + p;
    return fmt::format("=IF(COUNT({0})=0,\"\",ROUND(SUM({0}),2))", list);
  }

  void grade_list(std::uint32_t r, std::uint32_t c) { grade_list_range(r, c, r, c); }
  void grade_list_range(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2) {
    list(r1, c1, r2, c2, kGrades, true, "等级", "优 ≥90，良 80–90，中 60–80，差 <60");
  }

  // ---- ledgers and numbered rows ----------------------------------------------------------

  // Items of a ledger side by side in groups, as the 公开表 print 收入 | 支出: items with the same
  // columns form one group (the reader lists a group's rows before the next group's).
  struct LedgerGroup {
    std::vector<std::size_t> columns;  // indexes into the ledger's columns
    std::vector<std::size_t> items;    // indexes into record[name]
    std::uint32_t first = 1;           // first column of the group
  };

  std::vector<LedgerGroup> ledger_groups(const tmpl::LedgerSpec& l) const {
    std::vector<LedgerGroup> groups;
    const Node* items = blank() ? nullptr : member(record_, l.name);
    if (items && items->kind() == Node::Kind::array) {
      for (std::size_t k = 0; k < items->items().size(); ++k) {
        std::vector<std::size_t> cols;
        for (std::size_t i = 0; i < l.columns.size(); ++i) {
          if (member(&items->items()[k], l.columns[i].field)) cols.push_back(i);
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&](const LedgerGroup& g) { return g.columns == cols; });
        if (it == groups.end()) {
          groups.push_back(LedgerGroup{cols, {}, 1});
          it = groups.end() - 1;
        }
        it->items.push_back(k);
      }
    }
    if (groups.empty()) {
      LedgerGroup all;
      for (std::size_t i = 0; i < l.columns.size(); ++i) all.columns.push_back(i);
      groups.push_back(all);
    }
    std::uint32_t next = 1;
    for (auto& g : groups) {
      g.first = next;
      next += (l.name_labels.empty() ? 1 : 2) + static_cast<std::uint32_t>(g.columns.size());
    }
    return groups;
  }

  static std::uint32_t ledger_width(const tmpl::LedgerSpec& l, const std::vector<LedgerGroup>& groups) {
    const auto& g = groups.back();
    return g.first + (l.name_labels.empty() ? 1 : 2) + static_cast<std::uint32_t>(g.columns.size()) - 1;
  }

  void lay_ledger(std::size_t li) {
    const auto& l = spec_.ledgers[li];
    const bool named = !l.name_labels.empty();
    std::string key_head = label_text(l.key_labels);
    std::string name_head = named ? label_text(l.name_labels) : std::string();
    if (key_head.empty()) key_head = l.keyed_by_line ? "行次" : "科目代码";
    auto groups = ledger_groups(l);
    const Node* items = blank() ? nullptr : member(record_, l.name);
    // 科目代码 | 科目名称 | ... ; 项目 | 行次 | ... (as the forms print them)
    auto key_col = [&](const LedgerGroup& g) { return named && l.keyed_by_line ? g.first + 1 : g.first; };
    auto name_col = [&](const LedgerGroup& g) { return l.keyed_by_line ? g.first : g.first + 1; };
    auto value_col = [&](const LedgerGroup& g, std::size_t k) {
      return g.first + (named ? 2 : 1) + static_cast<std::uint32_t>(k);
    };
    std::uint32_t last_col = ledger_width(l, groups);

    std::uint32_t hr = start_row(named && l.keyed_by_line ? name_head : key_head, false);
    for (const auto& g : groups) {
      text_cell(hr, key_col(g), CellRole::header, key_head);
      if (named) text_cell(hr, name_col(g), CellRole::header, name_head);
      for (std::size_t k = 0; k < g.columns.size(); ++k)
        text_cell(hr, value_col(g, k), CellRole::header, label_text(l.columns[g.columns[k]].labels));
    }
    if (last_col < width_) merge(hr, last_col, hr, width_);

    // One row: each group's item (or nothing) side by side.
    auto lay_row = [&](const std::vector<const Node*>& row_items, const std::vector<std::string>& prefixes,
                       const Node* total, std::size_t total_group, const std::string& total_label) {
      std::string first;
      bool numbers = false;
      for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const Node* item = gi == total_group && total ? total : row_items[gi];
        for (std::size_t idx : groups[gi].columns) numbers = numbers || has_value(scalar_of(item, l.columns[idx].field));
        if (gi == 0) {
          first = total && gi == total_group ? total_label
                                              : as_text(scalar_of(item, named && l.keyed_by_line ? "name"
                                                                                                  : (l.keyed_by_line ? "line" : "code")));
        }
      }
      std::uint32_t r = start_row(first, numbers);
      for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const auto& g = groups[gi];
        bool is_total = total && gi == total_group;
        const Node* item = is_total ? total : row_items[gi];
        if (is_total) {
          if (named) {
            text_cell(r, name_col(g), CellRole::label, total_label);
            put(r, key_col(g), CellRole::label);
          } else {
            text_cell(r, key_col(g), CellRole::label, total_label);
          }
        } else {
          LayoutCell& k = put(r, key_col(g), CellRole::input);
          if (l.keyed_by_line) {
            if (auto v = as_number(scalar_of(item, "line"))) {
              k.number = *v;
            } else {
              k.text = as_text(scalar_of(item, "line"));
            }
          } else {
            k.text = as_text(scalar_of(item, "code"));
            k.text_input = true;
          }
          if (named) {
            LayoutCell& nm = put(r, name_col(g), CellRole::input);
            nm.text = as_text(scalar_of(item, "name"));
            nm.text_input = true;
            nm.wrap = true;
          }
        }
        for (std::size_t k = 0; k < g.columns.size(); ++k) {
          const auto& col = l.columns[g.columns[k]];
          value_cell(r, value_col(g, k), col.field, col.type, scalar_of(item, col.field), true, CellRole::input,
                     (is_total ? l.total_into + "." : prefixes[gi]) + col.field);
        }
      }
      if (last_col < width_) merge(r, last_col, r, width_);
    };

    std::string total_label = label_text(l.total_labels);
    std::vector<const Node*> none(groups.size(), nullptr);
    std::vector<std::string> no_prefix(groups.size());
    if (blank()) {
      if (!total_label.empty()) {
        Node empty = Node::object();
        lay_row(none, no_prefix, &empty, 0, total_label);
      }
      for (int k = 0; k < kBlankLedgerRows; ++k) lay_row(none, no_prefix, nullptr, 0, "");
    } else {
      if (const Node* total = member(record_, l.total_into)) {
        if (total_label.empty()) {
          warn(fmt::format("台账 {} 没有合计标签，{} 未写入 / ledger {} has no total label", l.name, l.total_into, l.name));
        } else {
          // The total goes in the first group that has all its columns.
          std::size_t tg = 0;
          for (std::size_t gi = 0; gi < groups.size(); ++gi) {
            bool all = true;
            for (const auto& [field, v] : total->fields()) {
              all = all && std::any_of(groups[gi].columns.begin(), groups[gi].columns.end(),
                                       [&](std::size_t idx) { return l.columns[idx].field == field; });
            }
            if (all) {
              tg = gi;
              break;
            }
          }
          lay_row(none, no_prefix, total, tg, total_label);
        }
      }
      std::size_t rows = 0;
      for (const auto& g : groups) rows = std::max(rows, g.items.size());
      for (std::size_t k = 0; k < rows; ++k) {
        std::vector<const Node*> row_items(groups.size(), nullptr);
        std::vector<std::string> prefixes(groups.size());
        for (std::size_t gi = 0; gi < groups.size(); ++gi) {
          if (k < groups[gi].items.size()) {
            row_items[gi] = &items->items()[groups[gi].items[k]];
            prefixes[gi] = fmt::format("{}[{}].", l.name, groups[gi].items[k]);
          }
        }
        lay_row(row_items, prefixes, nullptr, 0, "");
      }
    }
    Pending p;
    p.end = l.end;
    p.what = fmt::format("台账 {} / ledger {}", l.name, l.name);
    pending_ = std::move(p);
    if (auto it = plan_.after_ledger.find(li); it != plan_.after_ledger.end()) caption_row(it->second, CellRole::caption);
  }

  void lay_numbered_rows() {
    std::map<int, std::string> columns;  // number -> field (all specs share the first numbering row)
    for (const auto& n : spec_.numbered_rows) {
      for (const auto& [field, number] : n.columns) {
        if (number >= 1) columns.emplace(number, field);
      }
    }
    if (columns.empty()) return;
    int last = columns.rbegin()->first;
    std::uint32_t cr = start_row("", false);
    for (const auto& [number, field] : columns) {
      auto it = kNumberedCaptions.find(field);
      text_cell(cr, static_cast<std::uint32_t>(number), CellRole::header, it != kNumberedCaptions.end() ? it->second : field);
    }
    std::uint32_t nr = ++row_;
    for (int k = 1; k <= last; ++k) {
      LayoutCell& c = put(nr, static_cast<std::uint32_t>(k), CellRole::header);
      c.number = k;
    }
    std::uint32_t vr = ++row_;
    for (const auto& [number, field] : columns) {
      value_cell(vr, static_cast<std::uint32_t>(number), field, ValueType::number,
                 blank() ? nullptr : scalar_of(record_, field), true, CellRole::input, field);
    }
  }

  // ---- record fields the template does not have -------------------------------------------

  void report_unknown_fields() {
    if (!record_ || record_->kind() != Node::Kind::object) return;
    std::set<std::string> known;
    for (const auto& f : spec_.fields) known.insert(f.field);
    for (const auto& b : spec_.blocks) {
      known.insert(b.name);
      if (b.total_into.empty()) {
        for (const auto& c : b.columns) known.insert(c.field);
      } else {
        known.insert(b.total_into);
      }
    }
    for (const auto& t : spec_.tables) {
      known.insert(t.name);
      if (!t.section_words.empty()) {
        known.insert(t.sections_into);
        known.insert(t.section_weights_into);
      }
    }
    for (const auto& t : spec_.totals) {
      for (const auto* f : {&t.score_field, &t.grade_field, &t.weight_field}) {
        if (!f->empty()) known.insert(*f);
      }
    }
    for (const auto& l : spec_.ledgers) {
      known.insert(l.name);
      known.insert(l.total_into);
    }
    for (const auto& n : spec_.numbered_rows) {
      for (const auto& [field, number] : n.columns) known.insert(field);
    }
    std::vector<std::string> unknown;
    for (const auto& [key, node] : record_->fields()) {
      if (!known.count(key)) unknown.push_back(key);
    }
    if (!unknown.empty()) {
      std::string names;
      for (const auto& u : unknown) names += (names.empty() ? "" : ", ") + u;
      warn(fmt::format("记录中以下字段不在模板 {} 中，未写入：{} / fields not in template {}: {}", spec_.id, names,
                       spec_.id, names));
    }
  }

  // ---- widths, heights --------------------------------------------------------------------

  void finish() {
    for (auto& [pos, cell] : cells_) out_.cells.push_back(cell);
    out_.columns = std::max(out_.columns, width_);
    // Column widths from the cells standing in one column.
    std::set<std::pair<std::uint32_t, std::uint32_t>> in_wide_merge;
    for (const auto& m : out_.merges) {
      if (m.first.column == m.last.column) continue;
      for (auto r = m.first.row; r <= m.last.row; ++r) {
        for (auto c = m.first.column; c <= m.last.column; ++c) in_wide_merge.insert({r, c});
      }
    }
    out_.column_widths.assign(out_.columns, 10.0);
    for (const auto& c : out_.cells) {
      if (c.column == 0 || c.column > out_.columns || in_wide_merge.count({c.row, c.column})) continue;
      double w = 0;
      if (!c.text.empty()) {
        w = text_width(c.text);
      } else if (c.number) {
        w = static_cast<double>(shortest(*c.number).size()) * 1.3;
      }
      if (c.role == CellRole::header || c.role == CellRole::label || c.role == CellRole::section) w += 2;
      w = std::min(w + 2, 36.0);
      double& cw = out_.column_widths[c.column - 1];
      cw = std::max(cw, w);
    }
    // Row heights for wrapped text.
    auto merged_width = [&](std::uint32_t r, std::uint32_t c) {
      for (const auto& m : out_.merges) {
        if (m.contains(xlsx::CellRef{r, c})) {
          double w = 0;
          for (auto k = m.first.column; k <= m.last.column; ++k) w += out_.column_widths[k - 1];
          return std::pair<double, std::uint32_t>{w, m.last.row - m.first.row + 1};
        }
      }
      return std::pair<double, std::uint32_t>{out_.column_widths[c - 1], 1};
    };
    for (const auto& c : out_.cells) {
      if (c.text.empty() || !c.wrap) continue;
      auto [w, rows] = merged_width(c.row, c.column);
      double lines = 0;
      std::size_t start = 0;
      while (start <= c.text.size()) {  // each line of the text wraps on its own
        auto nl = c.text.find('\n', start);
        std::string_view part(c.text.data() + start, (nl == std::string::npos ? c.text.size() : nl) - start);
        lines += std::max(1.0, std::ceil(text_width(part) / std::max(w - 1, 4.0)));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
      double height = std::min(409.0, lines * 14.5 + 4) / rows;
      if (height > 20) {
        double& h = out_.row_heights[c.row];
        h = std::max(h, height);
      }
    }
  }

  const tmpl::TemplateSpec& spec_;
  const Node* record_;
  Plan plan_;
  FormLayout out_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, LayoutCell> cells_;
  std::uint32_t row_ = 0;
  std::uint32_t width_ = kMinColumns;
  std::uint32_t score_col_ = 0;
  std::uint32_t weight_col_ = 0;
  std::optional<Pending> pending_;
  std::map<std::string, xlsx::CellRef> field_cells_;
  std::vector<TableRange> tables_;
};

// ---- pattern text ---------------------------------------------------------------------------

// A tiny generator over the ECMAScript subset templates use: literals, escapes, classes, groups
// with alternatives, quantifiers.
class PatternGen {
 public:
  PatternGen(const std::string& p, const std::string& value) : p_(p), value_(value) {}

  std::optional<std::string> run() {
    std::string out = alternatives();
    if (i_ != p_.size() || failed_) return std::nullopt;
    return out;
  }

 private:
  std::string alternatives() {
    std::string first;
    bool in_first = true;
    std::string current;
    while (i_ < p_.size() && p_[i_] != ')') {
      if (p_[i_] == '|') {
        ++i_;
        if (in_first) first = current;
        in_first = false;
        current.clear();
        continue;
      }
      std::string a = atom();
      int times = quantifier();
      for (int k = 0; k < times; ++k) current += a;
    }
    return in_first ? current : first;
  }

  std::string code_point() {
    std::size_t start = i_;
    auto b = static_cast<unsigned char>(p_[i_]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    i_ = std::min(p_.size(), i_ + len);
    return p_.substr(start, i_ - start);
  }

  std::string escape() {
    ++i_;  // the backslash
    if (i_ >= p_.size()) {
      failed_ = true;
      return "";
    }
    char c = p_[i_];
    switch (c) {
      case 'd': ++i_; return "0";
      case 'D': ++i_; return "x";
      case 's': ++i_; return " ";
      case 'S': ++i_; return "x";
      case 'w': ++i_; return "a";
      case 'W': ++i_; return " ";
      case 'b':
      case 'B': ++i_; return "";
      case 'n': ++i_; return "\n";
      case 't': ++i_; return "\t";
      default: return code_point();
    }
  }

  std::string atom() {
    char c = p_[i_];
    if (c == '(') {
      ++i_;
      bool capture = true;
      bool lookaround = false;
      if (p_.compare(i_, 2, "?:") == 0) {
        capture = false;
        i_ += 2;
      } else if (p_.compare(i_, 2, "?=") == 0 || p_.compare(i_, 2, "?!") == 0) {
        lookaround = true;
        i_ += 2;
      }
      int number = capture && !lookaround ? ++groups_ : 0;
      std::string inner = alternatives();
      if (i_ >= p_.size() || p_[i_] != ')') {
        failed_ = true;
        return "";
      }
      ++i_;
      if (lookaround) return "";
      return number == 1 ? value_ : inner;
    }
    if (c == '[') {
      ++i_;
      bool negated = i_ < p_.size() && p_[i_] == '^';
      if (negated) ++i_;
      std::string first;
      while (i_ < p_.size() && p_[i_] != ']') {
        std::string one = p_[i_] == '\\' ? escape() : code_point();
        if (first.empty()) first = one;
      }
      if (i_ >= p_.size()) {
        failed_ = true;
        return "";
      }
      ++i_;
      return negated ? std::string("x") : first;
    }
    if (c == '\\') return escape();
    if (c == '.') {
      ++i_;
      return "x";
    }
    if (c == '^' || c == '$') {
      ++i_;
      return "";
    }
    return code_point();
  }

  int quantifier() {
    if (i_ >= p_.size()) return 1;
    int times = 1;
    char c = p_[i_];
    if (c == '*' || c == '?') {
      times = 0;
      ++i_;
    } else if (c == '+') {
      ++i_;
    } else if (c == '{') {
      auto close = p_.find('}', i_);
      if (close == std::string::npos) return 1;
      times = std::atoi(p_.c_str() + i_ + 1);
      i_ = close + 1;
    } else {
      return 1;
    }
    if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy
    return times;
  }

  const std::string& p_;
  const std::string& value_;
  std::size_t i_ = 0;
  int groups_ = 0;
  bool failed_ = false;
};

std::optional<std::string> Builder::pattern_text_loose(const std::string& pattern, const std::string& value) {
  return PatternGen(pattern, value).run();
}

// Where each detection label the first layout lacks goes.
Plan plan_for(const tmpl::TemplateSpec& spec, const std::set<std::string>& written) {
  Plan plan;
  auto covered = [&](const tmpl::LabelSet& set) {
    return std::any_of(written.begin(), written.end(), [&](const std::string& t) { return set.matches(t); });
  };
  bool row_header_used = false;
  for (const auto& label : spec.detect.label_sets()) {
    if (covered(label)) continue;
    std::string text = label_text(label);
    if (text.empty()) continue;
    std::string norm = tmpl::normalize_label(text);
    bool placed = false;
    for (const auto& gh : kGroupHeaders) {
      if (!label.matches(tmpl::normalize_label(gh.label))) continue;
      for (const auto& b : spec.blocks) {
        for (std::size_t i = 0; i + gh.fields.size() <= b.columns.size() && !placed; ++i) {
          bool all = true;
          for (std::size_t k = 0; k < gh.fields.size(); ++k) all = all && b.columns[i + k].field == gh.fields[k];
          if (all) {
            plan.group_headers.insert(tmpl::normalize_label(gh.label));
            placed = true;
          }
        }
      }
    }
    for (std::size_t i = 0; i < spec.tables.size() && !placed; ++i) {
      if (spec.tables[i].skip_words.matches(norm)) {
        plan.before_table[i].push_back(text);
        placed = true;
      }
    }
    for (std::size_t i = 0; i < spec.blocks.size() && !placed; ++i) {
      if (spec.blocks[i].end.matches(norm) && !plan.after_block.count(i)) {
        plan.after_block[i] = text;
        placed = true;
      }
    }
    for (std::size_t i = 0; i < spec.tables.size() && !placed; ++i) {
      if (spec.tables[i].end.matches(norm) && !plan.after_table.count(i)) {
        plan.after_table[i] = text;
        placed = true;
      }
    }
    for (std::size_t i = 0; i < spec.ledgers.size() && !placed; ++i) {
      if (spec.ledgers[i].end.matches(norm) && !plan.after_ledger.count(i)) {
        plan.after_ledger[i] = text;
        placed = true;
      }
    }
    if (!placed && !spec.blocks.empty() && !row_header_used && !label.exact.empty()) {
      plan.block_row_header = text;
      row_header_used = true;
      placed = true;
    }
    if (!placed) plan.captions.push_back(text);
  }
  return plan;
}

FormLayout layout(const tmpl::TemplateSpec& spec, const Node* record) {
  FormLayout first = Builder(spec, record, Plan{}).build();
  auto written = Builder::texts(first);
  Plan plan = plan_for(spec, written);
  FormLayout out = Builder(spec, record, std::move(plan)).build();
  // What the layout still lacks for the reader to recognise the form.
  auto final_texts = Builder::texts(out);
  auto has = [&](const tmpl::LabelSet& set) {
    return std::any_of(final_texts.begin(), final_texts.end(), [&](const std::string& t) { return set.matches(t); });
  };
  for (const auto& label : spec.detect.label_sets()) {
    // A pattern-only label is evidence a filled form holds (indicator codes such as A101), not
    // a text a blank form can print.
    if (!has(label) && !label_text(label).empty()) {
      out.warnings.push_back(fmt::format("表中没有识别标签“{}”，读取时可能认不出模板 / detection label {} is missing",
                                         label_text(label), label_text(label)));
    }
  }
  for (const auto& label : spec.detect.none) {
    if (has(label)) {
      out.warnings.push_back(fmt::format("表中出现了排除标签“{}”，读取时可能认不出模板 / the form holds excluded label {}",
                                         label_text(label), label_text(label)));
    }
  }
  return out;
}

}  // namespace

const LayoutCell* FormLayout::at(std::uint32_t row, std::uint32_t column) const {
  for (const auto& c : cells) {
    if (c.row == row && c.column == column) return &c;
  }
  return nullptr;
}

FormLayout layout_blank(const tmpl::TemplateSpec& spec) { return layout(spec, nullptr); }

FormLayout layout_filled(const tmpl::TemplateSpec& spec, const model::Node& record) {
  return layout(spec, &record);
}

// A number as a clerk writes it: no exponent (1e+07 -> 10000000).
std::string plain(double v) {
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, end);
}

std::string layout_text(const FormLayout& layout) {
  std::vector<std::vector<std::string>> grid(layout.rows);
  for (const auto& c : layout.cells) {
    if (c.row == 0 || c.column == 0) continue;
    auto& row = grid[c.row - 1];
    if (row.size() < c.column) row.resize(c.column);
    if (!c.formula.empty()) continue;  // cached as empty
    if (c.number) {
      bool percent = c.number_format.find('%') != std::string::npos;
      row[c.column - 1] = percent ? plain(*c.number * 100) + "%" : plain(*c.number);
    } else {
      row[c.column - 1] = c.text;
    }
  }
  std::string out;
  for (const auto& row : grid) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += '\t';
      for (char ch : row[i]) out += ch == '\t' || ch == '\n' ? ' ' : ch;
    }
    out += '\n';
  }
  return out;
}

std::optional<std::string> pattern_text(const std::string& pattern, const std::string& value) {
  auto text = PatternGen(pattern, value).run();
  if (!text) return std::nullopt;
  try {
    std::smatch m;
    std::regex re(pattern);
    if (std::regex_search(*text, m, re) && m.size() >= 2 && m[1].matched && m[1].str() == value) return text;
  } catch (const std::regex_error&) {
  }
  return std::nullopt;
}

std::string label_text(const tmpl::LabelSet& labels) {
  if (!labels.exact.empty()) return upper_ascii(labels.exact.front());
  if (!labels.prefix.empty()) return upper_ascii(labels.prefix.front());
  return "";
}

double text_width(std::string_view text) {
  double w = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    w += len >= 3 ? 2.0 : 1.0;  // CJK, full-width forms and punctuation are two units wide
    i += len;
  }
  return w;
}

std::optional<double> percent_units_of(double fraction) {
  if (!std::isfinite(fraction)) return std::nullopt;
  double x = fraction * 100;
  std::vector<double> candidates;
  for (int digits = 1; digits <= 17; ++digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, x);
    candidates.push_back(std::strtod(buf, nullptr));
  }
  double up = x, down = x;
  candidates.push_back(x);
  for (int k = 0; k < 4; ++k) {
    up = std::nextafter(up, INFINITY);
    down = std::nextafter(down, -INFINITY);
    candidates.push_back(up);
    candidates.push_back(down);
  }
  for (double c : candidates) {
    if (c / 100.0 == fraction && g16_exact(c)) return c + 0.0;
  }
  return std::nullopt;
}

std::string sheet_name_for(const std::string& title) {
  std::string t = title;
  auto cut = t.find("（");
  if (cut != std::string::npos && cut > 0) t = t.substr(0, cut);
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < t.size() && count < 31;) {
    auto b = static_cast<unsigned char>(t[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    std::string cp = t.substr(i, len);
    i += len;
    if (cp.size() == 1 && std::string_view("[]:*?/\\").find(cp[0]) != std::string_view::npos) cp = "_";
    out += cp;
    ++count;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(out.begin());
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return out.empty() ? "Sheet1" : out;
}

}  // namespace evalbook::report
