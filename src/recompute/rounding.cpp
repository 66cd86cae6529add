#include "recompute/rounding.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace evalbook::recompute {

double round_half_up(double x, int decimals) {
  if (!std::isfinite(x)) return x;
  // The 15-significant-digit decimal form of x, then half-up on those decimal digits. Done in
  // stack buffers: every figure of every form passes through here.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific, 14);
  std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
  std::size_t e = s.find('e');
  char digits[24];
  long n = 0;
  for (std::size_t i = 0; i < e; ++i) {
    if (s[i] != '.') digits[n++] = s[i];
  }
  int exponent = 0;
  std::string_view exp_text = s.substr(e + 1);
  if (!exp_text.empty() && exp_text.front() == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  // value = 0.digits * 10^(exponent + 1); keep (exponent + 1 + decimals) digits.
  long keep = static_cast<long>(exponent) + 1 + decimals;
  if (keep < 0) return 0.0;
  char* first = digits;  // one place in front for a carry out of the first digit
  char carried[25];
  if (keep < n) {
    bool up = digits[keep] >= '5';
    n = keep;
    if (up) {
      long i = keep - 1;
      while (i >= 0 && digits[i] == '9') digits[i--] = '0';
      if (i < 0) {
        carried[0] = '1';
        std::copy(digits, digits + n, carried + 1);
        first = carried;
        ++n;
        ++exponent;
      } else {
        ++digits[i];
      }
    }
  }
  if (n == 0) return 0.0;
  // "0.<digits>e<exponent + 1>" read back as a double.
  char text[64];
  char* t = text;
  *t++ = '0';
  *t++ = '.';
  t = std::copy(first, first + n, t);
  *t++ = 'e';
  t = std::to_chars(t, text + sizeof text, exponent + 1).ptr;
  double out = 0;
  std::from_chars(text, t, out);
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
  const int places = decimals < 0 ? 6 : decimals;  // as printf's "%.*f" would
  // Fixed notation of the largest double is 309 digits, then the places.
  std::string s(330 + static_cast<std::size_t>(places), '\0');
  auto res = std::to_chars(s.data(), s.data() + s.size(), r, std::chars_format::fixed, places);
  if (res.ec != std::errc()) return std::to_string(r);
  s.resize(static_cast<std::size_t>(res.ptr - s.data()));
  if (s.rfind("-0", 0) == 0 && std::fabs(r) < std::pow(10.0, -decimals) / 2) s.erase(0, 1);
  return s;
}

}  // namespace evalbook::recompute
