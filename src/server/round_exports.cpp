#include "server/round_exports.h"

#include <fstream>
#include <sstream>

#include "app/summarize.h"
#include "app/workbook_check.h"
#include "report/summary_writer.h"
#include "server/scratch_folder.h"
#include "xlsx/zip_writer.h"

namespace evalbook::server {

namespace {

// A name safe inside a zip: no folders, no leading dots.
std::string member_name(std::string text) {
  for (auto& c : text)
    if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) c = '_';
  while (!text.empty() && text.front() == '.') text.erase(0, 1);
  return text.empty() ? std::string("未命名") : text;
}

}  // namespace

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

std::string round_summary_workbook(const app::AppContext& context, store::Store& store,
                                   std::int64_t round_id) {
  ScratchFolder scratch;
  const std::string path = scratch.file("summary.xlsx");
  {
    report::SummaryWriter writer(path);
    for (const auto& v : store.latest_versions_of_round(round_id)) {
      const std::string name = v.unit_code + "/" + v.file_name;
      app::FileResult result;
      auto bytes = store.blob(v.sha256);
      if (!v.error_code.empty() || !bytes) {
        result.file = name;
        result.error_code = v.error_code.empty() ? "io_error" : v.error_code;
        result.error_message = v.error_message;
      } else {
        result = app::check_workbook_bytes(context, name, *bytes);
      }
      writer.add(app::summarize_result(context, result));
    }
    writer.finish();
  }
  return read_whole_file(path);
}

std::string round_originals_zip(store::Store& store, std::int64_t round_id) {
  ScratchFolder scratch;
  const std::string path = scratch.file("originals.zip");
  {
    xlsx::ZipWriter zip(path);
    for (const auto& v : store.latest_versions_of_round(round_id)) {
      auto bytes = store.blob(v.sha256);
      if (!bytes) continue;
      zip.add_entry(member_name(v.unit_code) + "/" + member_name(v.file_name), *bytes);
    }
    zip.commit();
  }
  return read_whole_file(path);
}

}  // namespace evalbook::server
