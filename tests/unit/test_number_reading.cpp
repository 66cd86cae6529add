// Numbers in another dress (issue: readers hold on forms as units really fill them, point 4):
// each is read with the reading named, placeholders are empty, and anything else is unreadable.
#include <catch2/catch.hpp>
#include <string>

#include "model/number_reading.h"
#include "template/cell_reading.h"
#include "template/sheet_grid.h"

namespace {

using evalbook::model::NumberTextKind;
using evalbook::model::read_number_text;

void check_number(const std::string& text, double value, const std::string& unit,
                  const std::string& reading) {
  INFO(text);
  auto t = read_number_text(text);
  REQUIRE(t.kind == NumberTextKind::number);
  CHECK(t.value == Approx(value).margin(1e-12));
  CHECK(t.unit == unit);
  CHECK(t.reading.find(reading) != std::string::npos);
}

void check_unreadable(const std::string& text) {
  INFO(text);
  CHECK(read_number_text(text).kind == NumberTextKind::unreadable);
}

}  // namespace

TEST_CASE("number text: Chinese numerals", "[number_reading]") {
  check_number("九十五", 95, "", "中文数字");
  check_number("九十五点五", 95.5, "", "中文数字");
  check_number("一百", 100, "", "中文数字");
  check_number("一百零五", 105, "", "中文数字");
  check_number("十五", 15, "", "中文数字");
  check_number("两千三百", 2300, "", "中文数字");
  check_number("三万五千", 35000, "", "中文数字");
  check_number("玖拾伍", 95, "", "中文数字");
  check_number("零", 0, "", "中文数字");
  check_number("八十分", 80, "分", "中文数字");
  // Digit by digit, a bare trailing digit after 百, or words around it: not a number.
  check_unreadable("九五");
  check_unreadable("一百五");
  check_unreadable("九十五分左右");
  check_unreadable("约九十");
  check_unreadable("十百");
}

TEST_CASE("number text: full-width digits, suffixes, separators, negatives", "[number_reading]") {
  check_number("９５", 95, "", "全角数字");
  check_number("95分", 95, "分", "去掉单位“分”");
  check_number("95.0 分", 95, "分", "去掉单位“分”");
  check_number("12.5万元", 12.5, "万元", "去掉单位“万元”");
  check_number("12.5万", 12.5, "万元", "去掉单位“万”");
  check_number("1,234元", 1234, "元", "去掉千位分隔符");
  check_number("85%", 85, "%", "去掉单位“%”");
  check_number("1,234.50", 1234.5, "", "去掉千位分隔符");
  check_number("(1,234.50)", -1234.5, "", "括号表示负数");
  check_number("（1,234.50）", -1234.5, "", "括号表示负数");
  // Plain digits stored as text: read, no dress to name (the caller says "stored as text").
  auto plain = read_number_text("95");
  CHECK(plain.kind == NumberTextKind::number);
  CHECK(plain.reading.empty());
}

TEST_CASE("number text: placeholders are empty, errors and non-finite texts unreadable",
          "[number_reading]") {
  for (const char* p : {"—", "——", "--", "-", "/", "无", "空白", "－"}) {
    INFO(p);
    auto t = read_number_text(p);
    CHECK(t.kind == NumberTextKind::empty);
    CHECK(t.placeholder);
  }
  CHECK(read_number_text("").kind == NumberTextKind::empty);
  CHECK_FALSE(read_number_text("").placeholder);
  for (const char* bad : {"#DIV/0!", "TRUE", "FALSE", "1e309", "nan", "inf", "-inf", "1 000",
                          "约60个", "1,15", "95分分", "95%分"}) {
    check_unreadable(bad);
  }
}

TEST_CASE("cell reading: a dressed number is read with a warning naming the reading",
          "[number_reading]") {
  auto grid = evalbook::tmpl::SheetGrid::from_text(
      "s",
      "项目资金(万元)\t全年执行数\n\t九十五\n\t12.5万元\n\t12.5元\n\t85%\n\t九十五分左右\n\t—");
  std::vector<evalbook::model::Finding> findings;
  using evalbook::tmpl::ValueType;
  auto read = [&](std::uint32_t row, ValueType type = ValueType::number) {
    findings.clear();
    return evalbook::tmpl::read_scalar(grid, row, 2, type, "executed", findings);
  };
  auto s = read(2);
  REQUIRE(s.number);
  CHECK(*s.number == 95);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "value_reading");
  CHECK(findings[0].severity == "warning");
  CHECK(findings[0].cell == "B2");
  CHECK(findings[0].message.find("中文数字") != std::string::npos);

  s = read(3);  // the form's unit is 万元: read as written
  CHECK(s.number == 12.5);
  CHECK(findings.size() == 1);

  s = read(4);  // 元 on a 万元 form: never converted silently
  CHECK_FALSE(s.number);
  CHECK(s.unreadable);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "unreadable_value");
  CHECK(findings[0].message.find("万元") != std::string::npos);

  s = read(5, ValueType::percent_units);  // a rate: 85% is 0.85
  CHECK(s.number == Approx(0.85));
  s = read(5);  // elsewhere, as Excel stores "85%" typed into a cell
  CHECK(s.number == Approx(0.85));

  s = read(6);
  CHECK(s.unreadable);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "unreadable_value");
  CHECK(findings[0].cell == "B6");
  CHECK(findings[0].message.find("九十五分左右") != std::string::npos);

  s = read(7);  // a placeholder: empty, no finding from the reader
  CHECK_FALSE(s.number);
  CHECK_FALSE(s.unreadable);
  CHECK(findings.empty());
}

TEST_CASE("cell reading: the form's money unit comes from its own headings", "[number_reading]") {
  using evalbook::tmpl::declared_money_unit;
  using evalbook::tmpl::SheetGrid;
  CHECK(declared_money_unit(SheetGrid::from_text("s", "项目资金预算安排及执行进度(万元)")) ==
        "万元");
  CHECK(declared_money_unit(SheetGrid::from_text("s", "金额单位：元\t")) == "元");
  CHECK(declared_money_unit(SheetGrid::from_text("s", "资金（万元）\t支出（元）")).empty());
  CHECK(declared_money_unit(SheetGrid::from_text("s", "资金总额")).empty());
}

TEST_CASE("number reading: an approximate number is an attempt at a number, a remark is not",
          "[number_reading]") {
  using evalbook::model::is_approximate_number_text;
  for (const char* attempt : {"约20", "九十五分左右", "大约95分", "20多", "90分以上", "约 ２０"})
    CHECK(is_approximate_number_text(attempt));
  // A number without a qualifier reads as a number (not an attempt); a remark holding a date or
  // a count is no number at all.
  for (const char* other : {"20", "九十五", "2023年完成", "已完成20%的任务", "约", "左右", ""})
    CHECK_FALSE(is_approximate_number_text(other));
}
