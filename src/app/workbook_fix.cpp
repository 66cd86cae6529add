#include "app/workbook_fix.h"

#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <system_error>

#include "xlsx/added_sheet.h"
#include "xlsx/errors.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace evalbook::app {

namespace {

namespace fs = std::filesystem;

constexpr const char* kResultSheet = "校验结果";
constexpr const char* kHighlight = "FFFFFF00";

// A private temporary directory, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "evalbook-fix-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      throw xlsx::XlsxError(xlsx::ErrorCode::io_error,
                            "无法创建临时目录 / cannot create a temporary directory");
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

xlsx::AddedSheet result_sheet(const report::FixPlan& plan) {
  xlsx::AddedSheet sheet;
  sheet.name = kResultSheet;
  sheet.column_widths = {22, 9, 30, 7, 14, 14, 110};
  sheet.rows.push_back({});
  for (const char* title : {"工作表", "单元格", "规则", "级别", "填报值", "复核值", "说明"})
    sheet.rows.back().push_back(xlsx::AddedCell::of_text(title));
  for (const auto& row : plan.rows) {
    const model::Finding& f = row.finding;
    std::string note = f.message;
    if (row.corrected) {
      note = "【已更正】" + note;
    } else if (f.severity == "error") {
      note = "【需人工核对】" + note;
    }
    if (row.raised_by_fix && !row.corrected) note = "【更正后复核】" + note;
    std::string link =
        f.cell.empty() ? std::string() : xlsx::quoted_sheet_name(f.sheet) + "!" + f.cell;
    sheet.rows.push_back({xlsx::AddedCell::of_text(f.sheet), xlsx::AddedCell::of_text(f.cell, link),
                          xlsx::AddedCell::of_text(f.rule),
                          xlsx::AddedCell::of_text(report::severity_label(f.severity)),
                          xlsx::AddedCell::of_text(f.reported),
                          xlsx::AddedCell::of_text(f.expected), xlsx::AddedCell::of_text(note)});
  }
  return sheet;
}

}  // namespace

FixResult plan_workbook_fix(const AppContext& context, const std::string& input,
                            const report::FixPolicy& policy, const tmpl::TemplateSpec* forced) {
  FixResult result;
  result.read = check_workbook(context, input, forced);
  if (!result.read.error_code.empty()) return result;
  auto workbook = xlsx::Workbook::open_file(input);
  ScratchDir scratch;
  int pass_files = 0;
  report::Recheck recheck = [&](const std::vector<report::Correction>& corrections) {
    xlsx::Patcher patcher(input);
    for (const auto& c : corrections)
      patcher.set_cell(patcher.sheet_index(c.sheet), c.cell, c.value);
    std::string path = scratch.file(fmt::format("pass{}.xlsx", ++pass_files));
    patcher.write(path);
    FileResult again = check_workbook(context, path, forced);
    if (!again.error_code.empty()) {
      throw xlsx::XlsxError(
          xlsx::ErrorCode::io_error,
          fmt::format("更正后的工作簿无法复核：{} / the corrected workbook could not "
                      "be re-read",
                      again.error_message));
    }
    return std::move(again.forms);
  };
  result.plan =
      report::plan_fix(result.read.forms, report::workbook_cells(*workbook), recheck, policy);
  return result;
}

namespace {

void apply_plan(xlsx::Patcher& patcher, const report::FixPlan& plan) {
  for (const auto& c : plan.corrections) {
    std::size_t sheet = patcher.sheet_index(c.sheet);
    patcher.set_cell(sheet, c.cell, c.value);
    patcher.highlight_cell(sheet, c.cell, kHighlight);
    patcher.add_comment(sheet, c.cell, report::correction_note(c));
  }
  patcher.add_sheet(result_sheet(plan));
}

}  // namespace

void write_fixed_workbook(const std::string& input, const report::FixPlan& plan,
                          const std::string& output) {
  xlsx::Patcher patcher(input);
  apply_plan(patcher, plan);
  patcher.write(output);
}

void write_fixed_workbook_over_input(const std::string& input, const report::FixPlan& plan) {
  xlsx::Patcher patcher(input);
  apply_plan(patcher, plan);
  patcher.write_over_input();
}

FixResult fix_workbook(const AppContext& context, const std::string& input,
                       const std::string& output, const report::FixPolicy& policy,
                       const tmpl::TemplateSpec* forced) {
  FixResult result = plan_workbook_fix(context, input, policy, forced);
  if (result.read.error_code.empty()) write_fixed_workbook(input, result.plan, output);
  return result;
}

}  // namespace evalbook::app
