#include "model/number_reading.h"

#include <array>
#include <cmath>
#include <optional>

#include "model/indicator_value.h"
#include "model/value_text.h"

namespace evalbook::model {

namespace {

using value_text::U32;
using value_text::U32View;

// Chinese numerals of one digit, including the financial forms (壹贰叁...).
int digit_of(char32_t c) {
  static constexpr U32View kDigits[] = {U"零〇", U"一壹", U"二两贰", U"三叁", U"四肆",
                                        U"五伍", U"六陆", U"七柒",   U"八捌", U"九玖"};
  for (int d = 0; d < 10; ++d) {
    if (kDigits[d].find(c) != U32View::npos) return d;
  }
  return -1;
}

// The power of ten of a unit character inside a section (十, 百, 千), 0 when not one.
int small_unit_of(char32_t c) {
  if (c == U'十' || c == U'拾') return 10;
  if (c == U'百' || c == U'佰') return 100;
  if (c == U'千' || c == U'仟') return 1000;
  return 0;
}

// One section below 万: "九十五", "一百零五", "十五", "三千二百". nullopt when malformed (two
// digits in a row, a unit without a lower place, units out of order).
std::optional<long> section_value(U32View s) {
  if (s.empty()) return std::nullopt;
  long total = 0;
  int pending = -1;  // a digit waiting for its unit
  int last_unit = 10000;
  bool zero_seen = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int d = digit_of(s[i]);
    if (d == 0) {
      if (pending >= 0 || zero_seen) return std::nullopt;
      zero_seen = true;
      continue;
    }
    if (d > 0) {
      if (pending >= 0) return std::nullopt;  // "九九": digit by digit is no count
      pending = d;
      continue;
    }
    int unit = small_unit_of(s[i]);
    if (unit == 0 || unit >= last_unit) return std::nullopt;
    if (pending < 0) {
      if (i != 0 || unit != 10) return std::nullopt;  // only a leading 十 stands alone
      pending = 1;
    }
    total += pending * unit;
    pending = -1;
    last_unit = unit;
    zero_seen = false;
  }
  if (pending >= 0) {
    // The last digit is units unless it follows 百/千 without a 零 ("一百五" is 150: too loose).
    if (last_unit != 10000 && last_unit > 10 && !zero_seen) return std::nullopt;
    total += pending;
  }
  return total;
}

// "九十五", "九十五点五", "一百", "负十", "三万五千": integer part up to 亿, optional 点 + digits.
std::optional<double> chinese_number(U32View s) {
  bool negative = false;
  if (!s.empty() && s.front() == U'负') {
    negative = true;
    s.remove_prefix(1);
  }
  U32View fraction;
  std::size_t point = s.find(U'点');
  if (point != U32View::npos) {
    fraction = s.substr(point + 1);
    s = s.substr(0, point);
    if (fraction.empty()) return std::nullopt;
  }
  if (s.empty()) return std::nullopt;
  double integer = 0;
  std::size_t wan = s.find(U'万');
  if (wan == U32View::npos) wan = s.find(U'萬');
  if (wan != U32View::npos) {
    auto high = section_value(s.substr(0, wan));
    U32View rest = s.substr(wan + 1);
    if (!high) return std::nullopt;
    integer = static_cast<double>(*high) * 10000;
    if (!rest.empty()) {
      if (digit_of(rest.front()) == 0) rest.remove_prefix(1);
      auto low = section_value(rest);
      if (!low) return std::nullopt;
      integer += static_cast<double>(*low);
    }
  } else {
    auto v = section_value(s);
    if (!v) return std::nullopt;
    integer = static_cast<double>(*v);
  }
  double frac = 0;
  double scale = 0.1;
  for (char32_t c : fraction) {
    int d = digit_of(c);
    if (d < 0) return std::nullopt;
    frac += d * scale;
    scale /= 10;
  }
  // The fraction as its decimal text reads, not as the sum of binary tenths.
  double v = std::round((integer + frac) * 1e6) / 1e6;
  return negative ? -v : v;
}

struct Suffix {
  U32View text;
  const char* unit;
};

// Longest first: "万元" before "元" and "万".
constexpr std::array<Suffix, 6> kSuffixes{{
    {U"万元", "万元"},
    {U"亿元", "亿元"},
    {U"元", "元"},
    {U"万", "万元"},
    {U"分", "分"},
    {U"%", "%"},
}};

bool has_fullwidth_digit(std::string_view text) {
  // U+FF10..U+FF19 are EF BC 90..99 in UTF-8.
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xEF &&
        static_cast<unsigned char>(text[i + 1]) == 0xBC) {
      auto b = static_cast<unsigned char>(text[i + 2]);
      if (b >= 0x90 && b <= 0x99) return true;
    }
  }
  return false;
}

void add_reading(std::string& reading, const std::string& part) {
  reading += (reading.empty() ? "" : "，") + part;
}

}  // namespace

bool is_placeholder_text(std::string_view text) {
  std::optional<U32> norm = value_text::normalised(text);
  if (!norm || norm->empty()) return false;
  U32 s = value_text::compact(*norm, nullptr);
  for (U32View word : {U"无", U"空白", U"空", U"暂无", U"N/A", U"n/a"}) {
    if (s == word) return true;
  }
  for (char32_t c : s) {
    if (c != U'-' && c != U'—' && c != U'–' && c != U'─' && c != U'/' && c != U'\\') return false;
  }
  return true;
}

NumberText read_number_text(std::string_view text) {
  NumberText out;
  std::optional<U32> norm = value_text::normalised(text);
  if (!norm) {
    out.kind = NumberTextKind::unreadable;
    return out;
  }
  if (norm->empty()) return out;
  if (is_placeholder_text(text)) {
    out.placeholder = true;
    return out;
  }
  out.kind = NumberTextKind::unreadable;
  bool digit_gap = false;
  U32 s = value_text::compact(*norm, &digit_gap);
  if (digit_gap) return out;  // "1 000": never guess how digits join
  U32View body = s;
  for (const Suffix& suffix : kSuffixes) {
    if (body.size() > suffix.text.size() && value_text::ends_with(body, suffix.text)) {
      body.remove_suffix(suffix.text.size());
      out.unit = suffix.unit;
      break;
    }
  }
  std::string reading;
  if (has_fullwidth_digit(text)) add_reading(reading, "全角数字");
  std::string ascii = value_text::encode_utf8(body);
  if (std::optional<double> amount = parse_amount(ascii)) {
    if (ascii.find(',') != std::string::npos) add_reading(reading, "去掉千位分隔符");
    if (ascii.front() == '(') add_reading(reading, "括号表示负数");
    out.value = *amount;
  } else if (std::optional<double> chinese = chinese_number(body)) {
    add_reading(reading, "中文数字");
    out.value = *chinese;
  } else {
    return out;
  }
  if (!out.unit.empty())
    add_reading(reading,
                "去掉单位“" + value_text::encode_utf8(U32View(s).substr(body.size())) + "”");
  if (!std::isfinite(out.value)) return out;
  out.kind = NumberTextKind::number;
  out.reading = reading;
  return out;
}

bool is_approximate_number_text(std::string_view text) {
  std::optional<U32> norm = value_text::normalised(text);
  if (!norm) return false;
  U32 s = value_text::compact(*norm, nullptr);
  U32View body = s;
  bool qualified = false;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (U32View before : {U"大约", U"大概", U"将近", U"接近", U"约为", U"约", U"近", U"≈", U"~"}) {
      if (body.size() > before.size() && value_text::starts_with(body, before)) {
        body.remove_prefix(before.size());
        stripped = qualified = true;
      }
    }
    for (U32View after : {U"左右", U"上下", U"以上", U"以下", U"多", U"余"}) {
      if (body.size() > after.size() && value_text::ends_with(body, after)) {
        body.remove_suffix(after.size());
        stripped = qualified = true;
      }
    }
  }
  return qualified &&
         read_number_text(value_text::encode_utf8(body)).kind == NumberTextKind::number;
}

}  // namespace evalbook::model
