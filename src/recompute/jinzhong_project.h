// 晋中市财政支出项目绩效自评表 2020/2021 (RULES.md §2): 资金到位率 and 预算执行率 scores, the
// 评分表 sums (items -> sections -> 综合得分), grade, and 完成进度 against target and actual.
// The 评分表 helpers are shared with the 晋中 部门整体支出 form (department.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "recompute/context.h"

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

// The layout for a template: the "score_table" object of <rules_dir>/<template_id>.json when
// there is one, else the built-in 晋中 layout of that template (project or department). Throws
// std::runtime_error naming the file when it is malformed.
ScoreTableLayout load_score_table_layout(const std::string& rules_dir, const std::string& template_id);

// The same, for the rules folder the command uses (tmpl::default_template_dir()/rules); read once
// per template id.
const ScoreTableLayout& default_score_table_layout(const std::string& template_id);

// Section of each items[i] by its group label. A row whose label is empty or unknown belongs to
// the section of the rows around it; between two sections, to the one below (a merged label
// printed mid-range leaves the top rows of its group without one). "" when nothing is known.
std::vector<std::string> item_sections(const Context& ctx, const ScoreTableLayout& layout);

// Rules "item_score_over_weight", "section_sum", "section_weight_sum", "total_score", "grade"
// on a form with items[] (weight, score), sections.X, section_weights.X, total_score, grade.
// Sets recomputed "sections.X", "total_score", "grade".
void check_score_table(Context& ctx, const ScoreTableLayout& layout);

void recompute_jinzhong_project(Context& ctx, const ScoreTableLayout& layout);
void recompute_jinzhong_project(Context& ctx);

}  // namespace evalbook::recompute
