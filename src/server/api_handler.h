// The request handler: routes a request to its endpoint, checks who is asking and what their
// role allows, and turns every failure into the contract's JSON error.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

#include "server/service.h"

namespace evalbook::server {

class ApiHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit ApiHandler(ServiceState& state) : state_(state) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override;

 private:
  ServiceState& state_;
};

}  // namespace evalbook::server
