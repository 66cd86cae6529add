// BIFF8 formula tokens turned back into formula text. Each token stream is built by hand from
// MS-XLS 2.5.198 (token byte, then its fields little-endian); the expected text is what Excel
// shows for that stream. A column field carries "row relative" in bit 15 and "column relative"
// in bit 14, so 0xC001 is column B with both parts relative and 0x0000 is $A with $ row.
#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "xlsx/biff_formula.h"

using evalbook::xlsx::biff::decode_formula;
using evalbook::xlsx::biff::FormulaNames;
using evalbook::xlsx::biff::FormulaSite;
using evalbook::xlsx::biff::read_defined_name;
using evalbook::xlsx::biff::read_extern_sheets;
using evalbook::xlsx::biff::sheet_prefix;

namespace {

std::string bytes(std::initializer_list<int> values) {
  std::string out;
  for (int v : values) out += static_cast<char>(v);
  return out;
}

std::optional<std::string> decode(const std::string& rgce, const FormulaNames& names = {},
                                  FormulaSite site = {}) {
  return decode_formula(rgce, names, site);
}

}  // namespace

TEST_CASE("xls formula: SUM over a column range by ptgArea and ptgFuncVar") {
  // ptgArea rows 2..8 (B3:B9), columns 1..1 relative; ptgFuncVar 1 argument, function 4 (SUM).
  const auto rgce = bytes({0x25, 2, 0, 8, 0, 0x01, 0xC0, 0x01, 0xC0, 0x22, 1, 4, 0});
  CHECK(decode(rgce) == "SUM(B3:B9)");
}

TEST_CASE("xls formula: IF with comparison, division and the jumps Excel adds") {
  // C4 (row 3, column 2), ptgInt 0, ptgGT; ptgAttr if; D4, C4, ptgDiv; ptgAttr goto; ptgInt 0;
  // ptgAttr goto; ptgFuncVar 3 arguments, function 1 (IF).
  const auto rgce = bytes({0x24, 3, 0,    2, 0xC0, 0x1E, 0,    0, 0x0D, 0x19, 0x02, 9,    0,
                           0x24, 3, 0,    3, 0xC0, 0x24, 3,    0, 2,    0xC0, 0x06, 0x19, 0x08,
                           7,    0, 0x1E, 0, 0,    0x19, 0x08, 3, 0,    0x22, 3,    1,    0});
  CHECK(decode(rgce) == "IF(C4>0,D4/C4,0)");
}

TEST_CASE("xls formula: ROUND of an absolute cell times a percentage, with parentheses") {
  // $A$1 (no relative bits), ptgInt 100, ptgPercent, ptgMul, ptgParen; ptgInt 2; ptgFunc 27
  // (ROUND, a fixed two arguments).
  const auto rgce =
      bytes({0x24, 0, 0, 0, 0, 0x1E, 100, 0, 0x14, 0x05, 0x15, 0x1E, 2, 0, 0x21, 27, 0});
  CHECK(decode(rgce) == "ROUND(($A$1*100%),2)");
  // Mixed: A$2 (column relative only: 0x4000) and $A3 (row relative only: 0x8000).
  CHECK(decode(bytes({0x24, 1, 0, 0, 0x40, 0x24, 2, 0, 0, 0x80, 0x03})) == "A$2+$A3");
}

TEST_CASE("xls formula: literals: strings quoted with doubled quotes, numbers, booleans, errors") {
  // ptgStr 3 Latin-1 characters a"b; ptgStr 2 UTF-16 characters 完成 (U+5B8C U+6210); ptgConcat.
  CHECK(decode(bytes({0x17, 3, 0, 'a', '"', 'b', 0x17, 2, 1, 0x8C, 0x5B, 0x10, 0x62, 0x08})) ==
        "\"a\"\"b\"&\"完成\"");
  // ptgNum 0.1 (IEEE 754 0x3FB999999999999A), ptgUminus.
  CHECK(decode(bytes({0x1F, 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F, 0x13})) == "-0.1");
  CHECK(decode(bytes({0x1D, 1})) == "TRUE");
  CHECK(decode(bytes({0x1C, 0x07})) == "#DIV/0!");
  // IF(A1,,1): A1, ptgMissArg, ptgInt 1, IF with 3 arguments.
  CHECK(decode(bytes({0x24, 0, 0, 0, 0xC0, 0x16, 0x1E, 1, 0, 0x22, 3, 1, 0})) == "IF(A1,,1)");
}

TEST_CASE("xls formula: attributes: SUM of one range, spaces and volatility leave no trace") {
  // A1:A7, ptgAttr sum (0x10): SUM(A1:A7). A ptgAttr space (0x40) before ptgAdd writes nothing.
  CHECK(decode(bytes({0x25, 0, 0, 6, 0, 0, 0xC0, 0, 0xC0, 0x19, 0x10, 0, 0})) == "SUM(A1:A7)");
  CHECK(decode(bytes({0x19, 0x01, 0, 0, 0x1E, 1, 0, 0x19, 0x40, 0, 1, 0x1E, 2, 0, 0x03})) == "1+2");
  // CHOOSE(2,A1,B1): ptgAttr choose with 2 cases carries 3 jump offsets (6 bytes) to skip.
  CHECK(decode(bytes({0x1E, 2, 0, 0x19, 0x04, 2, 0, 8, 0,    12,   0, 16,  0, 0x24,
                      0,    0, 0, 0xC0, 0x24, 0, 0, 1, 0xC0, 0x22, 3, 100, 0})) ==
        "CHOOSE(2,A1,B1)");
}

TEST_CASE("xls formula: whole columns and rows as Excel writes them") {
  // Rows 0..65535 of column A: A:A. Columns 0..255 of row 1: 1:1.
  CHECK(decode(bytes({0x25, 0, 0, 0xFF, 0xFF, 0, 0xC0, 0, 0xC0, 0x22, 1, 0, 0})) == "COUNT(A:A)");
  CHECK(decode(bytes({0x25, 0, 0, 0, 0, 0, 0xC0, 0xFF, 0xC0, 0x22, 1, 4, 0})) == "SUM(1:1)");
}

TEST_CASE("xls formula: shared formulas count relative parts from their own cell") {
  // ptgRefN row offset -1 (0xFFFF), column offset -2 (low byte 0xFE), both relative, seen from
  // D5 (row 4, column 3): row 3, column 1 = B4. An absolute part stays: $A$1.
  FormulaSite d5{4, 3, 0, true};
  CHECK(decode(bytes({0x2C, 0xFF, 0xFF, 0xFE, 0xC0}), {}, d5) == "B4");
  CHECK(decode(bytes({0x2C, 0, 0, 0, 0}), {}, d5) == "$A$1");
  // ptgAreaN offsets 0..0 rows, -3..-1 columns from D5: A5:C5.
  CHECK(decode(bytes({0x2D, 0, 0, 0, 0, 0xFD, 0xC0, 0xFF, 0xC0}), {}, d5) == "A5:C5");
}

TEST_CASE("xls formula: 3-D references through EXTERNSHEET, names through NAME") {
  FormulaNames names;
  names.sheets = {"项目", "表 2", "Data", "It's"};
  // EXTERNSHEET with 3 XTIs: own SUPBOOK 0 sheets 1..1, 2..2, and an external SUPBOOK 1.
  names.extern_sheets = read_extern_sheets(
      bytes({3, 0, 0, 0, 1, 0, 1, 0, 0, 0, 2, 0, 2, 0, 1, 0, 0, 0, 0, 0}), {true, false});
  REQUIRE(names.extern_sheets.size() == 3);
  // ptgRef3d XTI 0, A1 relative; ptgArea3d XTI 1, A1:B3; ptgAdd.
  CHECK(decode(bytes({0x3A, 0, 0, 0, 0, 0, 0xC0, 0x3B, 1, 0, 0, 0, 2, 0, 0, 0xC0, 1, 0xC0, 0x03}),
               names) == "'表 2'!A1+Data!A1:B3");
  // An external workbook's sheet is not resolved: no text.
  CHECK(!decode(bytes({0x3A, 2, 0, 0, 0, 0, 0xC0}), names));
  // A sheet range: XTI over sheets 0..2 (项目:Data): 项目:Data!A1.
  names.extern_sheets.push_back({true, 0, 2});
  CHECK(decode(bytes({0x3A, 3, 0, 0, 0, 0, 0xC0}), names) == "项目:Data!A1");

  // NAME: flags 0, key 0, cch 2, cce 0, reserved, itab 0, 4 reserved bytes, UTF-16 flag, 单价.
  names.names.push_back(read_defined_name(
      bytes({0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x55, 0x53, 0xF7, 0x4E})));
  REQUIRE(names.names[0]);
  CHECK(names.names[0]->text == "单价");
  // ptgName 1, ptgInt 2, ptgMul.
  CHECK(decode(bytes({0x23, 1, 0, 0, 0, 0x1E, 2, 0, 0x05}), names) == "单价*2");
  // A built-in name (flag 0x20: print area...) is not one a formula text can be sure of.
  CHECK(!read_defined_name(bytes({0x20, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x06})));
}

TEST_CASE("xls formula: sheet names quoted as Excel quotes them") {
  CHECK(sheet_prefix("Sheet1") == "Sheet1");
  CHECK(sheet_prefix("项目支出") == "项目支出");
  CHECK(sheet_prefix("表 2") == "'表 2'");
  CHECK(sheet_prefix("It's") == "'It''s'");
  CHECK(sheet_prefix("2023年") == "'2023年'");
  CHECK(sheet_prefix("A1") == "'A1'");
  CHECK(sheet_prefix("R1C1") == "'R1C1'");
}

TEST_CASE("xls formula: anything not understood gives no text, never a guess") {
  CHECK(!decode(bytes({0x20, 0, 0, 0, 0, 0, 0, 0})));  // ptgArray: constants after the tokens
  CHECK(!decode(bytes({0x39, 0, 0, 1, 0, 0, 0})));     // ptgNameX: an external name
  CHECK(!decode(bytes({0x01, 0, 0, 0, 0})));           // ptgExp: resolved by the sheet
  CHECK(!decode(bytes({0x21, 0xFE, 0x7F})));           // no function 0x7FFE
  CHECK(!decode(bytes({0x21, 4, 0})));                 // SUM takes a variable count
  CHECK(!decode(bytes({0x1E, 1, 0, 0x1E, 2, 0})));     // two operands, no operator
  CHECK(!decode(bytes({0x03})));                       // an operator with nothing to add
  CHECK(!decode(bytes({0x24, 0, 0})));                 // a reference cut short
  CHECK(!decode(bytes({0x1C, 0x99})));                 // no such error code
  CHECK(!decode(bytes({0x23, 1, 0, 0, 0})));           // a name that was never defined
  CHECK(!decode(""));
}
