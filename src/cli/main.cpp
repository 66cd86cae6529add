// The evalbook command: dispatches to one subcommand per file in src/cli/.
#include <cstdio>
#include <string>
#include <string_view>

#include "cli/arg_hints.h"
#include "cli/argument_encoding.h"
#include "cli/cli_common.h"
#include "cli/help.h"

namespace {

bool asks_for_help(const evalbook::cli::Args& args) {
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = evalbook::cli;
  cli::Args args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    // `evalbook help check` is read as `evalbook check --help`.
    if (args.size() > 1 && args[0] == "help") {
      if (auto text = cli::command_help(args[1])) {
        std::fwrite(text->data(), 1, text->size(), stdout);
        return 0;
      }
    }
    const std::string_view help = cli::main_help();
    std::fwrite(help.data(), 1, help.size(), args.empty() ? stderr : stdout);
    return args.empty() ? cli::kExitUnreadable : 0;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::printf("evalbook %s\n", EVALBOOK_VERSION);
    return 0;
  }
  if (!evalbook::cli::arguments_are_utf8(args)) return evalbook::cli::kExitUnreadable;
  std::string command = args[0];
  cli::Args rest(args.begin() + 1, args.end());
  if (auto text = cli::command_help(command); text && asks_for_help(rest)) {
    std::fwrite(text->data(), 1, text->size(), stdout);
    return 0;
  }
  if (command == "dump") return cli::run_dump(rest);
  if (command == "set") return cli::run_set(rest);
  if (command == "check") return cli::run_check(rest);
  if (command == "export") return cli::run_export(rest);
  if (command == "templates") return cli::run_templates(rest);
  if (command == "fill") return cli::run_fill(rest);
  if (command == "fix") return cli::run_fix(rest);
  if (command == "summary") return cli::run_summary(rest);
  if (command == "scan") return cli::run_scan(rest);
  if (command == "serve") return cli::run_serve(rest);
  if (command == "users") return cli::run_users(rest);
  if (command == "rounds") return cli::run_rounds(rest);
  const std::string guess = cli::nearest_word(command, cli::command_names());
  std::string message = "未知命令 " + command;
  if (!guess.empty()) message += "，是不是要输入 evalbook " + guess + "？";
  cli::report_error(command, "bad_argument", message, "运行 evalbook --help 查看全部命令");
  return cli::kExitUnreadable;
}
