// Laying out a standard form from its TemplateSpec (see template_writer.h for the layout and
// the table of computed cells). Everything here follows how src/template/extractor.cpp reads a
// sheet back: labels it matches, the header row it looks for, the rows that end a block or a
// table, the words that make a row a section or a level.
// This part: the builder's geometry, cells and rows, the title, pattern fields and fields,
// finishing (widths, heights), and where detection labels go.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <regex>
#include <set>

#include "report/layout_formula.h"
#include "report/template_layout_builder.h"
#include "template/cell_reading.h"
#include "template/normalize.h"

namespace evalbook::report::layout_detail {

FormLayout Builder::build() {
  out_.sheet_name = sheet_name_for(spec_.title);
  width_ = compute_width();
  out_.columns = width_;
  lay_title_and_patterns();
  lay_fields();
  for (const auto& caption : plan_.captions) caption_row(caption, CellRole::caption);
  for (std::size_t i = 0; i < spec_.blocks.size(); ++i) lay_block(i);
  for (std::size_t i = 0; i < spec_.tables.size(); ++i) lay_table(i);
  lay_totals();
  if (furniture_) analysis_rows();
  for (std::size_t i = 0; i < spec_.ledgers.size(); ++i) lay_ledger(i);
  lay_numbered_rows();
  pending_.reset();  // nothing follows: the sheet's end ends the last part
  if (record_) {
    report_unknown_fields();
    keep_formulas_that_agree();
  }
  finish();
  return std::move(out_);
}

std::set<std::string> Builder::texts(const FormLayout& layout) {
  std::set<std::string> out;
  for (const auto& c : layout.cells) {
    if (!c.text.empty()) out.insert(tmpl::normalize_label(c.text));
  }
  return out;
}

std::uint32_t Builder::compute_width() {
  std::uint32_t w = kMinColumns;
  bool grouped =
      std::any_of(spec_.fields.begin(), spec_.fields.end(),
                  [](const tmpl::FieldSpec& f) { return !f.group.empty() && f.pattern.empty(); });
  if (grouped) w = std::max<std::uint32_t>(w, 3);
  for (const auto& b : spec_.blocks)
    w = std::max<std::uint32_t>(w, 1 + static_cast<std::uint32_t>(b.columns.size()));
  for (const auto& t : spec_.tables)
    if (!t.columns.empty()) w = std::max(w, table_col(t.columns.size() - 1));
  for (const auto& l : spec_.ledgers) w = std::max(w, ledger_width(l, ledger_groups(l)));
  for (const auto& n : spec_.numbered_rows) {
    for (const auto& [field, number] : n.columns)
      w = std::max<std::uint32_t>(w, static_cast<std::uint32_t>(std::max(number, 1)));
  }
  // Totals stand under the last table's score column.
  for (const auto& t : spec_.tables) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      if (t.columns[i].field == "score") {
        score_col_ = table_col(i);
        weight_col_ = 0;
        for (std::size_t k = 0; k < i; ++k) {
          if (t.columns[k].field == "weight") weight_col_ = table_col(k);
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

Builder::TotalColumns Builder::total_columns(const tmpl::TotalSpec& total) const {
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

LayoutCell& Builder::put(std::uint32_t row, std::uint32_t col, CellRole role) {
  LayoutCell& c = cells_[{row, col}];
  c = LayoutCell{};
  c.row = row;
  c.column = col;
  c.role = role;
  out_.rows = std::max(out_.rows, row);
  return c;
}

void Builder::merge(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2) {
  if (r1 == r2 && c1 == c2) return;
  out_.merges.push_back(xlsx::RangeRef{{r1, c1}, {r2, c2}});
}

LayoutCell& Builder::text_cell(std::uint32_t row, std::uint32_t col, CellRole role,
                               const std::string& text) {
  LayoutCell& c = put(row, col, role);
  c.text = text;
  c.wrap = role != CellRole::title;
  return c;
}

LayoutCell& Builder::value_cell(std::uint32_t row, std::uint32_t col, const std::string& field,
                                ValueType type, const Scalar* value, bool money_context,
                                CellRole role, const std::string& path) {
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
      warn(fmt::format("“{}”的值“{}”不是数字，按文本写入", path.empty() ? field : path, value->raw,
                       path.empty() ? field : path));
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

void Builder::warn(const std::string& message) {
  if (std::find(out_.warnings.begin(), out_.warnings.end(), message) == out_.warnings.end())
    out_.warnings.push_back(message);
}

void Builder::list(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2, std::uint32_t c2,
                   std::vector<std::string> values, bool inform, std::string title,
                   std::string message) {
  if (values.empty() || r2 < r1) return;
  ListValidation v;
  v.range = xlsx::RangeRef{{r1, c1}, {r2, c2}};
  v.values = std::move(values);
  v.inform = inform;
  v.title = std::move(title);
  v.message = std::move(message);
  out_.validations.push_back(std::move(v));
}

std::uint32_t Builder::start_row(const std::string& first, bool has_numbers) {
  if (pending_) {
    Pending p = std::move(*pending_);
    pending_.reset();
    std::string norm = tmpl::normalize_label(first);
    bool ends = p.end.matches(norm) ||
                (p.text_rows_end && !has_numbers && !norm.empty() && !p.keep.matches(norm));
    if (!ends) {
      std::string text = label_text(p.end);
      if (text.empty()) {
        warn(fmt::format("{}没有可写出的结束标签，其后的行可能被读入", p.what, p.what));
      } else {
        caption_row(text, CellRole::caption);
      }
    }
  }
  return ++row_;
}

void Builder::caption_row(const std::string& text, CellRole role) {
  std::uint32_t r = start_row(text, false);
  text_cell(r, 1, role, text);
  merge(r, 1, r, width_);
}

void Builder::lay_title_and_patterns() {
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
  // The printed title is the template's without the note in full-width brackets that tells
  // templates apart ("（2023 年格式：…）", "（如武威 2021）"): no form prints it, and a year in it
  // would read as the form's year.
  std::string title = spec_.title.empty() ? spec_.id : spec_.title;
  auto cut = title.find("（");
  if (cut != std::string::npos && cut > 0) title = title.substr(0, cut);
  bool title_first = !matches_a_pattern(title);
  if (title_first) title_row(title);
  for (const auto* f : patterns) pattern_row(*f);
  if (!title_first) title_row(title);
  // Self-evaluation forms print the year under the title; a template that reads no year still
  // gets the line on its blank form, for the clerk.
  const bool self_evaluation = spec_.family == "project" || spec_.family == "department";
  const bool reads_year = std::any_of(spec_.fields.begin(), spec_.fields.end(),
                                      [](const tmpl::FieldSpec& f) { return f.field == "year"; });
  if (blank() && self_evaluation && !reads_year) caption_row(kYearLine, CellRole::caption);
}

void Builder::title_row(const std::string& title) {
  std::uint32_t r = start_row(title, false);
  text_cell(r, 1, CellRole::title, title);
  merge(r, 1, r, width_);
  out_.row_heights[r] = 32;
}

void Builder::pattern_row(const tmpl::FieldSpec& f) {
  const Scalar* s = blank() ? nullptr : scalar_of(record_, f.field);
  if (!blank() && !member(record_, f.field)) return;  // absent: nothing that reads as it
  std::string value = as_text(s);
  std::optional<std::string> text;
  if (!value.empty()) {
    text = pattern_text(f.pattern, value);
    if (!text) {
      warn(fmt::format("字段 {} 的值“{}”无法按模板格式“{}”写出，未写入", f.field, value, f.pattern,
                       f.field));
    }
  }
  if (!text) {
    // A blank: the pattern's words with a place to write, which does not read as a value.
    // A year reads as the official line "（XXXX年度）" where the pattern takes "（2023年度）".
    if (f.field == "year" && !reads_value(f.pattern, kYearLine) &&
        reads_value(f.pattern, "（2023年度）"))
      text = kYearLine;
    for (const std::string& placeholder : {std::string("____"), std::string()}) {
      if (text) break;
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

bool Builder::reads_value(const std::string& pattern, const std::string& text) {
  try {
    std::smatch m;
    return std::regex_search(text, m, std::regex(pattern)) && m.size() >= 2;
  } catch (const std::regex_error&) {
    return false;
  }
}

void Builder::lay_fields() {
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
      if (g.pattern.empty() && !g.group.empty() && label_text(g.group) == key &&
          (blank() || member(record_, g.field)))
        members.push_back(&g);
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const auto* a, const auto* b) { return a->group_rows < b->group_rows; });
    group_rows(key, members);
  }
}

void Builder::field_row(const tmpl::FieldSpec& f) {
  std::string label = label_text(f.labels);
  if (label.empty()) {
    warn(fmt::format("字段 {} 没有可写出的标签", f.field));
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

void Builder::group_rows(const std::string& group,
                         const std::vector<const tmpl::FieldSpec*>& members) {
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
      warn(fmt::format("字段 {} 距分组标签“{}”超过 {} 行", f.field, group, f.group_rows, f.field));
    }
    text_cell(r, 2, CellRole::label, label);
    const Scalar* s = blank() ? nullptr : scalar_of(record_, f.field);
    value_cell(r, 3, f.field, f.type, s, true, CellRole::input, f.field);
    merge(r, 3, r, width_);
    field_cells_[f.field] = xlsx::CellRef{r, 3};
  }
  if (!members.empty()) merge(first, 1, row_, 1);
}

void Builder::report_unknown_fields() {
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
    warn(fmt::format("记录中以下字段不在模板 {} 中，未写入：{}", spec_.id, names, spec_.id, names));
  }
}

// The unit's figures are what a filled form reports: a formula that would show another figure
// than the record's once the workbook is recalculated (the record's rate rounded otherwise, a
// total that is not the sum of its rows, a computed cell left blank) is left out and named, so
// that opening the form never changes a figure; `check` then reports the difference.
void Builder::keep_formulas_that_agree() {
  const CellValueAt value_at = [this](const xlsx::CellRef& ref) {
    return layout_cell_value(find_cell(ref.row, ref.column));
  };
  std::string dropped;
  std::size_t count = 0;
  for (auto& [position, cell] : cells_) {
    if (cell.formula.empty()) continue;
    const auto computed = evaluate_layout_formula(cell.formula, value_at);
    if (computed && formula_agrees(*computed, layout_cell_value(&cell))) continue;
    cell.formula.clear();
    if (++count <= 12) {
      dropped += (dropped.empty() ? "" : "、") +
                 xlsx::cell_name(xlsx::CellRef{position.first, position.second});
    }
  }
  if (count == 0) return;
  out_.notes.push_back(fmt::format(
      "{} 个计算单元格所填数值与表内公式的结果不同（或未填），按所填数值写入、未写公式：{}{}",
      count, dropped, count > 12 ? " 等" : ""));
}

void Builder::finish() {
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
    if (c.column == 0 || c.column > out_.columns || in_wide_merge.count({c.row, c.column}))
      continue;
    double w = 0;
    if (!c.text.empty()) {
      w = text_width(c.text);
    } else if (c.number) {
      w = static_cast<double>(shortest(*c.number).size()) * 1.3;
    }
    if (c.role == CellRole::header || c.role == CellRole::label || c.role == CellRole::section)
      w += 2;
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
      std::string_view part(c.text.data() + start,
                            (nl == std::string::npos ? c.text.size() : nl) - start);
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

// Where each detection label the first layout lacks goes.
Plan plan_for(const tmpl::TemplateSpec& spec, const std::set<std::string>& written) {
  Plan plan;
  auto covered = [&](const tmpl::LabelSet& set) {
    return std::any_of(written.begin(), written.end(),
                       [&](const std::string& t) { return set.matches(t); });
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
          for (std::size_t k = 0; k < gh.fields.size(); ++k)
            all = all && b.columns[i + k].field == gh.fields[k];
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
    return std::any_of(final_texts.begin(), final_texts.end(),
                       [&](const std::string& t) { return set.matches(t); });
  };
  for (const auto& label : spec.detect.label_sets()) {
    // A pattern-only label is evidence a filled form holds (indicator codes such as A101), not
    // a text a blank form can print.
    if (!has(label) && !label_text(label).empty()) {
      out.warnings.push_back(
          fmt::format("表中没有识别标签“{}”，读取时可能认不出模板", label_text(label)));
    }
  }
  for (const auto& label : spec.detect.none) {
    if (has(label)) {
      out.warnings.push_back(fmt::format("表中出现了排除标签“{}”，读取时可能认不出模板",
                                         label_text(label), label_text(label)));
    }
  }
  return out;
}

}  // namespace evalbook::report::layout_detail

namespace evalbook::report {

using layout_detail::layout;

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

}  // namespace evalbook::report
