// Typed reading of indicator values, amounts, rates, levels and grades. Each seed example names
// the seed file and line it comes from (tests/data/seeds/NNN_*.txt); wordings quoted only by
// docs/RULES.md or the task brief say so.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <string>

#include "model/indicator_value.h"

using evalbook::model::Comparator;
using evalbook::model::IndicatorValue;
using evalbook::model::parse_amount;
using evalbook::model::parse_grade;
using evalbook::model::parse_indicator_value;
using evalbook::model::parse_level;
using evalbook::model::parse_rate;
using evalbook::model::QualitativeLevel;
using evalbook::model::ValueKind;

namespace {

// A number with comparator, value and unit, as one comparable line in a failure message.
std::string describe(const IndicatorValue& v) {
  std::string s;
  switch (v.kind) {
    case ValueKind::empty:
      s = "empty";
      break;
    case ValueKind::number:
      s = "number";
      break;
    case ValueKind::range:
      s = "range";
      break;
    case ValueKind::date:
      s = "date";
      break;
    case ValueKind::qualitative:
      s = "qualitative";
      break;
    case ValueKind::text:
      s = "text";
      break;
  }
  s += " cmp=" + std::to_string(static_cast<int>(v.comparator));
  if (v.value) s += " v=" + std::to_string(*v.value);
  if (v.upper) s += " up=" + std::to_string(*v.upper);
  s += " unit=" + v.unit + (v.percent ? " %" : "");
  if (v.date) {
    s += " date=" + std::to_string(v.date->year) + "/" + std::to_string(v.date->month) + "/" +
         std::to_string(v.date->day);
  }
  if (v.deadline) s += " deadline";
  if (v.end_of_period) s += " eop";
  return s;
}

bool is_number(const IndicatorValue& v, Comparator c, double value, const std::string& unit) {
  INFO(describe(v));
  return v.kind == ValueKind::number && v.comparator == c && v.value &&
         *v.value == Approx(value).margin(1e-12) && !v.upper && v.unit == unit &&
         v.percent == (unit == "%") && !v.date && !v.deadline;
}

bool is_range(const IndicatorValue& v, double a, double b, const std::string& unit) {
  return v.kind == ValueKind::range && v.comparator == Comparator::none && v.value &&
         *v.value == a && v.upper && *v.upper == b && v.unit == unit && v.percent == (unit == "%");
}

bool is_date(const IndicatorValue& v, int y, int m, int d, bool deadline, bool eop) {
  return v.kind == ValueKind::date && v.date && v.date->year == y && v.date->month == m &&
         v.date->day == d && v.deadline == deadline && v.end_of_period == eop && !v.value;
}

bool is_text(const IndicatorValue& v) {
  return v.kind == ValueKind::text && !v.value && !v.upper && v.unit.empty() && !v.date &&
         v.comparator == Comparator::none && v.level == QualitativeLevel::none;
}

bool is_level(const IndicatorValue& v, QualitativeLevel level) {
  return v.kind == ValueKind::qualitative && v.level == level && !v.value;
}

}  // namespace

TEST_CASE("value: comparators written before the number") {
  // seed 004 line 601: ≤8209人 (target); the brief also quotes it as ≥8209人
  CHECK(is_number(parse_indicator_value("≤8209人"), Comparator::le, 8209, "人"));
  CHECK(is_number(parse_indicator_value("≥8209人"), Comparator::ge, 8209, "人"));
  // seed 004 line 601: ≤8038人 (actual)
  CHECK(is_number(parse_indicator_value("≤8038人"), Comparator::le, 8038, "人"));
  // seed 004 line 602: =100%
  CHECK(is_number(parse_indicator_value("=100%"), Comparator::eq, 100, "%"));
  // seed 004 line 607: ≥90% (target), ≥100% (actual)
  CHECK(is_number(parse_indicator_value("≥90%"), Comparator::ge, 90, "%"));
  CHECK(is_number(parse_indicator_value("≥100%"), Comparator::ge, 100, "%"));
  // seed 004 line 676: ≥25家 in the actual column; the parser keeps ≥, the value is 25
  CHECK(is_number(parse_indicator_value("≥25家"), Comparator::ge, 25, "家"));
  // seed 004 line 655: ≤35万元 / ≤33.7248万元
  CHECK(is_number(parse_indicator_value("≤35万元"), Comparator::le, 35, "万元"));
  CHECK(is_number(parse_indicator_value("≤33.7248万元"), Comparator::le, 33.7248, "万元"));
  // seed 004 line 775: =1000平方米 / =0平方米
  CHECK(is_number(parse_indicator_value("=1000平方米"), Comparator::eq, 1000, "平方米"));
  CHECK(is_number(parse_indicator_value("=0平方米"), Comparator::eq, 0, "平方米"));
  // seed 004 line 751: ≥1000万美元
  CHECK(is_number(parse_indicator_value("≥1000万美元"), Comparator::ge, 1000, "万美元"));
  // seed 004 line 896: ≥2亿元/年镇 and ≥3.69亿元/年镇: a compound unit
  CHECK(is_number(parse_indicator_value("≥2亿元/年镇"), Comparator::ge, 2, "亿元/年镇"));
  CHECK(is_number(parse_indicator_value("≥3.69亿元/年镇"), Comparator::ge, 3.69, "亿元/年镇"));
  // seed 004 line 866: ≥19.6%
  CHECK(is_number(parse_indicator_value("≥19.6%"), Comparator::ge, 19.6, "%"));
  // seed 004 lines 738-739: ≥15车次, ≥150平米
  CHECK(is_number(parse_indicator_value("≥15车次"), Comparator::ge, 15, "车次"));
  CHECK(is_number(parse_indicator_value("≥150平米"), Comparator::ge, 150, "平米"));
  // seed 003 line 83: ≤0.5小时
  CHECK(is_number(parse_indicator_value("≤0.5小时"), Comparator::le, 0.5, "小时"));
  // seed 003 line 87: ≥10年
  CHECK(is_number(parse_indicator_value("≥10年"), Comparator::ge, 10, "年"));
  // seed 003 line 88: >95%
  CHECK(is_number(parse_indicator_value(">95%"), Comparator::gt, 95, "%"));
  // seed 003 line 164: >80%
  CHECK(is_number(parse_indicator_value(">80%"), Comparator::gt, 80, "%"));
}

TEST_CASE("value: a leading '-' means '=' (RULES §8), never a negative number") {
  // seed 004 line 626: -8人
  CHECK(is_number(parse_indicator_value("-8人"), Comparator::eq, 8, "人"));
  // seed 004 line 628: -100%
  CHECK(is_number(parse_indicator_value("-100%"), Comparator::eq, 100, "%"));
  // seed 004 line 840: -30万
  CHECK(is_number(parse_indicator_value("-30万"), Comparator::eq, 30, "万"));
  // seed 004 line 652: -1台
  CHECK(is_number(parse_indicator_value("-1台"), Comparator::eq, 1, "台"));
  // seed 004 line 705: -9个
  CHECK(is_number(parse_indicator_value("-9个"), Comparator::eq, 9, "个"));
  // seed 004 line 833: -90平方米
  CHECK(is_number(parse_indicator_value("-90平方米"), Comparator::eq, 90, "平方米"));
  // seed 004 line 804: -0场 (actual: nothing held)
  CHECK(is_number(parse_indicator_value("-0场"), Comparator::eq, 0, "场"));
  // seed 004 line 807: -0%
  CHECK(is_number(parse_indicator_value("-0%"), Comparator::eq, 0, "%"));
  // edge: "-0" is = 0, and the value is +0
  IndicatorValue zero = parse_indicator_value("-0");
  CHECK(is_number(zero, Comparator::eq, 0, ""));
  CHECK_FALSE(std::signbit(*zero.value));
}

TEST_CASE("value: comparator words before and after the number") {
  // seed 002 line 171: 不超17万
  CHECK(is_number(parse_indicator_value("不超17万"), Comparator::le, 17, "万"));
  // seed 002 line 168: 不超4.67万
  CHECK(is_number(parse_indicator_value("不超4.67万"), Comparator::le, 4.67, "万"));
  // seed 002 line 158: 不少于10场; line 160: 不少于40个
  CHECK(is_number(parse_indicator_value("不少于10场"), Comparator::ge, 10, "场"));
  CHECK(is_number(parse_indicator_value("不少于40个"), Comparator::ge, 40, "个"));
  // brief: 不少于10家 (the tail of seed 002 line 83)
  CHECK(is_number(parse_indicator_value("不少于10家"), Comparator::ge, 10, "家"));
  // seed 002 line 82: 20次以上
  CHECK(is_number(parse_indicator_value("20次以上"), Comparator::ge, 20, "次"));
  // seed 002 line 98: 90%以上
  CHECK(is_number(parse_indicator_value("90%以上"), Comparator::ge, 90, "%"));
  // seed 002 line 99: 5%以下
  CHECK(is_number(parse_indicator_value("5%以下"), Comparator::le, 5, "%"));
  // seed 000 line 32: 95%以上 (actual)
  CHECK(is_number(parse_indicator_value("95%以上"), Comparator::ge, 95, "%"));
  // seed 003 line 229: 大于90%以上: both say "above"; the leading word (>) is kept
  CHECK(is_number(parse_indicator_value("大于90%以上"), Comparator::gt, 90, "%"));
  // brief: the recognised words
  CHECK(is_number(parse_indicator_value("大于5人"), Comparator::gt, 5, "人"));
  CHECK(is_number(parse_indicator_value("小于5人"), Comparator::lt, 5, "人"));
  CHECK(is_number(parse_indicator_value("不低于95%"), Comparator::ge, 95, "%"));
  CHECK(is_number(parse_indicator_value("不高于3%"), Comparator::le, 3, "%"));
  CHECK(is_number(parse_indicator_value("不超过20万元"), Comparator::le, 20, "万元"));
  CHECK(is_number(parse_indicator_value("超过20万元"), Comparator::gt, 20, "万元"));
  CHECK(is_number(parse_indicator_value("3个工作日以内"), Comparator::le, 3, "个工作日"));
  CHECK(is_number(parse_indicator_value("低于1%"), Comparator::lt, 1, "%"));
  CHECK(is_number(parse_indicator_value("高于1%"), Comparator::gt, 1, "%"));
  CHECK(is_number(parse_indicator_value("达到100%"), Comparator::ge, 100, "%"));
  CHECK(is_number(parse_indicator_value(">=90%"), Comparator::ge, 90, "%"));
  CHECK(is_number(parse_indicator_value("<=5天"), Comparator::le, 5, "天"));
  // conflicting directions or '=' with a trailing word: not a number
  CHECK(is_text(parse_indicator_value("≥5%以下")));
  CHECK(is_text(parse_indicator_value("=90%以上")));
}

TEST_CASE("value: plain numbers and units") {
  // seed 002 line 159: 2500 (份数 slipped into 完成进度)
  CHECK(is_number(parse_indicator_value("2500"), Comparator::none, 2500, ""));
  // seed 002 line 170: 0 (actual 培训费)
  CHECK(is_number(parse_indicator_value("0"), Comparator::none, 0, ""));
  // RULES §8: 1,150; seed 003 line 12: 11,123.37
  CHECK(is_number(parse_indicator_value("1,150"), Comparator::none, 1150, ""));
  CHECK(is_number(parse_indicator_value("11,123.37"), Comparator::none, 11123.37, ""));
  // seed 004 line 596: 369.405
  CHECK(is_number(parse_indicator_value("369.405"), Comparator::none, 369.405, ""));
  // seed 001 line 8: 100.00%
  CHECK(is_number(parse_indicator_value("100.00%"), Comparator::none, 100, "%"));
  // seed 000 line 13: 0.00
  CHECK(is_number(parse_indicator_value("0.00"), Comparator::none, 0, ""));
  // seed 000 line 24: 130户; line 24: 67%
  CHECK(is_number(parse_indicator_value("130户"), Comparator::none, 130, "户"));
  CHECK(is_number(parse_indicator_value("67%"), Comparator::none, 67, "%"));
  // seed 002 line 168: 1.63万
  CHECK(is_number(parse_indicator_value("1.63万"), Comparator::none, 1.63, "万"));
  // seed 003 line 79: 1套/年
  CHECK(is_number(parse_indicator_value("1套/年"), Comparator::none, 1, "套/年"));
  // seed 003 line 85: 15万; line 222: 1亿元, 5000万元
  CHECK(is_number(parse_indicator_value("15万"), Comparator::none, 15, "万"));
  CHECK(is_number(parse_indicator_value("1亿元"), Comparator::none, 1, "亿元"));
  CHECK(is_number(parse_indicator_value("5000万元"), Comparator::none, 5000, "万元"));
  // seed 003 line 224: 1年 (a duration, not a date)
  CHECK(is_number(parse_indicator_value("1年"), Comparator::none, 1, "年"));
  // seed 003 line 147: 3个; line 149: 16户
  CHECK(is_number(parse_indicator_value("3个"), Comparator::none, 3, "个"));
  CHECK(is_number(parse_indicator_value("16户"), Comparator::none, 16, "户"));
  // seed 001 line 15: 1 (actual of a 1-2次 target)
  CHECK(is_number(parse_indicator_value("1"), Comparator::none, 1, ""));
  // seed 004 line 836: 1 (target 采购LED彩色屏)
  CHECK(is_number(parse_indicator_value(" 1 "), Comparator::none, 1, ""));
  // brief: units are whatever follows the number
  for (const char* unit :
       {"元", "万元", "亿元", "亿", "万", "小时", "个工作日", "天", "户", "家",     "人",  "人次",
        "次", "场",   "个",   "项", "篇", "份",   "辆",       "台", "套", "平方米", "公里"}) {
    INFO(unit);
    CHECK(is_number(parse_indicator_value(std::string("12") + unit), Comparator::none, 12, unit));
  }
}

TEST_CASE("value: full-width digits and signs") {
  CHECK(is_number(parse_indicator_value("１２３"), Comparator::none, 123, ""));
  CHECK(is_number(parse_indicator_value("８５％"), Comparator::none, 85, "%"));
  CHECK(is_number(parse_indicator_value("＞９０％"), Comparator::gt, 90, "%"));
  CHECK(is_number(parse_indicator_value("＝100%"), Comparator::eq, 100, "%"));
  CHECK(is_number(parse_indicator_value("≧95%"), Comparator::ge, 95, "%"));
  CHECK(is_number(parse_indicator_value("≦5%"), Comparator::le, 5, "%"));
  CHECK(is_number(parse_indicator_value("＜３天"), Comparator::lt, 3, "天"));
  CHECK(is_number(parse_indicator_value("－８人"), Comparator::eq, 8, "人"));
  CHECK(is_number(parse_indicator_value("１２．５万元"), Comparator::none, 12.5, "万元"));
  CHECK(is_range(parse_indicator_value("３～５家"), 3, 5, "家"));
}

TEST_CASE("value: blanks and HTML wrappers around the value") {
  CHECK(is_number(parse_indicator_value("\u3000≥90%\u3000"), Comparator::ge, 90, "%"));
  CHECK(is_number(parse_indicator_value("\u00a0≥ 90 %\u00a0"), Comparator::ge, 90, "%"));
  CHECK(is_number(parse_indicator_value("<p>≥90%</p>"), Comparator::ge, 90, "%"));
  CHECK(is_number(parse_indicator_value(" <p> -8人 </p> "), Comparator::eq, 8, "人"));
  // blanks between digits: the digits could join or not, never guess
  CHECK(is_text(parse_indicator_value("1 000")));
}

TEST_CASE("value: ranges") {
  // seed 001 line 15: 1-2次
  CHECK(is_range(parse_indicator_value("1-2次"), 1, 2, "次"));
  // seed 001 line 17: 3-5家
  CHECK(is_range(parse_indicator_value("3-5家"), 3, 5, "家"));
  // seed 004 line 805: 4-5 (电商培训期数; no unit written)
  CHECK(is_range(parse_indicator_value("4-5"), 4, 5, ""));
  // seed 004 line 654: 3-6月; line 808: 4-11月 (month spans, kept as a range of 月)
  CHECK(is_range(parse_indicator_value("3-6月"), 3, 6, "月"));
  CHECK(is_range(parse_indicator_value("4-11月"), 4, 11, "月"));
  // brief: the other separators and a unit repeated on the first bound
  CHECK(is_range(parse_indicator_value("3~5家"), 3, 5, "家"));
  CHECK(is_range(parse_indicator_value("3—5家"), 3, 5, "家"));
  CHECK(is_range(parse_indicator_value("3至5家"), 3, 5, "家"));
  CHECK(is_range(parse_indicator_value("3%-5%"), 3, 5, "%"));
  CHECK(is_range(parse_indicator_value("3-5%"), 3, 5, "%"));
  CHECK(is_range(parse_indicator_value("3万-5万"), 3, 5, "万"));
  // not ranges
  CHECK(is_text(parse_indicator_value("1-2-3")));
  CHECK(is_text(parse_indicator_value("5-3家")));    // bounds reversed
  CHECK(is_text(parse_indicator_value("≥1-2次")));   // comparator on a range
  CHECK(is_text(parse_indicator_value("3家-5人")));  // two different units
  CHECK(is_text(parse_indicator_value("3%-5")));     // percent only on the first bound
  // seed 002 line 69: 20200101至 20201231 (项目期: a period of two date stamps)
  CHECK(is_text(parse_indicator_value("20200101至 20201231")));
  // seed 003 line 135: 201905至202012
  CHECK(is_text(parse_indicator_value("201905至202012")));
  // seed 003 line 67: 2020-01-01至2020-12-31
  CHECK(is_text(parse_indicator_value("2020-01-01至2020-12-31")));
}

TEST_CASE("value: dates, months and deadlines") {
  // seed 004 line 603: 2023年1月22日前
  CHECK(is_date(parse_indicator_value("2023年1月22日前"), 2023, 1, 22, true, false));
  // seed 004 line 747: 2023年11月10日前
  CHECK(is_date(parse_indicator_value("2023年11月10日前"), 2023, 11, 10, true, false));
  // seed 004 line 629: 11月底
  CHECK(is_date(parse_indicator_value("11月底"), 0, 11, 0, false, true));
  // seed 004 line 630: 12月底
  CHECK(is_date(parse_indicator_value("12月底"), 0, 12, 0, false, true));
  // seed 000 line 26: 年底前
  CHECK(is_date(parse_indicator_value("年底前"), 0, 0, 0, true, true));
  CHECK(is_date(parse_indicator_value("年底"), 0, 0, 0, false, true));
  // seed 004 line 893: 2023年底前
  CHECK(is_date(parse_indicator_value("2023年底前"), 2023, 0, 0, true, true));
  // seed 004 line 746: 2023年10月底
  CHECK(is_date(parse_indicator_value("2023年10月底"), 2023, 10, 0, false, true));
  // seed 004 line 863: 2023年9月
  CHECK(is_date(parse_indicator_value("2023年9月"), 2023, 9, 0, false, false));
  // seed 004 line 804 (deviation text): 2022年11月
  CHECK(is_date(parse_indicator_value("2022年11月"), 2022, 11, 0, false, false));
  // seed 004 line 809: 2023年10月份
  CHECK(is_date(parse_indicator_value("2023年10月份"), 2023, 10, 0, false, false));
  // seed 003 line 219 (prose): 2002年6月5日
  CHECK(is_date(parse_indicator_value("2002年6月5日"), 2002, 6, 5, false, false));
  // seed 004 line 680: 8月前
  CHECK(is_date(parse_indicator_value("8月前"), 0, 8, 0, true, false));
  // seed 004 line 839: 5月 (款项支付时间: a month of the year, not five months)
  CHECK(is_date(parse_indicator_value("5月"), 0, 5, 0, false, false));
  // seed 003 line 151: 2019-05-01 00:00:00 (a date cell shown with its time)
  CHECK(is_date(parse_indicator_value("2019-05-01 00:00:00"), 2019, 5, 1, false, false));
  // seed 003 line 152: 2019.7; line 153: 2020.12
  CHECK(is_date(parse_indicator_value("2019.7"), 2019, 7, 0, false, false));
  CHECK(is_date(parse_indicator_value("2020.12"), 2020, 12, 0, false, false));
  // brief: ISO and slashed dates, a deadline word after them
  CHECK(is_date(parse_indicator_value("2023-12-31"), 2023, 12, 31, false, false));
  CHECK(is_date(parse_indicator_value("2023/12/31之前"), 2023, 12, 31, true, false));
  CHECK(is_date(parse_indicator_value("2023年12月31日以前"), 2023, 12, 31, true, false));
  CHECK(is_date(parse_indicator_value("2024年2月29日"), 2024, 2, 29, false, false));
  // not dates
  CHECK(is_text(parse_indicator_value("2023年2月29日")));  // no such day
  CHECK(is_text(parse_indicator_value("2023年13月")));
  CHECK(is_text(parse_indicator_value("2023年度")));
  // seed 004 line 864: 2023年7月-8月 (a period): text
  CHECK(is_text(parse_indicator_value("2023年7月-8月")));
  // seed 004 line 780: 6月、12月 (two dates): text
  CHECK(is_text(parse_indicator_value("6月、12月")));
  CHECK(is_text(parse_indicator_value("2019-05-01 25:00:00")));
}

TEST_CASE("value: qualitative levels as indicator values") {
  // seed 004 line 603: 达成预期指标
  CHECK(is_level(parse_indicator_value("达成预期指标"), QualitativeLevel::achieved));
  // seed 004 line 921: 部分达成预期指标并具有一定效果
  CHECK(
      is_level(parse_indicator_value("部分达成预期指标并具有一定效果"), QualitativeLevel::partial));
  // seed 004 line 654: 未完成预期指标且效果较差
  CHECK(
      is_level(parse_indicator_value("未完成预期指标且效果较差"), QualitativeLevel::not_achieved));
  // RULES §1.4: 达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差
  CHECK(is_level(parse_indicator_value("达成年度指标"), QualitativeLevel::achieved));
  CHECK(
      is_level(parse_indicator_value("部分达成年度指标并具有一定效果"), QualitativeLevel::partial));
  CHECK(
      is_level(parse_indicator_value("未达成年度指标且效果较差"), QualitativeLevel::not_achieved));
}

TEST_CASE("value: wordings kept as text") {
  // seed 004 line 605: 提高; line 606: 巩固
  CHECK(is_text(parse_indicator_value("提高")));
  CHECK(is_text(parse_indicator_value("巩固")));
  // seed 001 line 21: 按时完成 is the indicator name; 完成 the value; line 67: 按时完成
  CHECK(is_text(parse_indicator_value("按时完成")));
  CHECK(is_text(parse_indicator_value("完成")));
  // seed 004 line 604: 每人1500元，市级承担30% (two numbers, not one value)
  CHECK(is_text(parse_indicator_value("每人1500元，市级承担30%")));
  // seed 002 line 183: 239个项目, 总投资1695.7亿 (and line 91, split over lines)
  CHECK(is_text(parse_indicator_value("239个项目, 总投资1695.7亿")));
  CHECK(is_text(parse_indicator_value("239个项 目, 总投资 1695.7亿, 开工率 65.4%")));
  // seed 002 line 160: 约60个; line 167: 约60 (约 = approximate: never a number)
  CHECK(is_text(parse_indicator_value("约60个")));
  CHECK(is_text(parse_indicator_value("约60")));
  // brief: 九十五 (numerals in words)
  CHECK(is_text(parse_indicator_value("九十五")));
  // seed 002 line 83: 引进行业领军企业、500强企业不少于10家 (two numbers: 500 and 10)
  CHECK(is_text(parse_indicator_value("引进行业领军企业、500强企业不少于10家")));
  // seed 002 line 159: 种类不少于5种，份数不少于2000份 (two targets in one cell)
  CHECK(is_text(parse_indicator_value("种类不少于5种，份数不少于2000份")));
  // seed 000 line 27: 合计160万元 (a prefix that is not a comparator)
  CHECK(is_text(parse_indicator_value("合计160万元")));
  // seed 000 line 25: 对全市130户出口企业保费配套30%进行补助
  CHECK(is_text(parse_indicator_value("对全市130户出口企业保费配套30%进行补助")));
  // seed 003 line 154: 50万/户*3 (a product)
  CHECK(is_text(parse_indicator_value("50万/户*3")));
  // seed 002 line 88: 每项、每次2万元
  CHECK(is_text(parse_indicator_value("每项、每次2万元")));
  // seed 002 line 175: 微博77篇, 微信公众号213篇
  CHECK(is_text(parse_indicator_value("微博77篇, 微信公众号213篇")));
  // seed 004 line 712: 按月; seed 002 line 165: 全年; seed 001 line 22: 合规
  CHECK(is_text(parse_indicator_value("按月")));
  CHECK(is_text(parse_indicator_value("全年")));
  CHECK(is_text(parse_indicator_value("合规")));
  // seed 001 line 9: — (a dash for "not applicable")
  CHECK(is_text(parse_indicator_value("—")));
  // approximate or open-ended wordings
  CHECK(is_text(parse_indicator_value("600余条")));
  CHECK(is_text(parse_indicator_value("20多家")));
  CHECK(is_text(parse_indicator_value("60个左右")));
}

TEST_CASE("value: edge cases never throw and never guess a number") {
  CHECK(parse_indicator_value("").kind == ValueKind::empty);
  CHECK(parse_indicator_value("   ").kind == ValueKind::empty);
  CHECK(parse_indicator_value("\u3000\u00a0 \t").kind == ValueKind::empty);
  CHECK(parse_indicator_value("<p></p>").kind == ValueKind::empty);
  CHECK(is_text(parse_indicator_value("--5")));
  CHECK(is_text(parse_indicator_value("-")));
  CHECK(is_text(parse_indicator_value("≥")));
  CHECK(is_text(parse_indicator_value("%")));
  CHECK(is_text(parse_indicator_value("≥-5%")));  // '-' after a comparator is neither = nor −
  CHECK(is_text(parse_indicator_value("+5%")));
  CHECK(is_text(parse_indicator_value("1,15")));  // not a thousands group
  CHECK(is_text(parse_indicator_value("1150,000")));
  CHECK(is_text(parse_indicator_value("1.2.3")));
  CHECK(is_text(parse_indicator_value("85%人")));
  CHECK(is_text(parse_indicator_value("5.")));

  // very long digit strings: capped, no overflow, no hang
  const std::string digits(100000, '9');
  CHECK(is_text(parse_indicator_value(digits)));
  CHECK(is_text(parse_indicator_value(std::string(20, '9'))));
  CHECK(is_text(parse_indicator_value("0." + std::string(40, '1'))));
  CHECK(is_number(parse_indicator_value(std::string(15, '9')), Comparator::none, 999999999999999.0,
                  ""));
  CHECK_FALSE(parse_amount(digits).has_value());
  CHECK_FALSE(parse_rate(digits, true).has_value());
  CHECK(parse_level(digits) == QualitativeLevel::none);
  CHECK_FALSE(parse_grade(digits).has_value());
  CHECK(is_text(parse_indicator_value(std::string(5000, '-'))));

  // invalid UTF-8 and random bytes
  const std::string bad[] = {
      std::string("\xff\xfe\xfd"),
      std::string("\xe2\x89"),      // truncated ≥
      std::string("\xe2\x89\xa5"),  // ≥ alone (valid)
      std::string("\xe2\x89"
                  "5"),           // truncated ≥ then a digit
      std::string("12\xc0\xaf"),  // overlong '/'
      std::string("\xed\xa0\x80"
                  "8"),                 // a surrogate
      std::string("8\x00人", 5),        // embedded NUL
      std::string("\xf4\x90\x80\x80"),  // beyond U+10FFFF
  };
  for (const std::string& b : bad) {
    IndicatorValue v = parse_indicator_value(b);
    CHECK(v.kind != ValueKind::number);
    CHECK(v.kind != ValueKind::range);
    CHECK_FALSE(parse_amount(b).has_value());
    CHECK(parse_level(b) == QualitativeLevel::none);
    CHECK_FALSE(parse_grade(b).has_value());
  }
  std::uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int len = static_cast<int>(state % 24);
    for (int k = 0; k < len; ++k) {
      state = state * 1103515245u + 12345u;
      s.push_back(static_cast<char>(state >> 16));
    }
    state = state * 1103515245u + 12345u;
    CHECK_NOTHROW(parse_indicator_value(s));
    CHECK_NOTHROW(parse_amount(s));
    CHECK_NOTHROW(parse_rate(s, round % 2 == 0));
    CHECK_NOTHROW(parse_level(s));
    CHECK_NOTHROW(parse_grade(s));
  }
}

TEST_CASE("value: parse_amount reads plain amounts only") {
  // RULES §8: 1,150; seed 003 line 12: 11,123.37
  CHECK(parse_amount("1,150") == Approx(1150));
  CHECK(parse_amount("11,123.37") == Approx(11123.37));
  // seed 002 line 11: -567.94
  CHECK(parse_amount("-567.94") == Approx(-567.94));
  // seed 004 line 596: 369.405; seed 004 line 94: 2,384.38
  CHECK(parse_amount("369.405") == Approx(369.405));
  CHECK(parse_amount("2,384.38") == Approx(2384.38));
  // seed 000 line 12: 160.00; line 13: 0.00
  CHECK(parse_amount("160.00") == Approx(160));
  CHECK(parse_amount("0.00") == 0.0);
  // seed 001 line 8: 8.6
  CHECK(parse_amount(" 8.6 ") == Approx(8.6));
  CHECK(parse_amount("（12.5）") == Approx(-12.5));
  CHECK(parse_amount("(1,000.50)") == Approx(-1000.5));
  CHECK(parse_amount("１２３") == Approx(123));
  CHECK(parse_amount("－５") == Approx(-5));
  CHECK(parse_amount("+5") == Approx(5));
  CHECK(parse_amount("\u3000160\u00a0") == Approx(160));
  auto neg_zero = parse_amount("-0");
  REQUIRE(neg_zero.has_value());
  CHECK_FALSE(std::signbit(*neg_zero));
  for (const char* s :
       {"",         " ",     "约60个", "九十五", "12万", "—",   "-",  "1,15", "1,1500",
        "1150,000", "1.2.3", "1 000",  "- 5",    "(-5)", "5.",  ".5", "12%",  "≥5",
        "1e3",      "--5",   "(5",     "5)",     "0x10", "NaN", "inf"}) {
    INFO(s);
    CHECK_FALSE(parse_amount(s).has_value());
  }
}

TEST_CASE("value: parse_rate") {
  // header example: 82.37% -> 0.8237 within 1e-12
  auto r = parse_rate("82.37%", false);
  REQUIRE(r.has_value());
  CHECK(std::abs(*r - 0.8237) < 1e-12);
  // seed 001 line 8: 100.00%
  CHECK(parse_rate("100.00%", false) == Approx(1.0));
  CHECK(parse_rate("100.00%", true) == Approx(1.0));  // '%' written: percent_units irrelevant
  CHECK(parse_rate("８５％", false) == Approx(0.85));
  CHECK(parse_rate("85 %", false) == Approx(0.85));
  // RULES §8: ratios written as 0.75
  CHECK(parse_rate("0.75", false) == Approx(0.75));
  // seed 004 line 597: 执行率 100.00 written in percent without '%'
  CHECK(parse_rate("100.00", true) == Approx(1.0));
  CHECK(std::abs(*parse_rate("93.25", true) - 0.9325) < 1e-12);
  CHECK(parse_rate("93.25", false) == Approx(93.25));  // as written when not in percent units
  for (const char* s : {"", "%", "≥90%", "约80%", "九十", "80%以上", "-", "abc"}) {
    INFO(s);
    CHECK_FALSE(parse_rate(s, false).has_value());
    CHECK_FALSE(parse_rate(s, true).has_value());
  }
}

TEST_CASE("value: parse_level") {
  CHECK(parse_level("达成预期指标") == QualitativeLevel::achieved);
  CHECK(parse_level("达成年度指标") == QualitativeLevel::achieved);
  CHECK(parse_level(" 已达成预期指标 ") == QualitativeLevel::achieved);
  CHECK(parse_level("部分达成预期指标并具有一定效果") == QualitativeLevel::partial);
  CHECK(parse_level("部分达成年度指标并具有一定效果") == QualitativeLevel::partial);
  CHECK(parse_level("未完成预期指标且效果较差") == QualitativeLevel::not_achieved);
  CHECK(parse_level("未达成年度指标且效果较差") == QualitativeLevel::not_achieved);
  CHECK(parse_level("<p>达成预期指标</p>") == QualitativeLevel::achieved);
  for (const char* s : {"", "完成", "按时完成", "达成", "未达成", "提高", "指标", "预期指标",
                        "≥90%", "由于疫情未达成预期指标"}) {
    INFO(s);
    CHECK(parse_level(s) == QualitativeLevel::none);
  }
}

TEST_CASE("value: parse_grade") {
  // seed 000 line 63: 优; seed 002 line 55: 良; seed 004 line 815: 中; line 786: 差
  CHECK(parse_grade("优") == std::string("优"));
  CHECK(parse_grade("优秀") == std::string("优"));
  CHECK(parse_grade(" 良 ") == std::string("良"));
  CHECK(parse_grade("良好") == std::string("良"));
  CHECK(parse_grade("中") == std::string("中"));
  CHECK(parse_grade("中等") == std::string("中"));
  CHECK(parse_grade("合格") == std::string("中"));
  CHECK(parse_grade("差") == std::string("差"));
  CHECK(parse_grade("较差") == std::string("差"));
  CHECK(parse_grade("不合格") == std::string("差"));
  CHECK(parse_grade("\u3000优\u3000") == std::string("优"));
  CHECK(parse_grade("“优”") == std::string("优"));
  for (const char* s : {"", " ", "优良", "良中", "A", "90", "评价结果为优", "差差"}) {
    INFO(s);
    CHECK_FALSE(parse_grade(s).has_value());
  }
}

TEST_CASE("value: a bare fraction beside a percent target has no sure scale") {
  using evalbook::model::percent_scale_unclear;
  auto unclear = [](const char* target, const char* actual) {
    return percent_scale_unclear(parse_indicator_value(target), parse_indicator_value(actual));
  };
  CHECK(unclear("≥90%", "0.95"));  // 95% typed as a fraction, or 0.95%?
  CHECK(unclear("≥95%", "1"));     // 100% or 1%?
  CHECK(unclear("90%-100%", "0.93"));
  CHECK_FALSE(unclear("≥90%", "95"));  // percent points without the sign: one reading
  CHECK_FALSE(unclear("≥90%", "95%"));
  CHECK_FALSE(unclear("≥90%", "0"));       // 0 on either scale
  CHECK_FALSE(unclear("≤0.5%", "0.3"));    // a target under 1%: fractions are its own scale
  CHECK_FALSE(unclear("≥20家", "0.5"));    // not a percent target
  CHECK_FALSE(unclear("≥90%", "0.95个"));  // a unit written: not a bare number
}
