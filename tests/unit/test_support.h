// Helpers shared by the unit tests: temporary directories, small workbooks built from XML parts,
// and reading a sheet back as a map of display texts.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The parts of a one-sheet workbook; sheet_xml is the whole worksheet part.
struct WorkbookParts {
  std::string sheet_xml;
  std::string styles_xml;          // empty: no styles part
  std::string shared_strings_xml;  // empty: no shared strings part
  std::string workbook_pr;         // e.g. "<workbookPr date1904=\"1\"/>"
  std::string app_xml;             // empty: no docProps/app.xml
  std::vector<std::pair<std::string, std::string>> extra_entries;
};

// Writes the workbook to `path` with ZipWriter.
void write_workbook(const std::string& path, const WorkbookParts& parts);

// "<worksheet xmlns=...><sheetData>ROWS</sheetData>TAIL</worksheet>"
std::string sheet(const std::string& rows, const std::string& tail = {});

// cell name -> display text for every non-empty cell of sheet `index`.
std::map<std::string, std::string> display_cells(const xlsx::Workbook& workbook,
                                                 std::size_t index = 0);

class HasCode : public Catch::MatcherBase<xlsx::XlsxError> {
 public:
  explicit HasCode(xlsx::ErrorCode code) : code_(code) {}
  bool match(const xlsx::XlsxError& e) const override { return e.code() == code_; }
  std::string describe() const override {
    return "has code " + std::string(xlsx::error_code_name(code_));
  }

 private:
  xlsx::ErrorCode code_;
};

std::string source_path(const std::string& relative);

// The whole file's bytes ("" if it cannot be opened: the caller's CHECK then says so).
std::string read_file_bytes(const std::string& path);

}  // namespace evalbook::test

#define REQUIRE_XLSX_ERROR(expr, code) \
  REQUIRE_THROWS_MATCHES(expr, evalbook::xlsx::XlsxError, evalbook::test::HasCode(code))
