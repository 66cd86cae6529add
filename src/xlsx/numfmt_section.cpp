#include "xlsx/numfmt_section.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace evalbook::xlsx::numfmt {

bool Condition::matches(double v) const {
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

bool Condition::negative_only() const {
  return (op == CondOp::lt && value <= 0) || (op == CondOp::le && value < 0) ||
         (op == CondOp::eq && value < 0);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (lower(s[i + k]) != lower(word[k])) return false;
  }
  return true;
}

bool is_digit_token(const std::vector<Token>& t, size_t k) {
  return k < t.size() && t[k].kind == Kind::digit;
}

namespace {

// Finds the ']' closing a '[' in one pass over the code: once no ']' is left after a position,
// none is looked for again, so a code of a million unclosed '[' is read in linear time.
class NextClose {
 public:
  explicit NextClose(std::string_view s) : s_(s) {}
  size_t after(size_t open) {
    if (next_ != std::string_view::npos && (!found_ || next_ <= open)) {
      next_ = s_.find(']', open + 1);
      found_ = true;
    }
    return next_;
  }

 private:
  std::string_view s_;
  size_t next_ = 0;
  bool found_ = false;
};

// Turns ".0"/".00"/".000" after a time into subsecond tokens and m/mm next to h or s into
// minutes. One pass that builds the new list (erasing in place was quadratic in the code).
void resolve_date_tokens(std::vector<Token>& t) {
  std::vector<Token> out;
  out.reserve(t.size());
  for (size_t k = 0; k < t.size();) {
    if (t[k].kind == Kind::point && is_digit_token(t, k + 1) && t[k + 1].ch == '0') {
      size_t end = k + 1;
      while (is_digit_token(t, end) && t[end].ch == '0') ++end;
      const int n = static_cast<int>(end - k - 1);
      out.push_back(Token{Kind::subsecond, std::string(static_cast<size_t>(n), '0'), '0', n});
      k = end;
    } else {
      out.push_back(std::move(t[k]));
      ++k;
    }
  }
  t = std::move(out);
  auto is_hour = [](const Token& x) {
    return x.kind == Kind::hour || (x.kind == Kind::elapsed && x.ch == 'h');
  };
  auto is_second = [](const Token& x) {
    return x.kind == Kind::second || (x.kind == Kind::elapsed && x.ch == 's');
  };
  auto significant = [](const Token& x) {
    return x.kind != Kind::literal && x.kind != Kind::slash && x.kind != Kind::comma;
  };
  // Each gap between significant tokens is walked at most twice, so this stays linear.
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
  NextClose close(code);
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t j = code.find('"', i + 1);
      i = j == std::string_view::npos ? code.size() : j;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const size_t j = close.after(i);
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

}  // namespace

Section parse_section(std::string_view s) {
  Section sec;
  NextClose close(s);
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
      const size_t j = close.after(i);
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
  if (sec.is_date) resolve_date_tokens(sec.tokens);
  return sec;
}

std::vector<Section> parse_code(std::string_view code) {
  std::vector<Section> out;
  for (std::string_view part : split_sections(code)) out.push_back(parse_section(part));
  return out;
}

}  // namespace evalbook::xlsx::numfmt
