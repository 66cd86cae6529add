#include "cli/cli_common.h"

#include <fmt/format.h>

namespace evalbook::cli {

void report_error(std::string_view file, std::string_view code, std::string_view message,
                  std::string_view hint) {
  std::string line = fmt::format("evalbook: 错误[{}] {}: {}\n", code, file, message);
  if (!hint.empty()) line += fmt::format("  提示：{}\n", hint);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

void OutputBuffer::flush() {
  if (!buffer_.empty()) {
    std::fwrite(buffer_.data(), 1, buffer_.size(), stream_);
    buffer_.clear();
  }
  std::fflush(stream_);
}

}  // namespace evalbook::cli
