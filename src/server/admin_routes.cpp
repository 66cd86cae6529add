// /api/admin: accounts (list, add, new password), API tokens (issue, list, revoke) and rounds
// (add, edit). Admin only; every other role gets 403.
#include <Poco/JSON/Array.h>
#include <Poco/String.h>

#include <map>

#include "server/board_view.h"
#include "server/http_reply.h"
#include "server/round_fields.h"
#include "server/route_support.h"
#include "server/routes.h"
#include "server/submission_json.h"
#include "store/credentials.h"

namespace evalbook::server {

namespace {

// The Chinese name of a request field, for the message that says it is of the wrong kind.
std::string field_label(std::string_view name) {
  if (name == "name") return "名称";
  if (name == "role") return "角色";
  if (name == "password") return "密码";
  if (name == "unit" || name == "units") return "单位";
  if (name == "deadline") return "截止日期";
  if (name == "templates") return "模板";
  if (name == "label") return "令牌说明";
  return "请求中的一项";
}

std::string text_field(const Poco::JSON::Object::Ptr& body, const char* name) {
  try {
    return body->optValue<std::string>(name, "");
  } catch (const Poco::Exception&) {
    throw HttpError(400, ErrorCode::bad_request, field_label(name) + "应为文本");
  }
}

std::vector<std::string> text_list(const Poco::JSON::Object::Ptr& body, const char* name) {
  std::vector<std::string> out;
  if (!body->has(name)) return out;
  auto array = body->getArray(name);
  if (!array) throw HttpError(400, ErrorCode::bad_request, field_label(name) + "应为文本列表");
  for (std::size_t i = 0; i < array->size(); ++i) {
    std::string item = Poco::trim(array->get(static_cast<unsigned>(i)).toString());
    if (!item.empty()) out.push_back(std::move(item));
  }
  return out;
}

void check_password_length(const std::string& password) {
  if (!store::password_long_enough(password))
    throw HttpError(400, ErrorCode::bad_request, store::kPasswordTooShort);
}

// "259001-晋城市商务局" as the board shows it, the code alone while the unit has no name.
std::string unit_label_of(const std::map<std::string, std::string>& names,
                          const std::string& code) {
  const auto it = names.find(code);
  return unit_label(code, it == names.end() ? std::string() : it->second);
}

std::string users_json(ServiceState& state) {
  const auto tokens = state.store.api_tokens();
  const auto names = state.store.unit_names();
  std::string list;
  for (const auto& info : state.store.users()) {
    std::string own;
    for (const auto& t : tokens) {
      if (t.user_id != info.user.id) continue;
      own += (own.empty() ? "" : ", ") + std::string("{\"id\": ") + json_string(t.id) +
             ", \"label\": " + json_string(t.label) +
             ", \"created_at\": " + json_string(iso_time(t.created_at)) + "}";
    }
    std::string user = user_json(info.user);
    user.pop_back();  // the closing brace: the account's dates and tokens follow
    if (!list.empty()) list += ",\n";
    const std::string& unit = info.user.unit_code;
    list += user +
            ", \"unit_label\": " + json_string(unit.empty() ? "" : unit_label_of(names, unit)) +
            ", \"created_at\": " + json_string(iso_time(info.created_at)) + ", \"tokens\": [" +
            own + "]}";
  }
  return "{\"users\": [" + list + "]}";
}

void add_user(ServiceState& state, Request& request, Response& response) {
  auto body = json_body(request, state.config);
  const std::string name = Poco::trim(text_field(body, "name"));
  const auto role = store::role_from_name(text_field(body, "role"));
  const std::string password = text_field(body, "password");
  const store::Unit unit = store::unit_from_text(text_field(body, "unit"));
  if (name.empty() || !role)
    throw HttpError(400, ErrorCode::bad_request,
                    "需要用户名和角色（角色代码为 unit 单位、finance 财政或 admin 管理员）");
  if ((*role == store::Role::unit) == unit.code.empty())
    throw HttpError(400, ErrorCode::bad_request, "单位账号必须给出单位代码，其他角色不能给");
  check_password_length(password);
  if (state.store.user_by_name(name))
    throw HttpError(409, ErrorCode::bad_request, "用户名“" + name + "”已存在");
  if (!unit.code.empty() && unit.name != unit.code) state.store.put_unit(unit.code, unit.name);
  const auto id = state.store.add_user(name, *role, unit.code, password);
  send_json(response, 201, "{\"user\": " + user_json(*state.store.user_by_id(id)) + "}");
}

// The round of a request's body (checked as `rounds add|edit` checks it); keeps the units' names.
store::Round round_of(const Poco::JSON::Object::Ptr& body, ServiceState& state) {
  RoundFields fields;
  fields.name = text_field(body, "name");
  fields.deadline = text_field(body, "deadline");
  try {
    fields.year = body->optValue<int>("year", 0);
  } catch (const Poco::Exception&) {
    throw HttpError(400, ErrorCode::bad_request, "年份应为整数");
  }
  fields.templates = text_list(body, "templates");
  fields.units = text_list(body, "units");
  store::Round round;
  try {
    round = checked_round(fields, state.context);
  } catch (const Error& e) {
    throw HttpError(400, ErrorCode::bad_request, e.what());
  }
  keep_unit_names(state.store, fields.units);
  return round;
}

std::string round_json(const store::Round& r, const std::map<std::string, std::string>& names) {
  std::string templates, units, labels;
  for (const auto& t : r.templates) templates += (templates.empty() ? "" : ", ") + json_string(t);
  for (const auto& u : r.units) {
    units += (units.empty() ? "" : ", ") + json_string(u);
    labels += (labels.empty() ? "" : ", ") + json_string(unit_label_of(names, u));
  }
  return "{\"id\": " + std::to_string(r.id) + ", \"name\": " + json_string(r.name) +
         ", \"year\": " + std::to_string(r.year) + ", \"deadline\": " + json_string(r.deadline) +
         ", \"templates\": [" + templates + "], \"units\": [" + units + "], \"unit_labels\": [" +
         labels + "]}";
}

std::string round_json(ServiceState& state, std::int64_t id) {
  return round_json(*state.store.round(id), state.store.unit_names());
}

void users_route(ServiceState& state, const Segments& seg, Request& request, Response& response) {
  const std::string& method = request.getMethod();
  if (seg.size() == 3 && method == "GET") return send_json(response, 200, users_json(state));
  if (seg.size() == 3 && method == "POST") return add_user(state, request, response);
  if (seg.size() != 5 || method != "POST")
    throw HttpError(404, ErrorCode::not_found, "没有这个地址");
  const auto user = state.store.user_by_id(id_of(seg[3]));
  if (!user) throw HttpError(404, ErrorCode::not_found, "没有这个用户");
  auto body = json_body(request, state.config);
  if (seg[4] == "password") {
    const std::string password = text_field(body, "password");
    check_password_length(password);
    state.store.set_password(user->id, password);
    return send_json(response, 200, "{\"user\": " + user_json(*user) + "}");
  }
  if (seg[4] == "tokens") {
    // The token is shown this once: only its hash is kept.
    const std::string token = state.store.add_api_token(user->id, text_field(body, "label"));
    return send_json(response, 201,
                     "{\"token\": " + json_string(token) + ", \"user\": " + user_json(*user) + "}");
  }
  throw HttpError(404, ErrorCode::not_found, "没有这个地址");
}

}  // namespace

void admin_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
                 Response& response) {
  require_admin(caller);
  const std::string what = seg.size() > 2 ? seg[2] : "";
  const std::string& method = request.getMethod();
  if (what == "users") return users_route(state, seg, request, response);
  if (what == "tokens" && seg.size() == 4 && method == "DELETE") {
    if (!state.store.revoke_api_token(seg[3]))
      throw HttpError(404, ErrorCode::not_found, "没有这个令牌");
    return send_json(response, 200, "{\"revoked\": " + json_string(seg[3]) + "}");
  }
  if (what == "rounds" && seg.size() == 3 && method == "GET") {
    std::string list;
    const auto names = state.store.unit_names();
    for (const auto& r : state.store.rounds())
      list += (list.empty() ? "" : ",\n") + round_json(*state.store.round(r.id), names);
    return send_json(response, 200, "{\"rounds\": [" + list + "]}");
  }
  if (what == "rounds" && seg.size() == 3 && method == "POST") {
    auto round = round_of(json_body(request, state.config), state);
    const auto id = state.store.add_round(round);
    return send_json(response, 201, "{\"round\": " + round_json(state, id) + "}");
  }
  if (what == "rounds" && seg.size() == 4 && method == "PUT") {
    const auto id = id_of(seg[3]);
    existing_round(state, id);
    auto round = round_of(json_body(request, state.config), state);
    round.id = id;
    state.store.update_round(round);
    return send_json(response, 200, "{\"round\": " + round_json(state, id) + "}");
  }
  throw HttpError(404, ErrorCode::not_found, "没有这个地址");
}

}  // namespace evalbook::server
