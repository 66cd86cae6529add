#include "recompute/department.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <vector>

#include "recompute/formula_eval.h"
#include "recompute/rounding.h"
#include "template/normalize.h"

namespace evalbook::recompute {

namespace {

std::string f2(double x) { return format_fixed(x, 2); }

std::size_t count_of(const Context& ctx, const std::string& name) {
  const model::Node* node = ctx.record().get(name);
  return node && node->kind() == model::Node::Kind::array ? node->items().size() : 0;
}

// ---------------------------------------------------------------------------------------------
// 年末结余金额 = 上年结转 + 年初预算 + 预算调整 + 其他调整 − 预算执行金额 (RULES §3, H).

void check_header_balance(Context& ctx) {
  auto executed = ctx.required("executed", "预算执行金额");
  ctx.optional_input("carryover", "上年结转");
  ctx.optional_input("budget_initial", "年初预算");
  ctx.optional_input("budget_adjustment", "预算调整");
  ctx.optional_input("other_adjustment", "其他调整");
  ctx.derive("year_end_balance", "年末结余金额",
             {"executed", "carryover", "budget_initial", "budget_adjustment", "other_adjustment"});
  auto balance = ctx.number("year_end_balance");
  if (!balance || !executed) return;
  struct Term {
    const char* field;
    int sign;
  };
  static const Term kTerms[] = {{"carryover", 1},
                                {"budget_initial", 1},
                                {"budget_adjustment", 1},
                                {"other_adjustment", 1},
                                {"executed", -1}};
  double sum = 0;
  std::string terms;
  for (const auto& t : kTerms) {
    double v = ctx.number(t.field).value_or(0);
    sum += t.sign * v;
    double shown_value = t.sign * v;
    std::string text = ctx.text(t.field);
    if (text.empty()) text = f2(v);
    if (!text.empty() && text[0] == '-') text.erase(0, 1);
    if (terms.empty())
      terms = shown_value < 0 ? "−" + text : text;
    else
      terms += (shown_value < 0 ? " − " : " + ") + text;
  }
  ctx.set_recomputed("year_end_balance", round_half_up(sum, ctx.params().decimals));
  ctx.expect("header_balance", "year_end_balance", sum,
             fmt::format("年末结余金额 = 上年结转 + 年初预算 + 预算调整 + 其他调整 − 预算执行金额 "
                         "= {} = {}，填报为 {}",
                         terms, f2(sum), ctx.text("year_end_balance")));
}

// ---------------------------------------------------------------------------------------------
// 计算方式 texts: "expression=result" recomputed at the precision the result was written with.

void check_formula(Context& ctx, std::size_t i) {
  std::string field = fmt::format("items[{}].formula", i);
  std::string text = ctx.text(field);
  if (text.find('=') == std::string::npos && text.find("＝") == std::string::npos) return;
  std::string name = ctx.text(fmt::format("items[{}].level2", i));
  for (const ArithmeticClaim& c : find_arithmetic_claims(text)) {
    double scaled = c.percent ? c.value * 100 : c.value;
    double alternative = c.percent ? c.value : c.value * 100;  // "×100" written or left out
    if (same_at_precision(c.stated, scaled, c.decimals) ||
        same_at_precision(c.stated, alternative, c.decimals))
      continue;
    double unit = std::pow(10.0, -c.decimals);
    bool rounding_only = std::fabs(c.stated - scaled) < unit - 1e-12;
    std::string suffix = c.percent ? "%" : "";
    std::string expected = format_fixed(scaled, c.decimals) + suffix;
    std::string precision = c.decimals == 0 ? "整数" : fmt::format("{} 位小数", c.decimals);
    std::string message = fmt::format("“{}”计算方式：{} = {}{}，按所写精度（{}）应为 {}，填写为 {}",
                                      name, display_expression(c.expression),
                                      format_fixed(scaled, std::max(c.decimals + 2, 2)), suffix,
                                      precision, expected, c.result_text);
    if (rounding_only) message += "（差在末位，属舍入方向或截断之误）";
    // A difference in the last written digit is a rounding note, within the form's precision.
    ctx.report_at("formula_arithmetic", rounding_only ? "info" : "error", field, field,
                  c.result_text, expected, message);
  }
}

// ---------------------------------------------------------------------------------------------
// Scores quoted in the analysis text ("过程得分30.2分", "总得分85.8分") against the table.

bool starts_at(const std::string& s, std::size_t pos, std::string_view word) {
  return s.compare(pos, word.size(), word) == 0;
}

// Start of the clause that ends at `pos`: after the last punctuation or tag before it, at most
// kClauseBytes back (on a character boundary).
constexpr std::size_t kClauseBytes = 60;

std::size_t clause_start(const std::string& s, std::size_t pos) {
  std::size_t lower = pos > kClauseBytes ? pos - kClauseBytes : 0;
  while (lower < pos && (static_cast<unsigned char>(s[lower]) & 0xC0) == 0x80) ++lower;
  std::string_view window = std::string_view(s).substr(lower, pos - lower);
  static const char* const kDelims[] = {"，", ",",  "。", "；", ";", "、",
                                        "！", "？", ">",  "\n", "分"};
  std::size_t best = 0;
  for (const char* d : kDelims) {
    std::string_view w(d);
    std::size_t at = window.rfind(w);
    if (at != std::string_view::npos && at + w.size() > best) best = at + w.size();
  }
  return lower + best;
}

void check_narrative(Context& ctx) {
  const std::string text = ctx.text("analysis");
  if (text.empty()) return;
  static const char* const kSections[] = {"投入", "过程", "产出", "效果"};
  std::size_t at_score = text.find("得分");
  std::size_t at_total = text.find("总分");
  for (std::size_t p = 0; p < text.size();) {
    if (at_score != std::string::npos && at_score < p) at_score = text.find("得分", p);
    if (at_total != std::string::npos && at_total < p) at_total = text.find("总分", p);
    std::size_t at = std::min(at_score, at_total);
    if (at == std::string::npos) break;
    bool total_word = at == at_total && at != at_score;
    std::string_view keyword = total_word ? "总分" : "得分";
    p = at + keyword.size();
    // The number after it: "得分30.2分", "得分为30.2分", "得分：30.2分".
    std::size_t j = p;
    for (bool moved = true; moved;) {
      moved = false;
      for (std::string_view filler : {"为", "：", ":", " ", "是"}) {
        if (starts_at(text, j, filler)) {
          j += filler.size();
          moved = true;
        }
      }
    }
    std::size_t num_start = j;
    while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.')) ++j;
    if (j == num_start || !starts_at(text, j, "分")) continue;
    std::string number = text.substr(num_start, j - num_start);
    // What it is the score of.
    std::string clause = text.substr(clause_start(text, at), at - clause_start(text, at));
    std::string field;
    std::string label;
    if (total_word || clause.ends_with("总") || clause.ends_with("综合")) {
      field = "total_score";
      label = "综合得分";
    } else {
      std::size_t last = std::string::npos;
      for (const char* sec : kSections) {
        std::size_t k = clause.rfind(sec);
        if (k != std::string::npos && (last == std::string::npos || k > last)) {
          last = k;
          field = std::string("sections.") + sec;
          label = std::string(sec) + "得分";
        }
      }
    }
    if (field.empty()) continue;
    auto table = ctx.number(field);
    if (!table) continue;
    double stated = std::strtod(number.c_str(), nullptr);
    if (same_at_precision(stated, *table, decimals_of(number))) continue;
    std::string quoted = text.substr(clause_start(text, at),
                                     j + std::string_view("分").size() - clause_start(text, at));
    ctx.report_at(
        "narrative_score", "error", "analysis", "analysis", number, ctx.text(field),
        fmt::format("分析说明写“{}”，与评分表不符：评分表{}为 {}", quoted, label, ctx.text(field)));
  }
}

// ---------------------------------------------------------------------------------------------
// One note per form: the points of the 预算配置/预算执行 items follow a regional scoring table.

void note_unverifiable(Context& ctx, const ScoreTableLayout& layout) {
  if (layout.unverifiable_groups.empty()) return;
  std::string first;
  std::string listed;
  for (std::size_t i = 0, n = count_of(ctx, "items"); i < n; ++i) {
    std::string prefix = fmt::format("items[{}].", i);
    std::string group = tmpl::normalize_label(ctx.text(prefix + "level1"));
    if (std::find(layout.unverifiable_groups.begin(), layout.unverifiable_groups.end(), group) ==
        layout.unverifiable_groups.end())
      continue;
    if (!ctx.number(prefix + "score")) continue;
    if (first.empty()) first = prefix + "score";
    listed += (listed.empty() ? "" : "、") + fmt::format("{} {}/{}", ctx.text(prefix + "level2"),
                                                         ctx.text(prefix + "score"),
                                                         ctx.text(prefix + "weight"));
  }
  if (first.empty()) return;
  std::string groups;
  for (const auto& g : layout.unverifiable_groups) groups += (groups.empty() ? "" : "、") + g;
  ctx.report(
      "item_score_unverifiable", "info", first, "",
      fmt::format("{}各项的得分须依据本地区的评分标准（扣分规则），未配置评分标准，无法复核：{}"
                  "。只复核了计算方式中的"
                  "算式和各项得分的合计",
                  groups, listed));
}

// ---------------------------------------------------------------------------------------------
// 目标表: 金额合计 = Σ tasks, for 总额, 财政拨款 and 其他资金.

void check_tasks(Context& ctx) {
  std::size_t n = count_of(ctx, "tasks");
  if (n == 0) return;
  for (const char* column : {"amount", "fiscal", "other"}) {
    std::string total_field = std::string("tasks_total.") + column;
    auto total = ctx.number(total_field);
    if (!total) continue;
    // A task amount written as no number: the 合计 cannot be checked without it.
    std::vector<std::string> parts_fields;
    for (std::size_t i = 0; i < n; ++i) {
      std::string field = fmt::format("tasks[{}].{}", i, column);
      ctx.optional_input(field,
                         fmt::format("任务“{}”的金额", ctx.text(fmt::format("tasks[{}].name", i))));
      parts_fields.push_back(field);
    }
    if (!ctx.derive(total_field, "金额合计", parts_fields)) continue;
    double sum = 0;
    int parts = 0;
    int decimals = ctx.written_decimals(total_field, 0);
    std::string terms;
    for (std::size_t i = 0; i < n; ++i) {
      std::string field = fmt::format("tasks[{}].{}", i, column);
      auto v = ctx.number(field);
      if (!v) continue;
      sum += *v;
      ++parts;
      decimals = std::max(decimals, ctx.written_decimals(field, 0));
      terms += (terms.empty() ? "" : " + ") + ctx.text(field);
    }
    if (parts == 0) continue;
    ctx.set_recomputed(total_field, round_half_up(sum, std::max(decimals, 2)));
    int written = ctx.written_decimals(total_field, 0);
    if (same_at_precision(*total, sum, written)) continue;
    double envelope = (parts + 1) * 0.5 * std::pow(10.0, -decimals);
    bool tail = std::fabs(*total - sum) <= envelope + 1e-9;
    static const std::map<std::string, std::string> kNames = {
        {"amount", "总额"}, {"fiscal", "财政拨款"}, {"other", "其他资金"}};
    ctx.report("tasks_sum", tail ? "info" : "error", total_field,
               format_fixed(sum, std::max(decimals, 2)),
               fmt::format("金额合计（{}）= 各项任务之和 = {} = {}，填报为 {}{}", kNames.at(column),
                           terms, format_fixed(sum, std::max(decimals, 2)), ctx.text(total_field),
                           tail ? "（差额在尾差范围内）" : ""));
  }
}

}  // namespace

void recompute_department(Context& ctx, const ScoreTableLayout& layout) {
  if (ctx.form().template_id == "department-target-2021") {
    check_tasks(ctx);
    return;
  }
  check_header_balance(ctx);
  for (std::size_t i = 0, n = count_of(ctx, "items"); i < n; ++i) check_formula(ctx, i);
  check_score_table(ctx, layout);
  check_narrative(ctx);
  note_unverifiable(ctx, layout);
}

void recompute_department(Context& ctx) { recompute_department(ctx, ctx.params().score_table); }

}  // namespace evalbook::recompute
