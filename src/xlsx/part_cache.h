// Parts that many workbooks share byte for byte — styles.xml, [Content_Types].xml, the
// relationships, workbook.xml of every copy of one template saved by one program — parsed once
// per PartCaches, the object the application makes at start (app::AppContext) and hands to each
// Workbook it opens; a workbook opened without one parses every part. The key is the entry's stored
// bytes themselves (with its method, flags, sizes and CRC, the limits in force and what the parse
// depends on), so a hit is exact: the same bytes read under the same limits give the same result or
// the same error, and an error is never cached.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "xlsx/limits.h"
#include "xlsx/package.h"
#include "xlsx/styles.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// Parts larger than this (stored, or once inflated) are parsed every time: they are rarely
// shared, keys stay small, and what is kept stays small even for a part that compresses 1000:1.
inline constexpr std::uint64_t kPartCacheMaxStoredBytes = 64 * 1024;
inline constexpr std::uint64_t kPartCacheMaxPartBytes = 256 * 1024;
// Entries of one cache before it starts afresh (a long run over many templates stays bounded).
inline constexpr std::size_t kPartCacheMaxEntries = 64;

template <class T>
class PartCache {
 public:
  // The parsed part: from the cache when these exact bytes were parsed before, else load().
  template <class Load>
  std::shared_ptr<const T> get(const ZipReader& zip, const ZipEntry& entry, const Limits& limits,
                               std::string_view context, Load&& load) {
    if (entry.compressed_size > kPartCacheMaxStoredBytes) return std::make_shared<const T>(load());
    std::string key = make_key(zip, entry, limits, context);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (auto it = parsed_.find(key); it != parsed_.end()) return it->second;
    }
    auto value = std::make_shared<const T>(load());  // throws on a bad part: nothing kept
    std::lock_guard<std::mutex> lock(mutex_);
    if (parsed_.size() >= kPartCacheMaxEntries) parsed_.clear();
    parsed_.emplace(std::move(key), value);
    return value;
  }

 private:
  static std::string make_key(const ZipReader& zip, const ZipEntry& entry, const Limits& limits,
                              std::string_view context) {
    std::string_view stored = zip.raw_compressed(entry);
    std::string key;
    key.reserve(160 + context.size() + stored.size());
    auto put = [&](const void* p, std::size_t n) { key.append(static_cast<const char*>(p), n); };
    // Field by field: the struct's padding bytes are not part of its value.
    for (std::uint64_t v : {limits.max_archive_bytes,
                            std::uint64_t{limits.max_entries},
                            limits.max_entry_bytes,
                            limits.max_total_bytes,
                            limits.ratio_check_min_bytes,
                            limits.max_cells,
                            std::uint64_t{limits.max_rows},
                            std::uint64_t{limits.max_columns},
                            std::uint64_t{limits.max_string_bytes},
                            std::uint64_t{limits.max_xml_token_bytes},
                            std::uint64_t{limits.max_xml_depth},
                            limits.max_shared_strings,
                            std::uint64_t{limits.max_sheets},
                            limits.max_workbook_part_bytes,
                            limits.max_styles_bytes,
                            limits.max_shared_strings_bytes,
                            limits.max_rels_bytes,
                            limits.max_content_types_bytes,
                            std::uint64_t{limits.max_number_format_bytes},
                            limits.budget_base_bytes,
                            limits.budget_bytes_per_input_byte})
      put(&v, sizeof v);
    put(&limits.max_inflate_ratio, sizeof limits.max_inflate_ratio);
    put(&entry.method, sizeof entry.method);
    put(&entry.flags, sizeof entry.flags);
    put(&entry.crc32, sizeof entry.crc32);
    put(&entry.compressed_size, sizeof entry.compressed_size);
    put(&entry.uncompressed_size, sizeof entry.uncompressed_size);
    const auto context_size = static_cast<std::uint32_t>(context.size());
    put(&context_size, sizeof context_size);
    key.append(context);
    key.append(stored);
    return key;
  }

  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const T>> parsed_;
};

// The parsed part through `cache`, or parsed afresh when there is none.
template <class T, class Load>
std::shared_ptr<const T> cached_part(PartCache<T>* cache, const ZipReader& zip,
                                     const ZipEntry& entry, const Limits& limits,
                                     std::string_view context, Load&& load) {
  if (!cache) return std::make_shared<const T>(load());
  return cache->get(zip, entry, limits, context, std::forward<Load>(load));
}

struct WorkbookPart;  // workbook.xml's sheets and date system (workbook.cpp)

// Every part cache of one application. Safe across threads: each cache locks itself.
struct PartCaches {
  PartCache<std::vector<Relationship>> relationships;
  PartCache<ContentTypes> content_types;
  PartCache<WorkbookPart> workbook_parts;
  PartCache<StylesTable> styles;
};

}  // namespace evalbook::xlsx
