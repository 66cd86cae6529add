#include "template/block_alignment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace evalbook::tmpl {

namespace {

Alignment shifted(const std::vector<std::uint32_t>& value_columns,
                  const std::vector<std::pair<std::string, std::uint32_t>>& header, long shift) {
  Alignment a;
  a.shift = shift;
  for (std::uint32_t c : value_columns) {
    for (const auto& [field, column] : header) {
      if (static_cast<long>(c) - shift == static_cast<long>(column)) a.columns[field] = c;
    }
  }
  return a;
}

// The amounts a total row sums from its source rows (rates and scores do not add up).
const std::vector<std::string> kAmountFields = {"budget_declared",  "budget_initial",
                                                "budget_full_year", "funds_allocated",
                                                "executed",         "budget_balance"};

std::optional<double> get(const std::map<std::string, double>& values, const std::string& field) {
  auto it = values.find(field);
  return it == values.end() ? std::nullopt : std::optional<double>(it->second);
}

}  // namespace

std::vector<Alignment> candidate_alignments(
    const std::vector<std::uint32_t>& value_columns,
    const std::vector<std::pair<std::string, std::uint32_t>>& header,
    const std::vector<ColumnSpec>& all_columns, std::optional<long> neighbour_shift) {
  std::vector<Alignment> out;
  auto add = [&](Alignment a) {
    for (const auto& have : out) {
      if (have.columns == a.columns) return;
    }
    out.push_back(std::move(a));
  };
  if (!value_columns.empty() && value_columns.size() == header.size()) {
    Alignment a;
    a.shift = static_cast<long>(value_columns.front()) - static_cast<long>(header.front().second);
    for (std::size_t i = 0; i < value_columns.size(); ++i) {
      a.columns[header[i].first] = value_columns[i];
      // Values in order that all stand the same distance off their headers are a shift.
      long off = static_cast<long>(value_columns[i]) - static_cast<long>(header[i].second);
      a.in_order = a.in_order || off != a.shift;
    }
    add(std::move(a));
  } else if (header.size() < all_columns.size() && value_columns.size() >= all_columns.size()) {
    Alignment a;
    a.in_order = true;
    for (std::size_t i = 0; i < all_columns.size(); ++i)
      a.columns[all_columns[i].field] = value_columns[i];
    add(std::move(a));
  }
  // Else the shift that puts the most values under a header (the first of equals).
  if (out.empty()) {
    Alignment most = shifted(value_columns, header, 0);
    for (long s : {1L, -1L, 2L, -2L}) {
      Alignment a = shifted(value_columns, header, s);
      if (a.columns.size() > most.columns.size()) most = std::move(a);
    }
    add(std::move(most));
  }
  if (neighbour_shift) add(shifted(value_columns, header, *neighbour_shift));
  for (long s : {0L, 1L, -1L, 2L, -2L}) add(shifted(value_columns, header, s));
  return out;
}

Alignment under_headers(const std::vector<std::uint32_t>& value_columns,
                        const std::vector<std::pair<std::string, std::uint32_t>>& header) {
  return shifted(value_columns, header, 0);
}

IdentityCheck check_identities(const std::map<std::string, double>& values,
                               const std::map<std::string, std::pair<double, int>>* source_sums) {
  IdentityCheck out;
  auto judge = [&](bool holds, const std::string& name) {
    (holds ? out.confirmed : out.contradicted).push_back(name);
  };
  auto budget = get(values, "budget_full_year");
  auto executed = get(values, "executed");
  if (auto balance = get(values, "budget_balance"); balance && budget && executed) {
    // Amounts are written to 0.01 (or finer): the difference of two rounded figures.
    judge(std::fabs(*balance - (*budget - *executed)) <= 0.011 + 1e-9 * std::fabs(*budget),
          "结余 = 预算 − 执行");
  }
  if (auto rate = get(values, "execution_rate"); rate && budget && executed) {
    // Rates are written in whole or hundredths of a percent.
    bool holds = *budget > 0 ? std::fabs(*rate - *executed / *budget) <= 0.006
                             : std::fabs(*rate) <= 1e-9 || std::fabs(*executed) <= 1e-9;
    judge(holds, "执行率 = 执行 ÷ 预算");
  }
  if (auto score = get(values, "execution_score")) {
    if (auto weight = get(values, "execution_weight"))
      judge(*score <= *weight + 1e-9 && *score >= 0, "得分 ≤ 分值");
  }
  if (source_sums) {
    for (const auto& field : kAmountFields) {
      auto total = get(values, field);
      auto sum = source_sums->find(field);
      if (!total || sum == source_sums->end()) continue;
      // Each source figure is rounded to 0.01 at most: (n + 1) half-cents of slack.
      double slack = 0.005 * (sum->second.second + 1) + 1e-9;
      judge(std::fabs(*total - sum->second.first) <= slack, "合计 = 各来源之和");
      break;  // one amount suffices: the others move with it
    }
  }
  return out;
}

IdentityCheck check_sums(
    const std::map<std::string, double>& values,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& sums) {
  IdentityCheck out;
  for (const auto& [total_field, parts] : sums) {
    auto total = get(values, total_field);
    if (!total) continue;
    double sum = 0;
    int present = 0;
    for (const auto& part : parts) {
      if (auto v = get(values, part)) {
        sum += *v;
        ++present;
      }
    }
    if (present == 0) continue;
    // Each part is rounded to 0.01 at most: (n + 1) half-cents of slack.
    double slack = 0.005 * (static_cast<double>(parts.size()) + 1) + 1e-9;
    (std::fabs(*total - sum) <= slack ? out.confirmed : out.contradicted)
        .push_back("合计 = 各项之和");
  }
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    // One "合计 = 各项之和" for several sums.
    if (std::find(names.begin(), names.begin() + static_cast<long>(i), names[i]) !=
        names.begin() + static_cast<long>(i))
      continue;
    out += (out.empty() ? "" : "、") + names[i];
  }
  return out;
}

std::string describe_alignment(const Alignment& a) {
  if (a.in_order) return "按数值顺序对应各栏";
  if (a.shift == 0) return "按表头";
  return fmt::format("比表头{}移 {} 列", a.shift > 0 ? "右" : "左", std::labs(a.shift));
}

}  // namespace evalbook::tmpl
