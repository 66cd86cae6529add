// Indicator actuals typed against their targets: a numeric target needs a numeric or qualitative
// actual; anything else is a warning that names the cell.
#include <catch2/catch.hpp>

#include "model/indicator_typing.h"

using evalbook::model::FormRecord;
using evalbook::model::Node;
using evalbook::model::Scalar;

namespace {

Node text(const std::string& raw, std::uint32_t row, std::uint32_t column) {
  Scalar s;
  s.raw = raw;
  s.cell = evalbook::xlsx::CellRef{row, column};
  return Node(s);
}

FormRecord form_with(const std::string& target, const std::string& actual) {
  FormRecord form;
  form.sheet = "表";
  Node item = Node::object();
  item.set("name", text("考察洽谈对接项目个数", 5, 3));
  item.set("target", text(target, 5, 4));
  item.set("actual", text(actual, 5, 5));
  Node list = Node::array();
  list.push(std::move(item));
  form.record.set("indicators", std::move(list));
  return form;
}

}  // namespace

TEST_CASE("typing: an approximate actual against a numeric target is a warning at its cell") {
  // Seed 002 line 156: 指标3：考察洽谈对接项目个数 | 不少于40个 | 约60个 | 已完成
  FormRecord form = form_with("不少于40个", "约60个");
  evalbook::model::check_indicator_values(form);
  REQUIRE(form.findings.size() == 1);
  CHECK(form.findings[0].rule == "unreadable_value");
  CHECK(form.findings[0].severity == "warning");
  CHECK(form.findings[0].cell == "E5");
  CHECK(form.findings[0].field == "indicators[0].actual");
}

TEST_CASE("typing: numbers, ranges and qualitative levels are readable actuals") {
  for (const char* actual : {"≥25家", "60", "3-5家", "达成预期指标", "部分达成预期指标并具有一定效果"}) {
    FormRecord form = form_with("≥20家", actual);
    evalbook::model::check_indicator_values(form);
    CHECK(form.findings.empty());
  }
  FormRecord text_target = form_with("提高", "九十五");  // a qualitative target: nothing to read
  evalbook::model::check_indicator_values(text_target);
  CHECK(text_target.findings.empty());
}
