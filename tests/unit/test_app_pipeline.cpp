// The pipeline as a library (src/app): one context shared by many threads, named errors for
// unreadable bytes, and fix_workbook writing a corrected copy.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "app/app_context.h"
#include "app/workbook_check.h"
#include "app/workbook_fix.h"
#include "base/error_code.h"
#include "base/severity.h"
#include "test_support.h"

namespace {

using evalbook::app::AppContext;
namespace fs = std::filesystem;

const AppContext& shared_context() {
  static const AppContext context(EVALBOOK_SOURCE_DIR "/templates");
  return context;
}

std::string sample_path(const std::string& prefix) {
  for (const auto& e : fs::directory_iterator(EVALBOOK_SOURCE_DIR "/samples")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  }
  FAIL("no sample " << prefix);
  return {};
}

// Everything a check reports, as one text, to compare runs.
std::string fingerprint(const evalbook::app::FileResult& r) {
  std::string out = r.error_code;
  for (const auto& form : r.forms) {
    out += "|" + form.sheet + "/" + form.template_id;
    for (const auto& f : form.findings) out += ";" + f.cell + " " + f.rule + " " + f.message;
  }
  return out;
}

const evalbook::model::Finding* finding_at(const evalbook::app::FileResult& r,
                                           const std::string& rule) {
  for (const auto& form : r.forms)
    for (const auto& f : form.findings)
      if (f.rule == rule) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("app: error codes of every layer have names, hints and round-trip", "[app]") {
  using evalbook::ErrorCode;
  for (int c = 0; c <= static_cast<int>(evalbook::kLastErrorCode); ++c) {
    const auto code = static_cast<ErrorCode>(c);
    CHECK(!evalbook::error_code_hint(code).empty());
    CHECK(evalbook::error_code_from_name(evalbook::error_code_name(code)) == code);
  }
  CHECK(evalbook::error_code_name(ErrorCode::unknown_template) == "unknown_template");
  CHECK_FALSE(evalbook::error_code_from_name("no_such_code").has_value());
  CHECK(evalbook::severity_from_name("warning") == evalbook::Severity::warning);
  CHECK(evalbook::severity_name(evalbook::Severity::error) == "error");
  CHECK_FALSE(evalbook::severity_from_name("Error").has_value());
}

TEST_CASE("app: one context checks the samples from four threads as it does from one", "[app]") {
  const AppContext& context = shared_context();
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(EVALBOOK_SOURCE_DIR "/samples")) {
    if (e.path().extension() == ".xlsx") files.push_back(e.path().string());
  }
  REQUIRE(files.size() >= 10);
  std::vector<std::string> alone;
  for (const auto& f : files)
    alone.push_back(fingerprint(evalbook::app::check_workbook(context, f)));

  std::vector<std::vector<std::string>> together(4, std::vector<std::string>(files.size()));
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        // Each thread walks the list from a different start, so different files overlap.
        for (std::size_t k = 0; k < files.size(); ++k) {
          const std::size_t i = (k + t * 7) % files.size();
          together[t][i] = fingerprint(evalbook::app::check_workbook(context, files[i]));
        }
      });
    }
  }
  for (const auto& run : together) CHECK(run == alone);
}

TEST_CASE("app: bytes that are no workbook come back with their named error", "[app]") {
  const AppContext& context = shared_context();
  auto empty = evalbook::app::check_workbook_bytes(context, "空.xlsx", "");
  CHECK(empty.error_code == "empty_file");
  CHECK(empty.file == "空.xlsx");
  CHECK(empty.forms.empty());
  const std::string exe = std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + std::string(200, 'x');
  CHECK(evalbook::app::check_workbook_bytes(context, "a.xlsx", exe).error_code == "not_zip");
}

TEST_CASE("app: fix_workbook corrects an arithmetic slip and the copy checks clean", "[app]") {
  const AppContext& context = shared_context();
  const std::string input = sample_path("002_project_招商引资工作经费");
  evalbook::test::TempDir dir;
  const std::string output = dir.file("fixed.xlsx");
  auto fixed = evalbook::app::fix_workbook(context, input, output, evalbook::report::FixPolicy{});
  REQUIRE(fixed.read.error_code.empty());
  // 引进企业质量: target 不少于10家, actual 18: 完成进度 = 18 ÷ 10 = 180%; the form says 118% in
  // F23.
  const auto* before = finding_at(fixed.read, "completion_progress");
  REQUIRE(before);
  CHECK(before->cell == "F23");
  CHECK(before->rule_class == "arithmetic");

  auto again = evalbook::app::check_workbook(context, output);
  REQUIRE(again.error_code.empty());
  CHECK(finding_at(again, "completion_progress") == nullptr);
  auto workbook = evalbook::xlsx::Workbook::open_file(output);
  const auto cells = evalbook::test::display_cells(*workbook, 0);
  CHECK(cells.at("F23") == "180%");
  bool has_result_sheet = false;
  for (const auto& s : workbook->sheets()) has_result_sheet |= s.name == "校验结果";
  CHECK(has_result_sheet);
}

TEST_CASE("app: fix_workbook leaves a total on a 分值 scheme that does not add up", "[app]") {
  const AppContext& context = shared_context();
  const std::string input = sample_path("004_project_04_");
  evalbook::test::TempDir dir;
  const std::string output = dir.file("fixed.xlsx");
  auto fixed =
      evalbook::app::fix_workbook(context, input, output, evalbook::report::FixPolicy{true});
  REQUIRE(fixed.read.error_code.empty());
  // 分值 10 + (10+10+5+5+10+10+5+10+5+5+10 = 85) = 95, not 100: the 分值 error is left to a
  // person and the 总分 95 (G21) is not rewritten to 10 + 80 = 90, even with --apply-rules.
  CHECK(finding_at(fixed.read, "total_score") == nullptr);
  const auto* weights = finding_at(fixed.read, "indicator_weight_sum");
  REQUIRE(weights);
  CHECK(weights->rule_class == "structure");
  CHECK(fixed.plan.corrections.empty());
  auto workbook = evalbook::xlsx::Workbook::open_file(output);
  const auto cells = evalbook::test::display_cells(*workbook, 0);
  CHECK(cells.at("G21") == "95");
}
