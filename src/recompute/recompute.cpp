#include "recompute/recompute.h"

#include <map>
#include <memory>
#include <mutex>

#include "recompute/context.h"
#include "recompute/department.h"
#include "recompute/final_accounts.h"
#include "recompute/jinzhong_project.h"
#include "recompute/policy_eval.h"
#include "recompute/project_rules.h"
#include "recompute/rule_params.h"

namespace evalbook::recompute {

namespace {

// Rule files are read once per process (summary reads thousands of workbooks on several threads).
const RuleParams& cached_params(const std::string& rules_dir, const std::string& template_id) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<RuleParams>> cache;
  std::lock_guard lock(mutex);
  auto& slot = cache[rules_dir + "\n" + template_id];
  if (!slot) slot = std::make_unique<RuleParams>(load_rule_params(rules_dir, template_id));
  return *slot;
}

}  // namespace

void recompute_workbook(std::vector<model::FormRecord>& forms, const std::string& rules_dir) {
  for (auto& form : forms) {
    Context ctx(form, cached_params(rules_dir, form.template_id));
    const std::string& id = form.template_id;
    if (id == "project-2023" || id == "project-2020") {
      recompute_project(ctx);
    } else if (id == "project-jinzhong-2020") {
      recompute_jinzhong_project(ctx);
    } else if (id.rfind("department-", 0) == 0) {
      recompute_department(ctx);
    } else if (id.rfind("policy-eval-", 0) == 0) {
      recompute_policy_eval(ctx);
    }
    form.recomputed = std::move(ctx.recomputed());
  }
  // Identities between tables need the whole workbook.
  std::vector<model::FormRecord*> accounts;
  for (auto& form : forms) {
    if (form.template_id.rfind("final-accounts-", 0) == 0) accounts.push_back(&form);
  }
  if (!accounts.empty()) recompute_final_accounts(accounts, cached_params(rules_dir, "final-accounts"));
}

}  // namespace evalbook::recompute
