// 部门整体支出绩效自评表 (RULES.md §3). 晋中 2020 (department-jinzhong-2020): header balance, the
// arithmetic of each 计算方式 text, the 评分表 sums, total and grade, the scores quoted in the
// analysis text, and a note that the 预算执行 scores need 晋中's own scoring table. 目标表
// (department-target-2021): the task amounts against 金额合计.
#pragma once

#include "recompute/context.h"
#include "recompute/jinzhong_project.h"

namespace evalbook::recompute {

void recompute_department(Context& ctx, const ScoreTableLayout& layout);
void recompute_department(Context& ctx);

}  // namespace evalbook::recompute
