// 部门整体绩效自评表 of 重庆 (templates/department-chongqing-2021.json): each indicator's 指标得分
// is its 得分系数 × 指标权重, the 执行率得分 the 执行率 × 执行率权重, and the 自评总分 their sum.
// The 得分系数 itself is the unit's judgement of the completion under 重庆's 评分标准, which is not
// configured here: it is not checked, and one note says so.
#pragma once

#include "recompute/context.h"

namespace evalbook::recompute {

void recompute_department_coefficient(Context& ctx);

}  // namespace evalbook::recompute
