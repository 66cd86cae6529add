#include "xlsx/cell_ref.h"

#include <algorithm>

namespace evalbook::xlsx {

namespace {
constexpr std::uint32_t kMaxColumn = 16384;
constexpr std::uint32_t kMaxRow = 1048576;

bool is_upper_or_lower(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
}  // namespace

std::optional<std::uint32_t> parse_column(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  std::uint32_t column = 0;
  for (char c : letters) {
    if (!is_upper_or_lower(c)) return std::nullopt;
    column = column * 26 + static_cast<std::uint32_t>((c | 0x20) - 'a' + 1);
  }
  if (column > kMaxColumn) return std::nullopt;
  return column;
}

std::optional<CellRef> parse_cell_ref(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  std::size_t letters_start = i;
  while (i < text.size() && is_upper_or_lower(text[i])) ++i;
  auto column = parse_column(text.substr(letters_start, i - letters_start));
  if (!column) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  if (i >= text.size() || text[i] == '0') return std::nullopt;
  std::uint64_t row = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + static_cast<std::uint64_t>(c - '0');
    if (row > kMaxRow) return std::nullopt;
  }
  if (row == 0) return std::nullopt;
  return CellRef{static_cast<std::uint32_t>(row), *column};
}

std::string column_name(std::uint32_t column) {
  std::string name;
  while (column > 0) {
    std::uint32_t rem = (column - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + rem));
    column = (column - 1) / 26;
  }
  return name;
}

std::string cell_name(CellRef ref) { return column_name(ref.column) + std::to_string(ref.row); }

std::optional<RangeRef> parse_range_ref(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos) {
    auto single = parse_cell_ref(text);
    if (!single) return std::nullopt;
    return RangeRef{*single, *single};
  }
  auto first = parse_cell_ref(text.substr(0, colon));
  auto last = parse_cell_ref(text.substr(colon + 1));
  if (!first || !last) return std::nullopt;
  RangeRef range{{std::min(first->row, last->row), std::min(first->column, last->column)},
                 {std::max(first->row, last->row), std::max(first->column, last->column)}};
  return range;
}

std::string range_name(const RangeRef& range) {
  if (range.first == range.last) return cell_name(range.first);
  return cell_name(range.first) + ":" + cell_name(range.last);
}

}  // namespace evalbook::xlsx
