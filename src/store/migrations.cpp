#include "store/migrations.h"

#include <Poco/Data/DataException.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "base/error_code.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

// Migration N is kMigrations[N-1]: statements separated by ";\n". Never edit one that has
// shipped; add the next.
const std::vector<std::string> kMigrations = {
    // 1: the data model of the service.
    R"(CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL);
CREATE TABLE rounds (
  id {id},
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  templates TEXT NOT NULL,
  deadline TEXT NOT NULL,
  created_at BIGINT NOT NULL);
CREATE TABLE round_units (
  round_id BIGINT NOT NULL REFERENCES rounds(id),
  unit_code TEXT NOT NULL REFERENCES units(code),
  PRIMARY KEY (round_id, unit_code));
CREATE TABLE users (
  id {id},
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('unit', 'finance', 'admin')),
  unit_code TEXT REFERENCES units(code),
  password_salt TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  iterations INTEGER NOT NULL,
  created_at BIGINT NOT NULL);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL);
CREATE TABLE login_failures (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_at BIGINT NOT NULL);
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size BIGINT NOT NULL,
  content {blob} NOT NULL);
CREATE TABLE submissions (
  id {id},
  round_id BIGINT NOT NULL REFERENCES rounds(id),
  unit_code TEXT NOT NULL REFERENCES units(code),
  file_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (round_id, unit_code, file_name));
CREATE TABLE versions (
  id {id},
  submission_id BIGINT NOT NULL REFERENCES submissions(id),
  version INTEGER NOT NULL,
  original_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  corrected_sha256 TEXT REFERENCES blobs(sha256),
  uploaded_by BIGINT NOT NULL REFERENCES users(id),
  uploaded_at BIGINT NOT NULL,
  error_code TEXT NOT NULL,
  error_message TEXT NOT NULL,
  error_count INTEGER NOT NULL,
  warning_count INTEGER NOT NULL,
  forms_json TEXT NOT NULL,
  UNIQUE (submission_id, version));
CREATE TABLE forms (
  id {id},
  version_id BIGINT NOT NULL REFERENCES versions(id),
  position INTEGER NOT NULL,
  sheet TEXT NOT NULL,
  template TEXT NOT NULL,
  unit TEXT NOT NULL,
  project TEXT NOT NULL,
  budget_full_year DOUBLE PRECISION,
  executed DOUBLE PRECISION,
  execution_rate DOUBLE PRECISION,
  total_reported DOUBLE PRECISION,
  total_recomputed DOUBLE PRECISION,
  grade TEXT NOT NULL,
  error_count INTEGER NOT NULL);
CREATE TABLE reviews (
  id {id},
  submission_id BIGINT NOT NULL REFERENCES submissions(id),
  version INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'return')),
  note TEXT NOT NULL,
  reviewer_id BIGINT NOT NULL REFERENCES users(id),
  decided_at BIGINT NOT NULL);
CREATE INDEX versions_by_submission ON versions (submission_id, version);
CREATE INDEX submissions_by_round ON submissions (round_id, unit_code);
CREATE INDEX forms_by_version ON forms (version_id);
CREATE INDEX reviews_by_submission ON reviews (submission_id, id))",
    // 2: failed logins timed to the millisecond (the doubling delay), API tokens that an admin
    // lists and revokes by a label, and jobs (a round's consolidation) whose progress any server
    // can report.
    R"(ALTER TABLE login_failures ADD COLUMN last_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_tokens ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE TABLE jobs (
  id {id},
  round_id BIGINT NOT NULL REFERENCES rounds(id),
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  done INTEGER NOT NULL,
  total INTEGER NOT NULL,
  result {blob},
  error_message TEXT NOT NULL,
  created_by BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL))",
    // 3: a running job is leased by the server running it (owner, renewed until lease_until);
    // when the lease runs out another server claims it and runs it again (attempts counts the
    // runs, so a job that brings every server down ends failed instead of going round).
    R"(ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN lease_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1)",
};

std::vector<std::string> statements_of(const std::string& script) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = script.find(";\n", start);
    out.push_back(script.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

int schema_version(Database& db) {
  auto s = db.session();
  s << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
       "applied_at BIGINT NOT NULL)",
      now;
  int version = 0;
  s << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", into(version), now;
  return version;
}

void migrate(Database& db) {
  try {
    int current = schema_version(db);
    if (current > latest_schema_version()) {
      throw Error(ErrorCode::schema_too_new,
                  fmt::format("数据库结构版本为 {}，本程序只认识到 {}，请升级 evalbook", current,
                              latest_schema_version()));
    }
    for (int n = current + 1; n <= latest_schema_version(); ++n) {
      db.write([&](Poco::Data::Session& s) {
        // Another server may have migrated meanwhile: the write lock makes this check exact
        // on SQLite; on PostgreSQL the primary key makes the loser's insert fail and roll back.
        int done = 0;
        s << db.sql("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"), into(done), use(n),
            now;
        if (done) return;
        for (const auto& statement : statements_of(kMigrations[static_cast<std::size_t>(n - 1)]))
          s << db.sql(statement), now;
        auto applied = static_cast<Poco::Int64>(std::time(nullptr));
        s << db.sql("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"), use(n),
            use(applied), now;
      });
    }
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::database_error, fmt::format("数据库迁移失败：{}", e.displayText()));
  }
}

}  // namespace evalbook::store
