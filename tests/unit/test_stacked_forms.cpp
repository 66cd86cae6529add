// Forms stacked on one sheet: a row window of the grid and of its label index, and the split of
// a real stack, 晋城市商务局's appendix of twelve 项目支出绩效自评表 (seed 004, lines 592-935),
// one form under another as the unit printed them.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "template/extractor.h"
#include "template/label_index.h"
#include "template/sheet_grid.h"
#include "template/stacked_forms.h"
#include "template/template_spec.h"
#include "test_support.h"

namespace tmpl = evalbook::tmpl;

namespace {

// Lines [first, last] of a seed dump, as a sheet's rows from 1.
std::string seed_lines(const std::string& name, int first, int last) {
  std::ifstream in(evalbook::test::source_path("tests/data/seeds/" + name), std::ios::binary);
  REQUIRE(in);
  std::string line, out;
  for (int n = 1; std::getline(in, line) && n <= last; ++n) {
    if (n >= first) out += line + "\n";
  }
  return out;
}

const tmpl::TemplateSpec& project_2023() {
  static const auto specs = tmpl::load_templates(evalbook::test::source_path("templates"));
  for (const auto& s : specs)
    if (s.id == "project-2023") return s;
  FAIL("no project-2023 template");
  throw;
}

}  // namespace

TEST_CASE("stacked: a row window shows its rows only, at their sheet addresses") {
  auto grid =
      tmpl::SheetGrid::from_text("表", "项目名称\t甲\n总分\t90\n\n项目名称\t乙\n总分\t80\n");
  tmpl::SheetGrid window = grid.rows_window(4, 6);
  CHECK(window.first_row() == 4);
  CHECK(window.rows() == 5);
  CHECK(window.at(4, 2).text == "乙");  // row 4 stays row 4
  CHECK(window.empty(1, 1));            // the form above is not seen
  CHECK(window.width(2) == 0);
  CHECK(grid.at(1, 2).text == "甲");  // the grid itself is untouched
  CHECK(grid.rows_window(1, 3).rows() == 2);

  tmpl::LabelIndex whole(grid);
  tmpl::LabelIndex lower(whole, window);
  tmpl::LabelSet name;
  name.exact = {"项目名称"};
  auto at = lower.find(name);
  REQUIRE(at);
  CHECK(at->row == 4);
  CHECK(lower.at(1, 1).empty());
  tmpl::LabelSet first_value;
  first_value.exact = {"甲"};
  CHECK(whole.contains(first_value));
  CHECK_FALSE(lower.contains(first_value));
}

TEST_CASE("stacked: the twelve project forms of 晋城's appendix are twelve forms") {
  // Seed line L is row L - 591; each form starts at its 项目名称 (the stack has no title rows).
  auto grid = tmpl::SheetGrid::from_text("附件", seed_lines("004_80dc64eda384f1d0.txt", 592, 935));
  tmpl::LabelIndex index(grid);
  const auto& spec = project_2023();
  tmpl::StackedForms stack = tmpl::find_stacked_forms(grid, index, spec);
  std::vector<std::uint32_t> starts;
  for (const auto& f : stack.forms) starts.push_back(f.first_row);
  // 592, 617, 643, 667, 696, 727, 766, 795, 824, 852, 879, 909, each minus 591.
  CHECK(starts ==
        std::vector<std::uint32_t>{1, 26, 52, 76, 105, 136, 175, 204, 233, 261, 288, 318});
  CHECK(stack.notes.empty());
  for (std::size_t k = 0; k + 1 < stack.forms.size(); ++k)
    CHECK(stack.forms[k].end_row == stack.forms[k + 1].first_row);
  CHECK(stack.forms.back().end_row == grid.rows() + 1);

  // Each window read on its own names its own project, at its own row.
  std::vector<std::string> names;
  for (const auto& f : stack.forms) {
    tmpl::SheetGrid window = grid.rows_window(f.first_row, f.end_row);
    tmpl::LabelIndex window_index(index, window);
    auto form = tmpl::extract_record(window, spec, window_index);
    const auto* name = form.record.get("project_name");
    REQUIRE(name);
    CHECK(name->scalar().cell->row == f.first_row);
    names.push_back(name->scalar().raw);
  }
  CHECK(names == std::vector<std::string>{
                     "2023年市级“爱心消费券”专项资金", "2023年遗属补助", "变压器更换",
                     "出口信用保险", "单位运转经费(原汽配办)", "进博会专项资金",
                     "晋城市冷冻冷藏肉品总仓委托运营管理综合服务费", "晋城市商务局电子商务专项资金",
                     "晋城市商务局会议室装修工程", "晋城市商务领域市场主体倍增项目奖励资金",
                     "晋城市乡村e镇工作项目", "晋城市中心城区商业网点设施布局专项规划编制费用"});
}

TEST_CASE("stacked: a 项目名称 row under the form with no form below it is said, not read") {
  std::string text = seed_lines("004_80dc64eda384f1d0.txt", 617, 641);  // 遗属补助 alone
  text += "\n项目名称\t\t2024年遗属补助（拟申报）\n";                   // row 27
  auto grid = tmpl::SheetGrid::from_text("表", text);
  tmpl::LabelIndex index(grid);
  tmpl::StackedForms stack = tmpl::find_stacked_forms(grid, index, project_2023());
  REQUIRE(stack.forms.size() == 1);
  CHECK(stack.forms.front().end_row == grid.rows() + 1);
  REQUIRE(stack.notes.size() == 1);
  CHECK(stack.notes.front().first == 0);
  CHECK(stack.notes.front().second.rule == "second_form_on_sheet");
  CHECK(stack.notes.front().second.cell == "A27");
}
