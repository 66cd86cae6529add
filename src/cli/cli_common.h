// What every subcommand shares: argument helpers and the way errors reach the user.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::cli {

// Exit codes of the contract: 0 no errors, 1 error findings, 2 input could not be read.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnreadable = 2;

using Args = std::vector<std::string>;

// Prints "evalbook: 错误[code] FILE: message" and the code's hint on stderr.
void report_error(std::string_view file, std::string_view code, std::string_view message,
                  std::string_view hint = {});

// Runs `body`, turning any exception into a reported error; returns body's exit code or 2.
template <class Body>
int guarded(std::string_view file, Body&& body);

// Buffered standard output for large dumps.
class OutputBuffer {
 public:
  // Output is held until `flush_at` bytes gather, so a small file that fails midway can have its
  // partial output discarded instead of printed.
  explicit OutputBuffer(std::FILE* stream, std::size_t flush_at = 1 << 20)
      : stream_(stream), flush_at_(flush_at) {}
  ~OutputBuffer() { flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;
  void append(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= flush_at_) flush();
  }
  void append(char c) { buffer_.push_back(c); }
  void append_repeated(char c, std::size_t count) { buffer_.append(count, c); }
  void flush();
  void discard() { buffer_.clear(); }

 private:
  std::FILE* stream_;
  std::size_t flush_at_;
  std::string buffer_;
};

int run_dump(const Args& args);
int run_set(const Args& args);
int run_check(const Args& args);
int run_export(const Args& args);
int run_templates(const Args& args);
int run_fill(const Args& args);
int run_fix(const Args& args);
int run_summary(const Args& args);
int run_scan(const Args& args);
int run_serve(const Args& args);
int run_users(const Args& args);
int run_rounds(const Args& args);

}  // namespace evalbook::cli

#include "cli/cli_common_inl.h"
