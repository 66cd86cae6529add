#include "server/service.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "server/guarded_connection.h"

namespace evalbook::server {

Service::Service(ServerConfig config, const app::AppContext& context, store::Store& store)
    : state_(std::make_unique<ServiceState>(std::move(config), context, store)) {
  const ServerConfig& c = state_->config;
  guard_ = std::make_unique<ConnectionGuard>(c.max_connections_per_address,
                                             std::chrono::seconds(c.header_timeout_seconds));
  pool_ = std::make_unique<Poco::ThreadPool>(2, c.threads, 60);
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(c.host, c.port), c.queued);
  Poco::Net::HTTPServerParams::Ptr params(new Poco::Net::HTTPServerParams);
  params->setMaxThreads(c.threads);
  params->setMaxQueued(c.queued);
  params->setTimeout(Poco::Timespan(c.idle_timeout_seconds, 0));
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(Poco::Timespan(c.idle_timeout_seconds, 0));
  params->setServerName("evalbook");
  server_ = std::make_unique<Poco::Net::TCPServer>(
      new GuardedConnectionFactory(*state_, *guard_, params), *pool_, socket, params);
}

Service::~Service() { stop(); }

void Service::start() { server_->start(); }

void Service::stop() {
  if (!server_) return;
  server_->stop();      // no new connections
  guard_->close_all();  // the open ones end at their next read
}

std::uint16_t Service::port() const { return server_->port(); }

}  // namespace evalbook::server
