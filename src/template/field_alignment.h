// Labelled figures (上年结转金额 26.66, 预算执行金额 11,123.37 …) stand in the same columns row
// after row. A row whose figures all stand off those columns by the same few columns has been
// shifted (its label with it); its figures are still read beside their labels, and an info at
// the row's label says so.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "model/record.h"
#include "xlsx/cell_ref.h"

namespace evalbook::tmpl {

// A figure read beside its label.
struct LabelledFigure {
  std::string label;  // as written
  xlsx::CellRef label_cell;
  xlsx::CellRef value_cell;
};

// One info per shifted row (at its first label), for figures of the sheet `sheet`: rows off the
// columns most rows use.
std::vector<model::Finding> shifted_figure_rows(const std::vector<LabelledFigure>& figures,
                                                const std::string& sheet);

// The same against the columns a table above gives its figures (公开06表's 决算数 columns for
// its 人员经费合计 and 公用经费合计 row), for the figures below `last_table_row`.
std::vector<model::Finding> figure_rows_off_table_columns(
    const std::vector<LabelledFigure>& figures, const std::set<long>& table_columns,
    std::uint32_t last_table_row, const std::string& sheet);

}  // namespace evalbook::tmpl
