#include "template/block_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

#include "model/indicator_value.h"
#include "template/cell_reading.h"
#include "template/normalize.h"

namespace evalbook::tmpl {

namespace {

using model::Node;
using model::Scalar;

class BlockReader : public FormPart {
 public:
  using FormPart::FormPart;

  struct Token {
    std::uint32_t column;
    std::optional<double> number;
  };

  // Assigns values to fields (ordered by their header column): in order when the counts agree
  // (or when the header lacks some of the form's columns and the row has a value for each of
  // them), otherwise by column under the shift that lines most of them up. `shift` receives
  // the shift used, so blank fields still know their cell.
  std::map<std::string, Token> align(
      const std::vector<Token>& values,
      const std::vector<std::pair<std::string, std::uint32_t>>& fields,
      const std::vector<ColumnSpec>& all_columns, long& shift) {
    std::map<std::string, Token> out;
    shift = 0;
    if (values.size() == fields.size()) {
      for (std::size_t i = 0; i < values.size(); ++i) out[fields[i].first] = values[i];
      shift = static_cast<long>(values.front().column) - static_cast<long>(fields.front().second);
      return out;
    }
    if (fields.size() < all_columns.size() && values.size() >= all_columns.size()) {
      for (std::size_t i = 0; i < all_columns.size(); ++i) out[all_columns[i].field] = values[i];
      return out;
    }
    std::size_t best_hits = 0;
    for (int s : {0, 1, -1, 2, -2}) {
      std::size_t hits = 0;
      for (const auto& v : values) {
        for (const auto& f : fields) {
          if (static_cast<long>(v.column) - s == static_cast<long>(f.second)) ++hits;
        }
      }
      if (hits > best_hits) {
        best_hits = hits;
        shift = s;
      }
    }
    for (const auto& v : values) {
      for (const auto& f : fields) {
        if (static_cast<long>(v.column) - shift == static_cast<long>(f.second)) out[f.first] = v;
      }
    }
    return out;
  }

  void extract_block(const BlockSpec& block) {
    auto header = find_header_row(block.columns, std::min<std::size_t>(3, block.columns.size()));
    if (!header) return;
    auto columns = header_columns(block.columns, *header);
    std::vector<std::pair<std::string, std::uint32_t>> ordered(columns.begin(), columns.end());
    std::sort(ordered.begin(), ordered.end(), [](auto& a, auto& b) { return a.second < b.second; });
    Node items = Node::array();
    // The total's fields are the form's own (or block.total_into's): present (null) even when
    // its row is blank.
    Node total_node = Node::object();
    for (const auto& col : block.columns) total_node.set(col.field, Node(blank(col.type)));
    std::uint32_t first_value_row = *header + (row_is_header(block.columns, *header + 1) ? 2 : 1);
    bool total_seen = false;
    for (std::uint32_t r = first_value_row;
         r < first_value_row + block.max_rows && r <= grid_.rows(); ++r) {
      std::uint32_t first = index_.first_column(r);
      if (first == 0) continue;
      if (block.end.matches(index_.at(r, first))) break;
      std::optional<std::uint32_t> label_column;
      std::vector<Token> values;
      for (std::uint32_t c = first; c <= grid_.columns(); ++c) {
        if (grid_.empty(r, c)) continue;
        auto number = cell_number_in_any_dress(grid_.at(r, c));
        if (number) {
          values.push_back(Token{c, number});
        } else if (!label_column && values.empty()) {
          label_column = c;
        }
      }
      if (!label_column) break;  // the block has ended
      if (values.empty() && !block.row_labels.matches(index_.at(r, *label_column))) break;
      long shift = 0;
      auto assigned = align(values, ordered, block.columns, shift);
      bool total = block.total_row.matches(index_.at(r, *label_column));
      total_seen = total_seen || total;
      Node item = Node::object();
      std::string prefix = total ? "" : fmt::format("{}[{}].", block.name, items.items().size());
      if (!total)
        item.set(block.row_label_field, Node(read(r, *label_column, ValueType::text, "")));
      for (const auto& col : block.columns) {
        auto it = assigned.find(col.field);
        Scalar s;
        if (it != assigned.end()) {
          s = read(r, it->second.column, col.type, prefix + col.field);
        } else if (columns.count(col.field)) {
          // A value cell holding no number ("#DIV/0!", "TRUE", "约8万"): read, so that it is a
          // finding at its own cell rather than a silent blank.
          s = read_or_blank_at(col.type, r, static_cast<long>(columns.at(col.field)) + shift,
                               prefix + col.field, label_column);
        } else {
          s = blank(col.type);
        }
        if (total) {
          total_node.set(col.field, Node(std::move(s)));
        } else {
          item.set(col.field, Node(std::move(s)));
        }
      }
      if (!total) items.push(std::move(item));
    }
    // No total row with values but a single source row (the total label sat on the header
    // row): that row is the total.
    if (!total_seen && items.items().size() == 1) {
      for (const auto& col : block.columns) {
        if (const Node* v = items.items().front().get(col.field)) total_node.set(col.field, *v);
      }
    }
    if (block.total_into.empty()) {
      for (const auto& [field, value] : total_node.fields()) form_.record.set(field, value);
    } else {
      form_.record.set(block.total_into, std::move(total_node));
    }
    form_.record.set(block.name, std::move(items));
  }
};

}  // namespace

void read_block(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
                model::FormRecord& form, const BlockSpec& block) {
  BlockReader(grid, spec, index, form).extract_block(block);
}

}  // namespace evalbook::tmpl
