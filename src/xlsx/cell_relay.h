// Hands the cells of a sheet being streamed to another visitor on a thread of its own, in
// batches and in order: the reading thread keeps parsing while the target (say, formatting every
// cell as Excel displays it) works on the rows before. The target sees exactly the calls it
// would have seen directly, one after the other; only the thread differs.
#pragma once

#include <memory>

#include "xlsx/workbook.h"

namespace evalbook::xlsx {

class CellRelay : public CellVisitor {
 public:
  explicit CellRelay(CellVisitor& target);
  ~CellRelay() override;  // stops the thread; what the target has not seen is dropped
  CellRelay(const CellRelay&) = delete;
  CellRelay& operator=(const CellRelay&) = delete;

  void on_row_begin(std::uint32_t row) override;
  void on_cell(const Cell& cell) override;
  void on_row_end(std::uint32_t row) override;
  bool wants_shared_formulas() const override { return wants_shared_formulas_; }

  // Waits until the target has seen every call made so far. Rethrows what the target threw
  // (the target stops at its first exception, as it would have on the reading thread). Call it
  // also when the reading failed, before reporting that: the target's error came first.
  void finish();

 private:
  struct Shared;
  void hand_over();
  bool wants_shared_formulas_;
  std::unique_ptr<Shared> shared_;
};

}  // namespace evalbook::xlsx
