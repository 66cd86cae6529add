// The workbook reader on small workbooks built part by part: each case is a form of OOXML that
// real producers write (Excel, WPS, LibreOffice, scripts) and that the reader must show as Excel.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "xlsx/workbook.h"

using evalbook::test::display_cells;
using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::ErrorCode;
using evalbook::xlsx::Workbook;

namespace {

std::map<std::string, std::string> read_back(const WorkbookParts& parts) {
  TempDir dir;
  write_workbook(dir.file("t.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("t.xlsx"));
  return display_cells(*wb);
}

const std::string kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0&quot;万元&quot;\"/></numFmts>"
    "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"2\"/><xf numFmtId=\"10\"/>"
    "<xf numFmtId=\"4\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";

}  // namespace

TEST_CASE("reader: shared strings with rich runs, empty items, phonetic runs and escapes") {
  WorkbookParts parts;
  parts.shared_strings_xml =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>项目名称</t></si>"
      "<si/>"  // an empty item still takes an index
      "<si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space=\"preserve\">指标 </t></r></si>"
      "<si><t>绩效</t><rPh sb=\"0\" eb=\"2\"><t>じっせき</t></rPh></si>"
      "<si><t>a_x000D_b_x005F_x0041_</t></si>"
      "</sst>";
  parts.sheet_xml = sheet(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" "
      "t=\"s\"><v>4</v></c></row>");
  auto cells = read_back(parts);
  CHECK(cells["A1"] == "项目名称");
  CHECK(cells.count("B1") == 0);        // the empty item shows nothing
  CHECK(cells["C1"] == "产出指标 ");    // runs joined, spaces kept
  CHECK(cells["D1"] == "绩效");         // the phonetic guide is not part of the text
  CHECK(cells["E1"] == "a\rb_x0041_");  // _x000D_ is CR; _x005F_ escapes the underscore
}

TEST_CASE("reader: cells and rows without r attributes, and a lying dimension") {
  WorkbookParts parts;
  parts.sheet_xml =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<dimension ref=\"A1\"/><sheetData>"
      "<row><c><v>1</v></c><c><v>2</v></c></row>"
      "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
      "</sheetData></worksheet>";
  auto cells = read_back(parts);
  CHECK(cells == std::map<std::string, std::string>{
                     {"A1", "1"}, {"B1", "2"}, {"A2", "x"}, {"D2", "4"}, {"E2", "5"}});
}

TEST_CASE("reader: number formats from built-in ids and custom numFmts") {
  WorkbookParts parts;
  parts.styles_xml = kStyles;
  parts.sheet_xml = sheet(
      "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>160</v></c><c r=\"B1\" s=\"2\"><v>0.823708</v></c>"
      "<c r=\"C1\" s=\"3\"><v>2384.375</v></c><c r=\"D1\" s=\"4\"><v>12.25</v></c>"
      "<c r=\"E1\" s=\"5\"><v>45292</v></c><c r=\"F1\"><v>0.30000000000000004</v></c>"
      "<c r=\"G1\" s=\"99\"><v>7</v></c></row>");
  auto cells = read_back(parts);
  CHECK(cells["A1"] == "160.00");    // id 2: 0.00
  CHECK(cells["B1"] == "82.37%");    // id 10: 0.00%
  CHECK(cells["C1"] == "2,384.38");  // id 4: #,##0.00, half away from zero
  CHECK(cells["D1"] == "12.3万元");  // custom code with a quoted literal (12.25 -> 12.3)
  CHECK(cells["E1"] == "2024/1/1");  // id 14 as Excel zh-CN shows it
  CHECK(cells["F1"] == "0.3");       // General: 15 significant digits
  CHECK(cells["G1"] == "7");         // an unknown style index falls back to General
}

TEST_CASE("reader: the 1904 date system") {
  WorkbookParts parts;
  parts.styles_xml = kStyles;
  parts.workbook_pr = "<workbookPr date1904=\"1\"/>";
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\" s=\"5\"><v>0</v></c></row>");
  CHECK(read_back(parts)["A1"] == "1904/1/1");
}

TEST_CASE("reader: formulas keep their cached value; shared formulas are resolved") {
  struct Capture : evalbook::xlsx::CellVisitor {
    explicit Capture(bool expand) : expand(expand) {}
    bool expand;
    std::map<std::string, std::string> formulas;
    void on_cell(const evalbook::xlsx::Cell& c) override {
      if (!c.formula.empty()) formulas[evalbook::xlsx::cell_name(c.ref)] = std::string(c.formula);
    }
    bool wants_shared_formulas() const override { return expand; }
  };
  WorkbookParts parts;
  parts.sheet_xml = sheet(
      "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><f t=\"shared\" ref=\"B1:B3\" "
      "si=\"0\">A1*2+$A$1</f><v>3</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>2</v></c><c r=\"B2\"><f t=\"shared\" "
      "si=\"0\"/><v>5</v></c></row>"
      "<row r=\"3\"><c r=\"B3\"><f t=\"shared\" si=\"0\"/><v>1</v></c>"
      "<c r=\"C3\" t=\"str\"><f>\"等级\"&amp;\"优\"</f><v>等级优</v></c>"
      "<c r=\"D3\" t=\"b\"><f>TRUE</f><v>1</v></c><c r=\"E3\" "
      "t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>");
  TempDir dir;
  write_workbook(dir.file("f.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("f.xlsx"));
  auto cells = display_cells(*wb);
  CHECK(cells["B2"] == "5");
  CHECK(cells["C3"] == "等级优");
  CHECK(cells["D3"] == "TRUE");
  CHECK(cells["E3"] == "#DIV/0!");
  Capture capture(true);
  auto summary = wb->read_sheet(0, capture);
  CHECK(summary.has_formulas);
  CHECK(capture.formulas["B1"] == "A1*2+$A$1");
  CHECK(capture.formulas["B2"] == "A2*2+$A$1");
  CHECK(capture.formulas["B3"] == "A3*2+$A$1");
  // A visitor that does not ask pays nothing for the dependents: they carry no text.
  Capture values_only(false);
  wb->read_sheet(0, values_only);
  CHECK(values_only.formulas["B1"] == "A1*2+$A$1");
  CHECK(values_only.formulas.count("B2") == 0);
}

TEST_CASE("reader: x:-prefixed SpreadsheetML and merged ranges") {
  WorkbookParts parts;
  parts.sheet_xml =
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" "
      "t=\"inlineStr\"><x:is><x:t>标题</x:t></x:is></x:c></x:row>"
      "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell "
      "ref=\"A1:F1\"/></x:mergeCells></x:worksheet>";
  TempDir dir;
  write_workbook(dir.file("x.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("x.xlsx"));
  CHECK(display_cells(*wb)["A1"] == "标题");
  struct Null : evalbook::xlsx::CellVisitor {
    void on_cell(const evalbook::xlsx::Cell&) override {}
  } visitor;
  auto summary = wb->read_sheet(0, visitor);
  REQUIRE(summary.merged.size() == 1);
  CHECK(evalbook::xlsx::range_name(summary.merged[0]) == "A1:F1");
}

TEST_CASE("reader: malformed XML names the part and the line") {
  WorkbookParts parts;
  parts.sheet_xml =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
      "<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c></rows>\n</sheetData></worksheet>";
  TempDir dir;
  write_workbook(dir.file("m.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("m.xlsx"));
  struct Null : evalbook::xlsx::CellVisitor {
    void on_cell(const evalbook::xlsx::Cell&) override {}
  } visitor;
  try {
    wb->read_sheet(0, visitor);
    FAIL("malformed XML was accepted");
  } catch (const evalbook::xlsx::XlsxError& e) {
    CHECK(e.code() == ErrorCode::malformed_xml);
    CHECK(e.part() == "xl/worksheets/sheet1.xml");
    CHECK(e.line() == 3);
  }
}

TEST_CASE("reader: a real sample reads as its seed says") {
  auto wb = Workbook::open_file(
      evalbook::test::source_path("samples/000_project_出口信用保险保费补助资金.xlsx"));
  REQUIRE(wb->sheets().size() == 1);
  CHECK(wb->sheets()[0].name == "出口信用保险保费补助资金");
  auto cells = display_cells(*wb);
  // Seed 000 line 12 (row 10): 项目资金情况 (万元)	预算资金	市级预算资金	160.00
  CHECK(cells["A10"] == "项目资金情况 (万元)");
  CHECK(cells["D10"] == "160.00");
  // Seed 000 line 3 (row 1): the title.
  CHECK(cells["A1"] == "晋中市财政支出项目绩效自评表");
}

TEST_CASE("reader: parts shared byte for byte are parsed once, and never wrongly") {
  // The same styles.xml in many workbooks comes from the cache; a different one, a broken one
  // and the same one under tighter limits are each read for what they are.
  WorkbookParts parts;
  parts.styles_xml = kStyles;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\" s=\"2\"><v>0.5</v></c></row>");
  for (int i = 0; i < 3; ++i) CHECK(read_back(parts)["A1"] == "50.00%");  // id 10: 0.00%

  WorkbookParts other = parts;  // cellXfs 2 now points at id 2 (0.00)
  other.styles_xml =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/><xf numFmtId=\"2\"/>"
      "</cellXfs></styleSheet>";
  CHECK(read_back(other)["A1"] == "0.50");
  CHECK(read_back(parts)["A1"] == "50.00%");

  WorkbookParts broken = parts;
  broken.styles_xml = "<styleSheet><cellXfs></styleSheet>";
  TempDir dir;
  write_workbook(dir.file("b.xlsx"), broken);
  for (int i = 0; i < 2; ++i)
    REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("b.xlsx")), ErrorCode::malformed_xml);

  // workbook.xml and styles.xml nest three deep (workbook/sheets/sheet, styleSheet/cellXfs/xf):
  // cached under the default limits, they must still be refused under a limit of two.
  write_workbook(dir.file("s.xlsx"), parts);
  evalbook::xlsx::Limits tight;
  tight.max_xml_depth = 2;
  REQUIRE(Workbook::open_file(dir.file("s.xlsx")));
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("s.xlsx"), tight), ErrorCode::limit_exceeded);
}

TEST_CASE("reader: layouts Excel never writes are refused by name, not read one way or another") {
  auto code_of = [](const std::string& rows) {
    WorkbookParts parts;
    parts.sheet_xml = sheet(rows);
    TempDir dir;
    write_workbook(dir.file("d.xlsx"), parts);
    try {
      read_back(parts);
    } catch (const evalbook::xlsx::XlsxError& e) {
      return std::string(evalbook::xlsx::error_code_name(e.code()));
    }
    return std::string("accepted");
  };
  // A reference without its row: the reader and the rewriter would have to guess alike.
  CHECK(code_of("<row r=\"1\"><c r=\"C\"><v>1</v></c></row>") == "malformed_xml");
  // The same address twice in a row (after set A1=9, the second A1 would still be read).
  CHECK(code_of("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>") ==
        "duplicate_cell");
  // Twice, out of order, at a distance.
  CHECK(
      code_of("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"B1\"/><c r=\"C1\"><v>2</v></c></row>") ==
      "duplicate_cell");
  // A row number twice, and a cell inside another row's element.
  CHECK(code_of("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"/><row r=\"1\"><c "
                "r=\"B1\"/></row>") == "duplicate_cell");
  CHECK(code_of("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>") == "malformed_xml");
  // Cells without r follow the previous one: no duplicate.
  CHECK(
      code_of(
          "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>") ==
      "accepted");
}
