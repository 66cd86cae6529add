// The JSON of check results (CLI-CONTRACT.md "check"): the command prints it, the service
// stores and serves a file's `forms` array exactly as the command prints it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/workbook_check.h"

namespace evalbook::app {

// The `forms` array: [{sheet, template, record, cells, recomputed, detection, findings}...].
void append_forms_json(std::string& out, const std::vector<model::FormRecord>& forms);

// One element of `files`: {file, error, forms, skipped_sheets: [{sheet, reason, candidates}]}.
void append_file_json(std::string& out, const FileResult& result);

// The figures the dashboards filter on, read from a form's record and recomputation.
struct KeyFigures {
  std::string unit, project, grade;
  std::optional<double> budget_full_year, executed, execution_rate, total_reported,
      total_recomputed;
  int errors = 0, warnings = 0;
};
KeyFigures key_figures(const model::FormRecord& form);

}  // namespace evalbook::app
