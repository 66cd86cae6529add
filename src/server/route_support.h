// What every resource's routes share: the path's segments, ids from the path, JSON bodies, the
// round and submission a caller may see, and the roles an endpoint needs.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "server/auth.h"
#include "server/service.h"

namespace evalbook::server {

std::vector<std::string> path_segments(const std::string& path);

// A positive id from the path; anything else is 404.
std::int64_t id_of(const std::string& text);

// The request's body as a JSON object (at most 64 KiB), or 400 bad_request.
Poco::JSON::Object::Ptr json_body(Poco::Net::HTTPServerRequest& request,
                                  const ServerConfig& config);

// The query's parameters (the last of a repeated name wins).
std::map<std::string, std::string> query_of(const Poco::Net::HTTPServerRequest& request);

// The submission's latest version, if the caller may see it: another unit's is 404.
store::VersionInfo visible_submission(ServiceState& state, const Caller& caller, std::int64_t sid);

store::Round existing_round(ServiceState& state, std::int64_t id);

// Whether the caller takes part in the round: finance and admin in every one; a unit in a round
// that expects it, or that names no units (open to all).
bool takes_part(const store::Round& round, const Caller& caller);

// The round, if it exists and the caller takes part in it; 404 otherwise (a unit learns nothing
// of rounds that are not its own, as with another unit's submissions).
store::Round round_of_caller(ServiceState& state, const Caller& caller, std::int64_t id);

// 403 forbidden unless the caller is an admin.
void require_admin(const Caller& caller);

// A date as YYYY-MM-DD (a deadline).
bool valid_date(const std::string& text);

// The user as the API shows it: {"id", "name", "role", "unit"}.
std::string user_json(const store::User& user);

}  // namespace evalbook::server
