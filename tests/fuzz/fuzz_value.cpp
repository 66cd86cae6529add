// libFuzzer target over the value parser: targets, actuals, amounts, rates, Chinese numerals,
// dates and deadlines, levels and grades, as units write them in indicator cells. The parser
// must never throw, crash or loop, and never yield a NaN or an infinity.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/indicator_value.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace evalbook::model;
  (void)parse_indicator_value(text);
  if (auto amount = parse_amount(text); amount && !std::isfinite(*amount)) std::abort();
  if (auto rate = parse_rate(text, true); rate && !std::isfinite(*rate)) std::abort();
  if (auto rate = parse_rate(text, false); rate && !std::isfinite(*rate)) std::abort();
  (void)parse_level(text);
  (void)parse_grade(text);
  return 0;
}
