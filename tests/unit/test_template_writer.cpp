// Blank and filled standard forms (src/report/template_writer.h): the layout helpers, and that
// what the writer lays out is what the reader reads back.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <random>
#include <set>

#include "model/json_writer.h"
#include "report/template_writer.h"
#include "template/extractor.h"
#include "template/normalize.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"
#include "xlsx/workbook.h"

namespace {

using evalbook::model::Node;
namespace report = evalbook::report;
namespace tmpl = evalbook::tmpl;

const std::vector<tmpl::TemplateSpec>& specs() {
  static auto all = tmpl::load_templates(evalbook::test::source_path("templates"));
  return all;
}

const tmpl::TemplateSpec& spec(const std::string& id) {
  for (const auto& s : specs()) {
    if (s.id == id) return s;
  }
  FAIL("no template " << id);
  throw std::logic_error("unreachable");
}

// The forms of a sample workbook as the reader reads them.
std::vector<evalbook::model::FormRecord> read_sample(const std::string& name) {
  auto wb = evalbook::xlsx::Workbook::open_file(evalbook::test::source_path("samples/" + name));
  std::vector<evalbook::model::FormRecord> forms;
  for (std::size_t i = 0; i < wb->sheets().size(); ++i) {
    auto grid = tmpl::SheetGrid::load(*wb, i);
    if (const auto* s = tmpl::detect_template(grid, specs()))
      forms.push_back(tmpl::extract_record(grid, *s));
  }
  return forms;
}

std::string lines(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& l : list) out += l + "\n";
  return out;
}

std::string json(const Node& n) {
  std::string out;
  evalbook::model::append_record_json(out, n);
  return out;
}

// No value in the record but the row labels a blank form prints (权重, 得分, 得分率).
bool all_blank(const Node& n, const std::set<std::string>& printed = {}) {
  switch (n.kind()) {
    case Node::Kind::scalar:
      return !n.scalar().number && n.scalar().raw.empty();
    case Node::Kind::array:
      for (const auto& i : n.items()) {
        if (!all_blank(i, printed)) return false;
      }
      return true;
    case Node::Kind::object:
      for (const auto& [k, v] : n.fields()) {
        if (!printed.count(k) && !all_blank(v, printed)) return false;
      }
      return true;
  }
  return true;
}

}  // namespace

TEST_CASE("writer: pattern text reads back as the pattern's value") {
  CHECK(report::pattern_text("([0-9]{4}) *年度", "2020") == "2020年度");
  CHECK(report::pattern_text("([0-9]{4}) *年", "2021") == "2021年");
  CHECK(report::pattern_text("填报单位(?:（|\\()公章(?:）|\\))(?:：|:) *(.+)",
                             "晋中市招商引资服务中心") ==
        "填报单位（公章）：晋中市招商引资服务中心");
  CHECK(report::pattern_text("(?:部门|单位)名称(?:：|:) *(.+)", "晋城市商务局") ==
        "部门名称：晋城市商务局");
  CHECK(report::pattern_text("\\s*第(\\d+)期", "3") == "第3期");
  // A value the pattern cannot read is refused rather than written wrongly.
  CHECK_FALSE(report::pattern_text("([0-9]{4}) *年度", "二〇二〇").has_value());
  CHECK_FALSE(report::pattern_text("(.+)", "").has_value());
  CHECK_FALSE(report::pattern_text("([0-9]{4}", "2020").has_value());  // not a pattern
}

TEST_CASE("writer: a label set prints its first label, ASCII upper-cased") {
  tmpl::LabelSet set;
  set.exact = {"a制定", "a政策制定"};
  CHECK(report::label_text(set) == "A制定");
  tmpl::LabelSet prefixes;
  prefixes.prefix = {"资金总额", "年度资金总额"};
  CHECK(report::label_text(prefixes) == "资金总额");
  CHECK(report::label_text(tmpl::LabelSet{}).empty());
  // What it prints is what the reader matches.
  for (const auto& s : specs()) {
    for (const auto& f : s.fields) {
      if (f.pattern.empty() && !f.labels.empty())
        CHECK(f.labels.matches(tmpl::normalize_label(report::label_text(f.labels))));
    }
  }
}

TEST_CASE("writer: a rate in percent units divides back to the same fraction") {
  CHECK(report::percent_units_of(0.9325) == 93.25);
  CHECK(report::percent_units_of(1.0) == 100.0);
  CHECK(report::percent_units_of(0.0) == 0.0);
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> dist(0, 2);
  int found = 0;
  for (int i = 0; i < 2000; ++i) {
    double f = std::round(dist(rng) * 1e6) / 1e6;
    if (auto x = report::percent_units_of(f)) {
      ++found;
      CHECK(*x / 100.0 == f);
    }
  }
  CHECK(found > 1000);  // the rest are written as percent-formatted fractions (exact too)
}

TEST_CASE("writer: widths and sheet names fit Chinese text") {
  CHECK(report::text_width("项目名称") == 8);
  CHECK(report::text_width("A1 政策") == 7);
  CHECK(report::sheet_name_for("项目支出绩效自评表（2023 年格式）") == "项目支出绩效自评表");
  CHECK(report::sheet_name_for("重点绩效评价 A/B/C/D 类指标评分表") ==
        "重点绩效评价 A_B_C_D 类指标评分表");
  std::string long_title(40, 'x');
  CHECK(report::sheet_name_for(long_title).size() == 31);
  CHECK(report::sheet_name_for("").size() > 0);
}

TEST_CASE("writer: every blank form is recognised as its template and reads empty") {
  for (const auto& s : specs()) {
    INFO(s.id);
    auto layout = report::layout_blank(s);
    CHECK(layout.warnings.empty());
    auto grid = tmpl::SheetGrid::from_text(layout.sheet_name, report::layout_text(layout));
    const auto* detected = tmpl::detect_template(grid, specs());
    REQUIRE(detected != nullptr);
    CHECK(detected->id == s.id);
    auto form = tmpl::extract_record(grid, s);
    INFO(json(form.record));
    std::set<std::string> printed;
    for (const auto& b : s.blocks) printed.insert(b.row_label_field);
    CHECK(all_blank(form.record, printed));
    // Merged ranges never overlap (Excel refuses such a file).
    for (std::size_t i = 0; i < layout.merges.size(); ++i) {
      for (std::size_t k = i + 1; k < layout.merges.size(); ++k) {
        const auto& a = layout.merges[i];
        const auto& b = layout.merges[k];
        bool overlap = a.first.row <= b.last.row && b.first.row <= a.last.row &&
                       a.first.column <= b.last.column && b.first.column <= a.last.column;
        CHECK_FALSE(overlap);
      }
    }
  }
}

TEST_CASE("writer: blank forms compute what the form computes") {
  auto layout = report::layout_blank(spec("project-2023"));
  std::vector<std::string> formulas;
  for (const auto& c : layout.cells) {
    if (!c.formula.empty()) formulas.push_back(c.formula);
  }
  auto has = [&](const std::string& part) {
    return std::any_of(formulas.begin(), formulas.end(),
                       [&](const std::string& f) { return f.find(part) != std::string::npos; });
  };
  CHECK(has("*100,2)"));      // 执行率 in percent units
  CHECK(has("MIN(N("));       // 得分 from the rate
  CHECK(has(">=90,\"优\""));  // 等级
  CHECK(has("ROUND(SUM("));   // 总分
  bool levels = false, grades = false;
  for (const auto& v : layout.validations) {
    levels = levels || std::find(v.values.begin(), v.values.end(),
                                 "部分达成预期指标并具有一定效果") != v.values.end();
    grades = grades || v.values == std::vector<std::string>{"优", "良", "中", "差"};
  }
  CHECK(levels);
  CHECK(grades);
  // Sections add up their rows; the total adds up the sections.
  auto jz = report::layout_blank(spec("project-jinzhong-2020"));
  int sums = 0;
  for (const auto& c : jz.cells) sums += c.formula.find("SUM(") != std::string::npos;
  CHECK(sums >= 9);  // 4 sections x (weight, score) + the total
}

TEST_CASE("writer: filled layouts of the sample forms read back as their records") {
  for (const std::string name :
       {"004_project_01_2023年市级“爱心消费券”专项资金.xlsx", "002_project_招商引资工作经费.xlsx",
        "001_project_服务外向型经济工作经费.xlsx", "002_dept_晋中市招商引资服务中心.xlsx",
        "001_dept_市对外经济贸易发展服务中心.xlsx",
        "004_final_accounts_晋城市商务局2023年度部门决算公开.xlsx",
        "004_policy_eval_2023年度支持开发区建设发展专项资金项目重点评价报告.xlsx"}) {
    for (const auto& original : read_sample(name)) {
      INFO(name << " / " << original.sheet << " / " << original.template_id);
      const auto& s = spec(original.template_id);
      auto layout = report::layout_filled(s, original.record);
      INFO(lines(layout.warnings));
      CHECK(layout.warnings.empty());
      auto grid = tmpl::SheetGrid::from_text(layout.sheet_name, report::layout_text(layout));
      const auto* detected = tmpl::detect_template(grid, specs());
      REQUIRE(detected != nullptr);
      CHECK(detected->id == s.id);
      auto back = tmpl::extract_record(grid, s);
      auto diffs = report::record_differences(original.record, back.record, false);
      INFO(lines(diffs));
      CHECK(diffs.empty());
    }
  }
}

TEST_CASE("writer: fields the record lacks are left off, unknown fields are reported") {
  Node record = Node::object();
  evalbook::model::Scalar name;
  name.raw = "测试项目";
  record.set("project_name", Node(name));
  record.set("no_such_field", Node(name));
  auto layout = report::layout_filled(spec("project-2023"), record);
  bool reported = false;
  for (const auto& w : layout.warnings)
    reported = reported || w.find("no_such_field") != std::string::npos;
  CHECK(reported);
  auto grid = tmpl::SheetGrid::from_text(layout.sheet_name, report::layout_text(layout));
  auto back = tmpl::extract_record(grid, spec("project-2023"));
  REQUIRE(back.record.get("project_name"));
  CHECK(back.record.get("project_name")->scalar().raw == "测试项目");
  CHECK(back.record.get("department") == nullptr);  // absent in, absent out
}

TEST_CASE("writer: record JSON is a bare record or a check document") {
  auto bare =
      report::parse_record_json(R"({"project_name": "甲", "total_score": 88.5, "grade": "良",
    "execution_rate": null, "indicators": [{"name": "x", "weight": 10}]})");
  CHECK(bare.template_id.empty());
  REQUIRE(bare.record.get("total_score"));
  CHECK(bare.record.get("total_score")->scalar().number == 88.5);
  CHECK_FALSE(bare.record.get("execution_rate")->scalar().number.has_value());
  CHECK(bare.record.get("indicators")->items().size() == 1);
  // Member order is kept (it orders the sections of a form).
  auto ordered = report::parse_record_json(R"({"sections": {"效果": 1, "投入": 2, "过程": 3}})");
  const auto& fields = ordered.record.get("sections")->fields();
  REQUIRE(fields.size() == 3);
  CHECK(fields[0].first == "效果");
  CHECK(fields[2].first == "过程");

  auto doc = report::parse_record_json(R"({"files": [{"file": "a.xlsx", "error": null, "forms": []},
    {"file": "b.xlsx", "forms": [{"sheet": "s", "template": "project-2023", "record": {"unit": "乙"}}]}]})");
  CHECK(doc.template_id == "project-2023");
  CHECK(doc.record.get("unit")->scalar().raw == "乙");
  // Several forms: the first of the template asked for, else the first.
  const char* many = R"({"files": [{"forms": [{"template": "final-accounts-01", "record": {"n": 1}},
    {"template": "final-accounts-03", "record": {"n": 3}}]}]})";
  CHECK(report::parse_record_json(many, "final-accounts-03").record.get("n")->scalar().number == 3);
  CHECK(report::parse_record_json(many, "project-2023").record.get("n")->scalar().number == 1);

  try {
    report::parse_record_json("{\n  \"a\": 1,\n  \"b\": [1, 2,\n}\n");
    FAIL("malformed JSON accepted");
  } catch (const report::RecordJsonError& e) {
    CHECK(e.line == 4);
    CHECK(std::string(e.what()).find("第 4 行") != std::string::npos);
  }
  CHECK_THROWS_AS(report::parse_record_json("[1, 2]"), report::RecordJsonError);
  CHECK_THROWS_AS(report::parse_record_json(R"({"files": []})"), report::RecordJsonError);
}

TEST_CASE("writer: record differences compare exactly") {
  auto a = report::parse_record_json(R"({"x": 0.1, "t": "甲 乙", "l": [1, 2], "n": null})").record;
  auto b = report::parse_record_json(R"({"x": 0.1, "t": "甲 乙", "l": [1, 2], "n": null})").record;
  CHECK(report::record_differences(a, b).empty());
  auto c = report::parse_record_json(
               R"({"x": 0.10000000000000002, "t": "甲乙", "l": [1], "n": "", "extra": 5})")
               .record;
  auto diffs = report::record_differences(a, c);
  CHECK(diffs.size() == 4);  // x, t, l's length, extra; n: null and "" are both blank
  CHECK(report::record_differences(a, c, false).size() == 5);
}

TEST_CASE("writer: a written form opens, is recognised and leaves no temporary file") {
  evalbook::test::TempDir dir;
  auto original = read_sample("004_project_01_2023年市级“爱心消费券”专项资金.xlsx").at(0);
  auto layout = report::layout_filled(spec("project-2023"), original.record);
  std::string path = dir.file("filled.xlsx");
  auto notes = report::write_form(layout, path);
  CHECK(notes.empty());
  auto wb = evalbook::xlsx::Workbook::open_file(path);
  auto grid = tmpl::SheetGrid::load(*wb, 0);
  const auto* detected = tmpl::detect_template(grid, specs());
  REQUIRE(detected != nullptr);
  CHECK(detected->id == "project-2023");
  auto back = tmpl::extract_record(grid, *detected);
  auto diffs = report::record_differences(original.record, back.record, false);
  INFO(lines(diffs));
  CHECK(diffs.empty());
  int entries = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
    (void)e;
    ++entries;
  }
  CHECK(entries == 1);
  // A directory that does not exist: an error, and nothing written.
  CHECK_THROWS(report::write_form(layout, dir.file("no/such/dir/x.xlsx")));
}

TEST_CASE("writer: a text longer than a cell holds is a named refusal, and no file is left") {
  evalbook::report::FormLayout layout;
  layout.sheet_name = "表";
  layout.columns = 1;
  layout.rows = 1;
  evalbook::report::LayoutCell cell;
  cell.row = 1;
  cell.column = 1;
  cell.text = std::string(40'000, 'x');  // Excel's cell limit is 32,767 characters
  layout.cells.push_back(cell);
  layout.column_widths = {10};
  evalbook::test::TempDir dir;
  REQUIRE_XLSX_ERROR(evalbook::report::write_form(layout, dir.file("f.xlsx")),
                     evalbook::xlsx::ErrorCode::limit_exceeded);
  CHECK_FALSE(std::filesystem::exists(dir.file("f.xlsx")));
}

TEST_CASE("writer: a blank form prints the official title, year line and money unit") {
  auto texts = [](const report::FormLayout& layout) {
    std::vector<std::string> out;
    for (const auto& c : layout.cells) {
      if (!c.text.empty()) out.push_back(c.text);
    }
    return out;
  };
  auto has = [](const std::vector<std::string>& all, const std::string& t) {
    return std::find(all.begin(), all.end(), t) != all.end();
  };
  // The 2023 template's title carries a note telling it from the 2020 one; the form does not.
  auto y2023 = report::layout_blank(spec("project-2023"));
  const auto* title = y2023.at(1, 1);
  REQUIRE(title != nullptr);
  CHECK(title->text == "项目支出绩效自评表");
  auto t2023 = texts(y2023);
  CHECK(has(t2023, "（XXXX年度）"));  // the template reads no year: the line is printed anyway
  CHECK(has(t2023, "项目资金预算安排及执行进度(万元)"));  // as the 2023 forms print it
  CHECK(has(texts(report::layout_blank(spec("project-2020"))), "项目资金（万元）"));
  for (const auto& t : t2023) CHECK(t.find("2023 年格式") == std::string::npos);
  // The 2020 template reads its year from that line: the placeholder reads as no year.
  auto y2020 = report::layout_blank(spec("project-2020"));
  CHECK(has(texts(y2020), "（XXXX年度）"));
  auto grid = tmpl::SheetGrid::from_text(y2020.sheet_name, report::layout_text(y2020));
  auto back = tmpl::extract_record(grid, spec("project-2020"));
  const Node* year = back.record.get("year");
  CHECK((year == nullptr || (!year->scalar().number && year->scalar().raw.empty())));
}

namespace {

// The first cell reading `text` (row, column), or {0, 0}.
std::pair<std::uint32_t, std::uint32_t> where(const report::FormLayout& layout,
                                              const std::string& text) {
  std::pair<std::uint32_t, std::uint32_t> best{0, 0};
  for (const auto& c : layout.cells) {
    if (c.text == text && (best.first == 0 || c.row < best.first)) best = {c.row, c.column};
  }
  return best;
}

// Where the 2023 form puts its goal block and analysis section, as the seeds' 2023 project forms
// (晋城市商务局 2023 决算公开, appendix) print them, e.g. form 01:
//   596 资金总额: | 597 市县区财政资金 | 598 项目年度绩效目标 年度目标 … 实际完成情况 | 599 (the
//   texts) 600 绩效指标 一级指标 … | … | 608 总分 | 609 项目绩效分析 项目实施和预算执行情况 | 610
//   产出情况 | 611 效益情况 | 612 满意度情况 | 613 主要经验做法 | 614
//   项目管理中存在的主要问题及原因分析 | 615 下一步改进措施及管理建议
// So: the goal heads stand in the goal label's row, the indicator header two rows below it;
// the analysis label in the row under 总分, its seven items one per row below, in column B.
void check_2023_furniture(const report::FormLayout& layout) {
  const auto goal = where(layout, "项目年度绩效目标");
  const auto header = where(layout, "一级指标");
  const auto total = where(layout, "总分");
  const auto analysis = where(layout, "项目绩效分析");
  REQUIRE(goal.first > 0);
  REQUIRE(header.first > 0);
  REQUIRE(total.first > 0);
  REQUIRE(analysis.first > 0);
  CHECK(goal.second == 1);
  CHECK(where(layout, "年度目标").first == goal.first);
  CHECK(where(layout, "实际完成情况").first == goal.first);
  CHECK(where(layout, "年度目标").second < where(layout, "实际完成情况").second);
  CHECK(header.first == goal.first + 2);
  // 绩效指标 down column A beside the table, whose 一级指标 stands in B (seed line 600).
  CHECK(where(layout, "绩效指标") == std::make_pair(header.first, 1u));
  CHECK(header.second == 2);
  CHECK(analysis.first == total.first + 1);
  CHECK(analysis.second == 1);
  const std::vector<std::string> items = {"项目实施和预算执行情况",
                                          "产出情况",
                                          "效益情况",
                                          "满意度情况",
                                          "主要经验做法",
                                          "项目管理中存在的主要问题及原因分析",
                                          "下一步改进措施及管理建议"};
  for (std::size_t k = 0; k < items.size(); ++k) {
    INFO(items[k]);
    const auto at = where(layout, items[k]);
    CHECK(at.first == analysis.first + k);
    CHECK(at.second == 2);
  }
  // The label stands down the section's rows, the goal label down its two rows.
  auto merged = [&](std::uint32_t r1, std::uint32_t r2) {
    return std::any_of(layout.merges.begin(), layout.merges.end(), [&](const auto& m) {
      return m.first.row == r1 && m.first.column == 1 && m.last.row == r2 && m.last.column == 1;
    });
  };
  CHECK(merged(goal.first, goal.first + 1));
  CHECK(merged(analysis.first, analysis.first + items.size() - 1));
  CHECK(merged(header.first, total.first - 1));  // 绩效指标 down to the table's last row
  for (std::size_t i = 0; i < layout.merges.size(); ++i) {  // Excel refuses overlapping merges
    for (std::size_t k = i + 1; k < layout.merges.size(); ++k) {
      const auto& a = layout.merges[i];
      const auto& b = layout.merges[k];
      CHECK_FALSE((a.first.row <= b.last.row && b.first.row <= a.last.row &&
                   a.first.column <= b.last.column && b.first.column <= a.last.column));
    }
  }
}

}  // namespace

TEST_CASE("writer: the 2023 project form prints its goal block and analysis section") {
  const auto blank = report::layout_blank(spec("project-2023"));
  check_2023_furniture(blank);
  // The funds head as seed 004's form 01 prints it (line 594): A 项目资金预算安排及执行进度(万元),
  // B–C 年初预算数, D 全年预算数, E 全年执行数, F 资金结(转)余, G 执行率, H 得分,
  // I 偏差原因分析及改进措施.
  const auto funds = where(blank, "项目资金预算安排及执行进度(万元)");
  REQUIRE(funds.first > 0);
  CHECK(funds.second == 1);
  CHECK(where(blank, "得分") == std::make_pair(funds.first, 8u));
  CHECK(where(blank, "偏差原因分析及改进措施") == std::make_pair(funds.first, 9u));
  // Every fund row labelled: the source row under 资金总额, as the forms print it.
  const auto total = where(blank, "资金总额");
  REQUIRE(total.first > 0);
  CHECK(where(blank, "市县区财政资金") == std::make_pair(total.first + 1, 1u));
  CHECK(where(blank, "项目年度绩效目标").first == total.first + 2);
  CHECK(blank.warnings.empty());
  // Read back, the blank form is still the 2023 form with nothing filled in.
  auto grid = tmpl::SheetGrid::from_text(blank.sheet_name, report::layout_text(blank));
  const auto* detected = tmpl::detect_template(grid, specs());
  REQUIRE(detected != nullptr);
  CHECK(detected->id == "project-2023");
  auto back = tmpl::extract_record(grid, *detected);
  const Node* indicators = back.record.get("indicators");
  CHECK((indicators == nullptr || indicators->items().empty()));
  const Node* total_score = back.record.get("total_score");
  CHECK((total_score == nullptr || !total_score->scalar().number.has_value()));
  // Filled with the forms of the samples, the form keeps them and reads back as the record.
  for (const std::string name :
       {"004_project_01_2023年市级“爱心消费券”专项资金.xlsx",
        "004_project_12_晋城市中心城区商业网点设施布局专项规划编制费用.xlsx"}) {
    INFO(name);
    auto original = read_sample(name).at(0);
    auto filled = report::layout_filled(spec("project-2023"), original.record);
    check_2023_furniture(filled);
    auto filled_grid = tmpl::SheetGrid::from_text(filled.sheet_name, report::layout_text(filled));
    auto again = tmpl::extract_record(filled_grid, spec("project-2023"));
    auto diffs = report::record_differences(original.record, again.record, false);
    INFO(lines(diffs));
    CHECK(diffs.empty());
  }
}
