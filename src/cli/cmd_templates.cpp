// evalbook templates [list] | templates blank ID -o OUT.xlsx [--protect]: the known templates,
// one per line (id TAB family TAB region TAB year TAB title), or a blank standard form of one.
#include <fmt/format.h>

#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "report/template_writer.h"
#include "template/template_spec.h"

namespace evalbook::cli {

namespace {

constexpr const char* kUsage =
    "用法：evalbook templates [list] | evalbook templates blank 模板 -o 输出.xlsx [--protect]";

int list_templates(const std::vector<tmpl::TemplateSpec>& specs) {
  OutputBuffer out(stdout);
  for (const auto& s : specs) {
    out.append(fmt::format("{}\t{}\t{}\t{}\t{}\n", s.id, s.family, s.region,
                           s.year ? std::to_string(s.year) : "", s.title));
  }
  return kExitOk;
}

}  // namespace

int run_templates(const Args& args) {
  std::string action = "list";
  std::string id;
  std::string output;
  bool protect = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if (a == "--protect") {
      protect = true;
    } else if (a == "-o" || a == "--output") {
      report_missing_value("templates", a, "输出的文件名（.xlsx）");
      return kExitUnreadable;
    } else if (!a.empty() && a[0] == '-') {
      report_unknown_option("templates", a, {"-o", "--output", "--protect"});
      return kExitUnreadable;
    } else if (i == 0) {
      action = a;
    } else if (id.empty()) {
      id = a;
    } else {
      report_error("templates", "bad_argument", fmt::format("多余的参数 {}", a), kUsage);
      return kExitUnreadable;
    }
  }
  if (action != "list" && action != "blank") {
    const std::string guess = nearest_word(action, {"list", "blank"});
    report_error("templates", "bad_argument",
                 guess.empty() ? fmt::format("未知的操作 {}", action)
                               : fmt::format("未知的操作 {}，是不是要输入 {}？", action, guess),
                 kUsage);
    return kExitUnreadable;
  }
  if (action == "blank" && (id.empty() || output.empty())) {
    report_error("templates", "bad_argument", "需要模板编号和 -o 输出文件", kUsage);
    return kExitUnreadable;
  }
  if (action == "blank" && !has_xlsx_extension(output)) {
    report_not_xlsx_output("templates", output);
    return kExitUnreadable;
  }
  std::vector<tmpl::TemplateSpec> specs;
  int loaded = guarded("templates", [&] {
    specs = tmpl::load_templates(tmpl::default_template_dir());
    return kExitOk;
  });
  if (loaded != kExitOk) return kExitUnreadable;
  if (action == "list") return list_templates(specs);
  const tmpl::TemplateSpec* spec = nullptr;
  for (const auto& s : specs) {
    if (s.id == id) spec = &s;
  }
  if (!spec) {
    report_error("templates", "unknown_template",
                 fmt::format("没有模板“{}”，请用 evalbook templates list 查看", id));
    return kExitUnreadable;
  }
  return guarded(output, [&] {
    report::FormLayout layout = report::layout_blank(*spec);
    report::WriteOptions options;
    options.protect = protect;
    auto notes = report::write_form(layout, output, options);
    for (const auto& w : layout.warnings) notes.push_back(w);
    for (const auto& n : notes) std::fprintf(stderr, "evalbook: 提示：%s\n", n.c_str());
    std::fprintf(stderr, "已写入空白表 %s（模板 %s）\n", output.c_str(), spec->id.c_str());
    return kExitOk;
  });
}

}  // namespace evalbook::cli
