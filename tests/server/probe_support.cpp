#include "probe_support.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "api_client.h"

namespace evalbook::test {

std::string uploads_of(const ServerFixture& server) {
  return "/api/rounds/" + std::to_string(server.round_id) + "/uploads";
}

void check_still_serving(const ServerFixture& server) {
  const auto start = std::chrono::steady_clock::now();
  ApiClient clerk(server.port());
  REQUIRE(clerk.login("unit-a", "pass-a"));
  auto r =
      clerk.upload(uploads_of(server), {{"出口信用保险.xlsx", sample_bytes("004_project_04_")}});
  CHECK(r.status == 201);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

}  // namespace evalbook::test
