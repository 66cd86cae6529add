// The one place where a scored form's 总分 and 等级 are settled (docs/RULES-ONE-TRUTH.md):
//   total_score / grade                    arithmetic: the components as reported, each
//                                          component that is itself arithmetically wrong taken
//                                          at its recomputed value;
//   total_score_by_rules / grade_by_rules  the same with every rule-class score (an indicator's
//                                          score by its completion, band or cap) at its rule
//                                          result; judgement cases keep the reported score.
// Both exist only when the weight scheme adds up to the form's full marks: a total on a scheme
// that does not is no figure anyone can be sure of, and the weight error is left to a person.
// check's `recomputed`, the summary's 总分(复核)/总分(按规则) and what fix writes all read these.
#pragma once

#include <optional>
#include <string>

#include "recompute/context.h"

namespace evalbook::recompute {

struct TotalParts {
  bool scheme_adds_up = true;
  double arithmetic = 0;
  double by_rules = 0;
  // The formula of the arithmetic total with its numbers, without "= result"
  // ("执行率得分 10.00 + 各指标得分之和 79.00").
  std::string formula;
  // The name of the total on this form (总分, 综合得分) for messages.
  std::string label = "总分";
  // A cap on both totals (a 晋城-style execution cap), when one applies.
  std::optional<double> cap;
};

// Sets total_score, grade, total_score_by_rules and grade_by_rules in ctx.recomputed() and
// reports the total_score and grade findings against the arithmetic figures.
void settle_total(Context& ctx, const TotalParts& parts);

// For forms whose scores no documented rule recomputes (a 决算 table, a policy evaluation): the
// figures by the rules are the arithmetic ones.
void by_rules_as_arithmetic(model::Node& recomputed);

}  // namespace evalbook::recompute
