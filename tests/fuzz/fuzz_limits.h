// Limits for the fuzz targets: the defaults are sized for real workbooks; tighter ones keep each
// run within the fuzzer's memory budget while still exercising every limit check.
#pragma once

#include "xlsx/limits.h"

namespace evalbook::fuzz {

inline const xlsx::Limits& limits() {
  static const xlsx::Limits l = [] {
    xlsx::Limits x = xlsx::default_limits();
    x.max_entry_bytes = 64ULL << 20;
    x.max_total_bytes = 256ULL << 20;
    x.max_cells = 1'000'000;
    return x;
  }();
  return l;
}

}  // namespace evalbook::fuzz
