// What check, export, fix and summary share around the pipeline (app/): loading its context,
// the reading commands' options, reading every file named and the contract's exit code.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/input_collector.h"
#include "app/workbook_check.h"
#include "template/template_spec.h"

namespace evalbook::cli {

using app::FileResult;
using app::SkippedSheet;

// Loads the templates and rules once for the run; with a non-empty id, `forced` points at that
// template. Reports and returns nullptr when they cannot be loaded or the id is unknown.
std::unique_ptr<app::AppContext> load_context(const std::string& template_id,
                                              const tmpl::TemplateSpec*& forced);

// Options of the commands that read workbooks: FILE... [--format F] [--template ID] [-o PATH].
struct ReadOptions {
  std::vector<std::string> files;
  std::string format;  // preset to the command's default before parsing
  std::string template_id;
  std::string output;
  std::string headers = "zh";  // export's CSV column names: zh (中文) or field
};

// Parses the options; reports an unknown option (or -o where the command takes none) and
// returns false.
bool parse_read_options(const std::vector<std::string>& args, const std::string& command,
                        bool accepts_output, ReadOptions& options);

// What read_all does when the arguments hold no workbook at all (only empty folders).
enum class NothingFound {
  refuse,         // reports no_input and returns false (export: no empty CSV files written)
  entry_per_arg,  // each argument becomes a result with error no_input (check: its JSON document
                  // still comes, CLI-CONTRACT.md "check")
};

// Loads the templates and reads every file in order, reporting an unreadable one on stderr when
// asked; false when the templates cannot be loaded.
bool read_all(const ReadOptions& options, bool report_unreadable, std::vector<FileResult>& results,
              NothingFound nothing_found = NothingFound::refuse);

// Prints the note on each Excel/WPS lock file skipped (stderr).
void note_lock_files(const app::CollectResult& collected);

// The contract's exit code: 2 when a file could not be read, else 1 when some finding is an
// error, else 0.
int exit_status(const std::vector<FileResult>& results);

}  // namespace evalbook::cli
