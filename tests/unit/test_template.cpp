// Label normalisation, template loading and detection on the real seed forms.
#include <catch2/catch.hpp>

#include "template/extractor.h"
#include "template/normalize.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"
#include "xlsx/workbook.h"

using evalbook::tmpl::normalize_label;

TEST_CASE("template: labels normalise the way a clerk reads them") {
  CHECK(normalize_label("项目资金情况 (万元)") == "项目资金情况");
  CHECK(normalize_label("项目资金情况（万元）") == "项目资金情况");
  CHECK(normalize_label("资金总额：") == "资金总额");
  CHECK(normalize_label("资金总额:") == "资金总额");
  CHECK(normalize_label("资金结(转)余") == normalize_label("资金结（转）余"));
  CHECK(normalize_label("　项目 名称 ") == "项目名称");  // ideographic and ASCII spaces
  CHECK(normalize_label("<p>总分</p>") == "总分");
  CHECK(normalize_label("ＡＢＣ１２３") == "abc123");  // full-width letters and digits
  CHECK(normalize_label("【备注】") == "(备注)");
  // The weight printed after a level label (national template as many provinces fill it).
  CHECK(normalize_label("产出指标（50分）") == "产出指标");
  CHECK(normalize_label("效益指标(2.5分)：") == "效益指标");
  CHECK(normalize_label("（50分）") == "(50分)");              // nothing but the weight: kept
  CHECK(normalize_label("得分(满分6分)") == "得分(满分6分)");  // not a bare weight: kept
}

TEST_CASE("template: detection picks the 2023 project form and refuses a non-form") {
  auto specs = evalbook::tmpl::load_templates(evalbook::test::source_path("templates"));
  REQUIRE_FALSE(specs.empty());
  auto wb = evalbook::xlsx::Workbook::open_file(
      evalbook::test::source_path("samples/004_project_03_变压器更换.xlsx"));
  auto grid = evalbook::tmpl::SheetGrid::load(*wb, 0);
  const auto* spec = evalbook::tmpl::detect_template(grid, specs);
  REQUIRE(spec != nullptr);
  CHECK(spec->id == "project-2023");
  auto other = evalbook::tmpl::SheetGrid::from_text("说明", "本表为说明\n无数据");
  CHECK(evalbook::tmpl::detect_template(other, specs) == nullptr);
}
