// fix reads its input once: the check keeps the sheets' XML, and the corrected workbook written
// from it is byte for byte the one a fresh open of the input (every sheet inflated and
// tokenized again) writes, on every sample.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app_context.h"
#include "app/workbook_fix.h"
#include "test_support.h"
#include "xlsx/retained_sheet.h"
#include "xlsx/workbook.h"

namespace {

namespace fs = std::filesystem;

}  // namespace

TEST_CASE("fix once: the kept sheets write what a fresh read writes, on every sample", "[app]") {
  static const evalbook::app::AppContext context(EVALBOOK_SOURCE_DIR "/templates");
  evalbook::test::TempDir dir;
  int samples = 0, corrected = 0;
  for (const auto& e : fs::directory_iterator(EVALBOOK_SOURCE_DIR "/samples")) {
    if (e.path().extension() != ".xlsx") continue;
    const std::string input = e.path().string();
    INFO(input);
    auto fixed = evalbook::app::plan_workbook_fix(context, input, {});
    REQUIRE(fixed.read.error_code.empty());
    REQUIRE(fixed.workbook);
    for (std::size_t i = 0; i < fixed.workbook->sheets().size(); ++i) {
      auto kept = fixed.workbook->retained_sheet(i);
      REQUIRE(kept);  // the check read every sheet and kept it (forms are far below the limit)
      CHECK(kept->spliceable);  // Excel and WPS number every row
    }
    evalbook::app::write_fixed_workbook(input, fixed.plan, dir.file("kept.xlsx"), fixed.workbook);
    // Opened afresh and never kept: the patch inflates and tokenizes every touched sheet.
    std::shared_ptr<const evalbook::xlsx::Workbook> fresh =
        evalbook::xlsx::Workbook::open_file(input);
    evalbook::app::write_fixed_workbook(input, fixed.plan, dir.file("fresh.xlsx"), fresh);
    REQUIRE(fresh->retained_sheet(0) == nullptr);
    CHECK(evalbook::test::read_file_bytes(dir.file("kept.xlsx")) ==
          evalbook::test::read_file_bytes(dir.file("fresh.xlsx")));
    ++samples;
    if (!fixed.plan.corrections.empty()) ++corrected;
  }
  CHECK(samples >= 20);
  CHECK(corrected > 0);  // some sample has a slip fix corrects, so the spliced rows are exercised
}
