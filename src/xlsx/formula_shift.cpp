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
