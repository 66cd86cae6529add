#include "recompute/department_overall.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "recompute/execution_rate.h"
#include "recompute/rounding.h"

namespace evalbook::recompute {

namespace {

// 执行率 = 执行数 ÷ 预算数 and 得分 = 分值 × 执行率, as the form's own header writes them
// ("执行率(B/A)", "得分(20分*执行率)"). The score stops at the 分值: the block is worth 20 of 100.
void check_execution(Context& ctx) {
  const RuleParams& p = ctx.params();
  auto checked = check_execution_rate(ctx, {"预算数", "执行数", ""});
  ctx.derive("execution_score", "预算执行得分", {"execution_rate"});  // after the rate's own
  if (!checked) return;
  const double rate = *checked;
  const bool over = rate > 1 + 1e-12;
  double score = round_half_up(std::min(rate, 1.0) * p.execution_weight, p.decimals);
  ctx.set_recomputed("execution_score", score);
  ctx.expect("execution_score", "execution_score", score,
             fmt::format("预算执行得分 = {} 分 × 执行率 {}{} = {}，填报为 {}",
                         format_fixed(p.execution_weight, 0), percent_text(over ? 1.0 : rate),
                         over ? "（超过 100% 按 100% 计）" : "", two_places(score),
                         ctx.text("execution_score")));
}

// 基本支出总额 + 项目支出总额 is the department's whole spending; the form does not say whether of
// the budget or of what was spent (the published forms show it equal to the 预算数). Only a sum
// equal to neither is worth a look, and only a warning; with either amount blank (or negative,
// which has its own warning), nothing is said.
void check_parts_of_spending(Context& ctx) {
  auto basic = ctx.number("basic_expenditure");
  auto project = ctx.number("project_expenditure");
  auto budget = ctx.number("budget_full_year");
  auto executed = ctx.number("executed");
  if (!basic || !project || !budget || !executed || *budget < 0 || *executed < 0) return;
  double sum = *basic + *project;
  if (same_at_precision(*budget, sum, 2) || same_at_precision(*executed, sum, 2)) return;
  ctx.report_at("expenditure_parts", "warning", "basic_expenditure", "basic_expenditure",
                ctx.text("basic_expenditure"), "",
                fmt::format("基本支出总额 {} + 项目支出总额 {} = {}，与部门整体支出总额的预算数 {} "
                            "和执行数 {} 都不相等，请核对",
                            ctx.text("basic_expenditure"), ctx.text("project_expenditure"),
                            two_places(sum), two_places(*budget), two_places(*executed)));
}

struct IndicatorScores {
  double sum = 0;
  std::string terms;
  std::vector<std::string> fields;
};

// Each indicator's 得分 is required (the total adds them); with no 分值 column nothing says what
// an indicator is worth, so no score is judged by its completion: one note says so.
IndicatorScores read_indicator_scores(Context& ctx) {
  IndicatorScores out;
  const model::Node* list = ctx.record().get("indicators");
  std::size_t n = list && list->kind() == model::Node::Kind::array ? list->items().size() : 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::string prefix = fmt::format("indicators[{}].", i);
    bool unused = true;
    for (const char* field : {"score", "target", "actual"}) {
      if (!ctx.text(prefix + field).empty()) unused = false;
    }
    if (unused) continue;
    std::string name = ctx.text(prefix + "name");
    if (name.empty()) name = ctx.text(prefix + "level2");
    out.fields.push_back(prefix + "score");
    auto score = ctx.required(prefix + "score", fmt::format("指标“{}”的得分", name));
    if (!score) continue;
    out.sum += *score;
    out.terms += (out.terms.empty() ? "" : " + ") + ctx.text(prefix + "score");
  }
  if (!out.fields.empty()) {
    ctx.report("indicator_score_unverifiable", "info", out.fields.front(), "",
               fmt::format("本表绩效指标没有分值列，各指标得分无法按完成情况复核（定量指标按完成"
                           "比例、定性指标按档次计分都需要该指标的分值）；只复核了得分合计不超过"
                           "年度目标的 {} 分和总分",
                           format_fixed(ctx.params().indicator_weight_total, 0)));
  }
  return out;
}

}  // namespace

void recompute_department_overall(Context& ctx) {
  const RuleParams& p = ctx.params();
  check_execution(ctx);
  check_parts_of_spending(ctx);
  IndicatorScores scores = read_indicator_scores(ctx);
  if (scores.fields.empty()) return;
  ctx.derive("indicator_score_sum", "", scores.fields);
  ctx.set_recomputed("indicator_score_sum", round_half_up(scores.sum, p.decimals));
  if (ctx.verifiable("indicator_score_sum") && scores.sum > p.indicator_weight_total + 1e-9) {
    ctx.report_at("indicator_score_sum_over", "error", "indicators", scores.fields.front(),
                  two_places(scores.sum), format_fixed(p.indicator_weight_total, 0),
                  fmt::format("年度绩效指标各项得分合计 {} = {}，超过年度目标的 {} 分；"
                              "得分由单位评定，不自动更正，请人工核对",
                              scores.terms, two_places(scores.sum),
                              format_fixed(p.indicator_weight_total, 0)));
  }
  settle_execution_plus_indicators(ctx, "总分", "预算执行得分", scores.fields, scores.sum);
}

}  // namespace evalbook::recompute
