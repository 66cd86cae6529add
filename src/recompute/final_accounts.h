// 部门决算公开01–10表: the identities inside each table and between the tables of one workbook
// (RULES.md §4), with the rounding envelope for sums of rounded amounts.
#pragma once

#include <vector>

#include "model/record.h"
#include "recompute/rule_params.h"

namespace evalbook::recompute {

// `forms` are all forms of one workbook; only those with template ids final-accounts-NN are
// looked at. Findings go to the form whose figure is wrong.
void recompute_final_accounts(std::vector<model::FormRecord*>& forms, const RuleParams& params);

}  // namespace evalbook::recompute
