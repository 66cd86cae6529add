// The evaluator that decides which formulas a filled form keeps (src/report/layout_formula.h):
// Excel's meaning of the formulas the layout writes, worked out by hand.
#include <catch2/catch.hpp>
#include <map>

#include "report/layout_formula.h"
#include "xlsx/cell_ref.h"

namespace {

namespace report = evalbook::report;
using report::FormulaValue;

// Cells of a little sheet by name ("C9" -> 8.6); every other cell is empty.
std::optional<FormulaValue> eval(const std::string& formula,
                                 const std::map<std::string, FormulaValue>& cells) {
  return report::evaluate_layout_formula(formula, [&](const evalbook::xlsx::CellRef& ref) {
    auto it = cells.find(evalbook::xlsx::cell_name(ref));
    return it == cells.end() ? FormulaValue() : it->second;
  });
}

double number(const std::optional<FormulaValue>& v) {
  REQUIRE(v.has_value());
  REQUIRE(std::holds_alternative<double>(*v));
  return std::get<double>(*v);
}

const char* kRate = "=IF(COUNT(C9,D9)=0,\"\",IF(N(C9)=0,0,ROUND(N(D9)/N(C9)*100,2)))";

}  // namespace

TEST_CASE("layout formula: 执行率 of a row, empty when the row is empty") {
  // 全年执行数 / 全年预算数 × 100 rounded to 2 places: 39.8 / 100 × 100 = 39.8.
  CHECK(number(eval(kRate, {{"C9", 100.0}, {"D9", 39.8}})) == Approx(39.8).epsilon(1e-12));
  // 369.405 / 369.405 × 100 = 100.
  CHECK(number(eval(kRate, {{"C9", 369.405}, {"D9", 369.405}})) == 100.0);
  // 2 / 3 × 100 = 66.666… -> 66.67 (half away from zero at 2 places).
  CHECK(number(eval(kRate, {{"C9", 3.0}, {"D9", 2.0}})) == Approx(66.67).epsilon(1e-12));
  // No budget, no execution: the cell stays empty (the IF's other branch is not evaluated, so
  // its division by zero does not count).
  auto empty = eval(kRate, {});
  REQUIRE(empty.has_value());
  CHECK(std::holds_alternative<std::monostate>(*empty));
  // A budget of 0 with an execution: IF(N(C9)=0,0,…) gives 0, not #DIV/0!.
  CHECK(number(eval(kRate, {{"C9", 0.0}, {"D9", 5.0}})) == 0.0);
}

TEST_CASE("layout formula: 得分, sums, totals and grades") {
  // 得分 = 执行率 capped at 100 as a share of the 分值 column: MIN(93.25,100)/100 × 10 = 9.325
  // -> 9.33.
  const char* score = "=IF(COUNT(F7)=0,\"\",ROUND(MIN(N(F7),100)/100*N(E7),2))";
  CHECK(number(eval(score, {{"F7", 93.25}, {"E7", 10.0}})) == Approx(9.33).epsilon(1e-12));
  // Over 100%: the cap holds, MIN(118,100)/100 × 10 = 10.
  CHECK(number(eval(score, {{"F7", 118.0}, {"E7", 10.0}})) == 10.0);
  // A range SUM skips texts and empty cells: 20 + 10 + 15 = 45.
  const char* sum = "=IF(COUNT(H11:H14)=0,\"\",SUM(H11:H14))";
  CHECK(number(
            eval(sum, {{"H11", 20.0}, {"H12", std::string("——")}, {"H13", 10.0}, {"H14", 15.0}})) ==
        45.0);
  // 总分 = 执行得分 + the table's scores, rounded: 9.33 + 20 + 10 + 60.5 = 99.83.
  const char* total = "=IF(COUNT(H7,H11:H13)=0,\"\",ROUND(SUM(H7,H11:H13),2))";
  CHECK(number(eval(total, {{"H7", 9.33}, {"H11", 20.0}, {"H12", 10.0}, {"H13", 60.5}})) ==
        Approx(99.83).epsilon(1e-12));
  // Grade bands: 89.99 is 良, 90 is 优, 59 is 差.
  const char* grade =
      "=IF(COUNT(H18)=0,\"\",IF(N(H18)>=90,\"优\",IF(N(H18)>=80,\"良\",IF(N(H18)>=60,\"中\",\"差\")"
      ")))";
  CHECK(eval(grade, {{"H18", 89.99}}) == FormulaValue(std::string("良")));
  CHECK(eval(grade, {{"H18", 90.0}}) == FormulaValue(std::string("优")));
  CHECK(eval(grade, {{"H18", 59.0}}) == FormulaValue(std::string("差")));
  // 结余 = 全年预算数 − 全年执行数: 100 − 39.8 = 60.2.
  CHECK(number(eval("=IF(COUNT(D7,E7)=0,\"\",N(D7)-N(E7))", {{"D7", 100.0}, {"E7", 39.8}})) ==
        Approx(60.2).epsilon(1e-12));
}

TEST_CASE("layout formula: what it does not know is not trusted") {
  CHECK_FALSE(eval("=VLOOKUP(A1,B1:C3,2)", {}).has_value());
  CHECK_FALSE(eval("=N(A1)/N(B1)", {{"A1", 1.0}}).has_value());  // #DIV/0! where it is evaluated
  CHECK_FALSE(eval("=A1+1", {{"A1", std::string("八十")}}).has_value());  // #VALUE!
  CHECK_FALSE(eval("=SUM(A1", {}).has_value());
  CHECK_FALSE(eval("SUM(A1)", {}).has_value());
}

TEST_CASE("layout formula: a figure agrees with the formula to 1e-9 of its size") {
  CHECK(report::formula_agrees(FormulaValue(100.0), FormulaValue(100.0)));
  CHECK(report::formula_agrees(FormulaValue(0.1 + 0.2), FormulaValue(0.3)));
  CHECK_FALSE(
      report::formula_agrees(FormulaValue(93.25), FormulaValue(93.3)));  // rounded otherwise
  CHECK_FALSE(
      report::formula_agrees(FormulaValue(0.0), FormulaValue()));  // 0 shown, blank reported
  CHECK(report::formula_agrees(FormulaValue(), FormulaValue()));
  CHECK(report::formula_agrees(FormulaValue(std::string("优")), FormulaValue(std::string("优"))));
}
