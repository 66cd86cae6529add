// Recomputation rules of one form family (see RULES.md).
#pragma once

#include "recompute/context.h"

namespace evalbook::recompute {

void recompute_jinzhong_project(Context& ctx);

}  // namespace evalbook::recompute
