#include "xlsx/parallel_deflate.h"

#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "xlsx/background_deflate.h"
#include "xlsx/raw_deflate.h"

namespace evalbook::xlsx {

namespace {
constexpr std::size_t kWindowBytes = 32 * 1024;
}  // namespace

struct ParallelDeflater::Shared {
  struct Block {
    std::string input;
    std::string dictionary;
    bool last = false;
    DeflatedPiece out;
    bool done = false;  // under the mutex
    std::exception_ptr error;
  };

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Block*> todo;                      // blocks no worker has taken yet
  std::deque<std::unique_ptr<Block>> in_order;  // every block not yet given to the sink
  bool stopping = false;
  std::vector<std::thread> workers;

  void work(int level) {
    std::unique_ptr<RawDeflater> deflater;
    for (;;) {
      Block* block = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stopping || !todo.empty(); });
        if (stopping) return;
        block = todo.front();
        todo.pop_front();
      }
      try {
        if (!deflater) deflater = std::make_unique<RawDeflater>(level);
        deflater->restart(block->dictionary);
        deflater->run(block->input, block->last ? Z_FINISH : Z_SYNC_FLUSH, block->out);
      } catch (...) {
        block->error = std::current_exception();
      }
      std::string().swap(block->input);  // the memory goes back before the block is written
      {
        std::lock_guard<std::mutex> lock(mutex);
        block->done = true;
      }
      changed.notify_all();
    }
  }

  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
    }
    changed.notify_all();
    for (auto& t : workers) {
      if (t.joinable()) t.join();
    }
  }
};

ParallelDeflater::ParallelDeflater(int level, unsigned threads, Sink sink, std::size_t block_bytes)
    : level_(level),
      threads_(std::max(1u, threads)),
      sink_(std::move(sink)),
      block_bytes_(std::max<std::size_t>(block_bytes, kWindowBytes)) {}

ParallelDeflater::~ParallelDeflater() {
  if (shared_) shared_->stop();
}

void ParallelDeflater::append(std::string_view bytes) {
  while (!bytes.empty()) {
    if (buffer_.capacity() < block_bytes_) buffer_.reserve(block_bytes_);
    const std::size_t take = std::min(bytes.size(), block_bytes_ - buffer_.size());
    buffer_.append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    if (buffer_.size() == block_bytes_) {
      submit(false);
      drain(false);
    }
  }
}

void ParallelDeflater::submit(bool last) {
  if (!shared_) {
    shared_ = std::make_unique<Shared>();
    for (unsigned i = 0; i < threads_; ++i)
      shared_->workers.emplace_back([s = shared_.get(), level = level_] { s->work(level); });
  }
  auto block = std::make_unique<Shared::Block>();
  block->dictionary = window_;
  block->last = last;
  const std::size_t keep = std::min(buffer_.size(), kWindowBytes);
  if (keep == kWindowBytes) {
    window_.assign(buffer_, buffer_.size() - keep, keep);
  } else {  // a short block: the window is what came before it plus the block
    window_.append(buffer_);
    if (window_.size() > kWindowBytes) window_.erase(0, window_.size() - kWindowBytes);
  }
  block->input = std::move(buffer_);
  buffer_ = std::string();
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->todo.push_back(block.get());
  }
  shared_->in_order.push_back(std::move(block));
  shared_->changed.notify_all();
}

// Gives the sink every finished block at the front, in order; waits for the front block while
// too many are in flight, or for all of them with wait_all.
void ParallelDeflater::drain(bool wait_all) {
  Shared& s = *shared_;
  const std::size_t max_in_flight = 2 * static_cast<std::size_t>(threads_) + 1;
  while (!s.in_order.empty()) {
    Shared::Block& front = *s.in_order.front();
    {
      std::unique_lock<std::mutex> lock(s.mutex);
      if (!front.done) {
        if (!wait_all && s.in_order.size() <= max_in_flight) return;
        s.changed.wait(lock, [&] { return front.done; });
      }
    }
    if (front.error) std::rethrow_exception(front.error);
    sink_(front.out.deflated);
    totals_.crc32 = static_cast<std::uint32_t>(
        crc32_combine64(totals_.crc32, front.out.crc32, static_cast<z_off64_t>(front.out.size)));
    totals_.size += front.out.size;
    totals_.compressed += front.out.deflated.size();
    s.in_order.pop_front();
  }
}

ParallelDeflater::Totals ParallelDeflater::finish() {
  if (!shared_) {  // less than one block in all: no thread is worth starting
    DeflatedPiece piece;
    RawDeflater(level_).run(buffer_, Z_FINISH, piece);
    buffer_.clear();
    sink_(piece.deflated);
    return {piece.crc32, piece.size, piece.deflated.size()};
  }
  submit(true);
  drain(true);
  return totals_;
}

}  // namespace evalbook::xlsx
