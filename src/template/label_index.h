// Finding labels in a form sheet: every cell's normalised text computed once, searched in
// reading order.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

struct Position {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
};

class LabelIndex {
 public:
  explicit LabelIndex(const SheetGrid& grid);
  // The index of `window` (a rows_window of the grid `whole` was built on): the normalised texts
  // are shared, only the lookup of the window's own labels is built.
  LabelIndex(const LabelIndex& whole, const SheetGrid& window);
  LabelIndex(const LabelIndex&) = delete;  // texts_ views the strings of norm_
  LabelIndex& operator=(const LabelIndex&) = delete;
  const std::string& at(std::uint32_t row, std::uint32_t column) const;
  // The first cell, row by row from `from_row`, whose normalised text the labels match.
  std::optional<Position> find(const LabelSet& labels, std::uint32_t from_row = 1,
                               std::uint32_t to_row = UINT32_MAX) const;
  // First non-empty cell of a row, or 0.
  std::uint32_t first_column(std::uint32_t row) const;
  // Whether some cell of the sheet matches: exact labels by a hash lookup (detection asks this
  // for every label of every template), prefixes and patterns by a scan.
  bool contains(const LabelSet& labels) const;

 private:
  using Texts = std::vector<std::vector<std::string>>;
  void collect_texts();

  const SheetGrid& grid_;
  std::shared_ptr<const Texts> norm_;
  std::unordered_set<std::string_view> texts_;  // views into norm_, which never moves
};

}  // namespace evalbook::tmpl
