// The work budget of one workbook: what reading it may cost (bytes of sheet XML streamed, of
// cell text handed out, of display text made, of shared formulas expanded), bounded by a linear
// function of the file's size (Limits::budget_*). Whatever amplifies a small input into a large
// amount of work -- a long string shown in thousands of cells, one part streamed for many
// sheets, a long formula copied to many dependents -- runs out of it and is refused with
// budget_exceeded, including amplifications nobody has thought of yet.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "xlsx/limits.h"

namespace evalbook::xlsx {

class WorkBudget {
 public:
  WorkBudget(std::uint64_t input_bytes, const Limits& limits);

  // Adds `bytes` of work. Throws budget_exceeded (naming `part`) once the allowance is spent.
  // Safe to call from several threads reading one workbook.
  void charge(std::uint64_t bytes, std::string_view part) const;

  std::uint64_t allowance() const { return allowance_; }
  std::uint64_t spent() const { return spent_.load(std::memory_order_relaxed); }

 private:
  std::uint64_t input_bytes_;
  std::uint64_t allowance_;
  mutable std::atomic<std::uint64_t> spent_{0};
};

// Charges in batches, for hot loops (one charge per cell would be one atomic per cell).
class BudgetMeter {
 public:
  BudgetMeter(const WorkBudget& budget, std::string_view part) : budget_(budget), part_(part) {}
  ~BudgetMeter() = default;  // what is pending at the end is charged by flush(), not here
  BudgetMeter(const BudgetMeter&) = delete;
  BudgetMeter& operator=(const BudgetMeter&) = delete;

  void add(std::uint64_t bytes) {
    pending_ += bytes;
    if (pending_ >= kBatchBytes) flush();
  }
  void flush() {
    const std::uint64_t bytes = pending_;
    pending_ = 0;
    if (bytes) budget_.charge(bytes, part_);
  }

 private:
  static constexpr std::uint64_t kBatchBytes = 1U << 20;
  const WorkBudget& budget_;
  std::string_view part_;
  std::uint64_t pending_ = 0;
};

}  // namespace evalbook::xlsx
