#include "xlsx/zip_inflate.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

#include "xlsx/errors.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define EVALBOOK_CRC_PCLMUL 1
#endif

namespace evalbook::xlsx {

namespace {

// zlib counts in uInt; feed and drain it in pieces well below 4 GiB.
constexpr std::size_t kMaxZlibPiece = std::size_t{1} << 30;

[[noreturn]] void fail(ErrorCode code, std::string message, std::string part = {}) {
  throw XlsxError(code, std::move(message), std::move(part));
}

class Inflater {
 public:
  Inflater(const ZipEntry& entry, std::string_view compressed) : entry_(entry), input_(compressed) {
    if (inflateInit2(&zs_, -MAX_WBITS) != Z_OK) {
      fail(ErrorCode::io_error, fmt::format("解压程序初始化失败：{}", name()), entry_.name);
    }
  }
  ~Inflater() { inflateEnd(&zs_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Fills out[0, size) completely; a stream that ends sooner is corrupt.
  void fill(char* out, std::size_t size) {
    while (size > 0) {
      const std::size_t piece = std::min(size, kMaxZlibPiece);
      zs_.next_out = reinterpret_cast<Bytef*>(out);
      zs_.avail_out = static_cast<uInt>(piece);
      while (zs_.avail_out > 0) {
        if (step() == Z_STREAM_END) {
          if (zs_.avail_out > 0) fail_short();
          break;
        }
      }
      out += piece;
      size -= piece;
    }
  }

  // After the declared size: the stream must end here without yielding one byte more.
  void expect_end() {
    unsigned char probe = 0;
    for (;;) {
      zs_.next_out = &probe;
      zs_.avail_out = 1;
      const int rc = step();
      if (zs_.avail_out == 0) {
        fail(ErrorCode::zip_bomb,
             fmt::format("条目 {} 实际解压大小超过声明（{} 字节）", name(),
                         entry_.uncompressed_size),
             entry_.name);
      }
      if (rc == Z_STREAM_END) return;
    }
  }

 private:
  std::string_view name() const { return entry_.name; }

  // One inflate call, refilling input as needed. Returns Z_OK or Z_STREAM_END.
  int step() {
    if (zs_.avail_in == 0 && fed_ < input_.size()) {
      const std::size_t piece = std::min(input_.size() - fed_, kMaxZlibPiece);
      zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input_.data() + fed_));
      zs_.avail_in = static_cast<uInt>(piece);
      fed_ += piece;
    }
    const int rc = inflate(&zs_, Z_NO_FLUSH);
    if (rc == Z_OK || rc == Z_STREAM_END) return rc;
    if (rc == Z_BUF_ERROR && zs_.avail_in == 0) {
      if (fed_ == input_.size()) fail_short();
      return Z_OK;  // the next call feeds the next piece of input
    }
    fail(ErrorCode::corrupt_entry,
         fmt::format("条目数据损坏，无法解压：{}（解压错误码 {}）", name(), rc), entry_.name);
  }

  [[noreturn]] void fail_short() const {
    fail(ErrorCode::corrupt_entry,
         fmt::format("条目数据不完整：{}，实际解压大小小于声明的 {} 字节", name(),
                     entry_.uncompressed_size),
         entry_.name);
  }

  const ZipEntry& entry_;
  std::string_view input_;
  std::size_t fed_ = 0;
  z_stream zs_{};
};

}  // namespace

void check_crc(const ZipEntry& entry, std::uint32_t actual) {
  if (actual == entry.crc32) return;
  fail(ErrorCode::corrupt_entry,
       fmt::format("条目校验失败（校验码为 0x{:08X}，应为 0x{:08X}）：{}", actual, entry.crc32,
                   entry.name),
       entry.name);
}

// CRC-32 of every inflated byte is on the hot path of large sheets, and zlib 1.2's table CRC
// (about 1 GB/s) costs a sixth of the inflate time. Where the CPU has carry-less multiply, the
// bulk is folded 64 bytes at a time instead (Gopal et al., "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ Instruction", Intel 2009; constants for the reflected
// polynomial 0xEDB88320 as given there), and zlib handles the tail.
namespace {

#ifdef EVALBOOK_CRC_PCLMUL
__attribute__((target("pclmul"))) inline __m128i fold16(__m128i x, __m128i k, __m128i next) {
  const __m128i lo = _mm_clmulepi64_si128(x, k, 0x00);
  const __m128i hi = _mm_clmulepi64_si128(x, k, 0x11);
  return _mm_xor_si128(_mm_xor_si128(lo, hi), next);
}

// `state` is the inverted running CRC; size >= 64 and a multiple of 16.
__attribute__((target("pclmul"))) std::uint32_t crc_fold_pclmul(std::uint32_t state,
                                                                const char* data,
                                                                std::size_t size) {
  const __m128i k1k2 = _mm_set_epi64x(0x01c6e41596, 0x0154442bd4);
  const __m128i k3k4 = _mm_set_epi64x(0x00ccaa009e, 0x01751997d0);
  const __m128i k5 = _mm_set_epi64x(0, 0x0163cd6124);
  const __m128i poly = _mm_set_epi64x(0x01f7011641, 0x01db710641);
  const __m128i low32 = _mm_setr_epi32(-1, 0, -1, 0);
  const auto* p = reinterpret_cast<const __m128i*>(data);
  const std::size_t blocks = size / 16;
  __m128i x1 = _mm_xor_si128(_mm_loadu_si128(p), _mm_cvtsi32_si128(static_cast<int>(state)));
  __m128i x2 = _mm_loadu_si128(p + 1);
  __m128i x3 = _mm_loadu_si128(p + 2);
  __m128i x4 = _mm_loadu_si128(p + 3);
  std::size_t i = 4;
  for (; i + 4 <= blocks; i += 4) {  // four independent lanes keep the multiplier busy
    x1 = fold16(x1, k1k2, _mm_loadu_si128(p + i));
    x2 = fold16(x2, k1k2, _mm_loadu_si128(p + i + 1));
    x3 = fold16(x3, k1k2, _mm_loadu_si128(p + i + 2));
    x4 = fold16(x4, k1k2, _mm_loadu_si128(p + i + 3));
  }
  x1 = fold16(fold16(fold16(x1, k3k4, x2), k3k4, x3), k3k4, x4);
  for (; i < blocks; ++i) x1 = fold16(x1, k3k4, _mm_loadu_si128(p + i));
  // 128 -> 64 -> 32 bits, then Barrett reduction.
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(x1, k3k4, 0x10));
  x1 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x1, low32), k5, 0x00),
                     _mm_srli_si128(x1, 4));
  __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x1, low32), poly, 0x10);
  t = _mm_clmulepi64_si128(_mm_and_si128(t, low32), poly, 0x00);
  x1 = _mm_xor_si128(x1, t);
  return static_cast<std::uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(x1, 4)));
}

bool cpu_has_pclmul() {
  static const bool has = __builtin_cpu_supports("pclmul");
  return has;
}
#endif

}  // namespace

std::uint32_t update_crc(std::uint32_t crc, const char* data, std::size_t size) {
#ifdef EVALBOOK_CRC_PCLMUL
  if (size >= 64 && cpu_has_pclmul()) {
    const std::size_t bulk = size & ~std::size_t{15};
    crc = ~crc_fold_pclmul(~crc, data, bulk);
    data += bulk;
    size -= bulk;
  }
#endif
  return static_cast<std::uint32_t>(
      crc32_z(crc, reinterpret_cast<const Bytef*>(data), static_cast<z_size_t>(size)));
}

void inflate_exactly(const ZipEntry& entry, std::string_view compressed, char* out,
                     std::size_t size) {
  Inflater inflater(entry, compressed);
  inflater.fill(out, size);
  inflater.expect_end();
}

void stream_inflated(const ZipEntry& e, std::string_view compressed, const ChunkSink& sink,
                     std::size_t chunk_size) {
  Inflater inflater(e, compressed);
  const std::uint64_t total = e.uncompressed_size;
  // One buffer for the whole entry, never larger than the entry itself.
  const std::size_t capacity = static_cast<std::size_t>(
      std::max<std::uint64_t>(std::min<std::uint64_t>(chunk_size, total), 1));
  const auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
  std::uint32_t crc = 0;
  for (std::uint64_t done = 0; done < total;) {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, total - done));
    inflater.fill(buffer.get(), n);
    crc = update_crc(crc, buffer.get(), n);
    done += n;
    // The last chunk is delivered only once the stream is known to end where declared.
    if (done == total) inflater.expect_end();
    if (!sink(buffer.get(), n)) return;
  }
  if (total == 0) inflater.expect_end();
  check_crc(e, crc);
}

}  // namespace evalbook::xlsx
