// Everything the pipeline reads once and then shares: the templates, their rule sets, the
// summary's template catalogue and the workbook part caches. Made at start (by the command or
// the server) and passed down; nothing in it changes after construction except the rule book's
// and the part caches' own locked caches, so one context serves any number of threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "recompute/rule_book.h"
#include "report/summary_writer.h"
#include "template/template_spec.h"
#include "xlsx/part_cache.h"

namespace evalbook::app {

class AppContext {
 public:
  // Loads every template of `template_dir` (rules in its rules/ folder). Throws on a template
  // or folder that cannot be read.
  explicit AppContext(const std::string& template_dir);
  AppContext(const AppContext&) = delete;
  AppContext& operator=(const AppContext&) = delete;

  // The templates folder of this build or installation.
  static std::string default_template_dir();

  const std::vector<tmpl::TemplateSpec>& templates() const { return templates_; }
  // The template with this id, or nullptr.
  const tmpl::TemplateSpec* find_template(std::string_view id) const;
  const recompute::RuleBook& rules() const { return rules_; }
  const report::TemplateCatalog& catalog() const { return catalog_; }
  // Parsed parts shared by the workbooks this context reads (styles.xml and the like of every
  // copy of one template): pass to Workbook::open_*. Locked inside, so usable from any thread.
  xlsx::PartCaches& part_caches() const { return *part_caches_; }

 private:
  std::vector<tmpl::TemplateSpec> templates_;
  recompute::RuleBook rules_;
  report::TemplateCatalog catalog_;
  std::unique_ptr<xlsx::PartCaches> part_caches_ = std::make_unique<xlsx::PartCaches>();
};

}  // namespace evalbook::app
