// Recomputation rules of one form family (see RULES.md).
#pragma once

#include "recompute/context.h"

namespace evalbook::recompute {

void recompute_department(Context& ctx);

}  // namespace evalbook::recompute
