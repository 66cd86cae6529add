// CSV cells for Excel users: formulas defused (OWASP), real numbers left as numbers, rates as
// percentages, empty columns dropped, Chinese column names.
#include <catch2/catch.hpp>

#include "report/csv_table.h"

using evalbook::report::csv_field;

TEST_CASE("cells Excel would run as formulas get a leading quote", "[csv]") {
  CHECK(csv_field("=1+1") == "'=1+1");
  CHECK(csv_field("+SUM(A1)") == "'+SUM(A1)");
  CHECK(csv_field("-SUM(A1)") == "'-SUM(A1)");
  CHECK(csv_field("@A1") == "'@A1");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("\r=1") == "\"'\r=1\"");  // quoted too: it holds a CR
  CHECK(csv_field("=HYPERLINK(\"h\",\"点击\")") == "\"'=HYPERLINK(\"\"h\"\",\"\"点击\"\")\"");
  // Real numbers stay numbers: a negative balance is no formula.
  CHECK(csv_field("-3.5") == "-3.5");
  CHECK(csv_field("-0") == "-0");
  CHECK(csv_field("1e5") == "1e5");
  CHECK(csv_field("晋中市") == "晋中市");
  CHECK(csv_field("a,b") == "\"a,b\"");
}

TEST_CASE("rates become percentages with two decimals", "[csv]") {
  evalbook::report::FlatTable t;
  t.columns = {"execution_rate", "budget_execution_rate", "executed", "sections.rate"};
  // DESIGN.md's example: 预算执行率 = 284.17 / 345.00 = 0.8237, shown as 82.37%.
  t.rows = {{{"execution_rate", "0.8237"},
             {"budget_execution_rate", "1"},
             {"executed", "284.17"},
             {"sections.rate", "未填"}}};
  evalbook::report::show_rates_as_percent(t);
  CHECK(t.rows[0]["execution_rate"] == "82.37%");
  CHECK(t.rows[0]["budget_execution_rate"] == "100.00%");
  CHECK(t.rows[0]["executed"] == "284.17");     // money is no rate
  CHECK(t.rows[0]["sections.rate"] == "未填");  // text is left as written
}

TEST_CASE("a column empty on every row is dropped, identity columns kept", "[csv]") {
  evalbook::report::FlatTable t;
  t.columns = {"file", "sheet", "template", "unit", "contact"};
  t.rows = {{{"file", "a.xlsx"}, {"unit", "甲"}, {"contact", ""}}, {{"file", "b.xlsx"}}};
  evalbook::report::drop_empty_columns(t, 3);
  CHECK(t.columns == std::vector<std::string>{"file", "sheet", "template", "unit"});
}

TEST_CASE("Chinese column names, nested ones keep their tail", "[csv]") {
  CHECK(evalbook::report::chinese_column_name("budget_full_year") == "全年预算数");
  CHECK(evalbook::report::chinese_column_name("sections.投入") == "分项得分.投入");
  CHECK(evalbook::report::chinese_column_name("unknown_field") == "unknown_field");
}
