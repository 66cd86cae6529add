#include "api_client.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

namespace evalbook::test {

Reply ApiClient::request(const std::string& method, const std::string& path,
                         const std::string& body, const std::string& content_type,
                         const std::map<std::string, std::string>& headers) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port_);
  session.setTimeout(Poco::Timespan(120, 0));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!cookie_.empty()) {
    Poco::Net::NameValueCollection cookies;
    cookies.add("evalbook_session", cookie_);
    req.setCookies(cookies);
  }
  for (const auto& [k, v] : headers) req.set(k, v);
  if (!content_type.empty()) req.setContentType(content_type);
  if (method != "GET") req.setContentLength(static_cast<std::streamsize>(body.size()));
  session.sendRequest(req).write(body.data(), static_cast<std::streamsize>(body.size()));
  Poco::Net::HTTPResponse res;
  std::istream& in = session.receiveResponse(res);
  Reply reply;
  reply.status = res.getStatus();
  Poco::StreamCopier::copyToString(in, reply.body);
  for (const auto& [k, v] : res) reply.headers[k] = v;
  std::vector<Poco::Net::HTTPCookie> cookies;
  res.getCookies(cookies);
  for (const auto& c : cookies)
    if (c.getName() == "evalbook_session") cookie_ = c.getValue();
  return reply;
}

Reply ApiClient::get(const std::string& path) { return request("GET", path, "", ""); }

Reply ApiClient::post_json(const std::string& path, const std::string& json,
                           const std::map<std::string, std::string>& headers) {
  return request("POST", path, json, "application/json", headers);
}

Reply ApiClient::upload(const std::string& path,
                        const std::vector<std::pair<std::string, std::string>>& files) {
  const std::string boundary = "----evalbook-test-boundary-7d93";
  std::string body;
  for (const auto& [name, bytes] : files) {
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += bytes;
    body += "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  return request("POST", path, body, "multipart/form-data; boundary=" + boundary);
}

bool ApiClient::login(const std::string& name, const std::string& password) {
  return post_json("/api/login",
                   "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}")
             .status == 200;
}

Poco::JSON::Object::Ptr json_of(const Reply& reply) {
  Poco::JSON::Parser parser;
  auto object = parser.parse(reply.body).extract<Poco::JSON::Object::Ptr>();
  REQUIRE(object);
  return object;
}

namespace {

std::string error_field(const Reply& reply, const std::string& field) {
  try {
    Poco::JSON::Parser parser;
    auto obj = parser.parse(reply.body).extract<Poco::JSON::Object::Ptr>();
    auto error = obj->getObject("error");
    return error ? error->getValue<std::string>(field) : std::string();
  } catch (const Poco::Exception&) {
    return {};
  }
}

}  // namespace

std::string error_code_of(const Reply& reply) { return error_field(reply, "code"); }

std::string error_message_of(const Reply& reply) { return error_field(reply, "message"); }

std::vector<std::string> english_words(std::string text) {
  static const std::regex allowed(
      R"([\w.\-\[\]/]*\.(?:xml|xlsx|xls|zip|rels)\b|\b(?:Excel|WPS|XML|UTF|LibreOffice)\b)");
  static const std::regex word("[A-Za-z]{2,}");
  text = std::regex_replace(text, allowed, " ");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator();
       ++it)
    out.push_back(it->str());
  return out;
}

}  // namespace evalbook::test
