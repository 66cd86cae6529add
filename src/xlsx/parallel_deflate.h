// One deflate stream made on several cores, the way pigz does it: the input is cut into blocks,
// each block is deflated on a worker thread as a stream of its own (primed with the 32 KiB before
// it, so it compresses about as well as one stream) and ended by a sync flush — the last block by
// Z_FINISH — so the blocks laid end to end are one valid raw deflate stream. The CRC-32s of the
// blocks are combined. Compressed bytes come back in order, on the caller's thread.
// Input that never fills one block is deflated on the caller's thread without starting any.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

class ParallelDeflater {
 public:
  using Sink = std::function<void(std::string_view compressed)>;
  struct Totals {
    std::uint32_t crc32 = 0;       // of the uncompressed bytes
    std::uint64_t size = 0;        // uncompressed bytes
    std::uint64_t compressed = 0;  // bytes given to the sink
  };

  // level: zlib's 1 to 9; threads: workers (at least 1); block_bytes: input per block.
  ParallelDeflater(int level, unsigned threads, Sink sink, std::size_t block_bytes = 1 << 20);
  ~ParallelDeflater();  // stops the workers; what was not finished is dropped
  ParallelDeflater(const ParallelDeflater&) = delete;
  ParallelDeflater& operator=(const ParallelDeflater&) = delete;

  // Bytes to compress, in order. Finished blocks go to the sink as they are ready; the caller
  // waits when too many blocks are in flight. Rethrows what a worker met.
  void append(std::string_view bytes);
  // Ends the stream, gives the sink everything left and returns the totals.
  Totals finish();

 private:
  struct Shared;
  void submit(bool last);
  void drain(bool wait_all);
  int level_;
  unsigned threads_;
  Sink sink_;
  std::size_t block_bytes_;
  std::string buffer_;
  std::string window_;  // the last 32 KiB handed over: the next block's dictionary
  Totals totals_;
  std::unique_ptr<Shared> shared_;  // made with the first full block
};

}  // namespace evalbook::xlsx
