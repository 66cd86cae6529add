// Raw deflate pieces that join into one zip entry. A large part can be compressed on a thread of
// its own while it is still being produced (BackgroundDeflater), and small pieces around it
// (the part's head and tail, known only at the end) added then: pieces ended by a sync flush
// may be followed by more, and only the last one ends the stream — the way pigz joins blocks.
#pragma once

#include <cstdint>
#include <exception>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

struct DeflatedPiece {
  std::string deflated;     // raw deflate data (no zlib or gzip wrapper)
  std::uint32_t crc32 = 0;  // of the uncompressed bytes
  std::uint64_t size = 0;   // uncompressed bytes
};

// `data` deflated as one piece; `last` ends the stream, otherwise a sync flush lets more follow.
DeflatedPiece deflate_piece(std::string_view data, int level, bool last);

// CRC-32 and size of the pieces' bytes one after the other (one deflate stream when only the
// last piece ends it), without joining them.
struct PieceChecksum {
  std::uint32_t crc32 = 0;
  std::uint64_t size = 0;
};
PieceChecksum joined_checksum(std::initializer_list<const DeflatedPiece*> pieces);

class BackgroundDeflater {
 public:
  // level: zlib's 1 (fastest) to 9.
  explicit BackgroundDeflater(int level);
  ~BackgroundDeflater();  // stops the thread; what was not finished is dropped
  BackgroundDeflater(const BackgroundDeflater&) = delete;
  BackgroundDeflater& operator=(const BackgroundDeflater&) = delete;

  // Bytes to compress, in order. Buffered here; each full buffer goes to the thread.
  void append(std::string_view bytes);
  // Waits for every byte appended and returns them deflated as a piece that more may follow.
  // Throws what the thread met (std::runtime_error on a zlib failure).
  DeflatedPiece finish();

 private:
  struct Shared;
  void hand_over();
  std::string buffer_;
  std::unique_ptr<Shared> shared_;
};

}  // namespace evalbook::xlsx
