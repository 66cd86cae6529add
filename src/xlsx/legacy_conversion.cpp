#include "xlsx/legacy_conversion.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "base/system_message.h"
#include "xlsx/biff_workbook.h"
#include "xlsx/errors.h"

extern char** environ;

namespace evalbook::xlsx {

namespace fs = std::filesystem;

namespace {

std::string find_soffice() {
  // EVALBOOK_SOFFICE names the program (tests use it to stand for a machine without one).
  if (const char* forced = std::getenv("EVALBOOK_SOFFICE"))
    return ::access(forced, X_OK) == 0 ? std::string(forced) : std::string();
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  dirs += ":/usr/lib/libreoffice/program";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const fs::path candidate = fs::path(dirs.substr(start, end - start)) / "soffice";
    if (!candidate.parent_path().empty() && ::access(candidate.c_str(), X_OK) == 0)
      return candidate.string();
    start = end + 1;
  }
  return {};
}

[[noreturn]] void failed(const std::string& why) {
  throw XlsxError(ErrorCode::conversion_failed,
                  fmt::format("旧版工作簿转换为 .xlsx 失败：{}", why));
}

// Serialises conversions: LibreOffice is heavy, and two at once on a small server only thrash.
class ConversionLock {
 public:
  ConversionLock() : guard_(mutex()) {
    const fs::path file = fs::temp_directory_path() / "evalbook-libreoffice.lock";
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);  // without the lock file, the mutex still holds here
  }
  ~ConversionLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
  }
  ConversionLock(const ConversionLock&) = delete;
  ConversionLock& operator=(const ConversionLock&) = delete;

 private:
  static std::mutex& mutex() {
    static std::mutex m;  // one LibreOffice at a time in this process
    return m;
  }
  std::lock_guard<std::mutex> guard_;
  int fd_ = -1;
};

void run_with_limit(const std::vector<std::string>& argv, std::chrono::seconds limit) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // its own group: killed as a whole
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) failed(fmt::format("无法启动 {}（{}）", argv[0], system_error_text(rc)));
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) failed("等待 LibreOffice 结束失败");
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      failed(fmt::format("超过 {} 秒仍未完成", limit.count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    failed(fmt::format("LibreOffice 退出状态 {}", WIFEXITED(status) ? WEXITSTATUS(status) : -1));
}

}  // namespace

bool is_compound_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  return in.read(head, sizeof head) && has_compound_file_signature(std::string_view(head, 8));
}

std::string xlsx_output_name(const std::string& requested) {
  if (requested.empty()) return requested;
  fs::path p(requested);
  p.replace_extension(".xlsx");
  return p.string();
}

ConvertedWorkbook::ConvertedWorkbook(const std::string& legacy_path, std::chrono::seconds limit) {
  const std::string soffice = find_soffice();
  if (soffice.empty())
    throw XlsxError(ErrorCode::converter_missing,
                    "修改旧版 .xls/.et 工作簿需要 LibreOffice 将其转换为 .xlsx，请安装：apt-get "
                    "install libreoffice-calc-nogui（或在 Excel/WPS 中另存为 .xlsx）");
  std::string pattern = (fs::temp_directory_path() / "evalbook-convert-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) failed("无法创建临时文件夹");
  folder_ = pattern;
  try {
    // A fixed ASCII name with the right extension: LibreOffice picks its filter by it.
    const fs::path input = fs::path(folder_) / "workbook.xls";
    fs::copy_file(legacy_path, input);
    ConversionLock lock;
    run_with_limit({soffice, "-env:UserInstallation=file://" + folder_ + "/profile", "--headless",
                    "--norestore", "--nolockcheck", "--convert-to", "xlsx", "--outdir",
                    folder_ + "/out", input.string()},
                   limit);
    path_ = folder_ + "/out/workbook.xlsx";
    if (!fs::is_regular_file(path_)) failed("LibreOffice 没有写出 .xlsx 文件");
  } catch (const fs::filesystem_error& e) {
    std::error_code ec;
    fs::remove_all(folder_, ec);
    failed(e.what());
  } catch (...) {
    std::error_code ec;
    fs::remove_all(folder_, ec);
    throw;
  }
}

ConvertedWorkbook::~ConvertedWorkbook() {
  std::error_code ec;
  fs::remove_all(folder_, ec);
}

}  // namespace evalbook::xlsx
