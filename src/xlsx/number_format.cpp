// Excel number-format display. The code is tokenised once per call (codes are short), a section
// is chosen the way Excel chooses it, and numbers are rounded in decimal on Excel's 15 significant
// digits so the shown digits match Excel's to the last place.
#include "xlsx/number_format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace evalbook::xlsx {
namespace {

// Displayed decimals are capped so a hostile "0.000…" code cannot ask for unbounded rounding work.
constexpr int kMaxDecimals = 30;
// Percent signs and scaling commas beyond this many change nothing a reader could use.
constexpr int kMaxShifts = 100;
constexpr std::string_view kHashes = "########";

// ---------------------------------------------------------------------------------------------
// Decimal arithmetic on Excel's 15 significant digits.

// value = 0.digits × 10^exp10; digits has no trailing zeros; empty digits means zero.
struct Decimal {
  std::string digits;
  int exp10 = 0;

  bool zero() const { return digits.empty(); }
};

void trim_trailing_zeros(Decimal& d) {
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) d.exp10 = 0;
}

// Excel keeps 15 significant digits; %.14e gives exactly those, correctly rounded from the double.
Decimal to_decimal15(double magnitude) {
  Decimal d;
  if (!(magnitude > 0) || !std::isfinite(magnitude)) return d;
  char buf[64];
  // Same digits as printf("%.14e") (both exact from the binary value), without printf's cost.
  auto res = std::to_chars(buf, buf + sizeof buf - 1, magnitude, std::chars_format::scientific, 14);
  *res.ptr = '\0';
  std::string_view s(buf, static_cast<size_t>(res.ptr - buf));
  const size_t e = s.find('e');
  if (e == std::string_view::npos) return d;
  for (size_t i = 0; i < e; ++i) {
    if (s[i] >= '0' && s[i] <= '9') d.digits.push_back(s[i]);
  }
  d.exp10 = std::atoi(buf + e + 1) + 1;
  trim_trailing_zeros(d);
  return d;
}

// Keeps the first `keep` significant digits, rounding half away from zero (on a magnitude: up).
void round_at(Decimal& d, long keep) {
  if (d.zero() || keep >= static_cast<long>(d.digits.size())) return;
  if (keep < 0) {
    d = Decimal{};
    return;
  }
  const bool up = d.digits[static_cast<size_t>(keep)] >= '5';
  d.digits.resize(static_cast<size_t>(keep));
  if (up) {
    size_t i = d.digits.size();
    while (i > 0 && d.digits[i - 1] == '9') d.digits[--i] = '0';
    if (i == 0) {
      d.digits.insert(d.digits.begin(), '1');
      ++d.exp10;
    } else {
      ++d.digits[i - 1];
    }
  }
  trim_trailing_zeros(d);
}

void round_decimals(Decimal& d, int decimals) {
  if (!d.zero()) round_at(d, static_cast<long>(d.exp10) + decimals);
}

void shift(Decimal& d, int power_of_ten) {
  if (!d.zero()) d.exp10 += power_of_ten;
}

// Digits before the decimal point; empty when the value is below 1.
std::string integer_digits(const Decimal& d) {
  if (d.zero() || d.exp10 <= 0) return {};
  std::string out = d.digits.substr(0, static_cast<size_t>(d.exp10));
  out.resize(static_cast<size_t>(d.exp10), '0');
  return out;
}

// The first `count` digits after the decimal point, zero padded.
std::string fraction_digits(const Decimal& d, int count) {
  std::string out(static_cast<size_t>(std::max(count, 0)), '0');
  for (int i = 0; i < count; ++i) {
    const long idx = static_cast<long>(d.exp10) + i;
    if (idx >= 0 && idx < static_cast<long>(d.digits.size())) {
      out[static_cast<size_t>(i)] = d.digits[static_cast<size_t>(idx)];
    }
  }
  return out;
}

std::string general_magnitude(double magnitude) {
  if (std::isnan(magnitude) || std::isinf(magnitude)) return "#NUM!";
  const Decimal d = to_decimal15(magnitude);
  if (d.zero()) return "0";
  // Excel's General switches to scientific at 1E+15 and below 1E-9.
  if (d.exp10 > 15 || d.exp10 < -8) {
    std::string out(1, d.digits[0]);
    if (d.digits.size() > 1) out += "." + d.digits.substr(1);
    const int e = d.exp10 - 1;
    out += e < 0 ? "E-" : "E+";
    std::string exp = std::to_string(std::abs(e));
    if (exp.size() < 2) exp.insert(0, 1, '0');
    return out + exp;
  }
  std::string out = integer_digits(d);
  if (out.empty()) out = "0";
  const int decimals = static_cast<int>(d.digits.size()) - d.exp10;
  if (decimals > 0) out += "." + fraction_digits(d, decimals);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokenising a format code.

enum class Kind {
  literal,
  digit,  // 0 # ?
  point,
  comma,
  percent,
  exponent,  // E+ E- (ch holds the sign)
  slash,
  at,
  general,
  year,   // y / e
  month,  // m (may turn out to be minutes)
  minute,
  day,
  hour,
  second,
  subsecond,   // .0 after a time
  ampm,        // AM/PM, A/P, 上午/下午
  elapsed,     // [h] [mm] [ss] (ch holds the unit)
  weekday_cn,  // aaa / aaaa
};

struct Token {
  Kind kind = Kind::literal;
  std::string text;  // literal text, or the raw source of the token
  char ch = 0;
  int count = 0;
};

enum class CondOp { lt, le, gt, ge, eq, ne };

struct Condition {
  CondOp op = CondOp::eq;
  double value = 0;

  bool matches(double v) const {
    switch (op) {
      case CondOp::lt:
        return v < value;
      case CondOp::le:
        return v <= value;
      case CondOp::gt:
        return v > value;
      case CondOp::ge:
        return v >= value;
      case CondOp::eq:
        return v == value;
      case CondOp::ne:
        return v != value;
    }
    return false;
  }
  // A condition only negative numbers can meet: Excel then shows the section without a minus.
  bool negative_only() const {
    return (op == CondOp::lt && value <= 0) || (op == CondOp::le && value < 0) ||
           (op == CondOp::eq && value < 0);
  }
};

struct Section {
  std::vector<Token> tokens;
  std::optional<Condition> condition;
  bool chinese = false;          // [$-804]-style locale: Chinese day and month names
  std::string_view system_code;  // [$-F800]/[$-F400]: the system's own long date / time format
  bool has_at = false;
  bool has_general = false;
  bool is_date = false;
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (lower(s[i + k]) != lower(word[k])) return false;
  }
  return true;
}

// Bytes in the UTF-8 sequence starting at s[i], never past the end.
size_t utf8_len(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  return std::min(n, s.size() - i);
}

// Sections split on ';' outside quotes, brackets and escapes; at most four count.
std::vector<std::string_view> split_sections(std::string_view code) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t j = code.find('"', i + 1);
      i = j == std::string_view::npos ? code.size() : j;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const size_t j = code.find(']', i + 1);
      if (j != std::string_view::npos) i = j;
    } else if (c == ';') {
      out.push_back(code.substr(start, i - start));
      start = i + 1;
      if (out.size() == 4) return out;
    }
  }
  out.push_back(code.substr(std::min(start, code.size())));
  return out;
}

void push_literal(Section& sec, std::string text) {
  if (!sec.tokens.empty() && sec.tokens.back().kind == Kind::literal) {
    sec.tokens.back().text += text;
  } else {
    sec.tokens.push_back(Token{Kind::literal, std::move(text)});
  }
}

void parse_condition(Section& sec, std::string_view body) {
  Condition cond;
  size_t len = 1;
  if (body.starts_with("<=")) {
    cond.op = CondOp::le, len = 2;
  } else if (body.starts_with(">=")) {
    cond.op = CondOp::ge, len = 2;
  } else if (body.starts_with("<>")) {
    cond.op = CondOp::ne, len = 2;
  } else if (body[0] == '<') {
    cond.op = CondOp::lt;
  } else if (body[0] == '>') {
    cond.op = CondOp::gt;
  }
  const std::string number(body.substr(len));
  cond.value = std::strtod(number.c_str(), nullptr);
  if (!std::isfinite(cond.value)) cond.value = 0;
  sec.condition = cond;
}

// [$¥-804]: the part before '-' is shown; the LCID after it selects the locale.
void parse_locale(Section& sec, std::string_view body) {
  const size_t dash = body.find('-');
  const std::string_view symbol =
      body.substr(1, dash == std::string_view::npos ? body.npos : dash - 1);
  if (!symbol.empty()) push_literal(sec, std::string(symbol));
  if (dash == std::string_view::npos) return;
  const std::string lcid(body.substr(dash + 1));
  const unsigned long id = std::strtoul(lcid.c_str(), nullptr, 16);
  if ((id & 0x3FF) == 0x04 || starts_with_ci(lcid, 0, "zh")) sec.chinese = true;
  // Excel ignores the rest of such a code and uses the zh-CN system format.
  if (id == 0xF800) sec.system_code = "yyyy\"年\"m\"月\"d\"日\"";
  if (id == 0xF400) sec.system_code = "h:mm:ss";
}

void parse_bracket(Section& sec, std::string_view body) {
  if (body.empty()) return;
  const char first = body[0];
  if (first == '<' || first == '>' || first == '=') return parse_condition(sec, body);
  if (first == '$') return parse_locale(sec, body);
  const char unit = lower(first);
  if (unit == 'h' || unit == 'm' || unit == 's') {
    const bool same =
        std::all_of(body.begin(), body.end(), [&](char c) { return lower(c) == unit; });
    if (same) {
      sec.tokens.push_back(
          Token{Kind::elapsed, std::string(body), unit, static_cast<int>(body.size())});
    }
  }
  // Colours ([Red], [Color10]), [DBNum1] and the like change nothing in the text.
}

size_t run_length(std::string_view s, size_t i, char letter) {
  size_t j = i;
  while (j < s.size() && lower(s[j]) == letter) ++j;
  return j - i;
}

// Parses a date letter run (y m d h s e) at s[i]; returns the bytes consumed, 0 when not one.
size_t parse_date_letter(Section& sec, std::string_view s, size_t i) {
  const char c = lower(s[i]);
  Kind kind;
  switch (c) {
    case 'y':
      kind = Kind::year;
      break;
    case 'e':
      kind = Kind::year;
      break;
    case 'm':
      kind = Kind::month;
      break;
    case 'd':
      kind = Kind::day;
      break;
    case 'h':
      kind = Kind::hour;
      break;
    case 's':
      kind = Kind::second;
      break;
    default:
      return 0;
  }
  const size_t n = run_length(s, i, c);
  // 'e' is the era year, which in zh-CN is the Gregorian year in four digits.
  const int count = c == 'e' ? 4 : static_cast<int>(n);
  sec.tokens.push_back(Token{kind, std::string(s.substr(i, n)), c, count});
  return n;
}

// Parses tokens that start with a letter; returns the bytes consumed, 0 when none matched.
size_t parse_word(Section& sec, std::string_view s, size_t i) {
  if (starts_with_ci(s, i, "general")) {
    sec.tokens.push_back(Token{Kind::general, std::string(s.substr(i, 7))});
    return 7;
  }
  if (starts_with_ci(s, i, "am/pm")) {
    sec.tokens.push_back(Token{Kind::ampm, "AM/PM"});
    return 5;
  }
  if (starts_with_ci(s, i, "a/p")) {
    sec.tokens.push_back(Token{Kind::ampm, std::string(s.substr(i, 3))});
    return 3;
  }
  if (lower(s[i]) == 'a') {
    const size_t n = run_length(s, i, 'a');
    if (n < 3) return 0;
    sec.tokens.push_back(
        Token{Kind::weekday_cn, std::string(s.substr(i, n)), 'a', static_cast<int>(n)});
    return n;
  }
  if (s[i] == 'E' && !(i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-'))) return 0;
  return parse_date_letter(sec, s, i);
}

constexpr std::string_view kAmPmCn = "上午/下午";

Section parse_section(std::string_view s) {
  Section sec;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"') {
      const size_t j = s.find('"', i + 1);
      const size_t end = j == std::string_view::npos ? s.size() : j;
      push_literal(sec, std::string(s.substr(i + 1, end - i - 1)));
      i = end + 1;
    } else if (c == '\\' || c == '_' || c == '*') {
      const size_t n = i + 1 < s.size() ? utf8_len(s, i + 1) : 0;
      if (c == '\\') push_literal(sec, std::string(s.substr(i + 1, n)));
      if (c == '_') push_literal(sec, " ");  // space as wide as the next char; '*' fill is dropped
      i += 1 + n;
    } else if (c == '[') {
      const size_t j = s.find(']', i + 1);
      if (j == std::string_view::npos) {
        push_literal(sec, "[");
        ++i;
      } else {
        parse_bracket(sec, s.substr(i + 1, j - i - 1));
        i = j + 1;
      }
    } else if (c == '0' || c == '#' || c == '?') {
      sec.tokens.push_back(Token{Kind::digit, std::string(1, c), c});
      ++i;
    } else if (c == '.' || c == ',' || c == '%' || c == '/' || c == '@') {
      const Kind kind = c == '.'   ? Kind::point
                        : c == ',' ? Kind::comma
                        : c == '%' ? Kind::percent
                        : c == '/' ? Kind::slash
                                   : Kind::at;
      sec.tokens.push_back(Token{kind, std::string(1, c), c});
      ++i;
    } else if ((c == 'E' || c == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
      sec.tokens.push_back(Token{Kind::exponent, std::string(s.substr(i, 2)), s[i + 1]});
      i += 2;
    } else if (s.substr(i).starts_with(kAmPmCn)) {
      sec.tokens.push_back(Token{Kind::ampm, std::string(kAmPmCn)});
      i += kAmPmCn.size();
    } else if (const size_t word = parse_word(sec, s, i); word > 0) {
      i += word;
    } else {
      const size_t n = utf8_len(s, i);
      push_literal(sec, std::string(s.substr(i, n)));
      i += n;
    }
  }
  for (const Token& t : sec.tokens) {
    switch (t.kind) {
      case Kind::at:
        sec.has_at = true;
        break;
      case Kind::general:
        sec.has_general = true;
        break;
      case Kind::year:
      case Kind::month:
      case Kind::day:
      case Kind::hour:
      case Kind::second:
      case Kind::ampm:
      case Kind::elapsed:
      case Kind::weekday_cn:
        sec.is_date = true;
        break;
      default:
        break;
    }
  }
  return sec;
}

std::vector<Section> parse_code_uncached(std::string_view code) {
  std::vector<Section> out;
  for (std::string_view part : split_sections(code)) out.push_back(parse_section(part));
  return out;
}

// A workbook uses a handful of codes for millions of cells: parse each once per thread.
struct CodeHash {
  using is_transparent = void;  // looked up by string_view, without a copy
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const std::vector<Section>& parse_code(std::string_view code) {
  thread_local std::unordered_map<std::string, std::vector<Section>, CodeHash, std::equal_to<>> cache;
  if (auto it = cache.find(code); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();  // bounded for hostile files with endless codes
  return cache.emplace(std::string(code), parse_code_uncached(code)).first->second;
}

// ---------------------------------------------------------------------------------------------
// Numbers.

// Roles of the tokens of a numeric section, found once before emitting.
struct Layout {
  size_t point = std::string::npos;     // the decimal point of the mantissa
  size_t exponent = std::string::npos;  // the E+/E- token
  int int_places = 0;
  int frac_places = 0;
  int exp_places = 0;
  int percents = 0;
  int scale_commas = 0;
  bool grouping = false;
  std::vector<bool> literal_comma;  // commas shown as ','
};

bool is_digit_token(const std::vector<Token>& t, size_t k) {
  return k < t.size() && t[k].kind == Kind::digit;
}

void classify_commas(const std::vector<Token>& t, Layout& lay) {
  lay.literal_comma.assign(t.size(), false);
  const size_t mantissa_end = std::min(lay.exponent, t.size());
  size_t k = 0;
  while (k < t.size()) {
    if (t[k].kind != Kind::comma) {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < t.size() && t[end].kind == Kind::comma) ++end;
    const bool after_digit = k > 0 && is_digit_token(t, k - 1);
    if (after_digit && is_digit_token(t, end)) {
      // Between placeholders: a thousands separator in the integer part, ignored elsewhere.
      if (end < lay.point && end < mantissa_end) lay.grouping = true;
    } else if (after_digit && k < mantissa_end) {
      // After the last placeholder each comma divides by 1,000 ("0.0,," shows millions).
      lay.scale_commas += static_cast<int>(end - k);
    } else {
      for (size_t j = k; j < end; ++j) lay.literal_comma[j] = true;
    }
    k = end;
  }
}

Layout analyse(const std::vector<Token>& t) {
  Layout lay;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == Kind::exponent && lay.exponent == std::string::npos) lay.exponent = k;
  }
  for (size_t k = 0; k < std::min(lay.exponent, t.size()); ++k) {
    if (t[k].kind == Kind::point) {
      lay.point = k;
      break;
    }
  }
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == Kind::percent) ++lay.percents;
    if (t[k].kind != Kind::digit) continue;
    if (k > lay.exponent) {
      ++lay.exp_places;
    } else if (k > lay.point) {
      ++lay.frac_places;
    } else {
      ++lay.int_places;
    }
  }
  classify_commas(t, lay);
  lay.percents = std::min(lay.percents, kMaxShifts);
  lay.scale_commas = std::min(lay.scale_commas, kMaxShifts);
  return lay;
}

// Writes integer digits into placeholders; knows the digit's position from the right for ','.
class IntegerWriter {
 public:
  IntegerWriter(std::string& out, std::string digits, int places, bool grouping)
      : out_(out), digits_(std::move(digits)), places_(places), grouping_(grouping) {}

  // Emits the digit for the next integer placeholder `ph`; the first one also takes any excess.
  void placeholder(char ph) {
    const long len = static_cast<long>(digits_.size());
    if (seen_ == 0) {
      for (long j = 0; j < len - places_; ++j) emit(digits_[static_cast<size_t>(j)], len - 1 - j);
    }
    const long pos = places_ - 1 - seen_;
    ++seen_;
    if (pos < len) {
      emit(digits_[static_cast<size_t>(len - 1 - pos)], pos);
    } else if (ph == '0') {
      emit('0', pos);
    } else if (ph == '?') {
      out_ += ' ';
    }
  }

  // With no integer placeholders ("#.00" has one; ".00" has none) the digits go before the point.
  void flush_if_unplaced() {
    if (places_ != 0 || flushed_) return;
    flushed_ = true;
    const long len = static_cast<long>(digits_.size());
    for (long j = 0; j < len; ++j) emit(digits_[static_cast<size_t>(j)], len - 1 - j);
  }

 private:
  void emit(char c, long pos) {
    out_ += c;
    if (grouping_ && pos > 0 && pos % 3 == 0) out_ += ',';
  }

  std::string& out_;
  std::string digits_;
  long places_;
  bool grouping_;
  long seen_ = 0;
  bool flushed_ = false;
};

// Fraction digits: '#' drops and '?' blanks insignificant trailing zeros.
char fraction_char(const std::string& frac, size_t i, char ph) {
  const char c = i < frac.size() ? frac[i] : '0';
  if (ph == '0') return c;
  const bool trailing_zero = frac.find_first_not_of('0', i) == std::string::npos;
  if (!trailing_zero) return c;
  return ph == '?' ? ' ' : '\0';
}

std::string exponent_text(const Token& tok, int exp, int places) {
  std::string out = tok.text.substr(0, 1);
  if (exp < 0) {
    out += '-';
  } else if (tok.ch == '+') {
    out += '+';
  }
  std::string digits = std::to_string(std::abs(exp));
  if (static_cast<int>(digits.size()) < places) digits.insert(0, places - digits.size(), '0');
  return out + digits;
}

// Scientific mantissa: one integer digit, or for "##0.0E+0" an exponent that is a multiple of
// the number of integer placeholders (engineering notation).
int choose_exponent(const Decimal& d, const std::vector<Token>& t, const Layout& lay, int* lead) {
  const int e = d.exp10 - 1;
  const auto first =
      std::find_if(t.begin(), t.end(), [](const Token& x) { return x.kind == Kind::digit; });
  const bool engineering = lay.int_places > 1 && first != t.end() && first->ch == '#';
  if (engineering) {
    const int period = lay.int_places;
    const int q = e >= 0 ? e / period : -((-e + period - 1) / period);
    *lead = e - q * period + 1;
    return q * period;
  }
  *lead = std::max(lay.int_places, 1);
  return e - (*lead - 1);
}

struct Mantissa {
  std::string int_digits;
  std::string frac_digits;
  int exponent = 0;
};

Mantissa make_mantissa(double magnitude, const std::vector<Token>& t, const Layout& lay) {
  Decimal d = to_decimal15(magnitude);
  shift(d, 2 * lay.percents - 3 * lay.scale_commas);
  const int decimals = std::min(lay.frac_places, kMaxDecimals);
  Mantissa m;
  if (lay.exponent == std::string::npos) {
    round_decimals(d, decimals);
  } else if (!d.zero()) {
    int lead = 1;
    choose_exponent(d, t, lay, &lead);
    round_at(d, static_cast<long>(lead) + decimals);  // may carry into a new leading digit
    m.exponent = choose_exponent(d, t, lay, &lead);
    shift(d, -m.exponent);
  }
  m.int_digits = integer_digits(d);
  m.frac_digits = fraction_digits(d, decimals);
  return m;
}

std::string format_fixed(double magnitude, const Section& sec) {
  const std::vector<Token>& t = sec.tokens;
  const Layout lay = analyse(t);
  const Mantissa m = make_mantissa(magnitude, t, lay);
  std::string out;
  IntegerWriter ints(out, m.int_digits, lay.int_places, lay.grouping);
  size_t frac_seen = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& tok = t[k];
    switch (tok.kind) {
      case Kind::digit:
        if (k > lay.exponent) break;  // written with the exponent
        if (k < lay.point) {
          ints.placeholder(tok.ch);
        } else if (const char c = fraction_char(m.frac_digits, frac_seen++, tok.ch); c != '\0') {
          out += c;
        }
        break;
      case Kind::point:
        if (k == lay.point) ints.flush_if_unplaced();
        out += '.';
        break;
      case Kind::comma:
        if (lay.literal_comma[k]) out += ',';
        break;
      case Kind::exponent:
        if (k == lay.exponent) {
          ints.flush_if_unplaced();
          out += exponent_text(tok, m.exponent, lay.exp_places);
        } else {
          out += tok.text;
        }
        break;
      case Kind::at:
      case Kind::general:
        out += general_magnitude(magnitude);
        break;
      case Kind::literal:
      case Kind::percent:
      case Kind::slash:
        out += tok.text;
        break;
      default:
        break;
    }
  }
  return out;  // a section without placeholders ('"none"') shows no digits at all
}

// ----- fractions ("# ?/?") ------------------------------------------------------------------

struct FractionLayout {
  size_t slash = 0;
  size_t num_begin = 0;  // numerator placeholders [num_begin, slash)
  size_t den_end = 0;    // denominator tokens (slash, den_end)
  bool has_whole = false;
  long fixed_den = 0;  // "?/16" has a fixed denominator
  int den_places = 0;
};

std::optional<FractionLayout> find_fraction(const std::vector<Token>& t) {
  for (size_t s = 1; s < t.size(); ++s) {
    if (t[s].kind != Kind::slash || !is_digit_token(t, s - 1)) continue;
    FractionLayout f;
    f.slash = s;
    f.num_begin = s - 1;
    while (f.num_begin > 0 && is_digit_token(t, f.num_begin - 1)) --f.num_begin;
    for (size_t k = 0; k < f.num_begin; ++k) f.has_whole = f.has_whole || t[k].kind == Kind::digit;
    size_t k = s + 1;
    if (is_digit_token(t, k)) {
      while (is_digit_token(t, k)) ++k;
      f.den_places = static_cast<int>(k - s - 1);
    } else if (k < t.size() && t[k].kind == Kind::literal && t[k].text[0] >= '1' &&
               t[k].text[0] <= '9') {
      const std::string& lit = t[k].text;
      const size_t n = std::min<size_t>(lit.find_first_not_of("0123456789"), 9);
      f.fixed_den = std::strtol(lit.substr(0, n).c_str(), nullptr, 10);
      f.den_places = static_cast<int>(n);
      ++k;
    } else {
      continue;
    }
    f.den_end = k;
    return f;
  }
  return std::nullopt;
}

// Closest p/q to x in [0,1) with q <= max_den (continued fractions with a final semiconvergent).
std::pair<long long, long long> best_fraction(double x, long long max_den) {
  long long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
  double r = x;
  for (int iter = 0; iter < 64; ++iter) {
    const double af = std::floor(r);
    // The next convergent's denominator would pass max_den: try the best semiconvergent.
    if (q1 > 0 && af > static_cast<double>(max_den - q0) / static_cast<double>(q1)) {
      const long long k = (max_den - q0) / q1;
      const long long ps = k * p1 + p0, qs = k * q1 + q0;
      if (std::fabs(x - static_cast<double>(ps) / qs) <
          std::fabs(x - static_cast<double>(p1) / q1)) {
        return {ps, qs};
      }
      break;
    }
    const auto a = static_cast<long long>(af);  // x < 1e9 and q <= max_den keep this in range
    const long long q2 = a * q1 + q0;
    const long long p2 = a * p1 + p0;
    p0 = p1, q0 = q1, p1 = p2, q1 = q2;
    const double rest = r - af;
    if (rest < 1e-12) break;
    r = 1.0 / rest;
  }
  if (q1 == 0) return {0, 1};
  return {p1, q1};
}

std::string pad_left(std::string s, const std::vector<Token>& t, size_t begin, size_t end) {
  std::string pad;
  const size_t places = end - begin;
  for (size_t k = begin; s.size() + pad.size() < places && k < end; ++k) {
    if (t[k].ch == '0') pad += '0';
    if (t[k].ch == '?') pad += ' ';
  }
  return pad + s;
}

std::string format_fraction(double magnitude, const Section& sec, const FractionLayout& f) {
  const std::vector<Token>& t = sec.tokens;
  double whole = f.has_whole ? std::floor(magnitude) : 0;
  const double frac = magnitude - whole;
  std::string num_str, den_str;
  long long num = 0, den = 1;
  if (!f.has_whole && magnitude >= 1e9) {
    num_str = integer_digits(to_decimal15(magnitude));  // too large to approximate usefully
  } else {
    if (f.fixed_den > 0) {
      den = f.fixed_den;
      num = static_cast<long long>(std::floor(frac * static_cast<double>(den) + 0.5));
    } else {
      long long max_den = 1;
      for (int i = 0; i < std::min(f.den_places, 7); ++i) max_den *= 10;
      std::tie(num, den) = best_fraction(frac, std::max(max_den - 1, 1LL));
    }
    if (f.has_whole && num >= den) {
      whole += 1;
      num = 0;
    }
    num_str = std::to_string(num);
  }
  den_str = std::to_string(den);
  const bool blank_fraction = f.has_whole && num == 0 && num_str == "0";
  std::string out;
  bool whole_written = false;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& tok = t[k];
    if (k < f.num_begin && tok.kind == Kind::digit) {
      if (whole_written) continue;
      whole_written = true;
      size_t end = k;
      while (is_digit_token(t, end)) ++end;
      std::string w = whole > 0 ? integer_digits(to_decimal15(whole)) : "";
      if (w.empty() && (blank_fraction || magnitude == 0)) w = "0";
      out += pad_left(w, t, k, end);
    } else if (k == f.num_begin) {
      std::string n = pad_left(num_str, t, f.num_begin, f.slash);
      out += blank_fraction ? std::string(n.size(), ' ') : n;
    } else if (k > f.num_begin && k < f.slash) {
      continue;
    } else if (k == f.slash) {
      out += blank_fraction ? " " : "/";
      std::string d = den_str;
      if (f.fixed_den == 0 && static_cast<int>(d.size()) < f.den_places) {
        d.append(static_cast<size_t>(f.den_places) - d.size(), ' ');  // '?' pads on the right
      }
      out += blank_fraction ? std::string(d.size(), ' ') : d;
      k = f.den_end - 1;
    } else if (tok.kind == Kind::literal || tok.kind == Kind::percent) {
      out += tok.text;
    } else if (tok.kind == Kind::digit && k >= f.den_end) {
      continue;
    } else if (tok.kind != Kind::digit) {
      out += tok.kind == Kind::comma ? "" : tok.text;
    }
  }
  return out;
}

std::string format_numeric(double magnitude, const Section& sec) {
  if (const auto f = find_fraction(sec.tokens)) return format_fraction(magnitude, sec, *f);
  return format_fixed(magnitude, sec);
}

// ---------------------------------------------------------------------------------------------
// Dates and times.

struct Civil {
  long long year;
  int month;
  int day;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Civil{yoe + era * 400 + (m <= 2), m, d};
}

// Excel's 1900 system keeps Lotus's fake 1900-02-29 (serial 60) and shows serial 0 as 1900-01-00.
Civil serial_to_civil(long long serial, bool date1904) {
  if (date1904) return civil_from_days(days_from_civil(1904, 1, 1) + serial);
  if (serial == 0) return Civil{1900, 1, 0};
  if (serial == 60) return Civil{1900, 2, 29};
  if (serial < 60) return civil_from_days(days_from_civil(1899, 12, 31) + serial);
  return civil_from_days(days_from_civil(1899, 12, 30) + serial);
}

// 0 = Sunday. Excel counts serial 1 (1900-01-01) as a Sunday; 1904-01-01 was a Friday.
int weekday(long long serial, bool date1904) {
  return static_cast<int>((serial + (date1904 ? 5 : 6)) % 7);
}

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kCnDays = {"日", "一", "二", "三", "四", "五", "六"};
constexpr std::array<std::string_view, 12> kCnMonths = {"一月", "二月", "三月",   "四月",
                                                        "五月", "六月", "七月",   "八月",
                                                        "九月", "十月", "十一月", "十二月"};

std::string padded(long long v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<size_t>(width - s.size()), '0');
  return s;
}

struct DateTime {
  long long serial;  // whole days
  Civil date;
  int weekday;
  long long hour, minute, second;  // of the day
  long long subsecond;             // in units of 10^-subsecond_digits s
  int subsecond_digits;
};

// Turns ".0"/".00"/".000" after a time into subsecond tokens and m/mm next to h or s into minutes.
void resolve_date_tokens(std::vector<Token>& t) {
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Kind::point || !is_digit_token(t, k + 1) || t[k + 1].ch != '0') continue;
    size_t end = k + 1;
    while (is_digit_token(t, end) && t[end].ch == '0') ++end;
    const int n = static_cast<int>(end - k - 1);
    t[k] = Token{Kind::subsecond, std::string(static_cast<size_t>(n), '0'), '0', n};
    t.erase(t.begin() + static_cast<long>(k) + 1, t.begin() + static_cast<long>(end));
  }
  auto is_hour = [](const Token& x) {
    return x.kind == Kind::hour || (x.kind == Kind::elapsed && x.ch == 'h');
  };
  auto is_second = [](const Token& x) {
    return x.kind == Kind::second || (x.kind == Kind::elapsed && x.ch == 's');
  };
  auto significant = [](const Token& x) {
    return x.kind != Kind::literal && x.kind != Kind::slash && x.kind != Kind::comma;
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind != Kind::month || t[k].count > 2) continue;
    size_t prev = k;
    while (prev > 0 && !significant(t[prev - 1])) --prev;
    size_t next = k + 1;
    while (next < t.size() && !significant(t[next])) ++next;
    if ((prev > 0 && is_hour(t[prev - 1])) || (next < t.size() && is_second(t[next]))) {
      t[k].kind = Kind::minute;
    }
  }
}

int subsecond_digits(const std::vector<Token>& t) {
  int n = 0;
  for (const Token& x : t) {
    if (x.kind == Kind::subsecond) n = std::max(n, x.count);
  }
  return std::min(n, 3);  // Excel shows at most milliseconds
}

// Splits a serial into its parts, rounding the time to the precision the format shows.
DateTime split_serial(double value, int digits, bool date1904) {
  long long scale = 1;
  for (int i = 0; i < digits; ++i) scale *= 10;
  const long long per_day = 86400LL * scale;
  double whole = std::floor(value);
  auto ticks = static_cast<long long>(std::llround((value - whole) * static_cast<double>(per_day)));
  if (ticks >= per_day) {
    ticks -= per_day;
    whole += 1;
  }
  DateTime dt{};
  dt.serial = static_cast<long long>(whole);
  dt.date = serial_to_civil(dt.serial, date1904);
  dt.weekday = weekday(dt.serial, date1904);
  const long long secs = ticks / scale;
  dt.subsecond = ticks % scale;
  dt.subsecond_digits = digits;
  dt.hour = secs / 3600;
  dt.minute = secs / 60 % 60;
  dt.second = secs % 60;
  return dt;
}

std::string ampm_text(const Token& tok, long long hour) {
  const bool pm = hour >= 12;
  if (tok.text == kAmPmCn) return pm ? "下午" : "上午";
  if (tok.text == "AM/PM") return pm ? "PM" : "AM";
  // A/P keeps the case the code wrote.
  return std::string(1, pm ? tok.text[2] : tok.text[0]);
}

std::string month_text(const Token& tok, const DateTime& dt, bool chinese) {
  const int m = dt.date.month;
  const auto idx = static_cast<size_t>(m - 1);
  if (tok.count <= 2) return padded(m, tok.count);
  if (chinese) return tok.count == 3 ? std::to_string(m) + "月" : std::string(kCnMonths[idx]);
  if (tok.count == 3) return std::string(kMonths[idx].substr(0, 3));
  if (tok.count == 4) return std::string(kMonths[idx]);
  return std::string(kMonths[idx].substr(0, 1));
}

std::string day_text(const Token& tok, const DateTime& dt, bool chinese) {
  if (tok.count <= 2) return padded(dt.date.day, tok.count);
  const auto w = static_cast<size_t>(dt.weekday);
  if (chinese) return (tok.count == 3 ? "周" : "星期") + std::string(kCnDays[w]);
  return tok.count == 3 ? std::string(kDays[w].substr(0, 3)) : std::string(kDays[w]);
}

std::string elapsed_text(const Token& tok, const DateTime& dt) {
  const long long total_seconds = dt.serial * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second;
  const long long v = tok.ch == 'h'   ? total_seconds / 3600
                      : tok.ch == 'm' ? total_seconds / 60
                                      : total_seconds;
  return padded(v, tok.count);
}

std::string format_date(double value, const Section& sec, bool date1904) {
  const double max_serial = date1904 ? 2957004.0 : 2958466.0;  // past 9999-12-31
  if (!(value >= 0) || value >= max_serial) return std::string(kHashes);
  std::vector<Token> t = sec.tokens;
  resolve_date_tokens(t);
  const DateTime dt = split_serial(value, subsecond_digits(t), date1904);
  const bool twelve_hour =
      std::any_of(t.begin(), t.end(), [](const Token& x) { return x.kind == Kind::ampm; });
  std::string out;
  for (const Token& tok : t) {
    switch (tok.kind) {
      case Kind::year:
        out += tok.count <= 2 ? padded(dt.date.year % 100, 2) : padded(dt.date.year, 4);
        break;
      case Kind::month:
        out += month_text(tok, dt, sec.chinese);
        break;
      case Kind::minute:
        out += padded(dt.minute, std::min(tok.count, 2));
        break;
      case Kind::day:
        out += day_text(tok, dt, sec.chinese);
        break;
      case Kind::hour: {
        long long h = dt.hour;
        if (twelve_hour) h = h % 12 == 0 ? 12 : h % 12;
        out += padded(h, std::min(tok.count, 2));
        break;
      }
      case Kind::second:
        out += padded(dt.second, std::min(tok.count, 2));
        break;
      case Kind::subsecond: {
        std::string frac = padded(dt.subsecond, dt.subsecond_digits);
        frac.resize(static_cast<size_t>(tok.count), '0');
        out += "." + frac;
        break;
      }
      case Kind::ampm:
        out += ampm_text(tok, dt.hour);
        break;
      case Kind::elapsed:
        out += elapsed_text(tok, dt);
        break;
      case Kind::weekday_cn:
        out +=
            (tok.count >= 4 ? "星期" : "") + std::string(kCnDays[static_cast<size_t>(dt.weekday)]);
        break;
      case Kind::digit:
        if (tok.ch == '0') out += '0';
        break;
      case Kind::at:
      case Kind::general:
        break;
      default:
        out += tok.text;
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Section choice.

struct Choice {
  const Section* section = nullptr;
  bool drop_sign = false;  // the section is a negative one: Excel shows no automatic '-'
};

Choice choose_section(const std::vector<Section>& secs, double value) {
  // The last of fewer than four sections is the text section when it holds '@'.
  size_t count = std::min<size_t>(secs.size(), 3);
  if (secs.size() < 4 && secs.size() > 1 && secs.back().has_at) --count;
  const Section& s0 = secs[0];
  const bool conditional = s0.condition || (count > 1 && secs[1].condition);
  if (!conditional) {
    if (count == 1 || value > 0 || (value == 0 && count == 2)) return {&s0, false};
    if (value < 0) return {&secs[1], true};
    return {&secs[2], false};
  }
  const bool match0 = s0.condition ? s0.condition->matches(value) : value >= 0;
  if (match0) return {&s0, s0.condition && s0.condition->negative_only()};
  if (count > 1 && secs[1].condition && secs[1].condition->matches(value)) {
    return {&secs[1], secs[1].condition->negative_only()};
  }
  if (count > 2 && s0.condition && secs[1].condition) return {&secs[2], false};
  if (count > 1) return {&secs[1], false};
  return {&s0, false};
}

bool is_general_code(std::string_view code) {
  return code.empty() || (code.size() == 7 && starts_with_ci(code, 0, "general"));
}

std::string apply_text_section(std::string_view text, const Section& sec) {
  std::string out;
  for (const Token& tok : sec.tokens) out += tok.kind == Kind::at ? std::string(text) : tok.text;
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public interface.

std::string_view builtin_format_code(int num_fmt_id) {
  // zh-CN Excel's rendering of the built-in ids (ECMA-376 18.8.30 plus the CJK ids).
  switch (num_fmt_id) {
    case 0:
      return "General";
    case 1:
      return "0";
    case 2:
      return "0.00";
    case 3:
      return "#,##0";
    case 4:
      return "#,##0.00";
    case 5:
      return "¥#,##0;¥-#,##0";
    case 6:
      return "¥#,##0;[Red]¥-#,##0";
    case 7:
      return "¥#,##0.00;¥-#,##0.00";
    case 8:
      return "¥#,##0.00;[Red]¥-#,##0.00";
    case 9:
      return "0%";
    case 10:
      return "0.00%";
    case 11:
      return "0.00E+00";
    case 12:
      return "# ?/?";
    case 13:
      return "# ?\?/?\?";  // \? keeps "??/" from reading as a trigraph
    case 14:
      return "yyyy/m/d";
    case 15:
      return "d-mmm-yy";
    case 16:
      return "d-mmm";
    case 17:
      return "mmm-yy";
    case 18:
      return "h:mm AM/PM";
    case 19:
      return "h:mm:ss AM/PM";
    case 20:
      return "h:mm";
    case 21:
      return "h:mm:ss";
    case 22:
      return "yyyy/m/d h:mm";
    case 27:
    case 36:
    case 50:
    case 52:
    case 57:
      return "yyyy\"年\"m\"月\"";
    case 28:
    case 29:
    case 51:
    case 53:
    case 54:
    case 58:
      return "m\"月\"d\"日\"";
    case 30:
      return "m-d-yy";
    case 31:
      return "yyyy\"年\"m\"月\"d\"日\"";
    case 32:
      return "h\"时\"mm\"分\"";
    case 33:
      return "h\"时\"mm\"分\"ss\"秒\"";
    case 34:
    case 55:
      return "上午/下午h\"时\"mm\"分\"";
    case 35:
    case 56:
      return "上午/下午h\"时\"mm\"分\"ss\"秒\"";
    case 37:
      return "#,##0 ;(#,##0)";
    case 38:
      return "#,##0 ;[Red](#,##0)";
    case 39:
      return "#,##0.00;(#,##0.00)";
    case 40:
      return "#,##0.00;[Red](#,##0.00)";
    case 41:
      return "_ * #,##0_ ;_ * \\-#,##0_ ;_ * \"-\"_ ;_ @_ ";
    case 42:
      return "_ \"¥\"* #,##0_ ;_ \"¥\"* \\-#,##0_ ;_ \"¥\"* \"-\"_ ;_ @_ ";
    case 43:
      return "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ";
    case 44:
      return "_ \"¥\"* #,##0.00_ ;_ \"¥\"* \\-#,##0.00_ ;_ \"¥\"* \"-\"??_ ;_ @_ ";
    case 45:
      return "mm:ss";
    case 46:
      return "[h]:mm:ss";
    case 47:
      return "mmss.0";
    case 48:
      return "##0.0E+0";
    case 49:
      return "@";
    default:
      return {};
  }
}

std::string format_general(double value) {
  if (std::isnan(value)) return "#NUM!";
  const std::string mag = general_magnitude(std::fabs(value));
  return value < 0 && mag != "0" ? "-" + mag : mag;
}

std::string format_number(double value, std::string_view code, bool date1904) {
  if (!std::isfinite(value)) return "#NUM!";
  if (is_general_code(code)) return format_general(value);
  const std::vector<Section>& secs = parse_code(code);
  const Choice choice = choose_section(secs, value);
  const Section& sec = *choice.section;
  const double shown = choice.drop_sign ? -value : value;
  if (!sec.system_code.empty()) return format_date(shown, parse_section(sec.system_code), date1904);
  if (sec.is_date) return format_date(shown, sec, date1904);
  // Excel prefixes the minus even when the digits round to zero ("-0.00" for -0.001).
  const bool minus = shown < 0 && !sec.tokens.empty();
  const std::string body = format_numeric(std::fabs(shown), sec);
  return minus ? "-" + body : body;
}

std::string format_text(std::string_view text, std::string_view code) {
  if (is_general_code(code)) return std::string(text);
  const std::vector<Section>& secs = parse_code(code);
  if (secs.empty()) return std::string(text);
  if (secs.size() == 4) return apply_text_section(text, secs[3]);
  if (secs.back().has_at) return apply_text_section(text, secs.back());
  return std::string(text);
}

bool is_date_format(std::string_view code) {
  if (is_general_code(code)) return false;
  const std::vector<Section>& secs = parse_code(code);
  return std::any_of(secs.begin(), secs.end(), [](const Section& s) { return s.is_date; });
}

}  // namespace evalbook::xlsx
