#include "app/workbook_check.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/severity.h"
#include "model/blank_record.h"
#include "model/indicator_typing.h"
#include "recompute/finding_class.h"
#include "recompute/recompute.h"
#include "template/detection.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/text_number_findings.h"
#include "xlsx/errors.h"

namespace evalbook::app {

namespace {

// Opens the workbook (a file, or bytes held in memory) and reads it; errors come back in the
// result, never as exceptions.
template <class Open>
FileResult guarded_read(const AppContext& context, const std::string& name, Open&& open,
                        const tmpl::TemplateSpec* forced) {
  FileResult r;
  try {
    auto workbook = open();
    return check_opened_workbook(context, name, *workbook, forced);
  } catch (const xlsx::XlsxError& e) {
    r.error_code = std::string(error_code_name(e.code()));
    r.error_message = e.what();
  } catch (const std::bad_alloc&) {
    r.error_code = std::string(error_code_name(ErrorCode::out_of_memory));
    r.error_message = "内存不足";
  } catch (const std::exception& e) {
    r.error_code = std::string(error_code_name(ErrorCode::internal_error));
    r.error_message = e.what();
  }
  r.file = name;
  return r;
}

}  // namespace

FileResult check_opened_workbook(const AppContext& context, const std::string& name,
                                 const xlsx::Workbook& workbook, const tmpl::TemplateSpec* forced) {
  FileResult result;
  result.file = name;
  for (std::size_t i = 0; i < workbook.sheets().size(); ++i) {
    const auto& sheet = workbook.sheets()[i];
    tmpl::SheetGrid grid;
    try {
      grid = tmpl::SheetGrid::load(workbook, i);
    } catch (const tmpl::SheetTooLargeForAForm& e) {  // a data sheet: no form, not unread
      result.skipped.push_back({sheet.name, e.what(), {}, ""});
      continue;
    } catch (const xlsx::XlsxError& e) {
      if (e.code() != xlsx::ErrorCode::limit_exceeded) throw;
      result.skipped.push_back(
          {sheet.name, e.what(), {}, std::string(xlsx::error_code_name(e.code()))});
      continue;
    }
    tmpl::LabelIndex index(grid);  // built once for detection and extraction
    if (forced) {
      result.forms.push_back(tmpl::extract_record(grid, *forced, index));
      tmpl::note_detection(result.forms.back(), tmpl::weigh(*forced, index), nullptr, true);
    } else {
      tmpl::DetectionResult found = tmpl::detect(context.templates(), index);
      if (found.outcome == tmpl::DetectionResult::Outcome::unknown) {
        result.skipped.push_back({sheet.name, "不是已知的表格", {}, ""});
        continue;
      }
      if (found.outcome == tmpl::DetectionResult::Outcome::ambiguous) {
        SkippedSheet skipped{
            sheet.name,
            fmt::format("无法确定表格类型：{} 的标签证据相当，未读取；请用 --template "
                        "指定模板",
                        tmpl::describe_candidates(found)),
            {{found.best.spec->id, found.best.score}},
            ""};
        for (const auto& other : found.runner_up)
          skipped.candidates.emplace_back(other.spec->id, other.score);
        result.skipped.push_back(std::move(skipped));
        continue;
      }
      result.forms.push_back(tmpl::extract_record(grid, *found.best.spec, index));
      tmpl::note_detection(result.forms.back(), found.best,
                           found.runner_up.empty() ? nullptr : &found.runner_up.front(), false);
    }
    model::check_indicator_values(result.forms.back());
    // An exported form holds every figure as text: one warning names those cells, not one each.
    tmpl::gather_text_number_findings(result.forms.back().findings);
  }
  recompute::recompute_workbook(result.forms, context.rules());
  for (auto& form : result.forms) {
    // A blank form has nothing to check: one note instead of findings about empty cells.
    if (!model::is_blank_record(form.record)) continue;
    model::Finding note;
    note.rule = "blank_form";
    note.severity = "info";
    note.sheet = form.sheet;
    note.message = model::kBlankFormMessage;
    note.rule_class = recompute::kUnclassified;
    form.findings = {std::move(note)};
  }
  return result;
}

FileResult check_workbook(const AppContext& context, const std::string& path,
                          const tmpl::TemplateSpec* forced) {
  return guarded_read(
      context, path,
      [&] {
        return xlsx::Workbook::open_file(path, xlsx::default_limits(), &context.part_caches());
      },
      forced);
}

FileResult check_workbook(const AppContext& context, const std::string& path,
                          std::uint64_t keep_sheet_bytes,
                          std::shared_ptr<const xlsx::Workbook>& opened,
                          const tmpl::TemplateSpec* forced) {
  opened.reset();
  return guarded_read(
      context, path,
      [&] {
        std::shared_ptr<const xlsx::Workbook> workbook =
            xlsx::Workbook::open_file(path, xlsx::default_limits(), &context.part_caches());
        workbook->keep_sheet_xml(keep_sheet_bytes);
        opened = workbook;
        return workbook;
      },
      forced);
}

FileResult check_workbook_bytes(const AppContext& context, const std::string& name,
                                std::string_view bytes, const tmpl::TemplateSpec* forced) {
  return guarded_read(
      context, name,
      [&] {
        return xlsx::Workbook::open_memory(bytes, xlsx::default_limits(), &context.part_caches());
      },
      forced);
}

bool has_error_finding(const FileResult& result) {
  for (const auto& form : result.forms) {
    for (const auto& f : form.findings) {
      if (severity_from_name(f.severity) == Severity::error) return true;
    }
  }
  return false;
}

bool has_unreadable_sheet(const FileResult& result) {
  return std::any_of(result.skipped.begin(), result.skipped.end(),
                     [](const SkippedSheet& s) { return !s.error_code.empty(); });
}

}  // namespace evalbook::app
