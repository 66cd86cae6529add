// The rule parameters of every template (templates/rules/<id>.json), each file read once on first
// use and kept for the life of the book. One book is made at start and shared: safe to use from
// many threads at once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "recompute/rule_params.h"

namespace evalbook::recompute {

class RuleBook {
 public:
  explicit RuleBook(std::string rules_dir) : rules_dir_(std::move(rules_dir)) {}
  RuleBook(const RuleBook&) = delete;
  RuleBook& operator=(const RuleBook&) = delete;

  // The parameters of `template_id`; throws std::runtime_error for a malformed rule file.
  const RuleParams& params(const std::string& template_id) const;
  const std::string& rules_dir() const { return rules_dir_; }

 private:
  std::string rules_dir_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<RuleParams>> loaded_;
};

}  // namespace evalbook::recompute
