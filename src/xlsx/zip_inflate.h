// Inflation of one zip entry with its declared size as a hard ceiling, and the CRC-32 check
// (folded with carry-less multiply where the CPU has it): the zip reader's hot path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// Inflates exactly `size` (the declared size) bytes into `out`; throws corrupt_entry when the
// data ends early or is damaged, zip_bomb when it would go on past the declared size.
void inflate_exactly(const ZipEntry& entry, std::string_view compressed, char* out,
                     std::size_t size);

// Streams the inflated bytes in chunks of `chunk_size`, CRC-checked at the end.
void stream_inflated(const ZipEntry& entry, std::string_view compressed, const ChunkSink& sink,
                     std::size_t chunk_size);

// Throws corrupt_entry when `actual` is not the entry's CRC-32.
void check_crc(const ZipEntry& entry, std::uint32_t actual);
std::uint32_t update_crc(std::uint32_t crc, const char* data, std::size_t size);

}  // namespace evalbook::xlsx
