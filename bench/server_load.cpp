// The service under load (issue 10): `evalbook serve` as its own process on loopback, 16
// clients uploading 2,000 sample-like forms, then the round's consolidation workbook. Prints
// uploads/s, p50/p99 latency, the server's peak RSS (VmHWM), lost and duplicated uploads (counted
// in the database afterwards) and the consolidation's time. Bounded: it stops after --limit
// seconds whatever is left. See bench/README.md ("The service under load").
//
//   evalbook_server_bench --evalbook BIN (--sqlite FILE | --postgres postgresql://U@H:P)
//                         --data DIR [--forms 2000] [--clients 16] [--limit 600]
#include <Poco/Data/Session.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "../tests/server/api_client.h"
#include "../tests/server/serve_process.h"
#include "app/app_context.h"
#include "app/result_json.h"
#include "app/workbook_check.h"
#include "store/credentials.h"
#include "store/store.h"
#include "xlsx/patcher.h"
#include "xlsx/workbook.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using evalbook::test::ApiClient;
using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

struct Options {
  std::string evalbook, sqlite, postgres, data;
  int forms = 2000, clients = 16, limit_seconds = 600;
};

std::string unit_code(int client) { return std::to_string(259100 + client); }

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read " + path);
  return s.str();
}

// A sample project form and the cells holding its project name and unit.
struct BaseForm {
  std::string path, sheet, project, unit;
  std::optional<evalbook::xlsx::CellRef> project_cell, unit_cell;
};

// The cells of `sheet` whose display text is exactly `a` or `b`.
class TextFinder : public evalbook::xlsx::CellVisitor {
 public:
  TextFinder(const evalbook::xlsx::Workbook& w, BaseForm& f) : workbook_(w), form_(f) {}
  void on_cell(const evalbook::xlsx::Cell& cell) override {
    if (cell.type != evalbook::xlsx::CellType::text) return;
    const std::string text = workbook_.display_text(cell);
    if (!form_.project_cell && text == form_.project) form_.project_cell = cell.ref;
    if (!form_.unit_cell && text == form_.unit) form_.unit_cell = cell.ref;
  }

 private:
  const evalbook::xlsx::Workbook& workbook_;
  BaseForm& form_;
};

std::vector<BaseForm> base_forms(const evalbook::app::AppContext& context) {
  std::vector<BaseForm> out;
  std::vector<fs::path> samples;
  for (const auto& e : fs::directory_iterator(EVALBOOK_SOURCE_DIR "/samples"))
    if (e.path().extension() == ".xlsx") samples.push_back(e.path());
  std::sort(samples.begin(), samples.end());
  for (const auto& path : samples) {
    const auto result = evalbook::app::check_workbook(context, path.string());
    if (!result.error_code.empty() || result.forms.size() != 1 ||
        result.forms.front().template_id.rfind("project", 0) != 0)
      continue;
    const auto k = evalbook::app::key_figures(result.forms.front());
    BaseForm f{path.string(), result.forms.front().sheet, k.project, k.unit, {}, {}};
    auto workbook = evalbook::xlsx::Workbook::open_file(f.path);
    for (std::size_t i = 0; i < workbook->sheets().size(); ++i) {
      if (workbook->sheets()[i].name != f.sheet) continue;
      TextFinder finder(*workbook, f);
      workbook->read_sheet(i, finder);
    }
    if (f.project_cell) out.push_back(std::move(f));
  }
  if (out.empty()) throw std::runtime_error("no one-form project sample found in samples/");
  return out;
}

// form-NNNN.xlsx: sample (i mod samples) with its project renamed "…（第k批）" and its unit
// written as the uploading client's unit "2591CC-…". Made once; kept for later runs.
std::vector<std::string> ensure_forms(const Options& o, const evalbook::app::AppContext& context) {
  fs::create_directories(o.data);
  std::vector<std::string> paths;
  for (int i = 0; i < o.forms; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "form-%04d.xlsx", i);
    paths.push_back((fs::path(o.data) / name).string());
  }
  if (std::all_of(paths.begin(), paths.end(), [](const auto& p) { return fs::exists(p); }))
    return paths;
  const auto bases = base_forms(context);
  std::fprintf(stderr, "generating %d forms from %zu samples into %s\n", o.forms, bases.size(),
               o.data.c_str());
  for (int i = 0; i < o.forms; ++i) {
    const BaseForm& b = bases[static_cast<std::size_t>(i) % bases.size()];
    evalbook::xlsx::Patcher patcher(b.path);
    const auto sheet = patcher.sheet_index(b.sheet);
    const int batch = i / static_cast<int>(bases.size()) + 1;
    patcher.set_cell(
        sheet, *b.project_cell,
        evalbook::xlsx::CellValue::of_text(b.project + "（第" + std::to_string(batch) + "批）"));
    if (b.unit_cell) {
      const std::string code = unit_code(i % o.clients);
      patcher.set_cell(sheet, *b.unit_cell,
                       evalbook::xlsx::CellValue::of_text(code + "-压测单位" + code));
    }
    patcher.write(paths[static_cast<std::size_t>(i)]);
  }
  return paths;
}

struct Upload {
  int status = 0;
  double seconds = 0;
  std::int64_t submission = 0;
  int version = 0;
  std::string sha256;
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(rank, v.size() - 1)];
}

long peak_rss_kib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// User + system CPU seconds the process has used so far (/proc/PID/stat fields 14 and 15).
double cpu_seconds(int pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream fields(text.substr(text.rfind(')') + 2));  // after "(comm) "
  std::string field;
  long ticks = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i)
    if (i >= 14) ticks += std::stol(field);
  return static_cast<double>(ticks) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

std::int64_t count(evalbook::store::Database& db, const std::string& sql) {
  auto s = db.session();
  Poco::Int64 n = -1;
  s << db.sql(sql), into(n), now;
  return n;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--evalbook")
      o.evalbook = v;
    else if (a == "--sqlite")
      o.sqlite = v;
    else if (a == "--postgres")
      o.postgres = v;
    else if (a == "--data")
      o.data = v;
    else if (a == "--forms")
      o.forms = std::stoi(v);
    else if (a == "--clients")
      o.clients = std::stoi(v);
    else if (a == "--limit")
      o.limit_seconds = std::stoi(v);
    else
      throw std::runtime_error("unknown option " + a);
  }
  if (o.evalbook.empty() || o.data.empty() || o.sqlite.empty() == o.postgres.empty())
    throw std::runtime_error(
        "usage: evalbook_server_bench --evalbook BIN (--sqlite FILE | --postgres URL) --data DIR "
        "[--forms N] [--clients N] [--limit SECONDS]");
  return o;
}

// A new database for this run: the SQLite file must not exist yet; on PostgreSQL one is made.
std::string fresh_database(const Options& o) {
  if (!o.sqlite.empty()) {
    if (fs::exists(o.sqlite)) throw std::runtime_error(o.sqlite + " exists: give a new file");
    return "sqlite:" + o.sqlite;
  }
  const std::string name = "evalbook_bench_" + evalbook::store::random_hex(4);
  evalbook::store::Database admin(o.postgres + "/postgres", 1);
  auto s = admin.session();
  s << "CREATE DATABASE " + name, now;
  return o.postgres + "/" + name;
}

int run(const Options& o) {
  const evalbook::app::AppContext context(EVALBOOK_SOURCE_DIR "/templates");
  const auto forms = ensure_forms(o, context);
  const std::string url = fresh_database(o);
  {
    evalbook::store::Store store(url);
    evalbook::store::Round round;
    round.name = "压测批次";
    round.year = 2023;
    for (int c = 0; c < o.clients; ++c) {
      round.units.push_back(unit_code(c));
      store.add_user("unit-" + std::to_string(c), evalbook::store::Role::unit, unit_code(c),
                     "bench-pass");
    }
    store.add_user("finance", evalbook::store::Role::finance, "", "bench-pass");
    store.add_round(round);
  }
  evalbook::test::ServeProcess server(o.evalbook, url);
  std::vector<std::unique_ptr<ApiClient>> clients;
  for (int c = 0; c < o.clients; ++c) {
    clients.push_back(std::make_unique<ApiClient>(server.port()));
    if (!clients.back()->login("unit-" + std::to_string(c), "bench-pass"))
      throw std::runtime_error("login failed");
  }

  std::vector<Upload> uploads(forms.size());
  const double cpu_before = cpu_seconds(static_cast<int>(server.pid()));
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::seconds(o.limit_seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < o.clients; ++c) {
    threads.emplace_back([&, c] {
      // Client c uploads forms c, c+16, c+32...: the ones written with its unit.
      for (std::size_t i = static_cast<std::size_t>(c); i < forms.size();
           i += static_cast<std::size_t>(o.clients)) {
        if (Clock::now() > deadline) return;
        const std::string bytes = file_bytes(forms[i]);
        Upload& u = uploads[i];
        u.sha256 = evalbook::store::sha256_hex(bytes);
        const auto t0 = Clock::now();
        try {
          const auto reply = clients[static_cast<std::size_t>(c)]->upload(
              "/api/rounds/1/uploads", {{fs::path(forms[i]).filename().string(), bytes}});
          u.status = reply.status;
          if (reply.status == 201) {
            Poco::JSON::Parser parser;
            auto s = parser.parse(reply.body)
                         .extract<Poco::JSON::Object::Ptr>()
                         ->getArray("submissions")
                         ->getObject(0);
            u.submission = s->getValue<Poco::Int64>("id");
            u.version = s->getValue<int>("version");
          }
        } catch (const std::exception&) {
          u.status = -1;
        }
        u.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
      }
    });
  }
  for (auto& t : threads) t.join();
  const double wall = std::chrono::duration<double>(Clock::now() - start).count();
  const double upload_cpu = cpu_seconds(static_cast<int>(server.pid())) - cpu_before;

  ApiClient finance(server.port());
  if (!finance.login("finance", "bench-pass")) throw std::runtime_error("finance login failed");
  const auto t0 = Clock::now();
  const auto summary = finance.get("/api/rounds/1/summary.xlsx");
  const double summary_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  const long rss = peak_rss_kib(static_cast<int>(server.pid()));
  server.kill();

  std::vector<double> latencies;
  int acknowledged = 0, failed = 0, not_sent = 0;
  std::map<int, int> refusals;  // HTTP status (-1: no answer) -> count
  for (const auto& u : uploads) {
    if (u.status == 0) {
      ++not_sent;
    } else if (u.status == 201) {
      ++acknowledged;
      latencies.push_back(u.seconds);
    } else {
      ++failed;
      ++refusals[u.status];
    }
  }
  evalbook::store::Store store(url);
  int lost = 0;
  for (const auto& u : uploads) {
    if (u.status != 201) continue;
    auto v = store.version(u.submission, u.version);
    if (!v || v->sha256 != u.sha256) ++lost;
  }
  auto& db = store.database();
  const std::int64_t versions = count(db, "SELECT COUNT(*) FROM versions");
  const std::int64_t submissions = count(db, "SELECT COUNT(*) FROM submissions");
  const std::int64_t forms_rows = count(db, "SELECT COUNT(*) FROM forms");
  // Every file was sent once under its own name: a second version of any is a duplicate.
  const std::int64_t duplicated = versions - submissions;

  std::printf("database        %s\n", o.sqlite.empty() ? "PostgreSQL" : "SQLite");
  std::printf("uploads         %d of %zu acknowledged (201), %d failed, %d not sent in %d s\n",
              acknowledged, forms.size(), failed, not_sent, o.limit_seconds);
  for (const auto& [status, n] : refusals)
    std::printf("  refused       %d times HTTP %d\n", n, status);
  std::printf("clients         %d\n", o.clients);
  std::printf("wall            %.2f s\n", wall);
  std::printf("uploads/s       %.1f\n", acknowledged / wall);
  std::printf("server CPU      %.1f s for the uploads, %.1f ms per upload (user+sys)\n", upload_cpu,
              1000 * upload_cpu / std::max(acknowledged, 1));
  std::printf("latency p50     %.3f s\n", percentile(latencies, 0.50));
  std::printf("latency p99     %.3f s\n", percentile(latencies, 0.99));
  std::printf("latency max     %.3f s\n", percentile(latencies, 1.0));
  std::printf("peak RSS        %.1f MiB (server VmHWM)\n", rss / 1024.0);
  std::printf("lost            %d\n", lost);
  std::printf("duplicated      %lld\n", static_cast<long long>(duplicated));
  std::printf("db rows         %lld submissions, %lld versions, %lld forms\n",
              static_cast<long long>(submissions), static_cast<long long>(versions),
              static_cast<long long>(forms_rows));
  std::printf("summary.xlsx    %.2f s, HTTP %d, %zu bytes\n", summary_seconds, summary.status,
              summary.body.size());
  const bool ok =
      lost == 0 && duplicated == 0 && failed == 0 && not_sent == 0 && summary.status == 200;
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse(argc, argv));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "evalbook_server_bench: %s\n", e.what());
    return 2;
  }
}
