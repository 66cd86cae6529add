// A server started by the test on a free loopback port, on a fresh database (SQLite, or the
// PostgreSQL named by EVALBOOK_TEST_POSTGRES), with two unit accounts, a finance and an admin
// account and one round expecting both units.
#pragma once

#include <memory>
#include <string>

#include "../unit/store_test_support.h"
#include "app/app_context.h"
#include "server/service.h"
#include "store/store.h"

namespace evalbook::test {

const app::AppContext& shared_app_context();

// The bytes of a sample workbook whose name starts with `prefix`.
std::string sample_bytes(const std::string& prefix);
std::string file_bytes(const std::string& path);

struct ServerFixture {
  explicit ServerFixture(server::ServerConfig config = {});
  FreshDatabase db;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<server::Service> service;
  std::int64_t round_id = 0;
  std::uint16_t port() const { return service->port(); }
};

}  // namespace evalbook::test
