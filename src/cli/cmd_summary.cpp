// evalbook summary INPUT... -o OUT.xlsx [--title TEXT] [--jobs N] [--template ID]: consolidates
// many workbooks (files, folders searched recursively, .zip archives read in memory) into one
// summary workbook (report/summary_writer.h). Files are read on N threads (default: every hardware
// thread) and merged in the order of their names, so the output does not depend on the timing. A
// file that cannot be read is listed in the summary's 无法读取 sheet, never fatal. Progress goes to
// stderr: a bar on a terminal, an "已处理 k/n" line every two seconds otherwise. The workbook is
// written to a temporary file beside OUT and renamed into place. EVALBOOK_TIMING=1 prints how long
// the reading and the writing took (for the benchmark, bench/summary_bench.sh).
#include <fmt/format.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app/input_collector.h"
#include "app/summarize.h"
#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "report/summary_writer.h"
#include "xlsx/errors.h"
#include "xlsx/file_identity.h"
#include "xlsx/output_file.h"

namespace evalbook::cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kUsage =
    "用法：evalbook summary 文件|文件夹|压缩包.zip... -o 汇总.xlsx [--title 标题] [--jobs N] "
    "[--template 模板]";

// Progress on stderr: a bar on a terminal, an "已处理 k/n" line every two seconds otherwise.
class Progress : public app::SummaryProgress {
 public:
  explicit Progress(std::size_t total) : total_(total), tty_(::isatty(STDERR_FILENO) == 1) {}

  void failure(const std::string& file, const std::string& code,
               const std::string& message) override {
    clear();
    report_error(file, code, message);
    drawn_ = false;
  }

  void update(std::size_t done, std::size_t failed, bool final) override {
    const auto now = Clock::now();
    if (tty_) {
      if (!final && drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
      constexpr int kWidth = 30;
      const int filled = total_ ? static_cast<int>(kWidth * done / total_) : kWidth;
      std::string bar;
      for (int i = 0; i < kWidth; ++i) bar += i < filled ? "█" : "░";
      const double secs = std::chrono::duration<double>(now - start_).count();
      std::string line = fmt::format("\r\x1b[K汇总 {} {}/{} 个文件  失败 {}  {:.1f} 秒", bar, done,
                                     total_, failed, secs);
      if (final) line += "\n";
      std::fputs(line.c_str(), stderr);
      std::fflush(stderr);
      drawn_ = !final;
    } else {
      if (!final && now - last_ < std::chrono::seconds(2)) return;
      std::string line = fmt::format("已处理 {}/{} 个文件，失败 {}\n", done, total_, failed);
      std::fputs(line.c_str(), stderr);
    }
    last_ = now;
  }

 private:
  void clear() {
    if (tty_ && drawn_) std::fputs("\r\x1b[K", stderr);
    drawn_ = false;
  }

  std::size_t total_;
  bool tty_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = Clock::now();
};

}  // namespace

int run_summary(const Args& args) {
  std::vector<std::string> inputs;
  std::string output;
  std::string template_id;
  report::SummaryOptions options;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size()) {
      output = args[++i];
    } else if ((a == "--jobs" || a == "-j") && i + 1 < args.size()) {
      const std::string& v = args[++i];
      char* end = nullptr;
      const long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n < 1 || n > 256) {
        report_error(
            "summary", "bad_argument",
            fmt::format("--jobs 应为 1 到 256 的整数，而不是“{}” / --jobs takes 1..256", v));
        return kExitUnreadable;
      }
      jobs = static_cast<unsigned>(n);
    } else if (a == "--template" && i + 1 < args.size()) {
      template_id = args[++i];
    } else if ((a == "--title" || a == "--round") && i + 1 < args.size()) {
      options.title = args[++i];
    } else if (a == "--") {
      inputs.insert(inputs.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    } else if (a == "-o" || a == "--output" || a == "--jobs" || a == "-j" || a == "--template" ||
               a == "--title" || a == "--round") {
      report_missing_value("summary", a,
                           a == "--template" ? "模板编号"
                           : a == "--title" || a == "--round"
                               ? "汇总表的标题（例如 --title 2024年第一批）"
                           : a == "-o" || a == "--output" ? "输出的文件名（例如 -o 汇总.xlsx）"
                                                          : "线程数");
      return kExitUnreadable;
    } else if (!a.empty() && a[0] == '-') {
      report_unknown_option("summary", a,
                            {"-o", "--output", "--jobs", "-j", "--template", "--title", "--round"});
      return kExitUnreadable;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty() || output.empty()) {
    report_error(
        "summary", "bad_argument",
        inputs.empty() ? "没有给出要汇总的文件或文件夹" : "没有给出输出文件（-o 汇总.xlsx）",
        kUsage);
    return kExitUnreadable;
  }
  if (!has_xlsx_extension(output)) {
    report_not_xlsx_output("summary", output);
    return kExitUnreadable;
  }
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context(template_id, forced);
  if (!context) return kExitUnreadable;

  return guarded(output, [&] {
    app::CollectResult collected = app::collect_inputs(inputs);
    note_lock_files(collected);
    // Every file read (a folder's members, the archives holding members), never overwritten.
    std::vector<std::string> read_paths;
    for (const auto& in : collected.inputs) read_paths.push_back(in.path);
    xlsx::refuse_output_among_inputs(output, read_paths);
    xlsx::check_replaceable(output);  // before the reading, not after it
    if (collected.inputs.empty()) {
      report_error("summary", "no_input", "没有找到 .xlsx 工作簿或 .zip 压缩包");
      return kExitUnreadable;
    }
    report::SummaryCounts counts;
    {
      const auto t0 = Clock::now();
      timespec cpu0{};
      ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
      // `output` is replaced only when finish() completes.
      report::SummaryWriter writer(output, options);
      Progress progress(collected.inputs.size());
      app::summarize(*context, collected.inputs, forced, jobs, writer, progress);
      const auto t1 = Clock::now();
      timespec cpu1{};
      ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
      std::fputs(fmt::format("正在写入 {}\n", output).c_str(), stderr);
      counts = writer.finish();
      if (std::getenv("EVALBOOK_TIMING")) {
        const auto t2 = Clock::now();
        timespec cpu2{};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu2);
        auto secs = [](const timespec& a, const timespec& b) {
          return static_cast<double>(b.tv_sec - a.tv_sec) +
                 static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e9;
        };
        std::fputs(
            fmt::format("timing: read {:.3f} s ({} threads; main thread keeping findings "
                        "{:.3f} s CPU), then write {:.3f} s ({:.3f} s CPU)\n",
                        std::chrono::duration<double>(t1 - t0).count(), jobs, secs(cpu0, cpu1),
                        std::chrono::duration<double>(t2 - t1).count(), secs(cpu1, cpu2))
                .c_str(),
            stderr);
      }
    }
    const std::string done = fmt::format(
        "已写入 {}：项目 {} 个，单位 {} 个，问题 {} 条，重复提交 {} 份（只计一次），无法读取 {} "
        "个文件，"
        "无已知表格 {} 个文件，空白表 {} 个（未计入）\n",
        output, counts.projects, counts.units, counts.findings, counts.duplicates,
        counts.unreadable, counts.no_form, counts.blanks);
    std::fputs(done.c_str(), stderr);
    if (counts.unreadable > 0) return kExitUnreadable;
    return counts.error_findings ? kExitFindings : kExitOk;
  });
}

}  // namespace evalbook::cli
