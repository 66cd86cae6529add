// An OLE / Compound File Binary container (MS-CFB), read whole from memory: the FAT and
// MiniFAT chains, the directory, and a stream's bytes by name. Legacy .xls (and WPS .et)
// workbooks keep their BIFF records in a stream named "Workbook" (BIFF8) or "Book" (BIFF5).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

class CfbFile {
 public:
  // Indexes the container. Throws XlsxError(corrupt_xls) for a damaged header, FAT or
  // directory; every chain is bounded by the sector count, so loops are refused, never followed.
  CfbFile(std::string_view bytes, const Limits& limits);

  // True when a stream of that name (ASCII, any case) exists anywhere in the directory.
  bool has_stream(std::string_view name) const;
  // The stream's bytes; nullopt when absent. Throws XlsxError(corrupt_xls) for a chain that
  // ends early, leaves the file or loops, and limit_exceeded past max_entry_bytes.
  std::optional<std::string> read_stream(std::string_view name) const;

 private:
  struct DirEntry {
    std::string name;  // lower-case ASCII, empty when the name is not ASCII
    std::uint8_t type = 0;
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };

  void read_header();
  void read_fat();
  void read_directory();
  void read_mini_fat();
  std::string_view sector(std::uint32_t id) const;
  std::vector<std::uint32_t> chain(std::uint32_t start, const std::vector<std::uint32_t>& fat,
                                   std::uint64_t max_links, const char* what) const;
  std::string regular_stream(std::uint32_t start, std::uint64_t size) const;
  std::string mini_stream_bytes(std::uint32_t start, std::uint64_t size) const;
  const DirEntry* find(std::string_view name) const;

  std::string_view bytes_;
  Limits limits_;
  std::size_t sector_size_ = 512;
  std::size_t mini_sector_size_ = 64;
  std::uint32_t mini_cutoff_ = 4096;
  std::uint64_t sector_count_ = 0;
  std::uint32_t major_version_ = 3;
  std::vector<std::uint32_t> fat_;
  std::vector<std::uint32_t> mini_fat_;
  std::vector<DirEntry> entries_;
  std::string mini_stream_;  // the root entry's stream, holding every small stream
};

}  // namespace evalbook::xlsx
