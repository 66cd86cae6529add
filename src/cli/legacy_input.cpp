#include "cli/legacy_input.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "app/legacy_workbook.h"
#include "xlsx/errors.h"
#include "xlsx/legacy_conversion.h"

namespace evalbook::cli {

namespace fs = std::filesystem;

int patch_legacy_workbook(const std::string& input, const std::string& output, bool in_place,
                          const std::function<int(const std::string&, const std::string&)>& patch) {
  const std::string target = xlsx::xlsx_output_name(in_place ? input : output);
  const auto converted = app::convert_legacy_workbook(input, [&] {
    std::error_code ec;
    if (fs::exists(target, ec) && (in_place || fs::equivalent(target, input, ec))) {
      throw xlsx::XlsxError(
          xlsx::ErrorCode::bad_argument,
          fmt::format("{} 是旧版格式，更正后要写成 .xlsx，但 {} 已存在（或就是原文件）；请用 -o "
                      "指定新的输出文件",
                      input, target));
    }
    const std::string note = fmt::format(
        "注意：{} 是旧版 .xls/.et 格式，已用 LibreOffice 转换，输出为 .xlsx "
        "格式：{}（原文件未改动）/ "
        "legacy workbook converted: the output is an .xlsx\n",
        input, target);
    std::fwrite(note.data(), 1, note.size(), stderr);
  });
  return patch(converted->path(), target);
}

}  // namespace evalbook::cli
