#include "xlsx/formula_shift.h"

#include <cctype>

#include "xlsx/cell_ref.h"

namespace evalbook::xlsx {

namespace {

constexpr long kMaxRow = 1048576;
constexpr long kMaxColumn = 16384;

bool is_ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct RefParts {
  bool col_abs = false;
  std::string_view letters;
  bool row_abs = false;
  std::string_view digits;
};

// Parses [$]LETTERS[$]DIGITS exactly spanning `token`.
bool parse_ref(std::string_view token, RefParts& parts) {
  std::size_t i = 0;
  if (i < token.size() && token[i] == '$') {
    parts.col_abs = true;
    ++i;
  }
  std::size_t l = i;
  while (i < token.size() && std::isalpha(static_cast<unsigned char>(token[i]))) ++i;
  parts.letters = token.substr(l, i - l);
  if (parts.letters.empty() || parts.letters.size() > 3) return false;
  if (i < token.size() && token[i] == '$') {
    parts.row_abs = true;
    ++i;
  }
  std::size_t d = i;
  while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i]))) ++i;
  parts.digits = token.substr(d, i - d);
  return i == token.size() && !parts.digits.empty() && parse_column(parts.letters).has_value();
}

std::string shift_ref(const RefParts& parts, long row_offset, long column_offset) {
  long column = static_cast<long>(*parse_column(parts.letters));
  // Past Excel's last row a reference is off the sheet however many digits it has (std::stol
  // would throw on twenty of them).
  long row = 0;
  for (char d : parts.digits) {
    row = row * 10 + (d - '0');
    if (row > kMaxRow) return "#REF!";
  }
  if (!parts.col_abs) column += column_offset;
  if (!parts.row_abs) row += row_offset;
  if (column < 1 || column > kMaxColumn || row < 1 || row > kMaxRow) return "#REF!";
  std::string out;
  if (parts.col_abs) out += '$';
  out += column_name(static_cast<std::uint32_t>(column));
  if (parts.row_abs) out += '$';
  out += std::to_string(row);
  return out;
}

// One end of a whole-column (A:A) or whole-row (1:1) range: [$]LETTERS or [$]DIGITS only.
struct LineEnd {
  bool absolute = false;
  long number = 0;  // column or row
};

bool parse_line_end(std::string_view token, bool columns, LineEnd& end) {
  std::size_t i = 0;
  if (i < token.size() && token[i] == '$') {
    end.absolute = true;
    ++i;
  }
  const std::string_view body = token.substr(i);
  if (body.empty() || body.size() > 7) return false;
  for (char c : body) {
    if (columns ? !std::isalpha(static_cast<unsigned char>(c))
                : !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  }
  if (columns) {
    const auto column = parse_column(body);
    if (!column) return false;
    end.number = static_cast<long>(*column);
  } else {
    end.number = std::stol(std::string(body));
  }
  return end.number >= 1 && end.number <= (columns ? kMaxColumn : kMaxRow);
}

// Moves one end; false when it leaves the sheet.
bool shift_line_end(LineEnd& end, long offset, bool columns, std::string& out) {
  if (!end.absolute) end.number += offset;
  if (end.number < 1 || end.number > (columns ? kMaxColumn : kMaxRow)) return false;
  if (end.absolute) out += '$';
  out += columns ? column_name(static_cast<std::uint32_t>(end.number)) : std::to_string(end.number);
  return true;
}

// The identifier-like token that starts at `i`: [$A-Za-z0-9_.] and bytes past ASCII.
std::size_t token_end(std::string_view formula, std::size_t i) {
  while (i < formula.size() && (formula[i] == '$' || is_ident_char(formula[i]))) ++i;
  return i;
}

// A whole-column or whole-row range at `i` ("A:B", "$1:$1"), shifted as Excel shifts it: a
// column range moves with the columns only, a row range with the rows only. Returns the end of
// the range, or 0 when there is none at `i`.
std::size_t shift_line_range(std::string_view formula, std::size_t i, long row_offset,
                             long column_offset, std::string& out) {
  const std::size_t first_end = token_end(formula, i);
  if (first_end >= formula.size() || formula[first_end] != ':') return 0;
  const std::size_t second_end = token_end(formula, first_end + 1);
  if (second_end < formula.size() && (formula[second_end] == '(' || formula[second_end] == '!'))
    return 0;
  const std::string_view first = formula.substr(i, first_end - i);
  const std::string_view second = formula.substr(first_end + 1, second_end - first_end - 1);
  for (bool columns : {true, false}) {
    LineEnd a;
    LineEnd b;
    if (!parse_line_end(first, columns, a) || !parse_line_end(second, columns, b)) continue;
    const long offset = columns ? column_offset : row_offset;
    std::string range;
    if (shift_line_end(a, offset, columns, range)) {
      range += ':';
      if (shift_line_end(b, offset, columns, range)) {
        out += range;
        return second_end;
      }
    }
    out += "#REF!";
    return second_end;
  }
  return 0;
}

}  // namespace

std::string shift_formula(std::string_view formula, long row_offset, long column_offset) {
  std::string out;
  out.reserve(formula.size() + 8);
  std::size_t i = 0;
  const std::size_t n = formula.size();
  while (i < n) {
    char c = formula[i];
    if (c == '"' || c == '\'') {  // string literal or quoted sheet name: copy through
      std::size_t j = i + 1;
      while (j < n) {
        if (formula[j] == c) {
          if (j + 1 < n && formula[j + 1] == c) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      std::size_t end = j < n ? j + 1 : n;
      out.append(formula.substr(i, end - i));
      i = end;
      continue;
    }
    if (c == '[') {  // structured reference or external book index: copy through
      std::size_t close = formula.find(']', i);
      std::size_t end = close == std::string_view::npos ? n : close + 1;
      out.append(formula.substr(i, end - i));
      i = end;
      continue;
    }
    if (c == '$' || is_ident_char(c)) {
      if (std::size_t end = shift_line_range(formula, i, row_offset, column_offset, out)) {
        i = end;
        continue;
      }
      std::size_t j = i;
      while (j < n && (formula[j] == '$' || is_ident_char(formula[j]))) ++j;
      std::string_view token = formula.substr(i, j - i);
      bool is_function = j < n && formula[j] == '(';
      bool is_sheet = j < n && formula[j] == '!';
      RefParts parts;
      if (!is_function && !is_sheet && parse_ref(token, parts)) {
        out += shift_ref(parts, row_offset, column_offset);
      } else {
        out.append(token);
      }
      i = j;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace evalbook::xlsx
