#include "model/indicator_value.h"

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "model/value_text.h"

namespace evalbook::model {

namespace {

using value_text::compact;
using value_text::encode_utf8;
using value_text::ends_with;
using value_text::is_digit;
using value_text::kReplacement;
using value_text::normalised;
using value_text::starts_with;
using value_text::starts_with_ci_ascii;
using value_text::strip_quotes;
using value_text::trim;
using value_text::U32;
using value_text::U32View;
// Digit caps: more digits than this is not a number a clerk writes (and must not overflow).
constexpr std::size_t kMaxIntDigits = 15;
constexpr std::size_t kMaxFracDigits = 20;
// Longest unit accepted after a number ("亿元/年镇", "个工作日").
constexpr std::size_t kMaxUnitChars = 5;

// ---------------------------------------------------------------------------------------------
// Numbers.

enum class ScanStatus { none, ok, malformed };

struct ScannedNumber {
  double value = 0;
  std::size_t int_digits = 0;
  bool has_fraction = false;
};

// Reads a decimal number at `pos` (digits, optional ',' thousands groups of three, optional
// '.' fraction). `malformed` when it starts like a number but is not a plain one ("1,15",
// "1.2.3", too many digits). Never reads past the digit caps.
ScanStatus scan_number(U32View s, std::size_t& pos, ScannedNumber& out) {
  std::size_t i = pos;
  const std::size_t n = s.size();
  if (i >= n || !is_digit(s[i])) return ScanStatus::none;
  std::string ascii;
  std::size_t int_digits = 0;
  std::size_t group = 0;
  while (i < n && is_digit(s[i])) {
    if (++int_digits > kMaxIntDigits) return ScanStatus::malformed;
    ascii.push_back(static_cast<char>(s[i]));
    ++group;
    ++i;
  }
  bool grouped = false;
  while (i < n && s[i] == U',' && i + 1 < n && is_digit(s[i + 1])) {
    // A thousands separator: the group before it has 1-3 digits (3 after the first) and exactly
    // three digits follow it.
    if (group > 3 || (grouped && group != 3)) return ScanStatus::malformed;
    std::size_t j = i + 1;
    std::size_t k = 0;
    while (j < n && is_digit(s[j]) && k < 4) ++j, ++k;
    if (k != 3) return ScanStatus::malformed;
    for (std::size_t m = i + 1; m < j; ++m) ascii.push_back(static_cast<char>(s[m]));
    int_digits += 3;
    if (int_digits > kMaxIntDigits) return ScanStatus::malformed;
    grouped = true;
    group = 3;
    i = j;
  }
  bool has_fraction = false;
  if (i + 1 < n && s[i] == U'.' && is_digit(s[i + 1])) {
    ascii.push_back('.');
    ++i;
    std::size_t frac = 0;
    while (i < n && is_digit(s[i])) {
      if (++frac > kMaxFracDigits) return ScanStatus::malformed;
      ascii.push_back(static_cast<char>(s[i]));
      ++i;
    }
    has_fraction = true;
  }
  // "1.2.3", "1.5,000": a second point or separator glued to digits is not a plain number.
  if (i + 1 < n && (s[i] == U'.' || s[i] == U',') && is_digit(s[i + 1])) {
    return ScanStatus::malformed;
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
  if (ec != std::errc() || ptr != ascii.data() + ascii.size()) return ScanStatus::malformed;
  out.value = value + 0.0;  // never -0
  out.int_digits = int_digits;
  out.has_fraction = has_fraction;
  pos = i;
  return ScanStatus::ok;
}

// A plain amount: [sign] number, or an accounting negative "(number)". Blanks already removed.
std::optional<double> plain_amount(U32View s) {
  bool negative = false;
  if (s.size() >= 2 && s.front() == U'(' && s.back() == U')') {
    s = s.substr(1, s.size() - 2);
    negative = true;
  } else if (!s.empty() && (s.front() == U'-' || s.front() == U'+')) {
    negative = s.front() == U'-';
    s.remove_prefix(1);
  }
  std::size_t pos = 0;
  ScannedNumber num;
  if (scan_number(s, pos, num) != ScanStatus::ok || pos != s.size()) return std::nullopt;
  double v = negative ? -num.value : num.value;
  return v + 0.0;
}

// ---------------------------------------------------------------------------------------------
// Comparators.

struct ComparatorWord {
  U32View word;
  Comparator comparator;
  bool deadline;
};

// Longer spellings first where one is a prefix of another.
constexpr std::array<ComparatorWord, 29> kLeadingComparators{{
    {U"大于或等于", Comparator::ge, false}, {U"小于或等于", Comparator::le, false},
    {U"大于等于", Comparator::ge, false},   {U"小于等于", Comparator::le, false},
    {U"不低于", Comparator::ge, false},     {U"不少于", Comparator::ge, false},
    {U"不小于", Comparator::ge, false},     {U"不高于", Comparator::le, false},
    {U"不多于", Comparator::le, false},     {U"不大于", Comparator::le, false},
    {U"不超过", Comparator::le, false},     {U"不超出", Comparator::le, false},
    {U"不超", Comparator::le, false},       {U"超过", Comparator::gt, false},
    {U"大于", Comparator::gt, false},       {U"高于", Comparator::gt, false},
    {U"多于", Comparator::gt, false},       {U"小于", Comparator::lt, false},
    {U"低于", Comparator::lt, false},       {U"少于", Comparator::lt, false},
    {U"达到", Comparator::ge, false},       {U"至少", Comparator::ge, false},
    {U">=", Comparator::ge, false},         {U"<=", Comparator::le, false},
    {U"==", Comparator::eq, false},         {U"≥", Comparator::ge, false},
    {U"≤", Comparator::le, false},          {U">", Comparator::gt, false},
    {U"<", Comparator::lt, false},
}};
constexpr ComparatorWord kEqualsSign{U"=", Comparator::eq, false};

constexpr std::array<ComparatorWord, 10> kTrailingComparators{{
    {U"及以上", Comparator::ge, false},
    {U"以上", Comparator::ge, false},
    {U"及以下", Comparator::le, false},
    {U"以下", Comparator::le, false},
    {U"以内", Comparator::le, false},
    {U"之内", Comparator::le, false},
    {U"之前", Comparator::le, true},
    {U"以前", Comparator::le, true},
    {U"内", Comparator::le, false},
    {U"前", Comparator::le, true},
}};

int direction(Comparator c) {
  switch (c) {
    case Comparator::ge:
    case Comparator::gt:
      return 1;
    case Comparator::le:
    case Comparator::lt:
      return -1;
    default:
      return 0;
  }
}

const ComparatorWord* match_leading(U32View s) {
  for (const auto& w : kLeadingComparators) {
    if (starts_with(s, w.word)) return &w;
  }
  if (starts_with(s, kEqualsSign.word)) return &kEqualsSign;
  return nullptr;
}

const ComparatorWord* match_trailing(U32View s) {
  for (const auto& w : kTrailingComparators) {
    if (ends_with(s, w.word)) return &w;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Units.

bool is_range_separator(char32_t c) {
  return c == U'-' || c == U'~' || c == U'—' || c == U'–' || c == U'至' || c == U'到';
}

// Characters that never occur in a unit: punctuation that joins clauses, signs, and words that
// make the number approximate or relative (约, 余, 多, 左右, 近, 每, 不, 超, 以, 前, 第...).
bool forbidden_in_unit(char32_t c) {
  if (is_digit(c) || c < 0x20 || c == 0x7F || c == kReplacement || c == U' ') return true;
  static constexpr U32View kForbidden =
      U",.;:!?()[]{}<>\"'`~-+=*#@&|\\^_$%，、；：！？。…（）【】《》〈〉“”‘’—–≥≤×÷·"
      U"约余多近左右每不超以及前后第至到和或共计等";
  return kForbidden.find(c) != U32View::npos;
}

bool valid_unit(U32View u) {
  if (u.size() > kMaxUnitChars) return false;
  for (char32_t c : u) {
    if (forbidden_in_unit(c)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Dates.

enum class DateStatus { not_date, date, text };

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year != 0) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool plausible_year(int y) { return y >= 1900 && y <= 2100; }

// Reads up to `max_digits` digits; returns the count read (0 when none) and fails (-1) when
// more digits follow.
int read_int(U32View s, std::size_t& pos, std::size_t max_digits, int& value) {
  std::size_t i = pos;
  int v = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i - pos >= max_digits) return -1;
    v = v * 10 + static_cast<int>(s[i] - U'0');
    ++i;
  }
  int count = static_cast<int>(i - pos);
  pos = i;
  value = v;
  return count;
}

// The end of a date: nothing, or 前/之前/以前 (a deadline).
bool date_tail(U32View rest, IndicatorValue& out) {
  if (rest.empty()) return true;
  if (rest == U"前" || rest == U"之前" || rest == U"以前") {
    out.deadline = true;
    return true;
  }
  return false;
}

// After "…M月": "D日"/"D号", "底"/"末", "份", then the tail.
bool month_continuation(U32View s, std::size_t i, IndicatorValue& out) {
  Date& d = *out.date;
  if (i < s.size() && is_digit(s[i])) {
    int day = 0;
    if (read_int(s, i, 2, day) <= 0) return false;
    if (i >= s.size() || (s[i] != U'日' && s[i] != U'号')) return false;
    ++i;
    if (day < 1 || day > days_in_month(d.year, d.month)) return false;
    d.day = day;
  } else if (i < s.size() && (s[i] == U'底' || s[i] == U'末')) {
    out.end_of_period = true;
    ++i;
  } else if (i < s.size() && s[i] == U'份') {
    ++i;
  }
  return date_tail(s.substr(i), out);
}

// Dates as clerks write them: "2023年1月22日前", "2023年10月底", "2023年9月", "2023年底前",
// "11月底", "8月前", "5月", "年底前", "2023-12-31", "2023/12/31", "2019.7". `text` when it
// starts as a calendar year ("2023年…") but goes on as something else ("2023年7月-8月").
DateStatus parse_date(U32View s, IndicatorValue& out) {
  out.date = Date{};
  Date& d = *out.date;
  if (starts_with(s, U"年底") || starts_with(s, U"年末")) {
    out.end_of_period = true;
    return date_tail(s.substr(2), out) ? DateStatus::date : DateStatus::not_date;
  }
  std::size_t i = 0;
  int first = 0;
  int count = read_int(s, i, 4, first);
  if (count <= 0 || i >= s.size()) return DateStatus::not_date;
  const char32_t sep = s[i];
  if (sep == U'年') {
    if (count != 4 || !plausible_year(first)) return DateStatus::not_date;
    d.year = first;
    ++i;
    if (i < s.size() && (s[i] == U'底' || s[i] == U'末')) {
      out.end_of_period = true;
      return date_tail(s.substr(i + 1), out) ? DateStatus::date : DateStatus::text;
    }
    if (i < s.size() && is_digit(s[i])) {
      int month = 0;
      if (read_int(s, i, 2, month) <= 0 || month < 1 || month > 12) return DateStatus::text;
      if (i >= s.size() || s[i] != U'月') return DateStatus::text;
      d.month = month;
      return month_continuation(s, i + 1, out) ? DateStatus::date : DateStatus::text;
    }
    return date_tail(s.substr(i), out) ? DateStatus::date : DateStatus::text;
  }
  if (sep == U'月') {
    if (count > 2 || first < 1 || first > 12) return DateStatus::not_date;
    d.month = first;
    return month_continuation(s, i + 1, out) ? DateStatus::date : DateStatus::not_date;
  }
  if (sep == U'-' || sep == U'/' || sep == U'.') {
    if (count != 4 || !plausible_year(first)) return DateStatus::not_date;
    ++i;
    int month = 0;
    if (read_int(s, i, 2, month) <= 0 || month < 1 || month > 12) return DateStatus::not_date;
    d.year = first;
    d.month = month;
    if (i < s.size() && s[i] == sep) {
      ++i;
      int day = 0;
      if (read_int(s, i, 2, day) <= 0 || day < 1 || day > days_in_month(first, month)) {
        return DateStatus::not_date;
      }
      d.day = day;
    }
    return date_tail(s.substr(i), out) ? DateStatus::date : DateStatus::not_date;
  }
  return DateStatus::not_date;
}

// A trailing " HH:MM[:SS]" (a date cell shown with its time, "2019-05-01 00:00:00"): returns
// the text before it, or nullopt when there is none.
std::optional<U32View> strip_time_of_day(U32View s) {
  std::size_t space = s.rfind(U' ');
  if (space == U32View::npos) return std::nullopt;
  U32View time = s.substr(space + 1);
  std::size_t i = 0;
  int h = 0, m = 0, sec = 0;
  if (read_int(time, i, 2, h) <= 0 || i >= time.size() || time[i] != U':') return std::nullopt;
  ++i;
  if (read_int(time, i, 2, m) != 2) return std::nullopt;
  if (i < time.size()) {
    if (time[i] != U':') return std::nullopt;
    ++i;
    if (read_int(time, i, 2, sec) != 2 || i != time.size()) return std::nullopt;
  }
  if (h > 23 || m > 59 || sec > 59) return std::nullopt;
  return trim(s.substr(0, space));
}

// ---------------------------------------------------------------------------------------------
// Qualitative levels and grades.

QualitativeLevel level_of(U32View s) {
  s = strip_quotes(s);
  if (starts_with(s, U"已")) s.remove_prefix(1);
  QualitativeLevel level = QualitativeLevel::achieved;
  if (starts_with(s, U"部分")) {
    level = QualitativeLevel::partial;
    s.remove_prefix(2);
  } else if (starts_with(s, U"未")) {
    level = QualitativeLevel::not_achieved;
    s.remove_prefix(1);
  }
  // (达成|完成)(预期|年度)?(指标|目标)
  if (starts_with(s, U"达成") || starts_with(s, U"完成")) {
    s.remove_prefix(2);
  } else {
    return QualitativeLevel::none;
  }
  if (starts_with(s, U"预期") || starts_with(s, U"年度")) s.remove_prefix(2);
  if (starts_with(s, U"指标") || starts_with(s, U"目标")) return level;
  return QualitativeLevel::none;
}

// ---------------------------------------------------------------------------------------------
// Indicator values.

IndicatorValue text_value() {
  IndicatorValue v;
  v.kind = ValueKind::text;
  return v;
}

void set_unit(IndicatorValue& v, bool percent, U32View unit) {
  v.percent = percent;
  v.unit = percent ? std::string("%") : encode_utf8(unit);
}

// "≥20家", "-8人", "不超17万", "90%以上", "1-2次", "3～5家", "4-5"; blanks already removed.
std::optional<IndicatorValue> parse_quantity(U32View s) {
  IndicatorValue v;
  std::size_t i = 0;
  Comparator lead = Comparator::none;
  if (const ComparatorWord* w = match_leading(s)) {
    lead = w->comparator;
    i += w->word.size();
  }
  bool minus = false;
  if (i < s.size() && s[i] == U'-') {
    // RULES §8: a leading '-' before a number is '=' ("-8人", "-100%"), never a negative.
    if (lead != Comparator::none || i + 1 >= s.size() || !is_digit(s[i + 1])) {
      return std::nullopt;
    }
    minus = true;
    lead = Comparator::eq;
    ++i;
  }
  ScannedNumber a;
  if (scan_number(s, i, a) != ScanStatus::ok) return std::nullopt;
  bool percent_a = false;
  if (i < s.size() && s[i] == U'%') {
    percent_a = true;
    ++i;
  }

  // Range "a-b", "a~b", "a至b": the first bound may repeat the unit ("3%-5%", "3万-5万").
  {
    std::size_t j = i;
    while (j < s.size() && !is_digit(s[j]) && !is_range_separator(s[j])) ++j;
    U32View unit_a = s.substr(i, j - i);
    if (j + 1 < s.size() && is_range_separator(s[j]) && is_digit(s[j + 1])) {
      if (lead != Comparator::none || minus) return std::nullopt;  // "≥1-2次", "-1-2"
      if (!unit_a.empty() && (percent_a || !valid_unit(unit_a))) return std::nullopt;
      std::size_t k = j + 1;
      ScannedNumber b;
      if (scan_number(s, k, b) != ScanStatus::ok) return std::nullopt;
      bool percent_b = false;
      if (k < s.size() && s[k] == U'%') {
        percent_b = true;
        ++k;
      }
      U32View unit_b = s.substr(k);
      if (percent_b && !unit_b.empty()) return std::nullopt;
      if (percent_a && !percent_b) return std::nullopt;
      if (!valid_unit(unit_b)) return std::nullopt;
      if (!unit_a.empty() && unit_a != unit_b) return std::nullopt;
      if (a.value > b.value) return std::nullopt;
      // "20200101至20201231" is a period written as two date stamps, not a range of numbers.
      if (unit_b.empty() && !percent_b && (a.int_digits >= 6 || b.int_digits >= 6)) {
        return std::nullopt;
      }
      v.kind = ValueKind::range;
      v.value = a.value;
      v.upper = b.value;
      set_unit(v, percent_b, unit_b);
      return v;
    }
  }

  U32View rest = s.substr(i);
  Comparator trail = Comparator::none;
  bool deadline = false;
  if (const ComparatorWord* w = match_trailing(rest)) {
    trail = w->comparator;
    deadline = w->deadline;
    rest.remove_suffix(w->word.size());
  }
  if (percent_a && !rest.empty()) return std::nullopt;  // "85%人"
  if (!valid_unit(rest)) return std::nullopt;

  Comparator comparator = lead;
  if (trail != Comparator::none) {
    if (lead == Comparator::none) {
      comparator = trail;
    } else if (direction(lead) == 0 || direction(lead) != direction(trail)) {
      return std::nullopt;  // "=90%以上", "≥5%以下"
    }
    // Same direction ("大于90%以上"): the leading word is the precise one.
  }
  v.kind = ValueKind::number;
  v.comparator = comparator;
  v.value = a.value;
  v.deadline = deadline;
  set_unit(v, percent_a, rest);
  return v;
}

}  // namespace

IndicatorValue parse_indicator_value(std::string_view text) {
  std::optional<U32> norm = normalised(text);
  if (!norm) return text_value();
  if (norm->empty()) return IndicatorValue{};

  U32View trimmed = *norm;
  if (std::optional<U32View> date_part = strip_time_of_day(trimmed)) {
    IndicatorValue v;
    bool gap = false;
    U32 s = compact(*date_part, &gap);
    if (!gap && !s.empty() && is_digit(s.front()) && parse_date(s, v) == DateStatus::date) {
      v.kind = ValueKind::date;
      return v;
    }
    // Not "date time": fall through and read the whole text.
  }

  bool digit_gap = false;
  U32 s = compact(trimmed, &digit_gap);

  if (QualitativeLevel level = level_of(s); level != QualitativeLevel::none) {
    IndicatorValue v;
    v.kind = ValueKind::qualitative;
    v.level = level;
    return v;
  }
  if (digit_gap) return text_value();  // "1 000", "2020 0101": never guess how digits join

  {
    IndicatorValue v;
    DateStatus status = parse_date(s, v);
    if (status == DateStatus::date) {
      v.kind = ValueKind::date;
      return v;
    }
    if (status == DateStatus::text) return text_value();
  }
  if (std::optional<IndicatorValue> q = parse_quantity(s)) return *q;
  return text_value();
}

bool percent_scale_unclear(const IndicatorValue& target, const IndicatorValue& actual) {
  bool percent_target = (target.kind == ValueKind::number || target.kind == ValueKind::range) &&
                        target.percent && target.value && *target.value > 1;
  bool bare_fraction = actual.kind == ValueKind::number && !actual.percent && actual.unit.empty() &&
                       actual.value && *actual.value > 0 && *actual.value <= 1;
  return percent_target && bare_fraction;
}

std::optional<double> parse_amount(std::string_view text) {
  std::optional<U32> norm = normalised(text);
  if (!norm || norm->empty()) return std::nullopt;
  // Blanks inside an amount are not allowed ("1 000", "- 5"): a plain amount is one token.
  if (norm->find(U' ') != U32::npos) return std::nullopt;
  return plain_amount(*norm);
}

std::optional<double> parse_rate(std::string_view text, bool percent_units) {
  std::optional<U32> norm = normalised(text);
  if (!norm || norm->empty()) return std::nullopt;
  U32View s = *norm;
  bool percent = false;
  if (s.back() == U'%') {
    percent = true;
    s = trim(s.substr(0, s.size() - 1));
  }
  if (s.find(U' ') != U32View::npos) return std::nullopt;
  std::optional<double> v = plain_amount(s);
  if (!v) return std::nullopt;
  if (percent || percent_units) return *v / 100.0;
  return *v;
}

QualitativeLevel parse_level(std::string_view text) {
  std::optional<U32> norm = normalised(text);
  if (!norm) return QualitativeLevel::none;
  return level_of(compact(*norm, nullptr));
}

std::optional<std::string> parse_grade(std::string_view text) {
  std::optional<U32> norm = normalised(text);
  if (!norm) return std::nullopt;
  U32 c = compact(*norm, nullptr);
  U32View s = strip_quotes(c);
  static constexpr std::array<std::pair<U32View, const char*>, 10> kGrades{{
      {U"优", "优"},
      {U"优秀", "优"},
      {U"良", "良"},
      {U"良好", "良"},
      {U"中", "中"},
      {U"中等", "中"},
      {U"合格", "中"},
      {U"差", "差"},
      {U"较差", "差"},
      {U"不合格", "差"},
  }};
  for (const auto& [word, grade] : kGrades) {
    if (s == word) return std::string(grade);
  }
  return std::nullopt;
}

}  // namespace evalbook::model
