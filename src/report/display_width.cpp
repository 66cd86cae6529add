#include "report/display_width.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "xlsx/utf8.h"

namespace evalbook::report {

namespace {

double char_width(std::uint32_t cp) { return cp >= 0x1100 ? 2.0 : 1.0; }

}  // namespace

double display_width(std::string_view s) {
  double best = 0;
  double w = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::uint32_t cp = xlsx::next_code_point(s, i);
    if (cp == '\n') {
      best = std::max(best, w);
      w = 0;
      continue;
    }
    w += char_width(cp);
  }
  return std::max(best, w);
}

int wrapped_lines(std::string_view s, double width) {
  width = std::max(width, 1.0);
  int lines = 0;
  double w = 0;
  std::size_t i = 0;
  auto end_line = [&] {
    lines += std::max(1, static_cast<int>(std::ceil(w / width)));
    w = 0;
  };
  while (i < s.size()) {
    const std::uint32_t cp = xlsx::next_code_point(s, i);
    if (cp == '\n') {
      end_line();
      continue;
    }
    w += char_width(cp);
  }
  end_line();
  return lines;
}

}  // namespace evalbook::report
