#include "server/auth.h"

#include <Poco/Net/NameValueCollection.h>
#include <Poco/String.h>

#include "server/http_reply.h"

namespace evalbook::server {

std::string session_token(const Poco::Net::HTTPServerRequest& request) {
  Poco::Net::NameValueCollection cookies;
  request.getCookies(cookies);
  return cookies.get(kSessionCookie, "");
}

void check_same_origin(const Poco::Net::HTTPServerRequest& request) {
  if (request.getMethod() == "GET" || request.getMethod() == "HEAD") return;
  const std::string site = request.get("Sec-Fetch-Site", "");
  if (site == "cross-site" || site == "same-site")
    throw HttpError(403, ErrorCode::foreign_origin, "请求来自其他网站");
  const std::string origin = request.get("Origin", "");
  if (origin.empty() || origin == "null") {
    if (origin == "null") throw HttpError(403, ErrorCode::foreign_origin, "请求来源不明");
    return;  // a script without a browser sends none
  }
  const std::string host = request.getHost();
  if (origin != "http://" + host && origin != "https://" + host)
    throw HttpError(403, ErrorCode::foreign_origin, "请求来自其他网站（" + origin + "）");
}

Caller authenticate(const Poco::Net::HTTPServerRequest& request, store::Store& store) {
  const std::string authorization = request.get("Authorization", "");
  if (Poco::icompare(authorization.substr(0, 7), "Bearer ") == 0) {
    auto user = store.user_of_api_token(Poco::trim(authorization.substr(7)));
    if (!user) throw HttpError(401, ErrorCode::unauthorized, "API 令牌无效");
    return {*user, false};
  }
  const std::string token = session_token(request);
  if (token.empty()) throw HttpError(401, ErrorCode::unauthorized, "请先登录");
  auto user = store.user_of_session(token);
  if (!user) throw HttpError(401, ErrorCode::unauthorized, "登录已过期或无效，请重新登录");
  check_same_origin(request);
  return {*user, true};
}

void require_finance(const Caller& caller) {
  if (caller.user.role == store::Role::unit)
    throw HttpError(403, ErrorCode::forbidden, "仅财政人员可用");
}

}  // namespace evalbook::server
