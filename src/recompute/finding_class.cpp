#include "recompute/finding_class.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace evalbook::recompute {

FindingClasses FindingClasses::load(const std::string& rules_dir) {
  std::string path = (std::filesystem::path(rules_dir) / "classes.json").string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("缺少规则分类文件 {}", path));
  std::stringstream text;
  text << in.rdbuf();
  FindingClasses out;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
    auto classes = root->getObject("classes");
    if (!classes) throw std::runtime_error(fmt::format("规则分类文件 {} 缺少 classes", path));
    for (const auto& rule : classes->getNames()) {
      std::string cls = classes->getValue<std::string>(rule);
      if (cls != "arithmetic" && cls != "rule" && cls != "judgement" && cls != "structure") {
        throw std::runtime_error(
            fmt::format("规则分类文件 {}：规则 {} 的分类“{}”不是 arithmetic、rule、"
                        "judgement、structure 之一",
                        path, rule, cls));
      }
      out.classes_.emplace(rule, cls);
    }
  } catch (const Poco::Exception& e) {
    throw std::runtime_error(fmt::format("规则分类文件 {} 有误：{}", path, e.displayText()));
  }
  return out;
}

std::string_view FindingClasses::class_of(std::string_view rule) const {
  if (auto it = classes_.find(rule); it != classes_.end()) return it->second;
  if (auto dot = rule.find('.'); dot != std::string_view::npos) {
    std::string family = std::string(rule.substr(0, dot)) + ".*";
    if (auto it = classes_.find(family); it != classes_.end()) return it->second;
  }
  return kUnclassified;
}

const FindingClasses& finding_classes(const std::string& rules_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<FindingClasses>> cache;
  std::lock_guard lock(mutex);
  auto& slot = cache[rules_dir];
  if (!slot) slot = std::make_unique<FindingClasses>(FindingClasses::load(rules_dir));
  return *slot;
}

void classify_findings(std::vector<model::FormRecord>& forms, const FindingClasses& classes) {
  for (auto& form : forms) {
    for (auto& f : form.findings) f.rule_class = std::string(classes.class_of(f.rule));
  }
}

}  // namespace evalbook::recompute
