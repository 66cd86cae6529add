// Maps a form sheet into a record by the template's labels: fields beside their labels, the
// funds block by its header columns, the indicator table row by row (reading shifted or
// half-empty rows by what the cells say, as a clerk does), and the total with its grade.
#pragma once

#include "model/record.h"
#include "template/detection.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec);
// The same with the sheet's label index already built (detection builds it too).
model::FormRecord extract_record(const SheetGrid& grid, const TemplateSpec& spec,
                                 const LabelIndex& index);

}  // namespace evalbook::tmpl
