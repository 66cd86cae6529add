#include "recompute/policy_eval.h"

#include <cmath>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "recompute/rounding.h"

namespace evalbook::recompute {

namespace {

std::string f2(double x) { return format_fixed(x, 2); }

// A/B/C/D 指标评分表: each level's weight is the sum of the weights under it; the 合计 row sums
// the weights and the scores; no score above its weight.
void check_score_table(Context& ctx) {
  const auto* list = ctx.record().get("indicators");
  if (!list || list->items().empty()) return;
  struct Group {
    double weight_sum = 0;
    std::string first_path;
    std::string terms;
  };
  std::map<std::string, Group> level2;  // level2 name -> sum of its indicator weights
  std::map<std::string, Group> level1;  // level1 name -> sum of its level2 weights
  std::map<std::string, bool> level2_counted;
  double weights = 0;
  double scores = 0;
  std::vector<std::string> weight_fields, score_fields;
  for (std::size_t i = 0; i < list->items().size(); ++i) {
    std::string p = fmt::format("indicators[{}].", i);
    // Each indicator's 分值 and 得分 are required: the 合计 row follows from them.
    std::string name = ctx.text(p + "name");
    auto w = ctx.required(p + "weight", fmt::format("指标“{}”的分值", name));
    auto s = ctx.required(p + "score", fmt::format("指标“{}”的得分", name));
    weight_fields.push_back(p + "weight");
    score_fields.push_back(p + "score");
    if (w) {
      weights += *w;
      Group& g = level2[ctx.text(p + "level2")];
      if (g.first_path.empty()) g.first_path = p;
      g.weight_sum += *w;
      g.terms += (g.terms.empty() ? "" : " + ") + format_fixed(*w, decimals_of(ctx.text(p + "weight")));
    }
    if (s) scores += *s;
    if (w && s && *s > *w + 1e-9) {
      ctx.report("policy_score_over_weight", "error", p + "score", f2(*w),
                 fmt::format("指标“{}”得分 {} 超过其分值 {}", ctx.text(p + "name"), ctx.text(p + "score"),
                             ctx.text(p + "weight")));
    }
    std::string l2 = ctx.text(p + "level2");
    if (!level2_counted[l2]) {
      level2_counted[l2] = true;
      if (auto w2 = ctx.number(p + "level2_weight")) {
        Group& g1 = level1[ctx.text(p + "level1")];
        if (g1.first_path.empty()) g1.first_path = p;
        g1.weight_sum += *w2;
        g1.terms += (g1.terms.empty() ? "" : " + ") + format_fixed(*w2, 0);
      }
    }
  }
  for (const auto& [name, g] : level2) {
    ctx.expect("policy_level2_sum", g.first_path + "level2_weight", g.weight_sum,
               fmt::format("二级指标“{}”的分值应为其三级指标分值之和：{} = {}，填报为 {}", name, g.terms,
                           f2(g.weight_sum), ctx.text(g.first_path + "level2_weight")));
  }
  for (const auto& [name, g] : level1) {
    ctx.expect("policy_level1_sum", g.first_path + "level1_weight", g.weight_sum,
               fmt::format("一级指标“{}”的分值应为其二级指标分值之和：{} = {}，填报为 {}", name, g.terms,
                           f2(g.weight_sum), ctx.text(g.first_path + "level1_weight")));
  }
  ctx.derive("total_weight", "合计分值", weight_fields);
  ctx.derive("total_score", "合计得分", score_fields);
  ctx.derive("weight_sum", "", weight_fields);
  ctx.derive("score_sum", "", score_fields);
  ctx.set_recomputed("weight_sum", weights);
  ctx.set_recomputed("score_sum", round_half_up(scores, 2));
  ctx.expect("policy_weight_sum", "total_weight", weights,
             fmt::format("合计分值应为各三级指标分值之和 = {}，填报为 {}", f2(weights), ctx.text("total_weight")));
  ctx.required("total_score", "合计得分");  // blank: said at its cell, the sum not compared
  ctx.expect("policy_total_score", "total_score", scores,
             fmt::format("合计得分应为各三级指标得分之和 = {}，填报为 {}", f2(scores), ctx.text("total_score")));
}

// 综合得分情况表: 合计 = A + B + C + D on the 权重 and 得分 rows; 得分率 = 得分 ÷ 权重.
void check_summary(Context& ctx) {
  const auto* rows = ctx.record().get("dimensions");
  if (!rows) return;
  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < rows->items().size(); ++i)
    by_name[ctx.text(fmt::format("dimensions[{}].name", i))] = i;
  const char* dims[] = {"A", "B", "C", "D"};
  for (const char* row : {"权重", "得分"}) {
    if (!by_name.count(row)) continue;
    std::string p = fmt::format("dimensions[{}].", by_name[row]);
    double sum = 0;
    std::string terms;
    for (const char* d : dims) {
      if (auto v = ctx.number(p + d)) {
        sum += *v;
        terms += (terms.empty() ? "" : " + ") + format_fixed(*v, decimals_of(ctx.text(p + d)));
      }
    }
    ctx.expect("policy_summary_total", p + "total", sum,
               fmt::format("{}合计 = {} = {}，填报为 {}", row, terms, f2(sum), ctx.text(p + "total")));
    if (std::string(row) == "得分") {
      ctx.set_recomputed("total_score", sum);
      ctx.set_recomputed("grade", ctx.params().grade_for(sum));
    }
  }
  if (by_name.count("权重") && by_name.count("得分") && by_name.count("得分率")) {
    std::string w = fmt::format("dimensions[{}].", by_name["权重"]);
    std::string s = fmt::format("dimensions[{}].", by_name["得分"]);
    std::string r = fmt::format("dimensions[{}].", by_name["得分率"]);
    for (const char* d : {"A", "B", "C", "D", "total"}) {
      auto weight = ctx.number(w + d);
      auto score = ctx.number(s + d);
      if (!weight || !score || *weight == 0) continue;
      double rate = *score / *weight;
      ctx.expect("policy_score_rate", r + d, rate,
                 fmt::format("得分率 = 得分 ÷ 权重 = {} ÷ {} = {}%，填报为 {}", f2(*score), f2(*weight),
                             format_fixed(rate * 100, 2), ctx.text(r + d)),
                 100.0);
    }
  }
}

}  // namespace

void recompute_policy_eval(Context& ctx) {
  const std::string& id = ctx.params().template_id;
  if (id == "policy-eval-scores") check_score_table(ctx);
  if (id == "policy-eval-summary") check_summary(ctx);
}

}  // namespace evalbook::recompute
