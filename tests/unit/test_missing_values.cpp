// A required number left blank or unreadable is a finding at its own cell and only there; the
// figures computed from it are one warning 无法复核, never an error, and nothing is recomputed
// from the gap. The form is seed 004 #2 (遗属补助, project-2023), whose arithmetic is right:
// 资金总额 row F5 全年预算数 8.853, G5 全年执行数 8.853, I5 执行率 100, J5 得分 10; indicator
// scores 20 + 5 + 5 + 5 + 5 + 5 + 30 + 10 = 85 (I10…I17); 总分 I18 = 10 + 85 = 95, 等级 J18 优.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "recompute/context.h"
#include "recompute/recompute.h"
#include "recompute/verifiability.h"
#include "recompute_test_support.h"
#include "test_support.h"

namespace {

using namespace evalbook;
using evalbook::test::with_rule;
using evalbook::test::with_severity;

const std::string kSample = "004_project_02_2023年遗属补助.xlsx";

model::FormRecord read_form() { return evalbook::test::read_sample_form(kSample, "project-2023"); }

// Empties a value as a clerk leaves a cell blank (the cell stays where it was).
void blank(model::FormRecord& form, const std::string& path) {
  evalbook::test::set_text(form, path, "");
  auto* s = const_cast<model::Scalar*>(recompute::scalar_at(form.record, path));
  s->number.reset();
}

void recompute_form(model::FormRecord& form) {
  form.findings.clear();
  std::vector<model::FormRecord> forms{form};
  recompute::recompute_workbook(forms, evalbook::test::source_path("templates/rules"));
  form = std::move(forms.front());
}

bool has_recomputed(const model::FormRecord& form, const std::string& name) {
  return form.recomputed.get(name) != nullptr;
}

}  // namespace

TEST_CASE("missing: the unchanged form has no error and every figure recomputed", "[missing]") {
  auto form = read_form();
  recompute_form(form);
  CHECK(with_severity(form, "error").empty());
  CHECK(evalbook::test::recomputed_number(form, "total_score") == 95);  // 10 + 85
  CHECK(evalbook::test::recomputed_text(form, "grade") == "优");
}

TEST_CASE(
    "missing: 全年执行数 blank is one error at G5 and a warning 无法复核, no error on 总分 or 等级",
    "[missing]") {
  auto form = read_form();
  blank(form, "executed");
  recompute_form(form);
  auto errors = with_severity(form, "error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rule == "value_missing");
  CHECK(errors[0].cell == "G5");
  CHECK(errors[0].message.find("全年执行数") != std::string::npos);
  CHECK(errors[0].message.find("未填写") != std::string::npos);
  auto unverifiable = with_rule(form, "unverifiable");
  REQUIRE(unverifiable.size() == 1);
  CHECK(unverifiable[0].severity == "warning");
  CHECK(unverifiable[0].cell == "I5");  // the first figure that depends on it: 执行率
  for (const char* figure : {"执行率", "执行率得分", "总分", "等级", "全年执行数（G5）未填写"}) {
    CHECK(unverifiable[0].message.find(figure) != std::string::npos);
  }
  for (const char* name : {"execution_rate", "execution_score", "total_score", "grade"}) {
    CHECK_FALSE(has_recomputed(form, name));
  }
  // The indicator scores do not depend on the funds: their sum is still 85.
  CHECK(evalbook::test::recomputed_number(form, "indicator_score_sum") == 85);
}

TEST_CASE("missing: a placeholder dash in 全年预算数 means empty", "[missing]") {
  auto form = read_form();
  evalbook::test::set_text(form, "budget_full_year", "—");
  const_cast<model::Scalar*>(recompute::scalar_at(form.record, "budget_full_year"))->number.reset();
  recompute_form(form);
  auto errors = with_severity(form, "error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rule == "value_missing");
  CHECK(errors[0].cell == "F5");
  CHECK_FALSE(has_recomputed(form, "total_score"));
}

TEST_CASE(
    "missing: an unreadable 全年执行数 is not reported twice; the figures after it are 无法复核",
    "[missing]") {
  auto form = read_form();
  auto* s = const_cast<model::Scalar*>(recompute::scalar_at(form.record, "executed"));
  s->number.reset();
  s->raw = "八点八五左右";
  s->unreadable = true;  // the reader has its own unreadable_value finding for it
  recompute_form(form);
  CHECK(with_severity(form, "error").empty());
  auto unverifiable = with_rule(form, "unverifiable");
  REQUIRE(unverifiable.size() == 1);
  CHECK(unverifiable[0].message.find("全年执行数（G5）无法识别为数字") != std::string::npos);
}

TEST_CASE("missing: a blank indicator score is an error at its cell; 总分 and 等级 are 无法复核",
          "[missing]") {
  auto form = read_form();
  blank(form, "indicators[0].score");  // I10, 预计发放补助人数 20/20
  recompute_form(form);
  auto errors = with_severity(form, "error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rule == "value_missing");
  CHECK(errors[0].cell == "I10");
  auto unverifiable = with_rule(form, "unverifiable");
  REQUIRE(unverifiable.size() == 1);
  CHECK(unverifiable[0].cell == "I18");
  CHECK(unverifiable[0].message.find("总分、等级无法复核") != std::string::npos);
  // The funds row is untouched: 执行率 = 8.853 ÷ 8.853 = 100%, 得分 10.
  CHECK(evalbook::test::recomputed_number(form, "execution_score") == 10);
  CHECK_FALSE(has_recomputed(form, "total_score"));
  CHECK_FALSE(has_recomputed(form, "grade"));
}

TEST_CASE("missing: a blank 总分 is an error at I18; the grade is still judged from 10 + 85 = 95",
          "[missing]") {
  auto form = read_form();
  blank(form, "total_score");
  recompute_form(form);
  auto errors = with_severity(form, "error");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rule == "value_missing");
  CHECK(errors[0].cell == "I18");
  CHECK(evalbook::test::recomputed_number(form, "total_score") == 95);
  CHECK(evalbook::test::recomputed_text(form, "grade") == "优");
}

TEST_CASE("verifiability: a figure computed from a missing input inherits its roots", "[missing]") {
  recompute::Verifiability v;
  v.add_missing({"executed", "全年执行数", "G5", false, false});
  CHECK(v.derive("execution_rate", "执行率", {"budget_full_year", "executed"}) == false);
  CHECK(v.derive("execution_score", "执行率得分", {"execution_rate"}) == false);
  CHECK(v.derive("indicator_score_sum", "", {"indicators[0].score"}) == true);
  CHECK(v.derive("total_score", "总分", {"execution_score", "indicator_score_sum"}) == false);
  CHECK(v.blocked("total_score"));
  CHECK_FALSE(v.blocked("executed"));  // missing, not computed
  CHECK_FALSE(v.verifiable("executed"));
  CHECK(v.verifiable("indicator_score_sum"));
  REQUIRE(v.blocked().size() == 3);
  CHECK(v.blocked()[2].roots == std::vector<std::size_t>{0});
}
