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

// The .xlsx package target's limits. Its inputs are at most -max_len (128 KB) of zip; the real
// sample parts inflate to at most 100 KB each, 150 KB a workbook. A zip bomb or a declared size
// is refused by the same check whether the cap is 1 GB or a few MB, but with the defaults every
// mutant of a zip bomb or of a padded part inflated up to 64 MB before its refusal, which made
// those inputs a thousand times dearer than a form. Each cap below is still one the seeds and
// their mutants pass (the hostile fixtures that test them are seeds), so every refusal path stays
// reachable: ratio_check_min_bytes is lowered with max_entry_bytes so the inflate-ratio check
// can still fire below the entry cap.
inline const xlsx::Limits& package_limits() {
  static const xlsx::Limits l = [] {
    xlsx::Limits x = xlsx::default_limits();
    x.max_entry_bytes = 4ULL << 20;
    x.max_total_bytes = 16ULL << 20;
    x.ratio_check_min_bytes = 1ULL << 20;
    x.max_cells = 100'000;
    x.max_xml_token_bytes = 1U << 20;
    x.max_shared_strings = 100'000;
    x.max_workbook_part_bytes = 1ULL << 20;
    x.max_styles_bytes = 2ULL << 20;
    x.max_shared_strings_bytes = 4ULL << 20;
    x.max_rels_bytes = 1ULL << 20;
    x.max_content_types_bytes = 1ULL << 20;
    // Real forms spend at most 8× their file size (docs/limits.md): 64× still passes them all.
    x.budget_base_bytes = 4ULL << 20;
    x.budget_bytes_per_input_byte = 64;
    return x;
  }();
  return l;
}

}  // namespace evalbook::fuzz
