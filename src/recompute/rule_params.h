// Rule parameters as data (templates/rules/<template id>.json): weights, grade bands, rounding,
// which optional rules apply. Defaults are the national ones (财预〔2020〕10号).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace evalbook::recompute {

// How a 评分表's items fall into its sections; from "score_table" in templates/rules/<id>.json:
//   "score_table": { "group_field": "level2", "sections": ["投入", "过程", "产出", "效果"],
//                    "groups": { "项目目标": "投入", ... }, "section_weights": { "投入": 20, ... } }
// Group labels are compared after tmpl::normalize_label ("履职 效益" = "履职效益").
struct ScoreTableLayout {
  std::string group_field = "level2";   // the item field that names its group
  std::vector<std::string> sections;    // in form order
  std::map<std::string, std::string> groups;  // normalised group label -> section
  std::map<std::string, double> section_weights;  // the standard points of each section
  // Groups whose item scores follow a regional 评分标准 that is not configured (RULES §3): their
  // scores cannot be verified ("unverifiable_groups").
  std::vector<std::string> unverifiable_groups;
};

struct GradeBand {
  std::string grade;
  double min = 0;  // inclusive lower bound
};

struct ExecutionCap {
  double below = 0;  // an execution rate below this (fraction)...
  double max = 100;  // ...caps the total at this
};

struct RuleParams {
  std::string template_id;
  int decimals = 2;
  double execution_weight = 10;
  double indicator_weight_total = 90;
  std::vector<GradeBand> grade_bands = {{"优", 90}, {"良", 80}, {"中", 60}, {"差", 0}};
  // False where the form prints no grade and the bands are assumed (the national ones): a grade
  // a clerk writes there against them is a warning, never an error ("grade_bands_sure").
  bool grade_bands_sure = true;
  // Qualitative levels: share of the weight allowed, lower bound inclusive, upper exclusive but
  // for "achieved" (which may reach the full weight).
  double achieved_min = 0.8;
  double partial_min = 0.6;
  // Shanxi: a project with no cost indicator gets a default row scored at most this (0: off).
  double default_cost_cap = 0;
  // Warn when an actual exceeds its target by this factor (正向/等于).
  double over_achievement = 1.2;
  bool execution_caps_enabled = false;
  std::vector<ExecutionCap> execution_caps = {{0.8, 89}, {0.7, 79}, {0.6, 69}, {0.5, 59}};
  // 晋中 2020/2021 project form: points of 资金到位率 and 预算执行率.
  double arrival_weight = 3;
  double budget_execution_weight = 3;
  // 部门决算: a sum of n rounded amounts may differ from its printed total by (n + 1) × this
  // (尾差); soft identities that are switched off by name.
  double tail_per_item = 0.005;
  std::vector<std::string> soft_rules_off;
  // 晋中 评分表 forms (project and 部门整体): the built-in layout of the template, or the file's.
  ScoreTableLayout score_table;

  std::string grade_for(double score) const;
};

// The parameters for a template: templates/rules/<id>.json under `rules_dir` when it exists,
// else the defaults. Throws std::runtime_error naming the file when it is malformed.
RuleParams load_rule_params(const std::string& rules_dir, const std::string& template_id);

}  // namespace evalbook::recompute
