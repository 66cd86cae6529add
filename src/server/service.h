// `evalbook serve`: Poco's TCPServer on a bounded thread pool, each connection read by a
// GuardedConnection (a per-address cap, a header deadline), answering the API of
// CLI-CONTRACT.md ("The service") and serving the page's files. It keeps no state between
// requests: sessions, uploads and results are all in the store, so several servers can share
// one PostgreSQL.
#pragma once

#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>

#include <memory>

#include "app/app_context.h"
#include "server/connection_guard.h"
#include "server/round_jobs.h"
#include "server/server_config.h"
#include "server/upload_slots.h"
#include "store/store.h"

namespace evalbook::server {

// What every request handler shares.
struct ServiceState {
  ServiceState(ServerConfig c, const app::AppContext& ctx, store::Store& s)
      : config(std::move(c)),
        context(ctx),
        store(s),
        jobs(ctx, s, config.max_running_jobs, config.job_lease_seconds) {}
  ServerConfig config;
  const app::AppContext& context;
  store::Store& store;
  UploadSlots uploads{config.max_concurrent_uploads, config.max_uploads_per_address};
  JobRunner jobs;  // last: its threads end before the rest goes
};

class Service {
 public:
  Service(ServerConfig config, const app::AppContext& context, store::Store& store);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  void start();
  void stop();
  // The port listened on (the one chosen when the config said 0).
  std::uint16_t port() const;

 private:
  std::unique_ptr<ServiceState> state_;
  std::unique_ptr<ConnectionGuard> guard_;  // outlives the connections: the pool ends first
  std::unique_ptr<Poco::ThreadPool> pool_;
  std::unique_ptr<Poco::Net::TCPServer> server_;
};

}  // namespace evalbook::server
