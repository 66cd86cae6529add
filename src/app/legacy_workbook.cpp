#include "app/legacy_workbook.h"

#include <fstream>
#include <sstream>

#include "app/scratch_folder.h"
#include "app/workbook_fix.h"
#include "xlsx/biff_workbook.h"
#include "xlsx/errors.h"
#include "xlsx/workbook.h"

namespace evalbook::app {

bool is_legacy_workbook(std::string_view bytes) { return xlsx::has_compound_file_signature(bytes); }

std::unique_ptr<xlsx::ConvertedWorkbook> convert_legacy_workbook(
    const std::string& legacy_path, const std::function<void()>& before_converting) {
  xlsx::Workbook::open_file(legacy_path);
  if (before_converting) before_converting();
  return std::make_unique<xlsx::ConvertedWorkbook>(legacy_path);
}

std::string fix_legacy_workbook_bytes(const AppContext& context, std::string_view legacy_bytes) {
  ScratchFolder scratch;
  const std::string in = scratch.file("in.xls");  // the converter goes by the bytes, not the name
  const std::string out = scratch.file("out.xlsx");
  {
    std::ofstream f(in, std::ios::binary);
    f.write(legacy_bytes.data(), static_cast<std::streamsize>(legacy_bytes.size()));
    if (!f) throw xlsx::XlsxError(xlsx::ErrorCode::io_error, "无法写入临时文件 / cannot write");
  }
  const auto converted = convert_legacy_workbook(in);
  const FixResult fixed = fix_workbook(context, converted->path(), out, report::FixPolicy{});
  if (!fixed.read.error_code.empty()) {
    throw xlsx::XlsxError(
        error_code_from_name(fixed.read.error_code).value_or(xlsx::ErrorCode::conversion_failed),
        "转换后的工作簿无法读取 / the converted workbook cannot be read: " +
            fixed.read.error_message);
  }
  std::ifstream f(out, std::ios::binary);
  std::ostringstream bytes;
  bytes << f.rdbuf();
  if (!f) throw xlsx::XlsxError(xlsx::ErrorCode::io_error, "无法读取更正文件 / cannot read");
  return std::move(bytes).str();
}

}  // namespace evalbook::app
