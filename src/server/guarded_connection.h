// One client connection: reads its requests one after another (keep-alive) and hands each to
// the ApiHandler, under the ConnectionGuard's per-address cap and header deadline. Poco's own
// HTTPServerConnection answers a malformed request with an empty 400 and drops a request whose
// Content-Length is no number without any answer; here every such case gets the contract's JSON
// error.
#pragma once

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include "server/connection_guard.h"
#include "server/service.h"

namespace evalbook::server {

class GuardedConnection : public Poco::Net::TCPServerConnection {
 public:
  GuardedConnection(const Poco::Net::StreamSocket& socket, ServiceState& state,
                    ConnectionGuard& guard, Poco::Net::HTTPServerParams::Ptr params);
  void run() override;

 private:
  void serve(std::uint64_t ticket);
  ServiceState& state_;
  ConnectionGuard& guard_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

class GuardedConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  GuardedConnectionFactory(ServiceState& state, ConnectionGuard& guard,
                           Poco::Net::HTTPServerParams::Ptr params)
      : state_(state), guard_(guard), params_(std::move(params)) {}
  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
    return new GuardedConnection(socket, state_, guard_, params_);  // Poco takes ownership
  }

 private:
  ServiceState& state_;
  ConnectionGuard& guard_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

}  // namespace evalbook::server
