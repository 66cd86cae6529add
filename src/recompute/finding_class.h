// The class of every finding's rule — what `fix` may do with it — read as data from
// templates/rules/classes.json (docs/RULES-ONE-TRUTH.md):
//   arithmetic  certain (a rate, balance, sum, total, grade): corrected by default;
//   rule        a documented scoring rule's result: written only when asked (--apply-rules);
//   judgement   doubtful: a warning with the suggested value, never written;
//   structure   a weight scheme that does not add up: an error left to a person.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace evalbook::recompute {

inline constexpr std::string_view kUnclassified = "unclassified";

class FindingClasses {
 public:
  // Reads <rules_dir>/classes.json. Throws std::runtime_error naming the file when it is missing
  // or malformed, or names a class that is none of the four.
  static FindingClasses load(const std::string& rules_dir);

  // The class of a rule code: its own entry, else the entry "prefix.*" of its prefix
  // ("final_accounts.06-a" -> "final_accounts.*"), else kUnclassified.
  std::string_view class_of(std::string_view rule) const;

 private:
  std::map<std::string, std::string, std::less<>> classes_;
};

// The classes of a rules folder, read once per process.
const FindingClasses& finding_classes(const std::string& rules_dir);

// Sets every finding's rule_class.
void classify_findings(std::vector<model::FormRecord>& forms, const FindingClasses& classes);

}  // namespace evalbook::recompute
