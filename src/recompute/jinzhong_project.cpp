#include "recompute/jinzhong_project.h"

namespace evalbook::recompute {

// Not written yet: this family's forms are read but not recomputed.
void recompute_jinzhong_project(Context&) {}

}  // namespace evalbook::recompute
