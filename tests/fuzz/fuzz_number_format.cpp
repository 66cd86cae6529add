// libFuzzer target over the number-format engine: the first eight bytes are the value (a
// double, any bit pattern), the rest is the format code — sections, conditions, colours,
// literals, dates and times — as a hostile styles.xml could carry it.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "xlsx/number_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 8) return 0;
  double value = 0;
  std::memcpy(&value, data, 8);
  const std::string_view code(reinterpret_cast<const char*>(data) + 8, size - 8);
  using namespace evalbook::xlsx;
  (void)format_number(value, code, false);
  (void)format_number(value, code, true);
  (void)format_text(code, code);
  (void)is_date_format(code);
  return 0;
}
