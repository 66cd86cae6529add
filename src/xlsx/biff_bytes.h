// Little-endian fields of BIFF records. Callers check the record is long enough first.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

namespace evalbook::xlsx::biff {

inline std::uint16_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

inline std::uint32_t le32(std::string_view b, std::size_t at) {
  return std::uint32_t{le16(b, at)} | (std::uint32_t{le16(b, at + 2)} << 16);
}

inline double le_double(std::string_view b, std::size_t at) {
  std::uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) bits = (bits << 8) | static_cast<unsigned char>(b[at + i]);
  return std::bit_cast<double>(bits);
}

}  // namespace evalbook::xlsx::biff
