// A connection pool on SQLite (embedded, the default) or PostgreSQL (several servers sharing one
// database), with the few differences between the two kept here: placeholders, the id column,
// the blob type and how a writing transaction begins.
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

#include <functional>
#include <memory>
#include <string>

namespace evalbook::store {

enum class Dialect { sqlite, postgresql };

class Database {
 public:
  // `url` is "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST:PORT/DB". Throws
  // evalbook::Error(bad_argument) for another form, (database_error) when it cannot connect.
  explicit Database(const std::string& url, int max_sessions = 16);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return dialect_; }

  // A session from the pool (returned to it when the Session goes away).
  Poco::Data::Session session();

  // The statement text for this database: each '?' becomes "$1", "$2"... on PostgreSQL, and
  // "{id}" / "{blob}" in a schema become this database's id column and blob type.
  std::string sql(const std::string& text) const;

  // Runs `body` in one writing transaction and commits; rolls back and rethrows on an exception.
  // On SQLite the transaction takes the write lock at its start (BEGIN IMMEDIATE), so two
  // writers wait for each other (busy timeout) instead of failing half-way.
  void write(const std::function<void(Poco::Data::Session&)>& body);

 private:
  Dialect dialect_;
  std::unique_ptr<Poco::Data::SessionPool> pool_;
};

}  // namespace evalbook::store
