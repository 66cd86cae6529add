#include "recompute/recompute.h"

#include <map>

#include "recompute/context.h"
#include "recompute/project_rules.h"
#include "recompute/rule_params.h"

namespace evalbook::recompute {

void recompute_workbook(std::vector<model::FormRecord>& forms, const std::string& rules_dir) {
  std::map<std::string, RuleParams> params;
  for (auto& form : forms) {
    auto it = params.find(form.template_id);
    if (it == params.end())
      it = params.emplace(form.template_id, load_rule_params(rules_dir, form.template_id)).first;
    Context ctx(form, it->second);
    const std::string& id = form.template_id;
    if (id == "project-2023" || id == "project-2020") recompute_project(ctx);
    form.recomputed = std::move(ctx.recomputed());
  }
}

}  // namespace evalbook::recompute
