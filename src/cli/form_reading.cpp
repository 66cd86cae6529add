#include "cli/form_reading.h"

#include <fmt/format.h>

#include <filesystem>

#include "cli/cli_common.h"
#include "model/indicator_typing.h"
#include "recompute/recompute.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

// Opens the workbook (a file, or bytes held in memory) and reads it; errors come back in the
// result, never as exceptions.
template <class Open>
FileResult guarded_read(const std::string& name, Open&& open,
                        const std::vector<tmpl::TemplateSpec>& specs,
                        const tmpl::TemplateSpec* forced) {
  FileResult r;
  try {
    auto workbook = open();
    return read_opened_workbook(name, *workbook, specs, forced);
  } catch (const xlsx::XlsxError& e) {
    r.error_code = std::string(xlsx::error_code_name(e.code()));
    r.error_message = e.what();
  } catch (const std::bad_alloc&) {
    r.error_code = "out_of_memory";
    r.error_message = "内存不足 / out of memory";
  } catch (const std::exception& e) {
    r.error_code = "internal_error";
    r.error_message = e.what();
  }
  r.file = name;
  return r;
}

}  // namespace

bool load_specs(const std::string& template_id, std::vector<tmpl::TemplateSpec>& specs,
                const tmpl::TemplateSpec*& forced) {
  forced = nullptr;
  int loaded = guarded("templates", [&] {
    specs = tmpl::load_templates(tmpl::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return false;
  if (template_id.empty()) return true;
  for (const auto& s : specs) {
    if (s.id == template_id) forced = &s;
  }
  if (!forced) {
    report_error(template_id, "unknown_template",
                 fmt::format("没有模板“{}”，请用 evalbook templates list 查看 / unknown template",
                             template_id));
    return false;
  }
  return true;
}

FileResult read_opened_workbook(const std::string& name, const xlsx::Workbook& workbook,
                                const std::vector<tmpl::TemplateSpec>& specs,
                                const tmpl::TemplateSpec* forced) {
  FileResult result;
  result.file = name;
  for (std::size_t i = 0; i < workbook.sheets().size(); ++i) {
    const auto& sheet = workbook.sheets()[i];
    tmpl::SheetGrid grid;
    try {
      grid = tmpl::SheetGrid::load(workbook, i);
    } catch (const xlsx::XlsxError& e) {
      if (e.code() != xlsx::ErrorCode::limit_exceeded) throw;
      result.skipped.push_back({sheet.name, e.what()});
      continue;
    }
    tmpl::LabelIndex index(grid);  // built once for detection and extraction
    const tmpl::TemplateSpec* spec = forced ? forced : tmpl::detect_template(grid, specs, index);
    if (!spec) {
      result.skipped.push_back({sheet.name, "不是已知的表格 / not a known form"});
      continue;
    }
    result.forms.push_back(tmpl::extract_record(grid, *spec, index));
    model::check_indicator_values(result.forms.back());
  }
  recompute::recompute_workbook(
      result.forms, (std::filesystem::path(tmpl::default_template_dir()) / "rules").string());
  return result;
}

FileResult read_forms(const std::string& path, const std::vector<tmpl::TemplateSpec>& specs,
                      const tmpl::TemplateSpec* forced) {
  return guarded_read(
      path, [&] { return xlsx::Workbook::open_file(path); }, specs, forced);
}

FileResult read_forms_from_memory(const std::string& name, std::string_view bytes,
                                  const std::vector<tmpl::TemplateSpec>& specs,
                                  const tmpl::TemplateSpec* forced) {
  return guarded_read(
      name, [&] { return xlsx::Workbook::open_memory(bytes); }, specs, forced);
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
    } else if (!a.empty() && a[0] == '-') {
      report_error(command, "bad_argument", fmt::format("未知选项 {} / unknown option", a));
      return false;
    } else {
      options.files.push_back(a);
    }
  }
  return true;
}

bool read_all(const ReadOptions& options, bool report_unreadable,
              std::vector<FileResult>& results) {
  std::vector<tmpl::TemplateSpec> specs;
  const tmpl::TemplateSpec* forced = nullptr;
  if (!load_specs(options.template_id, specs, forced)) return false;
  for (const auto& file : options.files) {
    results.push_back(read_forms(file, specs, forced));
    if (report_unreadable && !results.back().error_code.empty())
      report_error(file, results.back().error_code, results.back().error_message);
  }
  return true;
}

int exit_status(const std::vector<FileResult>& results) {
  int status = kExitOk;
  for (const auto& r : results) {
    if (!r.error_code.empty()) return kExitUnreadable;
    for (const auto& form : r.forms) {
      for (const auto& f : form.findings) {
        if (f.severity == "error") status = kExitFindings;
      }
    }
  }
  return status;
}

}  // namespace evalbook::cli
