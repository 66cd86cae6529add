#include "server/board_view.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "server/http_reply.h"
#include "server/submission_json.h"

namespace evalbook::server {

namespace {

const std::set<std::string> kStatuses = {"missing", "errors", "clean", "accepted", "returned"};
const std::set<std::string> kSortKeys = {"unit",        "name",   "status",
                                         "submissions", "errors", "latest_at"};

struct Row {
  const store::BoardUnit* unit = nullptr;
  std::string label, status;
  bool late = false;
  std::vector<const store::RoundForm*> forms;
};

std::string status_of_unit(const store::BoardUnit& u) {
  if (u.submissions == 0) return "missing";
  if (u.all_accepted) return "accepted";
  if (u.any_returned) return "returned";
  return u.errors > 0 ? "errors" : "clean";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

bool form_matches(const store::FormRow& f, const BoardFilter& filter) {
  return (filter.template_id.empty() || f.template_id == filter.template_id) &&
         (filter.grade.empty() || f.grade == filter.grade) &&
         (filter.project.empty() || contains(f.project, filter.project));
}

std::string number_or_null(const std::optional<double>& v) {
  if (!v) return "null";
  std::ostringstream s;
  s.precision(15);
  s << *v;
  return s.str();
}

std::string form_json(const store::RoundForm& r) {
  const auto& f = r.form;
  return "{\"submission\": " + std::to_string(r.submission_id) +
         ", \"file\": " + json_string(r.file_name) + ", \"sheet\": " + json_string(f.sheet) +
         ", \"template\": " + json_string(f.template_id) +
         ", \"project\": " + json_string(f.project) + ", \"grade\": " + json_string(f.grade) +
         ", \"errors\": " + std::to_string(f.error_count) +
         ", \"budget_full_year\": " + number_or_null(f.budget_full_year) +
         ", \"executed\": " + number_or_null(f.executed) +
         ", \"execution_rate\": " + number_or_null(f.execution_rate) +
         ", \"total_reported\": " + number_or_null(f.total_reported) +
         ", \"total_recomputed\": " + number_or_null(f.total_recomputed) + "}";
}

// The sort key's comparison of two rows; ties keep the unit code's order.
bool before(const Row& a, const Row& b, const std::string& key) {
  const auto& x = *a.unit;
  const auto& y = *b.unit;
  if (key == "name") return a.label < b.label;
  if (key == "status") return a.status < b.status;
  if (key == "submissions") return x.submissions < y.submissions;
  if (key == "errors") return x.errors < y.errors;
  if (key == "latest_at") return x.latest_at < y.latest_at;
  return x.unit_code < y.unit_code;
}

std::string string_list(const std::set<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + json_string(i);
  return "[" + out + "]";
}

}  // namespace

BoardFilter board_filter_of(const std::map<std::string, std::string>& query) {
  BoardFilter f;
  auto get = [&](const char* name) {
    auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
  };
  f.unit = get("unit");
  f.template_id = get("template");
  f.grade = get("grade");
  f.project = get("q");
  f.status = get("status");
  f.errors_only = get("errors") == "1" || get("errors") == "true";
  f.late_only = get("late") == "1" || get("late") == "true";
  if (!f.status.empty() && !kStatuses.count(f.status))
    throw HttpError(400, ErrorCode::bad_request,
                    "status 只能是 missing、errors、clean、accepted 或 returned");
  if (!get("sort").empty()) f.sort = get("sort");
  if (!kSortKeys.count(f.sort))
    throw HttpError(400, ErrorCode::bad_request,
                    "sort 只能是 unit、name、status、submissions、errors 或 latest_at");
  const std::string order = get("order");
  if (!order.empty() && order != "asc" && order != "desc")
    throw HttpError(400, ErrorCode::bad_request, "order 只能是 asc 或 desc");
  f.descending = order == "desc";
  return f;
}

std::string unit_label(const std::string& code, const std::string& name) {
  if (name.empty() || name == code) return code;
  if (name.rfind(code, 0) == 0) return name;
  return code + "-" + name;
}

std::string board_json(const store::Round& round, const std::vector<store::BoardUnit>& units,
                       const std::vector<store::RoundForm>& forms, const BoardFilter& filter) {
  std::map<std::string, int> counts;
  for (const auto& s : kStatuses) counts[s] = 0;
  std::map<std::string, std::vector<const store::RoundForm*>> forms_of;
  std::set<std::string> templates, grades;
  for (const auto& f : forms) {
    forms_of[f.unit_code].push_back(&f);
    if (!f.form.template_id.empty()) templates.insert(f.form.template_id);
    if (!f.form.grade.empty()) grades.insert(f.form.grade);
  }
  const bool by_form =
      !filter.template_id.empty() || !filter.grade.empty() || !filter.project.empty();
  std::vector<Row> rows;
  for (const auto& u : units) {
    Row row{&u, unit_label(u.unit_code, u.unit_name), status_of_unit(u), false, {}};
    ++counts[row.status];
    if (!round.deadline.empty() && u.submissions > 0) {
      // After the end of the deadline's day (UTC+8, the offices' time).
      row.late = iso_time(u.latest_at + 8 * 3600).substr(0, 10) > round.deadline;
    }
    for (const auto* f : forms_of[u.unit_code])
      if (form_matches(f->form, filter)) row.forms.push_back(f);
    if (by_form && row.forms.empty()) continue;
    if (!filter.unit.empty() && u.unit_code != filter.unit && !contains(row.label, filter.unit))
      continue;
    if (!filter.status.empty() && row.status != filter.status) continue;
    if (filter.errors_only && u.errors == 0) continue;
    if (filter.late_only && !row.late) continue;
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    return filter.descending ? before(b, a, filter.sort) : before(a, b, filter.sort);
  });
  std::string list;
  for (const auto& row : rows) {
    const auto& u = *row.unit;
    std::string form_list;
    for (const auto* f : row.forms) form_list += (form_list.empty() ? "" : ", ") + form_json(*f);
    if (!list.empty()) list += ",\n";
    list += "{\"unit\": " + json_string(u.unit_code) + ", \"name\": " + json_string(u.unit_name) +
            ", \"label\": " + json_string(row.label) + ", \"status\": " + json_string(row.status) +
            ", \"submissions\": " + std::to_string(u.submissions) +
            ", \"errors\": " + std::to_string(u.errors) + ", \"latest\": " +
            (u.latest_submission ? std::to_string(u.latest_submission) : std::string("null")) +
            ", \"latest_at\": " + (u.latest_at ? json_string(iso_time(u.latest_at)) : "null") +
            ", \"late\": " + (row.late ? "true" : "false") + ", \"forms\": [" + form_list + "]}";
  }
  std::string c;
  for (const auto& [k, n] : counts)
    c += (c.empty() ? "" : ", ") + json_string(k) + ": " + std::to_string(n);
  return "{\"round\": {\"id\": " + std::to_string(round.id) +
         ", \"name\": " + json_string(round.name) + ", \"year\": " + std::to_string(round.year) +
         ", \"deadline\": " + json_string(round.deadline) + "}, \"counts\": {" + c +
         "}, \"expected\": " + std::to_string(units.size()) +
         ", \"shown\": " + std::to_string(rows.size()) +
         ", \"templates\": " + string_list(templates) + ", \"grades\": " + string_list(grades) +
         ", \"units\": [" + list + "]}";
}

}  // namespace evalbook::server
