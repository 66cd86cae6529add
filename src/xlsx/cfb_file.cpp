#include "xlsx/cfb_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "xlsx/errors.h"

namespace evalbook::xlsx {

namespace {

constexpr std::uint32_t kMaxRegularSector = 0xFFFFFFF9;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kFreeSector = 0xFFFFFFFF;
constexpr std::size_t kHeaderSize = 512;
constexpr std::size_t kHeaderDifatCount = 109;
constexpr std::size_t kDirEntrySize = 128;
constexpr std::uint8_t kStream = 2;
constexpr std::uint8_t kRoot = 5;
constexpr unsigned char kSignature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

[[noreturn]] void corrupt(const std::string& what) {
  throw XlsxError(ErrorCode::corrupt_xls, fmt::format("旧版工作簿的复合文档结构已损坏：{}", what));
}

std::uint16_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

std::uint32_t le32(std::string_view b, std::size_t at) {
  return std::uint32_t{le16(b, at)} | (std::uint32_t{le16(b, at + 2)} << 16);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

CfbFile::CfbFile(std::string_view bytes, const Limits& limits) : bytes_(bytes), limits_(limits) {
  read_header();
  read_fat();
  read_directory();
  read_mini_fat();
}

void CfbFile::read_header() {
  if (bytes_.size() < kHeaderSize || std::memcmp(bytes_.data(), kSignature, 8) != 0)
    corrupt("文件头缺失");
  major_version_ = le16(bytes_, 0x1A);
  const unsigned shift = le16(bytes_, 0x1E);
  const unsigned mini_shift = le16(bytes_, 0x20);
  // MS-CFB allows 512-byte sectors (version 3) and 4096-byte sectors (version 4) only.
  if (!((major_version_ == 3 && shift == 9) || (major_version_ == 4 && shift == 12)))
    corrupt(fmt::format("扇区大小 2^{}（版本 {}）不合规范", shift, major_version_));
  if (mini_shift != 6) corrupt("小扇区大小不合规范");
  sector_size_ = std::size_t{1} << shift;
  mini_sector_size_ = std::size_t{1} << mini_shift;
  mini_cutoff_ = le32(bytes_, 0x38);
  if (mini_cutoff_ != 4096) corrupt("小流阈值不是 4096");
  // A last sector cut short (some writers do it) still counts; reads past the end are refused.
  // The header fills sector -1 (512 bytes of a 4096-byte sector in version 4).
  sector_count_ = (bytes_.size() + sector_size_ - 1) / sector_size_ - 1;
}

std::string_view CfbFile::sector(std::uint32_t id) const {
  if (id > kMaxRegularSector || id >= sector_count_)
    corrupt(fmt::format("扇区 {} 超出文件末尾", id));
  const std::uint64_t at = (std::uint64_t{id} + 1) * sector_size_;
  if (at >= bytes_.size()) corrupt(fmt::format("扇区 {} 超出文件末尾", id));
  return bytes_.substr(at, sector_size_);  // may be short for a cut last sector
}

void CfbFile::read_fat() {
  const std::uint32_t fat_count = le32(bytes_, 0x2C);
  if (fat_count > sector_count_) corrupt("扇区分配表的扇区数超过文件扇区数");
  std::vector<std::uint32_t> fat_sectors;
  fat_sectors.reserve(fat_count);
  for (std::size_t i = 0; i < kHeaderDifatCount && fat_sectors.size() < fat_count; ++i)
    fat_sectors.push_back(le32(bytes_, 0x4C + 4 * i));
  std::uint32_t difat = le32(bytes_, 0x44);
  const std::size_t per_difat = sector_size_ / 4 - 1;  // the last slot links the next sector
  std::uint64_t hops = 0;
  while (fat_sectors.size() < fat_count) {
    if (difat == kEndOfChain || difat == kFreeSector) corrupt("分配表索引链过短");
    if (++hops > sector_count_) corrupt("分配表索引链成环");
    const std::string_view s = sector(difat);
    if (s.size() < sector_size_) corrupt("分配表索引扇区不完整");
    for (std::size_t i = 0; i < per_difat && fat_sectors.size() < fat_count; ++i)
      fat_sectors.push_back(le32(s, 4 * i));
    difat = le32(s, 4 * per_difat);
  }
  fat_.reserve(fat_count * (sector_size_ / 4));
  for (std::uint32_t id : fat_sectors) {
    const std::string_view s = sector(id);
    if (s.size() < sector_size_) corrupt("扇区分配表不完整");
    for (std::size_t i = 0; i < sector_size_ / 4; ++i) fat_.push_back(le32(s, 4 * i));
  }
}

std::vector<std::uint32_t> CfbFile::chain(std::uint32_t start,
                                          const std::vector<std::uint32_t>& fat,
                                          std::uint64_t max_links, const char* what) const {
  std::vector<std::uint32_t> ids;
  std::uint32_t id = start;
  while (id != kEndOfChain) {
    if (id >= fat.size()) corrupt(fmt::format("{}的扇区链指向不存在的扇区 {}", what, id));
    if (ids.size() >= max_links) corrupt(fmt::format("{}的扇区链过长或成环", what));
    ids.push_back(id);
    id = fat[id];
  }
  return ids;
}

void CfbFile::read_directory() {
  // Every sector may be a directory sector at most once: the bound defeats loops.
  const auto ids = chain(le32(bytes_, 0x30), fat_, sector_count_, "目录");
  for (std::uint32_t id : ids) {
    const std::string_view s = sector(id);
    for (std::size_t at = 0; at + kDirEntrySize <= s.size(); at += kDirEntrySize) {
      const std::string_view e = s.substr(at, kDirEntrySize);
      DirEntry entry;
      entry.type = static_cast<std::uint8_t>(e[0x42]);
      const std::uint16_t name_bytes = le16(e, 0x40);
      if (name_bytes >= 2 && name_bytes <= 64 && name_bytes % 2 == 0) {
        std::string name;
        bool ascii = true;
        for (std::size_t i = 0; i + 2 < name_bytes; i += 2) {
          const std::uint16_t unit = le16(e, i);
          if (unit == 0 || unit >= 0x80) ascii = false;
          name.push_back(static_cast<char>(unit & 0x7F));
        }
        if (ascii) entry.name = ascii_lower(name);
      }
      entry.start = le32(e, 0x74);
      entry.size = le32(e, 0x78);
      // Version 3 files may leave garbage in the high half of the size: MS-CFB says ignore it.
      if (major_version_ == 4) entry.size |= std::uint64_t{le32(e, 0x7C)} << 32;
      entries_.push_back(std::move(entry));
    }
  }
  if (entries_.empty() || entries_.front().type != kRoot) corrupt("缺少根目录项");
}

void CfbFile::read_mini_fat() {
  const DirEntry& root = entries_.front();
  if (root.size == 0) return;
  if (root.size > sector_count_ * sector_size_) corrupt("小流容器大小超出文件");
  mini_stream_ = regular_stream(root.start, root.size);
  const std::uint32_t first = le32(bytes_, 0x3C);
  if (first == kEndOfChain) return;
  for (std::uint32_t id : chain(first, fat_, sector_count_, "小扇区分配表")) {
    const std::string_view s = sector(id);
    for (std::size_t i = 0; i + 4 <= s.size(); i += 4) mini_fat_.push_back(le32(s, i));
  }
}

std::string CfbFile::regular_stream(std::uint32_t start, std::uint64_t size) const {
  const std::uint64_t needed = (size + sector_size_ - 1) / sector_size_;
  if (needed > sector_count_) corrupt("流的大小超出文件");
  std::string out;
  out.reserve(size);
  std::uint32_t id = start;
  for (std::uint64_t n = 0; n < needed; ++n) {
    if (id == kEndOfChain || id >= fat_.size()) corrupt("流的扇区链在数据结束前中断");
    const std::string_view s = sector(id);
    const std::size_t take =
        static_cast<std::size_t>(std::min<std::uint64_t>(s.size(), size - out.size()));
    if (take < std::min<std::uint64_t>(sector_size_, size - out.size()))
      corrupt("流数据超出文件末尾");
    out.append(s.substr(0, take));
    id = fat_[id];
  }
  return out;
}

std::string CfbFile::mini_stream_bytes(std::uint32_t start, std::uint64_t size) const {
  const std::uint64_t needed = (size + mini_sector_size_ - 1) / mini_sector_size_;
  if (needed > mini_fat_.size()) corrupt("小流大小超出小扇区分配表");
  std::string out;
  out.reserve(size);
  std::uint32_t id = start;
  for (std::uint64_t n = 0; n < needed; ++n) {
    if (id >= mini_fat_.size()) corrupt("小流扇区链中断");
    const std::uint64_t at = std::uint64_t{id} * mini_sector_size_;
    if (at >= mini_stream_.size()) corrupt("小流扇区超出容器");
    const std::size_t take = static_cast<std::size_t>(
        std::min<std::uint64_t>({mini_sector_size_, size - out.size(), mini_stream_.size() - at}));
    out.append(mini_stream_, at, take);
    id = mini_fat_[id];
  }
  if (out.size() != size) corrupt("小流数据不完整");
  return out;
}

const CfbFile::DirEntry* CfbFile::find(std::string_view name) const {
  const std::string wanted = ascii_lower(name);
  for (const auto& e : entries_) {
    if (e.type == kStream && e.name == wanted) return &e;
  }
  return nullptr;
}

bool CfbFile::has_stream(std::string_view name) const { return find(name) != nullptr; }

std::optional<std::string> CfbFile::read_stream(std::string_view name) const {
  const DirEntry* e = find(name);
  if (!e) return std::nullopt;
  if (e->size > limits_.max_entry_bytes)
    throw XlsxError(ErrorCode::limit_exceeded,
                    fmt::format("数据流 {} 过大（{} 字节）", name, e->size));
  if (e->size < mini_cutoff_) return mini_stream_bytes(e->start, e->size);
  return regular_stream(e->start, e->size);
}

}  // namespace evalbook::xlsx
