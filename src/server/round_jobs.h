// A round's consolidation workbook made in the background with its progress in the database:
// the page starts the job, polls how many files are done, then downloads the result. Any server
// sharing the database can answer the polls and hand out the workbook.
#pragma once

#include <atomic>
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
  JobRunner(const app::AppContext& context, store::Store& store)
      : context_(context), store_(store) {}
  ~JobRunner();  // waits for the jobs still running
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  // Starts the round's summary for `user_id`; returns the job's id. HttpError 429 when
  // `max_running` jobs of this server are still running.
  std::int64_t start_summary(std::int64_t round_id, std::int64_t user_id, int max_running);

 private:
  struct Running {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> finished;
  };
  void reap_finished();  // under mutex_
  const app::AppContext& context_;
  store::Store& store_;
  std::mutex mutex_;
  std::vector<Running> running_;
};

// {"id", "round", "kind", "status": running|done|failed, "done", "total", "error"}: a job whose
// server stopped reporting for two minutes is shown failed.
std::string job_json(const store::Job& job);

}  // namespace evalbook::server
