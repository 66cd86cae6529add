// libFuzzer target over the 计算方式 expression evaluator: the "expr=result" texts of the
// department forms (full-width operators, percent signs, Chinese brackets). It must never crash,
// loop or overflow the stack, and an evaluated result is finite or absent.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "recompute/formula_eval.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace evalbook::recompute;
  (void)normalize_arithmetic(text);
  if (auto v = evaluate_arithmetic(text); v && !std::isfinite(*v)) std::abort();
  (void)find_arithmetic_claims(text);
  (void)display_expression(text);
  return 0;
}
