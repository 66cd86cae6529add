// Rounds, blobs, submissions and their versions, reviews and the board.
#include <Poco/Data/LOB.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/StringTokenizer.h>

#include <ctime>
#include <map>

#include "base/error_code.h"
#include "store/credentials.h"
#include "store/store.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  Poco::StringTokenizer t(
      text, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
  for (const auto& s : t) out.push_back(s);
  return out;
}

Poco::Nullable<double> nullable(const std::optional<double>& v) {
  return v ? Poco::Nullable<double>(*v) : Poco::Nullable<double>();
}

// Stores the bytes under their SHA-256 unless already there; returns the hash.
std::string put_blob(Database& db, Poco::Data::Session& s, const std::string& bytes) {
  std::string sha = sha256_hex(bytes);
  int present = 0;
  s << db.sql("SELECT COUNT(*) FROM blobs WHERE sha256 = ?"), bind(sha), into(present), now;
  if (!present) {
    // ON CONFLICT: another server's transaction may be storing the same bytes right now (on
    // PostgreSQL it is not yet visible to the SELECT above); either copy is the same content.
    Poco::Data::BLOB content(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    s << db.sql(
        "INSERT INTO blobs (sha256, size, content) VALUES (?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING"),
        bind(sha), bind(static_cast<Poco::Int64>(bytes.size())), bind(content), now;
  }
  return sha;
}

constexpr const char* kVersionColumns =
    "v.submission_id, s.round_id, s.unit_code, s.file_name, v.version, v.original_sha256, "
    "COALESCE(v.corrected_sha256, ''), v.uploaded_at, v.error_code, v.error_message, "
    "v.error_count, v.warning_count, v.forms_json, "
    "COALESCE((SELECT r.decision FROM reviews r WHERE r.submission_id = v.submission_id AND "
    "r.version = v.version ORDER BY r.id DESC LIMIT 1), ''), "
    "COALESCE((SELECT r.note FROM reviews r WHERE r.submission_id = v.submission_id AND "
    "r.version = v.version ORDER BY r.id DESC LIMIT 1), '') "
    "FROM versions v JOIN submissions s ON s.id = v.submission_id ";

std::vector<VersionInfo> versions_of(Poco::Data::Statement& st) {
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<VersionInfo> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    VersionInfo v;
    auto text = [&](std::size_t col) { return rs.value(col, row).convert<std::string>(); };
    v.submission_id = rs.value(0, row).convert<Poco::Int64>();
    v.round_id = rs.value(1, row).convert<Poco::Int64>();
    v.unit_code = text(2);
    v.file_name = text(3);
    v.version = rs.value(4, row).convert<int>();
    v.sha256 = text(5);
    v.corrected_sha256 = text(6);
    v.uploaded_at = rs.value(7, row).convert<Poco::Int64>();
    v.error_code = text(8);
    v.error_message = text(9);
    v.error_count = rs.value(10, row).convert<int>();
    v.warning_count = rs.value(11, row).convert<int>();
    v.forms_json = text(12);
    v.review = text(13);
    v.review_note = text(14);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

std::int64_t Store::add_round(const Round& round) {
  if (round.name.empty() || round.year < 1990 || round.year > 2200)
    throw Error(ErrorCode::bad_argument, "批次需要名称和年份");
  std::int64_t id = 0;
  db_.write([&](Poco::Data::Session& s) {
    Poco::Data::Statement st(s);
    st << db_.sql(
        "INSERT INTO rounds (name, year, templates, deadline, created_at) VALUES "
        "(?, ?, ?, ?, ?) RETURNING id"),
        bind(round.name), bind(round.year), bind(joined(round.templates)), bind(round.deadline),
        bind(static_cast<Poco::Int64>(unix_now()));
    st.execute();
    Poco::Data::RecordSet rs(st);
    id = rs.value(0, 0).convert<Poco::Int64>();
    for (const auto& unit : round.units) {
      s << db_.sql("INSERT INTO units (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING"),
          bind(unit), bind(unit), now;
      s << db_.sql("INSERT INTO round_units (round_id, unit_code) VALUES (?, ?)"),
          bind(static_cast<Poco::Int64>(id)), bind(unit), now;
    }
  });
  return id;
}

std::vector<Round> Store::rounds() {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << "SELECT id, name, year, templates, deadline FROM rounds ORDER BY year DESC, id DESC";
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<Round> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    Round r;
    r.id = rs.value(0, row).convert<Poco::Int64>();
    r.name = rs.value(1, row).convert<std::string>();
    r.year = rs.value(2, row).convert<int>();
    r.templates = split(rs.value(3, row).convert<std::string>());
    r.deadline = rs.value(4, row).convert<std::string>();
    out.push_back(std::move(r));
  }
  // Every round's expected units in one query (access to a round depends on them).
  std::vector<Poco::Int64> round_ids;
  std::vector<std::string> unit_codes;
  s << "SELECT round_id, unit_code FROM round_units ORDER BY round_id, unit_code", into(round_ids),
      into(unit_codes), now;
  std::map<std::int64_t, std::vector<std::string>> units;
  for (std::size_t i = 0; i < round_ids.size(); ++i)
    units[round_ids[i]].push_back(std::move(unit_codes[i]));
  for (auto& r : out) {
    if (auto it = units.find(r.id); it != units.end()) r.units = std::move(it->second);
  }
  return out;
}

std::optional<Round> Store::round(std::int64_t id) {
  for (auto& r : rounds()) {
    if (r.id == id) return r;
  }
  return std::nullopt;
}

namespace {

// Adds one version inside the caller's transaction; returns its submission id and number.
std::pair<std::int64_t, int> insert_version(Database& db, Poco::Data::Session& s,
                                            const NewVersion& up) {
  const std::string original = put_blob(db, s, up.original);
  Poco::Nullable<std::string> corrected;
  if (!up.corrected.empty()) corrected = put_blob(db, s, up.corrected);
  const Poco::Int64 round_id = up.round_id;
  const Poco::Int64 at = unix_now();
  s << db.sql("INSERT INTO units (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING"),
      bind(up.unit_code), bind(up.unit_code), now;
  s << db.sql(
      "INSERT INTO submissions (round_id, unit_code, file_name, created_at) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (round_id, unit_code, file_name) DO NOTHING"),
      bind(round_id), bind(up.unit_code), bind(up.file_name), bind(at), now;
  // On PostgreSQL the submission's row is locked until commit, so two uploads of one file at
  // once number their versions one after the other (SQLite's BEGIN IMMEDIATE already does).
  const std::string lock = db.dialect() == Dialect::postgresql ? " FOR UPDATE" : "";
  Poco::Int64 sid = 0;
  s << db.sql(
      "SELECT id FROM submissions WHERE round_id = ? AND unit_code = ? AND "
      "file_name = ?" +
      lock),
      bind(round_id), bind(up.unit_code), bind(up.file_name), into(sid), now;
  int version = 0;
  s << db.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE submission_id = ?"),
      bind(sid), into(version), now;
  Poco::Data::Statement st(s);
  st << db.sql(
      "INSERT INTO versions (submission_id, version, original_sha256, "
      "corrected_sha256, uploaded_by, uploaded_at, error_code, error_message, "
      "error_count, warning_count, forms_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?) RETURNING id"),
      bind(sid), bind(version), bind(original), bind(corrected),
      bind(static_cast<Poco::Int64>(up.uploaded_by)), bind(at), bind(up.error_code),
      bind(up.error_message), bind(up.error_count), bind(up.warning_count), bind(up.forms_json);
  st.execute();
  Poco::Data::RecordSet rs(st);
  const Poco::Int64 vid = rs.value(0, 0).convert<Poco::Int64>();
  int position = 0;
  for (const auto& f : up.forms) {
    s << db.sql(
        "INSERT INTO forms (version_id, position, sheet, template, unit, project, "
        "budget_full_year, executed, execution_rate, total_reported, "
        "total_recomputed, grade, error_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"),
        bind(vid), bind(position++), bind(f.sheet), bind(f.template_id), bind(f.unit),
        bind(f.project), bind(nullable(f.budget_full_year)), bind(nullable(f.executed)),
        bind(nullable(f.execution_rate)), bind(nullable(f.total_reported)),
        bind(nullable(f.total_recomputed)), bind(f.grade), bind(f.error_count), now;
  }
  return {sid, version};
}

}  // namespace

std::pair<std::int64_t, int> Store::add_version(const NewVersion& upload) {
  return add_versions({upload}).front();
}

std::vector<std::pair<std::int64_t, int>> Store::add_versions(
    const std::vector<NewVersion>& uploads) {
  std::vector<std::pair<std::int64_t, int>> added;
  db_.write([&](Poco::Data::Session& s) {
    for (const auto& up : uploads) added.push_back(insert_version(db_, s, up));
  });
  return added;
}

std::optional<VersionInfo> Store::version(std::int64_t submission_id, int number) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(std::string("SELECT ") + kVersionColumns +
                "WHERE v.submission_id = ? AND v.version = ?"),
      bind(static_cast<Poco::Int64>(submission_id)), bind(number);
  auto found = versions_of(st);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<VersionInfo> Store::latest_version(std::int64_t submission_id) {
  auto all = versions(submission_id);
  if (all.empty()) return std::nullopt;
  return std::move(all.back());
}

std::vector<VersionInfo> Store::versions(std::int64_t submission_id) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(std::string("SELECT ") + kVersionColumns +
                "WHERE v.submission_id = ? ORDER BY v.version"),
      bind(static_cast<Poco::Int64>(submission_id));
  return versions_of(st);
}

std::vector<VersionInfo> Store::latest_versions_of_round(std::int64_t round_id) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql(std::string("SELECT ") + kVersionColumns +
                "WHERE s.round_id = ? AND v.version = (SELECT MAX(w.version) FROM versions w "
                "WHERE w.submission_id = v.submission_id) ORDER BY s.unit_code, s.file_name"),
      bind(static_cast<Poco::Int64>(round_id));
  return versions_of(st);
}

std::optional<std::string> Store::blob(const std::string& sha256) {
  auto s = db_.session();
  std::vector<Poco::Data::BLOB> found;
  s << db_.sql("SELECT content FROM blobs WHERE sha256 = ?"), bind(sha256), into(found), now;
  if (found.empty()) return std::nullopt;
  const auto& b = found.front();
  return std::string(reinterpret_cast<const char*>(b.rawContent()), b.size());
}

void Store::review(std::int64_t submission_id, int version, const std::string& decision,
                   const std::string& note, std::int64_t reviewer_id) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql(
        "INSERT INTO reviews (submission_id, version, decision, note, reviewer_id, "
        "decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
        bind(static_cast<Poco::Int64>(submission_id)), bind(version), bind(decision), bind(note),
        bind(static_cast<Poco::Int64>(reviewer_id)), bind(static_cast<Poco::Int64>(unix_now())),
        now;
  });
}

std::vector<BoardUnit> Store::board(std::int64_t round_id) {
  std::map<std::string, BoardUnit> units;
  auto r = round(round_id);
  if (!r) return {};
  for (const auto& code : r->units) units[code].unit_code = code;
  for (const auto& v : latest_versions_of_round(round_id)) {
    BoardUnit& u = units[v.unit_code];
    if (u.submissions == 0) u.all_accepted = true;
    u.unit_code = v.unit_code;
    ++u.submissions;
    u.errors += v.error_count + (v.error_code.empty() ? 0 : 1);
    u.all_accepted = u.all_accepted && v.review == "accept";
    u.any_returned = u.any_returned || v.review == "return";
    if (v.uploaded_at >= u.latest_at) {
      u.latest_at = v.uploaded_at;
      u.latest_submission = v.submission_id;
    }
  }
  auto s = db_.session();
  std::vector<BoardUnit> out;
  for (auto& [code, u] : units) {
    std::vector<std::string> name;
    s << db_.sql("SELECT name FROM units WHERE code = ?"), bind(code), into(name), now;
    u.unit_name = name.empty() ? code : name.front();
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace evalbook::store
