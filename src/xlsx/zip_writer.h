// Write side of the zip container. Entries are either copied from a ZipReader with their
// compressed bytes untouched, or added as new data (deflated here). The archive is written to a
// temporary file beside the target and renamed into place only by commit(), so a failure never
// leaves a half-written file and never touches an existing target before the end.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "xlsx/output_file.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

class ZipWriter {
 public:
  // Starts an OutputFile for the target (a unique temporary file beside it); commit() makes it
  // as durable as `durability` asks. Throws io_error.
  explicit ZipWriter(const std::string& target_path, const Durability& durability = {});
  // Removes the temporary file if commit() was not reached.
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Copies an entry from `source` byte for byte (same compressed data, CRC, sizes, time, flags,
  // extra fields), under its own name.
  void copy_entry(const ZipReader& source, const ZipEntry& entry);
  // Adds an entry with new content, deflated (level 6). Time/date default to the values given.
  void add_entry(std::string_view name, std::string_view data, std::uint16_t dos_time = 0,
                 std::uint16_t dos_date = 0x21);  // 0x21 = 1980-01-01
  // Adds an entry whose content is already raw-deflated: pieces that make one deflate stream one
  // after the other (written in turn, never joined in memory), with the CRC-32 and size of the
  // uncompressed bytes.
  void add_deflated_entry(std::string_view name, std::initializer_list<std::string_view> pieces,
                          std::uint32_t crc32, std::uint64_t uncompressed_size,
                          std::uint16_t dos_time = 0, std::uint16_t dos_date = 0x21);
  // add_entry streamed, for large parts: begin, feed any number of chunks, end.
  void begin_entry(std::string_view name, std::uint16_t dos_time = 0,
                   std::uint16_t dos_date = 0x21);
  void write_chunk(std::string_view data);
  void end_entry();

  // Writes the central directory, flushes, fsyncs and renames the temporary file onto the
  // target. After commit the writer is finished.
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace evalbook::xlsx
