// evalbook_bench: the benchmark's task (b) "read, change cells, write back", done the way the peer
// benchmarks do it (shared/bench: py/openpyxl_bench.py rmw, node/sheetjs_bench.js rmw), with the
// package layer's Patcher, which keeps everything else in the workbook byte for byte.
//
//   evalbook_bench rmw INPUT OUTDIR [--jobs N] [--timing]
//
// INPUT is a folder of .xlsx (W1, read in name order) or one .xlsx (W2); each output goes to
// OUTDIR under the input's name.
//   W1 (more than one file): per form read B3 (text) and E7 (number) of the first sheet, then
//       B3 := B3 + "（已修订）", E7 := E7 + 1, F20 := 0.95.
//   W2 (one file): read the sheet (its last row), then every row r (0-based data row, sheet row
//       r + 2) with r % 5 == 0 gets column (r / 5) % 20 := r + 0.5 (w2data modify_w2).
// --jobs N spreads the files over N threads (file i to thread i % N); W2 is one file, one thread.
// --timing prints the time spent reading and patching on stderr before the result line.
// Every output is durable before the result line: W1's outputs are committed in batches
// (xlsx::CommitBatch: one sync of the file system for the data, renames, one sync of the
// folder), W2's one output with its own fsync and its folder's.
// Prints "files=N changed=M" as the peers do; exit 0, or 2 when a file could not be done.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "xlsx/errors.h"
#include "xlsx/output_file.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace {

namespace x = evalbook::xlsx;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kW2Columns = 20;

// Like the peers' inputs(): a folder's *.xlsx in name order, or the one file given.
std::vector<std::string> inputs(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(path)) {
    std::string name = entry.path().filename().string();
    if (name.size() >= 5 && name.compare(name.size() - 5, 5, ".xlsx") == 0) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> files;
  for (const auto& name : names) files.push_back((fs::path(path) / name).string());
  return files;
}

// Picks B3 and E7 out of the first sheet as it streams by.
class FormCells : public x::CellVisitor {
 public:
  void on_cell(const x::Cell& cell) override {
    if (cell.ref.row == 3 && cell.ref.column == 2 && cell.type == x::CellType::text) {
      b3 = std::string(cell.text);
    } else if (cell.ref.row == 7 && cell.ref.column == 5 && cell.type == x::CellType::number) {
      e7 = cell.number;
    }
  }
  std::optional<std::string> b3;
  std::optional<double> e7;
};

class NoCells : public x::CellVisitor {
 public:
  void on_cell(const x::Cell&) override {}
};

struct Work {
  std::uint64_t changed = 0;
  double read_s = 0;   // opening and streaming the sheet (the "read" of read-modify-write)
  double write_s = 0;  // queueing the changes and writing the patched copy
};

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Each output is synced before its rename and its folder after it, batch by batch (each thread
// commits its own batches), all before the result line reports them written.
void rmw_form(const std::string& in, const std::string& out, x::CommitBatch& batch, Work& w) {
  auto t0 = Clock::now();
  x::Patcher patcher(in);
  FormCells cells;
  patcher.workbook().read_sheet(0, cells);
  if (!cells.b3 || !cells.e7) {
    throw x::XlsxError(x::ErrorCode::bad_argument,
                       "B3 is not text or E7 is not a number in the first sheet");
  }
  auto t1 = Clock::now();
  w.read_s += std::chrono::duration<double>(t1 - t0).count();
  patcher.set_cell(0, {3, 2}, x::CellValue::of_text(*cells.b3 + "（已修订）"));
  patcher.set_cell(0, {7, 5}, x::CellValue::of_number(*cells.e7 + 1));
  patcher.set_cell(0, {20, 6}, x::CellValue::of_number(0.95));
  patcher.write(out, x::Durability{.batch = &batch});
  w.write_s += seconds_since(t1);
  w.changed += 3;
}

void rmw_consolidated(const std::string& in, const std::string& out, Work& w) {
  auto t0 = Clock::now();
  x::Patcher patcher(in);
  NoCells none;
  x::SheetSummary summary = patcher.workbook().read_sheet(0, none);
  auto t1 = Clock::now();
  w.read_s += std::chrono::duration<double>(t1 - t0).count();
  // openpyxl: range(ws.max_row - 1); SheetJS: r < decoded !ref e.r (0-based last row).
  for (std::uint32_t r = 0; r + 1 < summary.max_row; ++r) {
    if (r % 5 != 0) continue;
    std::uint32_t column = (r / 5) % kW2Columns;
    patcher.set_cell(0, {r + 2, column + 1}, x::CellValue::of_number(r + 0.5));
    ++w.changed;
  }
  patcher.write(out);
  w.write_s += seconds_since(t1);
}

int usage() {
  std::fputs("usage: evalbook_bench rmw INPUT OUTDIR [--jobs N] [--timing]\n", stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::vector<std::string> positional;
  unsigned jobs = 1;
  bool timing = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--jobs" && i + 1 < args.size()) {
      jobs = static_cast<unsigned>(std::max(1L, std::strtol(args[++i].c_str(), nullptr, 10)));
    } else if (args[i] == "--timing") {
      timing = true;
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage();
    } else {
      positional.push_back(args[i]);
    }
  }
  if (positional.size() != 3 || positional[0] != "rmw") return usage();
  const std::string& input = positional[1];
  const std::string& outdir = positional[2];

  std::vector<std::string> files;
  try {
    files = inputs(input);
    fs::create_directories(outdir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "evalbook_bench: %s: %s\n", input.c_str(), e.what());
    return 2;
  }
  const bool forms = files.size() > 1;  // the peers' rule: several files = W1
  jobs = std::min<unsigned>(jobs, std::max<std::size_t>(files.size(), 1));

  std::vector<Work> work(jobs);
  std::atomic<bool> failed{false};
  std::mutex err_mutex;
  auto run = [&](unsigned t) {
    x::CommitBatch batch;
    for (std::size_t i = t; i < files.size(); i += jobs) {
      const std::string& in = files[i];
      std::string out = (fs::path(outdir) / fs::path(in).filename()).string();
      try {
        if (forms) {
          rmw_form(in, out, batch, work[t]);
        } else {
          rmw_consolidated(in, out, work[t]);
        }
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(err_mutex);
        std::fprintf(stderr, "evalbook_bench: %s: %s\n", in.c_str(), e.what());
        failed = true;
      }
    }
    try {
      const auto t0 = Clock::now();
      batch.commit();
      work[t].write_s += seconds_since(t0);
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(err_mutex);
      std::fprintf(stderr, "evalbook_bench: %s: %s\n", outdir.c_str(), e.what());
      failed = true;
    }
  };
  if (jobs == 1) {
    run(0);
  } else {
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(run, t);
    for (auto& th : threads) th.join();
  }

  Work total;
  for (const auto& w : work) {
    total.changed += w.changed;
    total.read_s += w.read_s;
    total.write_s += w.write_s;
  }
  if (timing) {
    std::fprintf(stderr, "t_read=%.3f t_patch_write=%.3f (summed over %u thread%s)\n", total.read_s,
                 total.write_s, jobs, jobs == 1 ? "" : "s");
    std::fflush(stderr);
  }
  std::printf("files=%zu changed=%llu\n", files.size(),
              static_cast<unsigned long long>(total.changed));
  return failed ? 2 : 0;
}
