// Reducing a recomputed form to the figures of the summary workbook.
#include <fmt/format.h>

#include <cmath>
#include <string_view>

#include "recompute/context.h"
#include "report/summary_writer.h"

namespace evalbook::report {

namespace {

std::optional<double> number_at(const model::Node& node, std::string_view path) {
  const model::Scalar* s = recompute::scalar_at(node, path);
  if (!s || !s->number || !std::isfinite(*s->number)) return std::nullopt;
  return s->number;
}

// Text on one line, without the blanks around it.
std::string clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  const auto last = out.find_last_not_of(' ');
  return out.substr(first, last - first + 1);
}

std::string text_at(const model::Node& node, std::string_view path) {
  const model::Scalar* s = recompute::scalar_at(node, path);
  if (!s) return {};
  return clean(s->raw);
}

// "259-晋城市商务局" (and "259 晋城市商务局", "259－晋城市商务局") -> code "259", name
// "晋城市商务局"; a bare code ("303") or a bare name is left whole as the name.
void split_department(const std::string& text, SummaryForm& out) {
  out.department = text;
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits == text.size()) return;
  std::string_view rest = std::string_view(text).substr(digits);
  for (std::string_view sep : {"-", "－", "—", "_", " ", "　"}) {
    while (rest.starts_with(sep)) rest.remove_prefix(sep.size());
  }
  if (rest.empty()) return;
  out.department_code = text.substr(0, digits);
  out.department = std::string(rest);
}

std::string year_of(const model::Node& record) {
  if (auto y = number_at(record, "year"); y && *y == std::floor(*y) && std::fabs(*y) < 1e6) {
    return fmt::format("{}", static_cast<long>(*y));
  }
  return text_at(record, "year");
}

// 总分 and 等级 as reported, recomputed and by the rules: the members of check's `recomputed`,
// the one truth of docs/RULES-ONE-TRUTH.md.
void fill_totals(const model::Node& rec, const model::Node& re, SummaryForm& out) {
  out.total_reported = number_at(rec, "total_score");
  out.total_recomputed = number_at(re, "total_score");
  out.total_by_rules = number_at(re, "total_score_by_rules");
  out.grade_reported = text_at(rec, "grade");
  out.grade_recomputed = text_at(re, "grade");
  out.grade_by_rules = text_at(re, "grade_by_rules");
}

void fill_project(const model::Node& rec, const model::Node& re, SummaryForm& out) {
  out.budget_initial = number_at(rec, "budget_initial");
  out.budget_full_year = number_at(rec, "budget_full_year");
  out.executed = number_at(rec, "executed");
  out.rate_reported = number_at(rec, "execution_rate");
  out.rate_recomputed = number_at(re, "execution_rate");
  out.execution_score = number_at(re, "execution_score");
  out.execution_weight = number_at(rec, "execution_weight");
  out.indicator_score = number_at(re, "indicator_score_sum");
  const bool jinzhong_style =
      !rec.get("budget_full_year") && (rec.get("funds_allocated") || rec.get("budget_city"));
  if (jinzhong_style) {
    // The 晋中 form has 预算资金 (市级 + 其他) and 预算下达资金, and measures execution against
    // the latter (预算执行率 = 实际支出 ÷ 预算下达资金): 预算资金 is the year's starting budget
    // and 预算下达资金 what the year made available, like 年初预算数 and 全年预算数 elsewhere
    // (2023 变压器更换: 年初 35, 全年 0). So 执行率 = 全年执行数 ÷ 全年预算数 holds on every row.
    const auto city = number_at(rec, "budget_city");
    const auto other = number_at(rec, "budget_other");
    if (city || other) out.budget_initial = city.value_or(0) + other.value_or(0);
    out.budget_full_year = number_at(rec, "funds_allocated");
    if (!out.rate_recomputed) out.rate_recomputed = number_at(re, "budget_execution_rate");
    if (!out.execution_score) out.execution_score = number_at(re, "budget_execution_score");
    out.jinzhong_style = true;
    out.note =
        "晋中格式：年初预算数取“预算资金”（市级+其他），全年预算数取“预算下达资金”；"
        "执行率 = 实际支出 ÷ 预算下达资金";
  }
  fill_totals(rec, re, out);
  if (!out.total_recomputed && re.get("indicator_weight_sum")) {
    if (!out.note.empty()) out.note += "；";
    out.note += "分值合计不是满分，总分和等级未复核，待人工核对分值";
  }
}

void fill_department(const model::Node& rec, const model::Node& re, SummaryForm& out) {
  out.budget_initial = number_at(rec, "budget_initial");
  out.executed = number_at(rec, "executed");
  fill_totals(rec, re, out);
}

bool is_class_code(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

void fill_accounts(const model::Node& rec, const TemplateInfo* info, SummaryForm& out) {
  const model::Node* rows = rec.get("rows");
  if (!rows || rows->kind() != model::Node::Kind::array) return;
  for (const auto& row : rows->items()) {
    if (row.kind() != model::Node::Kind::object) continue;
    const std::string code = text_at(row, "code");
    if (!is_class_code(code)) continue;
    AccountClass cls;
    cls.code = code;
    cls.name = text_at(row, "name");
    if (info && !info->ledger_columns.empty()) {
      for (const auto& [field, label] : info->ledger_columns) {
        if (auto v = number_at(row, field)) cls.amounts.emplace_back(label, *v);
      }
    } else {
      for (const auto& [field, node] : row.fields()) {
        if (field == "code" || field == "name" || node.kind() != model::Node::Kind::scalar)
          continue;
        if (auto v = number_at(row, field)) cls.amounts.emplace_back(field, *v);
      }
    }
    out.classes.push_back(std::move(cls));
  }
}

// The amounts in 万元: a form stating 元 (or 亿元) is converted exactly (÷ 10000, × 10000); one
// stating none is left as written (the summary judges it against the round, summary_money.cpp).
void convert_to_wanyuan(const model::MoneyUnit& unit, SummaryForm& out) {
  out.money_unit = unit.declared;
  out.money_stated = unit.stated;
  if (unit.declared != "元" && unit.declared != "亿元") return;
  const bool yuan = unit.declared == "元";
  auto convert = [yuan](std::optional<double>& v) {
    if (v) v = yuan ? *v / 10000.0 : *v * 10000.0;
  };
  convert(out.budget_initial);
  convert(out.budget_full_year);
  convert(out.executed);
  for (auto& cls : out.classes) {
    for (auto& amount : cls.amounts) {
      std::optional<double> v = amount.second;
      convert(v);
      amount.second = *v;
    }
  }
  out.money_converted = true;
  const std::string why = fmt::format("本表金额单位为{}，已换算为万元（{}）", unit.declared,
                                      yuan ? "÷ 10000" : "× 10000");
  out.note = out.note.empty() ? why : out.note + "；" + why;
}

}  // namespace

SummaryForm summarize_form(const model::FormRecord& form, const TemplateCatalog& catalog) {
  SummaryForm out;
  out.sheet = model::form_place(form);  // stacked forms apart by their rows
  out.template_id = form.template_id;
  const TemplateInfo* info = nullptr;
  if (auto it = catalog.find(form.template_id); it != catalog.end()) info = &it->second;
  out.kind = info ? info->kind : FormKind::other;
  out.template_title = info ? info->title : form.template_id;
  const model::Node& rec = form.record;
  const model::Node& re = form.recomputed;
  out.unit = text_at(rec, "unit");
  split_department(text_at(rec, "department"), out);
  out.project_name = text_at(rec, "project_name");
  out.year = year_of(rec);
  switch (out.kind) {
    case FormKind::project:
      fill_project(rec, re, out);
      if (!out.execution_weight && info) {
        out.execution_weight =
            out.jinzhong_style ? info->budget_execution_weight : info->execution_weight;
      }
      break;
    case FormKind::department:
      fill_department(rec, re, out);
      break;
    case FormKind::final_accounts:
      fill_accounts(rec, info, out);
      break;
    case FormKind::other:
      fill_totals(rec, re, out);
      break;
  }
  convert_to_wanyuan(form.money_unit, out);
  for (const auto& f : form.findings) {
    if (f.rule == "blank_form") out.blank = true;
  }
  out.findings.reserve(form.findings.size());
  for (const auto& f : form.findings) {
    if (f.severity == "error") ++out.errors;
    if (f.severity == "warning") ++out.warnings;
    out.findings.push_back({f.rule, f.severity, f.field, f.sheet.empty() ? form.sheet : f.sheet,
                            f.cell, f.reported, f.expected, f.message});
  }
  return out;
}

}  // namespace evalbook::report
