// The one way evalbook writes a file: every output (workbooks, JSON, CSV) is written to a
// temporary file with a unique name, created with O_EXCL in the target's own folder, synced to
// disk and renamed over the target only when complete. Any failure, and any exit before
// commit(), removes the temporary file, so a target is either the old file or the whole new one.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>

namespace evalbook::xlsx {

// Keeps a temporary file's name where a handler for SIGINT, SIGTERM and SIGHUP finds it and
// removes the file (the handlers are installed the first time, where the program has none).
class TempRegistration {
 public:
  explicit TempRegistration(const std::string& path);  // `path` must outlive the registration
  ~TempRegistration();
  TempRegistration(const TempRegistration&) = delete;
  TempRegistration& operator=(const TempRegistration&) = delete;
  void release() noexcept;

 private:
  int slot_ = -1;
};

class OutputFile {
 public:
  // Creates the temporary file beside `target` (a symbolic link is followed: the file it points
  // to is replaced and the link kept). An existing target must be a regular file its user may
  // write: a read-only file (no write permission bit, or not writable for this user) is refused
  // with io_error rather than replaced behind its owner's back; the new file takes the old
  // one's permission bits, a new target those of any new file (0666 less the umask).
  explicit OutputFile(const std::string& target);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // The file that commit() replaces (after following a link).
  const std::string& target() const { return target_; }
  // For libraries that open their output by name (libxlsxwriter): the file already exists and
  // is ours; they truncate and write it.
  const std::string& temp_path() const { return temp_; }
  // Open on the temporary file until commit().
  int fd() const { return fd_; }

  // Writes all of `data` at the current offset of fd(); io_error on failure.
  void write(std::string_view data);
  // Syncs the data, checks that the temporary name still is the file created, renames it over
  // the target and syncs the folder. After commit() the object owns nothing.
  void commit();

 private:
  [[noreturn]] void fail(std::string_view what, int err);

  void discard() noexcept;

  std::string target_;
  std::string temp_;
  int fd_ = -1;
  dev_t dev_ = 0;
  ino_t ino_ = 0;
  std::unique_ptr<TempRegistration> registration_;
};

// What OutputFile checks first, for a caller that wants to refuse before a long piece of work:
// io_error when `target` exists and is a folder or read-only.
void check_replaceable(const std::string& target);

// A scratch file with a unique name (O_EXCL) beside `near`, for a library's intermediate output;
// removed when it goes out of scope.
class ScratchFile {
 public:
  explicit ScratchFile(const std::string& near);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<TempRegistration> registration_;
};

}  // namespace evalbook::xlsx
