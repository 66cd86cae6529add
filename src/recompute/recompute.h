// Recomputation of every form of a workbook by its template's rules; findings go to each form,
// the recomputed figures to form.recomputed.
#pragma once

#include <string>
#include <vector>

#include "model/record.h"

namespace evalbook::recompute {

class RuleBook;

// The rules come from `rules` (made once and shared). Forms of a workbook are passed together
// so identities between tables (部门决算) can be checked. Throws std::runtime_error for a
// malformed rule file.
void recompute_workbook(std::vector<model::FormRecord>& forms, const RuleBook& rules);

// The same with the rule files of `rules_dir` (templates/rules/<template id>.json) read afresh:
// for a single workbook; a caller of many makes one RuleBook.
void recompute_workbook(std::vector<model::FormRecord>& forms, const std::string& rules_dir);

}  // namespace evalbook::recompute
