#include "server/upload_processing.h"

#include <Poco/Exception.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "app/input_collector.h"
#include "app/legacy_workbook.h"
#include "app/result_json.h"
#include "app/workbook_check.h"
#include "app/workbook_fix.h"
#include "model/record.h"
#include "server/http_reply.h"
#include "server/scratch_folder.h"
#include "server/server_log.h"
#include "server/submission_json.h"
#include "xlsx/errors.h"
#include "xlsx/zip_reader.h"

namespace evalbook::server {

namespace {

namespace fs = std::filesystem;

bool starts_with(const std::string& bytes, std::string_view magic) {
  return bytes.compare(0, magic.size(), magic) == 0;
}

std::string lower_extension(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// The corrected workbook, or empty when the pipeline could not make one (the check result
// still stands; the unit is told no corrected copy exists).
std::string corrected_bytes(const app::AppContext& context, const std::string& bytes) {
  // A legacy workbook's corrected copy needs LibreOffice and seconds: it is made when it is
  // downloaded (legacy_corrected_workbook), not on every upload.
  if (app::is_legacy_workbook(bytes)) return {};
  try {
    ScratchFolder scratch;
    const std::string in = scratch.file("in.xlsx");
    const std::string out = scratch.file("out.xlsx");
    {
      std::ofstream f(in, std::ios::binary);
      f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!f) return {};
    }
    auto fixed = app::fix_workbook(context, in, out, report::FixPolicy{});
    if (!fixed.read.error_code.empty()) return {};
    return read_whole_file(out);
  } catch (const std::exception&) {
    return {};
  }
}

// Whether a form's 预算单位 ("259001-晋城市商务局", "259001 晋城市商务局") names this unit.
bool names_unit(const std::string& form_unit, const std::string& unit_code) {
  if (form_unit.empty() || unit_code.empty()) return true;
  return form_unit.find(unit_code) != std::string::npos;
}

}  // namespace

std::vector<IncomingWorkbook> workbooks_of(const FilePart& part, const ServerConfig& config,
                                           int& count) {
  auto counted = [&] {
    if (++count > config.max_files)
      throw HttpError(400, ErrorCode::too_many_files, "一次上传的文件过多");
  };
  const std::string& bytes = part.bytes;
  if (bytes.empty())
    throw HttpError(400, ErrorCode::empty_file, "文件“" + part.file_name + "”是空的");
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    counted();  // an .xls or a password-protected workbook: kept, and check names which
    return {{part.file_name, bytes, {}, {}}};
  }
  if (!starts_with(bytes, "PK\x03\x04") && !starts_with(bytes, "PK\x05\x06"))
    throw HttpError(415, ErrorCode::unsupported_content,
                    "文件“" + part.file_name + "”不是 .xlsx 工作簿或 .zip 压缩包（按内容判断）");
  std::unique_ptr<xlsx::ZipReader> archive;
  try {
    archive = xlsx::ZipReader::open_memory(bytes);
  } catch (const xlsx::XlsxError&) {
    archive.reset();  // a damaged workbook: kept, check names the damage
  }
  if (!archive || archive->find("[Content_Types].xml") ||
      lower_extension(part.file_name) != ".zip") {
    counted();
    return {{part.file_name, bytes, {}, {}}};
  }
  std::vector<IncomingWorkbook> out;
  for (const auto& entry : archive->entries()) {
    if (entry.name.empty() || entry.name.back() == '/' || entry.name.rfind("__MACOSX/", 0) == 0)
      continue;
    const std::string shown = app::member_display_name(*archive, entry);
    const std::string ext = lower_extension(shown);
    const std::string base = fs::path(shown).filename().string();
    if (base.rfind("~$", 0) == 0 || base.rfind("._", 0) == 0) continue;
    // .xls and WPS .et are read by their bytes as when uploaded on their own.
    if (ext != ".xlsx" && ext != ".xlsm" && ext != ".xls" && ext != ".et" && ext != ".zip")
      continue;
    counted();
    IncomingWorkbook w;
    w.name = base;
    if (ext == ".zip") {
      w.error_code = std::string(error_code_name(ErrorCode::nested_zip));
      w.error_message = "压缩包内的压缩包不展开读取";
    } else if (entry.uncompressed_size > config.max_file_bytes) {
      w.error_code = std::string(error_code_name(ErrorCode::payload_too_large));
      w.error_message = "工作簿超过大小上限";
    } else {
      try {
        w.bytes = archive->read(entry);
      } catch (const xlsx::XlsxError& e) {
        w.error_code = std::string(error_code_name(e.code()));
        w.error_message = e.what();
      }
    }
    out.push_back(std::move(w));
  }
  if (out.empty())
    throw HttpError(400, ErrorCode::no_workbook,
                    "压缩包“" + part.file_name + "”中没有 .xlsx 工作簿");
  return out;
}

namespace {

// One workbook checked and fixed, ready to store: its version row and what the unit is told.
struct PreparedVersion {
  store::NewVersion version;
  std::vector<std::string> notices;
};

PreparedVersion prepare_version(const app::AppContext& context, const store::User& user,
                                std::int64_t round_id, const IncomingWorkbook& workbook) {
  app::FileResult result;
  if (workbook.error_code.empty()) {
    result = app::check_workbook_bytes(context, workbook.name, workbook.bytes);
  } else {
    result.file = workbook.name;
    result.error_code = workbook.error_code;
    result.error_message = workbook.error_message;
  }
  PreparedVersion prepared;
  store::NewVersion& v = prepared.version;
  v.round_id = round_id;
  v.unit_code = user.unit_code;
  v.file_name = workbook.name;
  v.uploaded_by = user.id;
  v.original = workbook.bytes;
  v.error_code = result.error_code;
  v.error_message = result.error_message;
  for (const auto& form : result.forms) {
    const app::KeyFigures k = app::key_figures(form);
    v.error_count += k.errors;
    v.warning_count += k.warnings;
    store::FormRow row;
    row.sheet = form.sheet;
    row.template_id = form.template_id;
    row.unit = k.unit;
    row.project = k.project;
    row.grade = k.grade;
    row.budget_full_year = k.budget_full_year;
    row.executed = k.executed;
    row.execution_rate = k.execution_rate;
    row.total_reported = k.total_reported;
    row.total_recomputed = k.total_recomputed;
    row.error_count = k.errors;
    v.forms.push_back(std::move(row));
    if (!names_unit(k.unit, user.unit_code)) {
      prepared.notices.push_back("工作表“" + model::form_place(form) + "”的预算单位为“" + k.unit +
                                 "”，不是本单位（" + user.unit_code + "），已保留，由财政审核");
    }
  }
  app::append_forms_json(v.forms_json, result.forms);
  if (result.error_code.empty()) v.corrected = corrected_bytes(context, workbook.bytes);
  return prepared;
}

}  // namespace

std::vector<std::string> store_workbooks(const app::AppContext& context, store::Store& store,
                                         const store::User& user, std::int64_t round_id,
                                         const std::vector<IncomingWorkbook>& workbooks) {
  // Checking and fixing happen before the transaction, so the database is locked only while
  // the rows are written.
  std::vector<PreparedVersion> prepared;
  prepared.reserve(workbooks.size());
  for (const auto& w : workbooks) prepared.push_back(prepare_version(context, user, round_id, w));
  std::vector<store::NewVersion> versions;
  versions.reserve(prepared.size());
  for (auto& p : prepared) versions.push_back(std::move(p.version));
  std::vector<std::pair<std::int64_t, int>> added;
  try {
    added = store.add_versions(versions);  // committed when it returns, all or none
  } catch (const Poco::Exception& e) {
    log_error("saving an upload", e.displayText());
    throw Error(
        ErrorCode::database_error,
        "保存失败，本次上传的文件均未保存：数据库暂时无法写入。请稍后重新上传；如果一再出现，"
        "请联系系统管理员（详情已记入服务器日志）");
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < added.size(); ++i) {
    auto stored = store.version(added[i].first, added[i].second);
    if (!stored) throw Error(ErrorCode::database_error, "刚保存的版本读不到");
    out.push_back(submission_json(*stored, prepared[i].notices));
  }
  return out;
}

std::optional<Download> legacy_corrected_workbook(const app::AppContext& context,
                                                  store::Store& store,
                                                  const store::VersionInfo& version) {
  if (!version.error_code.empty()) return std::nullopt;
  auto original = store.blob(version.sha256);
  if (!original || !app::is_legacy_workbook(*original)) return std::nullopt;
  Download download;
  try {
    download.bytes = app::fix_legacy_workbook_bytes(context, *original);
  } catch (const xlsx::XlsxError& e) {
    if (e.code() == ErrorCode::converter_missing)
      throw HttpError(
          503, e.code(),
          "服务器未安装 LibreOffice，无法把旧版 .xls/.et 转换为 .xlsx 更正文件；原件可照常下载");
    throw HttpError(500, e.code(), std::string("旧版工作簿转换或更正失败：") + e.what());
  }
  download.file_name = "更正_" + fs::path(version.file_name).stem().string() + ".xlsx";
  return download;
}

}  // namespace evalbook::server
