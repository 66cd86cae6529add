// A worksheet added to an existing package: its own part (inline strings, so the shared-strings
// part is left alone), internal hyperlinks, a frozen header row and an autofilter; listed last in
// workbook.xml (with the hidden _xlnm._FilterDatabase name Excel keeps for a filter), in the
// workbook's relationships and in [Content_Types].xml.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/limits.h"
#include "xlsx/package_edit.h"

namespace evalbook::xlsx {

struct AddedCell {
  std::string text;  // shown when `number` is empty
  std::optional<double> number;
  std::string link;   // internal hyperlink location ("'表一'!H6"); empty for none
  std::string fill;   // a solid fill ("FFFFFF00"); empty for none
  bool wrap = false;  // long text wrapped within the column's width, at the cell's top

  static AddedCell of_text(std::string t, std::string link = {}) {
    return {std::move(t), std::nullopt, std::move(link), {}, false};
  }
  static AddedCell of_number(double v) { return {{}, v, {}, {}, false}; }
  AddedCell filled(std::string argb) && {
    fill = std::move(argb);
    return std::move(*this);
  }
  AddedCell wrapped() && {
    wrap = true;
    return std::move(*this);
  }
};

struct AddedSheet {
  std::string name;
  std::vector<std::vector<AddedCell>> rows;  // row 1 first
  std::vector<double> column_widths;         // characters; 0 keeps the default width
  bool freeze_first_row = true;
  bool auto_filter = true;
  bool bold_header = true;  // the header row bold on a grey fill (a format added to styles.xml)
  // The header row (1-based): rows above it (a title, a legend) stay above the frozen pane and
  // outside the filter.
  std::uint32_t header_row = 1;
  // Points, by row from row 1; 0 keeps the default. Not marked custom: LibreOffice fits rows of
  // wrapped text itself, Excel takes the height given.
  std::vector<double> row_heights;
};

// The cellXfs indexes an added sheet's cells use: the header row's and one per cell fill.
struct AddedSheetFormats {
  std::optional<std::uint32_t> header;
  std::map<std::string, std::uint32_t> fills;    // argb -> cellXfs index
  std::map<std::string, std::uint32_t> wrapped;  // argb ("" for none) -> index, text wrapped
};

// The worksheet part.
std::string added_sheet_xml(const AddedSheet& sheet, const AddedSheetFormats& formats,
                            const PackageNamespaces& ns);

// "A1:G9" covering the sheet's cells (at least A1).
std::string added_sheet_range(const AddedSheet& sheet);

// "A8:H20": the filter's range, from the header row to the last row.
std::string added_sheet_filter_range(const AddedSheet& sheet);

// workbook.xml with the hidden filter name of the sheet at `local_sheet_id` set to `ref`
// ("'校验结果'!$A$8:$H$20"); unchanged when the sheet has no such name.
std::string with_filter_range(std::string_view workbook_xml, const std::string& part,
                              std::size_t local_sheet_id, const std::string& ref,
                              const Limits& limits);

struct WorkbookSheetEntry {
  std::string name;
  std::string rel_id;
  std::string filter_range;  // absolute "$A$1:$G$9" for the filter's defined name; empty: none
};

// workbook.xml with the sheets listed after the existing ones.
std::string with_added_sheets(std::string_view workbook_xml, const std::string& part,
                              const std::vector<WorkbookSheetEntry>& sheets,
                              const PackageNamespaces& ns, const Limits& limits);

// 'name' quoted for a reference, inner quotes doubled: 表一 -> '表一', it's -> 'it''s'.
std::string quoted_sheet_name(std::string_view name);

// Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe.
bool valid_sheet_name(std::string_view name);

}  // namespace evalbook::xlsx
