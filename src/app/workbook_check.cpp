#include "app/workbook_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "base/severity.h"
#include "model/blank_record.h"
#include "model/indicator_typing.h"
#include "recompute/finding_class.h"
#include "recompute/recompute.h"
#include "template/detection.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/stacked_forms.h"
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

// The last filled row before `end_row` (a form's rows as they show, without the blank rows
// that part it from the next).
std::uint32_t last_filled_row(const tmpl::LabelIndex& index, std::uint32_t first_row,
                              std::uint32_t end_row) {
  std::uint32_t r = end_row - 1;
  while (r > first_row && index.first_column(r) == 0) --r;
  return std::max(r, first_row);  // an empty sheet read by a forced template: "1-1"
}

// One form from the rows `grid` shows: extracted, the notes about its rows added, its detection
// noted (weighed on its own rows when the sheet holds several forms), its values typed.
// `detected` is the sheet's detection, null when the template was forced.
model::FormRecord read_form(const tmpl::SheetGrid& grid, const tmpl::LabelIndex& index,
                            const tmpl::TemplateSpec& spec, const tmpl::DetectionResult* detected,
                            bool stacked, std::vector<model::Finding> notes) {
  model::FormRecord form = tmpl::extract_record(grid, spec, index);
  for (auto& note : notes) form.findings.push_back(std::move(note));
  if (!detected) {
    tmpl::note_detection(form, tmpl::weigh(spec, index), nullptr, true);
  } else if (!stacked) {
    tmpl::note_detection(form, detected->best,
                         detected->runner_up.empty() ? nullptr : &detected->runner_up.front(),
                         false);
  } else {  // the rival template weighed on the same rows
    std::optional<tmpl::TemplateEvidence> rival;
    if (!detected->runner_up.empty()) rival = tmpl::weigh(*detected->runner_up.front().spec, index);
    tmpl::note_detection(form, tmpl::weigh(spec, index), rival ? &*rival : nullptr, false);
  }
  model::check_indicator_values(form);
  // An exported form holds every figure as text: one warning names those cells, not one each.
  tmpl::gather_text_number_findings(form.findings);
  return form;
}

// Every form of template `spec` on the sheet: the sheet itself, or each of the forms stacked
// one under another read from its own rows. A repeat of the first label that is no form is
// said in the form whose rows hold it.
void read_sheet_forms(std::vector<model::FormRecord>& forms, const tmpl::SheetGrid& grid,
                      const tmpl::LabelIndex& index, const tmpl::TemplateSpec& spec,
                      const tmpl::DetectionResult* detected) {
  const tmpl::StackedForms stack = tmpl::find_stacked_forms(grid, index, spec);
  const bool stacked = stack.forms.size() > 1;
  for (std::size_t k = 0; k < stack.forms.size(); ++k) {
    const tmpl::FormRows rows = stack.forms[k];
    std::vector<model::Finding> notes;
    for (const auto& [holder, note] : stack.notes)
      if (holder == k) notes.push_back(note);
    if (stacked) {
      const tmpl::SheetGrid window = grid.rows_window(rows.first_row, rows.end_row);
      const tmpl::LabelIndex window_index(index, window);
      forms.push_back(read_form(window, window_index, spec, detected, true, std::move(notes)));
    } else {
      forms.push_back(read_form(grid, index, spec, detected, false, std::move(notes)));
    }
    model::FormRecord& form = forms.back();
    form.form_index = static_cast<std::uint32_t>(k + 1);
    form.forms_on_sheet = static_cast<std::uint32_t>(stack.forms.size());
    form.first_row = rows.first_row;
    form.last_row = last_filled_row(index, rows.first_row, rows.end_row);
  }
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
      read_sheet_forms(result.forms, grid, index, *forced, nullptr);
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
      read_sheet_forms(result.forms, grid, index, *found.best.spec, &found);
    }
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
