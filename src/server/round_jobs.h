// A round's consolidation workbook made in the background with its progress in the database:
// the page starts the job, polls how many files are done, then downloads the result. Any server
// sharing the database can answer the polls and hand out the workbook. A server leases the jobs
// it runs and renews the lease while it lives; a job whose server died is claimed by another
// server (when it starts, every few seconds after, or when someone polls the job) and run again.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/app_context.h"
#include "store/store.h"

namespace evalbook::server {

class JobRunner {
 public:
  // Runs at most `max_running` jobs at once; leases them for `lease_seconds`.
  JobRunner(const app::AppContext& context, store::Store& store, int max_running,
            std::int64_t lease_seconds);
  ~JobRunner();  // waits for the jobs still running
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  // Starts the round's summary for `user_id`; returns the job's id. HttpError 429 when
  // `max_running` jobs of this server are still running.
  std::int64_t start_summary(std::int64_t round_id, std::int64_t user_id);
  // Claims and runs the job when its server is gone (and this one has room); false otherwise.
  bool adopt_if_orphaned(const store::Job& job);

 private:
  struct Running {
    std::int64_t job_id = 0;
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> finished;
    std::shared_ptr<std::atomic<bool>> lost;  // another server claimed it: stop
  };
  void reap_finished();                                  // under mutex_
  void run(std::int64_t job_id, std::int64_t round_id);  // under mutex_
  void keep_leases();  // the lease thread: renews, notices lost jobs, adopts orphans
  void renew_leases();
  void adopt_orphans();

  const app::AppContext& context_;
  store::Store& store_;
  const int max_running_;
  const store::JobLease lease_;
  std::mutex mutex_;
  std::vector<Running> running_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;  // under mutex_
  std::thread lease_thread_;
};

// {"id", "round", "kind", "status": running|done|failed, "done", "total", "error"}.
std::string job_json(const store::Job& job);

}  // namespace evalbook::server
