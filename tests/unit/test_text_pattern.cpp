// A template pattern's cheap test before std::regex: the text every match must hold, and its
// answers equal to std::regex_search's on every cell of the real forms.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "template/text_pattern.h"
#include "test_support.h"

using evalbook::tmpl::required_text;
using evalbook::tmpl::TextPattern;

TEST_CASE("template: the text a pattern's every match holds") {
  // The templates' own patterns (templates/*.json).
  CHECK(required_text("([0-9]{4}) *年度") == "年度");
  CHECK(required_text("([0-9]{4}) *年") == "年");
  CHECK(required_text("(?:部门|单位)名称(?:：|:) *(.+)") == "名称");
  CHECK(required_text("填报单位(?:（|\\()公章(?:）|\\))(?:：|:) *(.+)") == "填报单位");
  CHECK(required_text("指标评分表$") == "指标评分表");
  CHECK(required_text("^[a-z][0-9]{3}").empty());
  // Nothing is required of a side of an alternation, of a quantified run, or of a class.
  CHECK(required_text("年度|年").empty());
  CHECK(required_text("年度?").empty());  // "?" takes only the last byte of 度
  CHECK(required_text("ab*cd") == "cd");
  CHECK(required_text("a{2}bc") == "bc");
  CHECK(required_text("[年度]").empty());
  CHECK(required_text("\\d+名称").size() == std::string("名称").size());
  CHECK(required_text("(年度)").empty());
}

TEST_CASE("template: a pattern answers as std::regex_search on every cell of the seed forms") {
  std::vector<std::string> cells = {"",
                                    "2021年度",
                                    "2021 年",
                                    "年度",
                                    "a101",
                                    "A101",
                                    "a1x",
                                    "单位名称：晋城市商务局",
                                    "填报单位（公章）：市商务局"};
  for (const auto& entry :
       std::filesystem::directory_iterator(evalbook::test::source_path("tests/data/seeds"))) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      std::stringstream row(line);
      std::string cell;
      while (std::getline(row, cell, '\t')) cells.push_back(cell);
    }
  }
  REQUIRE(cells.size() > 2000);
  const char* patterns[] = {"([0-9]{4}) *年度",
                            "([0-9]{4}) *年",
                            "(?:部门|单位)名称(?:：|:) *(.+)",
                            "填报单位(?:（|\\()公章(?:）|\\))(?:：|:) *(.+)",
                            "指标评分表$",
                            "^[a-z][0-9]{3}",
                            "^[a-z][^0-9a-z]",
                            "绩效评价指标体系",
                            "^[a-z][0-9][^0-9]"};
  std::size_t matched = 0;
  for (const char* pattern : patterns) {
    const TextPattern fast(pattern);
    const std::regex re(pattern);
    for (const auto& cell : cells) {
      std::smatch want;
      std::smatch got;
      const bool expected = std::regex_search(cell, want, re);
      INFO(pattern << " on " << cell);
      REQUIRE(fast.search(cell, got) == expected);
      REQUIRE(fast.search(std::string_view(cell)) == expected);
      if (!expected) continue;
      ++matched;
      REQUIRE(got.size() == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) CHECK(got[i].str() == want[i].str());
    }
  }
  CHECK(matched > 10);  // the comparison saw matches, not only refusals
}
