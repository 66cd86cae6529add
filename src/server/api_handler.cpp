#include "server/api_handler.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

#include <fstream>
#include <sstream>

#include "server/auth.h"
#include "server/http_reply.h"
#include "server/request_body.h"
#include "server/round_exports.h"
#include "server/submission_json.h"
#include "server/upload_processing.h"

namespace evalbook::server {

namespace {

using Request = Poco::Net::HTTPServerRequest;
using Response = Poco::Net::HTTPServerResponse;

std::vector<std::string> path_segments(const std::string& path) {
  std::vector<std::string> out;
  Poco::StringTokenizer t(path, "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
  for (const auto& s : t) out.push_back(s);
  return out;
}

std::int64_t id_of(const std::string& text) {
  Poco::Int64 id = 0;
  if (!Poco::NumberParser::tryParse64(text, id) || id <= 0)
    throw HttpError(404, ErrorCode::not_found, "没有这个对象 / not found");
  return id;
}

Poco::JSON::Object::Ptr json_body(Request& request, const ServerConfig& config) {
  const std::string body = read_body(request, 64 * 1024, config.request_timeout_seconds);
  try {
    Poco::JSON::Parser parser;
    auto object = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    if (object) return object;
  } catch (const Poco::Exception&) {
  }
  throw HttpError(400, ErrorCode::bad_request, "请求体应为 JSON 对象 / expected a JSON object");
}

// The submission's latest version, if the caller may see it: another unit's is "not found".
store::VersionInfo visible_submission(ServiceState& state, const Caller& caller, std::int64_t sid) {
  auto v = state.store.latest_version(sid);
  if (!v || (caller.user.role == store::Role::unit && v->unit_code != caller.user.unit_code))
    throw HttpError(404, ErrorCode::not_found, "没有这份提交 / no such submission");
  return *v;
}

store::Round existing_round(ServiceState& state, std::int64_t id) {
  auto round = state.store.round(id);
  if (!round) throw HttpError(404, ErrorCode::not_found, "没有这个批次 / no such round");
  return *round;
}

void login(ServiceState& state, Request& request, Response& response) {
  check_same_origin(request);
  auto body = json_body(request, state.config);
  const std::string name = body->optValue<std::string>("username", "");
  const std::string password = body->optValue<std::string>("password", "");
  const std::string user_key = "user:" + name;
  const std::string addr_key = "addr:" + request.clientAddress().host().toString();
  const auto window = state.config.login_failure_window;
  if (state.store.recent_failures(user_key, window) >= state.config.login_failures_allowed ||
      state.store.recent_failures(addr_key, window) >= state.config.login_failures_allowed * 4)
    throw HttpError(429, ErrorCode::too_many_requests,
                    "登录失败次数过多，请 15 分钟后再试 / too many failed logins");
  auto user = state.store.check_password(name, password);
  if (!user) {
    state.store.record_failure(user_key);
    state.store.record_failure(addr_key);
    throw HttpError(401, ErrorCode::unauthorized, "用户名或密码错误 / wrong name or password");
  }
  state.store.clear_failures(user_key);
  const std::string token = state.store.open_session(user->id, state.config.session_seconds);
  std::string cookie = std::string(kSessionCookie) + "=" + token +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(state.config.session_seconds);
  if (state.config.behind_tls) cookie += "; Secure";
  response.add("Set-Cookie", cookie);
  send_json(response, 200,
            "{\"user\": {\"name\": " + json_string(user->name) +
                ", \"role\": " + json_string(store::role_name(user->role)) +
                ", \"unit\": " + json_string(user->unit_code) + "}}");
}

void upload(ServiceState& state, const Caller& caller, std::int64_t round_id, Request& request,
            Response& response) {
  if (caller.user.role != store::Role::unit)
    throw HttpError(403, ErrorCode::forbidden, "只有单位账号上传 / only unit users upload");
  existing_round(state, round_id);
  struct Slot {
    std::atomic<int>& running;
    ~Slot() { --running; }
  } slot{state.uploads_running};
  if (++state.uploads_running > state.config.max_concurrent_uploads)
    throw HttpError(429, ErrorCode::too_many_requests,
                    "同时上传的人数过多，请稍后重试 / too many uploads at once");
  const std::string body =
      read_body(request, state.config.max_request_bytes, state.config.request_timeout_seconds);
  const auto parts = file_parts(request, body, state.config.max_file_bytes, state.config.max_files);
  // Every part is recognised before anything is stored: a refused file refuses the request.
  std::vector<IncomingWorkbook> workbooks;
  int count = 0;
  for (const auto& part : parts) {
    for (auto& w : workbooks_of(part, state.config, count)) workbooks.push_back(std::move(w));
  }
  std::string list;
  for (const auto& w : workbooks) {
    if (!list.empty()) list += ",\n";
    list += store_workbook(state.context, state.store, caller.user, round_id, w);
  }
  send_json(response, 201, "{\"submissions\": [" + list + "]}");
}

void rounds(ServiceState& state, Response& response) {
  std::string list;
  for (const auto& r : state.store.rounds()) {
    if (!list.empty()) list += ", ";
    list += "{\"id\": " + std::to_string(r.id) + ", \"name\": " + json_string(r.name) +
            ", \"year\": " + std::to_string(r.year) + ", \"deadline\": " + json_string(r.deadline) +
            "}";
  }
  send_json(response, 200, "{\"rounds\": [" + list + "]}");
}

void review(ServiceState& state, const Caller& caller, std::int64_t sid, Request& request,
            Response& response) {
  require_finance(caller);
  auto body = json_body(request, state.config);
  const std::string decision = body->optValue<std::string>("decision", "");
  const std::string note = body->optValue<std::string>("note", "");
  if (decision != "accept" && decision != "return")
    throw HttpError(400, ErrorCode::bad_request, "decision 应为 accept 或 return");
  if (decision == "return" && note.empty())
    throw HttpError(400, ErrorCode::bad_request, "退回时请写明原因 / a return needs a note");
  auto v = visible_submission(state, caller, sid);
  state.store.review(sid, v.version, decision, note, caller.user.id);
  send_json(response, 200, submission_json(*state.store.version(sid, v.version)));
}

void submission_route(ServiceState& state, const Caller& caller,
                      const std::vector<std::string>& seg, Request& request, Response& response) {
  const std::int64_t sid = id_of(seg[2]);
  const std::string method = request.getMethod();
  if (seg.size() == 4 && seg[3] == "review" && method == "POST")
    return review(state, caller, sid, request, response);
  if (method != "GET") throw HttpError(405, ErrorCode::bad_request, "不支持的方法 / method");
  const auto v = visible_submission(state, caller, sid);
  if (seg.size() == 3) return send_json(response, 200, submission_json(v));
  const std::string what = seg[3];
  if (what == "original" || what == "corrected") {
    const std::string sha = what == "original" ? v.sha256 : v.corrected_sha256;
    if (sha.empty())
      throw HttpError(404, ErrorCode::not_found, "这份提交没有更正后的工作簿 / no corrected copy");
    auto bytes = state.store.blob(sha);
    if (!bytes) throw HttpError(404, ErrorCode::not_found, "文件不在库中 / blob missing");
    std::string name = v.file_name;
    if (what == "corrected") name = "更正_" + name;
    return send_bytes(response, *bytes,
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
  }
  if (what == "versions") return send_json(response, 200, versions_json(state.store.versions(sid)));
  if (what == "diff") {
    Poco::URI uri(request.getURI());
    int from = v.version - 1, to = v.version;
    for (const auto& [k, val] : uri.getQueryParameters()) {
      if (k == "from") from = Poco::NumberParser::parse(val);
      if (k == "to") to = Poco::NumberParser::parse(val);
    }
    auto a = state.store.version(sid, from);
    auto b = state.store.version(sid, to);
    if (!a || !b) throw HttpError(404, ErrorCode::not_found, "没有这个版本 / no such version");
    return send_json(response, 200, difference_json(*a, *b));
  }
  throw HttpError(404, ErrorCode::not_found, "没有这个地址 / no such path");
}

void round_route(ServiceState& state, const Caller& caller, const std::vector<std::string>& seg,
                 Request& request, Response& response) {
  const std::int64_t rid = id_of(seg[2]);
  const std::string what = seg.size() > 3 ? seg[3] : "";
  if (what == "uploads" && request.getMethod() == "POST")
    return upload(state, caller, rid, request, response);
  if (request.getMethod() != "GET")
    throw HttpError(405, ErrorCode::bad_request, "不支持的方法 / method");
  if (what == "mine") {  // the unit's own submissions in the round
    std::string list;
    for (const auto& v : state.store.latest_versions_of_round(rid)) {
      if (caller.user.role == store::Role::unit && v.unit_code != caller.user.unit_code) continue;
      if (!list.empty()) list += ",\n";
      list += submission_json(v);
    }
    return send_json(response, 200, "{\"submissions\": [" + list + "]}");
  }
  require_finance(caller);
  const auto round = existing_round(state, rid);
  if (what == "board") return send_json(response, 200, board_json(round, state.store.board(rid)));
  if (what == "summary.xlsx") {
    return send_bytes(response, round_summary_workbook(state.context, state.store, rid),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      round.name + "_汇总.xlsx");
  }
  if (what == "originals.zip")
    return send_bytes(response, round_originals_zip(state.store, rid), "application/zip",
                      round.name + "_原件.zip");
  throw HttpError(404, ErrorCode::not_found, "没有这个地址 / no such path");
}

// The page's files: a fixed table, so no path is ever made from the request.
void static_file(ServiceState& state, const std::string& path, Response& response) {
  static const std::map<std::string, std::pair<std::string, std::string>> files = {
      {"/", {"index.html", "text/html; charset=utf-8"}},
      {"/index.html", {"index.html", "text/html; charset=utf-8"}},
      {"/app.js", {"app.js", "text/javascript; charset=utf-8"}},
      {"/style.css", {"style.css", "text/css; charset=utf-8"}},
  };
  auto it = files.find(path);
  if (it == files.end() || state.config.web_dir.empty())
    throw HttpError(404, ErrorCode::not_found, "没有这个地址 / no such path");
  std::ifstream in(state.config.web_dir + "/" + it->second.first, std::ios::binary);
  if (!in) throw HttpError(404, ErrorCode::not_found, "页面文件缺失 / page file missing");
  std::ostringstream s;
  s << in.rdbuf();
  const std::string body = s.str();
  set_common_headers(response);
  response.setContentType(it->second.second);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send().write(body.data(), static_cast<std::streamsize>(body.size()));
}

void route(ServiceState& state, Request& request, Response& response) {
  const std::string path = Poco::URI(request.getURI()).getPath();
  const auto seg = path_segments(path);
  const std::string& method = request.getMethod();
  if (seg.empty() || seg[0] != "api") return static_file(state, path, response);
  if (seg.size() == 2 && seg[1] == "login" && method == "POST")
    return login(state, request, response);
  const Caller caller = authenticate(request, state.store);
  if (seg.size() == 2 && seg[1] == "logout" && method == "POST") {
    if (caller.by_cookie) state.store.close_session(session_token(request));
    response.add("Set-Cookie",
                 std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    return send_json(response, 200, "{\"ok\": true}");
  }
  if (seg.size() == 2 && seg[1] == "me")
    return send_json(response, 200,
                     "{\"user\": {\"name\": " + json_string(caller.user.name) +
                         ", \"role\": " + json_string(store::role_name(caller.user.role)) +
                         ", \"unit\": " + json_string(caller.user.unit_code) + "}}");
  if (seg.size() == 2 && seg[1] == "rounds" && method == "GET") return rounds(state, response);
  if (seg.size() >= 3 && seg[1] == "rounds")
    return round_route(state, caller, seg, request, response);
  if (seg.size() >= 3 && seg.size() <= 4 && seg[1] == "submissions")
    return submission_route(state, caller, seg, request, response);
  throw HttpError(404, ErrorCode::not_found, "没有这个地址 / no such path");
}

// After refusing an oversized body, reads (and drops) what the client is still sending for a
// moment, so it can read the answer instead of seeing its connection reset.
void drain_briefly(Request& request) {
  const Poco::Timestamp start;
  char buffer[65536];
  try {
    std::istream& in = request.stream();
    std::size_t dropped = 0;
    while (!start.isElapsed(2'000'000) && dropped < (256u << 20)) {
      if (in.peek() == std::char_traits<char>::eof()) break;
      dropped += static_cast<std::size_t>(in.readsome(buffer, sizeof buffer));
    }
  } catch (const Poco::Exception&) {  // the client gave up: nothing more to do
  }
}

}  // namespace

void ApiHandler::handleRequest(Request& request, Response& response) {
  try {
    route(state_, request, response);
  } catch (const HttpError& e) {
    response.setKeepAlive(false);  // the rest of a refused body is not read
    if (!response.sent()) send_error(response, e.status(), e.code(), e.what());
    if (e.status() == 413) drain_briefly(request);
  } catch (const Error& e) {
    if (!response.sent()) send_error(response, 500, e.code(), e.what());
  } catch (const Poco::Exception& e) {
    if (!response.sent()) send_error(response, 500, ErrorCode::internal_error, e.displayText());
  } catch (const std::exception& e) {
    if (!response.sent()) send_error(response, 500, ErrorCode::internal_error, e.what());
  }
}

}  // namespace evalbook::server
