// evalbook fix FILE -o OUT.xlsx [--in-place] [--apply-rules] [--template ID]: the workbook with
// every arithmetic slip corrected in place (rule results too with --apply-rules;
// docs/RULES-ONE-TRUTH.md), every finding marked on its cell, plus a sheet 校验结果 listing every
// finding (CLI-CONTRACT.md "fix"). The input is never changed;
// --in-place replaces it only once the new file is complete, keeping the original as FILE.bak.
#include <fmt/format.h>

#include <filesystem>
#include <system_error>

#include "app/input_collector.h"
#include "app/workbook_fix.h"
#include "base/system_message.h"
#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "cli/legacy_input.h"
#include "xlsx/errors.h"
#include "xlsx/file_identity.h"
#include "xlsx/legacy_conversion.h"
#include "xlsx/patcher.h"

namespace evalbook::cli {

namespace {

namespace fs = std::filesystem;

// FILE.bak, or FILE.bak.1, .2... when a backup of an earlier run is there: never overwritten.
std::string backup_name(const std::string& input) {
  std::string name = input + ".bak";
  for (int n = 1; fs::exists(name); ++n) name = fmt::format("{}.bak.{}", input, n);
  return name;
}

int fix_file(const std::string& input, const std::string& output, bool in_place,
             const report::FixPolicy& policy, const app::AppContext& context,
             const tmpl::TemplateSpec* forced) {
  app::FixResult fixed = app::plan_workbook_fix(context, input, policy, forced);
  const FileResult& read = fixed.read;
  if (!read.error_code.empty()) {
    report_error(input, read.error_code, read.error_message);
    return kExitUnreadable;
  }
  if (read.forms.empty()) {
    // Nothing to correct, and a 校验结果 sheet saying so would only hide that the file is no form.
    std::string sheets;
    for (const auto& s : read.skipped)
      sheets += (sheets.empty() ? "" : "；") + s.sheet + "：" + s.reason;
    report_error(
        input, "no_form",
        fmt::format("工作簿中没有已知的标准表{}，未写出任何文件",
                    sheets.empty() ? "" : "（" + sheets + "）"),
        "请确认是标准格式的绩效自评表、部门整体支出自评表或决算公开表；已知的表见 evalbook "
        "templates list，也可用 --template 指定");
    return kExitUnreadable;
  }
  const report::FixPlan& plan = fixed.plan;

  std::string shown = output;
  if (in_place) {
    // The original stays as FILE.bak (a hard link to the same bytes, or a copy); the new file
    // then replaces FILE in one rename, once it is complete.
    std::string backup = backup_name(input);
    std::error_code ec;
    fs::create_hard_link(input, backup, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(input, backup, ec);
    }
    if (ec) {
      throw xlsx::XlsxError(
          xlsx::ErrorCode::io_error,
          fmt::format("无法保留原文件备份 {}：{}", backup, system_error_text(ec.value())));
    }
    try {
      app::write_fixed_workbook_over_input(input, plan, fixed.workbook);
    } catch (...) {
      fs::remove(backup, ec);
      throw;
    }
    shown = fmt::format("{}（原文件保留为 {}）", input, backup);
  } else {
    app::write_fixed_workbook(input, plan, output, fixed.workbook);
  }

  std::string text;
  for (const auto& c : plan.corrections) {
    text += fmt::format("更正  {}!{}  {} → {}", c.sheet, xlsx::cell_name(c.cell),
                        c.original.empty() ? "空白" : c.original, c.expected);
    if (!c.formula.empty()) text += fmt::format("（原为公式 ={}，已改为数值）", c.formula);
    text += "\n";
  }
  for (const auto& f : plan.remaining_errors) {
    text += fmt::format("未更正，需人工核对  {}!{}  {}\n", f.sheet, f.cell.empty() ? "-" : f.cell,
                        f.message);
  }
  if (plan.earlier_result_sheet) text += "已替换上次运行生成的校验结果表\n";
  text +=
      fmt::format("已写入 {}：更正 {} 个单元格，校验结果 {} 条，仍有 {} 个错误需人工核对\n", shown,
                  plan.corrections.size(), plan.rows.size(), plan.remaining_errors.size());
  OutputBuffer out(stdout);
  out.append(text);
  return plan.remaining_errors.empty() ? kExitOk : kExitFindings;
}

}  // namespace

int run_fix(const Args& args) {
  std::string input;
  std::string output;
  std::string template_id;
  bool in_place = false;
  report::FixPolicy policy;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if (a == "--in-place") {
      in_place = true;
    } else if (a == "--apply-rules") {
      policy.apply_rules = true;
    } else if (a == "--template" && i + 1 < args.size()) {
      template_id = args[++i];
    } else if (a == "-o" || a == "--output" || a == "--template") {
      report_missing_value("fix", a,
                           a == "--template" ? "模板编号" : "输出的文件名（例如 -o 更正后.xlsx）");
      return kExitUnreadable;
    } else if (!a.empty() && a[0] == '-') {
      report_unknown_option("fix", a,
                            {"-o", "--output", "--in-place", "--template", "--apply-rules"});
      return kExitUnreadable;
    } else if (input.empty()) {
      input = a;
    } else {
      report_error("fix", "bad_argument", fmt::format("多余的参数 {}，fix 一次处理一个文件", a));
      return kExitUnreadable;
    }
  }
  if (input.empty() || (output.empty() == !in_place)) {
    report_error(
        "fix", "bad_argument",
        "用法：evalbook fix 文件 -o 输出文件.xlsx [--apply-rules] 或 evalbook fix 文件 --in-place");
    return kExitUnreadable;
  }
  if (app::is_lock_file(input)) {
    report_error(input, "lock_file",
                 "这是 Excel/WPS 打开工作簿时留下的临时锁定文件（~$ 开头），不是工作簿，已跳过，"
                 "未写出任何文件",
                 "请对工作簿本身运行 fix（文件名去掉开头的 ~$）");
    return kExitUnreadable;
  }
  // Said before anything is read, and about the output: the input is never written over.
  if (!in_place && xlsx::same_file(input, output)) {
    report_error(
        output, "bad_argument",
        fmt::format("输出文件 {} 就是输入文件本身，fix 不会覆盖原文件", output),
        "请用 -o 另给一个输出文件名（例如 -o 更正后.xlsx）；确需替换原文件时用 --in-place，"
        "原文件会保留为 .bak");
    return kExitUnreadable;
  }
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context(template_id, forced);
  if (!context) return kExitUnreadable;
  return guarded(input, [&] {
    if (!xlsx::is_compound_file(input)) {
      if (!in_place && !patched_output_name_ok("fix", input, output)) return kExitUnreadable;
      return fix_file(input, output, in_place, policy, *context, forced);
    }
    return patch_legacy_workbook(input, output, in_place, [&](const auto& xlsx, const auto& out) {
      return fix_file(xlsx, out, false, policy, *context, forced);
    });
  });
}

}  // namespace evalbook::cli
