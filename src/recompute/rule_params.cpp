#include "recompute/rule_params.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "template/normalize.h"

namespace evalbook::recompute {

namespace {

// The 晋中 评分表 layouts (RULES §2, §3), used when the rule file does not give one.
ScoreTableLayout builtin_layout(const std::string& template_id) {
  ScoreTableLayout l;
  l.sections = {"投入", "过程", "产出", "效果"};
  if (template_id.rfind("department-", 0) == 0) {
    l.group_field = "level1";
    l.groups = {{"工作目标设定", "投入"}, {"预算配置", "投入"}, {"预算执行", "过程"},
                {"预算管理", "过程"},     {"资产管理", "过程"}, {"职责履行", "产出"},
                {"履职效益", "效果"}};
    l.section_weights = {{"投入", 16}, {"过程", 42}, {"产出", 22}, {"效果", 20}};
    l.unverifiable_groups = {"预算配置", "预算执行"};
  } else {
    l.group_field = "level2";
    l.groups = {{"项目目标", "投入"}, {"资金落实", "投入"}, {"业务管理", "过程"},
                {"财务管理", "过程"}, {"项目产出", "产出"}, {"项目效果", "效果"}};
    l.section_weights = {{"投入", 20}, {"过程", 20}, {"产出", 30}, {"效果", 30}};
  }
  return l;
}

// "score_table" of a rule file over the built-in layout.
void read_score_table(const Poco::JSON::Object::Ptr& root, ScoreTableLayout& l) {
  auto table = root->getObject("score_table");
  if (!table) return;
  l.group_field = table->optValue<std::string>("group_field", l.group_field);
  if (auto sections = table->getArray("sections")) {
    l.sections.clear();
    for (std::size_t i = 0; i < sections->size(); ++i)
      l.sections.push_back(sections->getElement<std::string>(i));
  }
  if (auto groups = table->getObject("groups")) {
    l.groups.clear();
    for (const auto& name : groups->getNames())
      l.groups[tmpl::normalize_label(name)] = groups->getValue<std::string>(name);
  }
  if (auto weights = table->getObject("section_weights")) {
    l.section_weights.clear();
    for (const auto& name : weights->getNames())
      l.section_weights[name] = weights->getValue<double>(name);
  }
  if (auto groups = table->getArray("unverifiable_groups")) {
    l.unverifiable_groups.clear();
    for (std::size_t i = 0; i < groups->size(); ++i)
      l.unverifiable_groups.push_back(tmpl::normalize_label(groups->getElement<std::string>(i)));
  }
}

}  // namespace

std::string RuleParams::grade_for(double score) const {
  for (const auto& band : grade_bands) {
    if (score >= band.min - 1e-9) return band.grade;
  }
  return grade_bands.empty() ? std::string() : grade_bands.back().grade;
}

RuleParams load_rule_params(const std::string& rules_dir, const std::string& template_id) {
  RuleParams p;
  p.template_id = template_id;
  p.score_table = builtin_layout(template_id);
  std::string path = (std::filesystem::path(rules_dir) / (template_id + ".json")).string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return p;  // no file: the defaults
  std::stringstream text;
  text << in.rdbuf();
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
    p.decimals = root->optValue<int>("decimals", p.decimals);
    p.execution_weight = root->optValue<double>("execution_weight", p.execution_weight);
    p.indicator_weight_total =
        root->optValue<double>("indicator_weight_total", p.indicator_weight_total);
    p.achieved_min = root->optValue<double>("achieved_min", p.achieved_min);
    p.partial_min = root->optValue<double>("partial_min", p.partial_min);
    p.default_cost_cap = root->optValue<double>("default_cost_cap", p.default_cost_cap);
    p.over_achievement = root->optValue<double>("over_achievement", p.over_achievement);
    p.arrival_weight = root->optValue<double>("arrival_weight", p.arrival_weight);
    p.budget_execution_weight =
        root->optValue<double>("budget_execution_weight", p.budget_execution_weight);
    p.tail_per_item = root->optValue<double>("tail_per_item", p.tail_per_item);
    read_score_table(root, p.score_table);
    if (auto soft = root->getObject("soft_rules")) {
      for (const auto& name : soft->getNames()) {
        if (!soft->optValue<bool>(name, true)) p.soft_rules_off.push_back(name);
      }
    }
    p.grade_bands_sure = root->optValue<bool>("grade_bands_sure", p.grade_bands_sure);
    if (auto bands = root->getArray("grade_bands")) {
      p.grade_bands.clear();
      for (std::size_t i = 0; i < bands->size(); ++i) {
        auto b = bands->getObject(i);
        p.grade_bands.push_back({b->getValue<std::string>("grade"), b->getValue<double>("min")});
      }
    }
    if (auto caps = root->getObject("execution_caps")) {
      p.execution_caps_enabled = caps->optValue<bool>("enabled", false);
      if (auto list = caps->getArray("caps")) {
        p.execution_caps.clear();
        for (std::size_t i = 0; i < list->size(); ++i) {
          auto c = list->getObject(i);
          p.execution_caps.push_back({c->getValue<double>("below"), c->getValue<double>("max")});
        }
      }
    }
  } catch (const Poco::Exception& e) {
    throw std::runtime_error(fmt::format("规则文件 {} 有误：{}", path, e.displayText()));
  }
  return p;
}

}  // namespace evalbook::recompute
