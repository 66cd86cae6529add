// A small JSON writer with a fixed member order, so outputs are deterministic and diffable.
#pragma once

#include <string>
#include <string_view>

#include "model/record.h"

namespace evalbook::model {

void append_json_string(std::string& out, std::string_view text);
// Shortest round-trip form; integers without ".0"; non-finite numbers as null.
void append_json_number(std::string& out, double value);

// The record as JSON values: numbers as numbers, text as strings, blank or unreadable numbers
// as null.
void append_record_json(std::string& out, const Node& node);
// {"field.path": "C5", ...} for every scalar that came from a cell.
void append_cells_json(std::string& out, const Node& node);
void append_finding_json(std::string& out, const Finding& finding);
// `, "form_index": N, "rows": "A-B"` for a form read from a sheet (which of the sheet's forms, on
// which rows), nothing for one that was not.
void append_form_place_json(std::string& out, const FormRecord& form);

}  // namespace evalbook::model
