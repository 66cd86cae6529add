// 部门整体支出绩效自评表 of 湖北 通城县 townships (templates/department-tongcheng-2020.json): the
// sheet given as text in the published layout (docs/FORM-VARIANTS.md), read by the real
// template and recomputed with its rule file; expected values worked out by hand.
#include <catch2/catch.hpp>
#include <string>

#include "recompute/context.h"
#include "recompute/department_coefficient.h"
#include "recompute/department_overall.h"
#include "recompute/rule_params.h"
#include "recompute_test_support.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"

namespace {

using namespace evalbook;
using evalbook::test::recomputed_number;
using evalbook::test::source_path;
using evalbook::test::with_rule;

const char* const kTemplate = "department-tongcheng-2020";

// The funds row and two indicators; `funds` is the row under the header (label, 预算数, 执行数,
// 执行率, 得分) and `total` the 总分.
std::string sheet_text(const std::string& funds, const std::string& total) {
  return "单位名称\t河湾镇人民政府\n"
         "基本支出总额\t500\t\t项目支出总额\t100\n"
         "预算执行情况（万元）（20分）\t预算数（A）\t执行数（B）\t执行率（B/"
         "A）\t得分（20分*执行率）\n" +
         funds +
         "\n"
         "年度目标1：（80分）\t保障运转\n"
         "年度绩效指标\t一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分\n"
         "\t产出指标\t数量指标\t办结信访案件\t120起\t120起\t40\n"
         "\t效益指标\t社会效益指标\t改善人居环境\t有效改善\t有效改善\t38\n"
         "总分\t" +
         total + "\n偏差大或目标未完成原因分析\t无\n改进措施及结果应用方案\t无";
}

// The sheet read by the real template `id` and recomputed by `rules` with its rule file.
model::FormRecord read_and_recompute(const std::string& id, void (*rules)(recompute::Context&),
                                     const std::string& text) {
  auto spec = tmpl::load_template(source_path("templates/" + id + ".json"));
  auto form = tmpl::extract_record(tmpl::SheetGrid::from_text("s", text), spec);
  auto params = recompute::load_rule_params(source_path("templates/rules"), id);
  recompute::Context ctx(form, params);
  rules(ctx);
  ctx.report_unverifiable();
  form.recomputed = std::move(ctx.recomputed());
  return form;
}

model::FormRecord read_and_recompute(const std::string& text) {
  return read_and_recompute(kTemplate, recompute::recompute_department_overall, text);
}

}  // namespace

TEST_CASE("department overall: 执行率, its 20 points and the total from the form's own header") {
  // 540 ÷ 600 = 90%; 20 × 90% = 18; 18 + 40 + 38 = 96.
  auto form = read_and_recompute(sheet_text("部门整体支出总额\t600\t540\t90%\t18", "96"));
  CHECK(recomputed_number(form, "execution_rate") == Approx(0.9));
  CHECK(recomputed_number(form, "execution_score") == Approx(18));
  CHECK(recomputed_number(form, "indicator_score_sum") == Approx(78));
  CHECK(recomputed_number(form, "total_score") == Approx(96));
  CHECK(with_rule(form, "execution_rate").empty());
  CHECK(with_rule(form, "total_score").empty());
  // 500 + 100 = 600, the 预算数: no warning.
  CHECK(with_rule(form, "expenditure_parts").empty());
}

TEST_CASE("department overall: a wrong rate is one error at its cell, not also an alignment note") {
  // 540 ÷ 600 = 90%, written 80%: the only identity of the row fails whatever the reading, with
  // every value under its header, so the rate's own error says it all.
  auto form = read_and_recompute(sheet_text("部门整体支出总额\t600\t540\t80%\t18", "96"));
  auto errors = with_rule(form, "execution_rate");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].cell == "D4");
  CHECK(with_rule(form, "block_alignment").empty());
}

TEST_CASE("department overall: spending against a 预算数 of 0 or a negative amount gives no rate") {
  // 540 spent of 0: no rate anyone can be sure of; the rate and score are left as written (no
  // error, nothing for fix), and the total adds the score as written: 18 + 40 + 38 = 96.
  auto zero = read_and_recompute(sheet_text("部门整体支出总额\t0\t540\t90%\t18", "96"));
  CHECK(with_rule(zero, "execution_zero_budget").size() == 1);
  CHECK(with_rule(zero, "execution_rate").empty());
  CHECK(with_rule(zero, "execution_score").empty());
  CHECK(recomputed_number(zero, "total_score") == Approx(96));
  CHECK(with_rule(zero, "total_score").empty());
  // 预算数 −600: a warning at it, no rate, and no word on 基本 + 项目支出 (500 + 100 = 600).
  auto negative = read_and_recompute(sheet_text("部门整体支出总额\t-600\t540\t90%\t18", "96"));
  auto warned = with_rule(negative, "execution_amount_negative");
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].cell == "B4");
  CHECK(with_rule(negative, "execution_rate").empty());
  CHECK(with_rule(negative, "expenditure_parts").empty());
}

TEST_CASE(
    "department overall: 0 spent of a 预算数 of 0 is a rate of 0, a blank 执行数 leaves the total "
    "unchecked") {
  // 预算数 0: 执行率 counted 0 with a warning, the score 0, the total 0 + 78 = 78.
  auto zero = read_and_recompute(sheet_text("部门整体支出总额\t0\t0\t0%\t0", "78"));
  CHECK(with_rule(zero, "execution_zero_budget").size() == 1);
  CHECK(recomputed_number(zero, "execution_score") == Approx(0));
  CHECK(with_rule(zero, "total_score").empty());
  // 执行数 blank: 未填写 at its cell; the rate, its score and the total follow from it and are
  // not checked (no error on the 总分 96 although nothing recomputes it).
  auto blank = read_and_recompute(sheet_text("部门整体支出总额\t600\t\t90%\t18", "96"));
  CHECK_FALSE(blank.recomputed.get("total_score"));
  CHECK(with_rule(blank, "total_score").empty());
  CHECK(with_rule(blank, "execution_rate").empty());
}

namespace {

model::FormRecord read_chongqing(const std::string& text) {
  return read_and_recompute("department-chongqing-2021",
                            recompute::recompute_department_coefficient, text);
}

// 执行 80 of 100 (80% × 10 = 8); 甲 with `coefficient` × 20 written 16, 乙 100% × 70 = 70 (the
// 系数 written as text, "80%", as the budget system prints them); 自评总分
// `total`.
std::string chongqing_text(const std::string& coefficient, const std::string& total) {
  return "部门整体绩效自评表\n"
         "主管部门\t甲局\t财政处室\t乙处\t自评总分（分）\t" +
         total +
         "\n部门预算执行情况（万元）\t年初预算数\t全年（调整）预算数\t全年执行数\t执行率（%"
         "）\t执行率权重\t"
         "执行率得分（分）\n"
         "\t100\t100\t80\t80%\t10\t8\n"
         "绩效指标\t指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数（%"
         "）\t"
         "指标权重（分）\t指标得分（分）\t是否核心指标\n"
         "\t甲指标\t个\t定量指标\t10个\t\t8个\t" +
         coefficient +
         "\t20\t16\t是\n"
         "\t乙指标\t个\t定量指标\t5个\t\t5个\t100%\t70\t70\t否";
}

}  // namespace

TEST_CASE(
    "department coefficient: 指标得分 = 得分系数 × 指标权重, 自评总分 their sum with 执行率得分") {
  // 80% × 20 = 16 and 100% × 70 = 70; 8 + 16 + 70 = 94.
  auto form = read_chongqing(chongqing_text("80%", "94"));
  CHECK(recomputed_number(form, "execution_score") == Approx(8));
  CHECK(recomputed_number(form, "indicator_score_sum") == Approx(86));
  CHECK(recomputed_number(form, "total_score") == Approx(94));
  CHECK(with_rule(form, "indicator_score_coefficient").empty());
  CHECK(with_rule(form, "total_score").empty());
  // 75% × 20 = 15, written 16: the error at the score, J6.
  auto slipped = read_chongqing(chongqing_text("75%", "93"));
  auto errors = with_rule(slipped, "indicator_score_coefficient");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].cell == "J6");
  // 8 + 15 + 70 = 93 as written: no total error.
  CHECK(with_rule(slipped, "total_score").empty());
}

TEST_CASE("department coefficient: a blank 得分系数 leaves its score and the 自评总分 unchecked") {
  // 甲's 系数 blank: 未填写 at H6; 16 and the 自评总分 30 (8 + 16 + 70 = 94 as shown) follow from
  // it and get no error of their own.
  auto form = read_chongqing(chongqing_text("", "30"));
  auto missing = with_rule(form, "value_missing");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].cell == "H6");
  CHECK(with_rule(form, "indicator_score_coefficient").empty());
  CHECK(with_rule(form, "total_score").empty());
  CHECK_FALSE(form.recomputed.get("total_score"));
}
