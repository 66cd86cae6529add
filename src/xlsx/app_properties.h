// docProps/app.xml names the workbook's sheets (TitlesOfParts, counted under a "Worksheets" /
// "工作表" heading in HeadingPairs): a sheet added to the package is listed there too, so the file
// properties Excel and WPS show stay true.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

// app.xml with `added` listed after the existing sheet titles and the sheet count raised. When
// the part lists no sheets, or lists them in a layout this does not recognise, it is returned
// unchanged (a stale list is harmless; a wrong one would not be).
std::string with_sheet_titles(std::string_view app_xml, const std::string& part,
                              const std::vector<std::string>& added, const Limits& limits);

}  // namespace evalbook::xlsx
