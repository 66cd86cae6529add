#include "report/summary_consolidate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <tuple>

namespace evalbook::report {

namespace {

const SummaryForm& at(const std::vector<SummaryFile>& files, FormRef r) {
  return files[r.file].forms[r.form];
}

std::string show(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : std::string("空");
}

// The identity of a submission; empty when the form cannot be identified (no name), so it is
// never taken for a copy of another.
std::string identity(const SummaryForm& f) {
  const std::string unit = fold_key(f.unit);
  const std::string who = unit.empty() ? "部门:" + fold_key(f.department) : unit;
  switch (f.kind) {
    case FormKind::project:
      if (fold_key(f.project_name).empty()) return {};
      return "项目\x1f" + who + "\x1f" + fold_key(f.project_name) + "\x1f" + fold_key(f.year);
    case FormKind::department:
      if (unit.empty()) {
        // No unit written (003's form): the same form twice still has the same figures.
        if (!f.budget_initial && !f.executed && !f.total_reported) return {};
        return "部门\x1f" + f.template_id + "\x1f(未填单位)\x1f" + fold_key(f.year) + "\x1f" +
               show(f.budget_initial) + "\x1f" + show(f.executed) + "\x1f" + show(f.total_reported);
      }
      return "部门\x1f" + f.template_id + "\x1f" + unit + "\x1f" + fold_key(f.year);
    case FormKind::final_accounts:
      if (unit.empty()) return {};
      return "决算\x1f" + f.template_id + "\x1f" + unit + "\x1f" + fold_key(f.year);
    case FormKind::other:
      return {};
  }
  return {};
}

std::string differences(const SummaryForm& a, const SummaryForm& b) {
  std::vector<std::string> out;
  auto cmp = [&](const char* what, const std::optional<double>& x, const std::optional<double>& y) {
    const bool same = (!x && !y) || (x && y && std::fabs(*x - *y) < 1e-9);
    if (!same) out.push_back(fmt::format("{} {} ≠ {}", what, show(x), show(y)));
  };
  cmp("年初预算数", a.budget_initial, b.budget_initial);
  cmp("全年预算数", a.budget_full_year, b.budget_full_year);
  cmp("全年执行数", a.executed, b.executed);
  cmp("总分", a.total_reported, b.total_reported);
  if (a.grade_reported != b.grade_reported) {
    out.push_back(fmt::format("等级 {} ≠ {}", a.grade_reported.empty() ? "空" : a.grade_reported,
                              b.grade_reported.empty() ? "空" : b.grade_reported));
  }
  if (a.classes.size() != b.classes.size()) out.push_back("决算科目行数不同");
  std::string text;
  for (const auto& s : out) text += (text.empty() ? "" : "；") + s;
  return text;
}

}  // namespace

std::string fold_key(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    // U+3000 IDEOGRAPHIC SPACE (E3 80 80)
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  return out;
}

void take_unit_from_workbook(SummaryFile& file) {
  std::string unit;
  for (const auto& f : file.forms) {
    if (!fold_key(f.unit).empty()) {
      unit = f.unit;
      break;
    }
  }
  if (unit.empty()) return;
  for (auto& f : file.forms) {
    if (!fold_key(f.unit).empty()) continue;
    f.unit = unit;
    const std::string why = "单位取自同一工作簿的其他表";
    f.note = f.note.empty() ? why : f.note + "；" + why;
  }
}

void take_year_from_workbook(SummaryFile& file) {
  std::string year;
  for (const auto& f : file.forms) {
    if (f.year.empty()) continue;
    if (!year.empty() && f.year != year) return;  // the workbook's forms disagree: no year to take
    year = f.year;
  }
  if (year.empty()) return;
  for (auto& f : file.forms) {
    if (!f.year.empty()) continue;
    f.year = year;
    const std::string why = "年度取自同一工作簿的其他表";
    f.note = f.note.empty() ? why : f.note + "；" + why;
  }
}

void normalise_unit_names(std::vector<SummaryFile>& files) {
  // Spellings of each folded key, with how often each is written.
  std::map<std::string, std::map<std::string, int>> spellings;
  for (const auto& file : files) {
    for (const auto& f : file.forms) {
      const std::string key = fold_key(f.unit);
      if (!key.empty()) ++spellings[key][f.unit];
    }
  }
  // A key cut short merges into the one longer key it begins (6 characters at least, so that a
  // bare "晋中市" is never taken for a unit).
  constexpr std::size_t kMinPrefixBytes = 18;
  std::map<std::string, std::string> merged_into;
  for (auto it = spellings.begin(); it != spellings.end(); ++it) {
    const std::string& key = it->first;
    if (key.size() < kMinPrefixBytes) continue;
    std::vector<std::string> longer;
    for (auto next = std::next(it); next != spellings.end() && next->first.starts_with(key); ++next)
      longer.push_back(next->first);
    if (longer.size() == 1) merged_into[key] = longer.front();
  }
  auto root = [&](std::string key) {
    for (auto m = merged_into.find(key); m != merged_into.end(); m = merged_into.find(key))
      key = m->second;
    return key;
  };
  std::map<std::string, std::map<std::string, int>> by_root;
  for (const auto& [key, names] : spellings) {
    for (const auto& [name, n] : names) by_root[root(key)][name] += n;
  }
  std::map<std::string, std::string> shown;
  for (const auto& [key, names] : by_root) {
    const std::pair<const std::string, int>* best = nullptr;
    for (const auto& entry : names) {
      if (!best || entry.second > best->second ||
          (entry.second == best->second && entry.first.size() > best->first.size()))
        best = &entry;
    }
    shown[key] = best->first;
  }
  for (auto& file : files) {
    for (auto& f : file.forms) {
      const std::string key = fold_key(f.unit);
      if (key.empty()) continue;
      const std::string& name = shown[root(key)];
      if (name == f.unit) continue;
      const std::string why = "单位名称按“" + name + "”归并，表中写作“" + f.unit + "”";
      f.note = f.note.empty() ? why : f.note + "；" + why;
      f.unit = name;
    }
  }
}

bool counts_over(const std::vector<SummaryFile>& files, FormRef a, FormRef b) {
  const auto& ta = files[a.file].modified;
  const auto& tb = files[b.file].modified;
  if (ta != tb) return ta > tb;  // std::optional: nullopt is below every time
  return a < b;
}

void Consolidator::add(const std::vector<SummaryFile>& files, std::size_t i) {
  for (std::size_t j = 0; j < files[i].forms.size(); ++j) {
    const FormRef ref{i, j};
    const SummaryForm& form = files[i].forms[j];
    if (form.blank) {
      blanks_.push_back(ref);
    } else {
      forms_.emplace_back(ref, identity(form));
    }
  }
}

Consolidation Consolidator::finish(const std::vector<SummaryFile>& files) {
  Consolidation cons;
  cons.blanks = std::move(blanks_);
  // The submission that counts of each identity.
  std::map<std::string, FormRef> counted;
  for (const auto& [ref, key] : forms_) {
    if (key.empty()) continue;
    auto [it, fresh] = counted.emplace(key, ref);
    if (!fresh && counts_over(files, ref, it->second)) it->second = ref;
  }
  for (const auto& [ref, key] : forms_) {
    if (!key.empty()) {
      const FormRef kept = counted.at(key);
      if (kept != ref) {
        cons.duplicate_of[ref] = cons.duplicates.size();
        cons.duplicates.push_back({kept, ref, differences(at(files, kept), at(files, ref))});
        cons.copies[kept].push_back(ref);
        continue;
      }
    }
    switch (at(files, ref).kind) {
      case FormKind::project:
        cons.projects.push_back(ref);
        break;
      case FormKind::department:
        cons.departments.push_back(ref);
        break;
      case FormKind::final_accounts:
        cons.accounts.push_back(ref);
        break;
      case FormKind::other:
        break;
    }
  }
  forms_.clear();
  // Rows by unit (forms without a unit last), project, year, then where they were found.
  std::stable_sort(cons.projects.begin(), cons.projects.end(), [&](FormRef a, FormRef b) {
    const SummaryForm& x = at(files, a);
    const SummaryForm& y = at(files, b);
    return std::make_tuple(x.unit.empty(), std::cref(x.unit), std::cref(x.project_name),
                           std::cref(x.year),
                           a) < std::make_tuple(y.unit.empty(), std::cref(y.unit),
                                                std::cref(y.project_name), std::cref(y.year), b);
  });
  return cons;
}

}  // namespace evalbook::report
