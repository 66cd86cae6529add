// Typed reading of the values clerks write in forms: amounts, rates, indicator targets and
// actuals with comparators, ranges, units, dates and deadlines, and qualitative levels. The raw
// text is always kept by the caller; these functions never throw and never guess a number.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evalbook::model {

enum class Comparator { none, ge, gt, eq, le, lt };

enum class QualitativeLevel { none, achieved, partial, not_achieved };

enum class ValueKind {
  empty,        // blank cell
  number,       // "≥20家", "=100%", "-8人", "369.405", "不少于10家"
  range,        // "1-2次", "3-5家", "3～5家"
  date,         // "2023年1月22日前", "2023-12-31", "11月底", "年底前"
  qualitative,  // "达成预期指标", "部分达成年度指标并具有一定效果", "未完成预期指标且效果较差"
  text,         // anything else ("提高", "巩固", "按时完成", "约60个", "九十五")
};

struct Date {
  int year = 0;   // 0 when not written
  int month = 0;  // 0 when not written
  int day = 0;    // 0 when not written ("11月底" -> month 11, day 0, end_of_period true)
};

struct IndicatorValue {
  ValueKind kind = ValueKind::empty;
  Comparator comparator = Comparator::none;
  std::optional<double> value;  // the number as written ("85%" -> 85, percent true)
  std::optional<double> upper;  // upper bound of a range
  std::string unit;      // "万元", "元", "家", "人", "次", "%", "小时", "个", "户", ...
  bool percent = false;  // the unit is "%"
  std::optional<Date> date;
  bool deadline = false;       // "前", "之前", "以前", "底前": by that date
  bool end_of_period = false;  // "11月底", "年底"
  QualitativeLevel level = QualitativeLevel::none;
};

// "≥20家", "-8人" (a leading '-' before a number means '='), "不超17万" (≤ 17, unit 万),
// "90%以上" (≥ 90 %), "5%以下" (≤ 5 %), "不少于10家" (≥), "1-2次" (range), "2023年1月22日前"
// (date, deadline), "达成预期指标" (qualitative), full-width digits and signs accepted.
IndicatorValue parse_indicator_value(std::string_view text);

// A percent target above 1% (≥90%, 3-5%) beside an actual written as a bare number not above 1
// ("0.95", "1"): a fraction typed for 95% or 0.95 itself, which cannot be told apart; such an
// actual is not scored against the target.
bool percent_scale_unclear(const IndicatorValue& target, const IndicatorValue& actual);

// Amounts as written in money cells: "1,150", "11,123.37", "-567.94", "369.405", "（12.5）"
// (accounting negative), full-width digits; nullopt for anything that is not a plain amount
// ("约60个", "九十五", "", "12万" -> nullopt: units are not allowed in an amount cell).
std::optional<double> parse_amount(std::string_view text);

// A rate as a fraction: "82.37%" -> 0.8237, "0.75" -> 0.75 (a plain number <= 1 is a fraction),
// and when `percent_units` (a 执行率 column written in percent without '%') "100" -> 1.0,
// "93.25" -> 0.9325. nullopt when not a rate.
std::optional<double> parse_rate(std::string_view text, bool percent_units);

// The qualitative level of a text, if it is one of the official wordings or a close variant
// (达成预期指标 / 达成年度指标; 部分达成…; 未达成… / 未完成…).
QualitativeLevel parse_level(std::string_view text);

// The grade of a text ("优", "良", "中", "差", "优秀", "良好", "合格"→"中"?, "不合格"→"差"),
// returned as one of "优" "良" "中" "差", or nullopt.
std::optional<std::string> parse_grade(std::string_view text);

}  // namespace evalbook::model
