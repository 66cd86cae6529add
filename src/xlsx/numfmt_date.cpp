#include "xlsx/numfmt_date.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace evalbook::xlsx::numfmt {

namespace {

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

}  // namespace

std::string format_date(double value, const Section& sec, bool date1904) {
  const double max_serial = date1904 ? 2957004.0 : 2958466.0;  // past 9999-12-31
  if (!(value >= 0) || value >= max_serial) return std::string(kHashes);
  const std::vector<Token>& t = sec.tokens;
  const DateTime dt = split_serial(value, subsecond_digits(t), date1904);
  // Rounding to the shown precision can carry 9999-12-31 23:59:59.9 into year 10000.
  if (dt.date.year > 9999) return std::string(kHashes);
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

}  // namespace evalbook::xlsx::numfmt
