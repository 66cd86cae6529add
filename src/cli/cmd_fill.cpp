// evalbook fill [ID] --data RECORD.json -o OUT.xlsx [--form N] [--protect]: standard forms filled
// with records. RECORD.json is a bare record, or what `export --format json` or `check --format
// json` wrote: every form of it goes into the workbook, one sheet each (with ID: the forms of
// that template; --form N: the Nth form only). A record of another template than ID is refused
// and nothing is written. The written workbook is read back and compared with the records;
// differences are reported on stderr.
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
    "用法：evalbook fill [模板] --data 记录.json -o 输出.xlsx [--form N] [--protect]（记录.json："
    "一条记录，或 export/check --format json 的结果；- 表示标准输入）";

struct FillJob {
  const tmpl::TemplateSpec* spec = nullptr;
  report::DocumentRecord source;
};

// Each sheet of the written workbook as `evalbook check` reads it, compared with its record.
std::vector<std::string> read_back(const std::string& path, const std::vector<FillJob>& jobs,
                                   const std::vector<tmpl::TemplateSpec>& specs) {
  std::vector<std::string> notes;
  auto workbook = xlsx::Workbook::open_file(path);
  if (workbook->sheets().size() != jobs.size()) {
    return {fmt::format("读回失败：应有 {} 个工作表，实有 {} 个", jobs.size(),
                        workbook->sheets().size())};
  }
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const tmpl::TemplateSpec& spec = *jobs[i].spec;
    tmpl::SheetGrid grid = tmpl::SheetGrid::load(*workbook, i);
    const tmpl::TemplateSpec* detected = tmpl::detect_template(grid, specs);
    const std::string where = jobs.size() > 1 ? fmt::format("第 {} 张表：", i + 1) : "";
    if (!detected || detected->id != spec.id) {
      notes.push_back(fmt::format("{}读回时识别为模板“{}”而不是“{}”", where,
                                  detected ? detected->id : "?", spec.id));
    }
    model::FormRecord form = tmpl::extract_record(grid, spec);
    for (const auto& d : report::record_differences(jobs[i].source.input.record, form.record))
      notes.push_back(where + "读回差异：" + d);
  }
  return notes;
}

std::string describe(const report::DocumentRecord& r, std::size_t index) {
  std::string where = fmt::format("第 {} 张表", index + 1);
  if (!r.file.empty() || !r.sheet.empty())
    where += fmt::format("（{} {}）", r.file, r.sheet.empty() ? "" : "工作表 " + r.sheet);
  return where;
}

}  // namespace

int run_fill(const Args& args) {
  std::string id;
  std::string data;
  std::string output;
  std::string form_arg;
  bool protect = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if (a == "--data" && i + 1 < args.size()) {
      data = args[++i];
    } else if (a == "--form" && i + 1 < args.size()) {
      form_arg = args[++i];
    } else if (a == "--protect") {
      protect = true;
    } else if (a == "-o" || a == "--output" || a == "--data" || a == "--form") {
      report_missing_value("fill", a,
                           a == "--data"   ? "记录文件名（JSON）"
                           : a == "--form" ? "表的序号（从 1 数起）"
                                           : "输出的文件名（.xlsx）");
      return kExitUnreadable;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      report_unknown_option("fill", a, {"-o", "--output", "--data", "--form", "--protect"});
      return kExitUnreadable;
    } else if (id.empty()) {
      id = a;
    } else {
      report_error("fill", "bad_argument", fmt::format("多余的参数 {}", a), kUsage);
      return kExitUnreadable;
    }
  }
  if (data.empty() || output.empty()) {
    report_error("fill", "bad_argument", "需要 --data 与 -o", kUsage);
    return kExitUnreadable;
  }
  if (!has_xlsx_extension(output)) {
    report_not_xlsx_output("fill", output);
    return kExitUnreadable;
  }
  std::size_t form_number = 0;  // 0: every form
  if (!form_arg.empty()) {
    char* end = nullptr;
    const long n = std::strtol(form_arg.c_str(), &end, 10);
    if (*end != '\0' || n < 1) {
      report_error("fill", "bad_argument",
                   fmt::format("--form 应为从 1 数起的表序号，而不是“{}”", form_arg), kUsage);
      return kExitUnreadable;
    }
    form_number = static_cast<std::size_t>(n);
  }
  std::vector<tmpl::TemplateSpec> specs;
  int loaded = guarded("templates", [&] {
    specs = tmpl::load_templates(tmpl::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return kExitUnreadable;
  auto find_spec = [&](const std::string& wanted) -> const tmpl::TemplateSpec* {
    for (const auto& s : specs) {
      if (s.id == wanted) return &s;
    }
    return nullptr;
  };
  const tmpl::TemplateSpec* asked = nullptr;
  if (!id.empty()) {
    asked = find_spec(id);
    if (!asked) {
      report_error("fill", "unknown_template",
                   fmt::format("没有模板“{}”，请用 evalbook templates list 查看", id));
      return kExitUnreadable;
    }
  }
  std::string text;
  if (data == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(data, std::ios::binary);
    if (!in) {
      report_error(data, "io_error", "无法打开记录文件");
      return kExitUnreadable;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    text = buf.str();
  }
  std::vector<report::DocumentRecord> records;
  try {
    records = report::parse_record_documents(text);
  } catch (const report::RecordJsonError& e) {
    report_error(data, "bad_argument", e.what());
    return kExitUnreadable;
  }
  // Which records, with which template: --form N picks one; with ID, the document's forms of
  // that template (a document of one form of another template is refused, never refilled).
  std::vector<FillJob> jobs;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (form_number != 0 && i + 1 != form_number) continue;
    const std::string& own = records[i].input.template_id;
    const bool chosen_by_number = form_number != 0 || records.size() == 1;
    if (asked && !own.empty() && own != asked->id) {
      if (!chosen_by_number) continue;  // another template's form of a many-form document
      report_error(data, "template_mismatch",
                   fmt::format("{}是模板“{}”的记录，不是“{}”的，未写出任何文件",
                               describe(records[i], i), own, asked->id),
                   "去掉模板编号（按记录自己的模板填写），或用 --form N 选择该模板的表");
      return kExitUnreadable;
    }
    const tmpl::TemplateSpec* spec = asked ? asked : find_spec(own);
    if (!spec) {
      report_error(data, own.empty() ? "bad_argument" : "unknown_template",
                   own.empty()
                       ? fmt::format("{}没有注明模板，请给出模板编号", describe(records[i], i))
                       : fmt::format("{}的模板“{}”不是已知的模板", describe(records[i], i), own),
                   kUsage);
      return kExitUnreadable;
    }
    jobs.push_back({spec, records[i]});
  }
  if (jobs.empty()) {
    report_error(data, form_number != 0 ? "bad_argument" : "template_mismatch",
                 form_number != 0
                     ? fmt::format("没有第 {} 张表：文件中共有 {} 张", form_number, records.size())
                     : fmt::format("文件中没有模板“{}”的记录，未写出任何文件", id),
                 kUsage);
    return kExitUnreadable;
  }
  return guarded(output, [&] {
    if (data != "-") xlsx::refuse_output_among_inputs(output, {data});
    std::vector<report::FormLayout> layouts;
    std::vector<std::string> notes;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      layouts.push_back(report::layout_filled(*jobs[i].spec, jobs[i].source.input.record));
      const std::string where = jobs.size() > 1 ? fmt::format("第 {} 张表：", i + 1) : "";
      for (const auto* list : {&layouts.back().warnings, &layouts.back().notes}) {
        for (const auto& n : *list) notes.push_back(where + n);
      }
    }
    report::WriteOptions options;
    options.protect = protect;
    // Read back before the rename: a form that cannot be read back leaves no file behind.
    xlsx::OutputFile out(output);
    for (const auto& n : report::write_forms(layouts, out, options)) notes.push_back(n);
    for (const auto& n : read_back(out.temp_path(), jobs, specs)) notes.push_back(n);
    out.commit();
    for (const auto& n : notes) std::fprintf(stderr, "evalbook: 提示 %s\n", n.c_str());
    std::string templates;
    for (const auto& job : jobs) {
      if (templates.find(job.spec->id) == std::string::npos)
        templates += (templates.empty() ? "" : "、") + job.spec->id;
    }
    std::fprintf(stderr, "已写入 %s：%zu 张表（模板 %s）\n", output.c_str(), jobs.size(),
                 templates.c_str());
    return kExitOk;
  });
}

}  // namespace evalbook::cli
