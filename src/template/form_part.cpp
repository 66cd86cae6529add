#include "template/form_part.h"

#include <fmt/format.h>

#include <set>
#include <string_view>

#include "template/cell_reading.h"

namespace evalbook::tmpl {

model::Scalar FormPart::blank(ValueType type) const { return blank_scalar(type); }

model::Scalar FormPart::read(std::uint32_t row, std::uint32_t column, ValueType type,
                             const std::string& path) {
  return read_scalar(grid_, row, column, type, path, form_.findings);
}

// A blank value that still knows the cell it belongs in (for a fix to write to).
model::Scalar FormPart::blank_at(ValueType type, std::uint32_t row, long column) const {
  model::Scalar s = blank(type);
  if (column >= 1 && column <= 16384)
    s.cell = xlsx::CellRef{row, static_cast<std::uint32_t>(column)};
  return s;
}

model::Scalar FormPart::read_or_blank_at(ValueType type, std::uint32_t row, long column,
                                         const std::string& path,
                                         std::optional<std::uint32_t> label_column) {
  if (column < 1 || column > static_cast<long>(grid_.columns()) ||
      (label_column && static_cast<long>(*label_column) == column) ||
      grid_.empty(row, static_cast<std::uint32_t>(column)))
    return blank_at(type, row, column);
  return read(row, static_cast<std::uint32_t>(column), type, path);
}

void FormPart::note(const std::string& rule, const std::string& severity, const std::string& field,
                    std::optional<xlsx::CellRef> cell, const std::string& message) {
  model::Finding f;
  f.rule = rule;
  f.severity = severity;
  f.field = field;
  f.sheet = grid_.sheet_name();
  if (cell) f.cell = xlsx::cell_name(*cell);
  f.message = message;
  form_.findings.push_back(std::move(f));
}

// A column's labels are tried in their order, so "三级指标" can win over "二级指标" for the
// same column in forms that name their levels one step apart; a column already taken by an
// earlier spec column is not taken twice.
std::map<std::string, std::uint32_t> FormPart::header_columns(
    const std::vector<ColumnSpec>& columns, std::uint32_t header_row) const {
  std::map<std::string, std::uint32_t> found;
  std::set<std::uint32_t> taken;
  for (const auto& col : columns) {
    std::vector<LabelSet> tries;
    for (const auto& label : col.labels.exact) tries.push_back(LabelSet{{label}, {}, {}});
    for (const auto& label : col.labels.prefix) tries.push_back(LabelSet{{}, {label}, {}});
    for (const auto& re : col.labels.patterns) tries.push_back(LabelSet{{}, {}, {re}});
    for (const auto& one : tries) {
      for (std::uint32_t r = header_row; r <= header_row + 1 && !found.count(col.field); ++r) {
        for (std::uint32_t c = 1; c <= grid_.width(r); ++c) {
          if (!taken.count(c) && one.matches(index_.at(r, c))) {
            found[col.field] = c;
            taken.insert(c);
            break;
          }
        }
      }
      if (found.count(col.field)) break;
    }
  }
  return found;
}

// The first row where at least `need` column labels stand.
std::optional<std::uint32_t> FormPart::find_header_row(const std::vector<ColumnSpec>& columns,
                                                       std::size_t need) const {
  for (std::uint32_t r = 1; r <= grid_.rows(); ++r) {
    std::size_t hits = 0;
    for (std::uint32_t c = 1; c <= grid_.width(r); ++c) {
      for (const auto& col : columns) {
        if (col.labels.matches(index_.at(r, c))) {
          ++hits;
          break;
        }
      }
    }
    if (hits >= need) return r;
  }
  return std::nullopt;
}

// A row holding at least as many header labels as the table's header row needs.
bool FormPart::find_header_row_at(const TableSpec& table, std::uint32_t row) const {
  std::size_t need = std::min<std::size_t>(4, table.columns.size());
  std::size_t hits = 0;
  for (std::uint32_t c = 1; c <= grid_.width(row); ++c) {
    for (const auto& col : table.columns) {
      if (col.labels.matches(index_.at(row, c))) {
        ++hits;
        break;
      }
    }
  }
  return hits >= need;
}

bool FormPart::row_is_header(const std::vector<ColumnSpec>& columns, std::uint32_t row) const {
  for (std::uint32_t c = 1; c <= grid_.width(row); ++c) {
    for (const auto& col : columns) {
      if (col.labels.matches(index_.at(row, c))) return true;
    }
  }
  return false;
}

bool FormPart::is_note_row(std::uint32_t row) const {
  std::uint32_t first = index_.first_column(row);
  if (first == 0) return false;
  // Labels are normalised: a full-width colon is ":" here, spaces are gone. The colon is what
  // tells a note from an indicator named 注册企业数 or 说明会场次.
  std::string_view text = index_.at(row, first);
  for (std::string_view opening : {"注:", "说明:", "备注:", "填表说明:"}) {
    if (text.substr(0, opening.size()) == opening) return true;
  }
  return false;
}

}  // namespace evalbook::tmpl
