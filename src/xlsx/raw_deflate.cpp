#include "xlsx/raw_deflate.h"

#include <algorithm>
#include <stdexcept>

namespace evalbook::xlsx {

namespace {
constexpr std::size_t kMaxZlibPiece = 1u << 30;  // zlib counts in uInt
constexpr std::size_t kWindowBytes = 32 * 1024;  // deflate's reach back
}  // namespace

RawDeflater::RawDeflater(int level) {
  if (deflateInit2(&zs_, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("压缩程序初始化失败");
}

RawDeflater::~RawDeflater() { deflateEnd(&zs_); }

void RawDeflater::restart(std::string_view dictionary) {
  if (deflateReset(&zs_) != Z_OK) throw std::runtime_error("压缩失败");
  if (dictionary.size() > kWindowBytes) dictionary.remove_prefix(dictionary.size() - kWindowBytes);
  if (!dictionary.empty() &&
      deflateSetDictionary(&zs_, reinterpret_cast<const Bytef*>(dictionary.data()),
                           static_cast<uInt>(dictionary.size())) != Z_OK)
    throw std::runtime_error("压缩失败");
}

void RawDeflater::run(std::string_view data, int flush, DeflatedPiece& out) {
  do {
    const std::size_t piece = std::min(data.size(), kMaxZlibPiece);
    if (piece > 0)  // zlib answers 0 for a null buffer, whatever the CRC so far
      out.crc32 = static_cast<std::uint32_t>(
          crc32_z(out.crc32, reinterpret_cast<const Bytef*>(data.data()), piece));
    out.size += piece;
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs_.avail_in = static_cast<uInt>(piece);
    data.remove_prefix(piece);
    const int mode = data.empty() ? flush : Z_NO_FLUSH;
    for (;;) {
      const std::size_t before = out.deflated.size();
      const std::size_t room = deflateBound(&zs_, zs_.avail_in) + 64;
      out.deflated.resize(before + room);
      zs_.next_out = reinterpret_cast<Bytef*>(out.deflated.data() + before);
      zs_.avail_out = static_cast<uInt>(room);
      const int rc = deflate(&zs_, mode);
      out.deflated.resize(before + room - zs_.avail_out);
      if (rc == Z_STREAM_ERROR) throw std::runtime_error("压缩失败");
      const bool done = mode == Z_FINISH ? rc == Z_STREAM_END : zs_.avail_out > 0;
      if (done && zs_.avail_in == 0) break;
    }
  } while (!data.empty());
}

}  // namespace evalbook::xlsx
