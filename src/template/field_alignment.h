// Labelled figures (上年结转金额 26.66, 预算执行金额 11,123.37 …) stand in the same columns row
// after row. A row whose figures all stand off those columns by the same few columns has been
// shifted (its label with it); its figures are still read beside their labels, and an info at
// the row's label says so.
#pragma once

#include <cstdint>
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

// One info per shifted row (at its first label), for figures of the sheet `sheet`.
std::vector<model::Finding> shifted_figure_rows(const std::vector<LabelledFigure>& figures,
                                                const std::string& sheet);

}  // namespace evalbook::tmpl
