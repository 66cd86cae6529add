#include "xlsx/pipelined_stream.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace evalbook::xlsx {

namespace {

// Buffers travel from the free list to the producer, to the ready queue, to the consumer and
// back; a fixed pool bounds memory to kBuffers chunks.
class ChunkPipe {
 public:
  explicit ChunkPipe(std::size_t count) : pool_(count) {
    for (auto& b : pool_) free_.push_back(&b);
  }

  std::string* take_free() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !free_.empty() || stopped_; });
    if (stopped_) return nullptr;
    std::string* b = free_.front();
    free_.pop_front();
    return b;
  }

  void put_ready(std::string* b) {
    {
      std::lock_guard lock(mutex_);
      ready_.push_back(b);
    }
    cv_.notify_all();
  }

  // nullptr when the producer is done and nothing is left.
  std::string* take_ready() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return !ready_.empty() || done_; });
    if (ready_.empty()) return nullptr;
    std::string* b = ready_.front();
    ready_.pop_front();
    return b;
  }

  void give_back(std::string* b) {
    {
      std::lock_guard lock(mutex_);
      free_.push_back(b);
    }
    cv_.notify_all();
  }

  void finish(std::exception_ptr error) {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
      error_ = error;
    }
    cv_.notify_all();
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    cv_.notify_all();
  }

  bool stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

  std::exception_ptr error() {
    std::lock_guard lock(mutex_);
    return error_;
  }

 private:
  std::vector<std::string> pool_;
  std::deque<std::string*> free_;
  std::deque<std::string*> ready_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
  bool stopped_ = false;
  std::exception_ptr error_;
};

constexpr std::size_t kBuffers = 8;

}  // namespace

void read_stream_pipelined(const ZipReader& zip, const ZipEntry& entry, const ChunkSink& sink,
                           std::size_t chunk_size) {
  ChunkPipe pipe(kBuffers);
  std::thread producer([&] {
    std::exception_ptr error;
    try {
      zip.read_stream(
          entry,
          [&](const char* data, std::size_t size) {
            std::string* b = pipe.take_free();
            if (!b) return false;
            b->assign(data, size);
            pipe.put_ready(b);
            return true;
          },
          chunk_size);
    } catch (...) {
      error = std::current_exception();
    }
    pipe.finish(error);
  });
  // The consumer's exceptions must still let the producer end before the thread is joined.
  std::exception_ptr consumer_error;
  try {
    while (std::string* b = pipe.take_ready()) {
      bool more = sink(b->data(), b->size());
      pipe.give_back(b);
      if (!more) {
        pipe.stop();
        break;
      }
    }
  } catch (...) {
    consumer_error = std::current_exception();
    pipe.stop();
  }
  producer.join();
  if (consumer_error) std::rethrow_exception(consumer_error);
  if (!pipe.stopped()) {
    if (auto error = pipe.error()) std::rethrow_exception(error);
  }
}

}  // namespace evalbook::xlsx
