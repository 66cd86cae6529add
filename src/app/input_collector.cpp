#include "app/input_collector.h"

#include <fmt/format.h>
#include <iconv.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <optional>
#include <set>
#include <system_error>

#include "base/system_message.h"
#include "xlsx/errors.h"
#include "xlsx/utf8.h"

namespace evalbook::app {

namespace fs = std::filesystem;

namespace {

constexpr std::uint16_t kFlagUtf8 = 0x0800;
constexpr std::size_t kLocalHeaderSize = 30;

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string extension_of(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos) return {};
  return lower_ascii(std::string(base.substr(dot)));
}

std::string base_name(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  return std::string(slash == std::string_view::npos ? name : name.substr(slash + 1));
}

bool is_workbook_ext(const std::string& ext) {
  return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls";
}

// macOS resource forks (._name.xlsx) are no workbooks, and nobody made them on purpose.
bool is_resource_fork(const std::string& base) { return base.rfind("._", 0) == 0; }

bool valid_utf8(std::string_view s) { return xlsx::is_valid_utf8(s); }

std::uint16_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    (static_cast<unsigned char>(b[at + 1]) << 8));
}

// Does `decoded` read as `raw` byte for byte through a one-code-point-per-byte decoding (the
// reader's CP437)? ASCII bytes must stay themselves, the others become one non-ASCII code point.
bool is_bytewise_decoding_of(std::string_view decoded, std::string_view raw) {
  std::size_t i = 0;
  for (const char ch : raw) {
    if (i >= decoded.size()) return false;
    const auto b = static_cast<unsigned char>(ch);
    const auto d = static_cast<unsigned char>(decoded[i]);
    if (b < 0x80) {
      if (d != b) return false;
      ++i;
      continue;
    }
    if (d < 0xC0) return false;
    std::size_t len = d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : 2;
    i += len;
  }
  return i == decoded.size();
}

// The stored bytes of an entry's name, from its local header, when they agree with the central
// directory's (which the reader has indexed and checked); empty when they cannot be had.
std::optional<std::string_view> stored_name(const xlsx::ZipReader& archive,
                                            const xlsx::ZipEntry& entry) {
  const std::string_view bytes = archive.archive_bytes();
  const std::uint64_t at = entry.local_header_offset;
  if (at > bytes.size() || bytes.size() - at < kLocalHeaderSize) return std::nullopt;
  const std::size_t pos = static_cast<std::size_t>(at);
  const std::size_t len = le16(bytes, pos + 26);
  if (bytes.size() - pos - kLocalHeaderSize < len) return std::nullopt;
  return bytes.substr(pos + kLocalHeaderSize, len);
}

bool iconv_decode(const char* from, std::string_view in, std::string& out) {
  iconv_t cd = ::iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string result(in.size() * 3 + 8, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = result.data();
  std::size_t dst_left = result.size();
  const std::size_t rc = ::iconv(cd, &src, &src_left, &dst, &dst_left);
  ::iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1) || src_left != 0) return false;
  result.resize(result.size() - dst_left);
  out = std::move(result);
  return true;
}

struct Collector {
  CollectResult result;
  std::set<std::string> seen;  // physical identity of each workbook taken

  bool first_time(const std::string& identity) { return seen.insert(identity).second; }

  static std::string identity_of(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal().string() : c.string();
  }

  void add_error(const std::string& name, const std::string& path, std::string code,
                 std::string message) {
    WorkbookInput in;
    in.name = name;
    in.path = path;
    in.error_code = std::move(code);
    in.error_message = std::move(message);
    result.inputs.push_back(std::move(in));
  }

  void add_file(const std::string& name) {
    if (!first_time(identity_of(name))) return;
    WorkbookInput in;
    in.name = name;
    in.path = name;
    result.inputs.push_back(std::move(in));
  }

  void add_archive(const std::string& path) {
    const std::string identity = identity_of(path);
    if (!first_time(identity)) return;
    std::shared_ptr<const xlsx::ZipReader> archive;
    try {
      archive = xlsx::ZipReader::open_file(path);
    } catch (const xlsx::XlsxError& e) {
      add_error(path, path, std::string(xlsx::error_code_name(e.code())), e.what());
      return;
    } catch (const std::bad_alloc&) {
      throw;
    } catch (const std::exception& e) {
      add_error(path, path, "internal_error", e.what());
      return;
    }
    // A workbook that was merely named .zip is read as the workbook it is.
    if (archive->find("[Content_Types].xml") && archive->find("xl/workbook.xml")) {
      WorkbookInput in;
      in.name = path;
      in.path = path;
      result.inputs.push_back(std::move(in));
      return;
    }
    std::size_t members = 0;
    for (const auto& entry : archive->entries()) {
      if (entry.name.empty() || entry.name.back() == '/') continue;  // a folder
      if (entry.name.rfind("__MACOSX/", 0) == 0) continue;
      const std::string shown = member_display_name(*archive, entry);
      const std::string base = base_name(shown);
      const std::string ext = extension_of(shown);
      const std::string name = path + "/" + shown;
      if (is_resource_fork(base)) continue;
      if (is_lock_file(base)) {
        result.lock_files.push_back(name);
        continue;
      }
      if (ext == ".zip") {
        ++members;
        add_error(name, path, "nested_zip", "压缩包内的压缩包不展开读取，请先解压后再汇总");
        continue;
      }
      if (!is_workbook_ext(ext)) {
        ++result.ignored;
        continue;
      }
      if (!first_time(identity + '\0' + entry.name)) continue;
      ++members;
      WorkbookInput in;
      in.name = name;
      in.path = path;
      in.archive = archive;
      in.entry = &entry;
      result.inputs.push_back(std::move(in));
    }
    if (members == 0) {
      add_error(path, path, "no_workbook", "压缩包中没有 .xlsx 工作簿");
    }
  }

  // Every folder below `dir` is searched; one that cannot be listed (no permission, a link
  // that leads nowhere or in a loop) becomes an unreadable entry, never a silent gap.
  void add_directory(const std::string& dir) {
    std::vector<std::string> files;
    std::set<std::pair<dev_t, ino_t>> folders_seen;  // links to folders are followed once
    walk(dir, files, folders_seen);
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (extension_of(f) == ".zip") {
        add_archive(f);
      } else {
        add_file(f);
      }
    }
  }

  void walk(const std::string& dir, std::vector<std::string>& files,
            std::set<std::pair<dev_t, ino_t>>& folders_seen) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && !folders_seen.insert({st.st_dev, st.st_ino}).second)
      return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      add_error(dir, dir, "io_error",
                fmt::format("无法读取文件夹，其中的文件未汇总：{}", system_error_text(ec.value())));
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string p = it->path().string();
      const std::string base = base_name(p);
      std::error_code sec;
      const fs::file_status status = it->status(sec);  // links followed
      if (sec || !fs::exists(status)) {
        if (is_resource_fork(base) || is_lock_file(base)) continue;
        add_error(p, p, "io_error",
                  fmt::format("无法读取（链接失效或无权限）：{}",
                              sec ? system_error_text(sec.value()) : "不存在"));
        continue;
      }
      if (fs::is_directory(status)) {
        walk(p, files, folders_seen);
        continue;
      }
      if (!fs::is_regular_file(status)) continue;  // a device or a pipe: no workbook
      const std::string ext = extension_of(base);
      if (is_resource_fork(base)) continue;
      if (is_lock_file(base)) {
        result.lock_files.push_back(p);
        continue;
      }
      if (is_workbook_ext(ext) || ext == ".zip") {
        files.push_back(p);
      } else {
        ++result.ignored;
      }
    }
    if (ec) {
      add_error(dir, dir, "io_error",
                fmt::format("读取文件夹时出错，其余文件未汇总：{}", system_error_text(ec.value())));
    }
  }

  void add_argument(const std::string& arg) {
    if (is_lock_file(arg)) {
      result.lock_files.push_back(arg);
      return;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      add_error(arg, arg, "io_error", "找不到文件或文件夹");
      return;
    }
    if (fs::is_directory(st)) {
      add_directory(arg);
    } else if (extension_of(arg) == ".zip") {
      add_archive(arg);
    } else {
      add_file(arg);  // whatever it is: reading it names the problem (not_zip, ole_legacy_xls...)
    }
  }
};

}  // namespace

bool gbk_to_utf8(std::string_view gbk, std::string& utf8) {
  // GB18030 is GBK's superset (it adds four-byte sequences), for the rare name GBK lacks.
  return iconv_decode("GBK", gbk, utf8) || iconv_decode("GB18030", gbk, utf8);
}

std::string member_display_name(const xlsx::ZipReader& archive, const xlsx::ZipEntry& entry) {
  if ((entry.flags & kFlagUtf8) != 0) return entry.name;
  const auto raw = stored_name(archive, entry);
  if (!raw || *raw == entry.name || valid_utf8(*raw)) return entry.name;
  // The reader decoded the stored bytes one per code point (CP437); they are the bytes below.
  if (!is_bytewise_decoding_of(entry.name, *raw)) return entry.name;
  std::string decoded;
  if (gbk_to_utf8(*raw, decoded)) return decoded;
  return entry.name;
}

CollectResult collect_inputs(const std::vector<std::string>& args, InputOrder order) {
  Collector c;
  for (const auto& arg : args) c.add_argument(arg);
  if (order == InputOrder::by_name) {
    std::stable_sort(
        c.result.inputs.begin(), c.result.inputs.end(),
        [](const WorkbookInput& a, const WorkbookInput& b) { return a.name < b.name; });
  }
  return std::move(c.result);
}

std::optional<std::int64_t> modified_time(const WorkbookInput& input) {
  constexpr std::int64_t kNanos = 1'000'000'000;
  if (input.archive && input.entry) {
    const std::uint16_t date = input.entry->mod_date;
    const std::uint16_t time = input.entry->mod_time;
    if (date == 0) return std::nullopt;
    std::tm t{};
    t.tm_year = ((date >> 9) & 0x7f) + 80;
    t.tm_mon = ((date >> 5) & 0x0f) - 1;
    t.tm_mday = date & 0x1f;
    t.tm_hour = (time >> 11) & 0x1f;
    t.tm_min = (time >> 5) & 0x3f;
    t.tm_sec = (time & 0x1f) * 2;
    t.tm_isdst = -1;  // DOS times are local times
    const std::time_t secs = std::mktime(&t);
    if (secs == static_cast<std::time_t>(-1)) return std::nullopt;
    return static_cast<std::int64_t>(secs) * kNanos;
  }
  struct stat st {};
  if (input.path.empty() || ::stat(input.path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * kNanos + st.st_mtim.tv_nsec;
}

bool is_lock_file(std::string_view path) { return base_name(path).rfind("~$", 0) == 0; }

}  // namespace evalbook::app
