#include "server/round_exports.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "app/summarize.h"
#include "app/workbook_check.h"
#include "report/csv_table.h"
#include "report/record_tables.h"
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

namespace {

// One stored upload checked again from its original bytes.
app::FileResult stored_result(const app::AppContext& context, store::Store& store,
                              const store::VersionInfo& v) {
  const std::string name = v.unit_code + "/" + v.file_name;
  app::FileResult result;
  auto bytes = v.error_code.empty() ? store.blob(v.sha256) : std::nullopt;
  if (!bytes) {
    result.file = name;
    result.error_code = v.error_code.empty() ? "io_error" : v.error_code;
    result.error_message = v.error_message;
    return result;
  }
  return app::check_workbook_bytes(context, name, *bytes);
}

}  // namespace

std::vector<app::FileResult> latest_results(const app::AppContext& context, store::Store& store,
                                            std::int64_t round_id, const Progress& progress) {
  // On every core: each thread fetches the blob it checks. The results keep the board's order.
  const auto versions = store.latest_versions_of_round(round_id);
  std::vector<app::FileResult> out(versions.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;  // guards `done`, `failure` and the progress callback
  int done = 0;
  std::exception_ptr failure;
  auto work = [&] {
    for (std::size_t i = next++; i < versions.size(); i = next++) {
      try {
        out[i] = stored_result(context, store, versions[i]);
        std::lock_guard<std::mutex> lock(mutex);
        ++done;
        if (progress) progress(done, static_cast<int>(versions.size()));
      } catch (...) {  // the first failure stops every thread and is thrown by the caller's
        std::lock_guard<std::mutex> lock(mutex);
        if (!failure) failure = std::current_exception();
        next = versions.size();
        return;
      }
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
    helpers.emplace_back(work);
  work();
  for (auto& h : helpers) h.join();
  if (failure) std::rethrow_exception(failure);
  return out;
}

std::string round_summary_workbook(const app::AppContext& context, store::Store& store,
                                   std::int64_t round_id, const Progress& progress) {
  const auto results = latest_results(context, store, round_id, progress);
  ScratchFolder scratch;
  const std::string path = scratch.file("summary.xlsx");
  {
    // The report is titled by the round; of two files holding the same form, the one uploaded
    // last counts.
    report::SummaryOptions options;
    if (auto round = store.round(round_id)) options.title = round->name;
    std::map<std::string, std::int64_t> uploaded_at;  // by the name latest_results gives a file
    for (const auto& v : store.latest_versions_of_round(round_id)) {
      auto& at = uploaded_at[v.unit_code + "/" + v.file_name];
      at = std::max(at, v.uploaded_at);
    }
    report::SummaryWriter writer(path, options);
    for (const auto& result : results) {
      report::SummaryFile file = app::summarize_result(context, result);
      if (auto it = uploaded_at.find(result.file); it != uploaded_at.end())
        file.modified = it->second * 1'000'000'000;
      writer.add(std::move(file));
    }
    writer.finish();
  }
  return read_whole_file(path);
}

std::string round_records_csv(const app::AppContext& context, store::Store& store,
                              std::int64_t round_id, RecordTable table,
                              report::CsvHeaders headers) {
  const auto results = latest_results(context, store, round_id, {});
  std::vector<report::FormSource> sources;
  for (const auto& r : results) {
    for (const auto& form : r.forms) {
      const tmpl::TemplateSpec* spec = context.find_template(form.template_id);
      const bool accounts = spec && spec->family == "final-accounts";
      // The 决算 tables' rows have columns of their own, as export writes them apart.
      if (table == RecordTable::forms || (table == RecordTable::indicators) != accounts)
        sources.push_back({r.file, &form});
    }
  }
  report::FlatTable flat =
      table == RecordTable::forms ? report::forms_table(sources) : report::items_table(sources);
  constexpr std::size_t kIdentityColumns = 3;  // file, sheet, template
  report::show_rates_as_percent(flat);
  report::drop_empty_columns(flat, kIdentityColumns);
  return report::to_csv(flat, headers);
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
