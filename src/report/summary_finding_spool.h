// The findings of a summary's files, kept in scratch files until every file is in: only then is
// it known which submission of a form counts (the newest), and 问题清单 lists errors first, then
// warnings, then 提示. Memory stays small however many findings a province's files hold.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "report/summary_consolidate.h"
#include "report/summary_writer.h"

namespace evalbook::report {

class FindingSpool {
 public:
  // Three anonymous scratch files (std::tmpfile), removed when the spool goes. Throws
  // std::runtime_error when none can be made.
  FindingSpool();

  // Keeps a finding of form `ref`, by its severity.
  void add(FormRef ref, const SummaryFinding& finding);

  // Every finding kept, errors first, then warnings, then the rest; within each, in the order
  // added. Only the members 问题清单 shows are read back: sheet, cell, rule, severity, message.
  void for_each(const std::function<void(FormRef, const SummaryFinding&)>& each);

 private:
  using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
  File files_[3];
};

}  // namespace evalbook::report
