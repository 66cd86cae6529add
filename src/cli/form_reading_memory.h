// Reading a workbook held in memory (a member of a .zip of workbooks, never extracted to disk)
// into form records, exactly as read_forms does for a file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/form_reading.h"

namespace evalbook::cli {

// `name` is what the result's `file` says (e.g. "收件/材料.zip/某单位.xlsx"); `bytes` must stay
// alive during the call. Never throws: an unreadable workbook comes back with error_code set.
FileResult read_forms_from_memory(const std::string& name, std::string_view bytes,
                                  const std::vector<tmpl::TemplateSpec>& specs,
                                  const tmpl::TemplateSpec* forced);

}  // namespace evalbook::cli
