#include "app/summarize.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/workbook_check.h"
#include "xlsx/errors.h"

namespace evalbook::app {

namespace {

std::string hint_for(const std::string& code) {
  const auto known = error_code_from_name(code);
  return known ? std::string(error_code_hint(*known)) : std::string();
}

}  // namespace

FileResult read_input(const AppContext& context, const WorkbookInput& in,
                      const tmpl::TemplateSpec* forced) {
  if (!in.error_code.empty()) {
    FileResult r;
    r.file = in.name;
    r.error_code = in.error_code;
    r.error_message = in.error_message;
    return r;
  }
  if (!in.archive) {
    FileResult r = check_workbook(context, in.path, forced);
    r.file = in.name;
    return r;
  }
  std::string bytes;
  FileResult r;
  r.file = in.name;
  try {
    bytes = in.archive->read(*in.entry);
  } catch (const xlsx::XlsxError& e) {
    r.error_code = std::string(error_code_name(e.code()));
    r.error_message = e.what();
    return r;
  } catch (const std::bad_alloc&) {
    r.error_code = std::string(error_code_name(ErrorCode::out_of_memory));
    r.error_message = "内存不足";
    return r;
  }
  return check_workbook_bytes(context, in.name, bytes, forced);
}

report::SummaryFile summarize_input(const AppContext& context, const WorkbookInput& in,
                                    const tmpl::TemplateSpec* forced) {
  FileResult r = read_input(context, in, forced);
  r.file = in.name;
  return summarize_result(context, r);
}

report::SummaryFile summarize_result(const AppContext& context, const FileResult& r) {
  report::SummaryFile out;
  out.file = r.file;
  out.error_code = r.error_code;
  out.error_message = r.error_message;
  if (!r.error_code.empty()) out.error_hint = hint_for(r.error_code);
  out.forms.reserve(r.forms.size());
  for (const auto& form : r.forms)
    out.forms.push_back(report::summarize_form(form, context.catalog()));
  for (const auto& s : r.skipped) out.skipped.emplace_back(s.sheet, s.reason);
  return out;
}

void summarize(const AppContext& context, const std::vector<WorkbookInput>& inputs,
               const tmpl::TemplateSpec* forced, unsigned jobs, report::SummaryWriter& writer,
               SummaryProgress& progress) {
  const std::size_t n = inputs.size();
  std::vector<report::SummaryFile> results(n);
  std::vector<char> ready(n, 0);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::condition_variable cv;
  std::size_t done = 0;
  std::size_t failed = 0;
  struct Failure {
    std::string file, code, message;
  };
  std::vector<Failure> new_failures;  // not yet reported

  auto work = [&] {
    while (!stop) {
      const std::size_t i = next.fetch_add(1);
      if (i >= n) return;
      report::SummaryFile r;
      try {
        r = summarize_input(context, inputs[i], forced);
        r.modified = modified_time(inputs[i]);
      } catch (const std::exception& e) {  // bad_alloc while summarising: listed, not fatal
        r = report::SummaryFile{};
        r.file = inputs[i].name;
        r.error_code = std::string(error_code_name(ErrorCode::internal_error));
        r.error_message = e.what();
      }
      const bool bad = !r.error_code.empty();
      {
        std::lock_guard lock(mu);
        if (bad) {
          ++failed;
          new_failures.push_back({r.file, r.error_code, r.error_message});
        }
        results[i] = std::move(r);
        ready[i] = 1;
        ++done;
      }
      cv.notify_one();
    }
  };
  const unsigned threads =
      static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(n, 1)));
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  // Whatever happens below, the threads are stopped and joined before `results` goes away.
  struct Joiner {
    std::vector<std::thread>& pool;
    std::atomic<bool>& stop;
    ~Joiner() {
      stop = true;
      for (auto& t : pool) t.join();
    }
  } joiner{pool, stop};

  std::size_t emitted = 0;
  std::unique_lock lock(mu);
  for (;;) {
    if (!(emitted < n && ready[emitted]) && done < n)
      cv.wait_for(lock, std::chrono::milliseconds(100));
    std::vector<Failure> report_now;
    report_now.swap(new_failures);
    std::vector<report::SummaryFile> in_order;  // the run of files now ready from `emitted` on
    while (emitted + in_order.size() < n && ready[emitted + in_order.size()]) {
      in_order.push_back(std::move(results[emitted + in_order.size()]));
    }
    const std::size_t d = done;
    const std::size_t f = failed;
    lock.unlock();
    for (const auto& x : report_now) progress.failure(x.file, x.code, x.message);
    for (auto& r : in_order) {
      writer.add(std::move(r));
      ++emitted;
    }
    const bool finished = emitted == n;
    progress.update(d, f, finished);
    lock.lock();
    if (finished) break;
  }
}

}  // namespace evalbook::app
