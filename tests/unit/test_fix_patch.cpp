// What `fix` adds to a workbook, on tiny workbooks: cell formats cloned with a fill (the clone
// keeps number format, font, border and alignment; counts fixed), comments (a new comments part
// with its VML drawing and <legacyDrawing> where the schema wants it; notes added to an existing
// comments part), an added sheet (listed, related, typed, frozen, filtered, linked), and the
// corrector's choice of value in the cell's own units.
#include <catch2/catch.hpp>

#include "report/corrector.h"
#include "report/result_sheet.h"
#include "test_support.h"
#include "xlsx/app_properties.h"
#include "xlsx/patcher.h"
#include "xlsx/style_patch.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_reader.h"

using evalbook::test::display_cells;
using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::AddedCell;
using evalbook::xlsx::AddedSheet;
using evalbook::xlsx::CellRef;
using evalbook::xlsx::CellValue;
using evalbook::xlsx::Patcher;
using evalbook::xlsx::Workbook;
using evalbook::xlsx::ZipReader;

namespace {

// A sheet to add with the default layout (frozen, filtered, bold header).
AddedSheet added_sheet(std::string name, std::vector<std::vector<AddedCell>> rows = {}) {
  AddedSheet sheet;
  sheet.name = std::move(name);
  sheet.rows = std::move(rows);
  return sheet;
}

std::string entry_text(const std::string& path, const std::string& name) {
  auto zip = ZipReader::open_file(path);
  const auto* e = zip->find(name);
  REQUIRE(e != nullptr);
  return zip->read(*e);
}

bool has_entry(const std::string& path, const std::string& name) {
  auto zip = ZipReader::open_file(path);
  return zip->find(name) != nullptr;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00%\"/></numFmts>"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b val=\"0\"/><sz val=\"10\"/><name val=\"宋体\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"2\"><border/><border><left style=\"thin\"/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
    "borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\"/>"
    "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" "
    "applyNumberFormat=\"1\">"
    "<alignment horizontal=\"center\"/></xf></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

}  // namespace

TEST_CASE("style clone: a copy of each cell's own format with a fill, counts fixed") {
  TempDir dir;
  WorkbookParts parts;
  parts.styles_xml = kStyles;
  parts.sheet_xml = sheet(
      "<row r=\"1\"><c r=\"A1\" s=\"2\"><v>0.9</v></c><c r=\"B1\" s=\"1\"><v>5</v></c>"
      "<c r=\"C1\"><v>7</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);

  Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, CellRef{1, 1}, CellValue::of_number(0.9668));
  patcher.highlight_cell(0, CellRef{1, 1});              // s=2 -> new format
  patcher.highlight_cell(0, CellRef{1, 2});              // value kept, s=1 -> new format
  patcher.highlight_cell(0, CellRef{1, 3});              // no s: format 0 cloned
  patcher.highlight_cell(0, CellRef{2, 4}, "FFFF0000");  // a cell the sheet lacks
  auto report = patcher.write(dir.file("out.xlsx"));

  std::string styles = entry_text(dir.file("out.xlsx"), "xl/styles.xml");
  // Two new fills (yellow, red), four new formats (bases 2, 1, 0 yellow and 0 red).
  CHECK(contains(styles, "<fills count=\"4\">"));
  CHECK(contains(styles,
                 "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFFF00\"/><bgColor "
                 "indexed=\"64\"/></patternFill></fill><fill><patternFill patternType=\"solid\">"
                 "<fgColor rgb=\"FFFF0000\"/>"));
  CHECK(contains(styles, "<cellXfs count=\"7\">"));
  // The clone of format 2 keeps number format, font, border and its alignment.
  CHECK(contains(
      styles,
      "<xf numFmtId=\"164\" fontId=\"1\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
      "fillId=\"2\" applyFill=\"1\"><alignment horizontal=\"center\"/></xf>"));
  // Everything before the lists that grew is as it was.
  CHECK(styles.substr(0, styles.find("<fills")) == kStyles.substr(0, kStyles.find("<fills")));
  CHECK(contains(styles, "<cellStyles count=\"1\"><cellStyle name=\"Normal\""));

  std::string ws = entry_text(dir.file("out.xlsx"), "xl/worksheets/sheet1.xml");
  CHECK(contains(ws, "<c r=\"A1\" s=\"3\"><v>0.9668</v></c>"));
  CHECK(contains(ws, "<c r=\"B1\" s=\"4\"><v>5</v></c>"));
  CHECK(contains(ws, "<c r=\"C1\" s=\"5\"><v>7</v></c>"));
  CHECK(contains(ws, "<row r=\"2\"><c r=\"D2\" s=\"6\"/></row>"));

  // The reader applies the cloned number format as the original one.
  auto wb = Workbook::open_file(dir.file("out.xlsx"));
  auto cells = display_cells(*wb);
  CHECK(cells["A1"] == "96.68%");
  CHECK(cells["B1"] == "5");
  CHECK(wb->number_format(3) == "0.00%");
  CHECK(report.rewritten_parts.size() == 2);
}

TEST_CASE("style clone: bold copy of a font, missing lists created") {
  evalbook::xlsx::Limits limits;
  auto bold =
      evalbook::xlsx::clone_cell_formats(kStyles, "xl/styles.xml", {{1, "FFD9D9D9", true}}, limits);
  REQUIRE(bold.xf == std::vector<std::uint32_t>{3});
  // The font's own b val="0" gives way to <b/>.
  CHECK(contains(bold.xml, "<fonts count=\"3\">"));
  CHECK(contains(bold.xml, "<font><b/><sz val=\"10\"/><name val=\"宋体\"/></font></fonts>"));
  CHECK(contains(bold.xml, "fontId=\"2\" applyFont=\"1\" fillId=\"2\" applyFill=\"1\"/>"));

  auto bare = evalbook::xlsx::clone_cell_formats(
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts "
      "count=\"1\"><font/></fonts><borders count=\"1\"><border/></borders></styleSheet>",
      "xl/styles.xml", {{0, "FFFFFF00", false}, {0, "FFFFFF00", false}}, limits);
  // Identical requests share one format; the reserved fills and a default format come first.
  CHECK(bare.xf == std::vector<std::uint32_t>{1, 1});
  CHECK(contains(bare.xml,
                 "</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill>"
                 "<patternFill patternType=\"gray125\"/></fill><fill><patternFill "
                 "patternType=\"solid\">"));
  CHECK(contains(bare.xml,
                 "</borders><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" "
                 "fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"));
}

TEST_CASE("comments: a new comments part, its VML drawing, rels, types, <legacyDrawing>") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"3\"><c r=\"B3\"><v>1</v></c></row>",
                          "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
                          "header=\"0.3\" footer=\"0.3\"/><headerFooter/><extLst><ext "
                          "uri=\"{x}\"/></extLst>");
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.add_comment(0, CellRef{3, 2}, "复核规则 total_score：总分 = 1 + 2 = 3 & <ok>");
  patcher.add_comment(0, CellRef{1, 1}, "第二条");
  auto report = patcher.write(dir.file("out.xlsx"));
  CHECK(report.added_parts == std::vector<std::string>{"xl/comments1.xml",
                                                       "xl/drawings/vmlDrawing1.vml",
                                                       "xl/worksheets/_rels/sheet1.xml.rels"});

  std::string comments = entry_text(dir.file("out.xlsx"), "xl/comments1.xml");
  CHECK(contains(comments, "<authors><author>evalbook</author></authors>"));
  // Row order: A1 before B3.
  CHECK(comments.find("ref=\"A1\"") < comments.find("ref=\"B3\""));
  CHECK(contains(comments, "总分 = 1 + 2 = 3 &amp; &lt;ok&gt;"));

  std::string vml = entry_text(dir.file("out.xlsx"), "xl/drawings/vmlDrawing1.vml");
  CHECK(contains(vml, "<o:idmap v:ext=\"edit\" data=\"1\"/>"));
  CHECK(contains(vml, "_x0000_s1025"));
  CHECK(contains(vml, "_x0000_s1026"));
  CHECK(contains(vml, "<x:Row>2</x:Row><x:Column>1</x:Column>"));

  std::string rels = entry_text(dir.file("out.xlsx"), "xl/worksheets/_rels/sheet1.xml.rels");
  CHECK(contains(rels, "relationships/comments\" Target=\"../comments1.xml\""));
  CHECK(contains(rels,
                 "Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "relationships/vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\""));

  std::string ws = entry_text(dir.file("out.xlsx"), "xl/worksheets/sheet1.xml");
  // After headerFooter, before extLst; the root binds r already.
  CHECK(contains(ws, "<headerFooter/><legacyDrawing r:id=\"rId2\"/><extLst>"));
  // The cells are untouched.
  CHECK(contains(ws, "<sheetData><row r=\"3\"><c r=\"B3\"><v>1</v></c></row></sheetData>"));

  std::string types = entry_text(dir.file("out.xlsx"), "[Content_Types].xml");
  CHECK(contains(types,
                 "<Default Extension=\"vml\" "
                 "ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"));
  CHECK(contains(types,
                 "<Override PartName=\"/xl/comments1.xml\" "
                 "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                 "comments+xml\"/></Types>"));
  // Still a workbook the reader opens.
  auto wb = Workbook::open_file(dir.file("out.xlsx"));
  CHECK(display_cells(*wb)["B3"] == "1");
}

TEST_CASE("comments: added to a sheet that has notes; a noted cell's note is extended") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml =
      sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<legacyDrawing r:id=\"rId7\"/>");
  parts.extra_entries = {
      {"xl/worksheets/_rels/sheet1.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships/comments\" Target=\"../comments7.xml\"/>"
       "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships/vmlDrawing\" Target=\"../drawings/vmlDrawing7.vml\"/></Relationships>"},
      {"xl/comments7.xml",
       "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>"
       "<author>张三</author></authors><commentList><comment ref=\"A1\" "
       "authorId=\"0\"><text><t>原有"
       "</t></text></comment></commentList></comments>"},
      {"xl/drawings/vmlDrawing7.vml",
       "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:"
       "office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">"
       "<o:idmap v:ext=\"edit\" data=\"3\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\"/>"
       "<v:shape id=\"_x0000_s3073\" type=\"#_x0000_t202\"><x:ClientData ObjectType=\"Note\">"
       "<x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>"}};
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.add_comment(0, CellRef{1, 1}, "已更正");
  patcher.add_comment(0, CellRef{2, 2}, "新批注");
  auto report = patcher.write(dir.file("out.xlsx"));
  CHECK(report.added_parts.empty());
  CHECK(!has_entry(dir.file("out.xlsx"), "xl/comments1.xml"));

  std::string comments = entry_text(dir.file("out.xlsx"), "xl/comments7.xml");
  CHECK(contains(comments, "<author>张三</author><author>evalbook</author></authors>"));
  // The plain <t> became a run, the new text follows as another run.
  CHECK(contains(comments, "<comment ref=\"A1\" authorId=\"0\"><text><r><t>原有</t></r><r><rPr>"));
  CHECK(contains(comments, "\n已更正</t></r></text></comment><comment ref=\"B2\" authorId=\"1\">"));

  std::string vml = entry_text(dir.file("out.xlsx"), "xl/drawings/vmlDrawing7.vml");
  // One new box (B2), numbered after the drawing's own.
  CHECK(contains(vml, "_x0000_s3074"));
  CHECK(vml.find("_x0000_s3075") == std::string::npos);
  CHECK(contains(vml, "<x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>"));

  // The sheet needs no change: it has its <legacyDrawing>.
  auto in = ZipReader::open_file(dir.file("in.xlsx"));
  auto out = ZipReader::open_file(dir.file("out.xlsx"));
  CHECK(in->raw_compressed(*in->find("xl/worksheets/sheet1.xml")) ==
        out->raw_compressed(*out->find("xl/worksheets/sheet1.xml")));
  CHECK(in->raw_compressed(*in->find("xl/worksheets/_rels/sheet1.xml.rels")) ==
        out->raw_compressed(*out->find("xl/worksheets/_rels/sheet1.xml.rels")));
}

TEST_CASE("added sheet: listed, related, typed, frozen, filtered, linked") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  AddedSheet added;
  added.name = "表一";  // taken: becomes "表一 (2)"
  added.rows = {
      {AddedCell::of_text("工作表"), AddedCell::of_text("单元格"), AddedCell::of_text("值")},
      {AddedCell::of_text("表一"), AddedCell::of_text("A1", "'表一'!A1"),
       AddedCell::of_number(2.5)}};
  added.column_widths = {20, 8};
  patcher.add_sheet(added);
  auto report = patcher.write(dir.file("out.xlsx"));
  REQUIRE(report.added_sheets == std::vector<std::string>{"表一 (2)"});

  std::string workbook = entry_text(dir.file("out.xlsx"), "xl/workbook.xml");
  CHECK(contains(workbook, "<sheet name=\"表一 (2)\" sheetId=\"2\" r:id=\"rId3\"/></sheets>"));
  CHECK(contains(workbook,
                 "<definedNames><definedName name=\"_xlnm._FilterDatabase\" "
                 "localSheetId=\"1\" hidden=\"1\">'表一 (2)'!$A$1:$C$2</definedName>"
                 "</definedNames></workbook>"));
  std::string rels = entry_text(dir.file("out.xlsx"), "xl/_rels/workbook.xml.rels");
  CHECK(
      contains(rels,
               "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"));
  std::string types = entry_text(dir.file("out.xlsx"), "[Content_Types].xml");
  CHECK(contains(types, "<Override PartName=\"/xl/worksheets/sheet2.xml\""));
  // The header format needs styles: a styles part is made for a package without one.
  CHECK(has_entry(dir.file("out.xlsx"), "xl/styles.xml"));
  CHECK(contains(rels, "relationships/styles\" Target=\"styles.xml\"/>"));

  std::string ws = entry_text(dir.file("out.xlsx"), "xl/worksheets/sheet2.xml");
  CHECK(contains(
      ws, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
  CHECK(contains(ws, "<autoFilter ref=\"A1:C2\"/>"));
  CHECK(contains(ws, "<hyperlink ref=\"B2\" location=\"'表一'!A1\" display=\"A1\"/>"));
  CHECK(contains(ws, "<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"));

  auto wb = Workbook::open_file(dir.file("out.xlsx"));
  REQUIRE(wb->sheets().size() == 2);
  CHECK(wb->sheets()[1].name == "表一 (2)");
  auto cells = display_cells(*wb, 1);
  CHECK(cells["A1"] == "工作表");
  CHECK(cells["B2"] == "A1");
  CHECK(cells["C2"] == "2.5");

  REQUIRE_XLSX_ERROR(patcher.add_sheet(added_sheet("a/b")),
                     evalbook::xlsx::ErrorCode::bad_argument);
}

namespace {

evalbook::model::FormRecord form_with(const std::string& field, const std::string& raw,
                                      std::optional<double> number, CellRef cell) {
  evalbook::model::FormRecord form;
  form.sheet = "表一";
  evalbook::model::Scalar s;
  s.type = evalbook::model::ScalarType::number;
  s.raw = raw;
  s.number = number;
  s.cell = cell;
  form.record.set(field, evalbook::model::Node(s));
  return form;
}

evalbook::model::Finding finding(const std::string& rule, const std::string& field,
                                 const std::string& cell, const std::string& reported,
                                 const std::string& expected) {
  // The classes of templates/rules/classes.json for the codes used here.
  std::string rule_class = "arithmetic";
  if (rule.rfind("indicator_score_", 0) == 0) rule_class = "rule";
  if (rule == "indicator_weight_sum" || rule == "execution_weight") rule_class = "structure";
  return {rule, "error", field, "表一", cell, reported, expected, "公式", rule_class, {}};
}

const evalbook::report::FixPolicy kDefault{};
const evalbook::report::FixPolicy kApplyRules{true};

}  // namespace

TEST_CASE("corrector: the value in the cell's own units, and what is not correctable") {
  using evalbook::report::CellFacts;
  using evalbook::report::correction_value;
  auto rate = form_with("execution_rate", "94%", 0.94, CellRef{5, 3});
  CellFacts percent{true, false, 0.94, "94%", ""};
  auto v = correction_value(finding("execution_rate", "execution_rate", "C5", "94%", "96.68"), rate,
                            percent, kDefault);
  REQUIRE(v);
  CHECK(v->kind == CellValue::Kind::number);
  CHECK(v->number == 0.9668);  // the fraction a percent-formatted cell holds

  auto plain = form_with("execution_rate", "94.00", 0.94, CellRef{5, 3});
  CellFacts plain_cell{true, false, 94.0, "94.00", ""};
  v = correction_value(finding("execution_rate", "execution_rate", "C5", "94.00", "96.68"), plain,
                       plain_cell, kDefault);
  REQUIRE(v);
  CHECK(v->number == 96.68);  // percent units as written

  auto text = form_with("execution_rate", "94%", 0.94, CellRef{5, 3});
  CellFacts text_cell{true, true, std::nullopt, "94%", ""};
  v = correction_value(finding("execution_rate", "execution_rate", "C5", "94%", "96.68"), text,
                       text_cell, kDefault);
  REQUIRE(v);
  CHECK(v->kind == CellValue::Kind::text);
  CHECK(v->text == "96.68%");

  auto grade = form_with("grade", "优", std::nullopt, CellRef{9, 2});
  grade.record.set(
      "grade", evalbook::model::Node(evalbook::model::Scalar{
                   evalbook::model::ScalarType::text, "优", std::nullopt, false, CellRef{9, 2}}));
  v = correction_value(finding("grade", "grade", "B9", "优", "良"), grade,
                       CellFacts{true, true, {}, "优", ""}, kDefault);
  REQUIRE(v);
  CHECK(v->text == "良");

  auto score = form_with("total_score", "90", 90, CellRef{26, 7});
  CellFacts score_cell{true, false, 90.0, "90", ""};
  // Not correctable: a band, an excluded rule, a warning, another cell, prose.
  CHECK(!correction_value(
      finding("indicator_score_qualitative", "total_score", "G26", "90", "6 至小于 8"), score,
      score_cell, kDefault));
  CHECK(!correction_value(finding("indicator_weight_sum", "total_score", "G26", "90", "90"), score,
                          score_cell, kDefault));
  auto warning = finding("total_score", "total_score", "G26", "90", "98.67");
  warning.severity = "warning";
  CHECK(!correction_value(warning, score, score_cell, kDefault));
  CHECK(!correction_value(finding("total_score", "total_score", "G27", "90", "98.67"), score,
                          score_cell, kDefault));
  CHECK(!correction_value(finding("total_score", "total_score", "G26", "85", "98.67"), score,
                          score_cell, kDefault));
  auto prose = form_with("analysis", "总得分85.8分，良好", std::nullopt, CellRef{14, 2});
  CHECK(!correction_value(
      finding("narrative_score", "analysis", "B14", "总得分85.8分，良好", "82.80"), prose,
      CellFacts{true, true, {}, "总得分85.8分，良好", ""}, kDefault));
  v = correction_value(finding("total_score", "total_score", "G26", "90", "98.67"), score,
                       score_cell, kDefault);
  REQUIRE(v);
  CHECK(v->number == 98.67);

  // The class decides: a rule result only when asked, a 分值 never.
  auto rule_result = finding("indicator_score_quantitative", "total_score", "G26", "90", "86.67");
  CHECK(!correction_value(rule_result, score, score_cell, kDefault));
  v = correction_value(rule_result, score, score_cell, kApplyRules);
  REQUIRE(v);
  CHECK(v->number == 86.67);
  auto weight = finding("execution_weight", "total_score", "G26", "90", "10");
  CHECK(!correction_value(weight, score, score_cell, kApplyRules));
  auto judgement = finding("total_score", "total_score", "G26", "90", "86.67");
  judgement.rule_class = "judgement";
  CHECK(!correction_value(judgement, score, score_cell, kApplyRules));
  judgement.rule_class = "";  // a code no class names is never written
  CHECK(!correction_value(judgement, score, score_cell, kApplyRules));
}

TEST_CASE("corrector: corrections flow into the next pass until nothing is left") {
  using evalbook::report::CellFacts;
  using evalbook::report::Correction;
  auto form = form_with("score", "8", 8, CellRef{3, 8});
  evalbook::model::Scalar total{evalbook::model::ScalarType::number, "90", 90.0, false,
                                CellRef{10, 8}};
  form.record.set("total_score", evalbook::model::Node(total));
  form.findings = {finding("indicator_score_quantitative", "score", "H3", "8", "6.67")};
  int rechecks = 0;
  auto lookup = [](const std::string&, CellRef ref) {
    return ref.row == 3 ? CellFacts{true, false, 8.0, "8", ""}
                        : CellFacts{true, false, 90.0, "90", ""};
  };
  // Pass 1 corrects the score; the re-read then finds the total wrong; pass 2 corrects it.
  auto recheck = [&](const std::vector<Correction>& corrections) {
    ++rechecks;
    auto again = form;
    again.findings.clear();
    for (const auto& c : corrections) {
      auto& node = const_cast<evalbook::model::Node&>(*again.record.get(c.field));
      node.scalar().number = c.value.number;
      node.scalar().raw = evalbook::report::value_text(c.value);
    }
    if (corrections.size() == 1) {
      auto f = finding("total_score", "total_score", "H10", "90", "88.67");
      f.message = "总分 = 88.67，填报为 90";
      again.findings.push_back(f);
    }
    return std::vector<evalbook::model::FormRecord>{again};
  };
  auto plan = evalbook::report::plan_fix({form}, lookup, recheck, kApplyRules);
  CHECK(rechecks == 2);
  CHECK(plan.passes == 2);
  REQUIRE(plan.corrections.size() == 2);
  CHECK(plan.corrections[1].value.number == 88.67);
  CHECK(plan.remaining_errors.empty());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].corrected);
  CHECK(!plan.rows[0].raised_by_fix);
  CHECK(plan.rows[1].corrected);
  CHECK(plan.rows[1].raised_by_fix);
  CHECK(plan.rows[1].finding.reported == "90");
  // The note says what was there and what is there now, in words, without the rule code.
  const std::string note = evalbook::report::correction_note(plan.corrections[1]);
  CHECK(contains(note, "已将 90 更正为 88.67"));
  CHECK(!contains(note, "total_score"));
}

TEST_CASE("added sheet: the file properties list it after the other sheets") {
  // docProps/app.xml as Chinese Excel writes it: one sheet under 工作表, then a named range.
  auto app = [](const std::string& count, const std::string& size, const std::string& titles) {
    return "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
           "extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/docPropsVTypes\"><Application>Microsoft Excel</Application><HeadingPairs>"
           "<vt:vector size=\"4\" baseType=\"variant\"><vt:variant><vt:lpstr>工作表</vt:lpstr>"
           "</vt:variant><vt:variant><vt:i4>" +
           count +
           "</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant>"
           "<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
           "<vt:vector size=\"" +
           size + "\" baseType=\"lpstr\">" + titles + "</vt:vector></TitlesOfParts></Properties>";
  };
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  parts.app_xml = app("1", "2", "<vt:lpstr>表一</vt:lpstr><vt:lpstr>表一!Print_Area</vt:lpstr>");
  write_workbook(dir.file("in.xlsx"), parts);
  Patcher patcher(dir.file("in.xlsx"));
  patcher.add_sheet(added_sheet("校验结果 & <1>", {{AddedCell::of_text("说明")}}));
  patcher.write(dir.file("out.xlsx"));
  // Two sheets now, the new name (escaped) after 表一 and before the named range.
  CHECK(entry_text(dir.file("out.xlsx"), "docProps/app.xml") ==
        app("2", "3",
            "<vt:lpstr>表一</vt:lpstr><vt:lpstr>校验结果 &amp; &lt;1&gt;</vt:lpstr>"
            "<vt:lpstr>表一!Print_Area</vt:lpstr>"));

  // A list this does not recognise (the counts disagree) is left as it was.
  const std::string odd = app("1", "5", "<vt:lpstr>表一</vt:lpstr>");
  CHECK(evalbook::xlsx::with_sheet_titles(odd, "docProps/app.xml", {"新表"},
                                          evalbook::xlsx::default_limits()) == odd);
  const std::string none = "<Properties><Application>WPS 表格</Application></Properties>";
  CHECK(evalbook::xlsx::with_sheet_titles(none, "docProps/app.xml", {"新表"},
                                          evalbook::xlsx::default_limits()) == none);
}
