// One truth (docs/RULES-ONE-TRUTH.md) on the two forms of the issue that started it, worked out
// by hand from the seed text (seed 001 lines 3-29; seed 004 lines 909-935): which figures are
// arithmetic, which are rule results, which are judgement, and that a 分值 scheme that does not
// add up leaves the total to a person.
#include <catch2/catch.hpp>

#include "recompute/finding_class.h"
#include "recompute/recompute.h"
#include "recompute_test_support.h"
#include "report/corrector.h"
#include "test_support.h"

namespace evalbook {

using test::recomputed_number;
using test::recomputed_text;
using test::with_rule;

namespace {

model::FormRecord recomputed_sample(const std::string& sample, const std::string& template_id) {
  std::vector<model::FormRecord> forms{test::read_sample_form(sample, template_id)};
  forms[0].findings.clear();  // only the rules' findings are asserted
  recompute::recompute_workbook(forms, test::source_path("templates/rules"));
  return forms[0];
}

// A copy: `list` is often the temporary with_rule() returns, gone after the statement.
model::Finding only(const std::vector<model::Finding>& list) {
  REQUIRE(list.size() == 1);
  return list[0];
}

}  // namespace

TEST_CASE("one truth: 001 has a 分值 scheme of 200, so no total and no 分值 is written",
          "[one-truth]") {
  auto form = recomputed_sample("001_project_服务外向型经济工作经费.xlsx", "project-2020");
  // Execution score on the unit's own 分值 100: min(8.6 ÷ 8.6, 100%) × 100 = 100 = reported H6.
  CHECK(recomputed_number(form, "execution_score") == 100);
  CHECK(with_rule(form, "execution_score").empty());
  // 分值: execution 100 (F6) and indicators 10+5+10+10+5+10+5+5+10+10+5+5+10 = 100: both
  // structure errors, left to a person.
  const auto& exec_weight = only(with_rule(form, "execution_weight"));
  CHECK(exec_weight.cell == "F6");
  CHECK(exec_weight.rule_class == "structure");
  const auto& weights = only(with_rule(form, "indicator_weight_sum"));
  CHECK(weights.rule_class == "structure");
  CHECK(weights.severity == "error");
  // 100 + 100 = 200 is not 100: no total, no grade, neither arithmetic nor by the rules; the
  // message gives the reported sum 100 + 90 = 190 for the person who decides.
  CHECK(form.recomputed.get("total_score") == nullptr);
  CHECK(form.recomputed.get("grade") == nullptr);
  CHECK(form.recomputed.get("total_score_by_rules") == nullptr);
  CHECK(with_rule(form, "total_score").empty());
  CHECK_THAT(weights.message, Catch::Contains("100.00 + 90.00 = 190.00"));
  // 参加展会情况 range 3-5家, actual 2: 10 × 2 ÷ 3 = 6.67 < 8, a rule result (H18).
  const auto& rule = only(with_rule(form, "indicator_score_quantitative"));
  CHECK(rule.cell == "H18");
  CHECK(rule.expected == "6.67");
  CHECK(rule.rule_class == "rule");
  // The sum by the rules: 90 − 8 + 6.67 = 88.67.
  CHECK(recomputed_number(form, "indicator_score_sum_by_rules") == Approx(88.67));
  // Scores below full marks without a reason: one warning per indicator, at the score cell;
  // in-range actuals (外出考察次数 1 in 1-2次) suggest the full 10.
  auto reasons = with_rule(form, "deviation_reason_missing");
  REQUIRE(reasons.size() == 5);  // H13, H15, H16, H17, H19 (H18 says it in its rule error)
  CHECK(reasons[0].cell == "H13");
  CHECK(reasons[0].expected == "10.00");
  CHECK(reasons[0].rule_class == "judgement");
  // Nothing that fix writes by default: no arithmetic error at all.
  for (const auto& f : form.findings) {
    if (f.severity == "error") CHECK(f.rule_class != "arithmetic");
  }
}

TEST_CASE("one truth: 004_12 total 89 is right; the rules give 87.97; the cost row is judgement",
          "[one-truth]") {
  auto form = recomputed_sample(
      "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx", "project-2023");
  // 39.8 ÷ 39.8 = 100% × 10 = 10; scores 10+10+5+5+9+9+5+8+0+8+10 = 79; 10 + 79 = 89 = H20.
  CHECK(recomputed_number(form, "execution_score") == 10);
  CHECK(recomputed_number(form, "indicator_score_sum") == 79);
  CHECK(recomputed_number(form, "total_score") == 89);
  CHECK(recomputed_text(form, "grade") == "良");
  CHECK(with_rule(form, "total_score").empty());
  // 部分达成 on 分值 10: band 6 至小于 8; 9 (H13), 8 (I16), 8 (H18) -> the nearest allowed 7.99.
  auto bands = with_rule(form, "indicator_score_qualitative");
  REQUIRE(bands.size() == 3);
  for (const auto& f : bands) {
    CHECK(f.expected == "7.99");
    CHECK(f.rule_class == "rule");
  }
  // 编制费用 =100万元 -> =39.8万元: cost and 等于型 under target, suggested 10 × 39.8 ÷ 100 = 3.98.
  const auto& cost = only(with_rule(form, "indicator_score_judgement"));
  CHECK(cost.cell == "H14");
  CHECK(cost.severity == "warning");
  CHECK(cost.expected == "3.98");
  CHECK(cost.rule_class == "judgement");
  CHECK(with_rule(form, "indicator_score_quantitative").empty());
  // By the rules: 79 − (9 − 7.99) − (8 − 7.99) − (8 − 7.99) = 77.97; 10 + 77.97 = 87.97, 良.
  CHECK(recomputed_number(form, "indicator_score_sum_by_rules") == Approx(77.97));
  CHECK(recomputed_number(form, "total_score_by_rules") == Approx(87.97));
  CHECK(recomputed_text(form, "grade_by_rules") == "良");
}

TEST_CASE("one truth: every finding of the samples has a class", "[one-truth]") {
  const auto& classes = recompute::finding_classes(test::source_path("templates/rules"));
  for (std::string_view rule :
       {"execution_score", "final_accounts.06-a", "indicator_score_judgement",
        "indicator_weight_sum", "indicator_score_qualitative"}) {
    CHECK(classes.class_of(rule) != recompute::kUnclassified);
  }
  CHECK(classes.class_of("final_accounts.06-a") == "arithmetic");
  CHECK(classes.class_of("no_such_rule") == recompute::kUnclassified);
  CHECK(!report::class_writable(classes.class_of("no_such_rule"), report::FixPolicy{true}));
  CHECK(!report::class_writable(classes.class_of("execution_weight"), report::FixPolicy{true}));
  CHECK(!report::class_writable(classes.class_of("indicator_score_quantitative"),
                                report::FixPolicy{}));
  CHECK(report::class_writable(classes.class_of("indicator_score_quantitative"),
                               report::FixPolicy{true}));
  CHECK(report::class_writable(classes.class_of("total_score"), report::FixPolicy{}));
}

}  // namespace evalbook
