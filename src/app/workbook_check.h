// check_workbook: a workbook read into form records — each sheet matched to a template (or the
// one forced), extracted, its values type-checked and every form recomputed. Sheets that are no
// form are listed; a file that cannot be read carries its named error instead of throwing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_context.h"
#include "model/record.h"
#include "xlsx/workbook.h"

namespace evalbook::app {

struct SkippedSheet {
  std::string sheet;
  std::string reason;
  // A near-tie: the templates it could be, with their share of label evidence.
  std::vector<std::pair<std::string, double>> candidates;
  // Set (limit_exceeded) for a sheet that could not be read at all: it may be a form nobody
  // checked, so it counts as unread, not as a sheet that is no form.
  std::string error_code;
};

struct FileResult {
  std::string file;
  std::string error_code;  // empty when the file was read
  std::string error_message;
  std::vector<model::FormRecord> forms;
  std::vector<SkippedSheet> skipped;
};

// The forms of a workbook already opened (`name` is what results call the file). Throws
// XlsxError for a sheet that cannot be read.
FileResult check_opened_workbook(const AppContext& context, const std::string& name,
                                 const xlsx::Workbook& workbook,
                                 const tmpl::TemplateSpec* forced = nullptr);

// The forms of the workbook at `path`. Never throws: an unreadable file comes back with
// error_code set.
FileResult check_workbook(const AppContext& context, const std::string& path,
                          const tmpl::TemplateSpec* forced = nullptr);

// The same, handing back the workbook as opened (null when it could not be opened) with up to
// `keep_sheet_bytes` of its sheets' XML kept for a patch (xlsx::Workbook::keep_sheet_xml): fix
// opens its input once and writes the corrections without reading the sheets again.
FileResult check_workbook(const AppContext& context, const std::string& path,
                          std::uint64_t keep_sheet_bytes,
                          std::shared_ptr<const xlsx::Workbook>& opened,
                          const tmpl::TemplateSpec* forced = nullptr);

// The forms of a workbook held in bytes (an upload, a member of a .zip); `bytes` must outlive
// the call. Never throws.
FileResult check_workbook_bytes(const AppContext& context, const std::string& name,
                                std::string_view bytes, const tmpl::TemplateSpec* forced = nullptr);

// True when some form of the file has a finding of severity error.
bool has_error_finding(const FileResult& result);

// Whether a sheet of the file could not be read (SkippedSheet::error_code).
bool has_unreadable_sheet(const FileResult& result);

}  // namespace evalbook::app
