// Keyed tables (科目代码 / 行次 rows, side-by-side groups) and numbered-column rows: the 部门决算
// 公开表 layouts.
#pragma once

#include <vector>

#include "model/record.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"

namespace evalbook::tmpl {

void extract_ledger(const SheetGrid& grid, const LabelIndex& index, const LedgerSpec& spec,
                    model::Node& record, std::vector<model::Finding>& findings);

void extract_numbered_row(const SheetGrid& grid, const NumberedRowSpec& spec, model::Node& record,
                          std::vector<model::Finding>& findings);

}  // namespace evalbook::tmpl
