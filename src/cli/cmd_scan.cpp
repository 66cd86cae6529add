// evalbook scan INPUT...: developer command, the benchmark's task (a) "read every cell value".
// Opens each workbook, streams every sheet and prints one tally line in the format the peer
// benchmarks print (shared/bench: py/openpyxl_bench.py show()), so the figures can be compared:
//   cells=%d nums=%d sum=%.4f strs=%d other=%d
// cells counts non-empty values (a formula counts once, by its cached value), nums the numbers
// (summed in document order, files in name order), strs the text cells, other booleans and errors.
// INPUT is a .xlsx file or a folder whose *.xlsx files are read in byte order of their names.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "cli/arg_hints.h"
#include "cli/cli_common.h"
#include "xlsx/errors.h"
#include "xlsx/part_cache.h"
#include "xlsx/workbook.h"

namespace evalbook::cli {

namespace {

struct Tally {
  std::uint64_t cells = 0;
  std::uint64_t nums = 0;
  std::uint64_t strs = 0;
  std::uint64_t other = 0;

  void merge(const Tally& t) {
    cells += t.cells;
    nums += t.nums;
    strs += t.strs;
    other += t.other;
  }
};

class TallyVisitor : public xlsx::CellVisitor {
 public:
  // The sum runs on across files, in the same order as the peers add, so the printed figure is
  // bit-identical to theirs rather than merely close.
  TallyVisitor(Tally& tally, double& sum) : tally_(tally), sum_(sum) {}

  void on_cell(const xlsx::Cell& cell) override {
    switch (cell.type) {
      case xlsx::CellType::empty:
        return;
      case xlsx::CellType::number:
        ++tally_.nums;
        sum_ += cell.number;
        break;
      case xlsx::CellType::text:
        ++tally_.strs;
        break;
      case xlsx::CellType::boolean:
      case xlsx::CellType::error:
        ++tally_.other;
        break;
    }
    ++tally_.cells;
  }

 private:
  Tally& tally_;
  double& sum_;
};

// A folder's *.xlsx files sorted by name (byte order, as Python's sorted() and JS sort() give
// for UTF-8 names); anything else is taken as a file.
std::vector<std::string> expand(const std::string& input) {
  std::error_code ec;
  if (!std::filesystem::is_directory(input, ec)) return {input};
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(input)) {
    std::string name = entry.path().filename().string();
    if (name.size() >= 5 && name.compare(name.size() - 5, 5, ".xlsx") == 0) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> files;
  files.reserve(names.size());
  std::string base = input;
  if (!base.empty() && base.back() != '/') base.push_back('/');
  for (const auto& name : names) files.push_back(base + name);
  return files;
}

}  // namespace

int run_scan(const Args& args) {
  std::vector<std::string> inputs;
  for (const auto& arg : args) {
    if (!arg.empty() && arg[0] == '-') {
      report_unknown_option("scan", arg, {});
      return kExitUnreadable;
    }
    inputs.push_back(arg);
  }
  if (inputs.empty()) {
    report_error("scan", "bad_argument", "请给出 .xlsx 文件或文件夹");
    return kExitUnreadable;
  }
  std::vector<std::string> files;
  for (const auto& input : inputs) {
    int rc = guarded(input, [&] {
      auto found = expand(input);
      if (found.empty()) {
        throw xlsx::XlsxError(xlsx::ErrorCode::bad_argument, "文件夹中没有 .xlsx 文件");
      }
      for (auto& f : found) files.push_back(std::move(f));
      return kExitOk;
    });
    if (rc != kExitOk) return rc;
  }

  Tally total;
  double sum = 0;
  int status = kExitOk;
  xlsx::PartCaches caches;  // this run's: copies of one template share their styles and rels
  for (const auto& file : files) {
    // A file that fails midway adds nothing: its counts and its share of the sum are dropped.
    Tally one;
    double file_sum = sum;
    int rc = guarded(file, [&] {
      auto workbook = xlsx::Workbook::open_file(file, xlsx::default_limits(), &caches);
      TallyVisitor visitor(one, file_sum);
      for (std::size_t i = 0; i < workbook->sheets().size(); ++i) workbook->read_sheet(i, visitor);
      return kExitOk;
    });
    if (rc == kExitOk) {
      total.merge(one);
      sum = file_sum;
    }
    status = std::max(status, rc);
  }
  std::printf("cells=%llu nums=%llu sum=%.4f strs=%llu other=%llu\n",
              static_cast<unsigned long long>(total.cells),
              static_cast<unsigned long long>(total.nums), sum,
              static_cast<unsigned long long>(total.strs),
              static_cast<unsigned long long>(total.other));
  return status;
}

}  // namespace evalbook::cli
