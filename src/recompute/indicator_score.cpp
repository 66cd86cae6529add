#include "recompute/indicator_score.h"

#include <algorithm>

#include <fmt/format.h>

#include "recompute/rounding.h"

namespace evalbook::recompute {

namespace {

using model::Comparator;
using model::IndicatorValue;
using model::ValueKind;

std::string num(double x) {
  // Shortest readable form of a figure in a formula ("8", "0.5", "39.8").
  std::string s = format_fixed(x, 4);
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
    bool dot = s.back() == '.';
    s.pop_back();
    if (dot) break;
  }
  return s;
}

bool same_unit(const IndicatorValue& a, const IndicatorValue& b) {
  return a.unit.empty() || b.unit.empty() || a.unit == b.unit;
}

// 反向: at or under the target full marks; between T and 2T proportionally less; 0 from 2T.
QuantitativeScore reverse(double t, double a, double w) {
  if (a <= t) return {w, fmt::format("反向指标：实际 {} ≤ 目标 {}，得满分 {}", num(a), num(t), num(w))};
  if (t > 0 && a < 2 * t) {
    double s = w * (1 - (a - t) / t);
    return {s, fmt::format("反向指标：{} × (1 − ({} − {}) ÷ {}) = {}", num(w), num(a), num(t), num(t),
                           format_fixed(s, 2))};
  }
  return {0, fmt::format("反向指标：实际 {} ≥ 目标的 2 倍 {}，得 0 分", num(a), num(2 * t))};
}

QuantitativeScore proportional(double t, double a, double w, const char* kind) {
  if (a >= t) return {w, fmt::format("{}：实际 {} ≥ 目标 {}，得满分 {}", kind, num(a), num(t), num(w))};
  double s = w * a / t;
  return {s, fmt::format("{}：{} ÷ {} × {} = {}", kind, num(a), num(t), num(w), format_fixed(s, 2))};
}

}  // namespace

std::optional<QuantitativeScore> quantitative_score(const IndicatorValue& target,
                                                    const IndicatorValue& actual, double weight) {
  if (!target.value || !actual.value || !same_unit(target, actual)) return std::nullopt;
  if (model::percent_scale_unclear(target, actual)) return std::nullopt;  // told at its cell
  if (actual.kind != ValueKind::number && actual.kind != ValueKind::range) return std::nullopt;
  double a = std::max(0.0, *actual.value);  // a negative actual counts as 0
  double t = *target.value;
  if (target.kind == ValueKind::range && target.upper) {
    double lo = t;
    double hi = *target.upper;
    if (a >= lo && a <= hi)
      return QuantitativeScore{weight, fmt::format("区间 {}–{}：实际 {} 在区间内，得满分 {}", num(lo), num(hi), num(a),
                                                   num(weight))};
    if (a < lo) {
      if (lo <= 0) return std::nullopt;
      return proportional(lo, a, weight, "区间下限");
    }
    return reverse(hi, a, weight);
  }
  if (target.kind != ValueKind::number) return std::nullopt;
  switch (target.comparator) {
    case Comparator::ge:
    case Comparator::gt:
    case Comparator::none:
      if (t <= 0) return std::nullopt;
      return proportional(t, a, weight, "正向指标");
    case Comparator::le:
    case Comparator::lt:
      return reverse(t, a, weight);
    case Comparator::eq:
      if (t == 0) {
        if (a <= 0) return QuantitativeScore{weight, fmt::format("等于 0 的指标：实际 {}，得满分 {}", num(a), num(weight))};
        return QuantitativeScore{0, fmt::format("等于 0 的指标：实际 {} > 0，得 0 分", num(a))};
      }
      return proportional(t, a, weight, "等于型指标");
  }
  return std::nullopt;
}

Band qualitative_band(model::QualitativeLevel level, double weight, const RuleParams& params) {
  double achieved = round_half_up(weight * params.achieved_min, 2);
  double partial = round_half_up(weight * params.partial_min, 2);
  switch (level) {
    case model::QualitativeLevel::achieved:
      return {achieved, weight, true, fmt::format("{}–{}", num(achieved), num(weight))};
    case model::QualitativeLevel::partial:
      return {partial, achieved, false, fmt::format("{} 至小于 {}", num(partial), num(achieved))};
    case model::QualitativeLevel::not_achieved:
      return {0, partial, false, fmt::format("0 至小于 {}", num(partial))};
    case model::QualitativeLevel::none:
      break;
  }
  return {0, weight, true, ""};
}

}  // namespace evalbook::recompute
