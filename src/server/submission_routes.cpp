// /api/submissions/{sid}: one submission as its unit and finance see it, its files, versions,
// differences and review.
#include <Poco/NumberParser.h>

#include "server/http_reply.h"
#include "server/route_support.h"
#include "server/routes.h"
#include "server/submission_json.h"
#include "server/upload_processing.h"

namespace evalbook::server {

namespace {

void review(ServiceState& state, const Caller& caller, std::int64_t sid, Request& request,
            Response& response) {
  require_finance(caller);
  auto body = json_body(request, state.config);
  const std::string decision = body->optValue<std::string>("decision", "");
  const std::string note = body->optValue<std::string>("note", "");
  if (decision != "accept" && decision != "return")
    throw HttpError(400, ErrorCode::bad_request, "decision 应为 accept 或 return");
  if (decision == "return" && note.empty())
    throw HttpError(400, ErrorCode::bad_request, "退回时请写明原因");
  auto v = visible_submission(state, caller, sid);
  state.store.review(sid, v.version, decision, note, caller.user.id);
  send_json(response, 200, submission_json(*state.store.version(sid, v.version)));
}

int version_number(const std::string& text) {
  int n = 0;
  if (!Poco::NumberParser::tryParse(text, n))
    throw HttpError(400, ErrorCode::bad_request, "版本号应为整数");
  return n;
}

}  // namespace

void submission_route(ServiceState& state, const Caller& caller, const Segments& seg,
                      Request& request, Response& response) {
  const std::int64_t sid = id_of(seg[2]);
  const std::string method = request.getMethod();
  if (seg.size() == 4 && seg[3] == "review" && method == "POST")
    return review(state, caller, sid, request, response);
  if (method != "GET") throw HttpError(405, ErrorCode::bad_request, "不支持的方法");
  const auto v = visible_submission(state, caller, sid);
  if (seg.size() == 3) return send_json(response, 200, submission_json(v));
  const std::string what = seg[3];
  if (what == "original" || what == "corrected") {
    const std::string sha = what == "original" ? v.sha256 : v.corrected_sha256;
    if (what == "corrected" && sha.empty()) {  // a legacy .xls/.et: converted when asked for
      if (auto legacy = legacy_corrected_workbook(state.context, state.store, v))
        return send_bytes(response, legacy->bytes,
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          legacy->file_name);
    }
    if (sha.empty()) throw HttpError(404, ErrorCode::not_found, "这份提交没有更正后的工作簿");
    auto bytes = state.store.blob(sha);
    if (!bytes) throw HttpError(404, ErrorCode::not_found, "文件不在库中");
    std::string name = v.file_name;
    if (what == "corrected") name = "更正_" + name;
    return send_bytes(response, *bytes,
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
  }
  if (what == "versions") return send_json(response, 200, versions_json(state.store.versions(sid)));
  if (what == "diff") {
    int from = v.version - 1, to = v.version;
    for (const auto& [k, val] : query_of(request)) {
      if (k == "from") from = version_number(val);
      if (k == "to") to = version_number(val);
    }
    auto a = state.store.version(sid, from);
    auto b = state.store.version(sid, to);
    if (!a || !b) throw HttpError(404, ErrorCode::not_found, "没有这个版本");
    return send_json(response, 200, difference_json(*a, *b));
  }
  throw HttpError(404, ErrorCode::not_found, "没有这个地址");
}

}  // namespace evalbook::server
