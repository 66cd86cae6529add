// The forms behind a round's board: every form of the latest version of each submission, with
// the figures the board filters and sorts on.
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include "store/store.h"

namespace evalbook::store {

namespace {

std::optional<double> number_at(const Poco::Data::RecordSet& rs, std::size_t col, std::size_t row) {
  if (rs.value(col, row).isEmpty()) return std::nullopt;
  return rs.value(col, row).convert<double>();
}

}  // namespace

std::vector<RoundForm> Store::round_forms(std::int64_t round_id) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(
      "SELECT s.id, s.unit_code, s.file_name, f.sheet, f.template, f.unit, f.project, "
      "f.budget_full_year, f.executed, f.execution_rate, f.total_reported, f.total_recomputed, "
      "f.grade, f.error_count FROM forms f JOIN versions v ON v.id = f.version_id "
      "JOIN submissions s ON s.id = v.submission_id WHERE s.round_id = ? AND v.version = "
      "(SELECT MAX(w.version) FROM versions w WHERE w.submission_id = v.submission_id) "
      "ORDER BY s.unit_code, s.file_name, f.position"),
      Poco::Data::Keywords::bind(static_cast<Poco::Int64>(round_id));
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<RoundForm> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    auto text = [&](std::size_t col) { return rs.value(col, row).convert<std::string>(); };
    RoundForm r;
    r.submission_id = rs.value(0, row).convert<Poco::Int64>();
    r.unit_code = text(1);
    r.file_name = text(2);
    r.form.sheet = text(3);
    r.form.template_id = text(4);
    r.form.unit = text(5);
    r.form.project = text(6);
    r.form.budget_full_year = number_at(rs, 7, row);
    r.form.executed = number_at(rs, 8, row);
    r.form.execution_rate = number_at(rs, 9, row);
    r.form.total_reported = number_at(rs, 10, row);
    r.form.total_recomputed = number_at(rs, 11, row);
    r.form.grade = text(12);
    r.form.error_count = rs.value(13, row).convert<int>();
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace evalbook::store
