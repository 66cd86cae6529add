#include "recompute/rounding.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace evalbook::recompute {

double round_half_up(double x, int decimals) {
  if (!std::isfinite(x)) return x;
  // The 15-significant-digit decimal form of x, then half-up on those decimal digits.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific, 14);
  std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
  std::size_t e = s.find('e');
  std::string digits;
  for (std::size_t i = 0; i < e; ++i) {
    if (s[i] != '.') digits += s[i];
  }
  int exponent = std::stoi(std::string(s.substr(e + 1)));
  // value = 0.digits * 10^(exponent + 1); keep (exponent + 1 + decimals) digits.
  long keep = static_cast<long>(exponent) + 1 + decimals;
  if (keep < 0) return 0.0;
  if (keep < static_cast<long>(digits.size())) {
    bool up = digits[static_cast<std::size_t>(keep)] >= '5';
    digits.resize(static_cast<std::size_t>(keep));
    if (up) {
      long i = keep - 1;
      while (i >= 0 && digits[static_cast<std::size_t>(i)] == '9') digits[static_cast<std::size_t>(i--)] = '0';
      if (i < 0) {
        digits.insert(digits.begin(), '1');
        ++exponent;
      } else {
        ++digits[static_cast<std::size_t>(i)];
      }
    }
  }
  if (digits.empty()) return 0.0;
  std::string text = "0." + digits + "e" + std::to_string(exponent + 1);
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return x < 0 ? -out : out;
}

int decimals_of(std::string_view written) {
  auto percent = written.find('%');
  if (percent != std::string_view::npos) written = written.substr(0, percent);
  auto dot = written.find('.');
  if (dot == std::string_view::npos) return 0;
  int n = 0;
  for (std::size_t i = dot + 1; i < written.size() && written[i] >= '0' && written[i] <= '9'; ++i) ++n;
  return n;
}

bool same_at_precision(double reported, double exact, int decimals) {
  double a = round_half_up(reported, decimals);
  double b = round_half_up(exact, decimals);
  return std::fabs(a - b) < 0.5 * std::pow(10.0, -decimals - 3);
}

std::string format_fixed(double x, int decimals) {
  double r = round_half_up(x, decimals);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, r);
  std::string s = buf;
  if (s.rfind("-0", 0) == 0 && std::fabs(r) < std::pow(10.0, -decimals) / 2) s.erase(0, 1);
  return s;
}

}  // namespace evalbook::recompute
