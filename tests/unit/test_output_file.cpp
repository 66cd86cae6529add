// The one output writer (xlsx/output_file.h) and the input-identity check (xlsx/file_identity.h).
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "xlsx/errors.h"
#include "xlsx/file_identity.h"
#include "xlsx/output_file.h"

namespace fs = std::filesystem;
using evalbook::test::TempDir;
using evalbook::xlsx::ErrorCode;
using evalbook::xlsx::OutputFile;
using evalbook::xlsx::ScratchFile;
using evalbook::xlsx::XlsxError;

namespace {

void put(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

std::size_t entries_in(const std::string& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

ErrorCode code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const XlsxError& e) {
    return e.code();
  }
  FAIL("no XlsxError thrown");
  return ErrorCode::io_error;
}

}  // namespace

TEST_CASE("output file: the target changes only at commit, from a unique file in its folder",
          "[output]") {
  TempDir dir;
  const std::string target = dir.file("out.json");
  put(target, "old");
  OutputFile a(target);
  OutputFile b(target);
  CHECK(a.temp_path() != b.temp_path());
  CHECK(fs::path(a.temp_path()).parent_path() == fs::path(target).parent_path());
  a.write("new");
  CHECK(evalbook::test::read_file_bytes(target) == "old");
  a.commit();
  CHECK(evalbook::test::read_file_bytes(target) == "new");
  CHECK(a.temp_path().empty());
  CHECK(entries_in(dir.file("")) == 2);  // the target and b's temporary file
}

TEST_CASE("output file: abandoned or failed, it leaves no file and the target as it was",
          "[output]") {
  TempDir dir;
  const std::string target = dir.file("out.xlsx");
  put(target, "old");
  std::string temp;
  {
    OutputFile out(target);
    temp = out.temp_path();
    out.write("half");
    CHECK(fs::exists(temp));
  }
  CHECK_FALSE(fs::exists(temp));
  CHECK(evalbook::test::read_file_bytes(target) == "old");
  CHECK(entries_in(dir.file("")) == 1);
  // A missing folder: io_error naming the target, nothing created.
  CHECK(code_of([&] { OutputFile bad(dir.file("missing/out.xlsx")); }) == ErrorCode::io_error);
  CHECK(entries_in(dir.file("")) == 1);
}

TEST_CASE("output file: a symbolic link at a fixed temporary name is never followed", "[output]") {
  TempDir dir;
  const std::string victim = dir.file("victim.txt");
  put(victim, "precious");
  fs::create_symlink(victim, dir.file("out.json.tmp"));
  OutputFile out(dir.file("out.json"));
  out.write("{}");
  out.commit();
  CHECK(evalbook::test::read_file_bytes(victim) == "precious");
  CHECK(evalbook::test::read_file_bytes(dir.file("out.json")) == "{}");
  CHECK(fs::is_symlink(dir.file("out.json.tmp")));
  CHECK_FALSE(fs::is_symlink(dir.file("out.json")));
}

TEST_CASE("output file: a replaced file keeps its mode; a read-only one is refused", "[output]") {
  TempDir dir;
  const std::string target = dir.file("kept.xlsx");
  put(target, "old");
  ::chmod(target.c_str(), 0640);
  {
    OutputFile out(target);
    out.write("new");
    out.commit();
  }
  CHECK(mode_of(target) == 0640);
  CHECK(evalbook::test::read_file_bytes(target) == "new");

  const std::string locked = dir.file("locked.xlsx");
  put(locked, "old");
  ::chmod(locked.c_str(), 0444);
  CHECK(code_of([&] { OutputFile out(locked); }) == ErrorCode::io_error);
  CHECK(mode_of(locked) == 0444);
  CHECK(evalbook::test::read_file_bytes(locked) == "old");
  CHECK(entries_in(dir.file("")) == 2);

  // A new file gets 0666 less the umask, not mkstemp's 0600.
  const mode_t mask = ::umask(022);
  {
    OutputFile out(dir.file("new.xlsx"));
    out.commit();
  }
  ::umask(mask);
  CHECK(mode_of(dir.file("new.xlsx")) == 0644);
}

TEST_CASE("output file: a target that is a symbolic link replaces the file it points to",
          "[output]") {
  TempDir dir;
  put(dir.file("real.xlsx"), "old");
  fs::create_symlink("real.xlsx", dir.file("link.xlsx"));
  OutputFile out(dir.file("link.xlsx"));
  out.write("new");
  out.commit();
  CHECK(fs::is_symlink(dir.file("link.xlsx")));
  CHECK(evalbook::test::read_file_bytes(dir.file("real.xlsx")) == "new");
}

TEST_CASE("scratch file: unique, beside its neighbour, removed with its owner", "[output]") {
  TempDir dir;
  std::string path;
  {
    ScratchFile a(dir.file("s.xlsx"));
    ScratchFile b(dir.file("s.xlsx"));
    path = a.path();
    CHECK(a.path() != b.path());
    CHECK(fs::exists(a.path()));
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(entries_in(dir.file("")) == 0);
}

TEST_CASE("file identity: the same file under other names is caught", "[output]") {
  TempDir dir;
  const std::string a = dir.file("a.xlsx");
  put(a, "x");
  put(dir.file("b.xlsx"), "x");  // same bytes, another file
  fs::create_hard_link(a, dir.file("hard.xlsx"));
  fs::create_symlink(a, dir.file("soft.xlsx"));
  fs::create_directory(dir.file("sub"));
  const std::string dotted = dir.file("sub/../././a.xlsx");
  using evalbook::xlsx::refuse_output_among_inputs;
  using evalbook::xlsx::same_file;
  CHECK(same_file(a, dir.file("hard.xlsx")));
  CHECK(same_file(a, dir.file("soft.xlsx")));
  CHECK(same_file(a, dotted));
  CHECK_FALSE(same_file(a, dir.file("b.xlsx")));
  CHECK_FALSE(same_file(a, dir.file("missing.xlsx")));
  for (const auto& output : {dir.file("hard.xlsx"), dir.file("soft.xlsx"), dotted}) {
    CHECK(code_of([&] {
            refuse_output_among_inputs(output, {dir.file("b.xlsx"), a});
          }) == ErrorCode::bad_argument);
  }
  CHECK_NOTHROW(refuse_output_among_inputs(dir.file("b.xlsx"), {a}));
  CHECK_NOTHROW(refuse_output_among_inputs(dir.file("new.xlsx"), {a}));
}

TEST_CASE("output file: more files at once than the signal table holds are still removed",
          "[output]") {
  TempDir dir;
  {
    std::vector<std::unique_ptr<OutputFile>> many;
    for (int i = 0; i < 70; ++i) many.push_back(std::make_unique<OutputFile>(dir.file("o.xlsx")));
    CHECK(entries_in(dir.file("")) == 70);
  }
  CHECK(entries_in(dir.file("")) == 0);
}
