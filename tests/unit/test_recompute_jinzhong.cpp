// 晋中 project forms (RULES.md §2, §6.1, §6.3, §6.4): the sample workbooks read through the
// library, recomputed with templates/rules/project-jinzhong-2020.json; expected values worked out
// by hand. Also the 计算方式 evaluator used by the department rules.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "recompute/context.h"
#include "recompute/formula_eval.h"
#include "recompute/jinzhong_project.h"
#include "recompute/rule_params.h"
#include "recompute_test_support.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"
#include "xlsx/workbook.h"

namespace {

using namespace evalbook;
using evalbook::test::recomputed_number;
using evalbook::test::recomputed_text;
using evalbook::test::set_figure;
using evalbook::test::set_text;
using evalbook::test::source_path;
using evalbook::test::with_rule;
using evalbook::test::with_severity;

const std::string kTemplate = "project-jinzhong-2020";

model::FormRecord read_form(const std::string& sample) {
  return evalbook::test::read_sample_form(sample, kTemplate);
}

const recompute::RuleParams& params() {
  static const auto p = recompute::load_rule_params(source_path("templates/rules"), kTemplate);
  return p;
}

const recompute::ScoreTableLayout& layout() { return params().score_table; }

// Runs the rules; the recomputed object goes to form.recomputed as recompute_workbook does. The
// reader's own findings (unplaced values) are dropped first: only the rules' findings are asserted.
void run(model::FormRecord& form) {
  form.findings.clear();
  recompute::Context ctx(form, params());
  recompute::recompute_jinzhong_project(ctx, layout());
  form.recomputed = std::move(ctx.recomputed());
}

}  // namespace

TEST_CASE(
    "recompute: 晋中 资金到位率 and 预算执行率 scores match the five confirmed seed figures") {
  SECTION("002 招商引资工作经费") {
    auto form = read_form("002_project_招商引资工作经费.xlsx");
    run(form);
    // 到位率 = 7.6 ÷ (500 + 0) = 1.52%; 3 × 0.0152 = 0.0456 -> 0.05 (the form's items[3] 0.05)
    CHECK(recomputed_number(form, "funds_arrival_rate") == Approx(0.0152));
    CHECK(recomputed_number(form, "funds_arrival_score") == 0.05);
    // 执行率 = 7.6 ÷ 7.6 = 100%; 3 × 1 = 3.00
    CHECK(recomputed_number(form, "budget_execution_rate") == 1.0);
    CHECK(recomputed_number(form, "budget_execution_score") == 3.0);
    CHECK(with_rule(form, "funds_arrival_score").empty());
    CHECK(with_rule(form, "budget_execution_score").empty());
  }
  SECTION("002 招商引资专项经费") {
    auto form = read_form("002_project_招商引资专项经费.xlsx");
    run(form);
    // 到位率 = 146.25 ÷ 198.5 = 73.678%; 3 × 0.73678 = 2.2103 -> 2.21
    CHECK(recomputed_number(form, "funds_arrival_score") == 2.21);
    // 执行率 = 126.47 ÷ 146.25 = 86.475%; 3 × 0.86475 = 2.5943 -> 2.59
    CHECK(recomputed_number(form, "budget_execution_rate") == Approx(126.47 / 146.25));
    CHECK(recomputed_number(form, "budget_execution_score") == 2.59);
    CHECK(with_severity(form, "error").empty());
  }
  SECTION("003 新动能专项资金") {
    auto form = read_form("003_project_新动能专项资金.xlsx");
    run(form);
    // 到位率 = 5000 ÷ 20000 = 25%; 3 × 0.25 = 0.75. 执行率 = 5000 ÷ 5000 -> 3.00
    CHECK(recomputed_number(form, "funds_arrival_score") == 0.75);
    CHECK(recomputed_number(form, "budget_execution_score") == 3.0);
    CHECK(form.findings.empty());
  }
  SECTION("003 企业技术创新奖励补助") {
    auto form = read_form("003_project_企业技术创新奖励补助.xlsx");
    run(form);
    // 到位率 = 345 ÷ 345 -> 3.00; 执行率 = 284.17 ÷ 345 = 82.368%; 3 × 0.82368 = 2.4710 -> 2.47
    CHECK(recomputed_number(form, "funds_arrival_score") == 3.0);
    CHECK(recomputed_number(form, "budget_execution_score") == 2.47);
    CHECK(form.findings.empty());
  }
  SECTION("003 优势企业转型项目信息化平台: 15 ÷ 15 with 其他 left blank") {
    auto form = read_form("003_project_优势企业转型项目信息化平台.xlsx");
    run(form);
    CHECK(recomputed_number(form, "funds_arrival_score") == 3.0);
    CHECK(recomputed_number(form, "budget_execution_score") == 3.0);
    // Every 完成进度 there is 100% of identical target and actual ("≥96%" / "≥96%", "1套/年"...).
    CHECK(form.findings.empty());
  }
}

TEST_CASE("recompute: 晋中 section sums, total and grade of the seed forms recompute") {
  struct Case {
    const char* sample;
    double in, process, output, effect, total;
    const char* grade;
  };
  // Hand sums of the items (RULES §6):
  // 000: 3+4+4+0+0+0 = 11; 3+3+3+3+3+4 = 19; 8+7+8+7 = 30; 5+5+0+10+10 = 30; 90 优
  // 002 工作经费: 3+4+4+0.05+3+3 = 17.05; 20; 5+5+8+7 = 25; 8+3+0+3+10 = 24; 86.05 良
  // 002 专项: 3+4+4+2.21+3+2.59 = 18.80; 20; 8+7+8+6 = 29; 5+5+0+0+8 = 18; 85.80 良
  // 003 技术创新: 19.47; 20; 30; 0+20+0+0+10 = 30; 99.47 优
  // 003 信息化平台: 20; 20; 30; 30; 100 优
  // 003 新动能: 3+4+4+0.75+3+3 = 17.75; 20 (the 管理制度健全性 row carried as 业务管理 is still
  // 过程); 30; 30; 97.75 优
  const Case cases[] = {
      {"000_project_出口信用保险保费补助资金.xlsx", 11, 19, 30, 30, 90, "优"},
      {"002_project_招商引资工作经费.xlsx", 17.05, 20, 25, 24, 86.05, "良"},
      {"002_project_招商引资专项经费.xlsx", 18.8, 20, 29, 18, 85.8, "良"},
      {"003_project_企业技术创新奖励补助.xlsx", 19.47, 20, 30, 30, 99.47, "优"},
      {"003_project_优势企业转型项目信息化平台.xlsx", 20, 20, 30, 30, 100, "优"},
      {"003_project_新动能专项资金.xlsx", 17.75, 20, 30, 30, 97.75, "优"},
  };
  for (const auto& c : cases) {
    INFO(c.sample);
    auto form = read_form(c.sample);
    run(form);
    CHECK(recomputed_number(form, "sections.投入") == Approx(c.in));
    CHECK(recomputed_number(form, "sections.过程") == Approx(c.process));
    CHECK(recomputed_number(form, "sections.产出") == Approx(c.output));
    CHECK(recomputed_number(form, "sections.效果") == Approx(c.effect));
    CHECK(recomputed_number(form, "total_score") == Approx(c.total));
    CHECK(recomputed_text(form, "grade") == c.grade);
    for (const char* rule :
         {"section_sum", "section_weight_sum", "total_score", "grade", "item_score_over_weight"})
      CHECK(with_rule(form, rule).empty());
  }
}

TEST_CASE("recompute: 晋中 seed 000 divides 0 by 0 and says so") {
  auto form = read_form("000_project_出口信用保险保费补助资金.xlsx");
  run(form);
  // 到位率 = 0 ÷ (160 + 0) = 0 -> 0.00 (no warning: the budget is not 0);
  // 执行率 = 0 ÷ 0 (预算下达资金 0): taken as 0 -> 0.00, with a warning at 预算下达资金 (D12).
  CHECK(recomputed_number(form, "funds_arrival_score") == 0.0);
  CHECK(recomputed_number(form, "budget_execution_score") == 0.0);
  auto zero = with_rule(form, "funds_zero_budget");
  REQUIRE(zero.size() == 1);
  CHECK(zero[0].severity == "warning");
  CHECK(zero[0].field == "funds_allocated");
  CHECK(zero[0].cell == "D12");
  CHECK(with_severity(form, "error").empty());
}

TEST_CASE("recompute: 晋中 seed 002 完成进度 118% against 18 of at least 10 is an error") {
  auto form = read_form("002_project_招商引资工作经费.xlsx");
  run(form);
  // 引进企业质量: target "…500强企业不少于10家" (≥ 10), actual 18 -> 18 ÷ 10 = 180%; written 118%.
  // 招商引资活动: "20次以上" against 18 -> 90% as written; 项目引进 ("达到50个, 总投资
  // 达到300亿元") names two quantities and is not read.
  auto errors = with_severity(form, "error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rule == "completion_progress");
  CHECK(errors[0].field == "indicators[2].completion");
  CHECK(errors[0].cell == "F23");
  CHECK(errors[0].reported == "118%");
  CHECK(errors[0].expected == "180%");
  CHECK_THAT(errors[0].message, Catch::Contains("18 ÷ 10 = 180.00%"));
  CHECK(form.findings.size() == 1);
}

TEST_CASE("recompute: 晋中 seed 002 专项 leaves 上年结转 spending out of 预算执行率 (info)") {
  auto form = read_form("002_project_招商引资专项经费.xlsx");
  run(form);
  // (126.47 + 19.78) ÷ 146.25 = 100% -> 3.00 instead of 2.59; total 85.80 − 2.59 + 3.00 = 86.21.
  auto info = with_rule(form, "carryover_excluded");
  REQUIRE(info.size() == 1);
  CHECK(info[0].severity == "info");
  CHECK(info[0].field == "executed_carryover");
  CHECK_THAT(info[0].message, Catch::Contains("126.47 ÷ 146.25 = 86.48%"));
  CHECK_THAT(info[0].message, Catch::Contains("得分 = 3 × 100.00% = 3.00"));
  CHECK_THAT(info[0].message, Catch::Contains("86.21"));
  CHECK(form.findings.size() == 1);
}

TEST_CASE("recompute: 晋中 slips in the 评分表 are found at their own cells") {
  auto form = read_form("002_project_招商引资专项经费.xlsx");
  SECTION("a wrong 资金到位率 score") {
    set_figure(form, "items[3].score", 2.22, "2.22");  // should be 2.21
    run(form);
    auto f = with_rule(form, "funds_arrival_score");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == "error");
    CHECK(f[0].expected == "2.21");
    CHECK_THAT(f[0].message, Catch::Contains("146.25 ÷ (198.50 + 0.00) = 73.68%"));
    CHECK_THAT(f[0].message, Catch::Contains("3 × 73.68% = 2.21"));
    // The section sum 18.80 no longer matches the items (3+4+4+2.22+3+2.59 = 18.81).
    CHECK(with_rule(form, "section_sum").size() == 1);
  }
  SECTION("a wrong 预算执行率 score") {
    set_figure(form, "items[5].score", 2.6, "2.60");
    run(form);
    auto f = with_rule(form, "budget_execution_score");
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "2.59");
    CHECK_THAT(f[0].message, Catch::Contains("126.47 ÷ 146.25 = 86.48%，得分 = 3 × 86.48% = 2.59"));
  }
  SECTION(
      "a section that is not the sum of its items, a total that is not the sum of the sections") {
    set_figure(form, "sections.产出", 30, "30.00");  // items 8+7+8+6 = 29
    run(form);
    auto sums = with_rule(form, "section_sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].field == "sections.产出");
    CHECK(sums[0].expected == "29.00");
    // One slip, one finding: the wrong section counts at its recomputed sum, so the total
    // 18.80 + 20 + 29 + 18 = 85.80 equals the written 85.80.
    CHECK(with_rule(form, "total_score").empty());
    CHECK(recomputed_number(form, "total_score") == 85.8);
  }
  SECTION("a total that is not the sum of right sections") {
    set_figure(form, "total_score", 86.8, "86.80");  // 18.80 + 20 + 29 + 18 = 85.80
    run(form);
    auto totals = with_rule(form, "total_score");
    REQUIRE(totals.size() == 1);
    CHECK(totals[0].expected == "85.80");
  }
  SECTION("a score above its weight, a section weight off the standard") {
    set_figure(form, "items[15].score", 8, "8.00");  // 成本节约率 weight 7
    set_figure(form, "section_weights.效果", 31, "31");
    run(form);
    auto over = with_rule(form, "item_score_over_weight");
    REQUIRE(over.size() == 1);
    CHECK(over[0].field == "items[15].score");
    // 31 ≠ Σ item weights 10+10+0+0+10 = 30, and ≠ the standard 30: two findings on the cell.
    auto weights = with_rule(form, "section_weight_sum");
    REQUIRE(weights.size() == 2);
    CHECK(weights[0].field == "section_weights.效果");
    CHECK(weights[1].expected == "30");
  }
  SECTION("a grade that does not follow the total") {
    set_text(form, "grade", "优");  // 85.80 -> 良
    run(form);
    auto g = with_rule(form, "grade");
    REQUIRE(g.size() == 1);
    CHECK(g[0].expected == "良");
  }
  SECTION("a total of exactly 90.00 is 优 (lower bounds inclusive)") {
    // Boundary: grade is taken on the recomputed total, inclusive lower bound (90 -> 优).
    set_figure(form, "items[16].score", 9.2, "9.20");  // 经济效益 5 -> 9.20 (分值 10)
    set_figure(form, "sections.效果", 22.2, "22.20");  // 9.20 + 5 + 0 + 0 + 8 = 22.20
    set_figure(form, "total_score", 90, "90.00");      // 18.80 + 20 + 29 + 22.20 = 90.00
    set_text(form, "grade", "良");
    run(form);
    CHECK(recomputed_number(form, "total_score") == 90.0);
    CHECK(recomputed_text(form, "grade") == "优");
    auto g = with_rule(form, "grade");
    REQUIRE(g.size() == 1);
    CHECK(g[0].expected == "优");
  }
}

TEST_CASE("recompute: the 计算方式 evaluator reads the arithmetic clerks write") {
  using recompute::evaluate_arithmetic;
  using recompute::find_arithmetic_claims;
  CHECK(*evaluate_arithmetic("18/16") == 1.125);
  CHECK(*evaluate_arithmetic("(82.82+948.96-62.29)/(82.82+948.96)") == Approx(969.49 / 1031.78));
  CHECK(*evaluate_arithmetic("62.29/404.89*100%") == Approx(62.29 / 404.89));
  CHECK(*evaluate_arithmetic("-3+2*(4-1)") == 3);
  CHECK_FALSE(evaluate_arithmetic("1/0"));
  CHECK_FALSE(evaluate_arithmetic("(1+2"));
  CHECK_FALSE(evaluate_arithmetic("1+"));
  CHECK_FALSE(evaluate_arithmetic("数/2"));

  auto one = find_arithmetic_claims("(82.82+948.96-62.29)/(82.82+948.96)=94%");
  REQUIRE(one.size() == 1);
  CHECK(one[0].expression == "(82.82+948.96-62.29)/(82.82+948.96)");
  CHECK(one[0].result_text == "94%");
  CHECK(one[0].stated == 94);
  CHECK(one[0].percent);
  CHECK(one[0].decimals == 0);

  // Full-width digits and signs, ÷ and ×, a claim inside prose.
  auto wide = find_arithmetic_claims("三公经费变动率：（６.９７－６.９７）÷６.９７＝０，持平");
  REQUIRE(wide.size() == 1);
  CHECK(wide[0].value == 0);
  CHECK(wide[0].result_text == "0");
  auto times = find_arithmetic_claims("结转结余率=62.29÷404.89×100%=15.38%");
  REQUIRE(times.size() == 1);  // "结转结余率=" has no arithmetic before it
  CHECK(times[0].value == Approx(0.153844));
  CHECK(times[0].decimals == 2);
  // Thousands separators stay inside the number.
  auto big = find_arithmetic_claims("1,234.5/2=617.25");
  REQUIRE(big.size() == 1);
  CHECK(big[0].value == 617.25);

  // Nothing computable: no '=', a lone number, fragments of a cut-off cell (seed 003).
  CHECK(find_arithmetic_claims("一季度进度6.8%，四季度进度42.42").empty());
  CHECK(find_arithmetic_claims("(数) × 100% 46.2").empty());
  CHECK(find_arithmetic_claims("÷ 11123.37) × 100").empty());
  CHECK(find_arithmetic_claims("固定资产利用率=100%").empty());
  CHECK(recompute::display_expression("(6.97-6.97)/6.97") == "(6.97 - 6.97) ÷ 6.97");

  // Hostile texts: deep nesting is refused, not recursed into; long texts stay linear.
  std::string deep(100000, '(');
  deep += "1+1" + std::string(100000, ')') + "=2";
  CHECK(find_arithmetic_claims(deep).empty());
  CHECK_FALSE(evaluate_arithmetic(std::string(100000, '-') + "1"));
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "1+1=2，";
  CHECK(find_arithmetic_claims(many).size() == 20000);
}
