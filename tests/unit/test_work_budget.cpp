// The work budget and the amplification classes of issue 12: each input class is read in time
// linear in its size, or refused with its own named error.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>

#include "test_support.h"
#include "xlsx/comments_patch.h"
#include "xlsx/formula_shift.h"
#include "xlsx/number_format.h"
#include "xlsx/work_budget.h"
#include "xlsx/workbook.h"
#include "xlsx/xml_scanner.h"

using evalbook::test::display_cells;
using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::ErrorCode;
using evalbook::xlsx::Limits;
using evalbook::xlsx::Workbook;
using evalbook::xlsx::WorkBudget;

namespace {

// Generous bounds for a loaded machine: the quadratic versions took minutes on these inputs.
constexpr double kLinearSeconds = 10.0;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::string styles_with(const std::string& code, int styles) {
  std::string xfs = "<xf numFmtId=\"0\"/>";
  for (int i = 0; i < styles; ++i) xfs += "<xf numFmtId=\"164\"/>";
  return "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" +
         code + "\"/></numFmts><cellXfs>" + xfs + "</cellXfs></styleSheet>";
}

}  // namespace

TEST_CASE("budget: a code of 3,000,000 unclosed '[' is parsed in linear time") {
  // Each '[' without a ']' after it is a literal '['; the code has no placeholder, so the
  // cell shows the literals alone. Was quadratic: 1,000,000 of them took 14 s.
  const std::string code(3'000'000, '[');
  const auto start = std::chrono::steady_clock::now();
  const std::string shown = evalbook::xlsx::format_number(1, code);
  CHECK(seconds_since(start) < kLinearSeconds);
  CHECK(shown == code);
  // A ']' far away closes the first '[': one bracket, a colour-like body, then the digit.
  CHECK(evalbook::xlsx::format_number(7, code + "]0") == "7");
}

TEST_CASE("budget: '.0' x 100,000 after a date is resolved once, in linear time") {
  // 45292 is 2024-01-01 00:00:00.0: every ".0" shows the zero tenths of its second.
  const std::string code = "yyyy" + repeat(".0", 100'000);
  const auto start = std::chrono::steady_clock::now();
  const evalbook::xlsx::NumberFormat format(code);
  for (int cell = 0; cell < 40; ++cell)
    CHECK(format.format_number(45292) == "2024" + repeat(".0", 100'000));
  CHECK(seconds_since(start) < kLinearSeconds);
}

TEST_CASE("budget: the last second of 9999 rounds past what Excel can show") {
  // 0.999999 day = 86399.9136 s, rounded to the second shown: 86400 s, i.e. 10000-01-01.
  CHECK(evalbook::xlsx::format_number(2958465.999999, "yyyy-mm-dd hh:mm:ss") == "########");
  // 0.99998 day = 86398.272 s -> 23:59:58 of 9999-12-31, still a date Excel shows.
  CHECK(evalbook::xlsx::format_number(2958465.99998, "yyyy-mm-dd hh:mm:ss") ==
        "9999-12-31 23:59:58");
  // With milliseconds shown, 86399.9136 s rounds to 23:59:59.914, not past the day.
  CHECK(evalbook::xlsx::format_number(2958465.999999, "yyyy-mm-dd hh:mm:ss.000") ==
        "9999-12-31 23:59:59.914");
}

TEST_CASE("budget: a text format's output size is known before it is built") {
  const evalbook::xlsx::NumberFormat format("\"<\"@\"|\"@\">\"");
  CHECK(format.text_size("ab") == 3 + 2 * 2);  // three one-byte literals, two copies of "ab"
  CHECK(format.format_text("ab") == "<ab|ab>");
  const evalbook::xlsx::NumberFormat number_only("0.00");
  CHECK(number_only.text_size("文本") == std::string("文本").size());
}

TEST_CASE("budget: one long code used by 300 cell styles is stored and parsed once") {
  WorkbookParts parts;
  const std::string code = repeat("[Red]", 10'000) + "0.00";  // 50,004 bytes, under the cap
  parts.styles_xml = styles_with(code, 300);
  std::string rows;
  for (int r = 1; r <= 300; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\" s=\"" +
            std::to_string(r) + "\"><v>" + std::to_string(r) + ".5</v></c></row>";
  }
  parts.sheet_xml = sheet(rows);
  TempDir dir;
  write_workbook(dir.file("t.xlsx"), parts);
  auto wb = Workbook::open_file(dir.file("t.xlsx"));
  CHECK(wb->number_format(1).data() == wb->number_format(300).data());  // one copy
  auto cells = display_cells(*wb);
  CHECK(cells["A1"] == "1.50");  // colours change nothing in the text
  CHECK(cells["A300"] == "300.50");
}

TEST_CASE("budget: a number format past its cap is refused, naming the styles part") {
  WorkbookParts parts;
  parts.styles_xml = styles_with(std::string(70'000, '0'), 1);
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c></row>");
  TempDir dir;
  write_workbook(dir.file("t.xlsx"), parts);
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("t.xlsx")), ErrorCode::limit_exceeded);
}

TEST_CASE("budget: the allowance is base + factor x input bytes, and spent work is refused") {
  Limits limits;
  limits.budget_base_bytes = 100;
  limits.budget_bytes_per_input_byte = 2;
  const WorkBudget budget(10, limits);  // 100 + 2 x 10 = 120
  CHECK(budget.allowance() == 120);
  budget.charge(120, "p");
  CHECK(budget.spent() == 120);
  REQUIRE_XLSX_ERROR(budget.charge(1, "p"), ErrorCode::budget_exceeded);
  // An absurd factor saturates instead of wrapping round to a small allowance.
  limits.budget_bytes_per_input_byte = ~0ULL;
  CHECK(WorkBudget(1'000, limits).allowance() == ~0ULL);
}

TEST_CASE("budget: a long shared string in many cells runs out of the budget") {
  // One 30,000-character string (90,000 bytes) in 100 cells: 9 MB of cell text handed out and
  // 9 MB of display text made.
  WorkbookParts parts;
  parts.shared_strings_xml =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" +
      repeat("绩", 30'000) + "</t></si></sst>";
  std::string cells;
  for (int c = 1; c <= 100; ++c) {
    cells += "<c r=\"" + evalbook::xlsx::column_name(static_cast<std::uint32_t>(c)) +
             "1\" t=\"s\"><v>0</v></c>";
  }
  parts.sheet_xml = sheet("<row r=\"1\">" + cells + "</row>");
  TempDir dir;
  write_workbook(dir.file("t.xlsx"), parts);
  Limits tight;
  tight.budget_base_bytes = 8 << 20;  // 8 MB, plus 256 x a file of a few KB
  auto wb = Workbook::open_file(dir.file("t.xlsx"), tight);
  REQUIRE_XLSX_ERROR(display_cells(*wb), ErrorCode::budget_exceeded);
  // Under the default budget (32 MB and more) the same workbook is read in full.
  auto roomy = Workbook::open_file(dir.file("t.xlsx"));
  CHECK(display_cells(*roomy).size() == 100);
}

TEST_CASE("budget: workbook-level parts have caps of their own") {
  WorkbookParts parts;
  parts.styles_xml = styles_with("0.00", 1) + std::string(4096, ' ');
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c></row>");
  TempDir dir;
  write_workbook(dir.file("t.xlsx"), parts);
  Limits limits;
  limits.max_styles_bytes = 4096;
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("t.xlsx"), limits), ErrorCode::part_too_large);
  limits = Limits{};
  limits.max_workbook_part_bytes = 64;
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("t.xlsx"), limits), ErrorCode::part_too_large);
  limits = Limits{};
  limits.max_content_types_bytes = 64;
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("t.xlsx"), limits), ErrorCode::part_too_large);
  limits = Limits{};
  limits.max_rels_bytes = 64;
  REQUIRE_XLSX_ERROR(Workbook::open_file(dir.file("t.xlsx"), limits), ErrorCode::part_too_large);
  CHECK(display_cells(*Workbook::open_file(dir.file("t.xlsx")))["A1"] == "1.00");
}

TEST_CASE("budget: the VML id scan is linear in the part") {
  const std::string junk = "<xml>" + repeat("idmap ", 200'000) + "</xml>";
  const auto start = std::chrono::steady_clock::now();
  CHECK(evalbook::xlsx::vml_ids(junk).max_block == 0);
  CHECK(seconds_since(start) < kLinearSeconds);
  const std::string vml =
      "<xml><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1,3\"/></o:shapelayout>"
      "<v:shape id=\"_x0000_s4100\"/></xml>";
  CHECK(evalbook::xlsx::vml_ids(vml).max_block == 4);  // shape 4100 lies in block 4100/1024 = 4
  CHECK(evalbook::xlsx::vml_ids(vml).max_shape == 4100);
}

TEST_CASE("budget: character references with leading zeros are characters") {
  std::string out;
  CHECK(evalbook::xlsx::decode_xml_text("&#x0000000041;&#0000066;", out));
  CHECK(out == "AB");
  out.clear();
  CHECK_FALSE(evalbook::xlsx::decode_xml_text("&#x0000;", out));       // U+0000 is no XML character
  CHECK_FALSE(evalbook::xlsx::decode_xml_text("&#x000110000;", out));  // past U+10FFFF
}

TEST_CASE("budget: a reference with a 20-digit row moves off the sheet, not into an exception") {
  CHECK(evalbook::xlsx::shift_formula("A99999999999999999999+B2", 1, 0) == "#REF!+B3");
}

TEST_CASE("budget: every sample form is read and displayed within 16 x its file size") {
  // The default allowance is 32 MB + 256 x the file size; real forms spend 4-8 x (sheet XML,
  // cell text, display text), so they stay far inside it even without the 32 MB base.
  Limits no_base;
  no_base.budget_base_bytes = 0;
  no_base.budget_bytes_per_input_byte = 16;
  std::size_t read = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(evalbook::test::source_path("samples"))) {
    if (entry.path().extension() != ".xlsx") continue;
    INFO(entry.path().string());
    auto wb = Workbook::open_file(entry.path().string(), no_base);
    for (std::size_t i = 0; i < wb->sheets().size(); ++i) CHECK_NOTHROW(display_cells(*wb, i));
    ++read;
  }
  CHECK(read >= 20);
}
