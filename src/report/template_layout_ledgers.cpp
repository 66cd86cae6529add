// Ledgers (公开表: 科目代码 | 科目名称 | columns, groups side by side) and numbered rows (公开09表)
// of a standard form.
#include <fmt/format.h>

#include <algorithm>

#include "report/template_layout_builder.h"
#include "template/normalize.h"

namespace evalbook::report::layout_detail {

namespace {

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

}  // namespace

std::vector<Builder::LedgerGroup> Builder::ledger_groups(const tmpl::LedgerSpec& l) const {
  std::vector<LedgerGroup> groups;
  const Node* items = blank() ? nullptr : member(record_, l.name);
  if (items && items->kind() == Node::Kind::array) {
    for (std::size_t k = 0; k < items->items().size(); ++k) {
      std::vector<std::size_t> cols;
      for (std::size_t i = 0; i < l.columns.size(); ++i) {
        if (member(&items->items()[k], l.columns[i].field)) cols.push_back(i);
      }
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const LedgerGroup& g) { return g.columns == cols; });
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

std::uint32_t Builder::ledger_width(const tmpl::LedgerSpec& l,
                                    const std::vector<LedgerGroup>& groups) {
  const auto& g = groups.back();
  return g.first + (l.name_labels.empty() ? 1 : 2) + static_cast<std::uint32_t>(g.columns.size()) -
         1;
}

void Builder::lay_ledger(std::size_t li) {
  const auto& l = spec_.ledgers[li];
  const bool named = !l.name_labels.empty();
  std::string key_head = label_text(l.key_labels);
  std::string name_head = named ? label_text(l.name_labels) : std::string();
  if (key_head.empty()) key_head = l.keyed_by_line ? "行次" : "科目代码";
  auto groups = ledger_groups(l);
  const Node* items = blank() ? nullptr : member(record_, l.name);
  // 科目代码 | 科目名称 | ... ; 项目 | 行次 | ... (as the forms print them)
  auto key_col = [&](const LedgerGroup& g) {
    return named && l.keyed_by_line ? g.first + 1 : g.first;
  };
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
  auto lay_row = [&](const std::vector<const Node*>& row_items,
                     const std::vector<std::string>& prefixes, const Node* total,
                     std::size_t total_group, const std::string& total_label) {
    std::string first;
    bool numbers = false;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      const Node* item = gi == total_group && total ? total : row_items[gi];
      for (std::size_t idx : groups[gi].columns)
        numbers = numbers || has_value(scalar_of(item, l.columns[idx].field));
      if (gi == 0) {
        first = total && gi == total_group
                    ? total_label
                    : as_text(scalar_of(item, named && l.keyed_by_line
                                                  ? "name"
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
        value_cell(r, value_col(g, k), col.field, col.type, scalar_of(item, col.field), true,
                   CellRole::input, (is_total ? l.total_into + "." : prefixes[gi]) + col.field);
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
        warn(fmt::format("台账 {} 没有合计标签，{} 未写入", l.name, l.total_into, l.name));
      } else {
        // The total goes in the first group that has all its columns.
        std::size_t tg = 0;
        for (std::size_t gi = 0; gi < groups.size(); ++gi) {
          bool all = true;
          for (const auto& entry : total->fields()) {
            const auto& field =
                entry.first;  // a plain reference: clang 14 cannot capture a binding
            all =
                all && std::any_of(groups[gi].columns.begin(), groups[gi].columns.end(),
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
  p.what = fmt::format("台账 {}", l.name);
  pending_ = std::move(p);
  if (auto it = plan_.after_ledger.find(li); it != plan_.after_ledger.end())
    caption_row(it->second, CellRole::caption);
}

void Builder::lay_numbered_rows() {
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
    text_cell(cr, static_cast<std::uint32_t>(number), CellRole::header,
              it != kNumberedCaptions.end() ? it->second : field);
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

}  // namespace evalbook::report::layout_detail
