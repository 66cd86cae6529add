// The patcher: exact bytes of the rewritten sheet (everything but the changed cells kept as it
// was), raw copies of untouched entries, and values read back through the reader.
#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>

#include "test_support.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_reader.h"

using evalbook::test::display_cells;
using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::CellRef;
using evalbook::xlsx::CellValue;
using evalbook::xlsx::ErrorCode;
using evalbook::xlsx::Patcher;
using evalbook::xlsx::Workbook;
using evalbook::xlsx::ZipReader;

namespace {

std::string entry_text(const std::string& path, const std::string& name) {
  auto zip = ZipReader::open_file(path);
  return zip->read(*zip->find(name));
}

}  // namespace

TEST_CASE("patcher: replaces, inserts and clears cells, copying every other byte") {
  TempDir dir;
  WorkbookParts parts;
  const std::string rows =
      "<row r=\"1\" spans=\"1:3\" ht=\"20\"><c r=\"A1\" s=\"3\"><v>1</v></c><c "
      "r=\"C1\"><v>2</v></c></row>\n"
      "<row r=\"3\"><c r=\"A3\" s=\"2\" t=\"inlineStr\"><is><t>旧</t></is></c></row>";
  parts.sheet_xml = sheet(rows, "<mergeCells count=\"1\"><mergeCell ref=\"A3:B3\"/></mergeCells>");
  parts.extra_entries = {{"docProps/custom.xml", "<Properties>保留</Properties>"}};
  write_workbook(dir.file("in.xlsx"), parts);

  Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, CellRef{1, 1}, CellValue::of_number(5.5));     // A1 replaced, style kept
  patcher.set_cell(0, CellRef{1, 2}, CellValue::of_text("中 & <"));  // B1 inserted between
  patcher.set_cell(0, CellRef{2, 1}, CellValue::of_number(-3));      // row 2 inserted
  patcher.set_cell(0, CellRef{3, 1}, CellValue::cleared());          // A3 cleared, style kept
  patcher.set_cell(0, CellRef{5, 4}, CellValue::of_text(" 末 "));    // row 5 appended
  patcher.write(dir.file("out.xlsx"));

  const std::string want_rows =
      "<row r=\"1\" ht=\"20\"><c r=\"A1\" s=\"3\"><v>5.5</v></c>"
      "<c r=\"B1\" t=\"inlineStr\"><is><t>中 &amp; &lt;</t></is></c><c "
      "r=\"C1\"><v>2</v></c></row>\n"
      "<row r=\"2\"><c r=\"A2\"><v>-3</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" s=\"2\"/></row>"
      "<row r=\"5\"><c r=\"D5\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 末 "
      "</t></is></c></row>";
  CHECK(entry_text(dir.file("out.xlsx"), "xl/worksheets/sheet1.xml") ==
        sheet(want_rows, "<mergeCells count=\"1\"><mergeCell ref=\"A3:B3\"/></mergeCells>"));

  auto in = ZipReader::open_file(dir.file("in.xlsx"));
  auto out = ZipReader::open_file(dir.file("out.xlsx"));
  REQUIRE(in->entries().size() == out->entries().size());
  for (std::size_t i = 0; i < in->entries().size(); ++i) {
    const auto& a = in->entries()[i];
    const auto& b = out->entries()[i];
    CHECK(a.name == b.name);  // order kept
    if (a.name == "xl/worksheets/sheet1.xml") continue;
    CHECK(in->raw_compressed(a) == out->raw_compressed(b));  // byte for byte
  }

  auto wb = Workbook::open_file(dir.file("out.xlsx"));
  auto cells = display_cells(*wb);
  CHECK(cells == std::map<std::string, std::string>{
                     {"A1", "5.5"}, {"B1", "中 & <"}, {"C1", "2"}, {"A2", "-3"}, {"D5", " 末 "}});
}

TEST_CASE("patcher: text that looks like an OOXML escape survives the round trip") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, CellRef{1, 1}, CellValue::of_text("a_x0041_b\x01"));
  patcher.write(dir.file("out.xlsx"));
  auto wb = Workbook::open_file(dir.file("out.xlsx"));
  CHECK(display_cells(*wb)["A1"] == "a_x0041_b\x01");
}

TEST_CASE("patcher: an empty sheetData gets rows; the input is never the output") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml =
      "<worksheet "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></"
      "worksheet>";
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, CellRef{2, 2}, CellValue::of_number(7));
  REQUIRE_XLSX_ERROR(patcher.write(dir.file("in.xlsx")), ErrorCode::bad_argument);
  patcher.write(dir.file("out.xlsx"));
  CHECK(entry_text(dir.file("out.xlsx"), "xl/worksheets/sheet1.xml") ==
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"2\"><c r=\"B2\"><v>7</v></c></row></sheetData></worksheet>");
}

TEST_CASE("patcher: calcChain goes, fullCalcOnLoad comes, where formulas exist") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml =
      sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><f>A1*2</f><v>2</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, CellRef{1, 1}, CellValue::of_number(4));
  auto report = patcher.write(dir.file("out.xlsx"));
  CHECK(report.full_calc_on_load);
  std::string workbook = entry_text(dir.file("out.xlsx"), "xl/workbook.xml");
  // No calcPr before: one is added after <sheets>, where CT_Workbook wants it.
  CHECK(workbook.find("</sheets><calcPr fullCalcOnLoad=\"1\"/></workbook>") != std::string::npos);
}

namespace {

class NoCells : public evalbook::xlsx::CellVisitor {
 public:
  void on_cell(const evalbook::xlsx::Cell&) override {}
};

class StopAtSecondCell : public evalbook::xlsx::CellVisitor {
 public:
  void on_cell(const evalbook::xlsx::Cell&) override {
    if (++seen_ == 2) throw std::runtime_error("enough");
  }

 private:
  int seen_ = 0;
};

}  // namespace

TEST_CASE("patcher: a sheet the caller read to its end counts as validated, formulas known") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml =
      sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><f>A1*2</f><v>2</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);

  Patcher read_first(dir.file("in.xlsx"));
  CHECK_FALSE(read_first.workbook().completed_read(0));
  NoCells none;
  read_first.workbook().read_sheet(0, none);
  const auto done = read_first.workbook().completed_read(0);
  REQUIRE(done);
  CHECK(done->has_formulas);  // B1's <f>
  CHECK(done->cells == 2);    // A1, B1
  CHECK(done->max_row == 1);
  read_first.set_cell(0, CellRef{1, 1}, CellValue::of_number(4));
  CHECK(read_first.write(dir.file("a.xlsx")).full_calc_on_load);

  // The same patch without the caller's read (the patcher reads the sheet itself): same parts.
  Patcher unread(dir.file("in.xlsx"));
  unread.set_cell(0, CellRef{1, 1}, CellValue::of_number(4));
  CHECK(unread.write(dir.file("b.xlsx")).full_calc_on_load);
  for (const char* part : {"xl/worksheets/sheet1.xml", "xl/workbook.xml"})
    CHECK(entry_text(dir.file("a.xlsx"), part) == entry_text(dir.file("b.xlsx"), part));
}

TEST_CASE("patcher: a read that stopped early or failed validates nothing") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>");
  write_workbook(dir.file("ok.xlsx"), parts);
  Patcher stopped(dir.file("ok.xlsx"));
  StopAtSecondCell stop;
  CHECK_THROWS(stopped.workbook().read_sheet(0, stop));
  CHECK_FALSE(stopped.workbook().completed_read(0));

  // An unclosed element after sheetData: the caller's read fails, and so does the patch.
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<pageSetup>");
  write_workbook(dir.file("bad.xlsx"), parts);
  Patcher bad(dir.file("bad.xlsx"));
  NoCells none;
  CHECK_THROWS(bad.workbook().read_sheet(0, none));
  CHECK_FALSE(bad.workbook().completed_read(0));
  bad.set_cell(0, CellRef{1, 1}, CellValue::of_number(4));
  REQUIRE_XLSX_ERROR(bad.write(dir.file("out.xlsx")), ErrorCode::malformed_xml);
  CHECK_FALSE(std::filesystem::exists(dir.file("out.xlsx")));
}
