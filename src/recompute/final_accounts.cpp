#include "recompute/final_accounts.h"

namespace evalbook::recompute {

// Not written yet: the tables are read but their identities not checked.
void recompute_final_accounts(std::vector<model::FormRecord*>&, const RuleParams&) {}

}  // namespace evalbook::recompute
