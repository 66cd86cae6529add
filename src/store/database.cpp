#include "store/database.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SessionPool.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <optional>
#include <regex>
#include <thread>

#include "base/error_code.h"

namespace evalbook::store {

namespace {

using Poco::Data::Keywords::now;

void register_connectors() {
  static std::once_flag once;  // the connectors' registry is Poco's own process-wide table
  std::call_once(once, [] {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

// The database address as it may be shown or logged: a password in it replaced by ***.
std::string url_without_password(const std::string& url) {
  static const std::regex password(R"((://[^:@/]*:)[^@/]*@)");
  return std::regex_replace(url, password, "$1***@");
}

// "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB" as libpq's key=value string.
std::string postgres_connection_string(const std::string& url) {
  static const std::regex form(
      R"(postgres(?:ql)?://([^:@/]+)(?::([^@/]*))?@([^:/]+)(?::(\d+))?/([^/?]+))");
  std::smatch m;
  if (!std::regex_match(url, m, form)) {
    throw Error(ErrorCode::bad_argument,
                fmt::format("数据库地址应为 postgresql://用户@主机:端口/库名，而不是“{}”",
                            url_without_password(url)));
  }
  std::string s = fmt::format("host={} user={} dbname={}", m[3].str(), m[1].str(), m[5].str());
  if (m[4].matched) s += " port=" + m[4].str();
  if (m[2].matched) s += " password=" + m[2].str();
  return s + " connect_timeout=10";
}

// How long a request waits for a free session of the pool.
constexpr auto kSessionWait = std::chrono::seconds(30);

}  // namespace

Database::Database(const std::string& url, int max_sessions) {
  register_connectors();
  std::string connector;
  std::string connection;
  if (url.rfind("sqlite:", 0) == 0) {
    dialect_ = Dialect::sqlite;
    connector = "SQLite";
    connection = url.substr(7);
    if (connection.empty()) throw Error(ErrorCode::bad_argument, "sqlite: 后应有数据库文件名");
  } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    dialect_ = Dialect::postgresql;
    connector = "PostgreSQL";
    connection = postgres_connection_string(url);
  } else {
    throw Error(
        ErrorCode::bad_argument,
        fmt::format("数据库应为 sqlite:文件 或 postgresql://用户@主机:端口/库名，而不是“{}”",
                    url_without_password(url)));
  }
  try {
    pool_ = std::make_unique<Poco::Data::SessionPool>(connector, connection, 1, max_sessions, 60);
    auto s = session();
    if (dialect_ == Dialect::sqlite) {
      // WAL: readers never wait for the writer, and a commit is durable once fsynced.
      s << "PRAGMA journal_mode=WAL", now;
      s << "PRAGMA synchronous=FULL", now;
    }
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::database_error,
                fmt::format("无法连接数据库 {}：{}", url_without_password(url), e.displayText()));
  }
}

Poco::Data::Session Database::session() {
  // Every session in use (more request and job threads than sessions): wait for one to come
  // back, as a busy database is waited for, rather than fail the request.
  const auto deadline = std::chrono::steady_clock::now() + kSessionWait;
  auto pause = std::chrono::milliseconds(2);
  std::optional<Poco::Data::Session> got;
  while (!got) {
    try {
      got.emplace(pool_->get());
    } catch (const Poco::Data::SessionPoolExhaustedException&) {
      if (std::chrono::steady_clock::now() >= deadline)
        throw Error(ErrorCode::database_error, "数据库连接全部占用，请稍后再试");
      std::this_thread::sleep_for(pause);
      pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
  }
  Poco::Data::Session s = std::move(*got);
  if (dialect_ == Dialect::sqlite) {
    s << "PRAGMA busy_timeout=10000", now;
    s << "PRAGMA foreign_keys=ON", now;
  }
  return s;
}

std::string Database::sql(const std::string& text) const {
  std::string out;
  out.reserve(text.size() + 16);
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '?' && dialect_ == Dialect::postgresql) {
      out += "$" + std::to_string(++n);
    } else if (text.compare(i, 4, "{id}") == 0) {
      out += dialect_ == Dialect::sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                         : "BIGSERIAL PRIMARY KEY";
      i += 3;
    } else if (text.compare(i, 6, "{blob}") == 0) {
      out += dialect_ == Dialect::sqlite ? "BLOB" : "BYTEA";
      i += 5;
    } else {
      out += text[i];
    }
  }
  return out;
}

void Database::write(const std::function<void(Poco::Data::Session&)>& body) {
  auto s = session();
  s << (dialect_ == Dialect::sqlite ? "BEGIN IMMEDIATE" : "BEGIN"), now;
  try {
    body(s);
    s << "COMMIT", now;
  } catch (...) {
    try {
      s << "ROLLBACK", now;
    } catch (...) {  // the first error is the one to report
    }
    throw;
  }
}

}  // namespace evalbook::store
