// Package-level edits the patcher makes when it adds parts (comments, drawings, styles, a sheet):
// fresh part names, relative relationship targets, relationships and content types appended to
// the parts that list them. Every existing token is copied as it was.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// Content types of the parts the patcher may add.
inline constexpr std::string_view kWorksheetType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
inline constexpr std::string_view kCommentsType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
inline constexpr std::string_view kStylesType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
inline constexpr std::string_view kVmlType =
    "application/vnd.openxmlformats-officedocument.vmlDrawing";

// The namespaces a package speaks: transitional (the usual) or strict OOXML.
struct PackageNamespaces {
  std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  std::string relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  // Relationship type URIs are relationships + "/" + suffix ("worksheet", "comments", ...).
  std::string rel_type(std::string_view suffix) const {
    return relationships + "/" + std::string(suffix);
  }
  // Strict when the workbook's own worksheet relationships use the strict URIs.
  static PackageNamespaces from_relationship_type(std::string_view worksheet_rel_type);
};

struct NewRelationship {
  std::string id;
  std::string type;    // full URI
  std::string target;  // relative to the source part's folder
};

// Everything a patch adds or changes besides the sheets it streams: the final content of
// existing parts it rewrites, the parts it adds (in order), and the content types to declare.
struct PartChanges {
  std::map<std::string, std::string> replaced;                 // existing part -> new content
  std::vector<std::pair<std::string, std::string>> added;      // new part -> content
  std::vector<std::pair<std::string, std::string>> overrides;  // part -> content type
  std::vector<std::pair<std::string, std::string>> defaults;   // extension -> content type
  // Relationships to append, by rels part (existing or new).
  std::map<std::string, std::vector<NewRelationship>> relationships;
};

// Fresh part names: nothing in the package or already handed out (compared case-insensitively,
// as OPC part names are).
class PartNamer {
 public:
  explicit PartNamer(const ZipReader& zip);
  // stem + N + extension, N the smallest from 1 that is free: ("xl/comments", ".xml").
  std::string next(std::string_view stem, std::string_view extension);
  void reserve(std::string_view part);
  bool taken(std::string_view part) const;

 private:
  std::set<std::string> taken_;
};

// "xl/worksheets/sheet1.xml" -> "xl/comments1.xml" gives "../comments1.xml".
std::string relative_target(std::string_view source_part, std::string_view target_part);

// An Id not among `ids`: "rId" + one more than the largest numeric suffix in use.
std::string next_relationship_id(const std::vector<std::string>& ids);

// Relationship Ids already in a rels part's XML.
std::vector<std::string> relationship_ids(std::string_view rels_xml, const std::string& part,
                                          const Limits& limits);

// The rels part with `add` appended before its closing tag.
std::string with_relationships(std::string_view rels_xml, const std::string& part,
                               const std::vector<NewRelationship>& add, const Limits& limits);
// A new rels part holding `add`.
std::string relationships_xml(const std::vector<NewRelationship>& add);

// [Content_Types].xml with the Override for `drop` removed (when not empty) and the given
// overrides and defaults appended (a default whose extension is declared already is skipped).
std::string with_content_types(std::string_view types_xml, std::string_view drop,
                               const std::vector<std::pair<std::string, std::string>>& overrides,
                               const std::vector<std::pair<std::string, std::string>>& defaults,
                               const Limits& limits);

// Attribute value escaped for a double-quoted attribute.
std::string xml_attr(std::string_view text);

}  // namespace evalbook::xlsx
