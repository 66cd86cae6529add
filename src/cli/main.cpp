// The evalbook command: dispatches to one subcommand per file in src/cli/.
#include <cstdio>
#include <string>
#include <string_view>

#include "cli/argument_encoding.h"
#include "cli/cli_common.h"

namespace {

constexpr std::string_view kHelp = R"(evalbook — 预算绩效评价表格的读取、校验与修正工具
           reads, checks and patches budget-performance evaluation workbooks (.xlsx)

用法 / usage:
  evalbook check FILE... [--format json|text] [--template ID]
      识别每个工作表是哪种表格，读出记录，复核其中的计算，逐格指出问题。
      Finds the form on each sheet, reads its record, recomputes its arithmetic and reports
      every finding at its cell (CLI-CONTRACT.md "check"; exit 1 when a finding is an error).
  evalbook export FILE... --format json|csv [-o PATH]
      导出记录：JSON，或 forms.csv 与 indicators.csv（UTF-8 带 BOM）。
      Exports the records as JSON, or as forms.csv and indicators.csv (UTF-8 with BOM).
  evalbook summary FILE|DIR|ZIP... -o OUT.xlsx [--jobs N] [--template ID]
      汇总大量工作簿（文件夹递归查找，.zip 压缩包直接读取，GBK 文件名可识别）：项目汇总、单位汇总、
      等级分布（含图表）、问题清单、决算汇总、重复提交、无法读取。重复提交的同一项目只计一次。
      Consolidates many workbooks (folders searched recursively, .zip archives read in place)
      into one summary workbook; a file that cannot be read is listed, not fatal. --jobs:
      threads (default: every core). Progress on stderr: a bar on a terminal, lines otherwise.
  evalbook templates [list | blank ID -o OUT.xlsx [--protect]]
      列出已知表格模板；生成空白标准表（含公式与下拉选项）。
      Lists the known form templates; writes a blank standard form (formulas, drop-downs).
  evalbook fill ID --data RECORD.json -o OUT.xlsx
      把一条记录填入标准表；读回后得到同一条记录。
      Writes a record into the standard form; reading it back gives the same record.
  evalbook fix FILE (-o OUT.xlsx | --in-place) [--template ID]
      写出更正后的工作簿：错误数字改为复核值并高亮、加批注，另加“校验结果”工作表；
      其余内容逐字节保留，原文件不变（--in-place 时保留 .bak）。
      Writes the corrected workbook: each wrong, recomputable figure replaced and highlighted
      with a comment, plus a 校验结果 sheet listing every finding; everything else is kept
      byte for byte and the input is never changed (--in-place keeps FILE.bak).
  evalbook dump FILE... [--sheet NAME|NUMBER]
      按 Excel 的显示方式输出每个工作表：每行一行，单元格之间用 TAB 分隔。
      Prints every sheet as Excel displays it: one line per row, TAB between cells,
      number formats applied; "# sheet: NAME" before each sheet, "# file: PATH" before
      each file when several are given. Reads .xlsx and legacy .xls/.et alike.
      --values: the values as stored (no number format; numbers in shortest round-trip form).
  evalbook set FILE -o OUT CELL=VALUE... [--text]
      写出 FILE 的副本，只修改给定的单元格，其余内容逐字节保留。
      Writes a copy of FILE with the given cells changed and nothing else: C5=12.5
      (first sheet) or 'Sheet name'!C5=text. A value that reads as a number is written
      as a number (digit strings with a leading zero such as 0354 stay text), anything
      else as text; --text forces text; an empty value clears the cell. The cell keeps
      its style. The input file is never modified.
  evalbook scan INPUT...
      scan: 开发者用：读取全部单元格并统计 / developer: read every cell and print a tally
      (benchmark task). INPUT is a .xlsx file or a folder of them (read in name order);
      prints "cells=N nums=N sum=S strs=N other=N" as the peer benchmarks do.
  evalbook serve [--listen 127.0.0.1:8080] [--db sqlite:evalbook.db | --db postgresql://USER@HOST:PORT/DB]
                 [--web DIR] [--behind-tls]
      上传服务：单位上传工作簿，财政人员查看、审核、汇总。
      The upload service (JSON API of CLI-CONTRACT.md "The service"), until Ctrl-C.
  evalbook users add NAME --role unit|finance|admin [--unit CODE] --password-stdin [--db DB]
  evalbook users token NAME [--db DB]
  evalbook rounds add NAME --year YYYY [--units CODE,CODE...] [--deadline YYYY-MM-DD] [--db DB]
      服务的账号、API 令牌与批次 / accounts, API tokens and rounds of the service.
  evalbook --help | --version

退出码 / exit codes: 0 成功 / ok; 1 发现错误 / error findings; 2 无法读取输入 / input unreadable.
错误信息格式 / error format: "evalbook: 错误[CODE] FILE: message" on stderr.
)";

}  // namespace

int main(int argc, char** argv) {
  using evalbook::cli::Args;
  Args args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::fwrite(kHelp.data(), 1, kHelp.size(), args.empty() ? stderr : stdout);
    return args.empty() ? evalbook::cli::kExitUnreadable : 0;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::printf("evalbook %s\n", EVALBOOK_VERSION);
    return 0;
  }
  if (!evalbook::cli::arguments_are_utf8(args)) return evalbook::cli::kExitUnreadable;
  std::string command = args[0];
  Args rest(args.begin() + 1, args.end());
  if (command == "dump") return evalbook::cli::run_dump(rest);
  if (command == "set") return evalbook::cli::run_set(rest);
  if (command == "check") return evalbook::cli::run_check(rest);
  if (command == "export") return evalbook::cli::run_export(rest);
  if (command == "templates") return evalbook::cli::run_templates(rest);
  if (command == "fill") return evalbook::cli::run_fill(rest);
  if (command == "fix") return evalbook::cli::run_fix(rest);
  if (command == "summary") return evalbook::cli::run_summary(rest);
  if (command == "scan") return evalbook::cli::run_scan(rest);
  if (command == "serve") return evalbook::cli::run_serve(rest);
  if (command == "users") return evalbook::cli::run_users(rest);
  if (command == "rounds") return evalbook::cli::run_rounds(rest);
  evalbook::cli::report_error(command, "bad_argument",
                              "未知命令，请运行 evalbook --help / unknown command, see --help");
  return evalbook::cli::kExitUnreadable;
}
