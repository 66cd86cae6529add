#include "server/service.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "server/api_handler.h"

namespace evalbook::server {

Service::Service(ServerConfig config, const app::AppContext& context, store::Store& store)
    : state_(std::make_unique<ServiceState>(std::move(config), context, store)) {
  const ServerConfig& c = state_->config;
  pool_ = std::make_unique<Poco::ThreadPool>(2, c.threads, 60);
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(c.host, c.port), c.queued);
  auto params = new Poco::Net::HTTPServerParams;  // reference-counted by Poco
  params->setMaxThreads(c.threads);
  params->setMaxQueued(c.queued);
  params->setTimeout(Poco::Timespan(c.idle_timeout_seconds, 0));
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(Poco::Timespan(c.idle_timeout_seconds, 0));
  params->setServerName("evalbook");
  server_ = std::make_unique<Poco::Net::HTTPServer>(new ApiHandlerFactory(*state_), *pool_, socket,
                                                    params);
}

Service::~Service() { stop(); }

void Service::start() { server_->start(); }

void Service::stop() {
  if (server_) server_->stopAll(true);
}

std::uint16_t Service::port() const { return server_->port(); }

}  // namespace evalbook::server
