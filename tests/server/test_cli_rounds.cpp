// `evalbook rounds add|edit` on the command line: the admin API's fields and checks, the
// result read back from the database, refusals in Chinese and --help in English.
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "server_fixture.h"
#include "store/store.h"

namespace {

using evalbook::test::FreshDatabase;

struct Run {
  int exit_code = -1;
  std::string out, err;
};

Run evalbook_cli(const std::vector<std::string>& args) {
  Poco::Pipe out, err;
  auto handle = Poco::Process::launch(EVALBOOK_BINARY, args, nullptr, &out, &err);
  Poco::PipeInputStream out_stream(out), err_stream(err);
  std::ostringstream o, e;
  o << out_stream.rdbuf();  // small outputs: the pipes never fill while the other is read
  e << err_stream.rdbuf();
  return {handle.wait(), o.str(), e.str()};
}

bool has_ascii_word(const std::string& text) {  // three ASCII letters in a row
  int run = 0;
  for (unsigned char c : text) {
    run = std::isalpha(c) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("cli: rounds edit changes the fields given and keeps the others", "[cli][rounds]") {
  FreshDatabase db;
  const auto added =
      evalbook_cli({"rounds", "add", "2024年度项目支出绩效自评", "--year", "2024", "--units",
                    "259001-晋城市商务局,259002", "--deadline", "2025-03-31", "--db", db.url()});
  REQUIRE(added.exit_code == 0);
  REQUIRE(added.out == "1\n");

  const auto edited = evalbook_cli(
      {"rounds", "edit", "1", "--name", "2024年度项目支出绩效自评（补报）", "--units",
       "259002,259003-晋城市商务局机关服务中心", "--templates", "project-2023", "--db", db.url()});
  INFO(edited.err);
  REQUIRE(edited.exit_code == 0);
  CHECK(edited.out == "1\n");
  evalbook::store::Store store(db.url());
  const auto round = store.round(1);
  REQUIRE(round);
  CHECK(round->name == "2024年度项目支出绩效自评（补报）");
  CHECK(round->year == 2024);                                           // not given: kept
  CHECK(round->deadline == "2025-03-31");                               // not given: kept
  CHECK(round->units == std::vector<std::string>{"259002", "259003"});  // replaced
  CHECK(round->templates == std::vector<std::string>{"project-2023"});
  const auto names = store.unit_names();
  CHECK(names.at("259003") == "259003-晋城市商务局机关服务中心");  // the name is kept
  CHECK(names.at("259001") == "259001-晋城市商务局");              // from add

  SECTION("--deadline \"\" removes the deadline") {
    REQUIRE(evalbook_cli({"rounds", "edit", "1", "--deadline", "", "--db", db.url()}).exit_code ==
            0);
    CHECK(store.round(1)->deadline.empty());
  }
  SECTION("refused as the API refuses, in Chinese, and nothing changes") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> refusals = {
        {{"--deadline", "31.3.2025"}, "截止日期应为 YYYY-MM-DD"},
        {{"--year", "1900"}, "批次需要名称和年份"},
        {{"--year", "二〇二四"}, "年份应为整数"},
        {{"--name", " "}, "批次需要名称和年份"},
        {{"--templates", "no-such-template"}, "没有模板“no-such-template”"},
    };
    for (const auto& [options, message] : refusals) {
      std::vector<std::string> args = {"rounds", "edit", "1", "--db", db.url()};
      args.insert(args.end(), options.begin(), options.end());
      const auto refused = evalbook_cli(args);
      INFO(refused.err);
      CHECK(refused.exit_code == 2);
      CHECK(refused.err.find(message) != std::string::npos);
      CHECK(refused.out.empty());
    }
    const auto missing = evalbook_cli({"rounds", "edit", "7", "--name", "x", "--db", db.url()});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("没有编号为 7 的批次") != std::string::npos);
    CHECK(store.round(1)->name == "2024年度项目支出绩效自评（补报）");
    CHECK(store.round(1)->deadline == "2025-03-31");
  }
  SECTION("rounds add is held to the same checks") {
    const auto refused = evalbook_cli(
        {"rounds", "add", "x", "--year", "2024", "--deadline", "2025/3/31", "--db", db.url()});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("截止日期应为 YYYY-MM-DD") != std::string::npos);
    CHECK(store.rounds().size() == 1);
  }
}

TEST_CASE("cli: rounds --help is in English, its refusals in Chinese", "[cli][rounds]") {
  const auto help = evalbook_cli({"rounds", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("evalbook rounds edit ID") != std::string::npos);
  CHECK(help.out.find("replaced") != std::string::npos);
  const auto wrong = evalbook_cli({"rounds", "change", "1"});
  CHECK(wrong.exit_code == 2);
  // Only the command's own words may be ASCII: "evalbook rounds add|edit ... --help".
  std::string err = wrong.err;
  for (const char* own : {"evalbook", "rounds", "add", "edit", "help", "bad_argument"})
    for (auto at = err.find(own); at != std::string::npos; at = err.find(own))
      err.erase(at, std::string(own).size());
  INFO(wrong.err);
  CHECK_FALSE(has_ascii_word(err));
}
