// The score an indicator earns by the official rules (RULES.md §1.3, §1.4): quantitative
// targets by their type (正向, 反向, 等于, range), qualitative levels by their band.
#pragma once

#include <optional>
#include <string>

#include "model/indicator_value.h"
#include "recompute/rule_params.h"

namespace evalbook::recompute {

struct QuantitativeScore {
  double score = 0;
  std::string formula;  // "正向：8 ÷ 10 × 20 = 16.00"
};

// The rule score of a quantitative indicator, or nullopt when target and actual cannot be
// compared (not numbers, different units, a zero target of a 正向 indicator).
std::optional<QuantitativeScore> quantitative_score(const model::IndicatorValue& target,
                                                    const model::IndicatorValue& actual,
                                                    double weight);

struct Band {
  double min = 0;         // inclusive
  double max = 0;         // inclusive when max_inclusive
  bool max_inclusive = true;
  std::string label;      // "80%–100%"
};

// The band a qualitative level allows for a weight.
Band qualitative_band(model::QualitativeLevel level, double weight, const RuleParams& params);

}  // namespace evalbook::recompute
