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

// The folder of tests/hostile's fixtures (zip bombs, XXE, truncated zips...), made once.
const std::string& hostile_fixtures();

struct ServerFixture {
  explicit ServerFixture(server::ServerConfig config = {});
  FreshDatabase db;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<server::Service> service;
  std::int64_t round_id = 0;
  std::uint16_t port() const { return service->port(); }
};

// On a fresh database: unit-a (259001, password pass-a) and round 1 (2023年度项目支出绩效自评)
// expecting 259001 only, for the tests that start `evalbook serve` as a process. Returns
// unit-a's id.
std::int64_t add_unit_a_and_round(store::Store& store);

// The round the board and download tests share, uploaded through the API: unit-a (259001) sends
// 出口信用保险.xlsx (sample 004_project_04_, one error: its 分值 do not add up, G10) and
// 遗属补助.xlsx (004_project_02_, 2023年遗属补助, none) in one request; unit-b (259002) sends
// 招商引资工作经费.xlsx (one error: 完成进度 18 ÷ 10 = 180%, not 118%); 259003 sends nothing.
void upload_three_workbooks(const ServerFixture& server);

}  // namespace evalbook::test
