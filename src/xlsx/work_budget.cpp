#include "xlsx/work_budget.h"

#include <fmt/format.h>

#include <limits>
#include <string>

#include "xlsx/errors.h"

namespace evalbook::xlsx {

namespace {

std::uint64_t saturating_allowance(std::uint64_t input_bytes, const Limits& limits) {
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::uint64_t factor = limits.budget_bytes_per_input_byte;
  if (factor != 0 && input_bytes > (max - limits.budget_base_bytes) / factor) return max;
  return limits.budget_base_bytes + factor * input_bytes;
}

}  // namespace

WorkBudget::WorkBudget(std::uint64_t input_bytes, const Limits& limits)
    : input_bytes_(input_bytes), allowance_(saturating_allowance(input_bytes, limits)) {}

void WorkBudget::charge(std::uint64_t bytes, std::string_view part) const {
  const std::uint64_t before = spent_.fetch_add(bytes, std::memory_order_relaxed);
  if (before + bytes <= allowance_ && before + bytes >= before) return;
  throw XlsxError(
      ErrorCode::budget_exceeded,
      fmt::format("读取工作量超出预算：文件 {} 字节，可用 {} 字节的工作量，读到 {} 时已用尽",
                  input_bytes_, allowance_, part),

      std::string(part));
}

}  // namespace evalbook::xlsx
