#include "app/workbook_fix.h"

#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <system_error>

#include "report/result_sheet.h"
#include "xlsx/added_sheet.h"
#include "xlsx/errors.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace evalbook::app {

namespace {

namespace fs = std::filesystem;

// A private temporary directory, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "evalbook-fix-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      throw xlsx::XlsxError(xlsx::ErrorCode::io_error, "无法创建临时目录");
    }
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

// The sheet an earlier run of fix added (its A1 carries the marker), if any.
std::optional<std::size_t> earlier_result_sheet(const xlsx::Workbook& workbook,
                                                const report::CellLookup& cells) {
  const auto& sheets = workbook.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name.rfind(report::kResultSheetName, 0) != 0) continue;
    if (report::is_result_sheet(cells(sheets[i].name, xlsx::CellRef{1, 1}).display)) return i;
  }
  return std::nullopt;
}

}  // namespace

FixResult plan_workbook_fix(const AppContext& context, const std::string& input,
                            const report::FixPolicy& policy, const tmpl::TemplateSpec* forced) {
  FixResult result;
  // Opened once: the check keeps the sheets' XML, and the recheck passes and the written fix
  // patch from it without inflating or tokenizing the sheets again.
  std::shared_ptr<const xlsx::Workbook> workbook;
  result.read = check_workbook(context, input, kFixKeptSheetBytes, workbook, forced);
  if (!result.read.error_code.empty()) return result;
  if (!workbook) {  // a defect if it happens: the check read it, so it was opened
    throw xlsx::XlsxError(xlsx::ErrorCode::internal_error, "工作簿已读取却没有保留");
  }
  ScratchDir scratch;
  int pass_files = 0;
  report::Recheck recheck = [&](const std::vector<report::Correction>& corrections) {
    xlsx::Patcher patcher(input, workbook);
    for (const auto& c : corrections)
      patcher.set_cell(patcher.sheet_index(c.sheet), c.cell, c.value);
    std::string path = scratch.file(fmt::format("pass{}.xlsx", ++pass_files));
    // Read back and removed here, never shown to anyone: not worth a sync to disk.
    patcher.write(path, xlsx::Durability{.sync = false});
    FileResult again = check_workbook(context, path, forced);
    if (!again.error_code.empty()) {
      throw xlsx::XlsxError(xlsx::ErrorCode::io_error,
                            fmt::format("更正后的工作簿无法复核：{}", again.error_message));
    }
    return std::move(again.forms);
  };
  report::CellLookup cells = report::workbook_cells(*workbook);
  result.plan = report::plan_fix(result.read.forms, cells, recheck, policy);
  result.plan.earlier_result_sheet = earlier_result_sheet(*workbook, cells);
  result.workbook = workbook;
  return result;
}

namespace {

void apply_plan(xlsx::Patcher& patcher, const report::FixPlan& plan) {
  for (const auto& c : plan.corrections) {
    std::size_t sheet = patcher.sheet_index(c.sheet);
    patcher.set_cell(sheet, c.cell, c.value);
    patcher.highlight_cell(sheet, c.cell, report::kCorrectedFill);
    patcher.add_comment(sheet, c.cell, report::correction_note(c));
  }
  for (const auto& mark : report::finding_marks(plan)) {
    std::size_t sheet = patcher.sheet_index(mark.sheet);
    patcher.highlight_cell(sheet, mark.cell, mark.fill);
    patcher.add_comment(sheet, mark.cell, mark.note);
  }
  // A 校验结果 sheet of an earlier run is replaced, not joined by a second one.
  if (plan.earlier_result_sheet) {
    patcher.replace_sheet(*plan.earlier_result_sheet, report::result_sheet(plan));
  } else {
    patcher.add_sheet(report::result_sheet(plan));
  }
}

std::unique_ptr<xlsx::Patcher> patcher_for(const std::string& input,
                                           std::shared_ptr<const xlsx::Workbook> opened) {
  if (opened) return std::make_unique<xlsx::Patcher>(input, std::move(opened));
  return std::make_unique<xlsx::Patcher>(input);
}

}  // namespace

void write_fixed_workbook(const std::string& input, const report::FixPlan& plan,
                          const std::string& output, std::shared_ptr<const xlsx::Workbook> opened) {
  auto patcher = patcher_for(input, std::move(opened));
  apply_plan(*patcher, plan);
  patcher->write(output);
}

void write_fixed_workbook_over_input(const std::string& input, const report::FixPlan& plan,
                                     std::shared_ptr<const xlsx::Workbook> opened) {
  auto patcher = patcher_for(input, std::move(opened));
  apply_plan(*patcher, plan);
  patcher->write_over_input();
}

FixResult fix_workbook(const AppContext& context, const std::string& input,
                       const std::string& output, const report::FixPolicy& policy,
                       const tmpl::TemplateSpec* forced) {
  FixResult result = plan_workbook_fix(context, input, policy, forced);
  if (result.read.error_code.empty())
    write_fixed_workbook(input, result.plan, output, result.workbook);
  return result;
}

}  // namespace evalbook::app
