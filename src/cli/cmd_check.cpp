// evalbook check FILE... [--format json|text] [--template ID]: the forms in each workbook, their
// records and findings (CLI-CONTRACT.md "check").
#include <fmt/format.h>

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

void append_file_json(std::string& out, const FileResult& r) {
  out += "    {\"file\": ";
  model::append_json_string(out, r.file);
  out += ", \"error\": ";
  if (r.error_code.empty()) {
    out += "null";
  } else {
    out += "{\"code\": ";
    model::append_json_string(out, r.error_code);
    out += ", \"message\": ";
    model::append_json_string(out, r.error_message);
    out += "}";
  }
  out += ", \"forms\": [";
  for (std::size_t i = 0; i < r.forms.size(); ++i) {
    const auto& form = r.forms[i];
    out += i ? ",\n      {" : "\n      {";
    out += "\"sheet\": ";
    model::append_json_string(out, form.sheet);
    out += ", \"template\": ";
    model::append_json_string(out, form.template_id);
    out += ",\n       \"record\": ";
    model::append_record_json(out, form.record);
    out += ",\n       \"cells\": ";
    model::append_cells_json(out, form.record);
    out += ",\n       \"recomputed\": ";
    model::append_record_json(out, form.recomputed);
    out += ",\n       \"findings\": [";
    for (std::size_t k = 0; k < form.findings.size(); ++k) {
      out += k ? ",\n         " : "\n         ";
      model::append_finding_json(out, form.findings[k]);
    }
    out += "]}";
  }
  out += r.forms.empty() ? "]" : "\n    ]";
  out += ", \"skipped_sheets\": [";
  for (std::size_t i = 0; i < r.skipped.size(); ++i) {
    if (i) out += ", ";
    out += "{\"sheet\": ";
    model::append_json_string(out, r.skipped[i].sheet);
    out += ", \"reason\": ";
    model::append_json_string(out, r.skipped[i].reason);
    out += "}";
  }
  out += "]}";
}

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
      append_file_json(text, results[i]);
    }
    text += "\n]}\n";
  } else {
    for (const auto& r : results) append_file_text(text, r);
  }
  out.append(text);
  return status;
}

}  // namespace evalbook::cli
