// Read side of the zip container: the central directory is indexed once; an entry is inflated
// on demand, either whole (small parts) or as a stream of chunks (large sheets), and its raw
// compressed bytes can be handed to the writer unchanged.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

struct ZipEntry {
  std::string name;          // as stored (UTF-8, or decoded from CP437/GBK when flag 11 unset)
  std::uint16_t method = 0;  // 0 stored, 8 deflate
  std::uint16_t flags = 0;   // general purpose bit flag
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t local_header_offset = 0;
  std::uint64_t data_offset = 0;  // start of the compressed bytes (after the local header)
  std::uint16_t mod_time = 0;     // DOS time/date as stored, copied to output unchanged
  std::uint16_t mod_date = 0;
  std::uint16_t version_made_by = 0;
  std::uint16_t version_needed = 0;
  std::uint16_t internal_attr = 0;
  std::uint32_t external_attr = 0;
  std::string extra_central;  // central-directory extra field, kept for copying
  std::string comment;
};

// Receives inflated bytes in order. Return false to stop early (not an error).
using ChunkSink = std::function<bool(const char* data, std::size_t size)>;

class ZipReader {
 public:
  // Opens and indexes the archive. Throws XlsxError (empty_file, not_zip, ole_*, truncated_zip,
  // unsafe_entry_name, duplicate_entry, unsupported_zip, zip_bomb, io_error).
  static std::unique_ptr<ZipReader> open_file(const std::string& path,
                                              const Limits& limits = default_limits());
  // Same over bytes held in memory (the caller keeps them alive for the reader's lifetime).
  static std::unique_ptr<ZipReader> open_memory(std::string_view bytes,
                                                const Limits& limits = default_limits());
  virtual ~ZipReader() = default;

  // Entries in central-directory order.
  virtual const std::vector<ZipEntry>& entries() const = 0;
  // Entry by exact name (a leading '/' is ignored); nullptr when absent. Falls back to a
  // case-insensitive match, since some producers disagree with their own rels on case.
  virtual const ZipEntry* find(std::string_view name) const = 0;

  // Whole entry, inflated and CRC-checked. Throws corrupt_entry / zip_bomb.
  virtual std::string read(const ZipEntry& entry) const = 0;
  // Streams the inflated bytes in chunks of about chunk_size, CRC-checked at the end.
  virtual void read_stream(const ZipEntry& entry, const ChunkSink& sink,
                           std::size_t chunk_size = 256 * 1024) const = 0;
  // The compressed bytes exactly as stored (for copying an untouched entry).
  virtual std::string_view raw_compressed(const ZipEntry& entry) const = 0;
  // The whole archive (memory-mapped or held).
  virtual std::string_view archive_bytes() const = 0;
};

}  // namespace evalbook::xlsx
