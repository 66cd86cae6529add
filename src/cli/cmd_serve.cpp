// evalbook serve [--listen HOST:PORT] [--db DB] [--web DIR] [--behind-tls] [--job-lease S]: the
// upload service (src/server) on the pipeline and the store, until SIGINT or SIGTERM.
#include <fmt/format.h>
#include <signal.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>

#include "cli/arg_hints.h"
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

// A port as typed: digits only, 0 (any free port, the one taken is printed) to 65535.
std::optional<std::uint16_t> parse_port(std::string_view text) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value > 65535)
    return std::nullopt;
  return static_cast<std::uint16_t>(value);
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
      const auto port = colon == std::string::npos ? std::nullopt : parse_port(v.substr(colon + 1));
      if (!port) {
        report_error(
            "serve", "bad_argument",
            fmt::format("--listen 应为 主机:端口，端口为 0 到 65535 的整数，而不是“{}”", v));
        return kExitUnreadable;
      }
      config.host = v.substr(0, colon);
      config.port = *port;
    } else if (a == "--port" && has_value) {
      const auto port = parse_port(args[++i]);
      if (!port) {
        report_error("serve", "bad_argument",
                     fmt::format("--port 应为 0 到 65535 的整数，而不是“{}”", args[i]));
        return kExitUnreadable;
      }
      config.port = *port;
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
    } else if (a == "--listen" || a == "--port" || a == "--db" || a == "--web" ||
               a == "--job-lease") {
      report_missing_value("serve", a,
                           a == "--listen" ? "主机:端口（例如 --listen 127.0.0.1:8080）"
                           : a == "--port" ? "端口号"
                           : a == "--db"   ? "数据库（例如 --db sqlite:evalbook.db）"
                           : a == "--web"  ? "网页文件所在的文件夹"
                                           : "秒数");
      return kExitUnreadable;
    } else {
      report_unknown_option("serve", a,
                            {"--listen", "--port", "--db", "--web", "--job-lease", "--behind-tls"});
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
