// Background jobs (a round's consolidation): a row whose progress every server can read, and
// the finished workbook kept with it so that any server can hand it out. A running job is
// leased by the server running it; once the lease runs out (the server died) another claims
// it, and a claim is one conditional UPDATE, so only one server runs a job at a time.
#include <Poco/Data/LOB.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <ctime>
#include <functional>

#include "store/store.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

Poco::Int64 unix_now() { return static_cast<Poco::Int64>(std::time(nullptr)); }

Poco::Int64 lease_end(const JobLease& lease) {
  return unix_now() + static_cast<Poco::Int64>(lease.seconds);
}

constexpr const char* kJobColumns =
    "SELECT id, round_id, kind, status, done, total, error_message, created_by, updated_at, "
    "owner, lease_until, attempts FROM jobs ";

Job job_of(Poco::Data::RecordSet& rs, std::size_t row) {
  Job j;
  j.id = rs.value(0, row).convert<Poco::Int64>();
  j.round_id = rs.value(1, row).convert<Poco::Int64>();
  j.kind = rs.value(2, row).convert<std::string>();
  j.status = rs.value(3, row).convert<std::string>();
  j.done = rs.value(4, row).convert<int>();
  j.total = rs.value(5, row).convert<int>();
  j.error_message = rs.value(6, row).convert<std::string>();
  j.created_by = rs.value(7, row).convert<Poco::Int64>();
  j.updated_at = rs.value(8, row).convert<Poco::Int64>();
  j.owner = rs.value(9, row).convert<std::string>();
  j.lease_until = rs.value(10, row).convert<Poco::Int64>();
  j.attempts = rs.value(11, row).convert<int>();
  return j;
}

// Runs an UPDATE ... RETURNING id; true when it changed a row.
bool updated(Poco::Data::Statement& st) {
  st.execute();
  Poco::Data::RecordSet rs(st);
  return rs.rowCount() > 0;
}

// "UPDATE jobs SET <assignments>" while the job is running under `owner` (bind_values binds the
// assignments' values); false when another server has claimed it or it has ended.
bool update_owned_job(Database& db, std::int64_t id, const std::string& owner,
                      const std::string& assignments,
                      const std::function<void(Poco::Data::Statement&)>& bind_values) {
  bool mine = false;
  db.write([&](Poco::Data::Session& s) {
    Poco::Data::Statement st(s);
    st << db.sql("UPDATE jobs SET " + assignments +
                 ", updated_at = ? WHERE id = ? AND owner = ? AND status = 'running' RETURNING id");
    bind_values(st);
    st, bind(unix_now()), bind(static_cast<Poco::Int64>(id)), bind(owner);
    mine = updated(st);
  });
  return mine;
}

}  // namespace

std::int64_t Store::add_job(std::int64_t round_id, const std::string& kind, std::int64_t created_by,
                            int total, const JobLease& lease) {
  std::int64_t id = 0;
  db_.write([&](Poco::Data::Session& s) {
    const Poco::Int64 at = unix_now();
    Poco::Data::Statement st(s);
    st << db_.sql(
        "INSERT INTO jobs (round_id, kind, status, done, total, error_message, created_by, "
        "created_at, updated_at, owner, lease_until, attempts) "
        "VALUES (?, ?, 'running', 0, ?, '', ?, ?, ?, ?, ?, 1) RETURNING id"),
        bind(static_cast<Poco::Int64>(round_id)), bind(kind), bind(total),
        bind(static_cast<Poco::Int64>(created_by)), bind(at), bind(at), bind(lease.owner),
        bind(lease_end(lease));
    st.execute();
    Poco::Data::RecordSet rs(st);
    id = rs.value(0, 0).convert<Poco::Int64>();
  });
  return id;
}

std::vector<std::int64_t> Store::renew_job_leases(const JobLease& lease) {
  std::vector<std::int64_t> ids;
  db_.write([&](Poco::Data::Session& s) {
    ids.clear();
    Poco::Data::Statement st(s);
    st << db_.sql(
        "UPDATE jobs SET lease_until = ? WHERE owner = ? AND status = 'running' RETURNING id"),
        bind(lease_end(lease)), bind(lease.owner);
    st.execute();
    Poco::Data::RecordSet rs(st);
    for (std::size_t i = 0; i < rs.rowCount(); ++i)
      ids.push_back(rs.value(0, i).convert<Poco::Int64>());
  });
  return ids;
}

std::vector<Job> Store::orphaned_jobs() {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(std::string(kJobColumns) +
                "WHERE status = 'running' AND lease_until < ? ORDER BY id"),
      bind(unix_now());
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < rs.rowCount(); ++i) jobs.push_back(job_of(rs, i));
  return jobs;
}

bool Store::claim_job(std::int64_t id, const JobLease& lease, int max_attempts,
                      const std::string& exhausted) {
  bool claimed = false;
  db_.write([&](Poco::Data::Session& s) {
    const Poco::Int64 at = unix_now();
    const auto job_id = static_cast<Poco::Int64>(id);
    // The lease condition in the WHERE makes the claim atomic: of two servers, the second
    // finds the lease renewed by the first (PostgreSQL re-checks the row after waiting for it).
    Poco::Data::Statement claim(s);
    claim << db_.sql(
        "UPDATE jobs SET owner = ?, lease_until = ?, attempts = attempts + 1, done = 0, "
        "updated_at = ? WHERE id = ? AND status = 'running' AND lease_until < ? AND attempts < ? "
        "RETURNING id"),
        bind(lease.owner), bind(lease_end(lease)), bind(at), bind(job_id), bind(at),
        bind(max_attempts);
    claimed = updated(claim);
    if (claimed) return;
    s << db_.sql(
        "UPDATE jobs SET status = 'failed', error_message = ?, updated_at = ? "
        "WHERE id = ? AND status = 'running' AND lease_until < ? AND attempts >= ?"),
        bind(exhausted), bind(at), bind(job_id), bind(at), bind(max_attempts), now;
  });
  return claimed;
}

bool Store::job_progress(std::int64_t id, const std::string& owner, int done, int total) {
  return update_owned_job(db_, id, owner, "done = ?, total = ?",
                          [&](Poco::Data::Statement& st) { st, bind(done), bind(total); });
}

bool Store::finish_job(std::int64_t id, const std::string& owner, const std::string& result) {
  const Poco::Data::BLOB content(reinterpret_cast<const unsigned char*>(result.data()),
                                 result.size());
  return update_owned_job(db_, id, owner, "status = 'done', done = total, result = ?",
                          [&](Poco::Data::Statement& st) { st, bind(content); });
}

bool Store::fail_job(std::int64_t id, const std::string& owner, const std::string& message) {
  return update_owned_job(db_, id, owner, "status = 'failed', error_message = ?",
                          [&](Poco::Data::Statement& st) { st, bind(message); });
}

std::optional<Job> Store::job(std::int64_t id) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(std::string(kJobColumns) + "WHERE id = ?"), bind(static_cast<Poco::Int64>(id));
  st.execute();
  Poco::Data::RecordSet rs(st);
  if (rs.rowCount() == 0) return std::nullopt;
  return job_of(rs, 0);
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
