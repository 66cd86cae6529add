// 晋中市财政支出项目绩效自评表 2020/2021 (RULES.md §2): 资金到位率 and 预算执行率 scores, the
// 评分表 sums (items -> sections -> 综合得分), grade, and 完成进度 against target and actual.
// The 评分表 helpers are shared with the 晋中 部门整体支出 form (department.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "recompute/context.h"

namespace evalbook::recompute {


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
