#include "server/api_handler.h"

#include <Poco/Data/DataException.h>
#include <Poco/URI.h>

#include <fstream>
#include <sstream>

#include "server/auth.h"
#include "server/http_reply.h"
#include "server/login_throttle.h"
#include "server/route_support.h"
#include "server/routes.h"
#include "server/server_log.h"

namespace evalbook::server {

namespace {

// The page's files: a fixed table, so no path is ever made from the request.
void static_file(ServiceState& state, const std::string& path, Request& request,
                 Response& response) {
  // Only reading: TRACE would echo the request (its cookie) back, PUT or DELETE change nothing.
  if (request.getMethod() != "GET" && request.getMethod() != "HEAD") {
    response.set("Allow", "GET, HEAD");
    throw HttpError(405, ErrorCode::bad_request, "页面文件只能读取（GET）");
  }
  static const std::map<std::string, std::pair<std::string, std::string>> files = {
      {"/", {"index.html", "text/html; charset=utf-8"}},
      {"/index.html", {"index.html", "text/html; charset=utf-8"}},
      {"/app.js", {"app.js", "text/javascript; charset=utf-8"}},
      {"/style.css", {"style.css", "text/css; charset=utf-8"}},
  };
  auto it = files.find(path);
  if (it == files.end() || state.config.web_dir.empty())
    throw HttpError(404, ErrorCode::not_found, "没有这个地址");
  std::ifstream in(state.config.web_dir + "/" + it->second.first, std::ios::binary);
  if (!in) throw HttpError(404, ErrorCode::not_found, "页面文件缺失");
  std::ostringstream s;
  s << in.rdbuf();
  const std::string body = s.str();
  set_common_headers(response);
  response.setContentType(it->second.second);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send().write(body.data(), static_cast<std::streamsize>(body.size())).flush();
}

void me(const Caller& caller, Response& response) {
  send_json(response, 200, "{\"user\": " + user_json(caller.user) + "}");
}

void rounds(ServiceState& state, const Caller& caller, Response& response) {
  std::string list;
  for (const auto& r : state.store.rounds()) {
    if (!takes_part(r, caller)) continue;  // a unit sees the rounds that expect it
    if (!list.empty()) list += ", ";
    list += "{\"id\": " + std::to_string(r.id) + ", \"name\": " + json_string(r.name) +
            ", \"year\": " + std::to_string(r.year) + ", \"deadline\": " + json_string(r.deadline);
    if (caller.user.role != store::Role::unit) {
      std::string templates;
      for (const auto& t : r.templates)
        templates += (templates.empty() ? "" : ", ") + json_string(t);
      list += ", \"templates\": [" + templates + "]";
    }
    list += "}";
  }
  send_json(response, 200, "{\"rounds\": [" + list + "]}");
}

// The request's path, decoded; a malformed percent-encoding (/%zz) is 400, not a server error.
std::string decoded_path(const Request& request) {
  try {
    return Poco::URI(request.getURI()).getPath();
  } catch (const Poco::SyntaxException&) {
    throw HttpError(400, ErrorCode::bad_request, "地址格式错误（百分号编码无效）");
  }
}

void route(ServiceState& state, Request& request, Response& response) {
  const std::string path = decoded_path(request);
  const auto seg = path_segments(path);
  const std::string& method = request.getMethod();
  if (seg.empty() || seg[0] != "api") return static_file(state, path, request, response);
  if (seg.size() == 2 && seg[1] == "login" && method == "POST")
    return login(state, request, response);
  const Caller caller = authenticate(request, state.store);
  if (seg.size() == 2 && seg[1] == "logout" && method == "POST") {
    if (caller.by_cookie) state.store.close_session(session_token(request));
    response.add("Set-Cookie",
                 std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    return send_json(response, 200, "{\"ok\": true}");
  }
  if (seg.size() == 2 && seg[1] == "me") return me(caller, response);
  if (seg.size() == 2 && seg[1] == "rounds" && method == "GET")
    return rounds(state, caller, response);
  if (seg.size() >= 3 && seg[1] == "rounds")
    return round_route(state, caller, seg, request, response);
  if (seg.size() >= 3 && seg.size() <= 4 && seg[1] == "submissions")
    return submission_route(state, caller, seg, request, response);
  if (seg.size() >= 3 && seg[1] == "jobs") return job_route(state, caller, seg, request, response);
  if (seg.size() >= 3 && seg[1] == "admin")
    return admin_route(state, caller, seg, request, response);
  throw HttpError(404, ErrorCode::not_found, "没有这个地址");
}

}  // namespace

void login(ServiceState& state, Request& request, Response& response) {
  check_same_origin(request);
  auto body = json_body(request, state.config);
  const std::string name = body->optValue<std::string>("username", "");
  const std::string password = body->optValue<std::string>("password", "");
  LoginThrottle throttle(state.store, state.config);
  const std::string address = request.clientAddress().host().toString();
  throttle.reserve(name, address);  // counted as a failure before the password is looked at
  auto user = state.store.check_password(name, password);
  if (!user) throw HttpError(401, ErrorCode::unauthorized, "用户名或密码错误");
  throttle.succeeded();
  const std::string token = state.store.open_session(user->id, state.config.session_seconds);
  std::string cookie = std::string(kSessionCookie) + "=" + token +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(state.config.session_seconds);
  if (state.config.behind_tls) cookie += "; Secure";
  response.add("Set-Cookie", cookie);
  send_json(response, 200, "{\"user\": " + user_json(*user) + "}");
}

void ApiHandler::handleRequest(Request& request, Response& response) {
  try {
    route(state_, request, response);
  } catch (const HttpError& e) {
    response.setKeepAlive(false);  // the connection drops the rest of a refused body, then closes
    if (e.retry_after() > 0 && !response.sent())
      response.set("Retry-After", std::to_string(e.retry_after()));
    if (!response.sent()) send_error(response, e.status(), e.code(), e.what());
  } catch (const Error& e) {
    if (!response.sent()) send_error(response, 500, e.code(), e.what());
  } catch (const std::exception& e) {
    // Below the service (the database driver, a library): the log gets its words, the clerk
    // what happened in Chinese.
    log_exception(request.getMethod() + " " + request.getURI(), e);
    const bool database = dynamic_cast<const Poco::Data::DataException*>(&e) != nullptr;
    if (!response.sent())
      send_error(response, 500, database ? ErrorCode::database_error : ErrorCode::internal_error,
                 std::string(database ? kDatabaseTrouble : kServerTrouble));
  }
}

}  // namespace evalbook::server
