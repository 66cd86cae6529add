#include "xlsx/added_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "xlsx/cell_ref.h"
#include "xlsx/ooxml_text.h"
#include "xlsx/package.h"
#include "xlsx/part_rewrite.h"
#include "xlsx/xml_scanner.h"

namespace evalbook::xlsx {

namespace {

std::string_view prefix_of(std::string_view qname) {
  auto colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon + 1);
}

std::size_t column_count(const AddedSheet& sheet) {
  std::size_t n = 1;
  for (const auto& row : sheet.rows) n = std::max(n, row.size());
  return n;
}

std::string number_text(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

}  // namespace

std::string quoted_sheet_name(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    out += c;
    if (c == '\'') out += '\'';
  }
  out += '\'';
  return out;
}

bool valid_sheet_name(std::string_view name) {
  if (name.empty() || name.front() == '\'' || name.back() == '\'') return false;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c & 0xC0) != 0x80) ++chars;
    if (c < 0x20 ||
        std::string_view(":\\/?*[]").find(static_cast<char>(c)) != std::string_view::npos)
      return false;
  }
  return chars <= 31;
}

std::string added_sheet_range(const AddedSheet& sheet) {
  auto rows = static_cast<std::uint32_t>(std::max<std::size_t>(1, sheet.rows.size()));
  auto cols = static_cast<std::uint32_t>(column_count(sheet));
  return range_name(RangeRef{CellRef{1, 1}, CellRef{rows, cols}});
}

std::string added_sheet_filter_range(const AddedSheet& sheet) {
  auto rows = static_cast<std::uint32_t>(std::max<std::size_t>(1, sheet.rows.size()));
  auto cols = static_cast<std::uint32_t>(column_count(sheet));
  std::uint32_t header = std::min(std::max<std::uint32_t>(1, sheet.header_row), rows);
  return range_name(RangeRef{CellRef{header, 1}, CellRef{rows, cols}});
}

std::string added_sheet_xml(const AddedSheet& sheet, const AddedSheetFormats& formats,
                            const PackageNamespaces& ns) {
  std::string range = added_sheet_range(sheet);
  const std::uint32_t header_row = std::max<std::uint32_t>(1, sheet.header_row);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"{}\" xmlns:r=\"{}\"><dimension ref=\"{}\"/><sheetViews><sheetView "
      "workbookViewId=\"0\">",
      ns.main, ns.relationships, range);
  if (sheet.freeze_first_row) {
    out += fmt::format(
        "<pane ySplit=\"{0}\" topLeftCell=\"A{1}\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        "<selection pane=\"bottomLeft\" activeCell=\"A{1}\" sqref=\"A{1}\"/>",
        header_row, header_row + 1);
  }
  out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
  std::string cols;
  for (std::size_t i = 0; i < sheet.column_widths.size(); ++i) {
    if (sheet.column_widths[i] <= 0) continue;
    cols += fmt::format("<col min=\"{0}\" max=\"{0}\" width=\"{1}\" customWidth=\"1\"/>", i + 1,
                        number_text(sheet.column_widths[i]));
  }
  if (!cols.empty()) out += "<cols>" + cols + "</cols>";
  out += "<sheetData>";
  std::string links;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    auto row = static_cast<std::uint32_t>(r + 1);
    const double height = r < sheet.row_heights.size() ? sheet.row_heights[r] : 0;
    if (height > 0) {
      out += fmt::format("<row r=\"{}\" ht=\"{}\">", row, number_text(height));
    } else {
      out += fmt::format("<row r=\"{}\">", row);
    }
    std::string row_style = row == header_row && formats.header
                                ? fmt::format(" s=\"{}\"", *formats.header)
                                : std::string();
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const AddedCell& cell = sheet.rows[r][c];
      std::string style = row_style;
      if (auto fill = formats.fills.find(cell.fill);
          !cell.fill.empty() && fill != formats.fills.end())
        style = fmt::format(" s=\"{}\"", fill->second);
      if (auto wrapped = formats.wrapped.find(cell.fill);
          cell.wrap && wrapped != formats.wrapped.end())
        style = fmt::format(" s=\"{}\"", wrapped->second);
      CellRef ref{row, static_cast<std::uint32_t>(c + 1)};
      std::string name = cell_name(ref);
      if (cell.number && std::isfinite(*cell.number)) {
        out += fmt::format("<c r=\"{}\"{}><v>{}</v></c>", name, style, number_text(*cell.number));
      } else if (!cell.text.empty()) {
        std::string escaped;
        encode_ooxml_text(cell.text, escaped);
        bool keep_space = cell.text.front() == ' ' || cell.text.back() == ' ' ||
                          cell.text.find('\n') != std::string::npos;
        out += fmt::format("<c r=\"{}\"{} t=\"inlineStr\"><is><t{}>{}</t></is></c>", name, style,
                           keep_space ? " xml:space=\"preserve\"" : "", escaped);
      } else if (!style.empty()) {
        out += fmt::format("<c r=\"{}\"{}/>", name, style);
      }
      if (!cell.link.empty()) {
        links += fmt::format("<hyperlink ref=\"{}\" location=\"{}\" display=\"{}\"/>", name,
                             xml_attr(cell.link),
                             xml_attr(cell.number ? number_text(*cell.number) : cell.text));
      }
    }
    out += "</row>";
  }
  out += "</sheetData>";
  if (sheet.auto_filter)
    out += fmt::format("<autoFilter ref=\"{}\"/>", added_sheet_filter_range(sheet));
  if (!links.empty()) out += "<hyperlinks>" + links + "</hyperlinks>";
  out +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
      "footer=\"0.3\"/></worksheet>";
  return out;
}

std::string with_added_sheets(std::string_view workbook_xml, const std::string& part,
                              const std::vector<WorkbookSheetEntry>& sheets,
                              const PackageNamespaces& ns, const Limits& limits) {
  if (sheets.empty()) return std::string(workbook_xml);
  // Pass 1: sheets present, the largest sheetId, the prefix bound to the relationships
  // namespace on the root, whether definedNames exists.
  std::size_t count = 0;
  std::uint32_t max_id = 0;
  std::string rel_prefix;
  bool root_binds = false;
  bool has_names = false;
  int depth = 0;
  rewrite_part(
      workbook_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        if (start || token.kind == XmlTokenKind::empty) {
          auto name = local_name(token.name);
          if (depth == 0) {
            for_each_attribute(token.attrs, [&](std::string_view n, std::string_view v) {
              if (n.substr(0, 6) == "xmlns:" && attribute_text(v) == ns.relationships &&
                  !root_binds) {
                rel_prefix = std::string(n.substr(6));
                root_binds = true;
              }
            });
          }
          if (depth == 1 && name == "definedNames") has_names = true;
          if (depth == 2 && name == "sheet") {
            ++count;
            std::uint32_t id = 0;
            if (auto v = find_attribute(token.attrs, "sheetId"))
              std::from_chars(v->data(), v->data() + v->size(), id);
            max_id = std::max(max_id, id);
          }
          if (start) ++depth;
        } else if (token.kind == XmlTokenKind::end) {
          --depth;
        }
        return std::nullopt;
      },
      limits);

  std::string root_prefix;
  auto sheet_elements = [&](std::string_view p) {
    std::string out;
    std::uint32_t id = max_id;
    for (const auto& s : sheets) {
      std::string decl =
          root_binds ? std::string() : fmt::format(" xmlns:r=\"{}\"", xml_attr(ns.relationships));
      std::string rp = root_binds ? rel_prefix : "r";
      out += fmt::format("<{}sheet{} name=\"{}\" sheetId=\"{}\" {}:id=\"{}\"/>", p, decl,
                         xml_attr(s.name), ++id, rp, xml_attr(s.rel_id));
    }
    return out;
  };
  auto name_elements = [&](std::string_view p) {
    std::string out;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      if (sheets[i].filter_range.empty()) continue;
      std::string ref;
      escape_xml_text(quoted_sheet_name(sheets[i].name) + "!" + sheets[i].filter_range, ref);
      out += fmt::format(
          "<{0}definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{1}\" "
          "hidden=\"1\">{2}</{0}definedName>",
          p, count + i, ref);
    }
    return out;
  };
  // CT_Workbook: definedNames comes before these.
  static constexpr std::array<std::string_view, 10> kAfterNames = {
      "calcPr",        "oleSize",       "customWorkbookViews", "pivotCaches",       "smartTagPr",
      "smartTagTypes", "webPublishing", "fileRecoveryPr",      "webPublishObjects", "extLst"};
  bool names_done = has_names || name_elements("").empty();
  depth = 0;
  return rewrite_part(
      workbook_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        bool start = token.kind == XmlTokenKind::start;
        std::optional<std::string> out;
        if (start || token.kind == XmlTokenKind::empty) {
          auto name = local_name(token.name);
          if (depth == 0) root_prefix = std::string(prefix_of(token.name));
          if (depth == 1) {
            if (name == "sheets" && !start) {
              out = fmt::format("<{0}{1}>{2}</{0}>", token.name, token.attrs,
                                sheet_elements(prefix_of(token.name)));
            } else if (name == "definedNames" && !start) {
              out = fmt::format("<{0}{1}>{2}</{0}>", token.name, token.attrs,
                                name_elements(prefix_of(token.name)));
            } else if (!names_done && std::find(kAfterNames.begin(), kAfterNames.end(), name) !=
                                          kAfterNames.end()) {
              names_done = true;
              out = fmt::format("<{0}definedNames>{1}</{0}definedNames>", root_prefix,
                                name_elements(root_prefix)) +
                    std::string(token.raw);
            }
          }
          if (start) ++depth;
        } else if (token.kind == XmlTokenKind::end) {
          auto name = local_name(token.name);
          if (depth == 2 && name == "sheets") {
            out = sheet_elements(prefix_of(token.name)) + std::string(token.raw);
          } else if (depth == 2 && name == "definedNames") {
            out = name_elements(prefix_of(token.name)) + std::string(token.raw);
          } else if (depth == 1 && !names_done) {
            names_done = true;
            out = fmt::format("<{0}definedNames>{1}</{0}definedNames>", root_prefix,
                              name_elements(root_prefix)) +
                  std::string(token.raw);
          }
          --depth;
        }
        return out;
      },
      limits);
}

std::string with_filter_range(std::string_view workbook_xml, const std::string& part,
                              std::size_t local_sheet_id, const std::string& ref,
                              const Limits& limits) {
  bool inside = false;
  const std::string id = std::to_string(local_sheet_id);
  return rewrite_part(
      workbook_xml, part,
      [&](const XmlToken& token) -> std::optional<std::string> {
        if (token.kind == XmlTokenKind::start && local_name(token.name) == "definedName") {
          auto name = find_attribute(token.attrs, "name");
          auto sheet = find_attribute(token.attrs, "localSheetId");
          inside = name && attribute_text(*name) == "_xlnm._FilterDatabase" && sheet &&
                   attribute_text(*sheet) == id;
        } else if (token.kind == XmlTokenKind::text && inside) {
          std::string escaped;
          escape_xml_text(ref, escaped);
          return escaped;
        } else if (token.kind == XmlTokenKind::end) {
          inside = false;
        }
        return std::nullopt;
      },
      limits);
}

}  // namespace evalbook::xlsx
