#include "cli/form_reading.h"

#include <fmt/format.h>

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
                 fmt::format("没有模板“{}”，请用 evalbook templates list 查看 / unknown template",
                             template_id));
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
    } else if (a == "--format" || a == "--template" ||
               (accepts_output && (a == "-o" || a == "--output"))) {
      report_missing_value(command, a,
                           a == "--format"     ? "格式（text 或 json）"
                           : a == "--template" ? "模板编号"
                                               : "输出的文件名或文件夹");
      return false;
    } else if (!a.empty() && a[0] == '-') {
      if (accepts_output) {
        report_unknown_option(command, a, {"--format", "--template", "-o", "--output"});
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

bool read_all(const ReadOptions& options, bool report_unreadable,
              std::vector<FileResult>& results) {
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context(options.template_id, forced);
  if (!context) return false;
  for (const auto& file : options.files) {
    results.push_back(app::check_workbook(*context, file, forced));
    if (report_unreadable && !results.back().error_code.empty())
      report_error(file, results.back().error_code, results.back().error_message);
  }
  return true;
}

int exit_status(const std::vector<FileResult>& results) {
  int status = kExitOk;
  for (const auto& r : results) {
    if (!r.error_code.empty()) return kExitUnreadable;
    if (app::has_error_finding(r)) status = kExitFindings;
  }
  return status;
}

}  // namespace evalbook::cli
