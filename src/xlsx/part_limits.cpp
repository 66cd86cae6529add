#include "xlsx/part_limits.h"

#include <fmt/format.h>

#include "xlsx/errors.h"

namespace evalbook::xlsx {

namespace {

struct KindCap {
  std::uint64_t cap;
  std::string_view name;
};

KindCap cap_of(PartKind kind, const Limits& limits) {
  switch (kind) {
    case PartKind::workbook:
      return {limits.max_workbook_part_bytes, "工作簿主部件"};
    case PartKind::styles:
      return {limits.max_styles_bytes, "样式表"};
    case PartKind::shared_strings:
      return {limits.max_shared_strings_bytes, "共享字符串表"};
    case PartKind::relationships:
      return {limits.max_rels_bytes, "关系部件"};
    case PartKind::content_types:
      return {limits.max_content_types_bytes, "内容类型表"};
  }
  return {0, "部件"};
}

}  // namespace

void check_part_size(const ZipEntry& entry, PartKind kind, const Limits& limits) {
  const KindCap kc = cap_of(kind, limits);
  if (entry.uncompressed_size <= kc.cap) return;
  throw XlsxError(ErrorCode::part_too_large,
                  fmt::format("{} {} 解压后 {} 字节，超过上限 {} 字节", kc.name, entry.name,
                              entry.uncompressed_size, kc.cap),

                  entry.name);
}

}  // namespace evalbook::xlsx
