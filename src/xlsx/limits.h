// Named caps that keep a hostile or broken workbook from exhausting memory or time, and the work
// budget that bounds what a reader may spend on one workbook by a linear function of its size.
// The defaults are far above any real budget form (and above the 200,000-row benchmark sheet),
// yet low enough that a zip bomb, an entity bomb or an amplifying part is refused within a
// second. docs/limits.md explains each one and which input it stops.
#pragma once

#include <cstdint>

namespace evalbook::xlsx {

struct Limits {
  std::uint64_t max_archive_bytes = 2ULL << 30;  // the .xlsx file itself
  std::uint32_t max_entries = 10'000;            // zip entries
  std::uint64_t max_entry_bytes = 1ULL << 30;    // uncompressed bytes of one entry
  std::uint64_t max_total_bytes = 4ULL << 30;    // uncompressed bytes of all entries
  // Inflate ratio is checked only on entries larger than ratio_check_min_bytes: small XML parts
  // of real files legitimately compress 100:1 (the false positive POI users complain about).
  std::uint64_t ratio_check_min_bytes = 16ULL << 20;
  double max_inflate_ratio = 200.0;
  std::uint64_t max_cells = 50'000'000;          // cells of one sheet
  std::uint32_t max_rows = 1'048'576;            // Excel's own row limit
  std::uint32_t max_columns = 16'384;            // Excel's own column limit (XFD)
  std::uint32_t max_string_bytes = 32'767 * 4;   // Excel allows 32,767 characters; UTF-8 bytes
  std::uint32_t max_xml_token_bytes = 8U << 20;  // one tag or text run
  std::uint32_t max_xml_depth = 256;             // element nesting
  std::uint64_t max_shared_strings = 10'000'000;
  std::uint32_t max_sheets = 1'000;

  // Uncompressed size of each kind of workbook-level part, far below max_entry_bytes: these
  // parts are read whole or parsed before any cell, and no real workbook needs them large.
  std::uint64_t max_workbook_part_bytes = 16ULL << 20;    // xl/workbook.xml
  std::uint64_t max_styles_bytes = 64ULL << 20;           // xl/styles.xml
  std::uint64_t max_shared_strings_bytes = 256ULL << 20;  // xl/sharedStrings.xml
  std::uint64_t max_rels_bytes = 32ULL << 20;             // any *.rels part
  std::uint64_t max_content_types_bytes = 8ULL << 20;     // [Content_Types].xml
  // One number-format code (Excel's own editor stops at 255 characters).
  std::uint32_t max_number_format_bytes = 64U << 10;

  // The work budget of one workbook: bytes of sheet XML streamed, of cell text handed out, of
  // display text made and of shared formulas expanded, together at most
  //   budget_base_bytes + budget_bytes_per_input_byte × (size of the .xlsx file).
  // Real workbooks spend a few times their file size; an amplifying one (a long string shown in
  // thousands of cells, one part streamed for many sheets) runs out and is refused.
  std::uint64_t budget_base_bytes = 32ULL << 20;
  std::uint64_t budget_bytes_per_input_byte = 256;
};

// The limits in force unless a caller passes its own.
const Limits& default_limits();

}  // namespace evalbook::xlsx
