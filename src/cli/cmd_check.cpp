// evalbook check FILE... [--format json|text] [--template ID]: the forms in each workbook, their
// records and findings (CLI-CONTRACT.md "check").
#include <fmt/format.h>

#include "app/result_json.h"
#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "model/json_writer.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

void append_file_text(std::string& out, const FileResult& r) {
  out += fmt::format("文件 / file: {}\n", r.file);
  if (!r.error_code.empty()) {
    out += fmt::format("  无法读取 / unreadable [{}]: {}\n", r.error_code, r.error_message);
    return;
  }
  for (const auto& form : r.forms) {
    out += fmt::format("  工作表 / sheet: {}  模板 / template: {}\n", form.sheet, form.template_id);
    if (form.findings.empty()) out += "    未发现问题 / no findings\n";
    for (const auto& f : form.findings) {
      out += fmt::format("    [{}] {} {} {}\n", f.severity, f.cell, f.field, f.message);
    }
  }
  for (const auto& s : r.skipped)
    out += fmt::format("  工作表 / sheet: {}  — {}\n", s.sheet, s.reason);
}

}  // namespace

int run_check(const Args& args) {
  ReadOptions options;
  options.format = "text";
  if (!parse_read_options(args, "check", false, options)) return kExitUnreadable;
  const std::string& format = options.format;
  if (options.files.empty() || (format != "json" && format != "text")) {
    report_error("check", "bad_argument",
                 "用法：evalbook check 文件... [--format json|text] [--template 模板] / usage");
    return kExitUnreadable;
  }
  std::vector<FileResult> results;
  if (!read_all(options, format == "text", results)) return kExitUnreadable;
  int status = exit_status(results);
  OutputBuffer out(stdout);
  std::string text;
  if (format == "json") {
    text = "{\"files\": [\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (i) text += ",\n";
      app::append_file_json(text, results[i]);
    }
    text += "\n]}\n";
  } else {
    for (const auto& r : results) append_file_text(text, r);
  }
  out.append(text);
  return status;
}

}  // namespace evalbook::cli
