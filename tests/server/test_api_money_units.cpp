// A round where one unit reports in 元: the service's consolidation workbook is made by summary's
// code, so it brings the 元 form to 万元 as `evalbook summary` does (docs/FORM-VARIANTS.md).
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>

#include "../unit/test_support.h"
#include "api_client.h"
#include "server_fixture.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace {

// 遗属补助 (004 #2) filled in 元: its 项目资金 header says (元) and every amount of its two money
// rows is × 10,000 (资金总额 D5..H5 and 市县区财政资金 B6..F6: 目标申报数 9.494, 预算编制数 9.494,
// 全年预算数 8.853, 全年执行数 8.853, 结余 0 万元); 执行率 and 得分 stay.
std::string survivors_in_yuan(const evalbook::test::TempDir& dir) {
  const std::string path = dir.file("遗属补助-元.xlsx");
  evalbook::xlsx::Patcher patcher(EVALBOOK_SOURCE_DIR
                                  "/samples/004_project_02_2023年遗属补助.xlsx");
  auto set = [&](const char* ref, evalbook::xlsx::CellValue v) {
    patcher.set_cell(0, *evalbook::xlsx::parse_cell_ref(ref), std::move(v));
  };
  set("A3", evalbook::xlsx::CellValue::of_text("项目资金预算安排及执行进度(元)"));
  const std::pair<const char*, double> amounts[] = {
      {"D5", 94940}, {"E5", 94940}, {"F5", 88530}, {"G5", 88530}, {"H5", 0},
      {"B6", 94940}, {"C6", 94940}, {"D6", 88530}, {"E6", 88530}, {"F6", 0}};
  for (const auto& [ref, yuan] : amounts) set(ref, evalbook::xlsx::CellValue::of_number(yuan));
  patcher.write(path);
  return path;
}

}  // namespace

TEST_CASE("api: the round's workbook brings a form in 元 to 万元", "[api][downloads]") {
  evalbook::test::ServerFixture server;
  evalbook::test::TempDir dir;
  const std::string round = "/api/rounds/" + std::to_string(server.round_id);
  // Each unit uploads its own form: unit-a 出口信用保险 in 万元, unit-b 遗属补助 in 元.
  auto upload_as = [&](const char* user, const char* password, const char* name,
                       const std::string& bytes) {
    evalbook::test::ApiClient unit(server.port());
    REQUIRE(unit.login(user, password));
    REQUIRE(unit.upload(round + "/uploads", {{name, bytes}}).status == 201);
  };
  upload_as("unit-a", "pass-a", "出口信用保险.xlsx",
            evalbook::test::sample_bytes("004_project_04_"));
  upload_as("unit-b", "pass-b", "遗属补助.xlsx",
            evalbook::test::file_bytes(survivors_in_yuan(dir)));
  evalbook::test::ApiClient finance(server.port());
  REQUIRE(finance.login("finance", "pass-f"));

  auto summary = finance.get(round + "/summary.xlsx");
  REQUIRE(summary.status == 200);
  auto workbook = evalbook::xlsx::Workbook::open_memory(summary.body);
  std::size_t projects = workbook->sheets().size();
  for (std::size_t i = 0; i < workbook->sheets().size(); ++i)
    if (workbook->sheets()[i].name == "项目汇总") projects = i;
  REQUIRE(projects < workbook->sheets().size());
  const auto cells = evalbook::test::display_cells(*workbook, projects);
  // The columns by their header (row 3), the 合计 row by its 单位 cell.
  std::map<std::string, std::string> column_of;
  for (const auto& [ref, text] : cells) {
    const std::string column = ref.substr(0, ref.find_first_of("0123456789"));
    if (ref.substr(column.size()) == "3") column_of[text.substr(0, text.find("（"))] = column;
  }
  REQUIRE(column_of.count("全年预算数"));
  REQUIRE(column_of.count("单位"));
  std::string total_row;
  for (const auto& [ref, text] : cells) {
    const std::string column = ref.substr(0, ref.find_first_of("0123456789"));
    if (column == column_of["单位"] && text.rfind("合计（", 0) == 0)
      total_row = ref.substr(column.size());
  }
  REQUIRE(!total_row.empty());
  // 全年预算数 合计 = 52.543 (出口信用保险, 万元) + 88,530 元 ÷ 10,000 = 52.543 + 8.853 = 61.396,
  // shown #,##0.00: 61.40 (unconverted it would be 88,582.54).
  CHECK(cells.at(column_of["全年预算数"] + total_row) == "61.40");
  bool said = false;
  for (const auto& [ref, text] : cells)
    said |= text.find("本表金额单位为元，已换算为万元") != std::string::npos;
  CHECK(said);
}
