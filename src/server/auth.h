// Who is asking: the session cookie or an API token, checked against the database on every
// request (no state in the server), plus the checks that guard a cookie from other sites.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <optional>
#include <string>

#include "store/store.h"

namespace evalbook::server {

inline constexpr const char* kSessionCookie = "evalbook_session";

struct Caller {
  store::User user;
  bool by_cookie = false;
};

// The caller, or an HttpError 401 (no, forged or expired session or token). A cookie-carrying
// POST from another site is refused with 403 foreign_origin.
Caller authenticate(const Poco::Net::HTTPServerRequest& request, store::Store& store);

// The session token in the request's cookie, empty when there is none.
std::string session_token(const Poco::Net::HTTPServerRequest& request);

// 403 forbidden unless the caller is finance or admin.
void require_finance(const Caller& caller);

// Refuses a POST whose Origin (or Sec-Fetch-Site) names another site.
void check_same_origin(const Poco::Net::HTTPServerRequest& request);

}  // namespace evalbook::server
