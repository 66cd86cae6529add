// fix's 校验结果: a long 说明 wraps within its column and its row is as tall as the text needs;
// the cloned cell format carries wrapText at the top, the cell's other formatting kept.
#include <catch2/catch.hpp>
#include <string>

#include "report/corrector.h"
#include "report/display_width.h"
#include "report/result_sheet.h"
#include "xlsx/style_patch.h"

using evalbook::report::FixPlan;
using evalbook::report::ResultRow;

TEST_CASE("校验结果 wraps 说明 and 处理 and sizes the row", "[result_sheet]") {
  FixPlan plan;
  ResultRow shortrow;
  shortrow.finding.severity = "info";
  shortrow.finding.sheet = "表";
  shortrow.finding.message = "短";
  ResultRow longrow;
  longrow.finding.severity = "error";
  longrow.finding.sheet = "表";
  longrow.finding.cell = "G13";
  // 100 CJK characters: 200 width units, in a 60-wide 说明 column (59 usable) -> 4 lines.
  std::string message;
  for (int i = 0; i < 100; ++i) message += "分";
  longrow.finding.message = message;
  plan.rows = {shortrow, longrow};
  const auto sheet = evalbook::report::result_sheet(plan);
  REQUIRE(sheet.column_widths.size() >= 7);
  CHECK(sheet.column_widths[6] == 60);
  // The rows: the legend, a blank row, the header, then errors first.
  const std::size_t first = sheet.header_row;  // 0-based index of the first finding's row
  REQUIRE(sheet.rows.size() == first + 2);
  const auto& error_row = sheet.rows[first];
  CHECK(error_row[6].text == message);
  CHECK(error_row[6].wrap);
  CHECK(error_row[5].wrap);
  CHECK_FALSE(error_row[0].wrap);
  CHECK(evalbook::report::wrapped_lines(message, 59) == 4);  // ceil(200 / 59)
  REQUIRE(sheet.row_heights.size() > first);
  CHECK(sheet.row_heights[first] == Approx(14.5 * 4 + 3));
  // One line: the default height.
  CHECK((sheet.row_heights.size() <= first + 1 || sheet.row_heights[first + 1] == 0));
}

TEST_CASE("a wrapped clone replaces the alignment and keeps the rest", "[result_sheet]") {
  const std::string styles =
      R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<fonts count="1"><font><sz val="11"/></font></fonts>)"
      R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
      R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
      R"(<borders count="1"><border/></borders>)"
      R"(<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0">)"
      R"(<alignment horizontal="center"/><protection locked="0"/></xf></cellXfs></styleSheet>)";
  evalbook::xlsx::Limits limits;
  const auto out = evalbook::xlsx::clone_cell_formats(
      styles, "xl/styles.xml", {{0, "FFFFC7CE", false, true}, {0, "", false, true}}, limits);
  REQUIRE(out.xf.size() == 2);
  CHECK(out.xf[0] == 1);
  CHECK(out.xf[1] == 2);
  CHECK(out.xml.find(R"(<alignment vertical="top" wrapText="1"/><protection locked="0"/>)") !=
        std::string::npos);
  CHECK(out.xml.find(R"(horizontal="center")") != std::string::npos);  // the original xf kept
  CHECK(out.xml.find(R"(<cellXfs count="3">)") != std::string::npos);
}
