// Project self-evaluation forms with a funds block and an indicator table (2023 and 2020
// layouts): execution rate and score, indicator weights and scores by the official rules, total,
// grade, and the "budget cut down to the spending" pattern.
#pragma once

#include "recompute/context.h"

namespace evalbook::recompute {

void recompute_project(Context& ctx);

}  // namespace evalbook::recompute
