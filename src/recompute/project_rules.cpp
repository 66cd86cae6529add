#include "recompute/project_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "model/indicator_value.h"
#include "recompute/indicator_score.h"
#include "recompute/rounding.h"
#include "recompute/score_totals.h"
#include "template/normalize.h"

namespace evalbook::recompute {

namespace {

using model::IndicatorValue;
using model::QualitativeLevel;
using model::ValueKind;

// 执行率, its score and the balance of one funds row (the total or a source row).
void check_funds_row(Context& ctx, const std::string& prefix, bool is_total) {
  const RuleParams& p = ctx.params();
  std::optional<double> budget;
  std::optional<double> executed;
  if (is_total) {
    // The 资金总额 row's two amounts are required; the rate, its score and the balance follow.
    budget = ctx.required("budget_full_year", "全年预算数");
    executed = ctx.required("executed", "全年执行数");
    ctx.derive("execution_rate", "执行率", {"budget_full_year", "executed"});
    ctx.derive("execution_score", "执行率得分", {"execution_rate"});
    ctx.derive("budget_balance", "资金结余", {"budget_full_year", "executed"});
  } else {
    // A source row is often left blank (no money from that source): checked only when filled.
    budget = ctx.number(prefix + "budget_full_year");
    executed = ctx.number(prefix + "executed");
  }
  // The 分值 of the execution row is a structure check: it needs neither amount.
  if (is_total) {
    if (auto weight = ctx.number(prefix + "execution_weight");
        weight && std::fabs(*weight - p.execution_weight) > 1e-9) {
      ctx.report(
          "execution_weight", "error", prefix + "execution_weight",
          format_fixed(p.execution_weight, 0),
          fmt::format("预算执行率的分值应为 {}（总分 100 = 执行率 {} + 绩效指标 {}），填报为 "
                      "{}；分值由单位设定，"
                      "不自动更正，请人工核对",
                      format_fixed(p.execution_weight, 0), format_fixed(p.execution_weight, 0),
                      format_fixed(p.indicator_weight_total, 0),
                      ctx.text(prefix + "execution_weight")));
    }
  }

  if (!budget || !executed) return;
  double rate = 0;
  if (*budget == 0) {
    if (is_total)
      ctx.report(
          "execution_zero_budget", "warning", prefix + "budget_full_year", "",
          fmt::format("全年预算数为 0，执行率无法计算（{} ÷ 0），按 0 计", two_places(*executed)));
  } else {
    rate = *executed / *budget;
  }
  if (is_total) ctx.set_recomputed("execution_rate", rate);
  ctx.expect("execution_rate", prefix + "execution_rate", rate,
             fmt::format("执行率 = 全年执行数 ÷ 全年预算数 = {} ÷ {} = {}，填报为 {}",
                         two_places(*executed), two_places(*budget), percent_text(rate),
                         ctx.text(prefix + "execution_rate")),
             100.0);
  if (rate > 1 + 1e-12 && is_total) {
    ctx.report("execution_rate_over_100", "warning", prefix + "execution_rate", percent_text(rate),
               fmt::format("执行率 {} 超过 100%（全年执行数 {} 大于全年预算数 {}），请核实预算调整",
                           percent_text(rate), two_places(*executed), two_places(*budget)));
  }
  // On the 分值 the unit wrote: a 分值 unlike the template's is an error left to a person, and
  // the score is never rescaled onto another scale (RULES-ONE-TRUTH.md).
  double weight = ctx.number(prefix + "execution_weight").value_or(p.execution_weight);
  double score = round_half_up(std::min(rate, 1.0) * weight, p.decimals);
  if (is_total) ctx.set_recomputed("execution_score", score);
  ctx.expect("execution_score", prefix + "execution_score", score,
             fmt::format("执行率得分 = 取执行率 {} 与 100% 的较小值 × 分值 {} = {}，填报为 {}",
                         percent_text(rate), format_fixed(weight, 0), two_places(score),
                         ctx.text(prefix + "execution_score")));
  if (ctx.number(prefix + "budget_balance")) {
    ctx.expect("budget_balance", prefix + "budget_balance", *budget - *executed,
               fmt::format("资金结余 = 全年预算数 − 全年执行数 = {} − {} = {}，填报为 {}",
                           two_places(*budget), two_places(*executed),
                           two_places(*budget - *executed), ctx.text(prefix + "budget_balance")));
  }
}

// One indicator's values, looked up in its own node: every indicator of every form passes
// through check_indicator, and paths ("indicators[3].score") are built only for findings.
class Indicator {
 public:
  Indicator(const Context& ctx, std::size_t i) {
    const model::Node* list = ctx.record().get("indicators");
    if (list && list->kind() == model::Node::Kind::array && i < list->items().size())
      node_ = &list->items()[i];
  }
  const model::Scalar* scalar(std::string_view key) const {
    return node_ ? scalar_at(*node_, key) : nullptr;
  }
  std::optional<double> number(std::string_view key) const { return number_of(scalar(key)); }
  const std::string& text(std::string_view key) const { return text_of(scalar(key)); }

 private:
  const model::Node* node_ = nullptr;
};

bool is_default_cost_row(const Indicator& ind) {
  std::string level2 = tmpl::normalize_label(ind.text("level2"));
  if (level2 != "成本指标") return false;
  for (const char* field : {"name", "target", "target_adjusted"}) {
    if (ind.text(field).find("未填报") != std::string::npos) return true;
  }
  return false;
}

bool is_cost_row(const Indicator& ind) {
  return tmpl::normalize_label(ind.text("level2")) == "成本指标" ||
         tmpl::normalize_label(ind.text("level1")) == "成本指标";
}

// "指标“编制费用”": the indicator by its name, as the clerk finds it (the finding's cell gives the
// row; a path such as indicators[5].score is for machines only).
std::string indicator_label(const std::string& name) { return fmt::format("指标“{}”", name); }

// The score a band allows that is nearest to the reported one, at the form's precision: the
// smallest change that satisfies the band (a half-open band's top is one step below it).
double nearest_in_band(double score, const Band& band, int decimals) {
  double step = 1.0;
  for (int i = 0; i < decimals; ++i) step /= 10;
  double top = band.max_inclusive ? band.max : band.max - step;
  return round_half_up(std::clamp(score, band.min, std::max(band.min, top)), decimals);
}

struct IndicatorSums {
  double weights = 0;
  double scores = 0;
  double by_rules = 0;  // each score at its rule result where a rule gives one
  std::string weight_terms;
  std::string first_weight_cell, last_weight_cell;
  std::vector<std::string> weight_fields;
  std::vector<std::string> score_fields;
};

// One finding at most per indicator score: a rule result above the reported score (rule), a cost
// or 等于型 indicator under target (judgement), a score below full marks with no reason
// (judgement, with the rule's suggestion when there is one).
void check_indicator(Context& ctx, std::size_t i, IndicatorSums& sums) {
  const RuleParams& p = ctx.params();
  std::string prefix = fmt::format("indicators[{}].", i);
  const Indicator ind(ctx, i);
  std::string name = ind.text("name");
  if (name.empty()) name = ind.text("level2");
  // A template row left unused (no target, no actual, no 分值, no 得分) is no indicator.
  bool unused = true;
  for (const char* field : {"weight", "score", "target", "target_adjusted", "actual"}) {
    if (!ind.text(field).empty()) unused = false;
  }
  if (unused) return;
  // Every indicator's 分值 and 得分 are required: the sums, the total and the grade follow.
  auto weight = ctx.required(prefix + "weight", fmt::format("指标“{}”的分值", name));
  auto score = ctx.required(prefix + "score", fmt::format("指标“{}”的得分", name));
  sums.weight_fields.push_back(prefix + "weight");
  sums.score_fields.push_back(prefix + "score");
  const std::string label = indicator_label(name);
  if (weight) {
    sums.weights += *weight;
    sums.weight_terms += (sums.weight_terms.empty() ? "" : " + ") +
                         format_fixed(*weight, decimals_of(ind.text("weight")));
    if (const model::Scalar* w = ind.scalar("weight"); w && w->cell) {
      if (sums.first_weight_cell.empty()) sums.first_weight_cell = xlsx::cell_name(*w->cell);
      sums.last_weight_cell = xlsx::cell_name(*w->cell);
    }
  }
  if (!score) return;
  sums.scores += *score;
  double by_rule = *score;
  struct Verdict {
    const char* rule = nullptr;
    const char* severity = nullptr;
    std::string expected, message;
  };
  std::optional<Verdict> verdict;
  const std::string reason = ind.text("deviation_reason");
  // A form without the column (some counties print none) has no place for a reason to be missing.
  const model::Scalar* reason_scalar = ind.scalar("deviation_reason");
  const bool reason_column = reason_scalar && reason_scalar->cell;
  const bool no_reason = reason_column && weight && *score < *weight - 1e-9 && reason.empty();
  const std::string reason_note = no_reason ? "；且未填写偏差原因分析及改进措施" : "";
  std::string target_text = ind.text("target_adjusted");
  if (target_text.empty()) target_text = ind.text("target");
  IndicatorValue target = model::parse_indicator_value(target_text);
  IndicatorValue actual = model::parse_indicator_value(ind.text("actual"));

  if (!weight) {
    // Nothing to score against.
  } else if (*score > *weight + 1e-9) {
    by_rule = *weight;
    verdict = Verdict{"indicator_score_over_weight", "error", two_places(*weight),
                      fmt::format("{}得分 {} 超过其分值 {}，按规则最多 {} 分", label,
                                  ind.text("score"), ind.text("weight"), two_places(*weight))};
  } else if (p.default_cost_cap > 0 && is_default_cost_row(ind)) {
    if (*score > p.default_cost_cap + 1e-9) {
      by_rule = p.default_cost_cap;
      verdict = Verdict{"cost_default_cap", "error", format_fixed(p.default_cost_cap, 0),
                        fmt::format("未填报成本指标的项目，成本指标得分不得超过 {} 分，填报为 {}",
                                    format_fixed(p.default_cost_cap, 0), ind.text("score"))};
    } else if (no_reason) {
      verdict = Verdict{"deviation_reason_missing", "warning", "",
                        fmt::format("{}得分 {} 低于分值 {}，未填写偏差原因分析及改进措施", label,
                                    ind.text("score"), ind.text("weight"))};
    }
  } else if (actual.kind == ValueKind::qualitative) {
    Band band = qualitative_band(actual.level, *weight, p);
    bool inside = *score >= band.min - 1e-9 &&
                  (band.max_inclusive ? *score <= band.max + 1e-9 : *score < band.max - 1e-9);
    if (!inside) {
      by_rule = nearest_in_band(*score, band, p.decimals);
      verdict = Verdict{"indicator_score_qualitative", "error", two_places(by_rule),
                        fmt::format("{}实际完成值为“{}”，得分应在 {} 分之间（分值 {}），填报为 "
                                    "{}；按规则取区间内最接近的 {}{}",
                                    label, ind.text("actual"), band.label, ind.text("weight"),
                                    ind.text("score"), two_places(by_rule), reason_note)};
    } else if (no_reason) {
      verdict = Verdict{
          "deviation_reason_missing", "warning", "",
          fmt::format(
              "{}得分 {} 低于分值 {}（在“{}”允许的 {} 分之间），未填写偏差原因分析及改进措施",
              label, ind.text("score"), ind.text("weight"), ind.text("actual"), band.label)};
    }
  } else if (auto rule = quantitative_score(target, actual, *weight)) {
    double expected = round_half_up(rule->score, 2);
    const bool under_target = target.value && actual.value && *actual.value < *target.value;
    const bool judgement =
        under_target && (is_cost_row(ind) || target.comparator == model::Comparator::eq);
    if (*score > expected + 0.005 && judgement) {
      verdict = Verdict{
          "indicator_score_judgement", "warning", two_places(expected),
          fmt::format("{}：目标 {}，实际 {}，{}；{}低于目标不一定是未完成（节约或按实际需要），"
                      "请人工判断，填报为 {}{}",
                      label, target_text, ind.text("actual"), rule->formula,
                      is_cost_row(ind) ? "成本指标" : "等于型指标", ind.text("score"),
                      reason_note)};
    } else if (*score > expected + 0.005) {
      by_rule = expected;
      verdict =
          Verdict{"indicator_score_quantitative", "error", two_places(expected),
                  fmt::format("{}：目标 {}，实际 {}，{}，填报为 {}{}", label, target_text,
                              ind.text("actual"), rule->formula, ind.text("score"), reason_note)};
    } else if (no_reason) {
      bool below_rule = *score < expected - 0.005;
      verdict = Verdict{
          "deviation_reason_missing", "warning", below_rule ? two_places(expected) : "",
          below_rule
              ? fmt::format(
                    "{}：目标 {}，实际 {}，{}；填报 {} 低于此，且未填写偏差原因分析及改进措施",
                    label, target_text, ind.text("actual"), rule->formula, ind.text("score"))
              : fmt::format("{}得分 {} 低于分值 {}，未填写偏差原因分析及改进措施", label,
                            ind.text("score"), ind.text("weight"))};
    }
  } else if (no_reason) {
    verdict = Verdict{"deviation_reason_missing", "warning", "",
                      fmt::format("{}得分 {} 低于分值 {}，未填写偏差原因分析及改进措施", label,
                                  ind.text("score"), ind.text("weight"))};
  }
  sums.by_rules += by_rule;
  if (verdict)
    ctx.report(verdict->rule, verdict->severity, prefix + "score", verdict->expected,
               verdict->message);

  if (target.value && actual.value && *target.value > 0 &&
      (target.comparator == model::Comparator::ge || target.comparator == model::Comparator::gt ||
       target.comparator == model::Comparator::eq) &&
      *actual.value >= p.over_achievement * *target.value) {
    ctx.report("indicator_over_achievement", "info", prefix + "actual", "",
               fmt::format("{}实际 {} 达到目标 {} 的 {} 倍以上，请分析目标是否设定偏低", label,
                           ind.text("actual"), target_text, format_fixed(p.over_achievement, 1)));
  }
}

}  // namespace

void recompute_project(Context& ctx) {
  const RuleParams& p = ctx.params();
  check_funds_row(ctx, "", true);
  if (const auto* funds = ctx.record().get("funds")) {
    for (std::size_t i = 0; i < funds->items().size(); ++i)
      check_funds_row(ctx, fmt::format("funds[{}].", i), false);
  }
  IndicatorSums sums;
  const auto* indicators = ctx.record().get("indicators");
  std::size_t count = indicators ? indicators->items().size() : 0;
  for (std::size_t i = 0; i < count; ++i) check_indicator(ctx, i, sums);
  if (count == 0) return;
  ctx.derive("indicator_weight_sum", "", sums.weight_fields);
  ctx.derive("indicator_score_sum", "", sums.score_fields);
  ctx.derive("indicator_score_sum_by_rules", "", sums.score_fields);
  ctx.derive("total_score", "总分", {"execution_score"});
  ctx.derive("total_score", "总分", sums.score_fields);
  ctx.derive("grade", "等级", {"total_score"});
  // The reported 总分 is required too; the grade is judged from the recomputed one.
  ctx.required("total_score", "总分");
  ctx.set_recomputed("indicator_weight_sum", sums.weights);
  ctx.set_recomputed("indicator_score_sum", round_half_up(sums.scores, p.decimals));
  ctx.set_recomputed("indicator_score_sum_by_rules", round_half_up(sums.by_rules, p.decimals));

  // The execution score as recomputed on the execution 分值 the unit wrote (never rescaled).
  const model::Node& rec = ctx.recomputed();
  const model::Node* exec_node = rec.get("execution_score");
  double exec = exec_node && exec_node->scalar().number ? *exec_node->scalar().number : 0;
  double exec_weight = ctx.number("execution_weight").value_or(p.execution_weight);
  double full_marks = p.execution_weight + p.indicator_weight_total;
  bool scheme_adds_up = std::fabs(exec_weight + sums.weights - full_marks) < 1e-9;
  if (ctx.verifiable("indicator_weight_sum") &&
      std::fabs(sums.weights - p.indicator_weight_total) > 1e-9) {
    std::string range =
        sums.first_weight_cell.empty()
            ? std::string("各指标分值")
            : fmt::format("{} 至 {} 各指标分值", sums.first_weight_cell, sums.last_weight_cell);
    std::string consequence =
        scheme_adds_up
            ? std::string()
            : fmt::format(
                  "；执行率分值 {} 与指标分值合计 {} 共 {}，不是满分 "
                  "{}，总分和等级不作复核，请先核对分值"
                  "（按填报各项得分合计为 {} + {} = {}）",
                  format_fixed(exec_weight, 0), format_fixed(sums.weights, 0),
                  format_fixed(exec_weight + sums.weights, 0), format_fixed(full_marks, 0),
                  two_places(exec), two_places(sums.scores), two_places(exec + sums.scores));
    ctx.report_at(
        "indicator_weight_sum", "error", "indicators", "indicators[0].weight",
        format_fixed(sums.weights, 2), format_fixed(p.indicator_weight_total, 0),
        fmt::format("绩效指标分值合计应为 {}（总分 {} = 执行率 {} + 指标 {}）：{} 合计 {} = {}{}",
                    format_fixed(p.indicator_weight_total, 0), format_fixed(full_marks, 0),
                    format_fixed(p.execution_weight, 0), format_fixed(p.indicator_weight_total, 0),
                    range, sums.weight_terms, format_fixed(sums.weights, 2), consequence));
  }
  TotalParts parts;
  parts.scheme_adds_up = scheme_adds_up;
  parts.arithmetic = exec + sums.scores;
  parts.by_rules = exec + sums.by_rules;
  parts.formula = fmt::format("执行率得分 + 各指标得分之和 = {} + {}", two_places(exec),
                              two_places(sums.scores));
  if (p.execution_caps_enabled) {
    const model::Node* rate_node = rec.get("execution_rate");
    double rate = rate_node && rate_node->scalar().number ? *rate_node->scalar().number : 1;
    for (const auto& cap : p.execution_caps) {
      if (rate < cap.below) parts.cap = parts.cap ? std::min(*parts.cap, cap.max) : cap.max;
    }
  }
  settle_total(ctx, parts);

  // 全年预算数 cut down to exactly the spending, below 年初预算数: any spending becomes 100%.
  auto initial = ctx.number("budget_initial");
  auto budget = ctx.number("budget_full_year");
  auto executed = ctx.number("executed");
  if (initial && budget && executed && *initial > 0 && *budget < *initial - 0.005 &&
      std::fabs(*budget - *executed) < 0.005) {
    double rate_i = *executed / *initial;
    double score_i = round_half_up(std::min(rate_i, 1.0) * exec_weight, p.decimals);
    std::string effect;
    if (scheme_adds_up && !ctx.blocked("total_score")) {  // the scores it adds are all there
      double total_i = round_half_up(sums.scores + score_i, p.decimals);
      effect = fmt::format("，总分 {}，等级“{}”", two_places(total_i), p.grade_for(total_i));
    }
    ctx.report(
        "budget_reset", "warning", "budget_full_year", "",
        fmt::format("全年预算数 {} 调减到与全年执行数相同（年初预算数 {}），执行率因此为 "
                    "100%。按年初预算数计："
                    "执行率 = {} ÷ {} = {}，得分 {}{}",
                    two_places(*budget), two_places(*initial), two_places(*executed),
                    two_places(*initial), percent_text(rate_i), two_places(score_i), effect));
  }
}

}  // namespace evalbook::recompute
