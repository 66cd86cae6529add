// Recomputation of every form of a workbook by its template's rules; findings go to each form,
// the recomputed figures to form.recomputed.
#pragma once

#include <string>
#include <vector>

#include "model/record.h"

namespace evalbook::recompute {

// `rules_dir` holds templates/rules/<template id>.json. Forms of a workbook are passed together
// so identities between tables (部门决算) can be checked. Throws std::runtime_error for a
// malformed rule file.
void recompute_workbook(std::vector<model::FormRecord>& forms, const std::string& rules_dir);

}  // namespace evalbook::recompute
