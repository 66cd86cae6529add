// Size caps by kind of part: a workbook-level part is refused on its declared size before a
// byte of it is inflated (the zip reader never inflates past the declared size).
#pragma once

#include <string_view>

#include "xlsx/limits.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

enum class PartKind { workbook, styles, shared_strings, relationships, content_types };

// Throws part_too_large when the entry's uncompressed size is beyond the cap of its kind.
void check_part_size(const ZipEntry& entry, PartKind kind, const Limits& limits);

}  // namespace evalbook::xlsx
