// New cell formats cloned from existing ones: each clone is a copy of a cellXfs entry (number
// format, font, border, alignment, protection kept) with a solid fill added and, when asked, its
// text wrapped or its font made bold (a bold copy of the font is appended to <fonts>). Fills, fonts
// and formats are appended to their lists and the lists' count attributes fixed; every other token
// of styles.xml is copied as it was, so existing indexes keep their meaning.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

struct XfClone {
  std::uint32_t base_xf = 0;  // a cellXfs index; an unknown index clones the default format
  std::string fill_argb;      // "FFFFFF00"; empty keeps the base's fill
  bool bold = false;
  bool wrap = false;  // text wrapped, at the cell's top (its alignment replaced)
};

struct StylePatchResult {
  std::string xml;
  std::vector<std::uint32_t> xf;  // the new cellXfs index of each requested clone, in order
};

// Identical requests share one new format. Throws XlsxError for malformed XML.
StylePatchResult clone_cell_formats(std::string_view styles_xml, const std::string& part,
                                    const std::vector<XfClone>& clones, const Limits& limits);

// A styles part for a package that has none: the reserved fills and one default format.
std::string minimal_styles_xml(std::string_view main_namespace);

}  // namespace evalbook::xlsx
