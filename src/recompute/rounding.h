// Exact decimal rounding and the rounding-aware comparison the forms need: a reported figure is
// right when it equals the recomputed one rounded to the precision it was written with.
#pragma once

#include <string>
#include <string_view>

namespace evalbook::recompute {

// x rounded to `decimals` places, half away from zero, computed on x's 15-significant-digit
// decimal form (so 2.675 -> 2.68 and 0.0456 -> 0.05, as a clerk rounds).
double round_half_up(double x, int decimals);

// Decimal places of a figure as written: "2.47" -> 2, "94%" -> 0 (of the percentage), "160" -> 0,
// "1,914.07" -> 2, "82.370" -> 3.
int decimals_of(std::string_view written);

// True when `reported` equals `exact` rounded to `decimals` places (both compared at that
// precision, so 94 matches 93.96 at 0 places and 2.47 matches 2.4708 at 2).
bool same_at_precision(double reported, double exact, int decimals);

// The figure as a clerk would write it at `decimals` places ("82.37", "100.00", "-3").
std::string format_fixed(double x, int decimals);

// As the rules' messages show figures: at 2 places ("82.37"), and a rate as a percentage at 2
// places (0.8237 -> "82.37%").
inline std::string two_places(double x) { return format_fixed(x, 2); }
inline std::string percent_text(double rate) { return format_fixed(rate * 100, 2) + "%"; }

}  // namespace evalbook::recompute
