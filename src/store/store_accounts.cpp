// Users, sessions, API tokens and the failed-login counters.
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/String.h>

#include <cctype>
#include <chrono>
#include <ctime>

#include "base/error_code.h"
#include "store/credentials.h"
#include "store/migrations.h"
#include "store/store.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::int64_t unix_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The short id an admin sees for a token: the start of its hash (the token itself is never
// kept).
constexpr std::size_t kTokenIdLength = 12;

std::optional<User> user_of(Database& db, const std::string& where, const std::string& key) {
  auto s = db.session();
  Poco::Data::Statement st(s);
  st << db.sql("SELECT u.id, u.name, u.role, COALESCE(u.unit_code, '') FROM users u " + where),
      bind(key), bind(unix_now());
  st.execute();
  Poco::Data::RecordSet rs(st);
  if (rs.rowCount() == 0) return std::nullopt;
  User u;
  u.id = rs.value(0, 0).convert<Poco::Int64>();
  u.name = rs.value(1, 0).convert<std::string>();
  u.role = role_from_name(rs.value(2, 0).convert<std::string>()).value_or(Role::unit);
  u.unit_code = rs.value(3, 0).convert<std::string>();
  return u;
}

}  // namespace

std::string_view role_name(Role role) {
  switch (role) {
    case Role::unit:
      return "unit";
    case Role::finance:
      return "finance";
    case Role::admin:
      return "admin";
  }
  return "unit";
}

std::optional<Role> role_from_name(std::string_view name) {
  for (Role r : {Role::unit, Role::finance, Role::admin})
    if (role_name(r) == name) return r;
  return std::nullopt;
}

Store::Store(const std::string& url) : db_(url) { migrate(db_); }

std::int64_t Store::add_user(const std::string& name, Role role, const std::string& unit_code,
                             const std::string& password) {
  if (name.empty() || password.empty())
    throw Error(ErrorCode::bad_argument, "用户名和密码不能为空");
  if ((role == Role::unit) == unit_code.empty())
    throw Error(ErrorCode::bad_argument, "单位账号必须给出 --unit 单位代码，其他角色不能给");
  const std::string salt = random_hex(16);
  const std::string hash = hash_password(password, salt, kPasswordIterations);
  std::int64_t id = 0;
  db_.write([&](Poco::Data::Session& s) {
    if (!unit_code.empty()) {
      s << db_.sql(
          "INSERT INTO units (code, name) SELECT ?, ? WHERE NOT EXISTS "
          "(SELECT 1 FROM units WHERE code = ?)"),
          bind(unit_code), bind(unit_code), bind(unit_code), now;
    }
    Poco::Nullable<std::string> unit;
    if (!unit_code.empty()) unit = unit_code;
    Poco::Int64 created = unix_now();
    Poco::Data::Statement st(s);
    st << db_.sql(
        "INSERT INTO users (name, role, unit_code, password_salt, password_hash, "
        "iterations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        bind(name), bind(std::string(role_name(role))), bind(unit), bind(salt), bind(hash),
        bind(kPasswordIterations), bind(created);
    st.execute();
    Poco::Data::RecordSet rs(st);
    id = rs.value(0, 0).convert<Poco::Int64>();
  });
  return id;
}

std::optional<User> Store::user_by_name(const std::string& name) {
  return user_of(db_, "WHERE u.name = ? AND ? > 0", name);
}

std::optional<User> Store::check_password(const std::string& name, const std::string& password) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql("SELECT password_salt, password_hash, iterations FROM users WHERE name = ?"),
      bind(name);
  st.execute();
  Poco::Data::RecordSet rs(st);
  if (rs.rowCount() == 0) {
    // The same work for an unknown name, so timing does not tell which names exist.
    hash_password(password, "00", kPasswordIterations);
    return std::nullopt;
  }
  const std::string hash =
      hash_password(password, rs.value(0, 0).convert<std::string>(), rs.value(2, 0).convert<int>());
  if (!constant_time_equal(hash, rs.value(1, 0).convert<std::string>())) return std::nullopt;
  return user_by_name(name);
}

std::string Store::open_session(std::int64_t user_id, std::int64_t seconds) {
  const std::string token = random_hex(32);
  db_.write([&](Poco::Data::Session& s) {
    Poco::Int64 created = unix_now();
    Poco::Int64 expires = created + seconds;
    s << db_.sql(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES "
        "(?, ?, ?, ?)"),
        bind(sha256_hex(token)), bind(static_cast<Poco::Int64>(user_id)), bind(created),
        bind(expires), now;
  });
  return token;
}

std::optional<User> Store::user_of_session(const std::string& token) {
  return user_of(db_,
                 "JOIN sessions t ON t.user_id = u.id WHERE t.token_hash = ? AND t.expires_at > ?",
                 sha256_hex(token));
}

void Store::close_session(const std::string& token) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql("DELETE FROM sessions WHERE token_hash = ?"), bind(sha256_hex(token)), now;
  });
}

std::string Store::add_api_token(std::int64_t user_id, const std::string& label) {
  const std::string token = random_hex(32);
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql(
        "INSERT INTO api_tokens (token_hash, user_id, created_at, label) VALUES (?, ?, ?, ?)"),
        bind(sha256_hex(token)), bind(static_cast<Poco::Int64>(user_id)),
        bind(static_cast<Poco::Int64>(unix_now())), bind(label), now;
  });
  return token;
}

std::optional<User> Store::user_of_api_token(const std::string& token) {
  return user_of(db_, "JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = ? AND ? > 0",
                 sha256_hex(token));
}

LoginFailures Store::login_failures(const std::string& key, std::int64_t window) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql("SELECT failures, last_ms FROM login_failures WHERE key = ? AND last_ms > ?"),
      bind(key), bind(static_cast<Poco::Int64>(unix_ms() - window * 1000));
  st.execute();
  Poco::Data::RecordSet rs(st);
  if (rs.rowCount() == 0) return {};
  return {rs.value(0, 0).convert<int>(), rs.value(1, 0).convert<Poco::Int64>()};
}

namespace {

// Locks the key's row until the transaction ends (made when missing; on SQLite the writing
// transaction holds the whole database already) and returns its failures in the window.
LoginFailures lock_failures(Database& db, Poco::Data::Session& s, const std::string& key,
                            std::int64_t window, std::int64_t now_ms) {
  Poco::Data::Statement st(s);
  st << db.sql(
      "INSERT INTO login_failures (key, failures, last_at, last_ms) VALUES (?, 0, 0, 0) "
      "ON CONFLICT (key) DO UPDATE SET failures = login_failures.failures "
      "RETURNING failures, last_ms"),
      bind(key);
  st.execute();
  Poco::Data::RecordSet rs(st);
  const LoginFailures f{rs.value(0, 0).convert<int>(), rs.value(1, 0).convert<Poco::Int64>()};
  if (f.last_ms <= now_ms - window * 1000) return {};  // forgotten
  return f;
}

}  // namespace

LoginAttempt Store::reserve_login_attempt(
    const std::vector<std::string>& keys, std::int64_t window,
    const std::function<std::int64_t(const std::vector<LoginFailures>&, std::int64_t)>& wait_for) {
  LoginAttempt attempt;
  db_.write([&](Poco::Data::Session& s) {
    attempt = {};
    attempt.at_ms = unix_ms();
    // Always in the keys' order, so two attempts never each hold a row the other waits for.
    for (const auto& key : keys)
      attempt.before.push_back(lock_failures(db_, s, key, window, attempt.at_ms));
    attempt.wait_ms = wait_for(attempt.before, attempt.at_ms);
    if (attempt.wait_ms > 0) return;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      s << db_.sql(
          "UPDATE login_failures SET failures = ?, last_at = ?, last_ms = ? WHERE key = ?"),
          bind(attempt.before[i].count + 1), bind(static_cast<Poco::Int64>(attempt.at_ms / 1000)),
          bind(static_cast<Poco::Int64>(attempt.at_ms)), bind(keys[i]), now;
    }
  });
  return attempt;
}

void Store::give_back_login_attempt(const std::string& key, const LoginAttempt& attempt,
                                    std::size_t index) {
  const auto& before = attempt.before.at(index);
  db_.write([&](Poco::Data::Session& s) {
    // SET reads the row as it was: last_ms in the CASE is the value before this update.
    s << db_.sql(
        "UPDATE login_failures SET failures = failures - 1, "
        "last_at = CASE WHEN last_ms = ? THEN ? ELSE last_at END, "
        "last_ms = CASE WHEN last_ms = ? THEN ? ELSE last_ms END "
        "WHERE key = ? AND failures > 0"),
        bind(static_cast<Poco::Int64>(attempt.at_ms)),
        bind(static_cast<Poco::Int64>(before.last_ms / 1000)),
        bind(static_cast<Poco::Int64>(attempt.at_ms)),
        bind(static_cast<Poco::Int64>(before.last_ms)), bind(key), now;
  });
}

void Store::clear_failures(const std::string& key) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql("DELETE FROM login_failures WHERE key = ?"), bind(key), now;
  });
}

void Store::put_unit(const std::string& code, const std::string& name) {
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql(
        "INSERT INTO units (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET "
        "name = excluded.name"),
        bind(code), bind(name), now;
  });
}

std::map<std::string, std::string> Store::unit_names() {
  auto s = db_.session();
  std::vector<std::string> codes, names;
  s << "SELECT code, name FROM units", into(codes), into(names), now;
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; i < codes.size(); ++i) out.emplace(codes[i], names[i]);
  return out;
}

void Store::name_unit_from_forms(const std::string& code) {
  // The first form of the unit that writes its code with a name after it; the LIKE pattern's
  // wildcards in a code are harmless (codes are digits) and the code must lead the text.
  db_.write([&](Poco::Data::Session& s) {
    std::vector<std::string> written;
    s << db_.sql(
        "SELECT f.unit FROM forms f JOIN versions v ON v.id = f.version_id JOIN submissions b "
        "ON b.id = v.submission_id WHERE b.unit_code = ? AND f.unit <> ? ORDER BY f.id"),
        bind(code), bind(code), into(written), now;
    for (const auto& text : written) {
      const Unit unit = unit_from_text(text);
      if (unit.code != code || unit.name == code) continue;
      s << db_.sql("UPDATE units SET name = ? WHERE code = ? AND name = code"), bind(unit.name),
          bind(code), now;
      return;
    }
  });
}

Unit unit_from_text(std::string_view text) {
  const auto trimmed = Poco::trim(std::string(text));
  std::size_t end = 0;
  while (end < trimmed.size() && std::isalnum(static_cast<unsigned char>(trimmed[end]))) ++end;
  if (end == 0) return {trimmed, trimmed};
  return {trimmed.substr(0, end), trimmed};
}

std::vector<UserInfo> Store::users() {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << "SELECT id, name, role, COALESCE(unit_code, ''), created_at FROM users ORDER BY id";
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<UserInfo> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    UserInfo info;
    info.user.id = rs.value(0, row).convert<Poco::Int64>();
    info.user.name = rs.value(1, row).convert<std::string>();
    info.user.role = role_from_name(rs.value(2, row).convert<std::string>()).value_or(Role::unit);
    info.user.unit_code = rs.value(3, row).convert<std::string>();
    info.created_at = rs.value(4, row).convert<Poco::Int64>();
    out.push_back(std::move(info));
  }
  return out;
}

std::optional<User> Store::user_by_id(std::int64_t id) {
  for (auto& info : users())
    if (info.user.id == id) return info.user;
  return std::nullopt;
}

void Store::set_password(std::int64_t user_id, const std::string& password) {
  if (password.empty()) throw Error(ErrorCode::bad_argument, "密码不能为空");
  const std::string salt = random_hex(16);
  const std::string hash = hash_password(password, salt, kPasswordIterations);
  db_.write([&](Poco::Data::Session& s) {
    const Poco::Int64 id = user_id;
    s << db_.sql(
        "UPDATE users SET password_salt = ?, password_hash = ?, iterations = ? WHERE "
        "id = ?"),
        bind(salt), bind(hash), bind(kPasswordIterations), bind(id), now;
    s << db_.sql("DELETE FROM sessions WHERE user_id = ?"), bind(id), now;
  });
}

std::vector<TokenInfo> Store::api_tokens() {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << "SELECT token_hash, user_id, label, created_at FROM api_tokens ORDER BY created_at";
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<TokenInfo> out;
  for (std::size_t row = 0; row < rs.rowCount(); ++row) {
    TokenInfo t;
    t.id = rs.value(0, row).convert<std::string>().substr(0, kTokenIdLength);
    t.user_id = rs.value(1, row).convert<Poco::Int64>();
    t.label = rs.value(2, row).convert<std::string>();
    t.created_at = rs.value(3, row).convert<Poco::Int64>();
    out.push_back(std::move(t));
  }
  return out;
}

bool Store::revoke_api_token(const std::string& token_id) {
  // Only an exact id of hex digits: a shorter text would match by prefix.
  if (token_id.size() != kTokenIdLength ||
      token_id.find_first_not_of("0123456789abcdef") != std::string::npos)
    return false;
  // Counted first: the PostgreSQL connector does not report the rows a DELETE removed.
  int found = 0;
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql("SELECT COUNT(*) FROM api_tokens WHERE substr(token_hash, 1, 12) = ?"),
        bind(token_id), into(found), now;
    s << db_.sql("DELETE FROM api_tokens WHERE substr(token_hash, 1, 12) = ?"), bind(token_id), now;
  });
  return found > 0;
}

void Store::update_round(const Round& round) {
  if (round.name.empty() || round.year < 1990 || round.year > 2200)
    throw Error(ErrorCode::bad_argument, "批次需要名称和年份");
  db_.write([&](Poco::Data::Session& s) {
    const Poco::Int64 id = round.id;
    std::string templates;
    for (const auto& t : round.templates) templates += (templates.empty() ? "" : ",") + t;
    s << db_.sql("UPDATE rounds SET name = ?, year = ?, templates = ?, deadline = ? WHERE id = ?"),
        bind(round.name), bind(round.year), bind(templates), bind(round.deadline), bind(id), now;
    s << db_.sql("DELETE FROM round_units WHERE round_id = ?"), bind(id), now;
    for (const auto& unit : round.units) {
      s << db_.sql(
          "INSERT INTO units (code, name) SELECT ?, ? WHERE NOT EXISTS "
          "(SELECT 1 FROM units WHERE code = ?)"),
          bind(unit), bind(unit), bind(unit), now;
      s << db_.sql("INSERT INTO round_units (round_id, unit_code) VALUES (?, ?)"), bind(id),
          bind(unit), now;
    }
  });
}

}  // namespace evalbook::store
