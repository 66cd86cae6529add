// Numbers stored as text: the plain ones of a sheet gathered into one value_reading warning; the
// readings that interpret a text (units, Chinese numerals, full-width digits) kept one per cell.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "model/number_reading.h"
#include "template/cell_reading.h"
#include "template/sheet_grid.h"
#include "template/text_number_findings.h"

namespace {

using evalbook::model::Finding;
using evalbook::tmpl::gather_text_number_findings;
using evalbook::tmpl::is_plain_number_text;

// The value_reading findings of reading column B of rows `rows` as numbers.
std::vector<Finding> read_column_b(const evalbook::tmpl::SheetGrid& grid,
                                   const std::vector<std::uint32_t>& rows) {
  std::vector<Finding> findings;
  for (std::uint32_t row : rows) {
    evalbook::tmpl::read_scalar(grid, row, 2, evalbook::tmpl::ValueType::number, "f", findings);
  }
  return findings;
}

}  // namespace

TEST_CASE("a plain number text is ASCII digits, grouped or not, with blanks around",
          "[text_numbers]") {
  for (const char* plain : {"85.00", " 85 ", "1,234.56", "-3", "+5", "12,345,678", "0",
                            "\xC2\xA0"
                            "12",
                            "\xE3\x80\x80"
                            "85\t"}) {
    INFO(plain);
    CHECK(is_plain_number_text(plain));
    // The reader takes each as the number it is, with no unit and no interpretation.
    auto t = evalbook::model::read_number_text(plain);
    CHECK(t.kind == evalbook::model::NumberTextKind::number);
    CHECK(t.unit.empty());
    CHECK((t.reading.empty() || t.reading == "去掉千位分隔符"));
  }
  for (const char* dressed :
       {"85%", "\xEF\xBC\x91\xEF\xBC\x92" /* １２ */, "1,23", "1234,567", "1,2345", "1e3", "(5)",
        "五十", "85.", ".5", "", " ", "1 000", "12万元", "<p>85</p>", "--5", "约95"}) {
    INFO(dressed);
    CHECK_FALSE(is_plain_number_text(dressed));
  }
}

TEST_CASE("plain text numbers of a sheet become one warning; interpreted readings stay",
          "[text_numbers]") {
  // Rows 2-7 of column B: 85.00 (plain), 五十 (Chinese numeral), 1,234.56 (plain), 85% (a unit),
  // " 12 " (plain, blanks around), ９５ (full-width).
  auto grid = evalbook::tmpl::SheetGrid::from_text(
      "表", "项目\t数\n甲\t85.00\n乙\t五十\n丙\t1,234.56\n丁\t85%\n戊\t 12 \n己\t９５");
  auto findings = read_column_b(grid, {2, 3, 4, 5, 6, 7});
  REQUIRE(findings.size() == 6);
  gather_text_number_findings(findings);
  REQUIRE(findings.size() == 4);
  // The gathered warning takes the place of the first plain one (B2); B3, B5, B7 follow in order.
  CHECK(findings[0].cell == "B2");
  CHECK(findings[0].cells == std::vector<std::string>{"B2", "B4", "B6"});
  CHECK(findings[0].rule == "value_reading");
  CHECK(findings[0].severity == "warning");
  CHECK(findings[0].message ==
        "本表 3 个单元格的数字以文本形式存储（B2、B4、B6），已按数字读取；请在 Excel 中转换为数字");
  CHECK(findings[1].cell == "B3");
  CHECK(findings[1].message.find("中文数字") != std::string::npos);
  CHECK(findings[2].cell == "B5");
  CHECK(findings[3].cell == "B7");
  CHECK(findings[3].message.find("全角数字") != std::string::npos);
  for (std::size_t i = 1; i < findings.size(); ++i) CHECK(findings[i].cells.empty());
}

TEST_CASE("one plain text number keeps its own warning", "[text_numbers]") {
  auto grid = evalbook::tmpl::SheetGrid::from_text("表", "项目\t数\n甲\t95\n乙\t九十五");
  auto findings = read_column_b(grid, {2, 3});
  const std::vector<Finding> before = findings;
  gather_text_number_findings(findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == before[0].message);
  CHECK(findings[0].message == "单元格 B2 的“95”按 95 读取（以文本形式存储的数字），请填写为数字");
  CHECK(findings[0].cells.empty());
  CHECK(findings[1].message == before[1].message);
}

TEST_CASE("gathered cells are named row by row, ten of them, per sheet", "[text_numbers]") {
  // Twelve findings met column by column (as a table is read), on sheet 甲; two on sheet 乙.
  std::vector<Finding> findings;
  for (const char* column : {"C", "D"}) {
    for (int row = 1; row <= 6; ++row) {
      Finding f;
      f.rule = "value_reading";
      f.severity = "warning";
      f.sheet = "甲";
      f.cell = column + std::to_string(row);
      f.reported = "7";
      findings.push_back(f);
    }
  }
  Finding other = findings.front();
  other.sheet = "乙";
  findings.push_back(other);
  other.cell = "A9";
  findings.push_back(other);
  gather_text_number_findings(findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].cell == "C1");
  CHECK(findings[0].cells.size() == 12);
  CHECK(findings[0].cells[1] == "D1");  // row 1 first: C1, D1, C2, D2, ...
  CHECK(findings[0].message ==
        "本表 12 个单元格的数字以文本形式存储（C1、D1、C2、D2、C3、D3、C4、D4、C5、D5 等 12 "
        "个单元格），已按数字读取；请在 Excel 中转换为数字");
  CHECK(findings[1].sheet == "乙");
  CHECK(findings[1].cells == std::vector<std::string>{"C1", "A9"});
}
