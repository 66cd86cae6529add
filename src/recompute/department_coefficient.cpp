#include "recompute/department_coefficient.h"

#include <fmt/format.h>

#include <cmath>
#include <string>
#include <vector>

#include "recompute/execution_rate.h"
#include "recompute/rounding.h"

namespace evalbook::recompute {

namespace {

// 执行率 = 全年执行数 ÷ 全年（调整）预算数; 执行率得分 = 执行率 × 执行率权重. Whether a rate above
// 100% is scored at 100% the form does not say: then the score is not checked, and the warning says
// so.
void check_execution(Context& ctx) {
  const RuleParams& p = ctx.params();
  auto weight = ctx.required("execution_weight", "执行率权重");
  auto checked = check_execution_rate(ctx, {"全年（调整）预算数", "全年执行数",
                                            "；本表未说明超过 100% 时如何计分，执行率得分未复核"});
  ctx.derive("execution_score", "执行率得分", {"execution_rate", "execution_weight"});
  if (!checked || !weight || *checked > 1 + 1e-12) return;
  const double rate = *checked;
  double score = round_half_up(rate * *weight, p.decimals);
  ctx.set_recomputed("execution_score", score);
  ctx.expect(
      "execution_score", "execution_score", score,
      fmt::format("执行率得分 = 执行率 {} × 执行率权重 {} = {}，填报为 {}", percent_text(rate),
                  ctx.text("execution_weight"), two_places(score), ctx.text("execution_score")));
}

struct Indicators {
  std::vector<std::string> score_fields;
  std::vector<std::string> weight_fields;
  double weights = 0;
  double scores = 0;  // each at its recomputed value where it has one
  std::string first_score;
};

// 指标得分 = 得分系数 × 指标权重, each row on its own figures.
Indicators check_indicators(Context& ctx) {
  const RuleParams& p = ctx.params();
  Indicators out;
  const model::Node* list = ctx.record().get("indicators");
  std::size_t n = list && list->kind() == model::Node::Kind::array ? list->items().size() : 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::string prefix = fmt::format("indicators[{}].", i);
    bool unused = true;
    for (const char* field : {"coefficient", "weight", "score", "actual"}) {
      if (!ctx.text(prefix + field).empty()) unused = false;
    }
    if (unused) continue;
    std::string name = ctx.text(prefix + "name");
    auto coefficient =
        ctx.required(prefix + "coefficient", fmt::format("指标“{}”的得分系数", name));
    auto weight = ctx.required(prefix + "weight", fmt::format("指标“{}”的指标权重", name));
    ctx.required(prefix + "score", fmt::format("指标“{}”的指标得分", name));
    ctx.derive(prefix + "score", "指标得分", {prefix + "coefficient", prefix + "weight"});
    out.score_fields.push_back(prefix + "score");
    out.weight_fields.push_back(prefix + "weight");
    if (out.first_score.empty()) out.first_score = prefix + "score";
    if (weight) out.weights += *weight;
    if (coefficient && weight) {
      double score = round_half_up(*coefficient * *weight, p.decimals);
      ctx.expect("indicator_score_coefficient", prefix + "score", score,
                 fmt::format("指标“{}”：指标得分 = 得分系数 {} × 指标权重 {} = {}，填报为 {}", name,
                             percent_text(*coefficient), ctx.text(prefix + "weight"),
                             two_places(score), ctx.text(prefix + "score")));
      out.scores += score;
    } else {
      out.scores += ctx.number(prefix + "score").value_or(0);
    }
  }
  return out;
}

}  // namespace

void recompute_department_coefficient(Context& ctx) {
  const RuleParams& p = ctx.params();
  check_execution(ctx);
  Indicators ind = check_indicators(ctx);
  if (ind.score_fields.empty()) return;
  ctx.report("coefficient_unverifiable", "info", ind.first_score, "",
             "各指标的得分系数由单位按完成情况评定，本地区的评分标准未配置，系数本身未复核；"
             "已复核指标得分 = 得分系数 × 指标权重、执行率得分和自评总分");
  // 执行率权重 + Σ 指标权重 = 100 in the published form (10 + 90); one form is all that was seen.
  // A weight left blank has its own error: the sum is not judged without it.
  std::vector<std::string> weights = ind.weight_fields;
  weights.push_back("execution_weight");
  ctx.derive("indicator_weight_sum", "", weights);
  if (auto exec_weight = ctx.number("execution_weight");
      exec_weight && ctx.verifiable("indicator_weight_sum") &&
      std::fabs(*exec_weight + ind.weights - 100) > 1e-9) {
    ctx.report_at("weight_total_not_100", "warning", "indicators", ind.first_score,
                  format_fixed(*exec_weight + ind.weights, 2), "100",
                  fmt::format("执行率权重 {} 与各指标权重之和 {} 合计 {}，不是满分 100，请核对权重",
                              ctx.text("execution_weight"), two_places(ind.weights),
                              two_places(*exec_weight + ind.weights)));
  }
  ctx.derive("indicator_score_sum", "", ind.score_fields);
  ctx.set_recomputed("indicator_score_sum", round_half_up(ind.scores, p.decimals));
  ctx.set_recomputed("indicator_weight_sum", ind.weights);
  settle_execution_plus_indicators(ctx, "自评总分", "执行率得分", ind.score_fields, ind.scores);
}

}  // namespace evalbook::recompute
