#include "test_support.h"

#include <stdlib.h>

#include <fstream>
#include <sstream>

#include "xlsx/zip_writer.h"

namespace evalbook::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "evalbook_test_XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string source_path(const std::string& relative) {
  return std::string(EVALBOOK_SOURCE_DIR) + "/" + relative;
}

std::string sheet(const std::string& rows, const std::string& tail) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheetData>" +
         rows + "</sheetData>" + tail + "</worksheet>";
}

void write_workbook(const std::string& path, const WorkbookParts& parts) {
  const std::string ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string types =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      "</Types>";
  std::string root_rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      ns + "/officeDocument\" Target=\"xl/workbook.xml\"/>";
  if (!parts.app_xml.empty())
    root_rels += "<Relationship Id=\"rId2\" Type=\"" + ns +
                 "/extended-properties\" Target=\"docProps/app.xml\"/>";
  root_rels += "</Relationships>";
  std::string workbook =
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"" +
      ns + "\">" + parts.workbook_pr +
      "<sheets><sheet name=\"表一\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      ns + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  if (!parts.styles_xml.empty())
    rels += "<Relationship Id=\"rId2\" Type=\"" + ns + "/styles\" Target=\"styles.xml\"/>";
  if (!parts.shared_strings_xml.empty())
    rels += "<Relationship Id=\"rId3\" Type=\"" + ns +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  rels += "</Relationships>";

  xlsx::ZipWriter writer(path);
  writer.add_entry("[Content_Types].xml", types);
  writer.add_entry("_rels/.rels", root_rels);
  writer.add_entry("xl/workbook.xml", workbook);
  writer.add_entry("xl/_rels/workbook.xml.rels", rels);
  writer.add_entry("xl/worksheets/sheet1.xml", parts.sheet_xml);
  if (!parts.styles_xml.empty()) writer.add_entry("xl/styles.xml", parts.styles_xml);
  if (!parts.shared_strings_xml.empty())
    writer.add_entry("xl/sharedStrings.xml", parts.shared_strings_xml);
  if (!parts.app_xml.empty()) writer.add_entry("docProps/app.xml", parts.app_xml);
  for (const auto& [name, data] : parts.extra_entries) writer.add_entry(name, data);
  writer.commit();
}

namespace {
class CollectingVisitor : public xlsx::CellVisitor {
 public:
  explicit CollectingVisitor(const xlsx::Workbook& wb) : wb_(wb) {}
  void on_cell(const xlsx::Cell& cell) override {
    std::string text = wb_.display_text(cell);
    if (!text.empty()) cells[xlsx::cell_name(cell.ref)] = text;
  }
  std::map<std::string, std::string> cells;

 private:
  const xlsx::Workbook& wb_;
};
}  // namespace

std::map<std::string, std::string> display_cells(const xlsx::Workbook& workbook,
                                                 std::size_t index) {
  CollectingVisitor visitor(workbook);
  workbook.read_sheet(index, visitor);
  return visitor.cells;
}

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace evalbook::test
