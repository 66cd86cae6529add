// The part of styles.xml a reader needs: the number-format code of each cell format (cellXfs).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

class Styles {
 public:
  void load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits);
  // Format code of a cellXfs index; "General" for an unknown index or format id.
  std::string_view number_format(std::uint32_t xf_index) const;
  std::size_t cell_format_count() const { return xf_codes_ ? xf_codes_->size() : 0; }

 private:
  std::shared_ptr<const std::vector<std::string>> xf_codes_;  // shared by identical styles.xml
};

}  // namespace evalbook::xlsx
