// Cell comments the way every spreadsheet program reads them: the legacy comments part (the text)
// with its VML drawing (the note boxes Excel, WPS and LibreOffice position and show), the
// sheet's relationships to both, and <legacyDrawing r:id> in the sheet (inserted by the sheet
// rewriter where the schema wants it). A sheet that has comments already keeps them: new ones
// are added to its parts, and a note on a cell that has one is appended to that note.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/cell_ref.h"
#include "xlsx/limits.h"
#include "xlsx/package_edit.h"
#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

struct NewComment {
  CellRef ref;
  std::string text;  // may hold line breaks
};

// A new comments part.
std::string comments_xml(const std::vector<NewComment>& comments, std::string_view author,
                         std::string_view main_namespace);

struct CommentsEdit {
  std::string xml;
  std::vector<CellRef> extended;  // cells whose existing note got the text appended
};

// An existing comments part with `comments` added (the author added when missing).
CommentsEdit with_comments(std::string_view comments_xml, const std::string& part,
                           const std::vector<NewComment>& comments, std::string_view author,
                           const Limits& limits);

// Shape ids of a VML drawing: the largest o:idmap block and the largest _x0000_sNNNN number.
struct VmlIds {
  std::uint32_t max_block = 0;
  std::uint32_t max_shape = 0;
};
VmlIds vml_ids(std::string_view vml);

// A new VML drawing with a note box for each cell; shape ids from block * 1024 + 1 (the blocks
// the drawing needs are claimed from `first_block` on). Returns the drawing; `next_block` gets
// the first block left free.
std::string vml_xml(const std::vector<CellRef>& cells, std::uint32_t first_block,
                    std::uint32_t& next_block);

// An existing VML drawing with note boxes added before its closing tag.
std::string with_vml_shapes(std::string_view vml, const std::vector<CellRef>& cells);

// Plans the comments of one sheet into `changes` (parts to add or rewrite, relationships,
// content types). `legacy_rid` is the r:id of the sheet's <legacyDrawing>, empty when it has
// none. Returns the r:id the sheet's new <legacyDrawing> must carry, empty when the sheet has
// one already. `next_vml_block` is the first free VML id block of the package.
std::string plan_sheet_comments(const ZipReader& zip, const std::string& sheet_part,
                                const std::string& legacy_rid,
                                const std::vector<NewComment>& comments, std::string_view author,
                                const PackageNamespaces& ns, PartNamer& namer,
                                std::uint32_t& next_vml_block, PartChanges& changes,
                                const Limits& limits);

// The first VML id block no drawing of the package uses.
std::uint32_t first_free_vml_block(const ZipReader& zip);

}  // namespace evalbook::xlsx
