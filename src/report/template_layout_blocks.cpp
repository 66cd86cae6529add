// Blocks of a standard form (资金 tables: header, total row, one row per item) and the formulas
// of their computed columns (the knowledge table of template_writer.h).
#include <fmt/format.h>

#include <algorithm>

#include "report/template_layout_builder.h"
#include "template/normalize.h"

namespace evalbook::report::layout_detail {

void Builder::lay_block(std::size_t bi) {
  const auto& b = spec_.blocks[bi];
  const std::size_t n = b.columns.size();
  std::vector<std::string> heads;
  for (const auto& col : b.columns) heads.push_back(label_text(col.labels));
  const bool printed = bi == 0 && furniture_ != nullptr;
  std::string row_head = bi == 0 && !plan_.block_row_header.empty() ? plan_.block_row_header
                         : printed                                  ? furniture_->funds_header
                         : spec_.family == "project"                ? kProjectFundsHeader
                                                                    : "项目";
  // A group header over adjacent columns.
  std::size_t g_first = n;
  std::size_t g_count = 0;
  std::string g_label;
  for (const auto& gh : kGroupHeaders) {
    if (!plan_.group_headers.count(tmpl::normalize_label(gh.label))) continue;
    for (std::size_t i = 0; i + gh.fields.size() <= n; ++i) {
      bool all = true;
      for (std::size_t k = 0; k < gh.fields.size(); ++k)
        all = all && b.columns[i + k].field == gh.fields[k];
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
  // The last column stretches to the form's edge, or to the printed reason column.
  const std::uint32_t reason = reason_column(b);
  auto right = [&](std::size_t i) {
    if (i + 1 == n && reason) return reason - 1;
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

  if (reason) {
    text_cell(hr, reason, CellRole::header, furniture_->funds_reason_head);
    merge(hr, reason, row_, width_);
  }

  std::string total_label = label_text(b.total_row);
  const Node* total_src =
      blank() ? nullptr : (b.total_into.empty() ? record_ : member(record_, b.total_into));
  bool total_has_value = false;
  for (const auto& col : b.columns)
    total_has_value = total_has_value || has_value(scalar_of(total_src, col.field));
  if (!blank() && total_label.empty() && total_has_value) {
    warn(fmt::format("区块 {} 没有合计行标签，合计值未写入", b.name, b.name));
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
    if (blank_labels.empty() && printed) blank_labels = furniture_->fund_rows;
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
    block_row_tail(b, r);
  }
  std::uint32_t last_item = row_;
  if (!total_first && !total_label.empty() && !blank()) {
    total_row = block_total_row(b, total_label, total_src, total_has_value);
  }
  if (total_row && last_item >= first_item) {
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
  p.what = fmt::format("区块 {}", b.name);
  pending_ = std::move(p);
  if (printed) goal_rows();
  if (auto it = plan_.after_block.find(bi); it != plan_.after_block.end())
    caption_row(it->second, CellRole::caption);
}

std::uint32_t Builder::block_total_row(const tmpl::BlockSpec& b, const std::string& label,
                                       const Node* src, bool has_values) {
  std::uint32_t r = start_row(label, has_values || blank());
  text_cell(r, 1, CellRole::label, label);
  block_values(b, r, src, b.total_into.empty() ? std::string() : b.total_into + ".");
  block_row_tail(b, r);
  for (std::size_t i = 0; i < b.columns.size(); ++i) {
    if (b.columns[i].field == "execution_score" || b.columns[i].field == "execution_weight")
      field_cells_[b.columns[i].field] = xlsx::CellRef{r, static_cast<std::uint32_t>(i + 2)};
  }
  return r;
}

std::uint32_t Builder::reason_column(const tmpl::BlockSpec& b) const {
  if (!furniture_ || &b != &spec_.blocks.front() || furniture_->funds_reason_head.empty()) return 0;
  const auto column = static_cast<std::uint32_t>(b.columns.size() + 2);
  return column <= width_ ? column : 0;
}

void Builder::block_row_tail(const tmpl::BlockSpec& b, std::uint32_t r) {
  const auto n = static_cast<std::uint32_t>(b.columns.size());
  if (const std::uint32_t reason = reason_column(b)) {
    // A place for the reason, as printed; nothing the reader takes.
    LayoutCell& c = put(r, reason, CellRole::input);
    c.text_input = true;
    c.wrap = true;
    merge(r, reason, r, width_);
  } else if (n + 1 < width_) {
    merge(r, n + 1, r, width_);
  }
}

LayoutCell* Builder::find_cell(std::uint32_t r, std::uint32_t c) {
  auto it = cells_.find({r, c});
  return it == cells_.end() ? nullptr : &it->second;
}

void Builder::block_values(const tmpl::BlockSpec& b, std::uint32_t r, const Node* src,
                           const std::string& prefix) {
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
    LayoutCell& cell =
        value_cell(r, c, col.field, col.type, blank() ? nullptr : scalar_of(src, col.field), true,
                   formula.empty() ? CellRole::input : CellRole::computed, prefix + col.field);
    cell.formula = formula;
  }
}

std::string Builder::row_formula(const std::string& field,
                                 const std::map<std::string, std::string>& ref,
                                 const std::map<std::string, ValueType>& type) {
  auto has = [&](const char* f) { return ref.count(f) > 0; };
  if (field == "budget_balance" && has("budget_full_year") && has("executed")) {
    return fmt::format("=IF(COUNT({0},{1})=0,\"\",N({0})-N({1}))", ref.at("budget_full_year"),
                       ref.at("executed"));
  }
  if (field == "execution_rate" && has("budget_full_year") && has("executed")) {
    bool units = type.at(field) == ValueType::percent_units;
    return fmt::format("=IF(COUNT({0},{1})=0,\"\",IF(N({0})=0,0,ROUND(N({1})/N({0}){2})))",
                       ref.at("budget_full_year"), ref.at("executed"), units ? "*100,2" : ",4");
  }
  if (field == "execution_score" && has("execution_rate")) {
    bool units = type.at("execution_rate") == ValueType::percent_units;
    std::string rate = ref.at("execution_rate");
    std::string share =
        units ? fmt::format("MIN(N({}),100)/100", rate) : fmt::format("MIN(N({}),1)", rate);
    std::string weight =
        has("execution_weight") ? fmt::format("N({})", ref.at("execution_weight")) : "10";
    return fmt::format("=IF(COUNT({0})=0,\"\",ROUND({1}*{2},2))", rate, share, weight);
  }
  if (field == "amount" && has("fiscal") && has("other")) {
    return fmt::format("=IF(COUNT({0},{1})=0,\"\",N({0})+N({1}))", ref.at("fiscal"),
                       ref.at("other"));
  }
  return "";
}

}  // namespace evalbook::report::layout_detail
