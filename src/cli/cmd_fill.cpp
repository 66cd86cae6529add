// evalbook fill ID --data RECORD.json -o OUT.xlsx [--protect]: the template's standard form
// filled with a record (a bare record object, or a check document: its first form of template
// ID, else its first form). The written
// workbook is read back and compared with the record; differences are reported on stderr.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "report/template_writer.h"
#include "template/extractor.h"
#include "template/sheet_grid.h"
#include "template/template_spec.h"
#include "xlsx/file_identity.h"
#include "xlsx/output_file.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

constexpr const char* kUsage =
    "用法：evalbook fill 模板 --data 记录.json -o 输出.xlsx [--protect] / usage: evalbook fill ID --data "
    "RECORD.json -o OUT.xlsx [--protect] (RECORD.json: a record, or `check --format json` output; - for stdin)";

// The form as `evalbook check` reads it back, compared with what was filled in.
std::vector<std::string> read_back(const std::string& path, const tmpl::TemplateSpec& spec,
                                   const std::vector<tmpl::TemplateSpec>& specs, const model::Node& record) {
  std::vector<std::string> notes;
  auto workbook = xlsx::Workbook::open_file(path);
  if (workbook->sheets().empty()) return {"读回失败：没有工作表 / no sheet to read back"};
  tmpl::SheetGrid grid = tmpl::SheetGrid::load(*workbook, 0);
  const tmpl::TemplateSpec* detected = tmpl::detect_template(grid, specs);
  if (!detected || detected->id != spec.id) {
    notes.push_back(fmt::format("读回时识别为模板“{}”而不是“{}” / read back as template {} instead of {}",
                                detected ? detected->id : "?", spec.id, detected ? detected->id : "none", spec.id));
  }
  model::FormRecord form = tmpl::extract_record(grid, spec);
  for (const auto& d : report::record_differences(record, form.record)) notes.push_back("读回差异 / read-back difference: " + d);
  return notes;
}

}  // namespace

int run_fill(const Args& args) {
  std::string id;
  std::string data;
  std::string output;
  bool protect = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if (a == "--data" && i + 1 < args.size()) {
      data = args[++i];
    } else if (a == "--protect") {
      protect = true;
    } else if (a == "-o" || a == "--output" || a == "--data") {
      report_missing_value("fill", a,
                           a == "--data" ? "记录文件名（JSON）" : "输出的文件名（.xlsx）");
      return kExitUnreadable;
    } else if (!a.empty() && a[0] == '-') {
      report_unknown_option("fill", a, {"-o", "--output", "--data", "--protect"});
      return kExitUnreadable;
    } else if (id.empty()) {
      id = a;
    } else {
      report_error("fill", "bad_argument", fmt::format("多余的参数 {} / unexpected argument", a), kUsage);
      return kExitUnreadable;
    }
  }
  if (id.empty() || data.empty() || output.empty()) {
    report_error("fill", "bad_argument", "需要模板编号、--data 与 -o / need ID, --data and -o", kUsage);
    return kExitUnreadable;
  }
  if (!has_xlsx_extension(output)) {
    report_not_xlsx_output("fill", output);
    return kExitUnreadable;
  }
  std::vector<tmpl::TemplateSpec> specs;
  int loaded = guarded("templates", [&] {
    specs = tmpl::load_templates(tmpl::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return kExitUnreadable;
  const tmpl::TemplateSpec* spec = nullptr;
  for (const auto& s : specs) {
    if (s.id == id) spec = &s;
  }
  if (!spec) {
    report_error("fill", "unknown_template",
                 fmt::format("没有模板“{}”，请用 evalbook templates list 查看 / unknown template", id));
    return kExitUnreadable;
  }
  std::string text;
  if (data == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(data, std::ios::binary);
    if (!in) {
      report_error(data, "io_error", "无法打开记录文件 / cannot open the record file");
      return kExitUnreadable;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    text = buf.str();
  }
  report::RecordInput input;
  try {
    input = report::parse_record_json(text, spec->id);
  } catch (const report::RecordJsonError& e) {
    report_error(data, "bad_argument", e.what());
    return kExitUnreadable;
  }
  if (!input.template_id.empty() && input.template_id != spec->id) {
    std::fprintf(stderr, "evalbook: 提示 / note: 记录读自模板 %s，按模板 %s 填写 / the record was read with template %s\n",
                 input.template_id.c_str(), spec->id.c_str(), input.template_id.c_str());
  }
  return guarded(output, [&] {
    if (data != "-") xlsx::refuse_output_among_inputs(output, {data});
    report::FormLayout layout = report::layout_filled(*spec, input.record);
    report::WriteOptions options;
    options.protect = protect;
    // Read back before the rename: a form that cannot be read back leaves no file behind.
    xlsx::OutputFile out(output);
    auto notes = report::write_form(layout, out, options);
    notes.insert(notes.begin(), layout.warnings.begin(), layout.warnings.end());
    for (const auto& n : read_back(out.temp_path(), *spec, specs, input.record)) notes.push_back(n);
    out.commit();
    for (const auto& n : notes) std::fprintf(stderr, "evalbook: 提示 / note: %s\n", n.c_str());
    std::fprintf(stderr, "已写入 %s（模板 %s）/ wrote %s\n", output.c_str(), spec->id.c_str(), output.c_str());
    return kExitOk;
  });
}

}  // namespace evalbook::cli
