// 部门整体支出 forms (RULES.md §3, §6.2 #9, §6.3, §6.4): the sample workbooks read through the
// library and recomputed with templates/rules/department-jinzhong-2020.json (the 目标表 with the
// defaults); expected values worked out by hand.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "recompute/context.h"
#include "recompute/department.h"
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
using evalbook::test::set_figure;
using evalbook::test::set_text;
using evalbook::test::source_path;
using evalbook::test::with_rule;
using evalbook::test::with_severity;

model::FormRecord read_form(const std::string& sample, const std::string& template_id) {
  return evalbook::test::read_sample_form(sample, template_id);
}

// Runs the rules as recompute_workbook does, with the rule files of the source tree. The reader's
// own findings are dropped first: only the rules' findings are asserted.
void run(model::FormRecord& form) {
  form.findings.clear();
  auto params = recompute::load_rule_params(source_path("templates/rules"), form.template_id);
  recompute::Context ctx(form, params);
  recompute::recompute_department(ctx, params.score_table);
  form.recomputed = std::move(ctx.recomputed());
}

const char* const kDept002 = "002_dept_晋中市招商引资服务中心.xlsx";
const char* const kDept003 = "003_dept_晋中市工业和信息化局.xlsx";
const char* const kTarget001 = "001_dept_市对外经济贸易发展服务中心.xlsx";

}  // namespace

TEST_CASE("recompute: 部门 seed 002 gives the slips of RULES §6.3 and nothing else") {
  auto form = read_form(kDept002, "department-jinzhong-2020");
  run(form);
  // Header: 82.82 + 948.96 − 567.94 + 3.34 − 404.89 = 62.29 ✓.
  CHECK(recomputed_number(form, "year_end_balance") == Approx(62.29));
  CHECK(with_rule(form, "header_balance").empty());
  // Sections: 投入 3+3+0.6+3+4 = 13.6; 过程 1.2+0+0+0+2+2+0 + 3+3+3+3 + 3+3+4 = 27.2; 产出 8+8+6 =
  // 22; 效果 5+5+5+5 = 20 (经济效益, above its 履职 效益 label, is 效果); total 82.80 -> 良.
  CHECK(recomputed_number(form, "sections.投入") == Approx(13.6));
  CHECK(recomputed_number(form, "sections.过程") == Approx(27.2));
  CHECK(recomputed_number(form, "sections.产出") == Approx(22));
  CHECK(recomputed_number(form, "sections.效果") == Approx(20));
  CHECK(recomputed_number(form, "total_score") == Approx(82.8));
  CHECK(form.recomputed.get("grade")->scalar().raw == "良");

  // #2: 18/16 = 112.5% written "112%": at 0 decimals 112.5 rounds to 113; the difference 0.5 is
  // below one unit of the last digit -> info (a rounding note within the form's precision). The
  // other quotients are right at their precision: 6.97−6.97 = 0; 698.5/702.69 = 99.40 (99.4%);
  // 969.49/1031.78 = 93.96 (94%); 567.94/948.96 = 59.85 (60%); 62.29/404.89 = 15.38%; 35.34/36.98
  // = 95.57 (95.6%); 3.91/3.93 = 99.49 (99.5%); 34.84/44.04 = 79.11 (79.1%); 599.05/599.05 = 100%.
  // 支付进度 "…四季度进度42.42" has no
  // '=' and is not read.
  auto formulas = with_rule(form, "formula_arithmetic");
  REQUIRE(formulas.size() == 1);
  CHECK(formulas[0].severity == "info");
  CHECK(formulas[0].field == "items[2].formula");
  CHECK(formulas[0].cell == "E24");
  CHECK(formulas[0].reported == "112%");
  CHECK(formulas[0].expected == "113%");
  CHECK_THAT(formulas[0].message, Catch::Contains("18 ÷ 16 = 112.50%"));

  // #1: "过程得分30.2分" (table 27.20) and "总得分85.8分" (table 82.80); 投入 13.6, 产出 22, 效果
  // 20 agree.
  auto narrative = with_rule(form, "narrative_score");
  REQUIRE(narrative.size() == 2);
  CHECK(narrative[0].severity == "error");
  CHECK(narrative[0].field == "analysis");
  CHECK(narrative[0].cell == "B14");
  CHECK(narrative[0].reported == "30.2");
  CHECK_THAT(narrative[0].message, Catch::Contains("过程得分30.2分"));
  CHECK_THAT(narrative[0].message, Catch::Contains("27.20"));
  CHECK(narrative[1].reported == "85.8");
  CHECK_THAT(narrative[1].message, Catch::Contains("总得分85.8分"));
  CHECK_THAT(narrative[1].message, Catch::Contains("82.80"));

  // One note for the form, at the first 预算配置 score (在职人员控制, F24).
  auto notes = with_rule(form, "item_score_unverifiable");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].severity == "info");
  CHECK(notes[0].field == "items[2].score");
  CHECK_THAT(notes[0].message, Catch::Contains("预算完成率 1.20/3.00"));

  CHECK(with_severity(form, "error").size() == 2);
  CHECK(form.findings.size() == 4);
}

TEST_CASE("recompute: 部门 seed 003 is right throughout") {
  auto form = read_form(kDept003, "department-jinzhong-2020");
  run(form);
  // 26.66 + 22728.4 − 10504.26 + 5.35 − 11123.37 = 1132.78 ✓; 16 + 42 + 22 + 20 = 100 -> 优.
  CHECK(recomputed_number(form, "year_end_balance") == Approx(1132.78));
  CHECK(recomputed_number(form, "total_score") == 100);
  // The 计算方式 cells are cut-off fragments ("(数) × 100% 46.2"): nothing computable, no finding.
  CHECK(with_rule(form, "formula_arithmetic").empty());
  CHECK(with_severity(form, "error").empty());
  CHECK(with_severity(form, "warning").empty());
  CHECK(with_rule(form, "item_score_unverifiable").size() == 1);
  CHECK(form.findings.size() == 1);
}

TEST_CASE("recompute: 部门 slips in the header, the 计算方式 and the 评分表") {
  auto form = read_form(kDept002, "department-jinzhong-2020");
  SECTION("a year-end balance that does not follow the header") {
    set_figure(form, "year_end_balance", 62.92, "62.92");
    run(form);
    auto f = with_rule(form, "header_balance");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == "error");
    CHECK(f[0].cell == "D10");
    CHECK(f[0].expected == "62.29");
    CHECK_THAT(f[0].message, Catch::Contains("82.82 + 948.96 − 567.94 + 3.34 − 404.89 = 62.29"));
  }
  SECTION("a quotient off by more than its last digit is an error, by less a warning") {
    // 969.49 / 1031.78 = 93.963%: "90%" is 3.96 units off -> error; "93.9%" is 0.063 off at one
    // decimal (94.0 when rounded) -> warning.
    set_text(form, "items[5].formula", "(82.82+948.96-62.29)/(82.82+948.96)=90%");
    set_text(form, "items[8].formula",
             "62.29/404.89=15.3%");  // 15.384 -> 15.4; 0.084 off -> warning
    set_text(form, "items[18].formula", "599.05／599.05＝１００％");  // full width, right
    run(form);
    auto f = with_rule(form, "formula_arithmetic");
    REQUIRE(f.size() == 3);  // 18/16 (items[2]) stays
    CHECK(f[1].field == "items[5].formula");
    CHECK(f[1].severity == "error");
    CHECK(f[1].expected == "94%");
    CHECK(f[2].field == "items[8].formula");
    CHECK(f[2].severity == "info");  // the last written digit only: a rounding note
    CHECK(f[2].expected == "15.4%");
  }
  SECTION("a section sum, a section weight and the total") {
    set_figure(form, "sections.投入", 14.6, "14.6");     // items 13.6
    set_figure(form, "section_weights.过程", 40, "40");  // items 42, standard 42
    run(form);
    auto sums = with_rule(form, "section_sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].field == "sections.投入");
    CHECK_THAT(sums[0].message, Catch::Contains("3.00 + 3.00 + 0.60 + 3.00 + 4.00 = 13.60"));
    CHECK(with_rule(form, "section_weight_sum").size() == 2);
    // The section 分值 16 + 40 + 22 + 20 = 98 miss the full marks 100: the total is on no
    // scale anyone can be sure of, so it is not recomputed (RULES-ONE-TRUTH.md).
    CHECK(with_rule(form, "total_score").empty());
    CHECK(form.recomputed.get("total_score") == nullptr);
    CHECK(form.recomputed.get("total_score_by_rules") == nullptr);
  }
  SECTION("a wrong section counts at its sum; a wrong total is found at its cell") {
    set_figure(form, "sections.投入", 14.6, "14.6");  // items 13.6
    run(form);
    // 13.6 + 27.2 + 22 + 20 = 82.80 = the written 82.80: one slip, one finding.
    CHECK(with_rule(form, "section_sum").size() == 1);
    CHECK(with_rule(form, "total_score").empty());
    set_figure(form, "sections.投入", 13.6, "13.6");
    set_figure(form, "total_score", 83.8, "83.80");
    run(form);
    auto totals = with_rule(form, "total_score");
    REQUIRE(totals.size() == 1);
    CHECK(totals[0].expected == "82.80");
    CHECK(totals[0].cell == "F52");
  }
  SECTION("a grade below its band") {
    set_text(form, "grade", "中");
    run(form);
    auto g = with_rule(form, "grade");
    REQUIRE(g.size() == 1);
    CHECK(g[0].expected == "良");
    CHECK(g[0].cell == "E53");
  }
  SECTION("the analysis quoting the table correctly gives no finding") {
    set_text(form, "analysis",
             "<p>预算投入实际得分13.6分，过程得分为27.2分，产出得分22分，效果得分20分，总得分82."
             "8分。</p>");
    run(form);
    CHECK(with_rule(form, "narrative_score").empty());
  }
}

TEST_CASE("recompute: 部门 目标表 seed 001: task amounts add up to 金额合计") {
  auto form = read_form(kTarget001, "department-target-2021");
  SECTION("as written") {
    run(form);
    // 8.72 + 64.59 + 8.6 = 81.91 = 金额合计 (RULES §6.2 #9), 财政拨款 the same, 其他 0.
    CHECK(recomputed_number(form, "tasks_total.amount") == Approx(81.91));
    CHECK(form.findings.empty());
  }
  SECTION("a total one cent off is 尾差 (info), ten cents off an error") {
    // 3 tasks: envelope (3 + 1) × 0.005 = 0.02.
    set_figure(form, "tasks_total.amount", 81.92, "81.92");
    set_figure(form, "tasks_total.fiscal", 82.01, "82.01");
    run(form);
    auto f = with_rule(form, "tasks_sum");
    REQUIRE(f.size() == 2);
    CHECK(f[0].field == "tasks_total.amount");
    CHECK(f[0].severity == "info");
    CHECK(f[1].field == "tasks_total.fiscal");
    CHECK(f[1].severity == "error");
    CHECK(f[1].expected == "81.91");
    CHECK(f[1].cell == "D14");
  }
}
