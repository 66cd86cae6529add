#include "xlsx/biff_text.h"

#include <fmt/format.h>
#include <iconv.h>

#include <cerrno>

#include "xlsx/errors.h"
#include "xlsx/utf8.h"

namespace evalbook::xlsx::biff {

namespace {

[[noreturn]] void corrupt(std::string_view what) {
  throw XlsxError(ErrorCode::corrupt_xls, fmt::format("旧版工作簿的记录已损坏：{}", what));
}

constexpr std::uint32_t kReplacement = 0xFFFD;

// iconv's name of a Windows code page; empty when it is one of ours (UTF-16, Latin-1).
const char* iconv_name(std::uint16_t codepage) {
  switch (codepage) {
    case 367:
      return "ASCII";
    case 932:
      return "CP932";
    case 936:
      return "GBK";
    case 949:
      return "CP949";
    case 950:
      return "BIG5";
    case 1250:
      return "CP1250";
    case 1251:
      return "CP1251";
    case 1253:
      return "CP1253";
    case 1254:
      return "CP1254";
    case 10000:
    case 32768:
      return "MACINTOSH";
    default:
      return nullptr;
  }
}

struct IconvHandle {
  iconv_t cd;
  explicit IconvHandle(const char* from) : cd(::iconv_open("UTF-8", from)) {}
  ~IconvHandle() {
    if (cd != reinterpret_cast<iconv_t>(-1)) ::iconv_close(cd);
  }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
};

}  // namespace

std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (unsigned char c : bytes) append_utf8(c, out);
  return out;
}

std::string utf16le_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    std::uint32_t unit =
        static_cast<unsigned char>(bytes[i]) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint32_t low = static_cast<unsigned char>(bytes[i + 2]) |
                                (static_cast<unsigned char>(bytes[i + 3]) << 8);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), out);
        i += 2;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) unit = kReplacement;
    append_utf8(unit, out);
  }
  return out;
}

std::string codepage_to_utf8(std::string_view bytes, std::uint16_t codepage) {
  if (codepage == 1200) return utf16le_to_utf8(bytes);
  const char* name = iconv_name(codepage);
  if (!name) return latin1_to_utf8(bytes);  // 1252 and unknown pages: Latin-1, as xlrd does
  IconvHandle conv(name);
  if (conv.cd == reinterpret_cast<iconv_t>(-1)) return latin1_to_utf8(bytes);
  std::string out;
  out.reserve(bytes.size() * 2);
  std::string in(bytes);
  char* src = in.data();
  std::size_t left = in.size();
  char buffer[256];
  while (left > 0) {
    char* dst = buffer;
    std::size_t room = sizeof buffer;
    const std::size_t r = ::iconv(conv.cd, &src, &left, &dst, &room);
    out.append(buffer, static_cast<std::size_t>(dst - buffer));
    if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {  // bad or cut-off sequence
      append_utf8(kReplacement, out);
      ++src;
      --left;
      ::iconv(conv.cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  return out;
}

ContinuedData::ContinuedData(std::vector<std::string_view> segments)
    : segments_(std::move(segments)) {}

bool ContinuedData::at_end() const {
  for (std::size_t s = segment_; s < segments_.size(); ++s) {
    if ((s == segment_ ? segments_[s].size() - offset_ : segments_[s].size()) > 0) return false;
  }
  return true;
}

void ContinuedData::ensure_available() {
  while (segment_ < segments_.size() && offset_ >= segments_[segment_].size()) {
    ++segment_;
    offset_ = 0;
  }
  if (segment_ >= segments_.size()) corrupt("字符串超出记录末尾");
}

std::uint8_t ContinuedData::u8() {
  ensure_available();
  return static_cast<std::uint8_t>(segments_[segment_][offset_++]);
}

std::uint16_t ContinuedData::u16() {
  const std::uint16_t lo = u8();
  return static_cast<std::uint16_t>(lo | (u8() << 8));
}

std::uint32_t ContinuedData::u32() {
  const std::uint32_t lo = u16();
  return lo | (std::uint32_t{u16()} << 16);
}

void ContinuedData::skip(std::uint64_t count) {
  while (count > 0) {
    ensure_available();
    const std::size_t here = segments_[segment_].size() - offset_;
    const std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(here, count));
    offset_ += step;
    count -= step;
  }
}

std::string ContinuedData::unicode_string(int cch_bytes) {
  const std::uint32_t cch = cch_bytes == 1 ? u8() : u16();
  const std::uint8_t flags = u8();
  bool high_byte = flags & 0x01;
  const std::uint16_t runs = (flags & 0x08) ? u16() : 0;
  const std::uint32_t phonetic = (flags & 0x04) ? u32() : 0;
  std::string out;
  std::uint32_t left = cch;
  while (left > 0) {
    if (segment_ < segments_.size() && offset_ >= segments_[segment_].size()) {
      // The characters run on into the next CONTINUE, which restates their width (as xlrd
      // reads it, also when the split falls right after the string's header).
      ++segment_;
      offset_ = 0;
      if (segment_ >= segments_.size() || segments_[segment_].empty())
        corrupt("字符串超出记录末尾");
      high_byte = u8() & 0x01;
    }
    if (segment_ >= segments_.size()) corrupt("字符串超出记录末尾");
    const std::string_view seg = segments_[segment_];
    const std::size_t width = high_byte ? 2 : 1;
    const std::size_t fit = std::min<std::size_t>(left, (seg.size() - offset_) / width);
    if (fit == 0) corrupt("字符串字符被截断");
    const std::string_view chars = seg.substr(offset_, fit * width);
    out += high_byte ? utf16le_to_utf8(chars) : latin1_to_utf8(chars);
    offset_ += fit * width;
    left -= static_cast<std::uint32_t>(fit);
  }
  skip(std::uint64_t{runs} * 4 + phonetic);
  return out;
}

}  // namespace evalbook::xlsx::biff
