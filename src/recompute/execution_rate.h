// The 执行率 of a department form's one funds row: its two amounts (required), the rate written
// against them, and the score a total adds. A negative amount or spending against a budget of 0
// gives no rate anyone can be sure of: the rate and its score are then not checked, and a warning
// says why; 0 spent of 0 is a rate of 0 (RULES §1.2), said too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "recompute/context.h"

namespace evalbook::recompute {

struct ExecutionLabels {
  std::string budget;  // the denominator as the form names it (预算数, 全年（调整）预算数)
  std::string executed;       // the numerator (执行数, 全年执行数)
  std::string over_100_note;  // added to the warning on a rate above 100% ("" for none)
};

// Declares execution_rate computed from budget_full_year and executed, checks the written rate
// and returns the recomputed one; nullopt when there is none to check.
std::optional<double> check_execution_rate(Context& ctx, const ExecutionLabels& labels);

// The total of a department form scored as 执行得分 + Σ 指标得分: declares it derived from those
// fields, requires it, and settles it (settle_total). The execution score it adds is as recomputed
// when it was, else as reported (a rate not checked leaves the unit's score standing), 0 when
// there is neither. Labels name the total and the execution score in messages.
void settle_execution_plus_indicators(Context& ctx, const std::string& total_label,
                                      const std::string& execution_label,
                                      const std::vector<std::string>& indicator_score_fields,
                                      double indicator_score_sum);

}  // namespace evalbook::recompute
