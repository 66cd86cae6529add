// What happens to an uploaded file: recognised by its bytes (a workbook, a legacy or encrypted
// Office file, a .zip of workbooks — anything else refused), each workbook checked and fixed by
// the pipeline, then stored with its original bytes as a new version in one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "server/request_body.h"
#include "server/server_config.h"
#include "store/store.h"

namespace evalbook::server {

struct IncomingWorkbook {
  std::string name;
  std::string bytes;
  std::string error_code;  // set when the member could not even be taken out of its zip
  std::string error_message;
};

// The workbooks a part holds. Throws HttpError 400 empty_file for 0 bytes, 415
// unsupported_content for bytes that are no Office file or zip, 400 no_workbook for a zip with
// no .xlsx, 400 too_many_files past `max_files` in all.
std::vector<IncomingWorkbook> workbooks_of(const FilePart& part, const ServerConfig& config,
                                           int& count);

// Checks, fixes and stores the workbooks of one request as `user`'s, all in one transaction:
// either every one is stored as a new version or (on an exception) none is. Returns the S
// object (JSON) of each new version, in order, only once the transaction has committed.
std::vector<std::string> store_workbooks(const app::AppContext& context, store::Store& store,
                                         const store::User& user, std::int64_t round_id,
                                         const std::vector<IncomingWorkbook>& workbooks);

struct Download {
  std::string bytes;
  std::string file_name;
};

// For a version whose original is a legacy .xls/.et workbook: its corrected copy, converted by
// LibreOffice and fixed now, named "更正_NAME.xlsx". nullopt for any other version. Throws
// HttpError 503 converter_missing when LibreOffice is not installed, 500 conversion_failed (or
// the reader's code) when the conversion or the fix fails.
std::optional<Download> legacy_corrected_workbook(const app::AppContext& context,
                                                  store::Store& store,
                                                  const store::VersionInfo& version);

}  // namespace evalbook::server
