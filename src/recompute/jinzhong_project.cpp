#include "recompute/jinzhong_project.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

#include "model/indicator_value.h"
#include "recompute/rounding.h"
#include "recompute/score_totals.h"
#include "template/normalize.h"

namespace evalbook::recompute {

namespace {

using model::Comparator;
using model::IndicatorValue;
using model::ValueKind;

// A number in its shortest form, at most 4 decimals: 3 -> "3", 2.5 -> "2.5", 1/3 -> "0.3333".
std::string plain(double x) {
  std::string s = format_fixed(x, 4);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// A figure as the form wrote it, or formatted when it has no text.
std::string shown(const Context& ctx, const std::string& path, double value) {
  std::string raw = ctx.text(path);
  return raw.empty() ? two_places(value) : raw;
}

std::size_t item_count(const Context& ctx) {
  const model::Node* items = ctx.record().get("items");
  return items && items->kind() == model::Node::Kind::array ? items->items().size() : 0;
}

// "items[3]." for the 评分表 row named `name`, or "" when the form has none.
std::string item_named(const Context& ctx, const std::string& name) {
  std::string want = tmpl::normalize_label(name);
  for (std::size_t i = 0, n = item_count(ctx); i < n; ++i) {
    std::string prefix = fmt::format("items[{}].", i);
    if (tmpl::normalize_label(ctx.text(prefix + "name")) == want) return prefix;
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// 资金到位率 and 预算执行率 (RULES §2).

void check_funds_arrival(Context& ctx) {
  const RuleParams& p = ctx.params();
  std::string item = item_named(ctx, "资金到位率");
  auto allocated = ctx.required("funds_allocated", "预算下达资金");
  // The city budget is required unless the budget is all "other" money.
  auto other = ctx.number("budget_other");
  auto city = other ? ctx.number("budget_city") : ctx.required("budget_city", "预算资金（市级）");
  ctx.optional_input("budget_other", "预算资金（其他）");
  ctx.derive("funds_arrival_rate", "", {"funds_allocated", "budget_city", "budget_other"});
  if (!ctx.derive_at("funds_arrival_score", "资金到位率得分", item + "score",
                     {"funds_allocated", "budget_city", "budget_other"}))
    return;
  if (!allocated || (!city && !other)) return;
  double budget = city.value_or(0) + other.value_or(0);
  std::string budget_terms = fmt::format("({} + {})", shown(ctx, "budget_city", city.value_or(0)),
                                         shown(ctx, "budget_other", other.value_or(0)));
  double rate = 0;
  if (budget == 0) {
    ctx.report(
        "funds_zero_budget", "warning", "budget_city", "0",
        fmt::format("预算资金（市级 + 其他）为 0，资金到位率无法计算（{} ÷ 0），按 0 计，得分 0",
                    shown(ctx, "funds_allocated", *allocated)));
  } else {
    rate = *allocated / budget;
  }
  double score = round_half_up(std::min(rate, 1.0) * p.arrival_weight, p.decimals);
  ctx.set_recomputed("funds_arrival_rate", rate);
  ctx.set_recomputed("funds_arrival_score", score);
  if (item.empty()) return;
  std::string weight = plain(p.arrival_weight);
  ctx.expect(
      "funds_arrival_score", item + "score", score,
      fmt::format(
          "资金到位率 = 预算下达资金 ÷ 预算资金（市级 + 其他）= {} ÷ {} = {}，得分 = {} × {} = {}，"
          "填报为 {}",
          shown(ctx, "funds_allocated", *allocated), budget_terms, percent_text(rate), weight,
          rate > 1 ? "100%（封顶）" : percent_text(rate), two_places(score),
          ctx.text(item + "score")));
}

void check_budget_execution(Context& ctx) {
  const RuleParams& p = ctx.params();
  std::string item = item_named(ctx, "预算执行率");
  auto executed = ctx.required("executed", "实际支出（市级预算资金）");
  auto allocated = ctx.required("funds_allocated", "预算下达资金");
  ctx.derive("budget_execution_rate", "", {"executed", "funds_allocated"});
  if (!ctx.derive_at("budget_execution_score", "预算执行率得分", item + "score",
                     {"executed", "funds_allocated"}))
    return;
  if (!executed || !allocated) return;
  std::string weight = plain(p.budget_execution_weight);
  double rate = 0;
  if (*allocated == 0) {
    ctx.report("funds_zero_budget", "warning", "funds_allocated", "0",
               fmt::format("预算下达资金为 0，预算执行率无法计算（{} ÷ 0），按 0 计，得分 0",
                           shown(ctx, "executed", *executed)));
  } else {
    rate = *executed / *allocated;
  }
  double score = round_half_up(std::min(rate, 1.0) * p.budget_execution_weight, p.decimals);
  ctx.set_recomputed("budget_execution_rate", rate);
  ctx.set_recomputed("budget_execution_score", score);
  if (!item.empty()) {
    ctx.expect(
        "budget_execution_score", item + "score", score,
        fmt::format("预算执行率 = 实际支出（市级预算资金）÷ 预算下达资金 = {} ÷ {} = {}，得分 = {} "
                    "× {} = {}，"
                    "填报为 {}",
                    shown(ctx, "executed", *executed), shown(ctx, "funds_allocated", *allocated),
                    percent_text(rate), weight, rate > 1 ? "100%（封顶）" : percent_text(rate),
                    two_places(score), ctx.text(item + "score")));
  }
  // RULES §6.3 #12: spending of 上年结转资金 is left out of the numerator.
  auto carryover = ctx.number("executed_carryover");
  if (carryover && *carryover > 0 && *allocated > 0) {
    double rate_with = (*executed + *carryover) / *allocated;
    double score_with =
        round_half_up(std::min(rate_with, 1.0) * p.budget_execution_weight, p.decimals);
    std::string total_note;
    auto reported_item = item.empty() ? std::nullopt : ctx.number(item + "score");
    auto total = ctx.number("total_score");
    if (reported_item && total) {
      total_note =
          fmt::format("，综合得分相应为 {}", two_places(*total - *reported_item + score_with));
    }
    ctx.report("carryover_excluded", "info", "executed_carryover", "",
               fmt::format(
                   "上年结转资金支出 {} 未计入预算执行率的分子：执行率 = {} ÷ {} = {}，得分 "
                   "{}；若计入则执行率 = "
                   "({} + {}) ÷ {} = {}，得分 = {} × {} = {}{}。请核实口径",
                   shown(ctx, "executed_carryover", *carryover), shown(ctx, "executed", *executed),
                   shown(ctx, "funds_allocated", *allocated), percent_text(rate), two_places(score),
                   shown(ctx, "executed", *executed), shown(ctx, "executed_carryover", *carryover),
                   shown(ctx, "funds_allocated", *allocated), percent_text(rate_with), weight,
                   rate_with > 1 ? "100%（封顶）" : percent_text(rate_with), two_places(score_with),
                   total_note));
  }
}

// ---------------------------------------------------------------------------------------------
// 完成进度 = 实际完成值 ÷ 目标值 (RULES §6.3 #8).

bool is_upper_bound(Comparator c) { return c == Comparator::le || c == Comparator::lt; }

// The target of a text that holds one quantity behind one comparator word
// ("引进行业领军企业、500强企业不少于10家" -> ≥ 10 家); the whole text when it reads as a value.
IndicatorValue read_target(const std::string& text) {
  IndicatorValue whole = model::parse_indicator_value(text);
  if (whole.kind != ValueKind::text) return whole;
  static const char* const kWords[] = {
      "大于等于", "小于等于", "不少于", "不低于", "不小于", "不高于", "不多于", "不大于", "不超过",
      "不超出",   "不超",     "超过",   "大于",   "高于",   "多于",   "小于",   "低于",   "少于",
      "达到",     "至少",     "≥",      "≤",      ">=",     "<=",     ">",      "<"};
  std::size_t found = std::string::npos;
  int occurrences = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    for (const char* w : kWords) {
      std::string_view word(w);
      if (text.compare(i, word.size(), word) == 0) {
        len = word.size();
        break;
      }
    }
    if (len == 0) {
      ++i;
      continue;
    }
    if (occurrences++ == 0) found = i;
    i += len;
  }
  if (occurrences != 1) return whole;
  IndicatorValue tail = model::parse_indicator_value(std::string_view(text).substr(found));
  return tail.kind == ValueKind::number ? tail : whole;
}

void check_completion(Context& ctx, std::size_t i) {
  std::string prefix = fmt::format("indicators[{}].", i);
  std::string completion_text = ctx.text(prefix + "completion");
  if (completion_text.empty()) return;
  // Cost indicators are upper limits: their 完成进度 is not actual ÷ target.
  if (tmpl::normalize_label(ctx.text(prefix + "level2")).find("成本") != std::string::npos) return;
  IndicatorValue completion = model::parse_indicator_value(completion_text);
  if (completion.kind != ValueKind::number || !completion.percent ||
      completion.comparator != Comparator::none || !completion.value)
    return;
  std::string target_text = ctx.text(prefix + "target");
  IndicatorValue target = read_target(target_text);
  IndicatorValue actual = model::parse_indicator_value(ctx.text(prefix + "actual"));
  if (target.kind != ValueKind::number || actual.kind != ValueKind::number) return;
  if (!target.value || !actual.value || *target.value <= 0 || *actual.value < 0) return;
  if (is_upper_bound(target.comparator) || is_upper_bound(actual.comparator)) return;
  if (target.percent != actual.percent) return;
  if (!target.unit.empty() && !actual.unit.empty() && target.unit != actual.unit) return;
  double ratio = *actual.value / *target.value * 100;
  int decimals = decimals_of(completion_text);
  if (same_at_precision(*completion.value, ratio, decimals)) return;
  // Over-achievement written as 100% (completion capped) is accepted.
  if (ratio > 100 && same_at_precision(*completion.value, 100, decimals)) return;
  std::string name = ctx.text(prefix + "name");
  ctx.report("completion_progress", "error", prefix + "completion",
             format_fixed(ratio, decimals) + "%",
             fmt::format("指标“{}”：完成进度 = 实际完成值 ÷ 目标值 = {} ÷ {} = "
                         "{}%（目标“{}”，实际“{}”），填报为 {}",
                         name, plain(*actual.value), plain(*target.value),
                         format_fixed(ratio, std::max(decimals, 2)), target_text,
                         ctx.text(prefix + "actual"), completion_text));
}

}  // namespace

std::vector<std::string> item_sections(const Context& ctx, const ScoreTableLayout& layout) {
  std::size_t n = item_count(ctx);
  std::vector<std::string> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string label =
        tmpl::normalize_label(ctx.text(fmt::format("items[{}].{}", i, layout.group_field)));
    auto it = layout.groups.find(label);
    if (it != layout.groups.end()) out[i] = it->second;
  }
  std::vector<std::string> known = out;
  for (std::size_t i = 0; i < n; ++i) {
    if (!known[i].empty()) continue;
    std::string prev, next;
    for (std::size_t k = i; k-- > 0;) {
      if (!known[k].empty()) {
        prev = known[k];
        break;
      }
    }
    for (std::size_t k = i + 1; k < n; ++k) {
      if (!known[k].empty()) {
        next = known[k];
        break;
      }
    }
    out[i] = !next.empty() ? next : prev;
  }
  return out;
}

void check_score_table(Context& ctx, const ScoreTableLayout& layout) {
  const RuleParams& p = ctx.params();
  std::size_t n = item_count(ctx);
  std::vector<std::string> section_of = item_sections(ctx, layout);
  struct Sum {
    double scores = 0, weights = 0;
    std::string score_terms, weight_terms;
    int rows = 0;
  };
  std::map<std::string, Sum> sums;
  double item_total = 0;
  double over_weight_excess = 0;  // what the scores above their 分值 add beyond them
  std::vector<std::string> all_scores;
  std::map<std::string, std::vector<std::string>> section_scores, section_weights;
  for (std::size_t i = 0; i < n; ++i) {
    std::string prefix = fmt::format("items[{}].", i);
    std::string name = ctx.text(prefix + "name");
    if (name.empty()) name = ctx.text(prefix + "level2");
    // Every item's 分值 and 得分 are required: the section sums, the total and the grade follow.
    auto weight = ctx.required(prefix + "weight", fmt::format("“{}”的分值", name));
    auto score = ctx.required(prefix + "score", fmt::format("“{}”的得分", name));
    all_scores.push_back(prefix + "score");
    if (!section_of[i].empty()) {
      section_scores[section_of[i]].push_back(prefix + "score");
      section_weights[section_of[i]].push_back(prefix + "weight");
    }
    if (weight && score && *score > *weight + 1e-9) {
      over_weight_excess += *score - *weight;
      ctx.report("item_score_over_weight", "error", prefix + "score", ctx.text(prefix + "weight"),
                 fmt::format("“{}”得分 {} 超过其分值 {}", name, ctx.text(prefix + "score"),
                             ctx.text(prefix + "weight")));
    }
    if (score) item_total += *score;
    if (section_of[i].empty()) continue;
    Sum& s = sums[section_of[i]];
    ++s.rows;
    if (score) {
      s.scores += *score;
      s.score_terms += (s.score_terms.empty() ? "" : " + ") + ctx.text(prefix + "score");
    }
    if (weight) {
      s.weights += *weight;
      s.weight_terms += (s.weight_terms.empty() ? "" : " + ") + ctx.text(prefix + "weight");
    }
  }
  // Sections.
  double total = 0;
  std::string total_terms, total_names;
  bool any_section = false;
  std::vector<std::string> section_fields;
  double reported_weights = 0;
  std::size_t weights_reported = 0;
  for (const auto& section : layout.sections) {
    std::string field = "sections." + section;
    if (ctx.scalar(field)) {
      // A section row the form has is required: the total adds the sections as reported.
      ctx.required(field, section + "得分");
      section_fields.push_back(field);
    }
    ctx.derive(field, section + "得分", section_scores[section]);
    ctx.derive("section_weights." + section, "", section_weights[section]);
    auto it = sums.find(section);
    if (it != sums.end() && it->second.rows > 0) {
      const Sum& s = it->second;
      double sum = round_half_up(s.scores, p.decimals);
      ctx.set_recomputed(field, sum);
      ctx.expect("section_sum", field, s.scores,
                 fmt::format("{}得分 = 所属各项得分之和 = {} = {}，填报为 {}", section,
                             s.score_terms.empty() ? "0" : s.score_terms, two_places(sum),
                             ctx.text(field)));
      std::string wfield = "section_weights." + section;
      if (ctx.number(wfield)) {
        ctx.expect("section_weight_sum", wfield, s.weights,
                   fmt::format("{}分值 = 所属各项分值之和 = {} = {}，填报为 {}", section,
                               s.weight_terms.empty() ? "0" : s.weight_terms,
                               format_fixed(s.weights, 2), ctx.text(wfield)));
      }
    }
    std::string wfield = "section_weights." + section;
    auto standard = layout.section_weights.find(section);
    if (auto w = ctx.number(wfield);
        w && standard != layout.section_weights.end() && std::fabs(*w - standard->second) > 1e-9) {
      std::string standard_text;
      for (const auto& sec : layout.sections) {
        auto sw = layout.section_weights.find(sec);
        if (sw == layout.section_weights.end()) continue;
        standard_text +=
            (standard_text.empty() ? "" : "、") + sec + " " + format_fixed(sw->second, 0);
      }
      ctx.report("section_weight_sum", "error", wfield, format_fixed(standard->second, 0),
                 fmt::format("{}的分值应为 {}（表式标准：{}），填报为 {}", section,
                             format_fixed(standard->second, 0), standard_text, ctx.text(wfield)));
    }
    if (auto w = ctx.number(wfield)) {
      reported_weights += *w;
      ++weights_reported;
    }
    if (auto reported = ctx.number(field); reported || ctx.scalar(field)) {
      any_section = true;
      if (!reported) continue;
      // A section whose own sum is wrong counts at its recomputed sum (RULES-ONE-TRUTH.md).
      double part = *reported;
      std::string part_text = ctx.text(field);
      if (it != sums.end() && it->second.rows > 0 &&
          !same_at_precision(*reported, it->second.scores, ctx.written_decimals(field))) {
        part = round_half_up(it->second.scores, p.decimals);
        part_text = two_places(part);
      }
      total += part;
      total_terms += (total_terms.empty() ? "" : " + ") + part_text;
      total_names += (total_names.empty() ? "" : " + ") + section;
    }
  }
  // Total and grade, from the sections (or the items when the form has none), settled in the one
  // place they are (score_totals).
  if (!any_section) {
    if (n == 0) return;
    total = item_total;
  }
  const std::vector<std::string>& total_inputs = any_section ? section_fields : all_scores;
  ctx.derive("total_score", "综合得分", total_inputs);
  ctx.derive("grade", "等级", total_inputs);
  ctx.required("total_score", "综合得分");
  // The scheme adds up unless every section's 分值 is written and they miss the full marks.
  double full_marks = 0;
  for (const auto& [section, w] : layout.section_weights) full_marks += w;
  bool scheme_adds_up = weights_reported < layout.sections.size() || full_marks == 0 ||
                        std::fabs(reported_weights - full_marks) < 1e-9;
  TotalParts parts;
  parts.label = "综合得分";
  parts.arithmetic = total;
  parts.by_rules = total - over_weight_excess;
  parts.formula =
      any_section ? fmt::format("{} = {}", total_names, total_terms) : std::string("各项得分之和");
  parts.scheme_adds_up = scheme_adds_up;
  settle_total(ctx, parts);
}

void recompute_jinzhong_project(Context& ctx, const ScoreTableLayout& layout) {
  check_funds_arrival(ctx);
  check_budget_execution(ctx);
  check_score_table(ctx, layout);
  const model::Node* indicators = ctx.record().get("indicators");
  std::size_t count =
      indicators && indicators->kind() == model::Node::Kind::array ? indicators->items().size() : 0;
  for (std::size_t i = 0; i < count; ++i) check_completion(ctx, i);
}

void recompute_jinzhong_project(Context& ctx) {
  recompute_jinzhong_project(ctx, ctx.params().score_table);
}

}  // namespace evalbook::recompute
