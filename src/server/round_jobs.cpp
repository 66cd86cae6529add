#include "server/round_jobs.h"

#include <chrono>
#include <ctime>

#include "server/http_reply.h"
#include "server/round_exports.h"

namespace evalbook::server {

namespace {

constexpr std::int64_t kStaleSeconds = 120;

// Progress rows are written at most this often: each is a write transaction.
constexpr auto kProgressInterval = std::chrono::milliseconds(250);

}  // namespace

JobRunner::~JobRunner() {
  std::lock_guard lock(mutex_);
  for (auto& r : running_)
    if (r.thread.joinable()) r.thread.join();
}

void JobRunner::reap_finished() {
  std::erase_if(running_, [](Running& r) {
    if (!*r.finished) return false;
    r.thread.join();
    return true;
  });
}

std::int64_t JobRunner::start_summary(std::int64_t round_id, std::int64_t user_id,
                                      int max_running) {
  std::lock_guard lock(mutex_);
  reap_finished();
  if (static_cast<int>(running_.size()) >= max_running)
    throw TooSoon(5, "正在生成的汇总表过多，请稍后再试");
  const int total = static_cast<int>(store_.latest_versions_of_round(round_id).size());
  const std::int64_t id = store_.add_job(round_id, "summary", user_id, total);
  auto finished = std::make_shared<std::atomic<bool>>(false);
  std::thread worker([this, id, round_id, finished] {
    try {
      auto last = std::chrono::steady_clock::now();
      const auto progress = [&](int done, int) {
        const auto t = std::chrono::steady_clock::now();
        if (t - last < kProgressInterval) return;
        last = t;
        store_.job_progress(id, done);
      };
      store_.finish_job(id, round_summary_workbook(context_, store_, round_id, progress));
    } catch (const std::exception& e) {
      try {
        store_.fail_job(id, e.what());
      } catch (const std::exception&) {  // the database is gone: the job shows stale
      }
    }
    *finished = true;
  });
  running_.push_back({std::move(worker), finished});
  return id;
}

std::string job_json(const store::Job& job) {
  std::string status = job.status;
  std::string error = job.error_message;
  const auto now = static_cast<std::int64_t>(std::time(nullptr));
  if (status == "running" && job.updated_at < now - kStaleSeconds) {
    status = "failed";
    error = "生成中断（服务器停止了响应），请重新生成";
  }
  return "{\"id\": " + std::to_string(job.id) + ", \"round\": " + std::to_string(job.round_id) +
         ", \"kind\": " + json_string(job.kind) + ", \"status\": " + json_string(status) +
         ", \"done\": " + std::to_string(job.done) + ", \"total\": " + std::to_string(job.total) +
         ", \"error\": " + (error.empty() ? std::string("null") : json_string(error)) + "}";
}

}  // namespace evalbook::server
