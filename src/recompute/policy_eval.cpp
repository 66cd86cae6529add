#include "recompute/policy_eval.h"

namespace evalbook::recompute {

// Not written yet: this family's forms are read but not recomputed.
void recompute_policy_eval(Context&) {}

}  // namespace evalbook::recompute
