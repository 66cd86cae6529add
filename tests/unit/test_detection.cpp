// Detection by weight of evidence, and funds rows read at the offset their arithmetic confirms.
#include <catch2/catch.hpp>

#include "template/block_alignment.h"
#include "template/detection.h"
#include "template/extractor.h"
#include "template/normalize.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "test_support.h"

namespace tmpl = evalbook::tmpl;

namespace {

tmpl::LabelSet exact(const std::string& label) {
  tmpl::LabelSet set;
  set.exact.push_back(tmpl::normalize_label(label));
  return set;
}

// A template recognised by the given labels, each of weight 1 unless given.
tmpl::TemplateSpec form(const std::string& id,
                        const std::vector<std::pair<std::string, double>>& labels,
                        double threshold = 0.6) {
  tmpl::TemplateSpec spec;
  spec.id = id;
  spec.title = id;
  for (const auto& [label, weight] : labels)
    spec.detect.evidence.push_back({label, exact(label), weight});
  spec.detect.threshold = threshold;
  return spec;
}

const std::vector<tmpl::TemplateSpec>& real_templates() {
  static const auto specs = tmpl::load_templates(evalbook::test::source_path("templates"));
  return specs;
}

const tmpl::TemplateSpec& real(const std::string& id) {
  for (const auto& s : real_templates()) {
    if (s.id == id) return s;
  }
  FAIL("no template " << id);
  throw;
}

const evalbook::model::Finding* finding(const evalbook::model::FormRecord& form,
                                        const std::string& rule, const std::string& cell) {
  for (const auto& f : form.findings) {
    if (f.rule == rule && f.cell == cell) return &f;
  }
  return nullptr;
}

double number(const evalbook::model::FormRecord& form, const std::string& field) {
  const auto* node = form.record.get(field);
  REQUIRE(node);
  REQUIRE(node->scalar().number);
  return *node->scalar().number;
}

// What the real templates make of a sheet, which must be detected as `id`.
tmpl::DetectionResult detected_as(const tmpl::LabelIndex& index, const std::string& id) {
  auto found = tmpl::detect(real_templates(), index);
  REQUIRE(found.outcome == tmpl::DetectionResult::Outcome::detected);
  CHECK(found.best.spec->id == id);
  return found;
}

// The warning of a table read without its header row, at the table's first row.
void check_header_missing(const evalbook::model::FormRecord& form, const std::string& cell) {
  const auto* warning = finding(form, "table_header_missing", cell);
  REQUIRE(warning);
  CHECK(warning->severity == "warning");
  CHECK(warning->message.rfind("表头缺失，按标准列序读取", 0) == 0);
}

double item_number(const evalbook::model::Node& item, const std::string& field) {
  const auto* node = item.get(field);
  REQUIRE(node);
  REQUIRE(node->scalar().number);
  return *node->scalar().number;
}

}  // namespace

TEST_CASE("detection: the share of weighted labels found decides, with the labels missing") {
  std::vector<tmpl::TemplateSpec> specs = {
      form("a", {{"项目名称", 1}, {"全年预算数", 2}, {"调整后指标值", 3}, {"总分", 1}}),
      form("b", {{"项目名称", 1}, {"部门名称", 2}, {"年度指标值", 3}})};
  // a: 1 + 2 + 1 of 7 = 57% < 60%: no form.
  auto below = tmpl::SheetGrid::from_text("s", "项目名称\t甲\n全年预算数\t10\n总分\t90");
  tmpl::LabelIndex below_index(below);
  CHECK(tmpl::detect(specs, below_index).outcome == tmpl::DetectionResult::Outcome::unknown);
  // a: 1 + 3 + 1 of 7 = 71%; b: 1 of 6 = 17%: a, missing 全年预算数.
  auto sheet = tmpl::SheetGrid::from_text("s", "项目名称\t甲\n调整后指标值\t≥5\n总分\t90");
  tmpl::LabelIndex index(sheet);
  auto found = tmpl::detect(specs, index);
  REQUIRE(found.outcome == tmpl::DetectionResult::Outcome::detected);
  CHECK(found.best.spec->id == "a");
  CHECK(found.best.score == Approx(5.0 / 7));
  CHECK(found.best.missing == std::vector<std::string>{"全年预算数"});
  REQUIRE(found.runner_up.size() == 1);
  CHECK(found.runner_up[0].score == Approx(1.0 / 6));

  evalbook::model::FormRecord record;
  record.sheet = "s";
  tmpl::note_detection(record, found.best, &found.runner_up[0], false);
  REQUIRE(record.detection);
  CHECK(record.detection->runner_up == "b");
  REQUIRE(record.findings.size() == 1);
  CHECK(record.findings[0].rule == "labels_missing");
  CHECK(record.findings[0].severity == "info");
  CHECK(record.findings[0].message.find("全年预算数") != std::string::npos);
}

TEST_CASE("detection: a near-tie is ambiguous and names both candidates; a none label rules out") {
  std::vector<tmpl::TemplateSpec> specs = {
      form("a", {{"项目名称", 1}, {"全年预算数", 1}, {"调整后指标值", 1}}),
      form("b", {{"项目名称", 1}, {"全年预算数", 1}, {"年度指标值", 1}})};
  // 2 of 3 each: 67% and 67%, within the 15-point margin.
  auto sheet = tmpl::SheetGrid::from_text("s", "项目名称\t甲\n全年预算数\t10");
  tmpl::LabelIndex index(sheet);
  auto tie = tmpl::detect(specs, index);
  REQUIRE(tie.outcome == tmpl::DetectionResult::Outcome::ambiguous);
  REQUIRE(tie.runner_up.size() == 1);
  CHECK(tmpl::describe_candidates(tie).find("a（67%） 与 b（67%）") != std::string::npos);
  CHECK(tmpl::detect_template(sheet, specs, index) == nullptr);
  // "年度指标值" is b's own label; naming it as a's "none" label settles the tie for b... and a
  // sheet that holds it is never a.
  specs[0].detect.none.push_back(exact("年度指标值"));
  auto with_b = tmpl::SheetGrid::from_text("s", "项目名称\t甲\n全年预算数\t10\n年度指标值\t5");
  tmpl::LabelIndex b_index(with_b);
  auto b = tmpl::detect(specs, b_index);
  REQUIRE(b.outcome == tmpl::DetectionResult::Outcome::detected);
  CHECK(b.best.spec->id == "b");
  CHECK(b.runner_up.empty());
}

TEST_CASE("detection: synonyms from the template JSON count as their label") {
  // The 2020 form in its provincial wordings (全年预算数（A）, 全年执行数（B）, 指标值, 合计...).
  auto sheet = tmpl::SheetGrid::from_text(
      "s",
      "项目名称\t乙\n项目资金（万元）\t年初预算\t全年预算数（A）\t全年执行数（B）\t权重\t执行率（B/"
      "A）\t"
      "自评得分\n\t合计\t10\t10\t10\t10\t100\t10\n\t其中：当年财政拨款\t10\t10\t10\n"
      "\t上年结转资金\n年度总体目标\t预期目标\t\t\t全年实际值\n绩效指标\t一级指标\t二级指标\t三级指"
      "标\t"
      "指标值\t全年实际值\t权重\t自评得分\t偏差原因及改进措施\n\t产出指标\t数量指标\t培训次数\t≥2次"
      "\t2次\t"
      "90\t90\n总分\t\t\t\t\t\t100\t100");
  tmpl::LabelIndex index(sheet);
  auto found = detected_as(index, "project-2020");
  auto rec = tmpl::extract_record(sheet, *found.best.spec, index);
  CHECK(number(rec, "budget_full_year") == 10);
  CHECK(number(rec, "execution_weight") == 10);
  CHECK(number(rec, "execution_rate") == Approx(1.0));
  const auto* indicators = rec.record.get("indicators");
  REQUIRE(indicators);
  REQUIRE(indicators->items().size() == 1);
  CHECK(indicators->items()[0].get("target")->scalar().raw == "≥2次");
  CHECK(*indicators->items()[0].get("weight")->scalar().number == 90);
}

TEST_CASE("block alignment: the identities of a funds row, worked by hand") {
  // 晋中 2020 (seed 003): 预算 345, 执行 284.17: 结余 345 − 284.17 = 60.83; 执行率 284.17 ÷ 345 =
  // 82.37%.
  auto ok = tmpl::check_identities({{"budget_full_year", 345},
                                    {"executed", 284.17},
                                    {"budget_balance", 60.83},
                                    {"execution_rate", 0.8237},
                                    {"execution_score", 8.24},
                                    {"execution_weight", 10}},
                                   nullptr);
  CHECK(ok.confirmed.size() == 3);
  CHECK(ok.contradicted.empty());
  // Read one column left: 结余 taken from 执行率's column (82.37), 执行率 from 得分's (8.24%).
  auto off = tmpl::check_identities({{"budget_full_year", 284.17},
                                     {"executed", 60.83},
                                     {"budget_balance", 82.37},
                                     {"execution_rate", 0.0824}},
                                    nullptr);
  CHECK(off.confirmed.empty());
  CHECK(off.contradicted.size() == 2);
  // A total row of 369.405 over source rows 300 + 69.405 (two figures: ±0.015 allowed).
  std::map<std::string, std::pair<double, int>> sums = {{"budget_full_year", {369.405, 2}}};
  auto total = tmpl::check_identities({{"budget_full_year", 369.405}}, &sums);
  CHECK(total.confirmed == std::vector<std::string>{"合计 = 各来源之和"});
  std::map<std::string, std::pair<double, int>> short_sums = {{"budget_full_year", {369.0, 2}}};
  CHECK(tmpl::check_identities({{"budget_full_year", 369.405}}, &short_sums).contradicted.size() ==
        1);
}

TEST_CASE(
    "block alignment: a total row whose header counts tie is read where its arithmetic holds") {
  // 2023 form (seed 004 #2, lines 619-622) with 年初预算数 written over both of its columns and no
  // sub-header; the total row's figures run one column further than the labels, its 目标申报数
  // blank: 9.494 | 8.853 | 8.853 | 0 | 100 | 10 in E..J under the six recognised headers C, E..I.
  // Under the headers the row gives 结余 8.853 ≠ 9.494 − 8.853 and 执行率 0 ≠ 8.853 ÷ 9.494; one
  // column right holds, but leaves 预算编制数 9.494 under no header; in order, 8.853 − 8.853 = 0
  // and 8.853 ÷ 8.853 = 100% with every figure placed.
  auto sheet = tmpl::SheetGrid::from_text(
      "2023年遗属补助",
      "项目名称\t\t2023年遗属补助\n"
      "主管部门及代码\t\t259-晋城市商务局\t\t\t预算单位\t259001-晋城市商务局\n"
      "项目资金预算安排及执行进度(万元)\t\t年初预算数\t年初预算数\t全年预算数\t全年执行数\t资金结("
      "转)余\t"
      "执行率\t得分\t偏差原因分析及改进措施\n"
      "\t\t资金总额:\t\t9.494\t8.853\t8.853\t0\t100\t10\n"
      "市县区财政资金\t9.494\t9.494\t8.853\t8.853\t0\t100.00\t10.00\n"
      "项目年度绩效目标\t年度目标\t\t\t\t实际完成情况\n"
      "绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\n"
      "\t产出指标\t数量指标\t预计发放补助人数\t-8人\t-8人\t-8人\t90\t85\n"
      "总分\t\t\t\t\t\t\t\t95\t优");
  auto rec = tmpl::extract_record(sheet, real("project-2023"));
  CHECK(number(rec, "budget_initial") == Approx(9.494));
  CHECK(number(rec, "budget_full_year") == Approx(8.853));
  CHECK(number(rec, "executed") == Approx(8.853));
  CHECK(number(rec, "budget_balance") == 0);
  CHECK(number(rec, "execution_rate") == Approx(1.0));
  CHECK(number(rec, "execution_score") == 10);
  const auto* info = finding(rec, "block_alignment", "C4");
  REQUIRE(info);
  CHECK(info->severity == "info");
  CHECK(info->message.find("按数值顺序") != std::string::npos);
  CHECK(info->message.find("结余 = 预算 − 执行") != std::string::npos);
}

TEST_CASE("block alignment: a row no reading makes consistent is read under its headers, said so") {
  // 预算 100, 执行 80 under their headers, 结余 45 (100 − 80 = 20) and 执行率 30% (80 ÷ 100 = 80%):
  // every reading contradicts the row, so it stays under its headers with a warning.
  auto sheet = tmpl::SheetGrid::from_text(
      "s",
      "项目名称\t丙\n项目资金\t年初预算数\t全年预算数\t全年执行数\t资金结(转)余\t执行率\t得分\n"
      "资金总额\t100\t100\t80\t45\t30\t3");
  auto rec = tmpl::extract_record(sheet, real("project-2023"));
  CHECK(number(rec, "budget_full_year") == 100);
  CHECK(number(rec, "executed") == 80);
  CHECK(number(rec, "budget_balance") == 45);
  const auto* warning = finding(rec, "block_alignment", "A3");
  REQUIRE(warning);
  CHECK(warning->severity == "warning");
  CHECK(warning->message.find("已按表头读取") != std::string::npos);
}

TEST_CASE("tables: an indicator table without its header row is read in the canonical order") {
  auto sheet = tmpl::SheetGrid::from_text(
      "s",
      "项目名称\t\t丁\n项目资金预算安排及执行进度(万元)\t年初预算数\t\t全年预算数\t全年执行数\t"
      "资金结(转)余\t执行率\t得分\n\t目标申报数\t预算编制数\n\t资金总额:\t10\t10\t10\t8\t2\t80\t8\n"
      "项目年度绩效目标\t年度目标\t\t\t\t实际完成情况\n"
      "绩效指标\t产出指标\t数量指标\t培训次数\t≥2次\t≥2次\t2次\t50\t50\n"
      "\t\t质量指标\t合格率\t≥95%\t≥95%\t90%\t40\t38\t部分学员补考\n总分\t\t\t\t\t\t\t\t96\t优");
  auto rec = tmpl::extract_record(sheet, real("project-2023"));
  check_header_missing(rec, "B6");
  const auto* indicators = rec.record.get("indicators");
  REQUIRE(indicators);
  REQUIRE(indicators->items().size() == 2);
  const auto& second = indicators->items()[1];
  CHECK(second.get("level1")->scalar().raw == "产出指标");  // carried down
  CHECK(second.get("name")->scalar().raw == "合格率");
  CHECK(second.get("target_adjusted")->scalar().raw == "≥95%");
  CHECK(second.get("actual")->scalar().raw == "90%");
  CHECK(item_number(second, "weight") == 40);
  CHECK(item_number(second, "score") == 38);
  CHECK(second.get("deviation_reason")->scalar().raw == "部分学员补考");
}

TEST_CASE(
    "tables: a 部门整体 item table without its header row, its section rows read as sections") {
  // 晋中 部门整体 2020 (seed 003, 工业和信息化局) from its 投入 row on, the header rows (二级指标 |
  // 三级指标 | 指标分值 | 计算分析情况 | 评价得分 and 参考分值 | 设定分值) left out.
  auto sheet = tmpl::SheetGrid::from_text(
      "s",
      "晋中市部门整体支出绩效自评表\n上年结转金额 (万元)\t26.66\t年初预算金额 (万元)\t22728.40\n"
      "投入\t\t16\t16\t——\t16.00\n"
      "工作目标设定\t工作规划合理\t3\t3.00\t符合部门“三定”\t3.00\n"
      "\t工作目标明确\t3\t3.00\t达成目标与工作任\t2.50\n"
      "过程\t\t42\t42\t——\t40.00\n"
      "预算执行\t预算完成率\t3\t3.00\t上年结转+年初预算\t3.00\n"
      "\t综合得分\t\t100\t\t82.50\n\t评价结果等次\t\t良");
  auto rec = tmpl::extract_record(sheet, real("department-jinzhong-2020"));
  check_header_missing(rec, "A3");
  // Section rows: the first number (参考分值, C) is the weight, the last (评价得分, F) the score.
  CHECK(*rec.record.get("section_weights")->get("投入")->scalar().number == 16);
  CHECK(*rec.record.get("sections")->get("投入")->scalar().number == 16);
  CHECK(*rec.record.get("sections")->get("过程")->scalar().number == 40);
  const auto* items = rec.record.get("items");
  REQUIRE(items);
  REQUIRE(items->items().size() == 3);
  const auto& second = items->items()[1];
  CHECK(second.get("level1")->scalar().raw == "工作目标设定");  // carried down
  CHECK(second.get("level2")->scalar().raw == "工作目标明确");
  CHECK(item_number(second, "weight_reference") == 3);
  CHECK(item_number(second, "weight") == 3);
  CHECK(second.get("formula")->scalar().raw == "达成目标与工作任");
  CHECK(item_number(second, "score") == 2.5);
  CHECK(items->items()[2].get("level1")->scalar().raw == "预算执行");  // not carried over 过程
}

TEST_CASE("detection: a 评分表 without its header row, by its title, codes and 合计 row") {
  // The 制定类指标评分表 (seed 004) without 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 |
  // 得分: title 2 + codes 2 + 合计 0.5 of 7 = 64% ≥ 60%; 指标体系 finds only its codes, 2 of 10.25.
  auto sheet = tmpl::SheetGrid::from_text(
      "制定类指标评分表",
      "制定类指标评分表\n\nA 政策制定\t20\tA1 政策决策\t6\tA101 政策出台必要性\t2\t2\n"
      "\t\t\t\tA102 立项依据充分性\t2\t1.5\n\t\tA2 政策目标\t6\tA201 政策目标合理性\t3\t3\n"
      "合计\t\t\t\t\t7\t6.5");
  tmpl::LabelIndex index(sheet);
  auto found = detected_as(index, "policy-eval-scores");
  CHECK(found.best.score == Approx(4.5 / 7));
  CHECK(found.best.missing ==
        std::vector<std::string>{"一级指标", "二级指标", "三级指标", "分值", "得分"});
  auto rec = tmpl::extract_record(sheet, *found.best.spec, index);
  check_header_missing(rec, "A3");
  const auto* indicators = rec.record.get("indicators");
  REQUIRE(indicators);
  REQUIRE(indicators->items().size() == 3);
  const auto& second = indicators->items()[1];
  CHECK(second.get("level2")->scalar().raw == "A1 政策决策");  // carried down
  CHECK(item_number(second, "level2_weight") == 6);
  CHECK(item_number(second, "weight") == 2);
  CHECK(item_number(second, "score") == 1.5);
  CHECK(indicators->items()[2].get("level2")->scalar().raw == "A2 政策目标");
  // 合计: 2 + 2 + 3 = 7 weight, 2 + 1.5 + 3 = 6.5 score, as written.
  CHECK(number(rec, "total_weight") == 7);
  CHECK(number(rec, "total_score") == 6.5);
}

TEST_CASE("detection: a memo naming a form's labels, codes and 合计 is no form") {
  // 评分表: 合计 0.5 + codes 2 of 7 = 36%; 指标体系: codes 2 of 10.25; neither passes 60%.
  auto sheet = tmpl::SheetGrid::from_text(
      "填表说明",
      "填表说明\n1. 一级指标、二级指标、三级指标按评分表填写。\n2. 分值与得分保留两位小数。\n"
      "合计\t按各项之和填写\nA101 政策出台必要性\t需附文件");
  tmpl::LabelIndex index(sheet);
  CHECK(tmpl::detect(real_templates(), index).outcome == tmpl::DetectionResult::Outcome::unknown);
}
