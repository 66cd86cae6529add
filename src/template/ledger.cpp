#include "template/ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <set>

#include "template/block_alignment.h"
#include "template/cell_reading.h"

namespace evalbook::tmpl {

namespace {

using model::Node;

struct Group {
  std::uint32_t key_column = 0;
  std::uint32_t name_column = 0;  // 0 when the group has no name column
  std::uint32_t first = 0;        // the group's column span
  std::uint32_t last = 0;
  std::vector<std::pair<const ColumnSpec*, std::uint32_t>> columns;
};

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The row numbering the columns (栏次 1 2 3...): its first cell says 栏次/档次, or all its
// cells are the numbers 1..n in order.
bool is_numbering_row(const SheetGrid& grid, const LabelIndex& index, std::uint32_t r) {
  std::uint32_t first = index.first_column(r);
  if (first == 0) return false;
  const std::string& head = index.at(r, first);
  if (head == "栏次" || head == "档次") return true;
  int expected = 1;
  for (std::uint32_t c = first; c <= grid.width(r); ++c) {
    if (grid.empty(r, c)) continue;
    if (index.at(r, c) != std::to_string(expected)) return false;
    ++expected;
  }
  return expected > 2;
}

std::vector<Group> find_groups(const SheetGrid& grid, const LabelIndex& index,
                               const LedgerSpec& spec, std::uint32_t key_row) {
  std::vector<Group> groups;
  for (std::uint32_t c = 1; c <= grid.width(key_row); ++c) {
    if (!spec.key_labels.matches(index.at(key_row, c))) continue;
    Group g;
    g.key_column = c;
    groups.push_back(std::move(g));
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    Group& g = groups[i];
    std::uint32_t k = g.key_column;
    if (!spec.name_labels.empty()) {
      if (spec.name_labels.matches(index.at(key_row, k + 1)))
        g.name_column = k + 1;
      else if (k > 1 && spec.name_labels.matches(index.at(key_row, k - 1)))
        g.name_column = k - 1;
    }
    g.first = g.name_column ? std::min(k, g.name_column) : k;
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    groups[i].last = i + 1 < groups.size() ? groups[i + 1].first - 1 : grid.columns();
  }
  // Column labels stand on the key row or up to two rows above it (two-level headers).
  for (auto& g : groups) {
    for (const auto& col : spec.columns) {
      bool found = false;
      for (std::uint32_t r = key_row >= 2 ? key_row - 2 : 1; r <= key_row && !found; ++r) {
        for (std::uint32_t c = g.first; c <= g.last && !found; ++c) {
          if (c == g.key_column || c == g.name_column) continue;
          if (col.labels.matches(index.at(r, c))) {
            g.columns.emplace_back(&col, c);
            found = true;
          }
        }
      }
    }
  }
  return groups;
}

// The offset a figure row is read at against its column numbers: under them, unless another
// offset is borne out better by the row's own sums (合计 = 各项之和) and leaves no figure outside
// the numbered columns. Returns the offset and the sums it confirms.
std::pair<long, std::vector<std::string>> numbered_row_offset(
    const SheetGrid& grid, const NumberedRowSpec& spec,
    const std::vector<std::pair<std::string, std::uint32_t>>& numbered, std::uint32_t row) {
  std::vector<std::uint32_t> figures;  // the row's cells holding a number
  for (std::uint32_t c = 1; c <= grid.width(row); ++c) {
    if (!grid.empty(row, c) && cell_number_in_any_dress(grid.at(row, c))) figures.push_back(c);
  }
  long best = 0;
  IdentityCheck best_check;
  for (long shift : {0L, 1L, -1L, 2L, -2L}) {
    std::map<std::string, double> values;
    std::set<long> read_from;
    for (const auto& [field, column] : numbered) {
      long c = static_cast<long>(column) + shift;
      read_from.insert(c);
      if (c < 1 || c > static_cast<long>(grid.columns())) continue;
      if (auto v = cell_number_in_any_dress(grid.at(row, static_cast<std::uint32_t>(c))))
        values[field] = *v;
    }
    IdentityCheck check = check_sums(values, spec.sums);
    for (std::uint32_t c : figures) check.unplaced += read_from.count(c) ? 0 : 1;
    // A reading on which no sum can be checked proves nothing against the column numbers.
    if (shift == 0 || (!check.confirmed.empty() && check.balance() > best_check.balance())) {
      best = shift;
      best_check = std::move(check);
    }
  }
  return {best, best_check.confirmed};
}

}  // namespace

void extract_ledger(const SheetGrid& grid, const LabelIndex& index, const LedgerSpec& spec,
                    Node& record, std::vector<model::Finding>& findings) {
  auto key_at = index.find(spec.key_labels);
  if (!key_at) return;
  std::uint32_t key_row = key_at->row;
  auto groups = find_groups(grid, index, spec, key_row);
  // Rows are listed group by group (down the 收入 side, then the 支出 side), as a clerk reads.
  struct PendingRow {
    Node item;
    std::vector<model::Finding> findings;  // paths hold "#" for the row's final index
  };
  std::vector<std::vector<PendingRow>> by_group(groups.size());
  Node total = Node::object();
  bool have_total = false;
  for (std::uint32_t r = key_row + 1; r <= grid.rows(); ++r) {
    std::uint32_t first = index.first_column(r);
    if (first == 0 || is_numbering_row(grid, index, r)) continue;
    if (spec.end.matches(index.at(r, first))) break;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& g = groups[gi];
      const std::string& key = index.at(r, g.key_column);
      const std::string& name = g.name_column ? index.at(r, g.name_column) : key;
      bool is_total = spec.total_labels.matches(key) || spec.total_labels.matches(name);
      std::string path;
      Node item = Node::object();
      std::vector<model::Finding> row_findings;
      if (is_total) {
        path = spec.total_into + ".";
      } else if (spec.keyed_by_line ? all_digits(key) : all_digits(key)) {
        path = spec.name + "[#].";
        model::Scalar k = read_scalar(grid, r, g.key_column,
                                      spec.keyed_by_line ? ValueType::number : ValueType::text,
                                      path + (spec.keyed_by_line ? "line" : "code"), row_findings);
        item.set(spec.keyed_by_line ? "line" : "code", Node(std::move(k)));
        if (g.name_column)
          item.set("name", Node(read_scalar(grid, r, g.name_column, ValueType::text, path + "name",
                                            row_findings)));
      } else {
        continue;  // a section heading or a subtotal label: not a keyed row
      }
      bool any_value = false;
      for (const auto& [col, c] : g.columns) {
        model::Scalar v = read_scalar(grid, r, c, col->type, path + col->field, row_findings);
        any_value = any_value || v.number.has_value() ||
                    (!v.raw.empty() && v.type == model::ScalarType::text);
        if (is_total) {
          total.set(col->field, Node(std::move(v)));
        } else {
          item.set(col->field, Node(std::move(v)));
        }
      }
      if (is_total) {
        have_total = true;
        findings.insert(findings.end(), row_findings.begin(), row_findings.end());
        continue;
      }
      const Node* n = item.get("name");
      bool named = n && !n->scalar().raw.empty();
      if (named || any_value)
        by_group[gi].push_back(PendingRow{std::move(item), std::move(row_findings)});
    }
  }
  Node rows = Node::array();
  for (auto& group : by_group) {
    for (auto& pending : group) {
      std::string index_text = std::to_string(rows.items().size());
      for (auto& f : pending.findings) {
        if (auto pos = f.field.find('#'); pos != std::string::npos)
          f.field.replace(pos, 1, index_text);
        findings.push_back(std::move(f));
      }
      rows.push(std::move(pending.item));
    }
  }
  record.set(spec.name, std::move(rows));
  if (have_total) record.set(spec.total_into, std::move(total));
}

void extract_numbered_row(const SheetGrid& grid, const NumberedRowSpec& spec, Node& record,
                          std::vector<model::Finding>& findings) {
  LabelIndex index(grid);
  for (std::uint32_t r = 1; r < grid.rows(); ++r) {
    if (!is_numbering_row(grid, index, r)) continue;
    std::uint32_t values_row = r + 1;
    while (values_row <= grid.rows() && index.first_column(values_row) == 0) ++values_row;
    std::vector<std::pair<std::string, std::uint32_t>> numbered;  // field -> its column
    for (const auto& [field, number] : spec.columns) {
      for (std::uint32_t c = 1; c <= grid.width(r); ++c) {
        if (index.at(r, c) == std::to_string(number)) {
          numbered.emplace_back(field, c);
          break;
        }
      }
    }
    auto [shift, confirmed] = numbered_row_offset(grid, spec, numbered, values_row);
    for (const auto& [field, column] : numbered) {
      long c = static_cast<long>(column) + shift;
      if (c < 1 || c > static_cast<long>(grid.columns())) continue;
      record.set(field, Node(read_scalar(grid, values_row, static_cast<std::uint32_t>(c),
                                         ValueType::number, field, findings)));
    }
    if (shift != 0) {
      model::Finding f;
      f.rule = "block_alignment";
      f.severity = "info";
      f.sheet = grid.sheet_name();
      f.cell = xlsx::cell_name(xlsx::CellRef{values_row, index.first_column(values_row)});
      f.message =
          fmt::format("第 {} 行的数值与栏次错位，比栏次{}移 {} 列读取，经 {} 核对无误", values_row,
                      shift > 0 ? "右" : "左", std::labs(shift), joined(confirmed));
      findings.push_back(std::move(f));
    }
    return;
  }
}

}  // namespace evalbook::tmpl
