#include "xlsx/background_deflate.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "xlsx/raw_deflate.h"

namespace evalbook::xlsx {

namespace {

constexpr std::size_t kBufferBytes = 1 << 20;
constexpr std::size_t kMaxQueued = 16;  // buffers waiting: the producer waits beyond this

}  // namespace

DeflatedPiece deflate_piece(std::string_view data, int level, bool last) {
  DeflatedPiece out;
  RawDeflater(level).run(data, last ? Z_FINISH : Z_SYNC_FLUSH, out);
  return out;
}

PieceChecksum joined_checksum(std::initializer_list<const DeflatedPiece*> pieces) {
  PieceChecksum sum;
  for (const DeflatedPiece* p : pieces) {
    sum.crc32 = static_cast<std::uint32_t>(
        crc32_combine64(sum.crc32, p->crc32, static_cast<z_off64_t>(p->size)));
    sum.size += p->size;
  }
  return sum;
}

struct BackgroundDeflater::Shared {
  explicit Shared(int level) : deflater(level) {}

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::string> queue;
  bool finishing = false;
  bool stopping = false;
  std::exception_ptr error;
  RawDeflater deflater;
  DeflatedPiece out;
  std::thread worker;

  void run() {
    for (;;) {
      std::string chunk;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stopping || finishing || !queue.empty(); });
        if (stopping) return;
        if (queue.empty()) break;  // finishing, and everything is compressed
        chunk = std::move(queue.front());
        queue.pop_front();
      }
      changed.notify_all();  // room in the queue
      try {
        deflater.run(chunk, Z_NO_FLUSH, out);
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
    try {
      deflater.run({}, Z_SYNC_FLUSH, out);
    } catch (...) {
      fail(std::current_exception());
    }
  }

  // Keeps the error for finish() and wakes a producer waiting for room in the queue.
  void fail(std::exception_ptr e) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      error = std::move(e);
    }
    changed.notify_all();
  }
};

BackgroundDeflater::BackgroundDeflater(int level) : shared_(std::make_unique<Shared>(level)) {
  buffer_.reserve(kBufferBytes);
  shared_->worker = std::thread([s = shared_.get()] { s->run(); });
}

BackgroundDeflater::~BackgroundDeflater() {
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->stopping = true;
  }
  shared_->changed.notify_all();
  if (shared_->worker.joinable()) shared_->worker.join();
}

void BackgroundDeflater::append(std::string_view bytes) {
  buffer_.append(bytes);
  if (buffer_.size() >= kBufferBytes) hand_over();
}

void BackgroundDeflater::hand_over() {
  Shared& s = *shared_;
  {
    std::unique_lock<std::mutex> lock(s.mutex);
    s.changed.wait(lock, [&] { return s.queue.size() < kMaxQueued || s.error || s.stopping; });
    if (s.error) std::rethrow_exception(s.error);
    s.queue.push_back(std::move(buffer_));
  }
  s.changed.notify_all();
  buffer_ = std::string();
  buffer_.reserve(kBufferBytes);
}

DeflatedPiece BackgroundDeflater::finish() {
  Shared& s = *shared_;
  if (!buffer_.empty()) hand_over();
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    s.finishing = true;
  }
  s.changed.notify_all();
  if (s.worker.joinable()) s.worker.join();
  if (s.error) std::rethrow_exception(s.error);
  return std::move(s.out);
}

}  // namespace evalbook::xlsx
