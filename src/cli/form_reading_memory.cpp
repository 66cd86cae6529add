// The in-memory twin of read_forms (form_reading.cpp). The sheet loop is the same as there:
// grid, template detection (or the forced one), extraction, indicator typing, then the whole
// workbook recomputed together. Keep the two in step; once form_reading.cpp can take an opened
// xlsx::Workbook, this file should call that instead.
#include "cli/form_reading_memory.h"

#include <filesystem>
#include <new>

#include "model/indicator_typing.h"
#include "recompute/recompute.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

FileResult read_opened(const std::string& name, const xlsx::Workbook& workbook,
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
    const tmpl::TemplateSpec* spec = forced ? forced : tmpl::detect_template(grid, specs);
    if (!spec) {
      result.skipped.push_back({sheet.name, "不是已知的表格 / not a known form"});
      continue;
    }
    result.forms.push_back(tmpl::extract_record(grid, *spec));
    model::check_indicator_values(result.forms.back());
  }
  recompute::recompute_workbook(
      result.forms, (std::filesystem::path(tmpl::default_template_dir()) / "rules").string());
  return result;
}

}  // namespace

FileResult read_forms_from_memory(const std::string& name, std::string_view bytes,
                                  const std::vector<tmpl::TemplateSpec>& specs,
                                  const tmpl::TemplateSpec* forced) {
  FileResult r;
  try {
    auto workbook = xlsx::Workbook::open_memory(bytes);
    return read_opened(name, *workbook, specs, forced);
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

}  // namespace evalbook::cli
