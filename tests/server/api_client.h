// A small HTTP client for the API tests: Poco's HTTPClientSession on loopback, a session cookie
// kept between calls, multipart bodies built by hand.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace evalbook::test {

struct Reply {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;
};

class ApiClient {
 public:
  explicit ApiClient(std::uint16_t port) : port_(port) {}

  Reply get(const std::string& path);
  Reply post_json(const std::string& path, const std::string& json,
                  const std::map<std::string, std::string>& headers = {});
  // One part named "file" per (file name, bytes).
  Reply upload(const std::string& path,
               const std::vector<std::pair<std::string, std::string>>& files);
  Reply request(const std::string& method, const std::string& path, const std::string& body,
                const std::string& content_type,
                const std::map<std::string, std::string>& headers = {});

  // Logs in; true on 200 (the cookie is kept).
  bool login(const std::string& name, const std::string& password);
  void set_cookie(const std::string& token) { cookie_ = token; }
  const std::string& cookie() const { return cookie_; }

 private:
  std::uint16_t port_;
  std::string cookie_;
};

// The reply's body as a JSON object (fails the test when it is none).
Poco::JSON::Object::Ptr json_of(const Reply& reply);

// The code of an error reply ({"error": {"code": ...}}), empty when there is none.
std::string error_code_of(const Reply& reply);
// Its message, empty when there is none.
std::string error_message_of(const Reply& reply);

// The English words of a message a clerk reads, once file and part names (xl/worksheets/
// sheet1.xml, 空.xlsx) and product names are taken out: none is expected.
std::vector<std::string> english_words(std::string text);

}  // namespace evalbook::test
