// evalbook export FILE... --format json|csv [-o PATH]: the records of every form, for other
// systems. JSON goes to standard output (or PATH); CSV writes PATH/forms.csv and
// PATH/indicators.csv (PATH defaults to the current directory).
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "model/json_writer.h"
#include "report/record_tables.h"
#include "xlsx/errors.h"
#include "xlsx/file_identity.h"
#include "xlsx/output_file.h"

namespace evalbook::cli {

namespace {

// Written whole or not at all (never onto one of the inputs).
void write_file(const std::string& path, const std::string& data,
                const std::vector<std::string>& inputs) {
  xlsx::refuse_output_among_inputs(path, inputs);
  xlsx::OutputFile out(path);
  out.write(data);
  out.commit();
}

std::string records_json(const std::vector<FileResult>& results) {
  std::string out = "{\"forms\": [";
  bool first = true;
  for (const auto& r : results) {
    for (const auto& form : r.forms) {
      out += first ? "\n  " : ",\n  ";
      first = false;
      out += "{\"file\": ";
      model::append_json_string(out, r.file);
      out += ", \"sheet\": ";
      model::append_json_string(out, form.sheet);
      out += ", \"template\": ";
      model::append_json_string(out, form.template_id);
      out += ", \"record\": ";
      model::append_record_json(out, form.record);
      out += "}";
    }
  }
  out += "\n], \"unreadable\": [";
  first = true;
  for (const auto& r : results) {
    if (r.error_code.empty()) continue;
    out += first ? "" : ", ";
    first = false;
    out += "{\"file\": ";
    model::append_json_string(out, r.file);
    out += ", \"code\": ";
    model::append_json_string(out, r.error_code);
    out += ", \"message\": ";
    model::append_json_string(out, r.error_message);
    out += "}";
  }
  out += "]}\n";
  return out;
}

}  // namespace

int run_export(const Args& args) {
  ReadOptions options;
  options.format = "json";
  if (!parse_read_options(args, "export", true, options)) return kExitUnreadable;
  const std::string& format = options.format;
  const std::string& output = options.output;
  if (options.files.empty() || (format != "json" && format != "csv")) {
    report_error("export", "bad_argument",
                 "用法：evalbook export 文件... --format json|csv [-o 路径] / usage");
    return kExitUnreadable;
  }
  std::vector<FileResult> results;
  if (!read_all(options, true, results)) return kExitUnreadable;
  return guarded(output.empty() ? "export" : output, [&] {
    if (format == "json") {
      std::string json = records_json(results);
      if (output.empty()) {
        std::fwrite(json.data(), 1, json.size(), stdout);
      } else {
        write_file(output, json, options.files);
      }
    } else {
      std::vector<report::FormSource> sources;
      for (const auto& r : results) {
        for (const auto& form : r.forms) sources.push_back({r.file, &form});
      }
      std::filesystem::path dir = output.empty() ? "." : output;
      std::error_code ec;
      std::filesystem::create_directories(dir, ec);
      write_file((dir / "forms.csv").string(), report::to_csv(report::forms_table(sources)),
                 options.files);
      write_file((dir / "indicators.csv").string(), report::to_csv(report::items_table(sources)),
                 options.files);
      std::string note = fmt::format("已写入 {}/forms.csv 和 {}/indicators.csv / wrote CSV\n",
                                     dir.string(), dir.string());
      std::fwrite(note.data(), 1, note.size(), stderr);
    }
    return exit_status(results) == kExitUnreadable ? kExitUnreadable : kExitOk;
  });
}

}  // namespace evalbook::cli
