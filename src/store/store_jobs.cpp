// Background jobs (a round's consolidation): a row whose progress every server can read, and
// the finished workbook kept with it so that any server can hand it out.
#include <Poco/Data/LOB.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <ctime>

#include "store/store.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

Poco::Int64 unix_now() { return static_cast<Poco::Int64>(std::time(nullptr)); }

}  // namespace

std::int64_t Store::add_job(std::int64_t round_id, const std::string& kind, std::int64_t created_by,
                            int total) {
  std::int64_t id = 0;
  db_.write([&](Poco::Data::Session& s) {
    const Poco::Int64 at = unix_now();
    Poco::Data::Statement st(s);
    st << db_.sql(
        "INSERT INTO jobs (round_id, kind, status, done, total, error_message, created_by, "
        "created_at, updated_at) VALUES (?, ?, 'running', 0, ?, '', ?, ?, ?) RETURNING id"),
        bind(static_cast<Poco::Int64>(round_id)), bind(kind), bind(total),
        bind(static_cast<Poco::Int64>(created_by)), bind(at), bind(at);
    st.execute();
    Poco::Data::RecordSet rs(st);
    id = rs.value(0, 0).convert<Poco::Int64>();
  });
  return id;
}

void Store::job_progress(std::int64_t id, int done) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql("UPDATE jobs SET done = ?, updated_at = ? WHERE id = ?"), bind(done),
        bind(unix_now()), bind(static_cast<Poco::Int64>(id)), now;
  });
}

void Store::finish_job(std::int64_t id, const std::string& result) {
  db_.write([&](Poco::Data::Session& s) {
    Poco::Data::BLOB content(reinterpret_cast<const unsigned char*>(result.data()), result.size());
    s << db_.sql(
        "UPDATE jobs SET status = 'done', done = total, result = ?, updated_at = ? WHERE id = ?"),
        bind(content), bind(unix_now()), bind(static_cast<Poco::Int64>(id)), now;
  });
}

void Store::fail_job(std::int64_t id, const std::string& message) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql(
        "UPDATE jobs SET status = 'failed', error_message = ?, updated_at = ? WHERE id = ?"),
        bind(message), bind(unix_now()), bind(static_cast<Poco::Int64>(id)), now;
  });
}

std::optional<Job> Store::job(std::int64_t id) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(
      "SELECT id, round_id, kind, status, done, total, error_message, created_by, updated_at "
      "FROM jobs WHERE id = ?"),
      bind(static_cast<Poco::Int64>(id));
  st.execute();
  Poco::Data::RecordSet rs(st);
  if (rs.rowCount() == 0) return std::nullopt;
  Job j;
  j.id = rs.value(0, 0).convert<Poco::Int64>();
  j.round_id = rs.value(1, 0).convert<Poco::Int64>();
  j.kind = rs.value(2, 0).convert<std::string>();
  j.status = rs.value(3, 0).convert<std::string>();
  j.done = rs.value(4, 0).convert<int>();
  j.total = rs.value(5, 0).convert<int>();
  j.error_message = rs.value(6, 0).convert<std::string>();
  j.created_by = rs.value(7, 0).convert<Poco::Int64>();
  j.updated_at = rs.value(8, 0).convert<Poco::Int64>();
  return j;
}

std::optional<std::string> Store::job_result(std::int64_t id) {
  auto s = db_.session();
  std::vector<Poco::Data::BLOB> found;
  s << db_.sql("SELECT result FROM jobs WHERE id = ? AND status = 'done'"),
      bind(static_cast<Poco::Int64>(id)), into(found), now;
  if (found.empty()) return std::nullopt;
  const auto& b = found.front();
  return std::string(reinterpret_cast<const char*>(b.rawContent()), b.size());
}

}  // namespace evalbook::store
