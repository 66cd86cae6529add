// Outputs committed as a batch (xlsx::CommitBatch): none is at its target before the batch
// commits, all are after, and a batch dropped uncommitted leaves no file behind.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "test_support.h"
#include "xlsx/output_file.h"
#include "xlsx/patcher.h"
#include "xlsx/zip_writer.h"

using evalbook::test::sheet;
using evalbook::test::TempDir;
using evalbook::test::WorkbookParts;
using evalbook::test::write_workbook;
using evalbook::xlsx::CommitBatch;
using evalbook::xlsx::Durability;
using evalbook::xlsx::OutputFile;

namespace {

namespace fs = std::filesystem;

std::size_t files_in(const std::string& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(folder)) ++n;
  return n;
}

std::unique_ptr<OutputFile> written(const std::string& target, const std::string& text) {
  auto file = std::make_unique<OutputFile>(target);
  file->write(text);
  return file;
}

}  // namespace

TEST_CASE("commit batch: nothing at its target before commit, everything after") {
  TempDir dir;
  fs::create_directory(dir.file("out"));
  CommitBatch batch;
  for (int i = 0; i < 3; ++i)
    batch.adopt(
        written(dir.file("out/f" + std::to_string(i) + ".txt"), "内容" + std::to_string(i)));
  CHECK_FALSE(fs::exists(dir.file("out/f0.txt")));
  CHECK(files_in(dir.file("out")) == 3);  // the three temporary files
  batch.commit();
  for (int i = 0; i < 3; ++i)
    CHECK(evalbook::test::read_file_bytes(dir.file("out/f" + std::to_string(i) + ".txt")) ==
          "内容" + std::to_string(i));
  CHECK(files_in(dir.file("out")) == 3);  // renamed: no temporary file left
}

TEST_CASE("commit batch: dropped uncommitted, it removes its temporary files") {
  TempDir dir;
  fs::create_directory(dir.file("out"));
  {
    CommitBatch batch;
    batch.adopt(written(dir.file("out/a.txt"), "a"));
    batch.adopt(written(dir.file("out/b.txt"), "b"));
  }
  CHECK(files_in(dir.file("out")) == 0);
}

TEST_CASE("commit batch: full at kMaxFiles, it commits by itself") {
  TempDir dir;
  fs::create_directory(dir.file("out"));
  CommitBatch batch;
  for (std::size_t i = 0; i < CommitBatch::kMaxFiles; ++i)
    batch.adopt(written(dir.file("out/f" + std::to_string(i)), "x"));
  CHECK(fs::exists(dir.file("out/f0")));
  CHECK(fs::exists(dir.file("out/f" + std::to_string(CommitBatch::kMaxFiles - 1))));
  batch.adopt(written(dir.file("out/last"), "y"));
  CHECK_FALSE(fs::exists(dir.file("out/last")));
  batch.commit();
  CHECK(evalbook::test::read_file_bytes(dir.file("out/last")) == "y");
}

TEST_CASE("commit batch: a patched workbook waits in the batch like any output") {
  TempDir dir;
  WorkbookParts parts;
  parts.sheet_xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  write_workbook(dir.file("in.xlsx"), parts);
  CommitBatch batch;
  evalbook::xlsx::Patcher patcher(dir.file("in.xlsx"));
  patcher.set_cell(0, {1, 1}, evalbook::xlsx::CellValue::of_number(2));
  patcher.write(dir.file("batched.xlsx"), Durability{.batch = &batch});
  CHECK_FALSE(fs::exists(dir.file("batched.xlsx")));
  batch.commit();
  // The same bytes as a patch committed on its own, and as one written unsynced.
  patcher.write(dir.file("alone.xlsx"));
  patcher.write(dir.file("unsynced.xlsx"), Durability{.sync = false});
  CHECK(evalbook::test::read_file_bytes(dir.file("batched.xlsx")) ==
        evalbook::test::read_file_bytes(dir.file("alone.xlsx")));
  CHECK(evalbook::test::read_file_bytes(dir.file("unsynced.xlsx")) ==
        evalbook::test::read_file_bytes(dir.file("alone.xlsx")));
}
