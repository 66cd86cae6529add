#include "template/block_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

#include "model/indicator_value.h"
#include "template/block_alignment.h"
#include "template/cell_reading.h"
#include "template/normalize.h"

namespace evalbook::tmpl {

namespace {

using model::Node;
using model::Scalar;

class BlockReader : public FormPart {
 public:
  using FormPart::FormPart;

  void extract_block(const BlockSpec& block) {
    auto header = find_header_row(block.columns, std::min<std::size_t>(3, block.columns.size()));
    if (!header) return;
    auto columns = header_columns(block.columns, *header);
    std::vector<std::pair<std::string, std::uint32_t>> ordered(columns.begin(), columns.end());
    std::sort(ordered.begin(), ordered.end(), [](auto& a, auto& b) { return a.second < b.second; });
    std::uint32_t first_value_row = *header + (row_is_header(block.columns, *header + 1) ? 2 : 1);
    std::vector<BlockRow> rows = collect_rows(block, first_value_row);

    // Source rows first, each weighed with the offset of the row above; then the total rows,
    // which may also be weighed against the sum of the source rows.
    std::optional<long> neighbour;
    std::map<std::string, std::pair<double, int>> sums;
    for (auto& row : rows) {
      if (row.total) continue;
      choose(block, row, ordered, neighbour, nullptr);
      neighbour = row.alignment.shift;
      for (const auto& [field, column] : row.alignment.columns) {
        auto v = number_at(block, row.row, column, field);
        if (!v) continue;
        sums[field].first += *v;
        sums[field].second += 1;
      }
    }
    for (auto& row : rows) {
      if (row.total) choose(block, row, ordered, neighbour, sums.empty() ? nullptr : &sums);
    }

    Node items = Node::array();
    // The total's fields are the form's own (or block.total_into's): present (null) even when
    // its row is blank.
    Node total_node = Node::object();
    for (const auto& col : block.columns) total_node.set(col.field, Node(blank(col.type)));
    bool total_seen = false;
    for (const auto& row : rows) {
      total_seen = total_seen || row.total;
      Node item = Node::object();
      std::string prefix =
          row.total ? "" : fmt::format("{}[{}].", block.name, items.items().size());
      if (!row.total)
        item.set(block.row_label_field, Node(read(row.row, row.label_column, ValueType::text, "")));
      for (const auto& col : block.columns) {
        auto it = row.alignment.columns.find(col.field);
        Scalar s;
        if (it != row.alignment.columns.end()) {
          s = read(row.row, it->second, col.type, prefix + col.field);
        } else if (columns.count(col.field)) {
          // A value cell holding no number ("#DIV/0!", "TRUE", "约8万"): read, so that it is a
          // finding at its own cell rather than a silent blank.
          s = read_or_blank_at(col.type, row.row,
                               static_cast<long>(columns.at(col.field)) + row.alignment.shift,
                               prefix + col.field, row.label_column);
        } else {
          s = blank(col.type);
        }
        (row.total ? total_node : item).set(col.field, Node(std::move(s)));
      }
      if (!row.total) items.push(std::move(item));
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

 private:
  struct BlockRow {
    std::uint32_t row = 0;
    std::uint32_t label_column = 0;
    bool total = false;
    std::vector<std::uint32_t> values;  // columns holding numbers
    Alignment alignment;
  };

  // The block's rows: a label, then numbers; the block ends at its end label, at a row with no
  // label, or at a row with no number that is not one of its known (blank) rows.
  std::vector<BlockRow> collect_rows(const BlockSpec& block, std::uint32_t first_value_row) const {
    std::vector<BlockRow> rows;
    for (std::uint32_t r = first_value_row;
         r < first_value_row + block.max_rows && r <= grid_.rows(); ++r) {
      std::uint32_t first = index_.first_column(r);
      if (first == 0) continue;
      if (block.end.matches(index_.at(r, first)) || is_note_row(r)) break;
      BlockRow row;
      row.row = r;
      for (std::uint32_t c = first; c <= grid_.width(r); ++c) {
        if (grid_.empty(r, c)) continue;
        if (cell_number_in_any_dress(grid_.at(r, c))) {
          row.values.push_back(c);
        } else if (row.label_column == 0 && row.values.empty()) {
          row.label_column = c;
        }
      }
      if (row.label_column == 0) break;  // the block has ended
      const std::string& label = index_.at(r, row.label_column);
      if (row.values.empty() && !block.row_labels.matches(label)) break;
      row.total = block.total_row.matches(label);
      rows.push_back(std::move(row));
    }
    return rows;
  }

  // The value a reading gives a field, typed as its column (a rate as a fraction).
  std::optional<double> number_at(const BlockSpec& block, std::uint32_t row, std::uint32_t column,
                                  const std::string& field) const {
    ValueType type = ValueType::number;
    for (const auto& col : block.columns) {
      if (col.field == field) type = col.type;
    }
    if (type != ValueType::number && type != ValueType::percent_units) return std::nullopt;
    std::vector<model::Finding> ignored;  // the reading chosen is read again, with its findings
    return read_scalar(grid_, row, column, type, "", ignored).number;
  }

  // The reading whose identities hold best (the most plausible on a tie), with an info saying
  // how the row was read when that is not under its headers; when every reading contradicts
  // the row's arithmetic, the row is read under its headers and the warning says so.
  void choose(const BlockSpec& block, BlockRow& row,
              const std::vector<std::pair<std::string, std::uint32_t>>& header,
              std::optional<long> neighbour,
              const std::map<std::string, std::pair<double, int>>* sums) {
    auto candidates = candidate_alignments(row.values, header, block.columns, neighbour);
    std::vector<IdentityCheck> checks;
    for (const auto& a : candidates) {
      std::map<std::string, double> values;
      for (const auto& [field, column] : a.columns) {
        if (auto v = number_at(block, row.row, column, field)) values[field] = *v;
      }
      checks.push_back(check_identities(values, sums));
      checks.back().unplaced = static_cast<int>(row.values.size() - a.columns.size());
    }
    // The most plausible reading stands unless another is borne out better by the arithmetic: a
    // reading on which no identity can be checked proves nothing.
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
      if (!checks[i].confirmed.empty() && checks[i].balance() > checks[best].balance()) best = i;
    }
    const Alignment as_headed = under_headers(row.values, header);
    // A total row by the template's name for it (its wording varies: 资金总额, 年度资金总额, 合计);
    // a source row by its own label.
    std::string label = grid_.at(row.row, row.label_column).text;
    if (row.total && !block.total_row.prefix.empty()) label = block.total_row.prefix.front();
    if (row.total && !block.total_row.exact.empty()) label = block.total_row.exact.front();
    xlsx::CellRef at{row.row, row.label_column};
    if (checks[best].balance() < 0 && checks[best].confirmed.empty()) {
      row.alignment = as_headed;
      // One identity failing in every reading, with every value under its header, tells a wrong
      // figure rather than a shifted row, and that figure's own finding (执行率 at its cell) says
      // so already.
      if (checks[best].contradicted.size() == 1 && checks[best].unplaced == 0 &&
          candidates[best].columns == as_headed.columns)
        return;
      std::string broken;
      for (const auto& name : checks[best].contradicted)
        broken += (broken.empty() ? "" : "、") + name;
      note("block_alignment", "warning", block.name, at,
           fmt::format("“{}”行的数值无论按表头还是错位读取都不满足 {}，已按表头读取，"
                       "请核对各数所在的栏",
                       label, broken));
      return;
    }
    row.alignment = candidates[best];
    if (as_headed.columns == row.alignment.columns) return;
    std::string confirmed;
    for (const auto& name : checks[best].confirmed)
      confirmed += (confirmed.empty() ? "" : "、") + name;
    note("block_alignment", "info", block.name, at,
         fmt::format(
             "“{}”行的数值与表头错位，{}读取{}", label, describe_alignment(row.alignment),
             confirmed.empty() ? "（无可核对的算式）" : fmt::format("，经 {} 核对无误", confirmed),
             row.alignment.in_order ? "in the order of its values"
                                    : fmt::format("at offset {}", row.alignment.shift)));
  }
};

}  // namespace

void read_block(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
                model::FormRecord& form, const BlockSpec& block) {
  BlockReader(grid, spec, index, form).extract_block(block);
}

}  // namespace evalbook::tmpl
