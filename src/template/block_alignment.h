// Where the values of a block row (the funds rows and their total) belong when the row can be
// read at more than one offset against its headers: shifted left or right by one or two
// columns, a header repeated over two columns, a column missing. Each candidate reading is
// weighed by the form's own arithmetic (结余 = 预算 − 执行, 执行率 = 执行 ÷ 预算, 得分 ≤ 分值, the
// total row = the sum of the source rows), and the reading its identities confirm is taken.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "template/template_spec.h"

namespace evalbook::tmpl {

// One way of reading a row: the column each field's value is read from.
struct Alignment {
  std::map<std::string, std::uint32_t> columns;
  long shift = 0;         // columns right of the headers (blank fields' cells move with it)
  bool in_order = false;  // values taken in order, whatever their columns
};

// The readings worth weighing, most plausible first: the values in order when their count is
// that of the headers (or of the form's columns, when the header lacks some), else the shift
// that puts the most values under a header; then the row at `neighbour_shift` (the offset the
// row above was read at), then at shifts 0, +1, −1, +2, −2.
// Identical readings are listed once. `header` is (field, header column), by column.
std::vector<Alignment> candidate_alignments(
    const std::vector<std::uint32_t>& value_columns,
    const std::vector<std::pair<std::string, std::uint32_t>>& header,
    const std::vector<ColumnSpec>& all_columns, std::optional<long> neighbour_shift);

// The row read under its headers: each value to the field whose header stands over it.
Alignment under_headers(const std::vector<std::uint32_t>& value_columns,
                        const std::vector<std::pair<std::string, std::uint32_t>>& header);

// How far the row's own arithmetic bears a reading out.
struct IdentityCheck {
  std::vector<std::string> confirmed;  // "结余 = 预算 − 执行", ...
  std::vector<std::string> contradicted;
  int unplaced = 0;  // values of the row the reading puts under no column: evidence against it
  int balance() const {
    return static_cast<int>(confirmed.size()) - static_cast<int>(contradicted.size()) - unplaced;
  }
};

// The identities of the canonical funds fields over one reading's values (absent = blank). The
// source sums (field -> Σ of the source rows, with their count) are given for a total row only.
IdentityCheck check_identities(const std::map<std::string, double>& values,
                               const std::map<std::string, std::pair<double, int>>* source_sums);

// The sums a row of figures states (合计 = the sum of its parts; a blank part is 0), over one
// reading's values: a sum whose total is blank, or whose parts are all blank, proves nothing.
IdentityCheck check_sums(const std::map<std::string, double>& values,
                         const std::vector<std::pair<std::string, std::vector<std::string>>>& sums);

// The confirmed identities of a check, joined for a message ("结余 = 预算 − 执行、…").
std::string joined(const std::vector<std::string>& names);

// "右移 1 列", "左移 2 列", "按数值顺序", "按表头": how a reading places the values, for messages.
std::string describe_alignment(const Alignment& a);

}  // namespace evalbook::tmpl
