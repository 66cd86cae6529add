// A value some forms split over several columns: 四川's targets are written 指标性质 (≥ = ≤ 定性)
// | 指标值 | 度量单位, and its 完成值 takes that same unit. The parts are read as columns of their
// own and joined into the one value the rules read ("≥" "30" "公里" -> "≥30公里").
#pragma once

#include <string>
#include <vector>

#include "model/record.h"

namespace evalbook::tmpl {

struct JoinedColumn {
  std::string value;  // the field that receives the joined text, and keeps its own cell
  std::string sign;  // "" or the field of a comparator (≥ ≤ = > <); other words there are dropped
  std::string unit;  // "" or the field of the unit, appended to a number that has none
};

// Joins each spec's parts into its value field of `item` (an indicator row being read).
void join_columns(const std::vector<JoinedColumn>& joins, model::Node& item);

}  // namespace evalbook::tmpl
