#include "report/summary_finding_spool.h"

#include <fmt/format.h>

#include <cstdint>
#include <stdexcept>

namespace evalbook::report {

namespace {

std::size_t rank_of(const std::string& severity) {
  if (severity == "error") return 0;
  if (severity == "warning") return 1;
  return 2;
}

[[noreturn]] void spool_failed(const char* what) {
  throw std::runtime_error(fmt::format("问题清单的临时文件{}失败", what));
}

void put(std::FILE* f, std::uint64_t n) {
  if (std::fwrite(&n, sizeof n, 1, f) != 1) spool_failed("写入");
}

void put(std::FILE* f, const std::string& s) {
  put(f, static_cast<std::uint64_t>(s.size()));
  if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f) != s.size()) spool_failed("写入");
}

// False at the end of the file.
bool get(std::FILE* f, std::uint64_t& n) {
  if (std::fread(&n, sizeof n, 1, f) == 1) return true;
  if (std::ferror(f)) spool_failed("读取");
  return false;
}

void get(std::FILE* f, std::string& s) {
  std::uint64_t n = 0;
  if (!get(f, n)) spool_failed("读取");
  s.resize(n);
  if (n > 0 && std::fread(s.data(), 1, n, f) != n) spool_failed("读取");
}

}  // namespace

FindingSpool::FindingSpool()
    : files_{File(std::tmpfile(), &std::fclose), File(std::tmpfile(), &std::fclose),
             File(std::tmpfile(), &std::fclose)} {
  for (const auto& f : files_) {
    if (!f) spool_failed("创建");
  }
}

void FindingSpool::add(FormRef ref, const SummaryFinding& x) {
  std::FILE* f = files_[rank_of(x.severity)].get();
  put(f, static_cast<std::uint64_t>(ref.file));
  put(f, static_cast<std::uint64_t>(ref.form));
  put(f, x.sheet);
  put(f, x.cell);
  put(f, x.rule);
  put(f, x.severity);
  put(f, x.message);
}

void FindingSpool::for_each(const std::function<void(FormRef, const SummaryFinding&)>& each) {
  SummaryFinding x;
  for (const auto& file : files_) {
    std::FILE* f = file.get();
    if (std::fflush(f) != 0 || std::fseek(f, 0, SEEK_SET) != 0) spool_failed("读取");
    std::uint64_t i = 0;
    while (get(f, i)) {
      std::uint64_t j = 0;
      if (!get(f, j)) spool_failed("读取");
      get(f, x.sheet);
      get(f, x.cell);
      get(f, x.rule);
      get(f, x.severity);
      get(f, x.message);
      each(FormRef{static_cast<std::size_t>(i), static_cast<std::size_t>(j)}, x);
    }
  }
}

}  // namespace evalbook::report
