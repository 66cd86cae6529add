// The API's resources, one file each: a request already authenticated goes to the routes of
// its first path segment after /api.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>
#include <vector>

#include "server/auth.h"
#include "server/service.h"

namespace evalbook::server {

using Segments = std::vector<std::string>;
using Request = Poco::Net::HTTPServerRequest;
using Response = Poco::Net::HTTPServerResponse;

// /api/rounds/{id}/... (uploads, mine, board, downloads, summary jobs).
void round_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
                 Response& response);
// /api/submissions/{sid}/... (S, original, corrected, versions, diff, review).
void submission_route(ServiceState& state, const Caller& caller, const Segments& seg,
                      Request& request, Response& response);
// /api/jobs/{id} and /api/jobs/{id}/summary.xlsx.
void job_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
               Response& response);
// /api/admin/... (users, passwords, API tokens, rounds): admin only.
void admin_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
                 Response& response);
// POST /api/login, slowed down after failures.
void login(ServiceState& state, Request& request, Response& response);

}  // namespace evalbook::server
