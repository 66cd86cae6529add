#include "template/label_index.h"

#include <algorithm>

#include "template/normalize.h"

namespace evalbook::tmpl {

LabelIndex::LabelIndex(const SheetGrid& grid) : grid_(grid) {
  auto norm = std::make_shared<Texts>(grid.rows());
  for (std::uint32_t r = grid.first_row(); r <= grid.rows(); ++r) {
    auto& row = (*norm)[r - 1];
    row.resize(grid.width(r));
    for (std::uint32_t c = 1; c <= grid.width(r); ++c) {
      if (!grid.empty(r, c)) row[c - 1] = normalize_label(grid.at(r, c).text);
    }
  }
  norm_ = std::move(norm);
  collect_texts();
}

LabelIndex::LabelIndex(const LabelIndex& whole, const SheetGrid& window)
    : grid_(window), norm_(whole.norm_) {
  collect_texts();
}

void LabelIndex::collect_texts() {
  // Views are taken only once every string sits where it stays.
  for (std::uint32_t r = grid_.first_row(); r <= std::min<std::size_t>(grid_.rows(), norm_->size());
       ++r) {
    for (const auto& text : (*norm_)[r - 1]) {
      if (!text.empty()) texts_.insert(text);
    }
  }
}

const std::string& LabelIndex::at(std::uint32_t row, std::uint32_t column) const {
  static const std::string kEmpty;
  if (row < grid_.first_row() || row > grid_.rows() || column == 0 || row > norm_->size() ||
      column > (*norm_)[row - 1].size())
    return kEmpty;
  return (*norm_)[row - 1][column - 1];
}

std::optional<Position> LabelIndex::find(const LabelSet& labels, std::uint32_t from_row,
                                         std::uint32_t to_row) const {
  for (std::uint32_t r = std::max(from_row, grid_.first_row());
       r <= std::min<std::uint32_t>(grid_.rows(), to_row); ++r) {
    for (std::uint32_t c = 1; c <= grid_.width(r); ++c) {
      if (labels.matches(at(r, c))) return Position{r, c};
    }
  }
  return std::nullopt;
}

bool LabelIndex::contains(const LabelSet& labels) const {
  for (const auto& label : labels.exact) {
    if (texts_.count(std::string_view(label))) return true;
  }
  if (labels.prefix.empty() && labels.patterns.empty()) return false;
  for (const auto& text : texts_) {
    if (labels.matches(text)) return true;
  }
  return false;
}

std::uint32_t LabelIndex::first_column(std::uint32_t row) const {
  for (std::uint32_t c = 1; c <= grid_.width(row); ++c) {
    if (!grid_.empty(row, c)) return c;
  }
  return 0;
}

}  // namespace evalbook::tmpl
