// Text as BIFF stores it: UTF-16LE or "compressed" 8-bit (Latin-1) Unicode strings in BIFF8,
// byte strings in the workbook's code page (CODEPAGE record: 936 = GBK, ...) in BIFF5, and
// strings whose characters run on into the CONTINUE records that follow their record.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evalbook::xlsx::biff {

std::string latin1_to_utf8(std::string_view bytes);
std::string utf16le_to_utf8(std::string_view bytes);  // lone surrogates become U+FFFD
// Bytes in a Windows code page to UTF-8; undecodable bytes become U+FFFD.
std::string codepage_to_utf8(std::string_view bytes, std::uint16_t codepage);

// A cursor over a record's data and the data of the CONTINUE records after it. Throws
// XlsxError(corrupt_xls) when asked for more than there is.
class ContinuedData {
 public:
  explicit ContinuedData(std::vector<std::string_view> segments);
  bool at_end() const;
  std::uint8_t u8();
  std::uint16_t u16();
  std::uint32_t u32();
  void skip(std::uint64_t count);  // rich-text runs, phonetic data: may cross segments freely
  // XLUnicodeString (cch_bytes = 2) or ShortXLUnicodeString (cch_bytes = 1), its rich-text runs
  // and phonetic block skipped; a new segment in the middle of its characters starts with a
  // byte that says whether they go on as 8 or 16 bits.
  std::string unicode_string(int cch_bytes);

 private:
  void ensure_available();
  std::vector<std::string_view> segments_;
  std::size_t segment_ = 0;
  std::size_t offset_ = 0;
};

}  // namespace evalbook::xlsx::biff
