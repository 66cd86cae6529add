// Records flattened into two tables for spreadsheets and other systems: one row per form (its
// scalar fields, nested objects as "sections.投入"), and one row per item of the form's lists
// (indicators, items, funds, rows...), each tagged with the list it came from.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/record.h"

namespace evalbook::report {

struct FormSource {
  std::string file;
  const model::FormRecord* form = nullptr;
};

struct FlatTable {
  std::vector<std::string> columns;
  std::vector<std::map<std::string, std::string>> rows;  // column -> cell text
};

// forms: file, sheet, template, then each scalar field (first-seen order across all forms).
FlatTable forms_table(const std::vector<FormSource>& sources);
// items: file, sheet, template, the form's unit and project_name, list, index, then each field
// of the items.
FlatTable items_table(const std::vector<FormSource>& sources);

// Written as CSV by report/csv_table.h.

}  // namespace evalbook::report
