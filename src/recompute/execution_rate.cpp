#include "recompute/execution_rate.h"

#include <fmt/format.h>

#include "recompute/rounding.h"
#include "recompute/score_totals.h"

namespace evalbook::recompute {

namespace {

double execution_score_for_total(Context& ctx) {
  if (const model::Node* node = ctx.recomputed().get("execution_score");
      node && node->scalar().number)
    return *node->scalar().number;
  return ctx.number("execution_score").value_or(0);
}

std::optional<double> rate_of(Context& ctx, double budget, double executed,
                              const ExecutionLabels& l) {
  if (budget < 0 || executed < 0) {
    const bool budget_negative = budget < 0;
    ctx.report("execution_amount_negative", "warning",
               budget_negative ? "budget_full_year" : "executed", "",
               fmt::format("{}为负数（{}），执行率和得分未复核，请核对",
                           budget_negative ? l.budget : l.executed,
                           two_places(budget_negative ? budget : executed)));
    return std::nullopt;
  }
  if (budget == 0 && executed != 0) {
    ctx.report("execution_zero_budget", "warning", "budget_full_year", "",
               fmt::format("{}为 0 而{}为 {}，执行率无法计算（{} ÷ 0），执行率和得分未复核，请核对",
                           l.budget, l.executed, two_places(executed), two_places(executed)));
    return std::nullopt;
  }
  if (budget == 0) {
    ctx.report("execution_zero_budget", "warning", "budget_full_year", "",
               fmt::format("{}和{}都为 0，执行率按 0 计", l.budget, l.executed));
    return 0.0;
  }
  return executed / budget;
}

}  // namespace

std::optional<double> check_execution_rate(Context& ctx, const ExecutionLabels& l) {
  auto budget = ctx.required("budget_full_year", l.budget);
  auto executed = ctx.required("executed", l.executed);
  ctx.derive("execution_rate", "执行率", {"budget_full_year", "executed"});
  if (!budget || !executed) return std::nullopt;
  auto rate = rate_of(ctx, *budget, *executed, l);
  if (!rate) return std::nullopt;
  ctx.set_recomputed("execution_rate", *rate);
  ctx.expect("execution_rate", "execution_rate", *rate,
             fmt::format("执行率 = {} ÷ {} = {} ÷ {} = {}，填报为 {}", l.executed, l.budget,
                         two_places(*executed), two_places(*budget), percent_text(*rate),
                         ctx.text("execution_rate")),
             100.0);
  if (*rate > 1 + 1e-12) {
    ctx.report("execution_rate_over_100", "warning", "execution_rate", percent_text(*rate),
               fmt::format("执行率 {} 超过 100%（{} {} 大于{} {}），请核实预算调整{}",
                           percent_text(*rate), l.executed, two_places(*executed), l.budget,
                           two_places(*budget), l.over_100_note));
  }
  return rate;
}

void settle_execution_plus_indicators(Context& ctx, const std::string& total_label,
                                      const std::string& execution_label,
                                      const std::vector<std::string>& indicator_score_fields,
                                      double indicator_score_sum) {
  ctx.derive("total_score", total_label, {"execution_score"});
  ctx.derive("total_score", total_label, indicator_score_fields);
  ctx.required("total_score", total_label);
  const double exec = execution_score_for_total(ctx);
  TotalParts parts;
  parts.label = total_label;
  parts.arithmetic = exec + indicator_score_sum;
  parts.by_rules = parts.arithmetic;  // no score here has a documented rule result
  parts.formula = fmt::format("{} + 各指标得分之和 = {} + {}", execution_label, two_places(exec),
                              two_places(indicator_score_sum));
  settle_total(ctx, parts);
}

}  // namespace evalbook::recompute
