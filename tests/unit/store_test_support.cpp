#include "store_test_support.h"

#include <cstdlib>

#include "store/credentials.h"
#include "store/database.h"

namespace evalbook::test {

FreshDatabase::FreshDatabase() {
  const char* server = std::getenv("EVALBOOK_TEST_POSTGRES");
  if (!server || !*server) {
    url_ = "sqlite:" + dir_.file("evalbook.db");
    return;
  }
  const std::string name = "evalbook_test_" + store::random_hex(6);
  store::Database admin(std::string(server) + "/postgres", 1);
  auto s = admin.session();
  s << "CREATE DATABASE " + name, Poco::Data::Keywords::now;
  url_ = std::string(server) + "/" + name;
}

}  // namespace evalbook::test
