// The shared string table: every <si> as plain text (rich-text runs joined, phonetic <rPh> runs
// left out, _xHHHH_ escapes decoded), held in one arena so 200,000 strings cost one allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

class SharedStrings {
 public:
  void load(const ZipReader& zip, const ZipEntry& entry, const Limits& limits);
  std::size_t size() const { return spans_.size(); }
  // Empty view for an index out of range (the caller reports it).
  std::string_view at(std::size_t index) const {
    if (index >= spans_.size()) return {};
    return std::string_view(arena_).substr(spans_[index].offset, spans_[index].length);
  }
  void add(std::string_view text);

 private:
  struct Span {
    std::uint64_t offset;
    std::uint32_t length;
  };
  std::string arena_;
  std::vector<Span> spans_;
};

}  // namespace evalbook::xlsx
