#include "cli/form_reading.h"

#include <fmt/format.h>

#include "app/input_collector.h"
#include "app/summarize.h"
#include "cli/arg_hints.h"
#include "cli/cli_common.h"

namespace evalbook::cli {

std::unique_ptr<app::AppContext> load_context(const std::string& template_id,
                                              const tmpl::TemplateSpec*& forced) {
  forced = nullptr;
  std::unique_ptr<app::AppContext> context;
  int loaded = guarded("templates", [&] {
    context = std::make_unique<app::AppContext>(app::AppContext::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return nullptr;
  if (template_id.empty()) return context;
  forced = context->find_template(template_id);
  if (!forced) {
    report_error(template_id, "unknown_template",
                 fmt::format("没有模板“{}”，请用 evalbook templates list 查看", template_id));
    return nullptr;
  }
  return context;
}

bool parse_read_options(const std::vector<std::string>& args, const std::string& command,
                        bool accepts_output, ReadOptions& options) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--format" && has_value) {
      options.format = args[++i];
    } else if (a == "--template" && has_value) {
      options.template_id = args[++i];
    } else if (accepts_output && (a == "-o" || a == "--output") && has_value) {
      options.output = args[++i];
    } else if (accepts_output && a == "--headers" && has_value) {
      options.headers = args[++i];
    } else if (a == "--format" || a == "--template" ||
               (accepts_output && (a == "-o" || a == "--output"))) {
      report_missing_value(command, a,
                           a == "--format"     ? "格式（text 或 json）"
                           : a == "--template" ? "模板编号"
                                               : "输出的文件名或文件夹");
      return false;
    } else if (!a.empty() && a[0] == '-') {
      if (accepts_output) {
        report_unknown_option(command, a,
                              {"--format", "--template", "-o", "--output", "--headers"});
      } else {
        report_unknown_option(command, a, {"--format", "--template"});
      }
      return false;
    } else {
      options.files.push_back(a);
    }
  }
  return true;
}

bool read_all(const ReadOptions& options, bool report_unreadable, std::vector<FileResult>& results,
              NothingFound nothing_found) {
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context(options.template_id, forced);
  if (!context) return false;
  // Folders and .zip archives of workbooks are read as summary reads them.
  const app::CollectResult collected =
      app::collect_inputs(options.files, app::InputOrder::as_given);
  note_lock_files(collected);
  if (collected.inputs.empty() && collected.lock_files.empty()) {
    if (nothing_found == NothingFound::refuse) {
      report_error(options.files.front(), "no_input", "没有找到 .xlsx 工作簿");
      return false;
    }
    for (const auto& file : options.files) {
      results.push_back({file, "no_input", "没有找到 .xlsx 工作簿", {}, {}});
      if (report_unreadable) report_error(file, "no_input", results.back().error_message);
    }
    return true;
  }
  for (const auto& in : collected.inputs) {
    results.push_back(app::read_input(*context, in, forced));
    if (report_unreadable && !results.back().error_code.empty())
      report_error(in.name, results.back().error_code, results.back().error_message);
  }
  return true;
}

void note_lock_files(const app::CollectResult& collected) {
  for (const auto& name : collected.lock_files) {
    const std::string note = fmt::format(
        "evalbook: 提示 已跳过 {}：这是 Excel/WPS 打开工作簿时留下的临时锁定文件（~$ 开头），"
        "不是工作簿\n",
        name);
    std::fwrite(note.data(), 1, note.size(), stderr);
  }
}

int exit_status(const std::vector<FileResult>& results) {
  int status = kExitOk;
  for (const auto& r : results) {
    // A sheet that could not be read may be a form nobody checked: as for a file.
    if (!r.error_code.empty() || app::has_unreadable_sheet(r)) return kExitUnreadable;
    if (app::has_error_finding(r)) status = kExitFindings;
  }
  return status;
}

}  // namespace evalbook::cli
