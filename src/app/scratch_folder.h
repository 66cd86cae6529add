// A private temporary folder, removed with everything in it. Names inside are the caller's fixed
// names, never text from a request.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "base/error_code.h"

namespace evalbook::app {

class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "evalbook-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      throw Error(ErrorCode::io_error, "无法创建临时目录 / cannot create a temporary directory");
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace evalbook::app
