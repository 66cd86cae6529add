// Small token-level rewrites of workbook-level parts: every token is copied as it was unless
// the editor returns a replacement for it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "xlsx/limits.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

// Returns the replacement text for a token, or nullopt to keep its bytes.
using TokenEditor = std::function<std::optional<std::string>(const XmlToken&)>;

std::string rewrite_part(std::string_view xml, const std::string& part, const TokenEditor& editor,
                         const Limits& limits);

// workbook.xml with <calcPr fullCalcOnLoad="1"> (the element added where the schema wants it).
std::string with_full_calc_on_load(std::string_view workbook_xml, const std::string& part,
                                   const Limits& limits);

// A relationships part without the relationship whose target resolves to `target_part`.
std::string without_relationship(std::string_view rels_xml, const std::string& rels_part,
                                 std::string_view source_part, std::string_view target_part,
                                 const Limits& limits);

// [Content_Types].xml without the Override for `part`.
std::string without_override(std::string_view types_xml, std::string_view part,
                             const Limits& limits);

}  // namespace evalbook::xlsx
