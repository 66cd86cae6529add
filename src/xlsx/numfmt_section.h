// A number-format code parsed into sections of tokens, once per distinct code: the form every
// display routine works from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::xlsx::numfmt {

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

  bool matches(double v) const;
  // A condition only negative numbers can meet: Excel then shows the section without a minus.
  bool negative_only() const;
};

struct Section {
  std::vector<Token> tokens;  // date sections: subseconds and minutes already resolved
  std::optional<Condition> condition;
  bool chinese = false;          // [$-804]-style locale: Chinese day and month names
  std::string_view system_code;  // [$-F800]/[$-F400]: the system's own long date / time format
  bool has_at = false;
  bool has_general = false;
  bool is_date = false;
};

constexpr std::string_view kAmPmCn = "上午/下午";

char lower(char c);
bool starts_with_ci(std::string_view s, std::size_t i, std::string_view word);
bool is_digit_token(const std::vector<Token>& t, std::size_t k);

// Sections of a code (at most four), each tokenised. Linear in the code's length.
std::vector<Section> parse_code(std::string_view code);
Section parse_section(std::string_view s);

}  // namespace evalbook::xlsx::numfmt
