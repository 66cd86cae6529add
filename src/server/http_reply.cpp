#include "server/http_reply.h"

#include <Poco/URI.h>

#include "model/json_writer.h"

namespace evalbook::server {

void set_common_headers(Poco::Net::HTTPServerResponse& response) {
  response.set("Content-Security-Policy",
               "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  response.set("X-Frame-Options", "DENY");
}

void send_json(Poco::Net::HTTPServerResponse& response, int status, const std::string& body) {
  set_common_headers(response);
  response.set("Cache-Control", "no-store");
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  response.setContentType("application/json; charset=utf-8");
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  // Flushed now, not when the response ends: the answer leaves before the connection drops what
  // is left of the request's body, so a client still sending can read it and stop.
  response.send().write(body.data(), static_cast<std::streamsize>(body.size())).flush();
}

void send_error(Poco::Net::HTTPServerResponse& response, int status, ErrorCode code,
                std::string_view message) {
  std::string body = "{\"error\": {\"code\": " + json_string(error_code_name(code)) +
                     ", \"message\": " + json_string(message) +
                     ", \"hint\": " + json_string(error_code_hint(code)) + "}}";
  send_json(response, status, body);
}

void send_bytes(Poco::Net::HTTPServerResponse& response, const std::string& bytes,
                const std::string& content_type, const std::string& file_name) {
  set_common_headers(response);
  response.set("Cache-Control", "no-store");
  std::string encoded;
  Poco::URI::encode(file_name, "", encoded);
  // RFC 6266: an ASCII fallback and the UTF-8 name (Chinese file names survive).
  response.set("Content-Disposition",
               "attachment; filename=\"download\"; filename*=UTF-8''" + encoded);
  response.setContentType(content_type);
  response.setContentLength(static_cast<std::streamsize>(bytes.size()));
  response.send().write(bytes.data(), static_cast<std::streamsize>(bytes.size())).flush();
}

std::string json_string(std::string_view text) {
  std::string out;
  model::append_json_string(out, text);
  return out;
}

}  // namespace evalbook::server
