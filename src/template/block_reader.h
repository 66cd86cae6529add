// The funds block: rows labelled in their first cell, values under header columns; a row
// whose values stand off their headers is read by the count of its values or the shift that lines
// them up.
#pragma once

#include "model/record.h"
#include "template/form_part.h"

namespace evalbook::tmpl {

void read_block(const SheetGrid& grid, const TemplateSpec& spec, const LabelIndex& index,
                model::FormRecord& form, const BlockSpec& block);

}  // namespace evalbook::tmpl
