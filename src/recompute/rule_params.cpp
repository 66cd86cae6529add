#include "recompute/rule_params.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>

namespace evalbook::recompute {

std::string RuleParams::grade_for(double score) const {
  for (const auto& band : grade_bands) {
    if (score >= band.min - 1e-9) return band.grade;
  }
  return grade_bands.empty() ? std::string() : grade_bands.back().grade;
}

RuleParams load_rule_params(const std::string& rules_dir, const std::string& template_id) {
  RuleParams p;
  p.template_id = template_id;
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
    p.indicator_weight_total = root->optValue<double>("indicator_weight_total", p.indicator_weight_total);
    p.achieved_min = root->optValue<double>("achieved_min", p.achieved_min);
    p.partial_min = root->optValue<double>("partial_min", p.partial_min);
    p.default_cost_cap = root->optValue<double>("default_cost_cap", p.default_cost_cap);
    p.over_achievement = root->optValue<double>("over_achievement", p.over_achievement);
    p.arrival_weight = root->optValue<double>("arrival_weight", p.arrival_weight);
    p.budget_execution_weight = root->optValue<double>("budget_execution_weight", p.budget_execution_weight);
    p.tail_per_item = root->optValue<double>("tail_per_item", p.tail_per_item);
    if (auto soft = root->getObject("soft_rules")) {
      for (const auto& name : soft->getNames()) {
        if (!soft->optValue<bool>(name, true)) p.soft_rules_off.push_back(name);
      }
    }
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
    throw std::runtime_error(fmt::format("规则文件 {} 有误：{} / bad rule file", path, e.displayText()));
  }
  return p;
}

}  // namespace evalbook::recompute
