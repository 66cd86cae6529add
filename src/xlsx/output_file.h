// The one way evalbook writes a file: every output (workbooks, JSON, CSV) is written to a
// temporary file with a unique name, created with O_EXCL in the target's own folder, synced to
// disk and renamed over the target only when complete. Any failure, and any exit before
// commit(), removes the temporary file, so a target is either the old file or the whole new one.
#pragma once

#include <sys/types.h>

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

// Outputs reported together (a folder of corrected forms): each is synced and renamed into place
// by its own commit, and each folder they went into is synced once for them all by sync(),
// which must come before any of them is reported as written. Syncing the folder after each
// rename doubled the fsyncs of a batch (500 forms: 1,000). Several threads may share one.
class FolderSyncGroup {
 public:
  void add(const std::string& folder);
  // Syncs every folder added since the last call (best effort, as a single commit's own).
  void sync();

 private:
  std::mutex mutex_;
  std::set<std::string> folders_;
};

class CommitBatch;

// How far a commit goes to survive a power cut.
struct Durability {
  // false: an intermediate file, read back and removed by the program (fix's check of a
  // corrected copy), that nobody is told about: not synced at all.
  bool sync = true;
  // With a group, the folder is synced by the group's sync() instead of after the rename.
  FolderSyncGroup* group = nullptr;
  // The data is on disk already (a CommitBatch synced the whole file system): only the rename
  // and the folder remain.
  bool data_synced = false;
  // With a batch, a finished output waits there, not yet at its target, and is committed with
  // the others by the batch (ZipWriter::commit).
  CommitBatch* batch = nullptr;
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
  // the target and syncs the folder (or leaves that to durability.group, or syncs nothing when
  // durability.sync is false). After commit() the object owns nothing.
  void commit(const Durability& durability = {});

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

// Outputs committed together, for a program that writes many before it reports any (the
// benchmark's 500 forms): each finished output waits here (ZipWriter with Durability::batch),
// not yet at its target; commit() starts writing all of them out, then syncs, renames and
// syncs each folder once. The file system then makes one journal commit for the data of the
// whole batch and one for its renames, where a commit per output made two per file. A batch
// commits itself when it holds kMaxFiles (bounding open descriptors); dropped without
// commit(), it removes the temporary files it holds. One thread at a time.
class CommitBatch {
 public:
  static constexpr std::size_t kMaxFiles = 64;
  CommitBatch() = default;
  ~CommitBatch();
  CommitBatch(const CommitBatch&) = delete;
  CommitBatch& operator=(const CommitBatch&) = delete;

  void adopt(std::unique_ptr<OutputFile> file);
  // Every output adopted so far is at its target and durable when this returns. Throws
  // io_error (the outputs not yet renamed are removed).
  void commit();

 private:
  std::vector<std::unique_ptr<OutputFile>> files_;
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
