// evalbook export FILE... --format json|csv [-o PATH]: the records of every form, for other
// systems. JSON goes to standard output (or PATH); CSV writes PATH/forms.csv and
// PATH/indicators.csv (PATH defaults to the current directory).
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "model/json_writer.h"
#include "report/csv_table.h"
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
      model::append_form_place_json(out, form);
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

// The CSV files: forms.csv (one row per form), indicators.csv (one row per item of the forms'
// lists) and final_accounts.csv (the 决算 tables' rows, whose columns are the tables' own).
void write_csv_files(const std::vector<FileResult>& results, const std::filesystem::path& dir,
                     report::CsvHeaders headers, const std::vector<std::string>& inputs) {
  const tmpl::TemplateSpec* none = nullptr;
  const auto context = load_context("", none);
  if (!context) throw std::runtime_error("无法读取模板");
  std::vector<report::FormSource> forms;
  std::vector<report::FormSource> items;
  std::vector<report::FormSource> accounts;
  for (const auto& r : results) {
    for (const auto& form : r.forms) {
      forms.push_back({r.file, &form});
      const tmpl::TemplateSpec* spec = context->find_template(form.template_id);
      (spec && spec->family == "final-accounts" ? accounts : items).push_back({r.file, &form});
    }
  }
  constexpr std::size_t kIdentityColumns = 3;  // file, sheet, template
  auto table_csv = [&](report::FlatTable table) {
    report::show_rates_as_percent(table);
    report::drop_empty_columns(table, kIdentityColumns);
    return report::to_csv(table, headers);
  };
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string written = "forms.csv、indicators.csv";
  write_file((dir / "forms.csv").string(), table_csv(report::forms_table(forms)), inputs);
  write_file((dir / "indicators.csv").string(), table_csv(report::items_table(items)), inputs);
  if (!accounts.empty()) {
    write_file((dir / "final_accounts.csv").string(), table_csv(report::items_table(accounts)),
               inputs);
    written += "、final_accounts.csv";
  }
  const std::string note = fmt::format("已写入 {} 中的 {}\n", dir.string(), written);
  std::fwrite(note.data(), 1, note.size(), stderr);
}

}  // namespace

int run_export(const Args& args) {
  ReadOptions options;
  options.format = "json";
  if (!parse_read_options(args, "export", true, options)) return kExitUnreadable;
  const std::string& format = options.format;
  const std::string& output = options.output;
  if (options.headers != "field" && options.headers != "zh" && options.headers != "中文") {
    report_error("export", "bad_argument",
                 fmt::format("--headers 只能是 中文（默认）或 field，而不是“{}”", options.headers),
                 "运行 evalbook export --help 查看用法");
    return kExitUnreadable;
  }
  if (options.files.empty() || (format != "json" && format != "csv")) {
    report_error("export", "bad_argument",
                 "用法：evalbook export 文件... --format json|csv [-o 路径]");
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
      write_csv_files(
          results, output.empty() ? "." : output,
          options.headers == "field" ? report::CsvHeaders::field : report::CsvHeaders::chinese,
          options.files);
    }
    return exit_status(results) == kExitUnreadable ? kExitUnreadable : kExitOk;
  });
}

}  // namespace evalbook::cli
