// One raw deflate stream (no zlib or gzip wrapper) appending its output to a piece, with the
// CRC-32 and size of what went in. Shared by the background and the parallel deflaters.
#pragma once

#include <zlib.h>

#include <string_view>

#include "xlsx/background_deflate.h"

namespace evalbook::xlsx {

class RawDeflater {
 public:
  // level: zlib's 1 (fastest) to 9. Throws std::runtime_error when zlib cannot start.
  explicit RawDeflater(int level);
  ~RawDeflater();
  RawDeflater(const RawDeflater&) = delete;
  RawDeflater& operator=(const RawDeflater&) = delete;

  // Starts a new stream whose back-references may reach into `dictionary` (the bytes just
  // before it in the joined stream; at most the last 32 KiB count).
  void restart(std::string_view dictionary);
  // flush: Z_NO_FLUSH, Z_SYNC_FLUSH (more may follow, byte-aligned) or Z_FINISH (the stream
  // ends). Throws std::runtime_error on a zlib failure.
  void run(std::string_view data, int flush, DeflatedPiece& out);

 private:
  z_stream zs_{};
};

}  // namespace evalbook::xlsx
