// Tables of a standard form (indicator tables, their section rows) and the totals under them:
// rows, drop-down lists and the SUM formulas of section rows and totals.
#include <fmt/format.h>

#include <algorithm>

#include "model/indicator_value.h"
#include "report/template_layout_builder.h"
#include "template/normalize.h"

namespace evalbook::report::layout_detail {

namespace {

const std::vector<std::string> kQualitativeLevels = {
    "达成预期指标", "部分达成预期指标并具有一定效果", "未完成预期指标且效果较差"};
const std::vector<std::string> kGrades = {"优", "良", "中", "差"};

}  // namespace

void Builder::lay_table(std::size_t ti) {
  const auto& t = spec_.tables[ti];
  if (auto it = plan_.before_table.find(ti); it != plan_.before_table.end()) {
    for (const auto& caption : it->second) caption_row(caption, CellRole::caption);
  }
  const std::size_t n = t.columns.size();
  std::string first_head = n ? label_text(t.columns[0].labels) : std::string();
  const std::string& side_label = table_shift_ ? furniture_->table_label : std::string();
  std::uint32_t hr = start_row(table_shift_ ? side_label : first_head, false);
  if (table_shift_) text_cell(hr, 1, CellRole::label, side_label);
  for (std::size_t i = 0; i < n; ++i)
    text_cell(hr, table_col(i), CellRole::header, label_text(t.columns[i].labels));
  if (n > 0 && table_col(n - 1) < width_) merge(hr, table_col(n - 1), hr, width_);

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
          warn(fmt::format("“{}”不是表格 {} 的分部名称，未写入", name, t.name, name, t.name));
        }
      }
    }
    if (weights && weights->kind() == Node::Kind::object) {
      for (const auto& [name, node] : weights->fields()) {
        if (std::find(names.begin(), names.end(), name) == names.end() &&
            has_value(scalar_of(weights, name)))
          warn(fmt::format("分部“{}”只有分值没有得分，未写入", name, name));
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
        for (const Node* item : list)
          values.push_back(as_number(scalar_of(item, t.columns[*idx].field)));
        starts = partition_sections(sums, values);
      }
      if (starts.empty()) starts.assign(names.size(), 0);  // all sections first
    }
    std::size_t next = 0;
    for (std::size_t s = 0; s <= names.size(); ++s) {
      std::size_t until = s < names.size() ? starts[s] : list.size();
      for (; next < until && next < list.size(); ++next) item_row(t, list[next], next);
      // A section's rows run from below its row to the next section's row (or the table's end).
      if (!section_rows.empty())
        section_formulas(t, section_rows.back(), section_rows.back() + 1, row_, first_num,
                         last_num);
      if (s < names.size()) {
        section_rows.push_back(section_row(t, names[s], scalar_of(sections, names[s]),
                                           scalar_of(weights, names[s]), first_num, last_num));
      }
    }
  }
  std::uint32_t last_data = row_;
  // Drop-down lists: qualitative levels for 实际完成值, the vocabulary for levels.
  if (last_data >= first_data) {
    for (std::size_t i = 0; i < n; ++i) {
      const auto& col = t.columns[i];
      std::uint32_t c = table_col(i);
      if (col.field == "actual") {
        list(first_data, c, last_data, c, kQualitativeLevels, false, "实际完成值",
             "可选定性等级，也可直接填写数值或文字");
      } else if (is_carry(t, col.field) && t.vocabulary.count(col.field)) {
        auto words = vocabulary_words(t.vocabulary.at(col.field));
        if (!words.empty())
          list(first_data, c, last_data, c, words, false, label_text(col.labels),
               "可选，也可直接填写");
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
  if (score_idx) tr.score_col = table_col(*score_idx);
  if (weight_idx) tr.weight_col = table_col(*weight_idx);
  if (last_num) tr.section_score_col = table_col(*last_num);
  if (table_shift_) merge(hr, 1, last_data, 1);  // the side label stands down the table
  tables_.push_back(tr);

  Pending p;
  p.end = t.end;
  p.what = fmt::format("表格 {}", t.name);
  pending_ = std::move(p);
  if (auto it = plan_.after_table.find(ti); it != plan_.after_table.end())
    caption_row(it->second, CellRole::caption);
}

void Builder::item_row(const tmpl::TableSpec& t, const Node* item, std::size_t index) {
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
      warn(fmt::format("{}{} 的“{}”不是模板的层级用词，读回时可能放错栏目", prefix, col.field,
                       as_text(s)));
    }
    value_cell(r, table_col(i), col.field, col.type, s, false, CellRole::input, prefix + col.field);
  }
  if (n > 0 && table_col(n - 1) < width_) merge(r, table_col(n - 1), r, width_);
}

std::uint32_t Builder::section_row(const tmpl::TableSpec& t, const std::string& name,
                                   const Scalar* score, const Scalar* weight,
                                   std::optional<std::size_t> first_num,
                                   std::optional<std::size_t> last_num) {
  bool numbers = has_value(score) || has_value(weight);
  std::uint32_t r = start_row(name, numbers);
  text_cell(r, table_col(0), CellRole::section, name);
  const std::size_t n = t.columns.size();
  for (std::size_t i = 1; i < n; ++i) put(r, table_col(i), CellRole::section);
  if (last_num && *last_num > 0) {
    std::uint32_t sc = table_col(*last_num);
    LayoutCell& c = value_cell(r, sc, "score", ValueType::number, score, false, CellRole::computed);
    c.role = blank() ? CellRole::computed : CellRole::section;
    if (first_num && (*first_num < *last_num) && (*first_num > 0)) {
      std::uint32_t wc = table_col(*first_num);
      LayoutCell& w =
          value_cell(r, wc, "weight", ValueType::number, weight, false, CellRole::computed);
      w.role = blank() ? CellRole::computed : CellRole::section;
    } else if (has_value(weight)) {
      warn(fmt::format("分部“{}”的分值没有单独的栏目，未写入", name, name));
    }
  } else if (numbers) {
    warn(fmt::format("表格 {} 没有数字栏目，分部“{}”的分数未写入", t.name, name));
  }
  if (n > 0 && table_col(n - 1) < width_) merge(r, table_col(n - 1), r, width_);
  return r;
}

void Builder::section_formulas(const tmpl::TableSpec&, std::uint32_t sr, std::uint32_t from,
                               std::uint32_t to, std::optional<std::size_t> first_num,
                               std::optional<std::size_t> last_num) {
  if (to < from) return;
  for (auto idx : {first_num, last_num}) {
    if (!idx) continue;
    std::uint32_t c = table_col(*idx);
    LayoutCell* cell = find_cell(sr, c);
    if (!cell) continue;
    std::string range = xlsx::range_name(xlsx::RangeRef{{from, c}, {to, c}});
    cell->formula = fmt::format("=IF(COUNT({0})=0,\"\",SUM({0}))", range);
    cell->role = CellRole::computed;
  }
}

void Builder::lay_totals() {
  std::optional<xlsx::CellRef> last_score;
  for (const auto& total : spec_.totals) {
    std::string label = label_text(total.labels);
    if (label.empty()) {
      warn("合计行没有可写出的标签");
      continue;
    }
    TotalColumns cols = total_columns(total);
    const Scalar* weight =
        blank() || total.weight_field.empty() ? nullptr : scalar_of(record_, total.weight_field);
    const Scalar* score =
        blank() || total.score_field.empty() ? nullptr : scalar_of(record_, total.score_field);
    const Scalar* grade =
        blank() || total.grade_field.empty() ? nullptr : scalar_of(record_, total.grade_field);
    if (has_value(weight) && !has_value(score)) {
      warn(fmt::format("{} 有分值而无得分：读回时分值会被当作得分", total.weight_field));
    }
    std::uint32_t r = start_row(label, has_value(weight) || has_value(score));
    text_cell(r, 1, CellRole::label, label);
    merge(r, 1, r, cols.label_last);
    std::uint32_t used = cols.label_last;
    if (cols.weight) {
      LayoutCell& c = value_cell(r, cols.weight, total.weight_field, ValueType::number, weight,
                                 false, CellRole::computed, total.weight_field);
      c.formula = sum_formula(false);
      if (c.formula.empty() && blank()) c.role = CellRole::input;
      used = std::max(used, cols.weight);
    }
    if (cols.score) {
      LayoutCell& c = value_cell(r, cols.score, total.score_field, ValueType::number, score, false,
                                 CellRole::computed, total.score_field);
      c.formula = sum_formula(true);
      if (c.formula.empty() && blank()) c.role = CellRole::input;
      last_score = xlsx::CellRef{r, cols.score};
      used = std::max(used, cols.score);
    }
    if (cols.grade) {
      LayoutCell& c = put(r, cols.grade, CellRole::computed);
      c.text = as_text(grade);
      c.text_input = true;
      if (grade && has_value(grade) && !model::parse_grade(c.text)) {
        warn(fmt::format("等级“{}”不是优/良/中/差，读回时读不到", c.text, c.text));
      }
      if (last_score) {
        std::string s = xlsx::cell_name(*last_score);
        c.formula = fmt::format(
            "=IF(COUNT({0})=0,\"\",IF(N({0})>=90,\"优\",IF(N({0})>=80,\"良\",IF(N({0})>=60,\"中\","
            "\"差\"))))",
            s);
      } else if (blank()) {
        c.role = CellRole::input;
      }
      grade_list(r, cols.grade);
      used = std::max(used, cols.grade);
    }
    for (std::uint32_t c = used + 1; c <= width_; ++c) put(r, c, CellRole::label);
  }
}

std::string Builder::sum_formula(bool score) const {
  std::vector<std::string> parts;
  for (const auto& t : tables_) {
    if (score && !t.sections.empty() && t.section_score_col) {
      for (auto r : t.sections)
        parts.push_back(xlsx::cell_name(xlsx::CellRef{r, t.section_score_col}));
      continue;
    }
    std::uint32_t c = score ? t.score_col : t.weight_col;
    if (c && t.last >= t.first)
      parts.push_back(xlsx::range_name(xlsx::RangeRef{{t.first, c}, {t.last, c}}));
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

void Builder::grade_list_range(std::uint32_t r1, std::uint32_t c1, std::uint32_t r2,
                               std::uint32_t c2) {
  list(r1, c1, r2, c2, kGrades, true, "等级", "优 ≥90，良 80–90，中 60–80，差 <60");
}

}  // namespace evalbook::report::layout_detail
