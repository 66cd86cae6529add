// evalbook serve [--listen HOST:PORT] [--db DB] [--web DIR] [--behind-tls] [--job-lease S]: the
// upload service (src/server) on the pipeline and the store, until SIGINT or SIGTERM.
#include <fmt/format.h>
#include <signal.h>

#include <cstdlib>
#include <filesystem>

#include "cli/cli_common.h"
#include "cli/form_reading.h"
#include "server/service.h"
#include "store/store.h"

namespace evalbook::cli {

namespace {

// The page's files beside the templates folder of this build or installation.
std::string default_web_dir() {
  return (std::filesystem::path(app::AppContext::default_template_dir()).parent_path() / "web")
      .string();
}

}  // namespace

int run_serve(const Args& args) {
  server::ServerConfig config;
  config.web_dir = default_web_dir();
  std::string db = "sqlite:evalbook.db";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--listen" && has_value) {
      const std::string v = args[++i];
      const auto colon = v.rfind(':');
      if (colon == std::string::npos) {
        report_error("serve", "bad_argument", "--listen 应为 主机:端口");
        return kExitUnreadable;
      }
      config.host = v.substr(0, colon);
      config.port = static_cast<std::uint16_t>(std::atoi(v.c_str() + colon + 1));
    } else if (a == "--port" && has_value) {
      config.port = static_cast<std::uint16_t>(std::atoi(args[++i].c_str()));
    } else if (a == "--db" && has_value) {
      db = args[++i];
    } else if (a == "--web" && has_value) {
      config.web_dir = args[++i];
    } else if (a == "--job-lease" && has_value) {
      const int seconds = std::atoi(args[++i].c_str());
      if (seconds < 1) {
        report_error("serve", "bad_argument", "--job-lease 应为正整数（秒）");
        return kExitUnreadable;
      }
      config.job_lease_seconds = seconds;
    } else if (a == "--behind-tls") {
      config.behind_tls = true;
    } else {
      report_error("serve", "bad_argument", fmt::format("未知选项 {}", a));
      return kExitUnreadable;
    }
  }
  const tmpl::TemplateSpec* forced = nullptr;
  const auto context = load_context("", forced);
  if (!context) return kExitUnreadable;
  return guarded(db, [&] {
    store::Store store(db);
    // SIGINT and SIGTERM are waited for, not delivered, so the server stops in order.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    server::Service service(config, *context, store);
    service.start();
    std::fprintf(stderr, "evalbook serve: http://%s:%u/ （按 Ctrl-C 停止）\n", config.host.c_str(),
                 static_cast<unsigned>(service.port()));
    int received = 0;
    sigwait(&signals, &received);
    std::fputs("正在停止\n", stderr);
    service.stop();
    return kExitOk;
  });
}

}  // namespace evalbook::cli
