#include "app/app_context.h"

#include <filesystem>

namespace evalbook::app {

namespace {

// What the summary writer needs to know of each template: its title, its kind and the columns
// of a 决算 table keyed by code, and the 分值 its execution score is out of.
report::TemplateCatalog catalog_of(const std::vector<tmpl::TemplateSpec>& specs,
                                   const recompute::RuleBook& rules) {
  report::TemplateCatalog catalog;
  for (const auto& spec : specs) {
    report::TemplateInfo info;
    info.title = spec.title;
    if (spec.family == "project") {
      info.kind = report::FormKind::project;
      const recompute::RuleParams& params = rules.params(spec.id);
      info.execution_weight = params.execution_weight;
      info.budget_execution_weight = params.budget_execution_weight;
    } else if (spec.family == "department") {
      info.kind = report::FormKind::department;
    } else if (spec.family == "final-accounts") {
      info.kind = report::FormKind::final_accounts;
    }
    for (const auto& ledger : spec.ledgers) {
      if (ledger.name != "rows" || ledger.keyed_by_line) continue;
      for (const auto& col : ledger.columns) {
        std::string label = col.field == "total"         ? std::string("合计")
                            : !col.labels.exact.empty()  ? col.labels.exact.front()
                            : !col.labels.prefix.empty() ? col.labels.prefix.front()
                                                         : col.field;
        info.ledger_columns.emplace_back(col.field, std::move(label));
      }
    }
    catalog.emplace(spec.id, std::move(info));
  }
  return catalog;
}

}  // namespace

AppContext::AppContext(const std::string& template_dir)
    : templates_(tmpl::load_templates(template_dir)),
      rules_((std::filesystem::path(template_dir) / "rules").string()),
      catalog_(catalog_of(templates_, rules_)) {}

std::string AppContext::default_template_dir() { return tmpl::default_template_dir(); }

const tmpl::TemplateSpec* AppContext::find_template(std::string_view id) const {
  const tmpl::TemplateSpec* found = nullptr;
  for (const auto& s : templates_) {
    if (s.id == id) found = &s;  // the last of equal ids, as the command always took
  }
  return found;
}

}  // namespace evalbook::app
