// Administration on the service's database: evalbook users add|token (CLI-CONTRACT.md "The
// service"), with --db as for serve. Rounds are in cmd_rounds.cpp.
#include <fmt/format.h>

#include <iostream>
#include <string>

#include "cli/cli_common.h"
#include "store/credentials.h"
#include "store/store.h"

namespace evalbook::cli {

namespace {

constexpr const char* kDefaultDb = "sqlite:evalbook.db";

int users_add(const Args& args) {
  std::string name, role, unit, db = kDefaultDb;
  bool password_stdin = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool v = i + 1 < args.size();
    if (args[i] == "--role" && v) {
      role = args[++i];
    } else if (args[i] == "--unit" && v) {
      unit = args[++i];
    } else if (args[i] == "--db" && v) {
      db = args[++i];
    } else if (args[i] == "--password-stdin") {
      password_stdin = true;
    } else if (!args[i].empty() && args[i][0] != '-' && name.empty()) {
      name = args[i];
    } else {
      report_error("users", "bad_argument", fmt::format("未知选项 {}", args[i]));
      return kExitUnreadable;
    }
  }
  const auto parsed_role = store::role_from_name(role);
  if (name.empty() || !parsed_role || !password_stdin) {
    report_error("users", "bad_argument",
                 "用法：evalbook users add 用户名 --role unit|finance|admin [--unit 单位代码] "
                 "--password-stdin [--db DB] / usage");
    return kExitUnreadable;
  }
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (!store::password_long_enough(password)) {
    report_error(
        "users", "bad_argument",
        fmt::format("{}（密码从标准输入读取） / password too short", store::kPasswordTooShort));
    return kExitUnreadable;
  }
  return guarded(db, [&] {
    store::Store store(db);
    const auto id = store.add_user(name, *parsed_role, unit, password);
    std::printf("%lld\n", static_cast<long long>(id));
    return kExitOk;
  });
}

int users_token(const Args& args) {
  std::string name, db = kDefaultDb;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--db" && i + 1 < args.size()) {
      db = args[++i];
    } else if (name.empty() && !args[i].empty() && args[i][0] != '-') {
      name = args[i];
    } else {
      report_error("users", "bad_argument", "用法：evalbook users token 用户名 [--db DB]");
      return kExitUnreadable;
    }
  }
  return guarded(db, [&] {
    store::Store store(db);
    auto user = store.user_by_name(name);
    if (!user) {
      report_error(name, "not_found", "没有这个用户");
      return kExitUnreadable;
    }
    // Printed once: only its hash is kept.
    std::printf("%s\n", store.add_api_token(user->id).c_str());
    return kExitOk;
  });
}

}  // namespace

int run_users(const Args& args) {
  if (!args.empty() && args[0] == "add") return users_add(Args(args.begin() + 1, args.end()));
  if (!args.empty() && args[0] == "token") return users_token(Args(args.begin() + 1, args.end()));
  report_error("users", "bad_argument", "用法：evalbook users add|token ...");
  return kExitUnreadable;
}

}  // namespace evalbook::cli
