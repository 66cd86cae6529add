#include "cli/argument_encoding.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "xlsx/utf8.h"

namespace evalbook::cli {

bool arguments_are_utf8(const Args& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (xlsx::is_valid_utf8(a)) continue;
    struct stat st {};
    if (::stat(a.c_str(), &st) == 0) continue;
    report_error(
        xlsx::valid_utf8_or_replaced(a), "bad_argument",
        fmt::format("第 {} 个参数不是有效的 UTF-8 文字（可能是 GBK 编码），请在 UTF-8 终端中输入 / "
                    "argument {} is not valid UTF-8",
                    i + 1, i + 1));
    return false;
  }
  return true;
}

}  // namespace evalbook::cli
