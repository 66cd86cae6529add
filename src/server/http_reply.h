// Writing responses: JSON bodies, the contract's error objects and the headers every response
// carries (no caching of private data, CSP, no sniffing).
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

#include <string>
#include <string_view>

#include "base/error_code.h"

namespace evalbook::server {

// An error to answer with: the HTTP status and one of the named codes.
class HttpError : public Error {
 public:
  HttpError(int status, ErrorCode code, std::string message)
      : Error(code, std::move(message)), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

void set_common_headers(Poco::Net::HTTPServerResponse& response);
void send_json(Poco::Net::HTTPServerResponse& response, int status, const std::string& body);
void send_error(Poco::Net::HTTPServerResponse& response, int status, ErrorCode code,
                std::string_view message);
void send_bytes(Poco::Net::HTTPServerResponse& response, const std::string& bytes,
                const std::string& content_type, const std::string& file_name);

// A JSON string literal of `text` (escaped).
std::string json_string(std::string_view text);

}  // namespace evalbook::server
