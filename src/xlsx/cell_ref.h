// A1-style cell references: "C5" <-> (row 5, column 3), both 1-based.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

struct CellRef {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based
  friend bool operator==(const CellRef&, const CellRef&) = default;
};

// "A" -> 1, "XFD" -> 16384; nullopt for anything else (lower case accepted, '$' not).
std::optional<std::uint32_t> parse_column(std::string_view letters);
// "C5", "c5", "$C$5" -> {5, 3}; nullopt when not a valid reference within XFD1048576.
std::optional<CellRef> parse_cell_ref(std::string_view text);
std::string column_name(std::uint32_t column);
std::string cell_name(CellRef ref);

struct RangeRef {
  CellRef first;
  CellRef last;
  bool contains(CellRef c) const {
    return c.row >= first.row && c.row <= last.row && c.column >= first.column &&
           c.column <= last.column;
  }
};
// "A1:C3" or a single "B2"; nullopt when malformed.
std::optional<RangeRef> parse_range_ref(std::string_view text);
std::string range_name(const RangeRef& range);

}  // namespace evalbook::xlsx
