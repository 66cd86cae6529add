// Helpers for OOXML packaging: stream a part through the XML scanner, read relationships and
// content types, resolve relationship targets into part names.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/xml_scanner.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

struct Relationship {
  std::string id;
  std::string type;    // full type URI
  std::string target;  // resolved part name ("xl/worksheets/sheet1.xml"); raw when external
  bool external = false;
};

// The last segment of a relationship or content type URI ("worksheet", "sharedStrings"), which is
// the same in transitional and strict OOXML.
std::string_view type_suffix(std::string_view type_uri);

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (package root) -> "_rels/.rels".
std::string rels_part_for(std::string_view part);

// Resolves a relationship target against the part that owns the relationship.
std::string resolve_target(std::string_view source_part, std::string_view target);

// Streams an entry through a scanner with `handler`; with `copy`, the inflated bytes are also
// appended there. Throws XlsxError.
void scan_part(const ZipReader& zip, const ZipEntry& entry, XmlHandler& handler,
               const Limits& limits, std::string* copy = nullptr);

struct PartCaches;

// Relationships of `source_part` ("" for the package root); empty when it has no rels part.
// With `caches`, a rels part parsed before (same bytes) is not parsed again.
std::vector<Relationship> read_relationships(const ZipReader& zip, std::string_view source_part,
                                             const Limits& limits, PartCaches* caches = nullptr);

struct ContentTypes {
  std::map<std::string, std::string> defaults;   // extension (lower case) -> type
  std::map<std::string, std::string> overrides;  // part name without leading '/' -> type
  std::string type_of(std::string_view part) const;
};

// Throws missing_part when [Content_Types].xml is absent.
ContentTypes read_content_types(const ZipReader& zip, const Limits& limits,
                                PartCaches* caches = nullptr);

// Decoded attribute value (entities resolved); the raw text when decoding fails.
std::string attribute_text(std::string_view raw);

}  // namespace evalbook::xlsx
