// summarize: many workbooks (files, folders, .zip members: app/input_collector.h) read on
// several threads and handed to a summary writer in the order of their names, so the output does
// not depend on the timing. A file that cannot be read becomes an entry with its error, never
// fatal to the others.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/input_collector.h"
#include "app/workbook_check.h"
#include "report/summary_writer.h"

namespace evalbook::app {

// Told what happens, always on the calling thread (so it may print without locking).
class SummaryProgress {
 public:
  virtual ~SummaryProgress() = default;
  virtual void failure(const std::string& file, const std::string& code,
                       const std::string& message) = 0;
  // `done` of the inputs read, `failed` of them unreadable; `final` once, at the end.
  virtual void update(std::size_t done, std::size_t failed, bool final) = 0;
};

// The forms of one input: a file, or a workbook inside a .zip read in memory. Never throws but
// std::bad_alloc: an input that cannot be read comes back with error_code set.
FileResult read_input(const AppContext& context, const WorkbookInput& input,
                      const tmpl::TemplateSpec* forced = nullptr);

// The summary row set of one input (read and checked; never throws but std::bad_alloc).
report::SummaryFile summarize_input(const AppContext& context, const WorkbookInput& input,
                                    const tmpl::TemplateSpec* forced = nullptr);

// The summary row set of a workbook already checked.
report::SummaryFile summarize_result(const AppContext& context, const FileResult& result);

// Reads every input on `jobs` threads and hands the results to `writer` in input order, as soon
// as each one and all before it are read (the writer lists their findings meanwhile). The
// caller then finishes the writer.
void summarize(const AppContext& context, const std::vector<WorkbookInput>& inputs,
               const tmpl::TemplateSpec* forced, unsigned jobs, report::SummaryWriter& writer,
               SummaryProgress& progress);

}  // namespace evalbook::app
