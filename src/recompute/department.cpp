#include "recompute/department.h"

namespace evalbook::recompute {

// Not written yet: this family's forms are read but not recomputed.
void recompute_department(Context&) {}

}  // namespace evalbook::recompute
