#include "xlsx/numfmt_decimal.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace evalbook::xlsx::numfmt {

namespace {

void trim_trailing_zeros(Decimal& d) {
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) d.exp10 = 0;
}

}  // namespace

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

}  // namespace evalbook::xlsx::numfmt
