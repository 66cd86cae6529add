#include "xlsx/cell_relay.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace evalbook::xlsx {

namespace {

constexpr std::size_t kBatchEvents = 8192;
constexpr std::size_t kMaxQueuedBatches = 4;  // the reader waits beyond this

enum class EventKind : std::uint8_t { row_begin, cell, row_end };

// One visitor call; a cell's text and formula are kept in the batch's arena.
struct Event {
  EventKind kind;
  CellType type;
  CellRef ref;  // the row alone for row events
  std::uint32_t style;
  double number;
  std::uint32_t text_at, text_size, formula_at, formula_size;
};

struct Batch {
  std::vector<Event> events;
  std::string arena;
};

}  // namespace

struct CellRelay::Shared {
  explicit Shared(CellVisitor& t) : target(t) { current.events.reserve(kBatchEvents); }

  CellVisitor& target;
  Batch current;  // filled by the reading thread
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Batch> queue;
  bool replaying = false;  // the worker holds a batch it has not finished
  bool stopping = false;
  std::exception_ptr error;
  std::thread worker;

  void replay(const Batch& batch) {
    for (const Event& e : batch.events) {
      switch (e.kind) {
        case EventKind::row_begin:
          target.on_row_begin(e.ref.row);
          break;
        case EventKind::row_end:
          target.on_row_end(e.ref.row);
          break;
        case EventKind::cell: {
          Cell cell;
          cell.ref = e.ref;
          cell.type = e.type;
          cell.number = e.number;
          cell.style = e.style;
          cell.text = std::string_view(batch.arena).substr(e.text_at, e.text_size);
          cell.formula = std::string_view(batch.arena).substr(e.formula_at, e.formula_size);
          target.on_cell(cell);
          break;
        }
      }
    }
  }

  void run() {
    for (;;) {
      Batch batch;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stopping || !queue.empty(); });
        if (stopping || error) return;
        batch = std::move(queue.front());
        queue.pop_front();
        replaying = true;
      }
      changed.notify_all();  // room in the queue
      std::exception_ptr failed;
      try {
        replay(batch);
      } catch (...) {
        failed = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        replaying = false;
        if (failed) {
          error = failed;
          queue.clear();
        }
      }
      changed.notify_all();
      if (failed) return;
    }
  }
};

CellRelay::CellRelay(CellVisitor& target)
    : wants_shared_formulas_(target.wants_shared_formulas()),
      shared_(std::make_unique<Shared>(target)) {
  shared_->worker = std::thread([s = shared_.get()] { s->run(); });
}

CellRelay::~CellRelay() {
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->stopping = true;
  }
  shared_->changed.notify_all();
  if (shared_->worker.joinable()) shared_->worker.join();
}

void CellRelay::on_row_begin(std::uint32_t row) {
  shared_->current.events.push_back(
      {EventKind::row_begin, CellType::empty, {row, 0}, 0, 0, 0, 0, 0, 0});
  if (shared_->current.events.size() >= kBatchEvents) hand_over();
}

void CellRelay::on_row_end(std::uint32_t row) {
  shared_->current.events.push_back(
      {EventKind::row_end, CellType::empty, {row, 0}, 0, 0, 0, 0, 0, 0});
  if (shared_->current.events.size() >= kBatchEvents) hand_over();
}

void CellRelay::on_cell(const Cell& cell) {
  Batch& b = shared_->current;
  const auto text_at = static_cast<std::uint32_t>(b.arena.size());
  b.arena.append(cell.text);
  const auto formula_at = static_cast<std::uint32_t>(b.arena.size());
  b.arena.append(cell.formula);
  b.events.push_back({EventKind::cell, cell.type, cell.ref, cell.style, cell.number, text_at,
                      static_cast<std::uint32_t>(cell.text.size()), formula_at,
                      static_cast<std::uint32_t>(cell.formula.size())});
  // Cell texts are bounded (Limits::max_string_bytes), so the arena stays far below 4 GiB.
  if (b.events.size() >= kBatchEvents || b.arena.size() >= (8u << 20)) hand_over();
}

void CellRelay::hand_over() {
  Shared& s = *shared_;
  {
    std::unique_lock<std::mutex> lock(s.mutex);
    s.changed.wait(lock, [&] { return s.queue.size() < kMaxQueuedBatches || s.error; });
    if (s.error) std::rethrow_exception(s.error);
    s.queue.push_back(std::move(s.current));
  }
  s.changed.notify_all();
  s.current = Batch();
  s.current.events.reserve(kBatchEvents);
}

void CellRelay::finish() {
  Shared& s = *shared_;
  if (!s.current.events.empty()) hand_over();
  std::unique_lock<std::mutex> lock(s.mutex);
  s.changed.wait(lock, [&] { return (s.queue.empty() && !s.replaying) || s.error; });
  if (s.error) std::rethrow_exception(s.error);
}

}  // namespace evalbook::xlsx
