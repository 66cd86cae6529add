// 部门整体支出绩效自评表 as township units fill it (预算执行情况 20 分 + 年度绩效指标 80 分; the
// indicators carry a 得分 but no 分值 of their own): the execution rate and its score, the
// indicator scores against the 80 points they share, the 总分, and how 基本支出总额 + 项目支出总额
// stand to the budget.
#pragma once

#include "recompute/context.h"

namespace evalbook::recompute {

void recompute_department_overall(Context& ctx);

}  // namespace evalbook::recompute
