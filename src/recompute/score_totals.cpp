#include "recompute/score_totals.h"

#include <fmt/format.h>

#include <algorithm>

#include "model/indicator_value.h"
#include "recompute/rounding.h"

namespace evalbook::recompute {

namespace {

std::string bands_text(const RuleParams& p) {
  std::string out;
  for (std::size_t i = 0; i < p.grade_bands.size(); ++i) {
    const GradeBand& b = p.grade_bands[i];
    if (!out.empty()) out += "，";
    if (i + 1 == p.grade_bands.size() && i > 0) {
      out += fmt::format("{} 低于 {}", b.grade, format_fixed(p.grade_bands[i - 1].min, 0));
    } else {
      out += fmt::format("{} ≥ {}", b.grade, format_fixed(b.min, 0));
    }
  }
  return out;
}

}  // namespace

void settle_total(Context& ctx, const TotalParts& parts) {
  if (!parts.scheme_adds_up) return;
  const RuleParams& p = ctx.params();
  double total = round_half_up(parts.arithmetic, p.decimals);
  double by_rules = round_half_up(parts.by_rules, p.decimals);
  std::string cap_note;
  if (parts.cap && total > *parts.cap) {
    total = *parts.cap;
    cap_note = fmt::format("，执行率封顶 {}", format_fixed(*parts.cap, 0));
  }
  if (parts.cap) by_rules = std::min(by_rules, *parts.cap);
  ctx.set_recomputed("total_score", total);
  // A total that follows from a missing input is left out (Context::derive): so are the others.
  if (!ctx.recomputed().get("total_score")) return;
  ctx.set_recomputed("total_score_by_rules", by_rules);
  if (ctx.number("total_score")) {
    ctx.expect("total_score", "total_score", total,
               fmt::format("{} = {} = {}{}，填报为 {}", parts.label, parts.formula,
                           format_fixed(total, 2), cap_note, ctx.text("total_score")));
  }
  std::string grade = p.grade_for(total);
  ctx.set_recomputed("grade", grade);
  ctx.set_recomputed("grade_by_rules", p.grade_for(by_rules));
  if (const model::Scalar* g = ctx.scalar("grade"); g && !g->raw.empty()) {
    auto reported = model::parse_grade(g->raw);
    if (!reported || *reported != grade) {
      // Bands the form does not print are assumed: said, but not as an error.
      ctx.report("grade", p.grade_bands_sure ? "error" : "warning", "grade", grade,
                 fmt::format("{} {} 对应等级“{}”（{}{}），填报为“{}”", parts.label,
                             format_fixed(total, 2), grade, bands_text(p),
                             p.grade_bands_sure ? "" : "；本表未印等级标准，按财预〔2020〕10号核对",
                             g->raw));
    }
  }
}

void by_rules_as_arithmetic(model::Node& recomputed) {
  if (const model::Node* total = recomputed.get("total_score");
      total && !recomputed.get("total_score_by_rules"))
    recomputed.set("total_score_by_rules", *total);
  if (const model::Node* grade = recomputed.get("grade");
      grade && !recomputed.get("grade_by_rules"))
    recomputed.set("grade_by_rules", *grade);
}

}  // namespace evalbook::recompute
