// Decimal arithmetic on Excel's 15 significant digits: how number formats round and print.
#pragma once

#include <string>

namespace evalbook::xlsx::numfmt {

// value = 0.digits × 10^exp10; digits has no trailing zeros; empty digits means zero.
struct Decimal {
  std::string digits;
  int exp10 = 0;

  bool zero() const { return digits.empty(); }
};

// Excel keeps 15 significant digits of a positive finite magnitude (zero otherwise).
Decimal to_decimal15(double magnitude);
// Keeps the first `keep` significant digits, rounding half away from zero.
void round_at(Decimal& d, long keep);
void round_decimals(Decimal& d, int decimals);
void shift(Decimal& d, int power_of_ten);
// Digits before the decimal point; empty when the value is below 1.
std::string integer_digits(const Decimal& d);
// The first `count` digits after the decimal point, zero padded.
std::string fraction_digits(const Decimal& d, int count);
// A magnitude in Excel's General format.
std::string general_magnitude(double magnitude);

}  // namespace evalbook::xlsx::numfmt
