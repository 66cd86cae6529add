#include "recompute/formula_eval.h"

#include <cmath>
#include <cstdlib>

namespace evalbook::recompute {

namespace {

// One UTF-8 code point at s[i]; advances i. Invalid bytes come back as themselves, one at a time.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t len = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) {
    ++i;
    return b0;
  }
  char32_t cp = len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return b0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

char ascii_for(char32_t cp) {
  if (cp >= U'０' && cp <= U'９') return static_cast<char>('0' + (cp - U'０'));
  switch (cp) {
    case U'＋': return '+';
    case U'－': case U'−': return '-';
    case U'＊': case U'×': case U'✕': return '*';
    case U'／': case U'÷': return '/';
    case U'（': return '(';
    case U'）': return ')';
    case U'％': return '%';
    case U'＝': return '=';
    case U'．': return '.';
    case U'\u3000': return ' ';
    default: return 0;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_arith(char c) {
  return is_digit(c) || c == '.' || c == '+' || c == '-' || c == '*' || c == '/' || c == '(' ||
         c == ')' || c == '%' || c == ' ';
}

// Recursive descent over an ASCII expression.
struct Parser {
  std::string_view s;
  std::size_t pos = 0;
  int numbers = 0;
  int binary_ops = 0;
  int depth = 0;
  bool ok = true;
  // Nesting deeper than this is not a clerk's formula (and must not exhaust the stack).
  static constexpr int kMaxDepth = 32;

  void blanks() {
    while (pos < s.size() && s[pos] == ' ') ++pos;
  }
  bool take(char c) {
    blanks();
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  double expr() {
    double v = term();
    while (ok) {
      if (take('+')) {
        ++binary_ops;
        v += term();
      } else if (take('-')) {
        ++binary_ops;
        v -= term();
      } else {
        break;
      }
    }
    return v;
  }
  double term() {
    double v = factor();
    while (ok) {
      if (take('*')) {
        ++binary_ops;
        v *= factor();
      } else if (take('/')) {
        ++binary_ops;
        double d = factor();
        if (d == 0) {
          ok = false;
          return 0;
        }
        v /= d;
      } else {
        break;
      }
    }
    return v;
  }
  double factor() {
    if (++depth > kMaxDepth) {
      ok = false;
      return 0;
    }
    double v = 0;
    if (take('-')) {
      v = -factor();
    } else if (take('+')) {
      v = factor();
    } else {
      v = primary();
      while (ok && take('%')) v /= 100;
    }
    --depth;
    return v;
  }
  double primary() {
    blanks();
    if (take('(')) {
      double v = expr();
      if (!take(')')) ok = false;
      return v;
    }
    std::size_t start = pos;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && is_digit(s[pos])) ++pos;
    }
    std::string number(s.substr(start, pos - start));
    if (number.find_first_of("0123456789") == std::string::npos) {
      ok = false;
      return 0;
    }
    ++numbers;
    return std::strtod(number.c_str(), nullptr);
  }
};

struct Evaluated {
  double value = 0;
  int numbers = 0;
  int binary_ops = 0;
};

std::optional<Evaluated> evaluate(std::string_view expression) {
  Parser p{expression};
  double v = p.expr();
  p.blanks();
  if (!p.ok || p.pos != expression.size() || !std::isfinite(v)) return std::nullopt;
  return Evaluated{v, p.numbers, p.binary_ops};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string normalize_arithmetic(std::string_view text) {
  std::string mapped;
  mapped.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (char c = ascii_for(cp)) {
      mapped += c;
    } else {
      mapped.append(text.substr(start, i - start));
    }
  }
  // Thousands separators: a comma after a digit followed by exactly three digits.
  std::string out;
  out.reserve(mapped.size());
  for (std::size_t k = 0; k < mapped.size(); ++k) {
    if (mapped[k] == ',' && k > 0 && is_digit(mapped[k - 1])) {
      bool three = true;
      for (std::size_t d = 1; three && d <= 3; ++d) three = k + d < mapped.size() && is_digit(mapped[k + d]);
      if (three && (k + 4 >= mapped.size() || !is_digit(mapped[k + 4]))) continue;
    }
    out += mapped[k];
  }
  return out;
}

std::optional<double> evaluate_arithmetic(std::string_view expression) {
  auto e = evaluate(expression);
  if (!e) return std::nullopt;
  return e->value;
}

std::vector<ArithmeticClaim> find_arithmetic_claims(std::string_view text) {
  std::vector<ArithmeticClaim> claims;
  std::string s = normalize_arithmetic(text);
  for (std::size_t eq = s.find('='); eq != std::string::npos; eq = s.find('=', eq + 1)) {
    // The run of arithmetic characters before '='.
    std::size_t begin = eq;
    while (begin > 0 && is_arith(s[begin - 1])) --begin;
    std::string_view lhs = trim(std::string_view(s).substr(begin, eq - begin));
    while (!lhs.empty() && (lhs.front() == ')' || lhs.front() == '*' || lhs.front() == '/' ||
                            lhs.front() == '%' || lhs.front() == '+' || lhs.front() == '.')) {
      lhs = trim(lhs.substr(1));
    }
    // An opening parenthesis of the prose around the claim ("(18/16=112%)").
    auto count = [](std::string_view v, char c) {
      std::size_t n = 0;
      for (char x : v) n += x == c;
      return n;
    };
    while (!lhs.empty() && lhs.front() == '(' && count(lhs, '(') > count(lhs, ')')) lhs = trim(lhs.substr(1));
    if (lhs.empty()) continue;
    // The stated result: [-]digits[.digits][%].
    std::size_t j = eq + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    std::size_t rstart = j;
    if (j < s.size() && s[j] == '-') ++j;
    std::size_t digits_start = j;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j == digits_start) continue;
    int decimals = 0;
    if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
      ++j;
      while (j < s.size() && is_digit(s[j])) {
        ++j;
        ++decimals;
      }
    }
    std::string number(s.substr(rstart, j - rstart));
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    bool percent = k < s.size() && s[k] == '%';
    if (percent) j = k + 1;
    auto value = evaluate(lhs);
    if (!value || value->binary_ops == 0 || value->numbers < 2) continue;
    ArithmeticClaim c;
    c.expression = std::string(lhs);
    c.result_text = s.substr(rstart, j - rstart);
    c.value = value->value;
    c.stated = std::strtod(number.c_str(), nullptr);
    c.percent = percent;
    c.decimals = decimals;
    claims.push_back(std::move(c));
  }
  return claims;
}

std::string display_expression(std::string_view expression) {
  std::string out;
  for (char c : expression) {
    if (c == ' ') continue;
    if (c == '/') {
      out += " ÷ ";
    } else if (c == '*') {
      out += " × ";
    } else if ((c == '+' || c == '-') && !out.empty() && (is_digit(out.back()) || out.back() == ')' || out.back() == '%')) {
      out += ' ';
      out += c;
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace evalbook::recompute
