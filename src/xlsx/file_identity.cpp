#include "xlsx/file_identity.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "xlsx/errors.h"

namespace evalbook::xlsx {

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {};
  struct stat sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat out {};
  if (::stat(output.c_str(), &out) != 0) return;  // a new file cannot be an input
  for (const auto& input : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) != 0) continue;
    if (in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
      throw XlsxError(
          ErrorCode::bad_argument,
          fmt::format("输出文件 {} 就是输入文件 {}，已拒绝，以免覆盖原件", output, input));
    }
  }
}

}  // namespace evalbook::xlsx
