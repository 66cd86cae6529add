// The part of styles.xml a reader needs: the number format of each cell format (cellXfs). Each
// distinct format code is kept and parsed once, however many cell formats refer to it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/number_format.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

struct StylesTable {
  std::vector<std::string> codes;        // distinct codes; codes[0] is "General"
  std::vector<NumberFormat> formats;     // formats[i] parses codes[i]
  std::vector<std::uint32_t> xf_format;  // cellXfs index -> index into codes
};

struct PartCaches;

class Styles {
 public:
  // Throws limit_exceeded for a format code longer than limits.max_number_format_bytes and
  // part_too_large for a styles part beyond limits.max_styles_bytes.
  // With `caches`, a styles part parsed before (same bytes) is shared, not parsed again.
  void load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits,
            PartCaches* caches = nullptr);
  // Format code of a cellXfs index; "General" for an unknown index or format id.
  std::string_view number_format(std::uint32_t xf_index) const;
  // The parsed format of a cellXfs index (General for an unknown one).
  const NumberFormat& format(std::uint32_t xf_index) const;
  std::size_t cell_format_count() const { return table_ ? table_->xf_format.size() : 0; }

  using Table = StylesTable;

 private:
  std::shared_ptr<const Table> table_;  // shared by identical styles.xml
};

}  // namespace evalbook::xlsx
