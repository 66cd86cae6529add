// Zip writer: entries go to a temporary file beside the target, which commit() renames into
// place. Zip64 structures are written only when a value does not fit, since Excel complains
// about Zip64 records it does not need.
#include "xlsx/zip_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/system_message.h"
#include "xlsx/errors.h"
#include "xlsx/output_file.h"
#include "xlsx/parallel_deflate.h"

namespace evalbook::xlsx {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEocdSig = 0x06054b50;
constexpr std::uint32_t kZip64EocdSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::uint64_t kMax32 = 0xFFFFFFFF;  // also the "see Zip64" placeholder
constexpr std::uint64_t kMax16 = 0xFFFF;
constexpr std::uint16_t kZip64ExtraId = 0x0001;
constexpr std::uint16_t kFlagDataDescriptor = 0x0008;
constexpr std::uint16_t kFlagUtf8 = 0x0800;
constexpr std::uint16_t kVersionDeflate = 20;  // 2.0, also "made by MS-DOS" in the high byte
constexpr std::uint16_t kVersionZip64 = 45;
constexpr std::size_t kCrcOffsetInLocalHeader = 14;
constexpr std::size_t kFileBufferSize = 256 * 1024;
// add_entry deflates parts up to this size in memory, so their header needs no patching.
constexpr std::size_t kInMemoryDeflateLimit = 16 << 20;
constexpr int kDeflateLevel = 6;
// A streamed part (a rewritten sheet) is deflated in blocks on up to this many threads.
constexpr unsigned kMaxDeflateThreads = 4;

unsigned deflate_threads() {
  return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxDeflateThreads);
}

// Little-endian record builder.
class Bytes {
 public:
  void u16(std::uint64_t v) { put(v, 2); }
  void u32(std::uint64_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void append(std::string_view s) { s_.append(s); }
  const std::string& str() const { return s_; }

 private:
  void put(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) s_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  std::string s_;
};

std::uint16_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

struct Record {
  std::string name;
  std::uint16_t version_made_by = kVersionDeflate;
  std::uint16_t version_needed = kVersionDeflate;
  std::uint16_t flags = 0;
  std::uint16_t method = 8;
  std::uint16_t mod_time = 0;
  std::uint16_t mod_date = 0;
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t local_header_offset = 0;
  std::uint16_t internal_attr = 0;
  std::uint32_t external_attr = 0;
  std::string extra;  // central extra without any Zip64 field (rebuilt when needed)
  std::string comment;
};

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Drops Zip64 fields: their offsets describe the source archive, not ours. A malformed tail is
// dropped too rather than copied.
std::string strip_zip64_extra(std::string_view extra) {
  std::string out;
  for (std::size_t pos = 0; pos + 4 <= extra.size();) {
    const std::size_t size = le16(extra, pos + 2);
    if (pos + 4 + size > extra.size()) break;
    if (le16(extra, pos) != kZip64ExtraId) out.append(extra.substr(pos, 4 + size));
    pos += 4 + size;
  }
  return out;
}

std::uint16_t name_flags(std::string_view name, std::uint16_t flags) {
  return is_ascii(name) ? flags : static_cast<std::uint16_t>(flags | kFlagUtf8);
}

[[noreturn]] void fail_argument(std::string message) {
  throw XlsxError(ErrorCode::bad_argument, std::move(message));
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

struct ZipWriter::Impl {
  std::unique_ptr<OutputFile> output;
  Durability durability;
  std::string temp;  // the output's temporary name, for messages
  // Declared before `file` so the stdio buffer outlives the stream that uses it.
  std::unique_ptr<char[]> file_buffer;
  std::unique_ptr<std::FILE, FileCloser> file;
  std::uint64_t offset = 0;
  std::vector<Record> records;
  std::unordered_set<std::string> folded_names;
  bool committed = false;

  // State of the entry being streamed.
  bool in_entry = false;
  Record current;
  z_stream zs{};
  bool zs_ready = false;
  std::string packed;                           // whole deflated part of add_entry, reused
  std::unique_ptr<ParallelDeflater> streaming;  // the entry between begin_entry and end_entry

  ~Impl() {
    if (zs_ready) deflateEnd(&zs);
    if (!committed) discard();
  }

  void open(const std::string& target_path) {
    output = std::make_unique<OutputFile>(target_path);
    temp = output->temp_path();
    // The stream writes through its own descriptor; the output keeps its own for the commit.
    const int fd = ::dup(output->fd());
    if (fd >= 0) file.reset(::fdopen(fd, "wb"));
    if (!file) {
      if (fd >= 0) ::close(fd);
      fail_io("无法打开临时文件", temp);
    }
    file_buffer = std::make_unique_for_overwrite<char[]>(kFileBufferSize);
    std::setvbuf(file.get(), file_buffer.get(), _IOFBF, kFileBufferSize);
  }

  void discard() {
    file.reset();
    output.reset();
  }

  [[noreturn]] void fail_io(std::string_view what, const std::string& path) {
    const int err = errno;
    discard();
    throw XlsxError(ErrorCode::io_error,
                    fmt::format("{}：{}（{}）", what, path, system_error_text(err)));
  }

  void ensure_writable() const {
    if (!file) fail_argument("写入器已结束");
  }

  void write(std::string_view data) {
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), file.get()) != data.size()) {
      fail_io("写入临时文件失败", temp);
    }
    offset += data.size();
  }

  void claim_name(std::string_view name) {
    if (name.empty() || name.size() > kMax16) {
      fail_argument(fmt::format("条目名称为空或过长（{} 字节）", name.size()));
    }
    if (!folded_names.insert(fold_case(name)).second) {
      throw XlsxError(ErrorCode::duplicate_entry, fmt::format("重复的条目名：{}", name),
                      std::string(name));
    }
  }

  // --- headers ---------------------------------------------------------------------------------

  void write_local_header(const Record& r) {
    const bool zip64 = r.compressed_size >= kMax32 || r.uncompressed_size >= kMax32;
    Bytes extra;
    if (zip64) {
      extra.u16(kZip64ExtraId);
      extra.u16(16);
      extra.u64(r.uncompressed_size);
      extra.u64(r.compressed_size);
    }
    Bytes h;
    h.u32(kLocalSig);
    h.u16(zip64 ? std::max(r.version_needed, kVersionZip64) : r.version_needed);
    h.u16(r.flags);
    h.u16(r.method);
    h.u16(r.mod_time);
    h.u16(r.mod_date);
    h.u32(r.crc32);
    h.u32(std::min(r.compressed_size, kMax32));
    h.u32(std::min(r.uncompressed_size, kMax32));
    h.u16(r.name.size());
    h.u16(extra.str().size());
    h.append(r.name);
    h.append(extra.str());
    write(h.str());
  }

  static std::string central_extra(const Record& r) {
    Bytes z;
    if (r.uncompressed_size >= kMax32) z.u64(r.uncompressed_size);
    if (r.compressed_size >= kMax32) z.u64(r.compressed_size);
    if (r.local_header_offset >= kMax32) z.u64(r.local_header_offset);
    std::string extra;
    if (!z.str().empty()) {
      Bytes head;
      head.u16(kZip64ExtraId);
      head.u16(z.str().size());
      extra = head.str() + z.str();
    }
    // Copied fields go only if they still fit beside the Zip64 one.
    if (extra.size() + r.extra.size() <= kMax16) extra += r.extra;
    return extra;
  }

  void write_central_header(const Record& r) {
    const std::string extra = central_extra(r);
    const bool zip64 = r.compressed_size >= kMax32 || r.uncompressed_size >= kMax32 ||
                       r.local_header_offset >= kMax32;
    Bytes h;
    h.u32(kCentralSig);
    h.u16(r.version_made_by);
    h.u16(zip64 ? std::max(r.version_needed, kVersionZip64) : r.version_needed);
    h.u16(r.flags);
    h.u16(r.method);
    h.u16(r.mod_time);
    h.u16(r.mod_date);
    h.u32(r.crc32);
    h.u32(std::min(r.compressed_size, kMax32));
    h.u32(std::min(r.uncompressed_size, kMax32));
    h.u16(r.name.size());
    h.u16(extra.size());
    h.u16(std::min<std::uint64_t>(r.comment.size(), kMax16));
    h.u16(0);  // disk number start
    h.u16(r.internal_attr);
    h.u32(r.external_attr);
    h.u32(std::min(r.local_header_offset, kMax32));
    h.append(r.name);
    h.append(extra);
    h.append(std::string_view(r.comment).substr(0, kMax16));
    write(h.str());
  }

  void write_end_records(std::uint64_t cd_offset, std::uint64_t cd_size) {
    const std::uint64_t count = records.size();
    Bytes h;
    if (count >= kMax16 || cd_offset >= kMax32 || cd_size >= kMax32) {
      const std::uint64_t zip64_at = offset;
      h.u32(kZip64EocdSig);
      h.u64(44);  // size of the rest of this record
      h.u16(kVersionZip64);
      h.u16(kVersionZip64);
      h.u32(0);  // this disk
      h.u32(0);  // disk holding the central directory
      h.u64(count);
      h.u64(count);
      h.u64(cd_size);
      h.u64(cd_offset);
      h.u32(kZip64LocatorSig);
      h.u32(0);
      h.u64(zip64_at);
      h.u32(1);  // total disks
    }
    h.u32(kEocdSig);
    h.u16(0);
    h.u16(0);
    h.u16(std::min(count, kMax16));
    h.u16(std::min(count, kMax16));
    h.u32(std::min(cd_size, kMax32));
    h.u32(std::min(cd_offset, kMax32));
    h.u16(0);  // comment length
    write(h.str());
  }

  void start_entry(std::string_view name, std::uint16_t dos_time, std::uint16_t dos_date) {
    ensure_writable();
    if (in_entry) fail_argument("上一个条目尚未结束");
    claim_name(name);
    current = Record{};
    current.name = std::string(name);
    current.flags = name_flags(name, 0);
    current.mod_time = dos_time;
    current.mod_date = dos_date;
    current.local_header_offset = offset;
    start_deflate();
  }

  // --- deflate ---------------------------------------------------------------------------------

  void start_deflate() {
    if (!zs_ready) {
      if (deflateInit2(&zs, kDeflateLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        fail_io("压缩程序初始化失败", current.name);
      }
      zs_ready = true;
    } else {
      deflateReset(&zs);
    }
  }

  // Deflates a whole part into `packed` in one call (add_entry passes at most
  // kInMemoryDeflateLimit bytes, well within zlib's uInt counts).
  void deflate_whole(std::string_view data) {
    packed.resize(deflateBound(&zs, data.size()));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(packed.data());
    zs.avail_out = static_cast<uInt>(packed.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END) fail_io("压缩失败", current.name);
    packed.resize(packed.size() - zs.avail_out);
    current.crc32 = static_cast<std::uint32_t>(
        crc32_z(0, reinterpret_cast<const Bytef*>(data.data()), data.size()));
    current.uncompressed_size = data.size();
    current.compressed_size = packed.size();
  }

  // The local header was written with zero CRC and sizes; fill them in now that they are known.
  void patch_local_header() {
    if (current.compressed_size >= kMax32 || current.uncompressed_size >= kMax32) {
      discard();
      throw XlsxError(ErrorCode::limit_exceeded,
                      fmt::format("条目超过 4 GiB，无法流式写入：{}", current.name),

                      current.name);
    }
    Bytes fields;
    fields.u32(current.crc32);
    fields.u32(current.compressed_size);
    fields.u32(current.uncompressed_size);
    const auto at = static_cast<off_t>(current.local_header_offset + kCrcOffsetInLocalHeader);
    if (::fseeko(file.get(), at, SEEK_SET) != 0 ||
        std::fwrite(fields.str().data(), 1, fields.str().size(), file.get()) !=
            fields.str().size() ||
        ::fseeko(file.get(), 0, SEEK_END) != 0) {
      fail_io("回写条目头失败", temp);
    }
  }

  // --- commit ----------------------------------------------------------------------------------

  void finish() {
    const std::uint64_t cd_offset = offset;
    for (const Record& r : records) write_central_header(r);
    write_end_records(cd_offset, offset - cd_offset);
    if (std::fflush(file.get()) != 0) fail_io("写入临时文件失败", temp);
    if (std::fclose(file.release()) != 0) fail_io("关闭临时文件失败", temp);
    if (durability.batch) {
      durability.batch->adopt(std::move(output));  // committed with the batch
    } else {
      output->commit(durability);  // fsync, rename over the target, fsync the folder
    }
    output.reset();
    committed = true;
  }
};

ZipWriter::ZipWriter(const std::string& target_path, const Durability& durability)
    : impl_(std::make_unique<Impl>()) {
  impl_->durability = durability;
  impl_->open(target_path);
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::copy_entry(const ZipReader& source, const ZipEntry& entry) {
  Impl& w = *impl_;
  w.ensure_writable();
  if (w.in_entry) fail_argument("上一个条目尚未结束");
  const std::string_view data = source.raw_compressed(entry);
  w.claim_name(entry.name);
  Record r;
  r.name = entry.name;
  r.version_made_by = entry.version_made_by;
  r.version_needed = entry.version_needed;
  // Sizes go into the local header, so no data descriptor follows the data.
  r.flags = name_flags(entry.name, entry.flags & ~kFlagDataDescriptor);
  r.method = entry.method;
  r.mod_time = entry.mod_time;
  r.mod_date = entry.mod_date;
  r.crc32 = entry.crc32;
  r.compressed_size = data.size();
  r.uncompressed_size = entry.uncompressed_size;
  r.local_header_offset = w.offset;
  r.internal_attr = entry.internal_attr;
  r.external_attr = entry.external_attr;
  r.extra = strip_zip64_extra(entry.extra_central);
  r.comment = entry.comment;
  w.write_local_header(r);
  w.write(data);
  w.records.push_back(std::move(r));
}

void ZipWriter::add_entry(std::string_view name, std::string_view data, std::uint16_t dos_time,
                          std::uint16_t dos_date) {
  if (data.size() > kInMemoryDeflateLimit) {
    begin_entry(name, dos_time, dos_date);
    write_chunk(data);
    end_entry();
    return;
  }
  Impl& w = *impl_;
  w.start_entry(name, dos_time, dos_date);
  w.deflate_whole(data);
  w.write_local_header(w.current);
  w.write(w.packed);
  w.records.push_back(std::move(w.current));
}

void ZipWriter::add_deflated_entry(std::string_view name,
                                   std::initializer_list<std::string_view> pieces,
                                   std::uint32_t crc32, std::uint64_t uncompressed_size,
                                   std::uint16_t dos_time, std::uint16_t dos_date) {
  Impl& w = *impl_;
  w.start_entry(name, dos_time, dos_date);
  w.current.crc32 = crc32;
  w.current.compressed_size = 0;
  for (std::string_view piece : pieces) w.current.compressed_size += piece.size();
  w.current.uncompressed_size = uncompressed_size;
  w.write_local_header(w.current);
  for (std::string_view piece : pieces) w.write(piece);
  w.records.push_back(std::move(w.current));
}

void ZipWriter::begin_entry(std::string_view name, std::uint16_t dos_time, std::uint16_t dos_date) {
  Impl& w = *impl_;
  w.start_entry(name, dos_time, dos_date);
  w.write_local_header(w.current);
  w.in_entry = true;
  w.streaming = std::make_unique<ParallelDeflater>(
      kDeflateLevel, deflate_threads(), [&w](std::string_view deflated) { w.write(deflated); });
}

void ZipWriter::write_chunk(std::string_view data) {
  Impl& w = *impl_;
  w.ensure_writable();
  if (!w.in_entry) fail_argument("没有正在写入的条目");
  try {
    w.streaming->append(data);
  } catch (const XlsxError&) {
    throw;  // the file's own (write failed), already with its context
  } catch (const std::runtime_error& e) {  // zlib's, from a worker
    w.discard();
    throw XlsxError(ErrorCode::io_error, fmt::format("{}: {}", e.what(), w.current.name));
  }
}

void ZipWriter::end_entry() {
  Impl& w = *impl_;
  w.ensure_writable();
  if (!w.in_entry) fail_argument("没有正在写入的条目");
  ParallelDeflater::Totals totals;
  try {
    totals = w.streaming->finish();
  } catch (const XlsxError&) {
    throw;  // the file's own (write failed), already with its context
  } catch (const std::runtime_error& e) {  // zlib's, from a worker
    w.discard();
    throw XlsxError(ErrorCode::io_error, fmt::format("{}: {}", e.what(), w.current.name));
  }
  w.streaming.reset();
  w.current.crc32 = totals.crc32;
  w.current.uncompressed_size = totals.size;
  w.current.compressed_size = totals.compressed;
  w.patch_local_header();
  w.in_entry = false;
  w.records.push_back(std::move(w.current));
}

void ZipWriter::commit() {
  Impl& w = *impl_;
  w.ensure_writable();
  if (w.in_entry) fail_argument("上一个条目尚未结束");
  w.finish();
}

}  // namespace evalbook::xlsx
