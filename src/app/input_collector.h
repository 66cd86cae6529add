// What `summary` reads: the workbooks named on the command line, found in folders (recursively)
// and inside .zip archives (members read in memory, never extracted; names written by Chinese
// Windows in GBK decoded). Every input that cannot be read at all still becomes an entry, with
// its error, so it is listed rather than lost.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xlsx/zip_reader.h"

namespace evalbook::app {

struct WorkbookInput {
  // Shown in the summary and used for ordering: the path as found ("收件/甲单位.xlsx"), or for a
  // zip member the archive's path, "/", and the member's decoded name ("收件/材料.zip/甲.xlsx").
  std::string name;
  std::string path;                                // the file on disk (for a member: the archive)
  std::shared_ptr<const xlsx::ZipReader> archive;  // set for a zip member
  const xlsx::ZipEntry* entry = nullptr;           // the member, owned by `archive`
  // Set when the input is known to be unreadable before reading it (missing path, damaged
  // archive, a zip inside a zip).
  std::string error_code;
  std::string error_message;
};

struct CollectResult {
  std::vector<WorkbookInput> inputs;  // each physical workbook once
  std::size_t ignored = 0;            // files in folders/archives that are no workbook
  // Excel's and WPS's lock files (~$name.xlsx) met, named or found: skipped, each with a note.
  std::vector<std::string> lock_files;
};

enum class InputOrder { by_name, as_given };

// Never throws for a bad input (it becomes an entry with error_code); throws std::bad_alloc only.
// by_name sorts every input by its name (summary); as_given keeps the arguments' order, a
// folder's workbooks sorted by name in its place (check, export).
CollectResult collect_inputs(const std::vector<std::string>& args,
                             InputOrder order = InputOrder::by_name);

// When the input was last changed, in nanoseconds since 1970: the file's modification time, or
// for a zip member the time the archive stores for it (DOS time, local, to two seconds).
// nullopt when it cannot be told (the file is gone, the member has no time).
std::optional<std::int64_t> modified_time(const WorkbookInput& input);

// A file Excel or WPS leaves beside a workbook while it is open ("~$甲.xlsx"): no workbook.
bool is_lock_file(std::string_view path);

// The member's name as a person wrote it: UTF-8 when the zip says so (flag bit 11) or when the
// stored bytes are valid UTF-8, else decoded from GBK (Chinese Windows' code page 936), falling
// back to the reader's CP437 reading when the bytes are not GBK either.
std::string member_display_name(const xlsx::ZipReader& archive, const xlsx::ZipEntry& entry);

// Decodes GBK bytes into UTF-8 with iconv; false when the bytes are not valid GBK.
bool gbk_to_utf8(std::string_view gbk, std::string& utf8);

}  // namespace evalbook::app
