// A fresh, empty database for a store or service test: a SQLite file in a temporary folder, or,
// when EVALBOOK_TEST_POSTGRES names a server (postgresql://USER@HOST:PORT), a new database on it.
#pragma once

#include <string>

#include "test_support.h"

namespace evalbook::test {

class FreshDatabase {
 public:
  FreshDatabase();
  const std::string& url() const { return url_; }
  bool postgres() const { return url_.rfind("postgresql:", 0) == 0; }

 private:
  TempDir dir_;
  std::string url_;
};

}  // namespace evalbook::test
