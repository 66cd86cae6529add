// evalbook check FILE... [--format json|text] [--template ID] [--level error|warning|info]: the
// forms in each workbook, their records and findings (CLI-CONTRACT.md "check"); the text ends
// with a count line.
#include <fmt/format.h>

#include "app/result_json.h"
#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "model/json_writer.h"
#include "report/corrector.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

// The lowest severity shown: error < warning < info.
int severity_rank(std::string_view severity) {
  if (severity == "error") return 0;
  if (severity == "warning") return 1;
  return 2;
}

struct Counts {
  std::size_t files = 0, unreadable = 0, unreadable_sheets = 0, forms = 0, errors = 0, warnings = 0,
              infos = 0;
};

// Chinese for people: severity as 错误/警告/提示, the cell, the message (which names the item and
// its row); no field paths and no rule codes (those are in --format json). An unreadable file's
// error was printed once, on standard error, while reading: here only its code.
void append_file_text(std::string& out, const FileResult& r, int level) {
  out += fmt::format("文件：{}\n", r.file);
  if (!r.error_code.empty()) {
    out += fmt::format("  无法读取 [{}]（原因见错误输出）\n", r.error_code);
    return;
  }
  for (const auto& form : r.forms) {
    if (form.forms_on_sheet > 1) {  // one of several forms stacked on the sheet
      out += fmt::format("  工作表：{}（第 {}-{} 行，模板 {}）\n", form.sheet, form.first_row,
                         form.last_row, form.template_id);
    } else {
      out += fmt::format("  工作表：{}（模板 {}）\n", form.sheet, form.template_id);
    }
    std::size_t shown = 0;
    for (const auto& f : form.findings) {
      if (severity_rank(f.severity) > level) continue;
      ++shown;
      out += fmt::format("    {}  {}  {}\n", report::severity_label(f.severity),
                         f.cell.empty() ? "—" : f.cell, f.message);
    }
    if (form.findings.empty()) {
      out += "    未发现问题\n";
    } else if (shown == 0) {
      out += "    没有所选级别的问题\n";
    }
  }
  for (const auto& s : r.skipped) {
    if (s.error_code.empty()) {
      out += fmt::format("  工作表：{}  —— {}\n", s.sheet, s.reason);
    } else {
      out += fmt::format("  工作表：{}  —— 无法读取 [{}]：{}\n", s.sheet, s.error_code, s.reason);
    }
  }
}

Counts count(const std::vector<FileResult>& results) {
  Counts c;
  for (const auto& r : results) {
    ++c.files;
    if (!r.error_code.empty()) ++c.unreadable;
    for (const auto& s : r.skipped) c.unreadable_sheets += s.error_code.empty() ? 0 : 1;
    for (const auto& form : r.forms) {
      ++c.forms;
      for (const auto& f : form.findings) {
        (f.severity == "error" ? c.errors : f.severity == "warning" ? c.warnings : c.infos) += 1;
      }
    }
  }
  return c;
}

// --level error|warning|info taken out of the arguments; false (with the message given) for
// another value.
bool take_level(Args& args, int& level) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] != "--level") continue;
    if (i + 1 >= args.size() || (severity_rank(args[i + 1]) == 2 && args[i + 1] != "info")) {
      report_error("check", "bad_argument",
                   "--level 只能是 error（错误）、warning（警告）或 info（提示）");
      return false;
    }
    level = severity_rank(args[i + 1]);
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
    --i;
  }
  return true;
}

}  // namespace

int run_check(const Args& given) {
  Args args = given;
  int level = 2;  // info: every finding
  if (!take_level(args, level)) return kExitUnreadable;
  ReadOptions options;
  options.format = "text";
  if (!parse_read_options(args, "check", false, options)) return kExitUnreadable;
  const std::string& format = options.format;
  if (options.files.empty() || (format != "json" && format != "text")) {
    report_error("check", "bad_argument",
                 "用法：evalbook check 文件... [--format json|text] [--template 模板] "
                 "[--level error|warning|info]");
    return kExitUnreadable;
  }
  std::vector<FileResult> results;
  if (!read_all(options, format == "text", results, NothingFound::entry_per_arg))
    return kExitUnreadable;
  int status = exit_status(results);
  const Counts counts = count(results);
  if (level < 2) {
    for (auto& r : results) {
      for (auto& form : r.forms) {
        std::erase_if(form.findings,
                      [&](const model::Finding& f) { return severity_rank(f.severity) > level; });
      }
    }
  }
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
    for (const auto& r : results) append_file_text(text, r, level);
    text += fmt::format("合计：{} 个文件", counts.files);
    if (counts.unreadable > 0) text += fmt::format("（{} 个无法读取）", counts.unreadable);
    text += fmt::format("，{} 张表", counts.forms);
    if (counts.unreadable_sheets > 0)
      text += fmt::format("（另有 {} 张工作表无法读取）", counts.unreadable_sheets);
    text += fmt::format("；错误 {} 条，警告 {} 条，提示 {} 条\n", counts.errors, counts.warnings,
                        counts.infos);
  }
  out.append(text);
  return status;
}

}  // namespace evalbook::cli
