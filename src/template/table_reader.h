// The indicator table, row by row: levels, names and values read by what the cells say (shifted
// or half-empty rows as a clerk reads them), or by the header columns for positional tables.
#pragma once

#include "model/record.h"
#include "template/form_part.h"

namespace evalbook::tmpl {

void read_table(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
                model::FormRecord& form, const TableSpec& table);

}  // namespace evalbook::tmpl
