#include "xlsx/file_kind.h"

#include <fmt/format.h>

#include "xlsx/errors.h"
#include "xlsx/utf8.h"

namespace evalbook::xlsx {

namespace {

constexpr std::uint64_t kMaxMimetypeBytes = 200;

bool starts_with_ci(std::string_view bytes, std::string_view prefix) {
  if (bytes.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = bytes[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

std::string_view skip_bom_and_blanks(std::string_view b) {
  if (b.starts_with("\xEF\xBB\xBF")) b.remove_prefix(3);
  while (!b.empty() &&
         (b.front() == ' ' || b.front() == '\n' || b.front() == '\r' || b.front() == '\t'))
    b.remove_prefix(1);
  return b;
}

// Text without NUL or other control bytes but line breaks and TABs, valid UTF-8 (or GBK, which
// is not checked: any byte above 0x7F passes when the text is not UTF-8).
bool looks_like_text(std::string_view b) {
  const std::string_view head = b.substr(0, 4096);
  for (const char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return false;
  }
  return true;
}

std::string kind_of_mimetype(std::string_view type) {
  if (type.starts_with("application/vnd.oasis.opendocument.spreadsheet"))
    return "OpenDocument 电子表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx 格式";
  if (type.starts_with("application/vnd.oasis.opendocument.text"))
    return "OpenDocument 文本文档（.odt）";
  if (type.starts_with("application/vnd.oasis.opendocument.presentation"))
    return "OpenDocument 演示文稿（.odp）";
  if (type.starts_with("application/vnd.oasis.opendocument."))
    return fmt::format("OpenDocument 文档（{}）", type);
  if (type.starts_with("application/epub+zip")) return "EPUB 电子书";
  return {};
}

[[noreturn]] void not_workbook(const std::string& kind) {
  throw XlsxError(ErrorCode::not_workbook, fmt::format("这是{}，不是 Excel 工作簿（.xlsx）", kind));
}

}  // namespace

std::string describe_non_zip(std::string_view bytes) {
  if (bytes.starts_with("%PDF")) return "PDF 文件";
  if (bytes.starts_with("MZ")) return "Windows 可执行程序";
  if (bytes.starts_with("\x7F"
                        "ELF"))
    return "可执行程序";
  if (bytes.starts_with("\x89PNG")) return "PNG 图片";
  if (bytes.starts_with("\xFF\xD8\xFF")) return "JPEG 图片";
  if (bytes.starts_with("GIF8")) return "GIF 图片";
  if (bytes.starts_with("Rar!")) return "RAR 压缩包";
  if (bytes.starts_with("7z\xBC\xAF")) return "7z 压缩包";
  if (bytes.starts_with("\x1F\x8B")) return "gzip 压缩文件";
  if (bytes.starts_with("{\\rtf")) return "RTF 文档";
  const std::string_view text = skip_bom_and_blanks(bytes);
  if (starts_with_ci(text, "<!doctype html") || starts_with_ci(text, "<html") ||
      starts_with_ci(text, "<?xml") || starts_with_ci(text, "<")) {
    // Excel's "XML 电子表格 2003" and web pages saved as .xls are markup too.
    return "网页或 XML 文件";
  }
  if (looks_like_text(bytes)) return "文本文件（可能是 CSV）";
  return {};
}

void require_spreadsheet_package(const ZipReader& zip) {
  if (const ZipEntry* m = zip.find("mimetype"); m && m->uncompressed_size <= kMaxMimetypeBytes) {
    const std::string kind = kind_of_mimetype(zip.read(*m));
    if (!kind.empty()) not_workbook(kind);
  }
  bool spreadsheet_part = false;
  for (const auto& e : zip.entries()) {
    if (e.name.starts_with("xl/")) {
      spreadsheet_part = true;
      break;
    }
  }
  if (spreadsheet_part) return;
  if (zip.find("word/document.xml")) not_workbook("Word 文档（.docx）");
  if (zip.find("ppt/presentation.xml")) not_workbook("PowerPoint 演示文稿（.pptx）");
  if (zip.find("[Content_Types].xml"))
    return;  // an OOXML package missing its parts: the reader names them
  not_workbook(fmt::format("普通 zip 压缩包（{} 个文件）", zip.entries().size()));
}

}  // namespace evalbook::xlsx
