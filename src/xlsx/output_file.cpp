#include "xlsx/output_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "base/system_message.h"
#include "xlsx/errors.h"

namespace evalbook::xlsx {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void io_failure(std::string_view what, const std::string& path, int err) {
  throw XlsxError(ErrorCode::io_error,
                  fmt::format("{}：{}（{}）", what, path, system_error_text(err)));
}

std::string folder_of(const std::string& path) {
  const fs::path p(path);
  return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

// A symbolic link as target means the file it points to (which may not exist yet).
std::string resolve_link(const std::string& target) {
  struct stat st {};
  if (::lstat(target.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return target;
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(target, ec);
  return ec ? target : resolved.string();
}

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// Creates "<folder>/.<name>.XXXXXX" with mkostemp (O_CREAT | O_EXCL, mode 0600).
int create_unique(const std::string& near, std::string& path) {
  const fs::path p(near);
  std::string leaf = ".";  // appended, not "." + name: GCC 12 warns falsely (-Wrestrict) on that
  leaf += p.filename().string();
  leaf += ".evalbook-XXXXXX";
  const std::string pattern = (fs::path(folder_of(near)) / leaf).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    io_failure("无法在目标文件夹创建临时文件", near, errno);
  }
  path.assign(name.data());
  return fd;
}

// Best effort: makes the rename itself durable. A failure here loses nothing already written.
void sync_folder(const std::string& path) {
  const int fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Temporary files still open, so that SIGINT, SIGTERM or SIGHUP (Ctrl+C, a killed job) does
// not leave them behind: the handler only reads this table and calls unlink, which are safe in
// a signal handler. (SIGKILL cannot be caught; a name starting with "." keeps such a leftover
// out of sight.)
constexpr std::size_t kSlots = 64;
std::atomic<const char*> g_open_temps[kSlots];

void remove_open_temps(int sig) {
  for (auto& slot : g_open_temps) {
    if (const char* path = slot.load()) ::unlink(path);
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Installed once, and only where the program has not chosen its own handling of the signal.
void install_cleanup_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction current {};
      if (::sigaction(sig, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;
      struct sigaction action {};
      action.sa_handler = remove_open_temps;
      sigemptyset(&action.sa_mask);
      ::sigaction(sig, &action, nullptr);
    }
  });
}

// Holds SIGINT, SIGTERM and SIGHUP back on this thread while it lives: one that arrives is
// delivered when it ends.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, sig);
    ::pthread_sigmask(SIG_BLOCK, &held, &previous_);
  }
  ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace

TempRegistration::TempRegistration(const std::string& path) {
  install_cleanup_handlers();
  for (std::size_t i = 0; i < kSlots; ++i) {
    const char* empty = nullptr;
    if (g_open_temps[i].compare_exchange_strong(empty, path.c_str())) {
      slot_ = static_cast<int>(i);
      return;
    }
  }
  // More than 64 at once: this one is still removed on every ordinary failure path.
}

TempRegistration::~TempRegistration() { release(); }

void TempRegistration::release() noexcept {
  if (slot_ >= 0) g_open_temps[static_cast<std::size_t>(slot_)].store(nullptr);
  slot_ = -1;
}

void check_replaceable(const std::string& target) {
  const std::string resolved = resolve_link(target);
  struct stat existing {};
  if (::stat(resolved.c_str(), &existing) != 0) return;  // a new file
  if (S_ISDIR(existing.st_mode)) {
    throw XlsxError(ErrorCode::io_error, fmt::format("输出路径是文件夹：{}", resolved));
  }
  if ((existing.st_mode & 0222) == 0 || ::access(resolved.c_str(), W_OK) != 0) {
    throw XlsxError(ErrorCode::io_error,
                    fmt::format("目标文件是只读的，未覆盖：{}（请先取消只读属性）", resolved));
  }
}

OutputFile::OutputFile(const std::string& target) : target_(resolve_link(target)) {
  check_replaceable(target_);
  struct stat existing {};
  const bool exists = ::stat(target_.c_str(), &existing) == 0;
  install_cleanup_handlers();  // before the file exists: a signal now finds the handler
  {
    // A signal between the file's creation and its registration would leave it behind: this
    // thread holds it until the name is registered.
    const SignalsHeld held;
    fd_ = create_unique(target_, temp_);
    registration_ = std::make_unique<TempRegistration>(temp_);
  }
  const mode_t mode = exists ? (existing.st_mode & 07777) : new_file_mode();
  struct stat own {};
  if (::fchmod(fd_, mode) != 0 || ::fstat(fd_, &own) != 0) {
    const int err = errno;
    discard();
    io_failure("无法设置临时文件的权限", temp_, err);
  }
  dev_ = own.st_dev;
  ino_ = own.st_ino;
}

OutputFile::~OutputFile() { discard(); }

void OutputFile::discard() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  registration_.reset();  // before the name it points at goes
  temp_.clear();
}

void OutputFile::fail(std::string_view what, int err) {
  const std::string shown = target_;
  discard();
  io_failure(what, shown, err);
}

void OutputFile::write(std::string_view data) {
  if (fd_ < 0) throw XlsxError(ErrorCode::bad_argument, "输出文件已结束");
  while (!data.empty()) {
    const ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("写入失败", n < 0 ? errno : ENOSPC);
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void OutputFile::commit(const Durability& durability) {
  if (fd_ < 0) throw XlsxError(ErrorCode::bad_argument, "输出文件已结束");
  if (durability.sync && !durability.data_synced && ::fsync(fd_) != 0)
    fail("同步到磁盘失败", errno);
  // The name must still be the file created: never rename something put in its place.
  struct stat now {};
  if (::lstat(temp_.c_str(), &now) != 0 || now.st_dev != dev_ || now.st_ino != ino_) {
    fail("临时文件已被替换或删除", EEXIST);
  }
  if (::close(fd_) != 0) {
    fd_ = -1;
    fail("关闭文件失败", errno);
  }
  fd_ = -1;
  if (::rename(temp_.c_str(), target_.c_str()) != 0) fail("无法替换目标文件", errno);
  registration_.reset();
  temp_.clear();
  if (!durability.sync) return;
  if (durability.group) {
    durability.group->add(folder_of(target_));
  } else {
    sync_folder(target_);
  }
}

CommitBatch::~CommitBatch() = default;  // each OutputFile left removes its temporary file

void CommitBatch::adopt(std::unique_ptr<OutputFile> file) {
  files_.push_back(std::move(file));
  if (files_.size() >= kMaxFiles) commit();
}

void CommitBatch::commit() {
  FolderSyncGroup folders;
  std::vector<std::unique_ptr<OutputFile>> files;
  files.swap(files_);
  Durability each{.group = &folders};
#ifdef __linux__
  // One sync of the file system writes the data of every file (and whatever else is waiting
  // on it) with one journal commit and one cache flush; an fsync per file flushed the disk's
  // cache once per file.
  if (files.size() > 1) {
    if (::syncfs(files.front()->fd()) != 0) {
      throw XlsxError(ErrorCode::io_error,
                      fmt::format("同步到磁盘失败：{}（{}）", files.front()->target(),
                                  system_error_text(errno)));
    }
    each.data_synced = true;
  }
#endif
  for (auto& file : files) file->commit(each);
  folders.sync();
}

void FolderSyncGroup::add(const std::string& folder) {
  std::lock_guard<std::mutex> lock(mutex_);
  folders_.insert(folder);
}

void FolderSyncGroup::sync() {
  std::set<std::string> folders;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    folders.swap(folders_);
  }
  for (const auto& folder : folders) sync_folder(folder + "/.");
}

ScratchFile::ScratchFile(const std::string& near) {
  const int fd = create_unique(near, path_);
  ::close(fd);
  registration_ = std::make_unique<TempRegistration>(path_);
}

ScratchFile::~ScratchFile() {
  ::unlink(path_.c_str());
  registration_.reset();
}

}  // namespace evalbook::xlsx
