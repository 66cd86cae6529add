#include "xlsx/biff_formula.h"

#include <charconv>
#include <cmath>
#include <iterator>

#include "xlsx/biff_bytes.h"
#include "xlsx/biff_functions.h"
#include "xlsx/biff_text.h"
#include "xlsx/cell_ref.h"

namespace evalbook::xlsx::biff {

namespace {

// Parsed-expression tokens (MS-XLS 2.5.198.25). Operand and function tokens carry a class in
// bits 5–6 (reference, value, array) that changes nothing in their text: base() folds it.
enum : std::uint8_t {
  kExp = 0x01,
  kAdd = 0x03,
  kRange = 0x11,
  kUplus = 0x12,
  kUminus = 0x13,
  kPercent = 0x14,
  kParen = 0x15,
  kMissArg = 0x16,
  kStr = 0x17,
  kAttr = 0x19,
  kErr = 0x1C,
  kBool = 0x1D,
  kInt = 0x1E,
  kNum = 0x1F,
  kFunc = 0x21,
  kFuncVar = 0x22,
  kName = 0x23,
  kRef = 0x24,
  kArea = 0x25,
  kMemArea = 0x26,
  kMemErr = 0x27,
  kMemNoMem = 0x28,
  kMemFunc = 0x29,
  kRefErr = 0x2A,
  kAreaErr = 0x2B,
  kRefN = 0x2C,
  kAreaN = 0x2D,
  kRef3d = 0x3A,
  kArea3d = 0x3B,
  kRefErr3d = 0x3C,
  kAreaErr3d = 0x3D,
};

// ptgAttr flags (MS-XLS 2.5.198.31–42).
constexpr std::uint8_t kAttrChoose = 0x04;
constexpr std::uint8_t kAttrSum = 0x10;
constexpr std::uint16_t kUserDefinedFunction = 255;
constexpr std::uint32_t kBiff8Rows = 65536;
constexpr std::uint32_t kBiff8Columns = 256;
constexpr std::size_t kMaxFormulaBytes = 4 * 8192;  // 8,192 characters of up to 4 UTF-8 bytes

std::uint8_t base(std::uint8_t ptg) { return ptg >= 0x20 ? ((ptg & 0x1F) | 0x20) : ptg; }

const char* binary_operator(std::uint8_t ptg) {
  static const char* const kOperators[] = {
      "+", "-", "*", "/", "^", "&", "<", "<=", "=", ">=", ">", "<>", " ", ",", ":"};
  return ptg >= kAdd && ptg <= kRange ? kOperators[ptg - kAdd] : nullptr;
}

// prefix + text + suffix, built by appending (GCC 12 warns falsely on "x" + std::string).
std::string wrap(std::string_view prefix, std::string_view text, std::string_view suffix) {
  std::string out;
  out.reserve(prefix.size() + text.size() + suffix.size());
  out.append(prefix).append(text).append(suffix);
  return out;
}

std::string number_text(double v) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  std::string text(buffer, ec == std::errc() ? end : buffer);
  for (char& c : text) {
    if (c == 'e') c = 'E';  // Excel writes 1E+20
  }
  return text;
}

// A cell address of a token: 16-bit row, then a column whose top bits say which parts are
// relative. Relative parts of a shared formula's tokens are offsets from the formula's cell.
struct Address {
  std::uint32_t row;
  std::uint32_t column;
  bool row_relative;
  bool column_relative;
};

Address address(std::uint16_t row, std::uint16_t column_field, const FormulaSite& site,
                bool offsets) {
  Address a{row, column_field & 0x3FFFu, (column_field & 0x8000) != 0,
            (column_field & 0x4000) != 0};
  if (offsets) {
    // Offsets wrap round the sheet as Excel's do: row by 16 bits, column by 8 bits.
    if (a.row_relative)
      a.row = (site.row + static_cast<std::uint32_t>(static_cast<std::int16_t>(row))) % kBiff8Rows;
    if (a.column_relative)
      a.column = (site.column +
                  static_cast<std::uint32_t>(static_cast<std::int8_t>(column_field & 0xFF))) %
                 kBiff8Columns;
  }
  return a;
}

std::string column_part(const Address& a) {
  return wrap(a.column_relative ? "" : "$", column_name(a.column + 1), "");
}
std::string row_part(const Address& a) {
  return wrap(a.row_relative ? "" : "$", std::to_string(a.row + 1), "");
}
std::string cell_text(const Address& a) { return column_part(a) + row_part(a); }

// Whole columns (A:A) and whole rows (1:1) are written as Excel writes them.
std::string area_text(const Address& first, const Address& last) {
  if (first.row == 0 && last.row == kBiff8Rows - 1 && first.row_relative == last.row_relative)
    return column_part(first) + ":" + column_part(last);
  if (first.column == 0 && last.column == kBiff8Columns - 1 &&
      first.column_relative == last.column_relative)
    return row_part(first) + ":" + row_part(last);
  return cell_text(first) + ":" + cell_text(last);
}

bool ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// "A1", "XFD7", "R", "C", "R1C1", "RC": names a formula would read as a reference.
bool looks_like_reference(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size() && ascii_letter(name[i])) ++i;
  if (i >= 1 && i <= 3 && i < name.size()) {
    std::size_t j = i;
    while (j < name.size() && ascii_digit(name[j])) ++j;
    if (j == name.size()) return true;
  }
  std::size_t k = 0;
  auto part = [&](char letter) {
    if (k < name.size() && (name[k] == letter || name[k] == letter + ('a' - 'A'))) {
      ++k;
      while (k < name.size() && ascii_digit(name[k])) ++k;
      return true;
    }
    return false;
  };
  const bool r = part('R');
  const bool c = part('C');
  return (r || c) && k == name.size();
}

// The token stream as a stack machine: each operand pushes its text, each operator and
// function pops its arguments and pushes the text they make together.
class Decoder {
 public:
  Decoder(std::string_view rgce, const FormulaNames& names, const FormulaSite& site)
      : rgce_(rgce), names_(names), site_(site) {}

  std::optional<std::string> run() {
    while (at_ < rgce_.size()) {
      if (!step()) return std::nullopt;
    }
    if (stack_.size() != 1) return std::nullopt;
    return std::move(stack_.back());
  }

 private:
  bool has(std::size_t bytes) const { return rgce_.size() - at_ >= bytes; }
  std::uint8_t u8() { return static_cast<unsigned char>(rgce_[at_++]); }
  std::uint16_t u16() {
    at_ += 2;
    return le16(rgce_, at_ - 2);
  }

  // Excel's formulas are at most 8,192 characters: longer text is no formula Excel wrote, and
  // the bound keeps hostile token streams (a thousand parentheses round a long string) cheap.
  bool push(std::string text) {
    if (text.size() > kMaxFormulaBytes) return false;
    stack_.push_back(std::move(text));
    return true;
  }

  bool pop(std::string& out) {
    if (stack_.empty()) return false;
    out = std::move(stack_.back());
    stack_.pop_back();
    return true;
  }

  bool step() {
    const std::uint8_t ptg = u8();
    if (const char* op = binary_operator(ptg)) {
      std::string left, right;
      if (!pop(right) || !pop(left)) return false;
      return push(left + op + right);
    }
    switch (base(ptg)) {
      case kUplus:
      case kUminus:
      case kPercent:
      case kParen: {
        std::string operand;
        if (!pop(operand)) return false;
        if (ptg == kPercent) return push(operand + '%');
        return push(wrap(ptg == kUplus    ? "+"
                         : ptg == kUminus ? "-"
                                          : "(",
                         operand, ptg == kParen ? ")" : ""));
      }
      case kMissArg:
        stack_.emplace_back();
        return true;
      case kStr:
        return string_operand();
      case kAttr:
        return attribute();
      case kErr: {
        if (!has(1)) return false;
        const auto name = error_name(u8());
        if (!name) return false;
        stack_.emplace_back(*name);
        return true;
      }
      case kBool:
        if (!has(1)) return false;
        stack_.emplace_back(u8() != 0 ? "TRUE" : "FALSE");
        return true;
      case kInt:
        if (!has(2)) return false;
        stack_.push_back(std::to_string(u16()));
        return true;
      case kNum: {
        if (!has(8)) return false;
        const double v = le_double(rgce_, at_);
        at_ += 8;
        if (!std::isfinite(v)) return false;
        stack_.push_back(number_text(v));
        return true;
      }
      case kFunc:
      case kFuncVar:
        return function(base(ptg) == kFuncVar);
      case kName:
        return defined_name();
      case kRef:
      case kRefN:
        return reference(std::nullopt, base(ptg) == kRefN || site_.shared, false);
      case kArea:
      case kAreaN:
        return reference(std::nullopt, base(ptg) == kAreaN || site_.shared, true);
      case kRef3d:
      case kArea3d: {
        if (!has(2)) return false;
        const auto sheet = sheet_of(u16());
        if (!sheet) return false;
        return reference(*sheet, site_.shared, base(ptg) == kArea3d);
      }
      case kRefErr:
      case kAreaErr:
        if (!has(base(ptg) == kRefErr ? 4 : 8)) return false;
        at_ += base(ptg) == kRefErr ? 4 : 8;
        stack_.emplace_back("#REF!");
        return true;
      case kRefErr3d:
      case kAreaErr3d: {
        if (!has(2)) return false;
        const auto sheet = sheet_of(u16());
        const std::size_t skip = base(ptg) == kRefErr3d ? 4 : 8;
        if (!sheet || !has(skip)) return false;
        at_ += skip;
        return push(*sheet + "#REF!");
      }
      // The Mem tokens only tell Excel how far a reference subexpression runs: the tokens of
      // that subexpression follow and make the text.
      case kMemArea:
      case kMemErr:
      case kMemNoMem:
        if (!has(6)) return false;
        at_ += 6;
        return true;
      case kMemFunc:
        if (!has(2)) return false;
        at_ += 2;
        return true;
      default:  // ptgExp inside an expression, ptgTbl, ptgArray, ptgNameX, ptgElf...: unknown
        return false;
    }
  }

  bool string_operand() {
    if (!has(2)) return false;
    const std::size_t count = u8();
    const bool wide = (u8() & 0x01) != 0;
    const std::size_t bytes = wide ? 2 * count : count;
    if (!has(bytes)) return false;
    const std::string_view chars = rgce_.substr(at_, bytes);
    at_ += bytes;
    std::string text = wide ? utf16le_to_utf8(chars) : latin1_to_utf8(chars);
    std::string quoted = "\"";
    for (char c : text) {
      quoted += c;
      if (c == '"') quoted += '"';
    }
    return push(quoted + '"');
  }

  // Jumps of IF and CHOOSE, spaces and volatility change nothing in the text; SUM of one
  // argument is stored as an attribute of its argument.
  bool attribute() {
    if (!has(3)) return false;
    const std::uint8_t flags = u8();
    const std::uint16_t data = u16();
    if (flags & kAttrChoose) {
      const std::size_t jumps = 2 * (std::size_t{data} + 1);
      if (!has(jumps)) return false;
      at_ += jumps;
    }
    if (flags & kAttrSum) {
      std::string operand;
      if (!pop(operand)) return false;
      return push(wrap("SUM(", operand, ")"));
    }
    return true;
  }

  bool function(bool variable) {
    std::size_t count;
    std::uint16_t index;
    if (variable) {
      if (!has(3)) return false;
      count = u8() & 0x7F;
      index = u16() & 0x7FFF;
    } else {
      if (!has(2)) return false;
      index = u16();
      count = 0;
    }
    std::string name;
    if (index != kUserDefinedFunction) {
      const BuiltinFunction* f = builtin_function(index);
      if (!f) return false;
      if (!variable) {
        if (f->min_args != f->max_args) return false;
        count = f->min_args;
      }
      if (count < f->min_args || count > f->max_args) return false;
      name = f->name;
    } else if (!variable || count == 0) {
      return false;
    }
    if (count > stack_.size()) return false;
    std::vector<std::string> args(std::make_move_iterator(stack_.end() - count),
                                  std::make_move_iterator(stack_.end()));
    stack_.resize(stack_.size() - count);
    auto arg = args.begin();
    if (index == kUserDefinedFunction) name = std::move(*arg++);  // the name comes first
    std::string text = name + "(";
    for (auto first = arg; arg != args.end(); ++arg) {
      if (arg != first) text += ',';
      text += *arg;
    }
    return push(text + ")");
  }

  bool defined_name() {
    if (!has(4)) return false;
    const std::uint16_t index = u16();
    at_ += 2;
    if (index == 0 || index > names_.names.size()) return false;
    const auto& name = names_.names[index - 1];
    // A name local to another sheet would need that sheet's prefix: left undecoded.
    if (!name || (name->sheet != 0 && name->sheet != site_.sheet + 1)) return false;
    stack_.push_back(name->text);
    return true;
  }

  // "Sheet1!", "'表 1'!" or "Sheet1:Sheet3!" for an EXTERNSHEET entry of this workbook.
  std::optional<std::string> sheet_of(std::uint16_t xti) const {
    if (xti >= names_.extern_sheets.size()) return std::nullopt;
    const auto& range = names_.extern_sheets[xti];
    if (!range.internal) return std::nullopt;
    if (range.first == 0xFFFF || range.last == 0xFFFF) return std::string("#REF!");
    if (range.first >= names_.sheets.size() || range.last >= names_.sheets.size())
      return std::nullopt;
    if (range.first == range.last) return sheet_prefix(names_.sheets[range.first]) + "!";
    const std::string& first = names_.sheets[range.first];
    const std::string& last = names_.sheets[range.last];
    const bool quote = sheet_prefix(first) != first || sheet_prefix(last) != last;
    if (!quote) return first + ":" + last + "!";
    const std::string joined = sheet_prefix(first + ":" + last);
    return joined + "!";
  }

  bool reference(std::optional<std::string> sheet, bool offsets, bool area) {
    if (!has(area ? 8 : 4)) return false;
    std::string text = sheet.value_or("");  // a deleted sheet leaves "#REF!": #REF!A1
    if (area) {
      const std::uint16_t row1 = u16(), row2 = u16(), col1 = u16(), col2 = u16();
      text += area_text(address(row1, col1, site_, offsets), address(row2, col2, site_, offsets));
    } else {
      const std::uint16_t row = u16(), col = u16();
      text += cell_text(address(row, col, site_, offsets));
    }
    return push(std::move(text));
  }

  std::string_view rgce_;
  const FormulaNames& names_;
  const FormulaSite& site_;
  std::size_t at_ = 0;
  std::vector<std::string> stack_;
};

}  // namespace

std::optional<std::string_view> error_name(std::uint8_t code) {
  switch (code) {
    case 0x00:
      return "#NULL!";
    case 0x07:
      return "#DIV/0!";
    case 0x0F:
      return "#VALUE!";
    case 0x17:
      return "#REF!";
    case 0x1D:
      return "#NAME?";
    case 0x24:
      return "#NUM!";
    case 0x2A:
      return "#N/A";
    default:
      return std::nullopt;
  }
}

std::string sheet_prefix(std::string_view name) {
  bool plain =
      !name.empty() && !ascii_digit(name[0]) && name[0] != '.' && !looks_like_reference(name);
  for (char c : name) {
    // Bytes of non-ASCII characters (Chinese names) count as letters, as in Excel.
    if (!(ascii_letter(c) || ascii_digit(c) || c == '_' || c == '.' ||
          static_cast<unsigned char>(c) >= 0x80))
      plain = false;
  }
  if (plain) return std::string(name);
  std::string quoted = "'";
  for (char c : name) {
    quoted += c;
    if (c == '\'') quoted += '\'';
  }
  return quoted + "'";
}

std::optional<std::string> decode_formula(std::string_view rgce, const FormulaNames& names,
                                          const FormulaSite& site) {
  if (rgce.empty() || static_cast<unsigned char>(rgce[0]) == kExp) return std::nullopt;
  return Decoder(rgce, names, site).run();
}

}  // namespace evalbook::xlsx::biff
