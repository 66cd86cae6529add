// A sheet kept by the read that checked it (Workbook::keep_sheet_xml): the patch splices its
// changed rows into the kept bytes instead of inflating and tokenizing the sheet again, and
// writes exactly what the patch from the package writes.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "xlsx/patcher.h"
#include "xlsx/retained_sheet.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_reader.h"

using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::CellRef;
using evalbook::xlsx::CellValue;
using evalbook::xlsx::CellVisitor;
using evalbook::xlsx::Patcher;
using evalbook::xlsx::RetainedSheet;
using evalbook::xlsx::Workbook;
using evalbook::xlsx::XmlHandler;
using evalbook::xlsx::XmlToken;
using evalbook::xlsx::XmlTokenKind;
using evalbook::xlsx::ZipReader;

namespace {

class NoCells : public CellVisitor {
 public:
  void on_cell(const evalbook::xlsx::Cell&) override {}
};

std::string file_bytes(const std::string& path) {
  auto zip = ZipReader::open_file(path);
  return std::string(zip->archive_bytes());
}

std::string sheet_text(const std::string& path) {
  auto zip = ZipReader::open_file(path);
  return zip->read(*zip->find("xl/worksheets/sheet1.xml"));
}

// Six rows; C2 is the master of a shared formula that C3:C6 use.
const std::string kRows =
    "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目</t></is></c></row>\n"
    "<row r=\"2\" spans=\"1:3\"><c r=\"A2\"><v>1</v></c><c r=\"C2\"><f t=\"shared\" ref=\"C2:C6\" "
    "si=\"0\">A2*2</f><v>2</v></c></row>\n"
    "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>2</v></c><c r=\"C3\"><f t=\"shared\" "
    "si=\"0\"/><v>4</v></c>"
    "</row>\n"
    "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"C4\"><f t=\"shared\" "
    "si=\"0\"/><v>6</v></c></row>\n"
    "<row r=\"6\"><c r=\"A6\"><v>5</v></c><c r=\"C6\"><f t=\"shared\" "
    "si=\"0\"/><v>10</v></c></row>\n";

// The workbook at `path` with its first sheet read once and its XML kept.
std::shared_ptr<const Workbook> read_kept(const std::string& path) {
  std::shared_ptr<const Workbook> wb = Workbook::open_file(path);
  wb->keep_sheet_xml(1 << 20);
  NoCells none;
  wb->read_sheet(0, none);
  return wb;
}

// Writes `in` patched by `patch` twice: from a workbook whose sheets were kept by the read, and
// from one that kept nothing (the sheet inflated and tokenized again); returns both files' bytes.
template <class Patch>
std::pair<std::string, std::string> patched_both_ways(TempDir& dir, const std::string& in,
                                                      Patch&& patch) {
  std::shared_ptr<const Workbook> kept = Workbook::open_file(in);
  kept->keep_sheet_xml(evalbook::xlsx::kPatchKeptSheetBytes);
  NoCells none;
  kept->read_sheet(0, none);
  REQUIRE(kept->retained_sheet(0) != nullptr);
  Patcher spliced(in, kept);
  patch(spliced);
  spliced.write(dir.file("spliced.xlsx"));

  std::shared_ptr<const Workbook> plain = Workbook::open_file(in);
  plain->read_sheet(0, none);
  REQUIRE(plain->retained_sheet(0) == nullptr);
  Patcher streamed(in, plain);
  patch(streamed);
  streamed.write(dir.file("streamed.xlsx"));
  return {file_bytes(dir.file("spliced.xlsx")), file_bytes(dir.file("streamed.xlsx"))};
}

// Which start tags a handler saw, and the bytes passed over untokenized.
class TagLog : public XmlHandler {
 public:
  void on_token(const XmlToken& token) override {
    if (token.kind == XmlTokenKind::start || token.kind == XmlTokenKind::empty)
      tags += std::string(token.name) + "@" + std::to_string(token.offset) + " ";
  }
  std::string tags;
};

}  // namespace

TEST_CASE("retained sheet: the read notes where each row starts") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(kRows);
  write_workbook(dir.file("in.xlsx"), parts);
  auto wb = read_kept(dir.file("in.xlsx"));
  auto kept = wb->retained_sheet(0);
  REQUIRE(kept);
  CHECK(kept->xml == parts.sheet_xml);
  CHECK(kept->spliceable);
  REQUIRE(kept->rows.size() == 5);
  const std::uint32_t numbers[] = {1, 2, 3, 4, 6};
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(kept->rows[i].number == numbers[i]);
    CHECK(kept->xml.compare(kept->rows[i].offset, 8, "<row r=\"") == 0);
  }
  CHECK(kept->xml.compare(kept->sheet_data_end, 12, "</sheetData>") == 0);
}

TEST_CASE("retained sheet: only the wanted rows, the head and the tail are tokenized") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(kRows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>");
  write_workbook(dir.file("in.xlsx"), parts);
  auto wb = read_kept(dir.file("in.xlsx"));
  const RetainedSheet& kept = *wb->retained_sheet(0);

  TagLog log;
  std::string skipped;
  // Row 5 is not in the sheet: the row after it (6) is where a new row 5 would go.
  evalbook::xlsx::scan_retained_sheet(
      kept, {3, 5}, log, evalbook::xlsx::default_limits(),
      [&](std::string_view bytes) { skipped += bytes; }, [] { return false; });
  // Rows 1, 2 and 4 passed over whole (with the line break after each); 3 and 6 tokenized with
  // their true offsets.
  const auto at = [&](std::size_t i) { return std::to_string(kept.rows[i].offset); };
  CHECK(skipped ==
        kept.xml.substr(kept.rows[0].offset, kept.rows[2].offset - kept.rows[0].offset) +
            kept.xml.substr(kept.rows[3].offset, kept.rows[4].offset - kept.rows[3].offset));
  CHECK(log.tags.find("row@" + at(2) + " ") != std::string::npos);
  CHECK(log.tags.find("row@" + at(4) + " ") != std::string::npos);
  CHECK(log.tags.find("row@" + at(0) + " ") == std::string::npos);
  CHECK(log.tags.find("row@" + at(3) + " ") == std::string::npos);
  CHECK(log.tags.find("mergeCell@") != std::string::npos);
  CHECK(log.tags.rfind("worksheet@" + std::to_string(kept.xml.find("<worksheet")) + " ", 0) == 0);
}

TEST_CASE("retained sheet: a patch writes the same bytes spliced as streamed") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(kRows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>");
  parts.styles_xml =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill "
      "patternType=\"gray125\"/></fill></fills><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf "
      "numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
  write_workbook(dir.file("in.xlsx"), parts);

  SECTION("cells replaced, inserted, a row put between rows and one past the end") {
    auto [spliced, streamed] = patched_both_ways(dir, dir.file("in.xlsx"), [](Patcher& p) {
      p.set_cell(0, CellRef{3, 1}, CellValue::of_number(9.5));   // A3 over its value
      p.set_cell(0, CellRef{3, 2}, CellValue::of_text("新"));    // B3 between A3 and C3
      p.set_cell(0, CellRef{5, 1}, CellValue::of_number(4));     // row 5, before row 6
      p.set_cell(0, CellRef{9, 2}, CellValue::of_text("末行"));  // past the last row
    });
    CHECK(spliced == streamed);
    const std::string xml = sheet_text(dir.file("spliced.xlsx"));
    // A3's style kept, row 5 between rows 4 and 6, row 9 before </sheetData>.
    CHECK(xml.find("<c r=\"A3\" s=\"1\"><v>9.5</v></c>") != std::string::npos);
    CHECK(xml.find("</row>\n<row r=\"5\"><c r=\"A5\"><v>4</v></c></row><row r=\"6\">") !=
          std::string::npos);
    CHECK(xml.find("<row r=\"9\">") < xml.find("</sheetData>"));
  }
  SECTION("the master of a shared formula overwritten: its dependents in untouched rows") {
    auto [spliced, streamed] = patched_both_ways(dir, dir.file("in.xlsx"), [](Patcher& p) {
      p.set_cell(0, CellRef{2, 3}, CellValue::of_number(7));
    });
    CHECK(spliced == streamed);
    const std::string xml = sheet_text(dir.file("spliced.xlsx"));
    // Rows 3, 4 and 6 were not edited, yet their dependents now carry the moved formula.
    CHECK(xml.find("<c r=\"C4\"><f>A4*2</f>") != std::string::npos);
    CHECK(xml.find("<c r=\"C6\"><f>A6*2</f>") != std::string::npos);
  }
  SECTION("highlights and comments: styles of the cells and the legacyDrawing in the tail") {
    auto [spliced, streamed] = patched_both_ways(dir, dir.file("in.xlsx"), [](Patcher& p) {
      p.highlight_cell(0, CellRef{3, 1}, "FFFFC7CE");  // A3, own style 1
      p.highlight_cell(0, CellRef{5, 2}, "FFFFC7CE");  // B5, a cell of a row the sheet lacks
      p.add_comment(0, CellRef{3, 1}, "应为 9.5");
    });
    CHECK(spliced == streamed);
    const std::string xml = sheet_text(dir.file("spliced.xlsx"));
    CHECK(xml.find("<legacyDrawing") > xml.find("</mergeCells>"));
  }
}

TEST_CASE("retained sheet: rows without their number are tokenized whole, same bytes") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row><c r=\"A1\"><v>1</v></c></row><row><c r=\"A2\"><v>2</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  auto [spliced, streamed] = patched_both_ways(dir, dir.file("in.xlsx"), [](Patcher& p) {
    p.set_cell(0, CellRef{2, 2}, CellValue::of_number(3));
  });
  CHECK(spliced == streamed);
  auto wb = read_kept(dir.file("in.xlsx"));
  CHECK_FALSE(wb->retained_sheet(0)->spliceable);
}

TEST_CASE("retained sheet: past its limit a sheet is not kept") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(kRows);
  write_workbook(dir.file("in.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("in.xlsx"));
  NoCells none;
  SECTION("a limit one byte short of the sheet") {
    wb->keep_sheet_xml(parts.sheet_xml.size() - 1);
    wb->read_sheet(0, none);
    CHECK(wb->retained_sheet(0) == nullptr);
  }
  SECTION("a limit the size of the sheet") {
    wb->keep_sheet_xml(parts.sheet_xml.size());
    wb->read_sheet(0, none);
    CHECK(wb->retained_sheet(0) != nullptr);
  }
}

TEST_CASE("retained sheet: read again, a kept sheet gives the same cells from memory") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(kRows);
  write_workbook(dir.file("in.xlsx"), parts);
  auto plain = Workbook::open_file(dir.file("in.xlsx"));
  auto kept = Workbook::open_file(dir.file("in.xlsx"));
  kept->keep_sheet_xml(1 << 20);
  const auto first = evalbook::test::display_cells(*kept);  // the read that keeps it
  REQUIRE(kept->retained_sheet(0));
  const auto again = evalbook::test::display_cells(*kept);  // from the kept bytes
  CHECK(first == again);
  CHECK(again == evalbook::test::display_cells(*plain));
  CHECK(again.at("C6") == "10");
}

TEST_CASE("retained sheet: a row inside another element is not passed over, same bytes") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet(
      "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><x:wrap xmlns:x=\"urn:x\"><row r=\"2\"><c "
      "r=\"A2\"><v>2</v></c></row></x:wrap><row r=\"3\"><c r=\"A3\"><v>3</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  auto wb = read_kept(dir.file("in.xlsx"));
  CHECK_FALSE(wb->retained_sheet(0)->spliceable);
  // Row 2, inside <x:wrap>: passing row 1 over up to row 2 would split the wrapper.
  auto [spliced, streamed] = patched_both_ways(dir, dir.file("in.xlsx"), [](Patcher& p) {
    p.set_cell(0, CellRef{2, 1}, CellValue::of_number(4));
  });
  CHECK(spliced == streamed);
}
