#include "report/streamed_sheet.h"

#include <fmt/format.h>
#include <zlib.h>

#include <stdexcept>

#include "xlsx/cell_ref.h"
#include "xlsx/errors.h"
#include "xlsx/ooxml_text.h"
#include "xlsx/utf8.h"
#include "xlsx/workbook.h"
#include "xlsx/zip_writer.h"

namespace evalbook::report {

namespace {

// The rows are many and compress well at any level: the fastest keeps the thread ahead of the
// readers. The sheet's own head and tail are small and get the usual level.
constexpr int kRowsLevel = 1;
constexpr int kPartLevel = 6;

// Whether a text can go into <t> as it is (no markup characters, no OOXML escape to protect,
// no control character).
bool plain(std::string_view text) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '&' || c == '<' || c == '>' || c == '_' || (c < 0x20 && c != '\t' && c != '\n'))
      return false;
  }
  // Bytes that are not UTF-8 (a file name) go through the escaping writer, which replaces them.
  return xlsx::first_invalid_utf8(text.data(), text.data() + text.size(), false) == nullptr;
}

bool needs_preserve(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return !text.empty() && (space(text.front()) || space(text.back()));
}

[[noreturn]] void no_sheet_data(const std::string& part) {
  throw xlsx::XlsxError(xlsx::ErrorCode::malformed_xml, fmt::format("{} 中没有单元格数据区", part),
                        part);
}

}  // namespace

StreamedRows::StreamedRows() : deflater_(kRowsLevel) {}

void StreamedRows::text(std::uint32_t row, std::uint16_t column, std::string_view text,
                        std::int32_t xf_index) {
  if (text.empty()) return;
  if (row + 1 != row_) {
    if (row + 1 < row_) throw std::logic_error("StreamedRows: rows out of order");
    end_row();
    row_ = row + 1;
    fmt::format_to(std::back_inserter(xml_), "<row r=\"{}\">", row_);
  }
  xml_ += "<c r=\"";
  xml_ += xlsx::cell_name(xlsx::CellRef{row_, static_cast<std::uint32_t>(column) + 1});
  fmt::format_to(std::back_inserter(xml_), "\" s=\"{}\" t=\"inlineStr\"><is>", xf_index);
  xml_ += needs_preserve(text) ? "<t xml:space=\"preserve\">" : "<t>";
  if (plain(text)) {
    xml_ += text;
  } else {
    xlsx::encode_ooxml_text(text, xml_);
  }
  xml_ += "</t></is></c>";
}

void StreamedRows::end_row() {
  if (row_ == 0) return;
  xml_ += "</row>";
  deflater_.append(xml_);
  xml_.clear();
}

xlsx::DeflatedPiece StreamedRows::finish() {
  end_row();
  row_ = 0;
  return deflater_.finish();
}

void splice_rows(const std::string& built_path, const std::string& out_path,
                 const std::string& sheet_name, const xlsx::DeflatedPiece& rows,
                 std::string_view dimension) {
  auto built = xlsx::Workbook::open_file(built_path);
  std::string part;
  for (const auto& sheet : built->sheets()) {
    if (sheet.name == sheet_name) part = sheet.part;
  }
  if (part.empty()) {
    throw xlsx::XlsxError(xlsx::ErrorCode::missing_part,
                          fmt::format("找不到工作表 {}", sheet_name));
  }
  const xlsx::ZipReader& zip = built->package();
  xlsx::ZipWriter out(out_path);
  for (const auto& entry : zip.entries()) {
    if (entry.name != part) {
      out.copy_entry(zip, entry);
      continue;
    }
    std::string xml = zip.read(entry);
    // The dimension libxlsxwriter wrote covers its own rows only.
    if (auto at = xml.find("<dimension ref=\""); at != std::string::npos) {
      const std::size_t from = at + 16;
      const std::size_t to = xml.find('"', from);
      if (to != std::string::npos) xml.replace(from, to - from, dimension);
    }
    std::string head;
    std::string tail;
    if (auto close = xml.rfind("</sheetData>"); close != std::string::npos) {
      head = xml.substr(0, close);
      tail = xml.substr(close);
    } else if (auto empty = xml.find("<sheetData/>"); empty != std::string::npos) {
      head = xml.substr(0, empty) + "<sheetData>";
      tail = "</sheetData>" + xml.substr(empty + 12);
    } else {
      no_sheet_data(part);
    }
    // Written one after the other: the rows (the bulk) are never copied.
    const xlsx::DeflatedPiece first = xlsx::deflate_piece(head, kPartLevel, false);
    const xlsx::DeflatedPiece last = xlsx::deflate_piece(tail, kPartLevel, true);
    const xlsx::PieceChecksum sum = xlsx::joined_checksum({&first, &rows, &last});
    out.add_deflated_entry(entry.name, {first.deflated, rows.deflated, last.deflated}, sum.crc32,
                           sum.size, entry.mod_time, entry.mod_date);
  }
  out.commit();
}

}  // namespace evalbook::report
