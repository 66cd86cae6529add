// Writing responses: JSON bodies, the contract's error objects and the headers every response
// carries (no caching of private data, CSP, no sniffing).
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/error_code.h"

namespace evalbook::server {

// An error to answer with: the HTTP status and one of the named codes.
class HttpError : public Error {
 public:
  HttpError(int status, ErrorCode code, std::string message, std::int64_t retry_after = 0)
      : Error(code, std::move(message)), status_(status), retry_after_(retry_after) {}
  int status() const { return status_; }
  // Seconds for the Retry-After header; 0 for none.
  std::int64_t retry_after() const { return retry_after_; }

 private:
  int status_;
  std::int64_t retry_after_;
};

// 429: come back in `seconds`.
class TooSoon : public HttpError {
 public:
  TooSoon(std::int64_t seconds, std::string message)
      : HttpError(429, ErrorCode::too_many_requests, std::move(message), seconds) {}
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
