#include "server/route_support.h"

#include <Poco/JSON/Parser.h>
#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>

#include "server/http_reply.h"
#include "server/request_body.h"

namespace evalbook::server {

std::vector<std::string> path_segments(const std::string& path) {
  std::vector<std::string> out;
  Poco::StringTokenizer t(path, "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
  for (const auto& s : t) out.push_back(s);
  return out;
}

std::int64_t id_of(const std::string& text) {
  Poco::Int64 id = 0;
  if (!Poco::NumberParser::tryParse64(text, id) || id <= 0)
    throw HttpError(404, ErrorCode::not_found, "没有这个对象");
  return id;
}

Poco::JSON::Object::Ptr json_body(Poco::Net::HTTPServerRequest& request,
                                  const ServerConfig& config) {
  const std::string body = read_body(request, 64 * 1024, config.request_timeout_seconds);
  try {
    Poco::JSON::Parser parser;
    auto object = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    if (object) return object;
  } catch (const Poco::Exception&) {
  }
  throw HttpError(400, ErrorCode::bad_request, "请求体应为 JSON 对象");
}

std::map<std::string, std::string> query_of(const Poco::Net::HTTPServerRequest& request) {
  std::map<std::string, std::string> out;
  try {
    for (const auto& [k, v] : Poco::URI(request.getURI()).getQueryParameters()) out[k] = v;
  } catch (const Poco::Exception&) {
    throw HttpError(400, ErrorCode::bad_request, "查询参数无法解析");
  }
  return out;
}

store::VersionInfo visible_submission(ServiceState& state, const Caller& caller, std::int64_t sid) {
  auto v = state.store.latest_version(sid);
  if (!v || (caller.user.role == store::Role::unit && v->unit_code != caller.user.unit_code))
    throw HttpError(404, ErrorCode::not_found, "没有这份提交");
  return *v;
}

store::Round existing_round(ServiceState& state, std::int64_t id) {
  auto round = state.store.round(id);
  if (!round) throw HttpError(404, ErrorCode::not_found, "没有这个批次");
  return *round;
}

bool takes_part(const store::Round& round, const Caller& caller) {
  if (caller.user.role != store::Role::unit || round.units.empty()) return true;
  return std::find(round.units.begin(), round.units.end(), caller.user.unit_code) !=
         round.units.end();
}

store::Round round_of_caller(ServiceState& state, const Caller& caller, std::int64_t id) {
  auto round = existing_round(state, id);
  if (!takes_part(round, caller)) throw HttpError(404, ErrorCode::not_found, "没有这个批次");
  return round;
}

void require_admin(const Caller& caller) {
  if (caller.user.role != store::Role::admin)
    throw HttpError(403, ErrorCode::forbidden, "仅管理员可用");
}

std::string user_json(const store::User& user) {
  return "{\"id\": " + std::to_string(user.id) + ", \"name\": " + json_string(user.name) +
         ", \"role\": " + json_string(store::role_name(user.role)) +
         ", \"unit\": " + json_string(user.unit_code) + "}";
}

bool valid_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace evalbook::server
