// The money unit of each kept form, judged once every form is in (docs/FORM-VARIANTS.md,
// "Amounts in 元 beside amounts in 万元"): forms stating 元 or 亿元 were converted to 万元 when
// reduced (summary_rows.cpp); a form stating none is taken as 万元 unless its amounts are 1,000
// times those of the round's like forms, and a form stating two units is never summed.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "report/summary_context.h"

namespace evalbook::report::summary {

namespace {

// Like forms: the project forms, the department forms, each 决算 table. A form 1,000 times the
// round's usual amounts is taken for one written in 元 (10,000 times its 万元 figures); projects
// of one round rarely differ by so much, and a doubt only keeps the form's amounts out of the
// totals, with a warning saying why.
constexpr double kDoubtRatio = 1000;

// The largest amount the form holds, in the unit it was written in (or converted to 万元).
std::optional<double> magnitude(const SummaryForm& f) {
  std::optional<double> m;
  auto take = [&m](std::optional<double> v) {
    if (v && std::isfinite(*v)) m = std::max(m.value_or(0), std::fabs(*v));
  };
  take(f.budget_initial);
  take(f.budget_full_year);
  take(f.executed);
  for (const auto& cls : f.classes) {
    for (const auto& amount : cls.amounts) take(amount.second);
  }
  return m;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string amount_text(double v) { return fmt::format("{:.2f}", v); }

std::string joined(const std::vector<std::string>& units) {
  std::string out;
  for (const auto& u : units) out += (out.empty() ? "" : "、") + u;
  return out;
}

void judge_kind(Context& ctx, const std::vector<FormRef>& refs) {
  std::vector<double> stated, unstated;
  for (const FormRef r : refs) {
    const SummaryForm& f = ctx.form(r);
    const auto m = magnitude(f);
    if (!m || *m == 0) continue;
    if (!f.money_unit.empty()) {
      stated.push_back(*m);
    } else if (f.money_stated.empty()) {
      unstated.push_back(*m);
    }
  }
  // Against the forms that state their unit; without any, against the unstated ones when there
  // are enough of them for one odd form to stand out.
  std::optional<double> reference;
  std::string against;
  if (!stated.empty()) {
    reference = median(stated);
    against = fmt::format("本批 {} 张注明金额单位的同类表", stated.size());
  } else if (unstated.size() >= 3) {
    reference = median(unstated);
    against = fmt::format("本批 {} 张同类表", unstated.size());
  }
  for (const FormRef r : refs) {
    SummaryForm& f = ctx.files[r.file].forms[r.form];
    if (!f.money_unit.empty()) continue;
    // Two units stated (the money header in 万元, an indicator's label in 元) is no more telling
    // than none: the amounts against the round's say which, and without the round nothing does.
    const bool several = f.money_stated.size() > 1;
    const std::string what =
        several
            ? fmt::format("本表同时注明了{}{}金额单位", joined(f.money_stated),
                          f.money_stated.size() == 2 ? std::string("两种")
                                                     : fmt::format("{} 种", f.money_stated.size()))
            : std::string("本表未注明金额单位");
    const auto m = magnitude(f);
    if (!m) continue;  // no amount: nothing to convert or sum
    if (several && !reference) {
      f.money_doubt =
          what +
          "，本批没有可比的同类表，金额单位无法确定：金额按原样列出，未换算，未计入合计，"
          "请核对后只注明一种金额单位";
    } else if (reference && *reference > 0 && *m >= kDoubtRatio * *reference) {
      f.money_doubt = fmt::format(
          "{}，最大金额 {} 是{}中位数 {} 万元的 {:.0f} 倍，可能以元填报："
          "金额按原样列出，未换算，未计入合计，请核对后注明金额单位",
          what, amount_text(*m), against, amount_text(*reference), std::floor(*m / *reference));
    } else {
      const std::string why =
          several ? what + "，金额与本批同类表相当，按万元汇总" : what + "，按万元汇总";
      f.note = f.note.empty() ? why : f.note + "；" + why;
    }
  }
}

}  // namespace

void judge_money_units(Context& ctx) {
  judge_kind(ctx, ctx.cons.projects);
  judge_kind(ctx, ctx.cons.departments);
  // Each 决算 table against the same table of the other units: a 三公 table's 0.39 is no measure
  // of a 收入支出决算总表's 2,384.38.
  std::map<std::string, std::vector<FormRef>> tables;
  for (const FormRef r : ctx.cons.accounts) tables[ctx.form(r).template_id].push_back(r);
  for (const auto& [id, refs] : tables) judge_kind(ctx, refs);
  for (const auto* refs : {&ctx.cons.projects, &ctx.cons.departments, &ctx.cons.accounts}) {
    for (const FormRef r : *refs) {
      SummaryForm& f = ctx.files[r.file].forms[r.form];
      if (!f.money_doubt.empty())
        f.note = f.note.empty() ? f.money_doubt : f.note + "；" + f.money_doubt;
    }
  }
}

lxw_row_t write_money_unit_rows(Context& ctx, lxw_row_t row) {
  SheetWriter& w = *ctx.findings;
  for (const auto* refs : {&ctx.cons.projects, &ctx.cons.departments, &ctx.cons.accounts}) {
    for (const FormRef r : *refs) {
      const SummaryForm& f = ctx.form(r);
      if (f.money_doubt.empty() && !f.money_converted) continue;
      w.text(row, 0, ctx.file(r));
      w.text(row, 1, f.sheet);
      w.text(row, 3, f.unit);
      w.text(row, 4, f.project_name.empty() ? f.template_title : f.project_name);
      if (f.money_doubt.empty()) {
        w.text(row, 5, "summary_money_unit_converted");
        w.text(row, 6, severity_name("info"));
        w.text(row, 7,
               fmt::format("本表金额单位为{}，汇总时已换算为万元（{}）", f.money_unit,
                           f.money_unit == "元" ? "÷ 10000" : "× 10000"));
      } else {
        w.text(row, 5, "summary_money_unit_unknown");
        w.text(row, 6, severity_name("warning"));
        w.text(row, 7, f.money_doubt);
      }
      ++row;
    }
  }
  return row;
}

}  // namespace evalbook::report::summary
