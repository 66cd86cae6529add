// evalbook serve [--listen HOST:PORT] [--db DB] [--web DIR] [--behind-tls] [--job-lease S]
// [--threads N] [--connections-per-address N] [--uploads N] [--uploads-per-address N] [--jobs N]:
// the upload service (src/server) on the pipeline and the store, until SIGINT or SIGTERM.
#include <fmt/format.h>
#include <signal.h>

#include <charconv>
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

// The service's limits that an operator may size to the machine: each a whole number within bounds.
struct CountOption {
  const char* name;
  const char* what;  // in the message when the value is refused
  long min;
  long max;
};

constexpr CountOption kCountOptions[] = {
    {"--job-lease", "后台汇总任务的租期（秒）", 1, 86400},
    {"--threads", "处理请求的线程数", 2, 1024},
    {"--connections-per-address", "每个地址可同时打开的连接数", 1, 1024},
    {"--uploads", "可同时处理的上传数", 1, 256},
    {"--uploads-per-address", "每个地址可同时进行的上传数", 1, 256},
    {"--jobs", "可同时运行的后台汇总任务数", 1, 64},
};

const CountOption* count_option(std::string_view name) {
  for (const auto& option : kCountOptions)
    if (name == option.name) return &option;
  return nullptr;
}

std::optional<long> parse_count(std::string_view text, const CountOption& option) {
  long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < option.min ||
      value > option.max)
    return std::nullopt;
  return value;
}

void set_count(server::ServerConfig& config, std::string_view name, long value) {
  if (name == "--job-lease") config.job_lease_seconds = value;
  if (name == "--threads") config.threads = static_cast<int>(value);
  if (name == "--connections-per-address")
    config.max_connections_per_address = static_cast<int>(value);
  if (name == "--uploads") config.max_concurrent_uploads = static_cast<int>(value);
  if (name == "--uploads-per-address") config.max_uploads_per_address = static_cast<int>(value);
  if (name == "--jobs") config.max_running_jobs = static_cast<int>(value);
}

}  // namespace

int run_serve(const Args& args) {
  server::ServerConfig config;
  config.web_dir = default_web_dir();
  std::string db = "sqlite:evalbook.db";
  bool per_address_uploads_given = false;
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
    } else if (const CountOption* option = count_option(a); option && has_value) {
      const auto value = parse_count(args[++i], *option);
      if (!value) {
        report_error("serve", "bad_argument",
                     fmt::format("{} 为{}，应为 {} 到 {} 的整数，而不是“{}”", a, option->what,
                                 option->min, option->max, args[i]));
        return kExitUnreadable;
      }
      set_count(config, a, *value);
      per_address_uploads_given |= a == "--uploads-per-address";
    } else if (a == "--behind-tls") {
      config.behind_tls = true;
    } else if (a == "--listen" || a == "--port" || a == "--db" || a == "--web" || count_option(a)) {
      report_missing_value("serve", a,
                           a == "--listen" ? "主机:端口（例如 --listen 127.0.0.1:8080）"
                           : a == "--port" ? "端口号"
                           : a == "--db"   ? "数据库（例如 --db sqlite:evalbook.db）"
                           : a == "--web"  ? "网页文件所在的文件夹"
                                           : "整数");
      return kExitUnreadable;
    } else {
      report_unknown_option(
          "serve", a,
          {"--listen", "--port", "--db", "--web", "--job-lease", "--behind-tls", "--threads",
           "--connections-per-address", "--uploads", "--uploads-per-address", "--jobs"});
      return kExitUnreadable;
    }
  }
  if (config.max_uploads_per_address > config.max_concurrent_uploads) {
    if (per_address_uploads_given) {
      report_error("serve", "bad_argument",
                   fmt::format("--uploads-per-address（{}）不能大于 --uploads（{}）",
                               config.max_uploads_per_address, config.max_concurrent_uploads));
      return kExitUnreadable;
    }
    // Only --uploads was lowered: one address may then take every upload slot.
    config.max_uploads_per_address = config.max_concurrent_uploads;
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
