// 四川's targets split over 指标性质 | 指标值 | 度量单位, joined into the value the rules read.
#include <catch2/catch.hpp>
#include <string>

#include "template/joined_columns.h"

namespace {

using evalbook::model::Node;
using evalbook::model::Scalar;

Node row(const std::string& sign, const std::string& target, const std::string& unit,
         const std::string& actual) {
  Node item = Node::object();
  for (const auto& [field, text] : {std::pair<std::string, std::string>{"target_sign", sign},
                                    {"target", target},
                                    {"target_unit", unit},
                                    {"actual", actual}}) {
    Scalar s;
    s.raw = text;
    item.set(field, Node(s));
  }
  return item;
}

const std::vector<evalbook::tmpl::JoinedColumn> kSichuan = {
    {"target", "target_sign", "target_unit"}, {"actual", "", "target_unit"}};

std::pair<std::string, std::string> joined(Node item) {
  evalbook::tmpl::join_columns(kSichuan, item);
  return {item.get("target")->scalar().raw, item.get("actual")->scalar().raw};
}

}  // namespace

TEST_CASE("joined columns: sign, value and unit make one target; the actual takes the unit") {
  using P = std::pair<std::string, std::string>;
  CHECK(joined(row("≥", "30", "公里", "30")) == P{"≥30公里", "30公里"});
  CHECK(joined(row("＝", "100", "%", "95")) == P{"=100%", "95%"});  // full-width sign
  // 定性 names the kind of indicator: no comparator, and a text takes no unit.
  CHECK(joined(row("定性", "有所改善", "", "达成预期指标")) == P{"有所改善", "达成预期指标"});
  CHECK(joined(row("定性", "有所改善", "项", "好")) == P{"有所改善", "好"});
  // A value that already holds its sign or unit (filled from a record) is not joined twice.
  CHECK(joined(row("≥", "≥30公里", "公里", "30公里")) == P{"≥30公里", "30公里"});
  CHECK(joined(row("≤", "50万元", "万元", "45")) == P{"≤50万元", "45万元"});
  // A sign or unit with no value is no value.
  CHECK(joined(row("≥", "", "%", "")) == P{"", ""});
}
