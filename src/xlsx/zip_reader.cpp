// Zip reader: classifies what the bytes are (empty, OLE, not a zip, truncated), indexes the
// central directory once under the limits, and inflates entries whole or as a stream.
#include "xlsx/zip_reader.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "base/system_message.h"
#include "xlsx/errors.h"
#include "xlsx/file_kind.h"
#include "xlsx/utf8.h"
#include "xlsx/zip_inflate.h"

namespace evalbook::xlsx {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEocdSig = 0x06054b50;
constexpr std::uint32_t kZip64EocdSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEocdSize = 22;
constexpr std::size_t kZip64EocdSize = 56;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kMaxEocdScan = kEocdSize + 0xFFFF;  // the record plus the longest comment
constexpr std::uint16_t kFlagEncrypted = 0x0001;
constexpr std::uint16_t kFlagUtf8 = 0x0800;
constexpr std::uint16_t kZip64ExtraId = 0x0001;

[[noreturn]] void fail(ErrorCode code, std::string message, std::string part = {}) {
  throw XlsxError(code, std::move(message), std::move(part));
}

std::uint16_t le16(std::string_view b, std::size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data() + at);
  return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

std::uint32_t le32(std::string_view b, std::size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data() + at);
  return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
         (std::uint32_t{p[3]} << 24);
}

std::uint64_t le64(std::string_view b, std::size_t at) {
  return std::uint64_t{le32(b, at)} | (std::uint64_t{le32(b, at + 4)} << 32);
}

// True when [offset, offset + length) lies inside a buffer of `size` bytes, without overflow.
bool in_bounds(std::uint64_t offset, std::uint64_t length, std::uint64_t size) {
  return offset <= size && length <= size - offset;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string fold_case(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

// ---------------------------------------------------------------------------------------------
// OLE / Compound File Binary: enough of MS-CFB to list the directory entry names.

constexpr std::array<unsigned char, 8> kOleSignature = {0xD0, 0xCF, 0x11, 0xE0,
                                                        0xA1, 0xB1, 0x1A, 0xE1};
constexpr std::uint32_t kCfbMaxRegularSector = 0xFFFFFFF9;
constexpr std::size_t kCfbHeaderSize = 512;
constexpr std::size_t kCfbDirEntrySize = 128;
constexpr std::size_t kCfbHeaderDifatCount = 109;

bool has_ole_signature(std::string_view b) {
  return b.size() >= kOleSignature.size() &&
         std::memcmp(b.data(), kOleSignature.data(), kOleSignature.size()) == 0;
}

struct CfbFindings {
  bool encrypted = false;
  bool workbook = false;
};

class CfbProbe {
 public:
  explicit CfbProbe(std::string_view bytes) : bytes_(bytes) {}

  // Never throws on garbage: whatever cannot be parsed simply is not found.
  CfbFindings scan() {
    CfbFindings found;
    if (!load_header()) return found;
    load_fat_sectors();
    walk_directory(found);
    return found;
  }

 private:
  bool load_header() {
    if (bytes_.size() < kCfbHeaderSize) return false;
    const unsigned shift = le16(bytes_, 0x1E);
    if (shift < 9 || shift > 16) return false;  // MS-CFB allows 9 and 12; stay bounded
    sector_size_ = std::size_t{1} << shift;
    // Only whole sectors after the header count, so every read below stays inside the bytes.
    sector_count_ = bytes_.size() / sector_size_;
    if (sector_count_ > 0) --sector_count_;
    return true;
  }

  // Sector ids of the FAT, from the header's DIFAT array and then the DIFAT chain.
  void load_fat_sectors() {
    const std::uint64_t wanted = std::min<std::uint64_t>(le32(bytes_, 0x2C), sector_count_);
    for (std::size_t i = 0; i < kCfbHeaderDifatCount && fat_sectors_.size() < wanted; ++i) {
      fat_sectors_.push_back(le32(bytes_, 0x4C + 4 * i));
    }
    std::uint32_t difat = le32(bytes_, 0x44);
    const std::size_t per_sector = sector_size_ / 4 - 1;  // the last slot links the next one
    for (std::uint64_t hops = 0; hops < sector_count_ && fat_sectors_.size() < wanted; ++hops) {
      const auto sector = sector_bytes(difat);
      if (!sector) break;
      for (std::size_t i = 0; i < per_sector && fat_sectors_.size() < wanted; ++i) {
        fat_sectors_.push_back(le32(*sector, 4 * i));
      }
      difat = le32(*sector, 4 * per_sector);
    }
  }

  std::optional<std::string_view> sector_bytes(std::uint32_t id) const {
    if (id > kCfbMaxRegularSector || id >= sector_count_) return std::nullopt;
    return bytes_.substr((std::uint64_t{id} + 1) * sector_size_, sector_size_);
  }

  std::optional<std::uint32_t> next_sector(std::uint32_t id) const {
    const std::size_t per_sector = sector_size_ / 4;
    const std::size_t index = id / per_sector;
    if (index >= fat_sectors_.size()) return std::nullopt;
    const auto fat = sector_bytes(fat_sectors_[index]);
    if (!fat) return std::nullopt;
    return le32(*fat, 4 * (id % per_sector));
  }

  // Follows the directory's FAT chain; the hop bound also defeats cycles.
  void walk_directory(CfbFindings& found) const {
    std::uint32_t id = le32(bytes_, 0x30);
    for (std::uint64_t hops = 0; hops < sector_count_; ++hops) {
      const auto sector = sector_bytes(id);
      if (!sector) return;
      for (std::size_t at = 0; at + kCfbDirEntrySize <= sector->size(); at += kCfbDirEntrySize) {
        inspect_entry(sector->substr(at, kCfbDirEntrySize), found);
      }
      const auto next = next_sector(id);
      if (!next) return;
      id = *next;
    }
  }

  static void inspect_entry(std::string_view entry, CfbFindings& found) {
    constexpr std::uint8_t kStream = 2;
    if (static_cast<std::uint8_t>(entry[0x42]) != kStream) return;
    const std::string name = ascii_name(entry);
    if (name == "encryptioninfo" || name == "encryptedpackage") found.encrypted = true;
    if (name == "workbook" || name == "book") found.workbook = true;
  }

  // The UTF-16LE name folded to lower-case ASCII; empty when it holds anything else.
  static std::string ascii_name(std::string_view entry) {
    const std::uint16_t length = le16(entry, 0x40);  // bytes, including the terminating NUL
    if (length < 2 || length > 64 || length % 2 != 0) return {};
    std::string name;
    for (std::size_t i = 0; i + 2 < length; i += 2) {
      const std::uint16_t unit = le16(entry, i);
      if (unit == 0 || unit >= 0x80) return {};
      name.push_back(ascii_lower(static_cast<char>(unit)));
    }
    return name;
  }

  std::string_view bytes_;
  std::size_t sector_size_ = 512;
  std::uint64_t sector_count_ = 0;
  std::vector<std::uint32_t> fat_sectors_;
};

[[noreturn]] void fail_ole(std::string_view bytes) {
  const CfbFindings found = CfbProbe(bytes).scan();
  if (found.encrypted) {
    fail(ErrorCode::ole_encrypted,
         "工作簿设有打开密码（加密），请在 Excel/WPS 中取消密码后另存为 .xlsx");
  }
  if (found.workbook) {
    fail(ErrorCode::ole_legacy_xls, "旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx");
  }
  fail(ErrorCode::ole_other, "文件是 OLE 复合文档而不是 .xlsx 工作簿");
}

// ---------------------------------------------------------------------------------------------
// Entry names.

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Upper half of code page 437, the zip default when the UTF-8 flag is unset.
constexpr std::array<std::uint16_t, 128> kCp437High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

std::string decode_name(std::string_view raw, std::uint16_t flags) {
  if ((flags & kFlagUtf8) != 0 || is_valid_utf8(raw)) return std::string(raw);
  std::string out;
  out.reserve(raw.size() * 2);
  for (const char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    append_utf8(out, c < 0x80 ? c : kCp437High[c - 0x80]);
  }
  return out;
}

// Names that could escape an extraction directory or mean different files on different systems.
bool is_unsafe_name(std::string_view name) {
  if (name.find('\0') != std::string_view::npos) return true;
  if (name.find('\\') != std::string_view::npos) return true;
  if (!name.empty() && name.front() == '/') return true;
  if (name.size() >= 2 && name[1] == ':' && ascii_lower(name[0]) >= 'a' &&
      ascii_lower(name[0]) <= 'z') {
    return true;
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find('/', start), name.size());
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Whole-file storage: a read-only mapping, or the bytes read into memory when mapping is not
// possible (pipes, special files).

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

class FileBytes {
 public:
  static std::unique_ptr<FileBytes> load(const std::string& path, const Limits& limits) {
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) fail_io(path, "无法打开文件");
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) fail_io(path, "无法读取文件信息");
    if (S_ISDIR(st.st_mode)) {
      fail(ErrorCode::io_error, fmt::format("路径是目录而不是文件：{}", path));
    }
    auto file = std::make_unique<FileBytes>();
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      check_archive_size(static_cast<std::uint64_t>(st.st_size), limits);
      if (file->map(fd.get(), static_cast<std::size_t>(st.st_size))) return file;
    }
    file->slurp(fd.get(), path, limits);
    return file;
  }

  FileBytes() = default;
  ~FileBytes() {
    if (map_ != nullptr) ::munmap(map_, size_);
  }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  std::string_view view() const {
    if (map_ != nullptr) return {static_cast<const char*>(map_), size_};
    return held_;
  }

 private:
  [[noreturn]] static void fail_io(const std::string& path, std::string_view what) {
    fail(ErrorCode::io_error, fmt::format("{}：{}（{}）", what, path, system_error_text(errno)));
  }

  static void check_archive_size(std::uint64_t size, const Limits& limits) {
    if (size > limits.max_archive_bytes) {
      fail(ErrorCode::zip_bomb,
           fmt::format("文件过大（{} 字节，上限 {}）", size, limits.max_archive_bytes));
    }
  }

  bool map(int fd, std::size_t size) {
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) return false;
    map_ = p;
    size_ = size;
    return true;
  }

  void slurp(int fd, const std::string& path, const Limits& limits) {
    std::array<char, 64 * 1024> buffer{};
    for (;;) {
      const ssize_t n = ::read(fd, buffer.data(), buffer.size());
      if (n == 0) return;
      if (n < 0) {
        if (errno == EINTR) continue;
        fail_io(path, "读取文件失败");
      }
      held_.append(buffer.data(), static_cast<std::size_t>(n));
      check_archive_size(held_.size(), limits);
    }
  }

  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string held_;
};

// ---------------------------------------------------------------------------------------------
// The central directory.

struct CentralLocation {
  std::uint64_t entry_count = 0;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Archive final : public ZipReader {
 public:
  Archive(std::string_view bytes, const Limits& limits, std::unique_ptr<FileBytes> file)
      : file_(std::move(file)), bytes_(bytes), limits_(limits) {}

  void open() {
    classify_start();
    index(locate_central_directory());
  }

  const std::vector<ZipEntry>& entries() const override { return entries_; }

  const ZipEntry* find(std::string_view name) const override {
    if (!name.empty() && name.front() == '/') name.remove_prefix(1);
    if (auto it = exact_.find(name); it != exact_.end()) return &entries_[it->second];
    if (auto it = folded_.find(fold_case(name)); it != folded_.end()) {
      return &entries_[it->second];
    }
    return nullptr;
  }

  std::string read(const ZipEntry& entry) const override {
    const std::string_view compressed = checked_compressed(entry);
    std::string out;
    if (entry.method == 0) {
      out.assign(compressed);
    } else {
      out.resize(static_cast<std::size_t>(entry.uncompressed_size));
      inflate_exactly(entry, compressed, out.data(), out.size());
    }
    check_crc(entry, update_crc(0, out.data(), out.size()));
    return out;
  }

  void read_stream(const ZipEntry& entry, const ChunkSink& sink,
                   std::size_t chunk_size) const override {
    const std::string_view compressed = checked_compressed(entry);
    chunk_size = std::max<std::size_t>(chunk_size, 1);
    if (entry.method == 0) {
      stream_stored(entry, compressed, sink, chunk_size);
    } else {
      stream_inflated(entry, compressed, sink, chunk_size);
    }
  }

  std::string_view raw_compressed(const ZipEntry& entry) const override {
    if (!in_bounds(entry.data_offset, entry.compressed_size, bytes_.size()))
      fail_entry_bounds(entry);
    return bytes_.substr(entry.data_offset, entry.compressed_size);
  }

  std::string_view archive_bytes() const override { return bytes_; }

 private:
  // --- classification of what the bytes are --------------------------------------------------

  void classify_start() const {
    if (bytes_.empty()) fail(ErrorCode::empty_file, "文件为空（0 字节）");
    if (bytes_.size() > limits_.max_archive_bytes) {
      fail(ErrorCode::zip_bomb,
           fmt::format("文件过大（{} 字节，上限 {}）", bytes_.size(), limits_.max_archive_bytes));
    }
    if (has_ole_signature(bytes_)) fail_ole(bytes_);
  }

  std::optional<std::size_t> find_eocd() const {
    if (bytes_.size() < kEocdSize) return std::nullopt;
    const std::size_t lowest = bytes_.size() > kMaxEocdScan ? bytes_.size() - kMaxEocdScan : 0;
    for (std::size_t pos = bytes_.size() - kEocdSize + 1; pos-- > lowest;) {
      if (bytes_[pos] != 'P' || le32(bytes_, pos) != kEocdSig) continue;
      // The comment must fit: this rejects a stray signature inside the last entry's data.
      if (in_bounds(pos + kEocdSize, le16(bytes_, pos + 20), bytes_.size())) return pos;
    }
    return std::nullopt;
  }

  [[noreturn]] void fail_no_eocd() const {
    static constexpr std::string_view kLocal("PK\x03\x04", 4);
    if (bytes_.find(kLocal) != std::string_view::npos || bytes_.starts_with("PK")) {
      fail(ErrorCode::truncated_zip, "压缩包不完整（文件被截断）");
    }
    const std::string kind = describe_non_zip(bytes_);
    if (!kind.empty()) {
      fail(ErrorCode::not_zip, fmt::format("这是{}，不是 .xlsx 工作簿", kind));
    }
    fail(ErrorCode::not_zip, "文件不是 .xlsx（zip）格式");
  }

  [[noreturn]] static void fail_truncated(std::string_view what) {
    fail(ErrorCode::truncated_zip, fmt::format("压缩包不完整或已损坏（{}）", what));
  }

  [[noreturn]] static void fail_multi_disk() {
    fail(ErrorCode::unsupported_zip, "不支持分卷压缩包");
  }

  CentralLocation locate_central_directory() const {
    const auto eocd = find_eocd();
    if (!eocd) fail_no_eocd();
    const std::size_t at = *eocd;
    CentralLocation loc{le16(bytes_, at + 10), le32(bytes_, at + 16), le32(bytes_, at + 12)};
    std::size_t directory_end = at;
    if (at >= kZip64LocatorSize && le32(bytes_, at - kZip64LocatorSize) == kZip64LocatorSig) {
      // The Zip64 record is authoritative; the classic fields may hold placeholders.
      directory_end = read_zip64_eocd(at - kZip64LocatorSize, loc);
    } else if (le16(bytes_, at + 4) != 0 || le16(bytes_, at + 6) != 0 ||
               le16(bytes_, at + 8) != le16(bytes_, at + 10)) {
      fail_multi_disk();
    }
    if (loc.entry_count > limits_.max_entries) {
      fail(ErrorCode::zip_bomb,
           fmt::format("压缩包条目过多（{} 个，上限 {}）", loc.entry_count, limits_.max_entries));
    }
    if (!in_bounds(loc.offset, loc.size, directory_end)) {
      fail_truncated("中央目录超出文件范围");
    }
    if (loc.entry_count * kCentralHeaderSize > loc.size) {
      fail_truncated("中央目录过短");
    }
    return loc;
  }

  // Reads the Zip64 end record named by the locator at `locator`; returns where it starts.
  std::size_t read_zip64_eocd(std::size_t locator, CentralLocation& loc) const {
    const std::uint32_t disks = le32(bytes_, locator + 16);
    if (le32(bytes_, locator + 4) != 0 || disks > 1) fail_multi_disk();
    const std::uint64_t at = le64(bytes_, locator + 8);
    if (!in_bounds(at, kZip64EocdSize, locator) || le32(bytes_, at) != kZip64EocdSig) {
      fail_truncated("Zip64 目录尾记录缺失");
    }
    if (le32(bytes_, at + 16) != 0 || le32(bytes_, at + 20) != 0 ||
        le64(bytes_, at + 24) != le64(bytes_, at + 32)) {
      fail_multi_disk();
    }
    loc.entry_count = le64(bytes_, at + 32);
    loc.size = le64(bytes_, at + 40);
    loc.offset = le64(bytes_, at + 48);
    return static_cast<std::size_t>(at);
  }

  // --- the index ------------------------------------------------------------------------------

  void index(const CentralLocation& loc) {
    entries_.reserve(static_cast<std::size_t>(loc.entry_count));
    std::uint64_t pos = loc.offset;
    const std::uint64_t end = loc.offset + loc.size;
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < loc.entry_count; ++i) {
      ZipEntry entry = parse_central_record(pos, end);
      check_name(entry);
      check_method(entry);
      check_sizes(entry, total);
      locate_data(entry);
      register_entry(std::move(entry));
    }
    refuse_overlaps();
  }

  // Each entry's local header and data must lie apart from every other's: two central records
  // naming one header would show one part's bytes under two names (sheet2 showing sheet1).
  void refuse_overlaps() const {
    std::vector<const ZipEntry*> by_offset;
    by_offset.reserve(entries_.size());
    for (const auto& e : entries_) by_offset.push_back(&e);
    std::sort(by_offset.begin(), by_offset.end(), [](const ZipEntry* a, const ZipEntry* b) {
      return a->local_header_offset < b->local_header_offset;
    });
    for (std::size_t i = 1; i < by_offset.size(); ++i) {
      const ZipEntry& before = *by_offset[i - 1];
      const ZipEntry& after = *by_offset[i];
      if (before.data_offset + before.compressed_size <= after.local_header_offset) continue;
      fail(ErrorCode::overlapping_entries,
           fmt::format("压缩包条目 {} 与 {} 的数据相互重叠", before.name, after.name), after.name);
    }
  }

  ZipEntry parse_central_record(std::uint64_t& pos, std::uint64_t end) const {
    if (!in_bounds(pos, kCentralHeaderSize, end) || le32(bytes_, pos) != kCentralSig) {
      fail_truncated("中央目录记录损坏");
    }
    const std::size_t at = static_cast<std::size_t>(pos);
    const std::size_t name_len = le16(bytes_, at + 28);
    const std::size_t extra_len = le16(bytes_, at + 30);
    const std::size_t comment_len = le16(bytes_, at + 32);
    if (!in_bounds(pos + kCentralHeaderSize, name_len + extra_len + comment_len, end)) {
      fail_truncated("中央目录记录超出范围");
    }
    ZipEntry e;
    e.version_made_by = le16(bytes_, at + 4);
    e.version_needed = le16(bytes_, at + 6);
    e.flags = le16(bytes_, at + 8);
    e.method = le16(bytes_, at + 10);
    e.mod_time = le16(bytes_, at + 12);
    e.mod_date = le16(bytes_, at + 14);
    e.crc32 = le32(bytes_, at + 16);
    e.compressed_size = le32(bytes_, at + 20);
    e.uncompressed_size = le32(bytes_, at + 24);
    std::uint32_t disk = le16(bytes_, at + 34);
    e.internal_attr = le16(bytes_, at + 36);
    e.external_attr = le32(bytes_, at + 38);
    e.local_header_offset = le32(bytes_, at + 42);
    const std::size_t name_at = at + kCentralHeaderSize;
    e.name = decode_name(bytes_.substr(name_at, name_len), e.flags);
    e.extra_central = std::string(bytes_.substr(name_at + name_len, extra_len));
    e.comment = std::string(bytes_.substr(name_at + name_len + extra_len, comment_len));
    apply_zip64_extra(e, disk);
    if (disk != 0) fail_multi_disk();
    pos += kCentralHeaderSize + name_len + extra_len + comment_len;
    return e;
  }

  // Replaces the 0xFFFFFFFF / 0xFFFF placeholders with the 64-bit values, in the order the
  // spec lists them: uncompressed, compressed, local header offset, disk.
  static void apply_zip64_extra(ZipEntry& e, std::uint32_t& disk) {
    const bool need_u = e.uncompressed_size == 0xFFFFFFFF;
    const bool need_c = e.compressed_size == 0xFFFFFFFF;
    const bool need_off = e.local_header_offset == 0xFFFFFFFF;
    const bool need_disk = disk == 0xFFFF;
    if (!need_u && !need_c && !need_off && !need_disk) return;
    const std::string_view extra = e.extra_central;
    for (std::size_t pos = 0; pos + 4 <= extra.size();) {
      const std::uint16_t id = le16(extra, pos);
      const std::size_t size = le16(extra, pos + 2);
      if (pos + 4 + size > extra.size()) break;
      if (id == kZip64ExtraId) {
        const std::string_view field = extra.substr(pos + 4, size);
        std::size_t at = 0;
        auto take64 = [&](std::uint64_t& value) {
          if (at + 8 > field.size()) fail_zip64_field(e);
          value = le64(field, at);
          at += 8;
        };
        if (need_u) take64(e.uncompressed_size);
        if (need_c) take64(e.compressed_size);
        if (need_off) take64(e.local_header_offset);
        if (need_disk) {
          if (at + 4 > field.size()) fail_zip64_field(e);
          disk = le32(field, at);
        }
        return;
      }
      pos += 4 + size;
    }
    // No Zip64 field: the placeholders stand as literal values and the checks below judge them.
  }

  [[noreturn]] static void fail_zip64_field(const ZipEntry& e) {
    fail(ErrorCode::truncated_zip, fmt::format("Zip64 扩展字段不完整：{}", e.name), e.name);
  }

  void check_name(const ZipEntry& e) const {
    if (is_unsafe_name(e.name)) {
      fail(ErrorCode::unsafe_entry_name, fmt::format("压缩包内含不安全的路径名：{}", e.name),
           e.name);
    }
    if (folded_.contains(fold_case(e.name))) {
      fail(ErrorCode::duplicate_entry, fmt::format("压缩包内有重名条目：{}", e.name), e.name);
    }
  }

  static void check_method(const ZipEntry& e) {
    if ((e.flags & kFlagEncrypted) != 0) {
      fail(ErrorCode::unsupported_zip, fmt::format("条目已加密，不支持：{}", e.name), e.name);
    }
    if (e.method != 0 && e.method != 8) {
      fail(ErrorCode::unsupported_zip, fmt::format("不支持的压缩方式 {}：{}", e.method, e.name),
           e.name);
    }
  }

  void check_sizes(const ZipEntry& e, std::uint64_t& total) const {
    if (e.uncompressed_size > limits_.max_entry_bytes) fail_entry_too_large(e, limits_);
    total += e.uncompressed_size;  // each term is bounded above, so this cannot wrap
    if (total > limits_.max_total_bytes) {
      fail(ErrorCode::zip_bomb,
           fmt::format("解压总大小超过上限（{} 字节），超出于条目 {}", limits_.max_total_bytes,
                       e.name),
           e.name);
    }
    if (e.uncompressed_size > limits_.ratio_check_min_bytes &&
        static_cast<double>(e.uncompressed_size) >
            limits_.max_inflate_ratio * static_cast<double>(e.compressed_size)) {
      fail(ErrorCode::zip_bomb,
           fmt::format("压缩比异常（{} → {} 字节，超过 {} 倍）：{}", e.compressed_size,
                       e.uncompressed_size, limits_.max_inflate_ratio, e.name),
           e.name);
    }
  }

  [[noreturn]] static void fail_entry_too_large(const ZipEntry& e, const Limits& limits) {
    fail(ErrorCode::zip_bomb,
         fmt::format("条目解压后过大（{} 字节，上限 {}）：{}", e.uncompressed_size,
                     limits.max_entry_bytes, e.name),
         e.name);
  }

  [[noreturn]] static void fail_entry_bounds(const ZipEntry& e) {
    fail(ErrorCode::truncated_zip, fmt::format("条目数据被截断：{}", e.name), e.name);
  }

  void locate_data(ZipEntry& e) const {
    const std::uint64_t at = e.local_header_offset;
    if (!in_bounds(at, kLocalHeaderSize, bytes_.size()) || le32(bytes_, at) != kLocalSig) {
      fail(ErrorCode::truncated_zip, fmt::format("条目头损坏或缺失：{}", e.name), e.name);
    }
    e.data_offset = at + kLocalHeaderSize + le16(bytes_, at + 26) + le16(bytes_, at + 28);
    if (!in_bounds(e.data_offset, e.compressed_size, bytes_.size())) fail_entry_bounds(e);
  }

  void register_entry(ZipEntry&& e) {
    const std::size_t index = entries_.size();
    exact_.emplace(e.name, index);
    folded_.emplace(fold_case(e.name), index);
    entries_.push_back(std::move(e));
  }

  // --- reading --------------------------------------------------------------------------------

  // The compressed bytes of an entry whose declared sizes pass the limits.
  std::string_view checked_compressed(const ZipEntry& e) const {
    if (e.uncompressed_size > limits_.max_entry_bytes) fail_entry_too_large(e, limits_);
    const std::string_view compressed = raw_compressed(e);
    if (e.method == 0 && e.compressed_size != e.uncompressed_size) {
      fail(ErrorCode::corrupt_entry,
           fmt::format("未压缩条目的大小不一致：{}（存储 {} 字节，声明 {} 字节）", e.name,
                       e.compressed_size, e.uncompressed_size),
           e.name);
    }
    if (e.method != 0 && e.method != 8) check_method(e);
    return compressed;
  }

  static void stream_stored(const ZipEntry& e, std::string_view data, const ChunkSink& sink,
                            std::size_t chunk_size) {
    std::uint32_t crc = 0;
    for (std::size_t at = 0; at < data.size(); at += chunk_size) {
      const std::size_t n = std::min(chunk_size, data.size() - at);
      crc = update_crc(crc, data.data() + at, n);
      if (!sink(data.data() + at, n)) return;
    }
    check_crc(e, crc);
  }

  std::unique_ptr<FileBytes> file_;
  std::string_view bytes_;
  Limits limits_;
  std::vector<ZipEntry> entries_;
  std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> exact_;
  std::unordered_map<std::string, std::size_t> folded_;
};

}  // namespace

std::unique_ptr<ZipReader> ZipReader::open_file(const std::string& path, const Limits& limits) {
  auto file = FileBytes::load(path, limits);
  const std::string_view bytes = file->view();
  auto archive = std::make_unique<Archive>(bytes, limits, std::move(file));
  archive->open();
  return archive;
}

std::unique_ptr<ZipReader> ZipReader::open_memory(std::string_view bytes, const Limits& limits) {
  auto archive = std::make_unique<Archive>(bytes, limits, nullptr);
  archive->open();
  return archive;
}

}  // namespace evalbook::xlsx
