// evalbook check FILE... [--format json|text] [--template ID]: the forms in each workbook, their
// records and findings (CLI-CONTRACT.md "check").
#include <fmt/format.h>

#include "cli/cli_common.h"
#include "model/json_writer.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

struct SkippedSheet {
  std::string sheet;
  std::string reason;
};

struct FileResult {
  std::string file;
  std::string error_code;
  std::string error_message;
  std::vector<model::FormRecord> forms;
  std::vector<SkippedSheet> skipped;
};

FileResult check_file(const std::string& path, const std::vector<tmpl::TemplateSpec>& specs,
                      const tmpl::TemplateSpec* forced) {
  FileResult result;
  result.file = path;
  auto workbook = xlsx::Workbook::open_file(path);
  for (std::size_t i = 0; i < workbook->sheets().size(); ++i) {
    const auto& sheet = workbook->sheets()[i];
    tmpl::SheetGrid grid;
    try {
      grid = tmpl::SheetGrid::load(*workbook, i);
    } catch (const xlsx::XlsxError& e) {
      if (e.code() != xlsx::ErrorCode::limit_exceeded) throw;
      result.skipped.push_back({sheet.name, e.what()});
      continue;
    }
    const tmpl::TemplateSpec* spec = forced ? forced : tmpl::detect_template(grid, specs);
    if (!spec) {
      result.skipped.push_back({sheet.name, "不是已知的表格 / not a known form"});
      continue;
    }
    result.forms.push_back(tmpl::extract_record(grid, *spec));
  }
  return result;
}

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
    out += ",\n       \"recomputed\": {}";
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
  for (const auto& s : r.skipped) out += fmt::format("  工作表 / sheet: {}  — {}\n", s.sheet, s.reason);
}

}  // namespace

int run_check(const Args& args) {
  std::vector<std::string> files;
  std::string format = "text";
  std::string template_id;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i] == "--template" && i + 1 < args.size()) {
      template_id = args[++i];
    } else if (!args[i].empty() && args[i][0] == '-') {
      report_error("check", "bad_argument", fmt::format("未知选项 {} / unknown option", args[i]));
      return kExitUnreadable;
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty() || (format != "json" && format != "text")) {
    report_error("check", "bad_argument",
                 "用法：evalbook check 文件... [--format json|text] [--template 模板] / usage");
    return kExitUnreadable;
  }
  std::vector<tmpl::TemplateSpec> specs;
  int loaded = guarded("templates", [&] {
    specs = tmpl::load_templates(tmpl::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return kExitUnreadable;
  const tmpl::TemplateSpec* forced = nullptr;
  if (!template_id.empty()) {
    for (const auto& s : specs) {
      if (s.id == template_id) forced = &s;
    }
    if (!forced) {
      report_error("check", "unknown_template",
                   fmt::format("没有模板“{}”，请用 evalbook templates list 查看 / unknown template", template_id));
      return kExitUnreadable;
    }
  }
  int status = kExitOk;
  std::vector<FileResult> results;
  for (const auto& file : files) {
    FileResult r;
    try {
      r = check_file(file, specs, forced);
    } catch (const xlsx::XlsxError& e) {
      r.file = file;
      r.error_code = std::string(xlsx::error_code_name(e.code()));
      r.error_message = e.what();
    } catch (const std::exception& e) {
      r.file = file;
      r.error_code = "internal_error";
      r.error_message = e.what();
    }
    if (!r.error_code.empty()) {
      status = kExitUnreadable;
      if (format == "text") report_error(file, r.error_code, r.error_message);
    } else {
      for (const auto& form : r.forms) {
        for (const auto& f : form.findings) {
          if (f.severity == "error" && status == kExitOk) status = kExitFindings;
        }
      }
    }
    results.push_back(std::move(r));
  }
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
