#include "recompute/recompute.h"

#include "recompute/context.h"
#include "recompute/department.h"
#include "recompute/department_coefficient.h"
#include "recompute/department_overall.h"
#include "recompute/final_accounts.h"
#include "recompute/finding_class.h"
#include "recompute/jinzhong_project.h"
#include "recompute/policy_eval.h"
#include "recompute/project_rules.h"
#include "recompute/rule_book.h"
#include "recompute/rule_params.h"
#include "recompute/score_totals.h"

namespace evalbook::recompute {

void recompute_workbook(std::vector<model::FormRecord>& forms, const RuleBook& rules) {
  for (auto& form : forms) {
    Context ctx(form, rules.params(form.template_id));
    const std::string& id = form.template_id;
    if (id == "project-2023" || id == "project-2020" || id == "project-sichuan-2023") {
      recompute_project(ctx);
    } else if (id == "project-jinzhong-2020") {
      recompute_jinzhong_project(ctx);
    } else if (id == "department-chongqing-2021") {
      recompute_department_coefficient(ctx);
    } else if (id == "department-tongcheng-2020") {
      recompute_department_overall(ctx);
    } else if (id.rfind("department-", 0) == 0) {
      recompute_department(ctx);
    } else if (id.rfind("policy-eval-", 0) == 0) {
      recompute_policy_eval(ctx);
    }
    ctx.report_unverifiable();
    form.recomputed = std::move(ctx.recomputed());
    by_rules_as_arithmetic(form.recomputed);
  }
  // Identities between tables need the whole workbook.
  std::vector<model::FormRecord*> accounts;
  for (auto& form : forms) {
    if (form.template_id.rfind("final-accounts-", 0) == 0) accounts.push_back(&form);
  }
  if (!accounts.empty()) recompute_final_accounts(accounts, rules.params("final-accounts"));
  classify_findings(forms, finding_classes(rules.rules_dir()));
}

}  // namespace evalbook::recompute

namespace evalbook::recompute {

void recompute_workbook(std::vector<model::FormRecord>& forms, const std::string& rules_dir) {
  const RuleBook rules(rules_dir);
  recompute_workbook(forms, rules);
}

}  // namespace evalbook::recompute
