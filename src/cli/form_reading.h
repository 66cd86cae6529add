// Reading workbooks into form records, shared by check, export and summary: each sheet is
// matched to a template (or the one forced), sheets that are no form are listed, and a file that
// cannot be read carries its error instead of stopping the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"
#include "template/template_spec.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

struct SkippedSheet {
  std::string sheet;
  std::string reason;
};

struct FileResult {
  std::string file;
  std::string error_code;  // empty when the file was read
  std::string error_message;
  std::vector<model::FormRecord> forms;
  std::vector<SkippedSheet> skipped;
};

// Loads the templates; with a non-empty id, `forced` points at that template. Reports and
// returns false when the templates cannot be loaded or the id is unknown.
bool load_specs(const std::string& template_id, std::vector<tmpl::TemplateSpec>& specs,
                const tmpl::TemplateSpec*& forced);

// Reads the forms of a workbook already opened (`name` is what results call the file).
// Throws XlsxError for a sheet that cannot be read.
FileResult read_opened_workbook(const std::string& name, const xlsx::Workbook& workbook,
                                const std::vector<tmpl::TemplateSpec>& specs,
                                const tmpl::TemplateSpec* forced);

// Never throws: an unreadable workbook comes back with error_code set. The memory variant reads
// a workbook held in bytes (a member of a .zip of workbooks); `bytes` must outlive the call.
FileResult read_forms_from_memory(const std::string& name, std::string_view bytes,
                                  const std::vector<tmpl::TemplateSpec>& specs,
                                  const tmpl::TemplateSpec* forced);

// Never throws: an unreadable file comes back with error_code set.
FileResult read_forms(const std::string& path, const std::vector<tmpl::TemplateSpec>& specs,
                      const tmpl::TemplateSpec* forced);

// Options of the commands that read workbooks: FILE... [--format F] [--template ID] [-o PATH].
struct ReadOptions {
  std::vector<std::string> files;
  std::string format;  // preset to the command's default before parsing
  std::string template_id;
  std::string output;
};

// Parses the options; reports an unknown option (or -o where the command takes none) and
// returns false.
bool parse_read_options(const std::vector<std::string>& args, const std::string& command,
                        bool accepts_output, ReadOptions& options);

// Loads the templates and reads every file in order, reporting an unreadable one on stderr when
// asked; false when the templates cannot be loaded.
bool read_all(const ReadOptions& options, bool report_unreadable, std::vector<FileResult>& results);

// The contract's exit code: 2 when a file could not be read, else 1 when some finding is an
// error, else 0.
int exit_status(const std::vector<FileResult>& results);

}  // namespace evalbook::cli
