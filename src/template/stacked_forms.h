// Forms stacked one under another on one sheet (units that export every project's form into a
// single sheet): where each starts and ends, so that each is read as its own form. A repeat of
// the form's first label that holds no form below it (a note, a signature table, a fragment) is
// no form: it is said at its cell, and the rows stay with the form above.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/record.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

// Rows [first_row, end_row) of the sheet; the last form's end_row is one past the sheet's last
// row.
struct FormRows {
  std::uint32_t first_row = 1;
  std::uint32_t end_row = 1;
};

struct StackedForms {
  std::vector<FormRows> forms;  // one, the whole sheet, when nothing is stacked
  // Repeats not read as forms, each with the index of the form whose rows hold it.
  std::vector<std::pair<std::size_t, model::Finding>> notes;
};

// The forms of template `spec` on the sheet `index` was built on.
StackedForms find_stacked_forms(const SheetGrid& grid, const LabelIndex& index,
                                const TemplateSpec& spec);

}  // namespace evalbook::tmpl
