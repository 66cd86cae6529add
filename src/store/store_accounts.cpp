// Users, sessions, API tokens and the failed-login counters.
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <ctime>

#include "base/error_code.h"
#include "store/credentials.h"
#include "store/migrations.h"
#include "store/store.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::bind;
using Poco::Data::Keywords::now;

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

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
    throw Error(ErrorCode::bad_argument, "用户名和密码不能为空 / name and password are required");
  if ((role == Role::unit) == unit_code.empty())
    throw Error(ErrorCode::bad_argument,
                "单位账号必须给出 --unit 单位代码，其他角色不能给 / a unit user needs --unit, "
                "others take none");
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

std::string Store::add_api_token(std::int64_t user_id) {
  const std::string token = random_hex(32);
  db_.write([&](Poco::Data::Session& s) {
    s << db_.sql("INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)"),
        bind(sha256_hex(token)), bind(static_cast<Poco::Int64>(user_id)),
        bind(static_cast<Poco::Int64>(unix_now())), now;
  });
  return token;
}

std::optional<User> Store::user_of_api_token(const std::string& token) {
  return user_of(db_, "JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = ? AND ? > 0",
                 sha256_hex(token));
}

int Store::recent_failures(const std::string& key, std::int64_t window) {
  auto s = db_.session();
  Poco::Data::Statement st(s);
  st << db_.sql("SELECT failures FROM login_failures WHERE key = ? AND last_at > ?"), bind(key),
      bind(static_cast<Poco::Int64>(unix_now() - window));
  st.execute();
  Poco::Data::RecordSet rs(st);
  return rs.rowCount() ? rs.value(0, 0).convert<int>() : 0;
}

void Store::record_failure(const std::string& key) {
  db_.write([&](Poco::Data::Session& s) {
    Poco::Int64 t = unix_now();
    s << db_.sql(
        "INSERT INTO login_failures (key, failures, last_at) VALUES (?, 1, ?) "
        "ON CONFLICT (key) DO UPDATE SET failures = login_failures.failures + 1, "
        "last_at = excluded.last_at"),
        bind(key), bind(t), now;
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

}  // namespace evalbook::store
