// The API tests' HTTP client (tests/server/api_client.cpp) checks a reply with Catch2's REQUIRE
// in its JSON helper, which the benchmark does not call; this gives it Catch2's implementation
// (no main, no test runner) so that the benchmark links.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
