// Deflate pieces joined into one zip entry, the background deflater, and rows streamed into a
// built workbook: what a reader inflates and checks must be exactly what went in.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <map>
#include <stdexcept>
#include <string>

#include "report/streamed_sheet.h"
#include "test_support.h"
#include "xlsx/background_deflate.h"
#include "xlsx/zip_reader.h"
#include "xlsx/zip_writer.h"

using evalbook::test::TempDir;
using evalbook::xlsx::BackgroundDeflater;
using evalbook::xlsx::deflate_piece;
using evalbook::xlsx::DeflatedPiece;
using evalbook::xlsx::joined_checksum;
using evalbook::xlsx::PieceChecksum;
using evalbook::xlsx::ZipReader;
using evalbook::xlsx::ZipWriter;

namespace {

// Many rows, each a little different, like a findings sheet (about 4 MB: several buffers).
std::string rows(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<row r=\"" + std::to_string(i + 2) + "\"><c r=\"A" + std::to_string(i + 2) +
           "\" t=\"inlineStr\"><is><t>指标“受益人数”实际 " + std::to_string(i * 7919 % 10007) +
           "</t></is></c></row>";
  }
  return out;
}

std::uint32_t crc_of(const std::string& s) {
  return static_cast<std::uint32_t>(crc32_z(0, reinterpret_cast<const Bytef*>(s.data()), s.size()));
}

// Writes the pieces one after the other as a zip entry, as splice_rows does, and reads it back
// through the package reader (which inflates to the declared size and checks the CRC).
std::string round_trip(const DeflatedPiece& a, const DeflatedPiece& b, const DeflatedPiece& c) {
  TempDir dir;
  {
    const PieceChecksum sum = joined_checksum({&a, &b, &c});
    ZipWriter w(dir.file("p.zip"));
    w.add_deflated_entry("part.xml", {a.deflated, b.deflated, c.deflated}, sum.crc32, sum.size);
    w.commit();
  }
  auto zip = ZipReader::open_file(dir.file("p.zip"));
  return zip->read(*zip->find("part.xml"));
}

}  // namespace

TEST_CASE("deflate: a head, a body compressed in the background and a tail make one entry") {
  const std::string head = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"/></row>";
  const std::string body = rows(40'000);
  const std::string tail = "</sheetData><autoFilter ref=\"A1:A40001\"/></worksheet>";

  BackgroundDeflater background(1);
  for (std::size_t at = 0; at < body.size(); at += 777)  // appended in odd-sized bits
    background.append(std::string_view(body).substr(at, 777));
  const DeflatedPiece middle = background.finish();
  CHECK(middle.size == body.size());
  CHECK(middle.crc32 == crc_of(body));

  const DeflatedPiece first = deflate_piece(head, 6, false);
  const DeflatedPiece last = deflate_piece(tail, 6, true);
  const PieceChecksum sum = joined_checksum({&first, &middle, &last});
  CHECK(sum.size == head.size() + body.size() + tail.size());
  CHECK(sum.crc32 == crc_of(head + body + tail));
  CHECK(round_trip(first, middle, last) == head + body + tail);
}

TEST_CASE("deflate: nothing appended is an empty piece that head and tail stand around") {
  BackgroundDeflater background(1);
  const DeflatedPiece empty = background.finish();
  CHECK(empty.size == 0);
  CHECK(empty.crc32 == 0);
  CHECK(round_trip(deflate_piece("<b>", 6, false), empty, deflate_piece("</b>", 6, true)) ==
        "<b></b>");
}

TEST_CASE("streamed rows: texts spliced into a workbook read back exactly") {
  using evalbook::test::display_cells;
  using evalbook::test::sheet;
  using evalbook::test::WorkbookParts;
  using evalbook::test::write_workbook;
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml =
      sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>规则</t></is></c></row>");
  write_workbook(dir.file("built.xlsx"), parts);

  evalbook::report::StreamedRows rows;
  rows.text(1, 0, "a & b < c > d", 0);
  rows.text(1, 2, " 前后有空格 ", 0);
  rows.text(2, 1, "_x0041_ 不是转义", 0);  // a literal that looks like OOXML's escape
  rows.text(2, 3, "行\n二\r", 0);
  rows.text(4, 0, "第五行", 0);
  CHECK_THROWS_AS(rows.text(3, 0, "回头", 0), std::logic_error);
  evalbook::report::splice_rows(dir.file("built.xlsx"), dir.file("out.xlsx"), "表一", rows.finish(),
                                "A1:D5");

  auto wb = evalbook::xlsx::Workbook::open_file(dir.file("out.xlsx"));
  CHECK(display_cells(*wb) == std::map<std::string, std::string>{{"A1", "规则"},
                                                                 {"A2", "a & b < c > d"},
                                                                 {"C2", " 前后有空格 "},
                                                                 {"B3", "_x0041_ 不是转义"},
                                                                 {"D3", "行\n二\r"},
                                                                 {"A5", "第五行"}});
}
