#include "server/round_jobs.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <optional>
#include <stdexcept>

#include "server/http_reply.h"
#include "server/round_exports.h"
#include "server/server_log.h"
#include "store/credentials.h"

namespace evalbook::server {

namespace {

// Progress rows are written at most this often: each is a write transaction.
constexpr auto kProgressInterval = std::chrono::milliseconds(250);

// A job that brought down this many servers is failed rather than tried again.
constexpr int kMaxAttempts = 3;
constexpr const char* kExhausted = "生成汇总表时服务器多次中断，请检查本轮上传的文件后重新生成";

// Thrown from the progress callback to stop a job another server has claimed.
struct JobLost : std::runtime_error {
  JobLost() : std::runtime_error("job claimed by another server") {}
};

}  // namespace

JobRunner::JobRunner(const app::AppContext& context, store::Store& store, int max_running,
                     std::int64_t lease_seconds)
    : context_(context),
      store_(store),
      max_running_(max_running),
      lease_{"server-" + store::random_hex(16), lease_seconds} {
  lease_thread_ = std::thread([this] { keep_leases(); });
}

JobRunner::~JobRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  lease_thread_.join();
  // The jobs finish (their leases lapse meanwhile only if they outlive the lease; another
  // server that claims one then is the one whose result counts).
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

std::int64_t JobRunner::start_summary(std::int64_t round_id, std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  reap_finished();
  if (static_cast<int>(running_.size()) >= max_running_)
    throw TooSoon(5, "正在生成的汇总表过多，请稍后再试");
  const int total = static_cast<int>(store_.latest_versions_of_round(round_id).size());
  const std::int64_t id = store_.add_job(round_id, "summary", user_id, total, lease_);
  run(id, round_id);
  return id;
}

bool JobRunner::adopt_if_orphaned(const store::Job& job) {
  if (job.status != "running" || job.lease_until >= static_cast<std::int64_t>(std::time(nullptr)))
    return false;
  std::lock_guard lock(mutex_);
  reap_finished();
  if (stopping_ || static_cast<int>(running_.size()) >= max_running_) return false;
  if (!store_.claim_job(job.id, lease_, kMaxAttempts, kExhausted)) return false;
  run(job.id, job.round_id);
  return true;
}

void JobRunner::run(std::int64_t id, std::int64_t round_id) {
  auto finished = std::make_shared<std::atomic<bool>>(false);
  auto lost = std::make_shared<std::atomic<bool>>(false);
  std::thread worker([this, id, round_id, finished, lost] {
    const std::string& owner = lease_.owner;
    try {
      // The first workbook done is reported at once, so the page shows the job moving;
      // after that every kProgressInterval.
      std::optional<std::chrono::steady_clock::time_point> last;
      const auto progress = [&](int done, int total) {
        if (*lost) throw JobLost();
        const auto t = std::chrono::steady_clock::now();
        if (last && t - *last < kProgressInterval) return;
        last = t;
        if (!store_.job_progress(id, owner, done, total)) throw JobLost();
      };
      store_.finish_job(id, owner, round_summary_workbook(context_, store_, round_id, progress));
    } catch (const JobLost&) {  // another server runs it now
    } catch (const std::exception& e) {
      // An Error is said in Chinese for the clerk; a driver's or library's words go to the log.
      const auto* said = dynamic_cast<const Error*>(&e);
      if (!said) log_exception("job " + std::to_string(id), e);
      try {
        store_.fail_job(id, owner,
                        said ? said->what() : "生成汇总表时出错：" + std::string(kServerTrouble));
      } catch (const std::exception&) {  // the database is gone: another server claims it
      }
    }
    *finished = true;
  });
  running_.push_back({id, std::move(worker), finished, lost});
}

void JobRunner::keep_leases() {
  // Renewed three times a lease, so one late renewal does not lose a job.
  const auto interval = std::chrono::milliseconds(lease_.seconds * 1000 / 3);
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      renew_leases();
      adopt_orphans();
    } catch (const std::exception&) {  // the database is away: try again next time
    }
    lock.lock();
    stop_signal_.wait_for(lock, interval, [this] { return stopping_; });
  }
}

void JobRunner::renew_leases() {
  std::lock_guard lock(mutex_);
  reap_finished();
  if (running_.empty()) return;
  const auto held = store_.renew_job_leases(lease_);
  for (auto& r : running_)
    if (std::find(held.begin(), held.end(), r.job_id) == held.end()) *r.lost = true;
}

void JobRunner::adopt_orphans() {
  for (const auto& job : store_.orphaned_jobs()) adopt_if_orphaned(job);
}

std::string job_json(const store::Job& job) {
  return "{\"id\": " + std::to_string(job.id) + ", \"round\": " + std::to_string(job.round_id) +
         ", \"kind\": " + json_string(job.kind) + ", \"status\": " + json_string(job.status) +
         ", \"done\": " + std::to_string(job.done) + ", \"total\": " + std::to_string(job.total) +
         ", \"error\": " +
         (job.error_message.empty() ? std::string("null") : json_string(job.error_message)) + "}";
}

}  // namespace evalbook::server
