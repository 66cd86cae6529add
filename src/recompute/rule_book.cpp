#include "recompute/rule_book.h"

namespace evalbook::recompute {

const RuleParams& RuleBook::params(const std::string& template_id) const {
  std::lock_guard lock(mutex_);
  auto& slot = loaded_[template_id];
  // A failed load leaves the slot empty, so the next form reports the same error.
  if (!slot) slot = std::make_unique<RuleParams>(load_rule_params(rules_dir_, template_id));
  return *slot;  // entries are never removed: the reference stays valid
}

}  // namespace evalbook::recompute
