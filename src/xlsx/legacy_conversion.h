// A legacy .xls/.et workbook turned into an .xlsx by LibreOffice headless, so that `fix` and
// `set` can patch it as any .xlsx: there is no lossless BIFF writer, and the user is told the
// format changed. One conversion at a time (in this process and across processes, by a lock
// file), each in its own temporary profile and folder, killed past a time limit.
#pragma once

#include <chrono>
#include <string>

namespace evalbook::xlsx {

// True when the file starts with the OLE compound-file signature (.xls, .et).
bool is_compound_file(const std::string& path);

// Where a legacy workbook's corrected copy goes: `requested` with its extension made .xlsx
// ("" stays ""), and for --in-place the input's own name with .xlsx beside it.
std::string xlsx_output_name(const std::string& requested);

class ConvertedWorkbook {
 public:
  // Throws XlsxError: converter_missing when LibreOffice is not installed (the message says
  // what to install), conversion_failed when it fails, times out or writes nothing.
  explicit ConvertedWorkbook(const std::string& legacy_path,
                             std::chrono::seconds limit = std::chrono::seconds(180));
  ~ConvertedWorkbook();
  ConvertedWorkbook(const ConvertedWorkbook&) = delete;
  ConvertedWorkbook& operator=(const ConvertedWorkbook&) = delete;

  // The converted .xlsx, inside a temporary folder removed with this object.
  const std::string& path() const { return path_; }

 private:
  std::string folder_;
  std::string path_;
};

}  // namespace evalbook::xlsx
