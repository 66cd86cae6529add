// /api/rounds/{id}: a unit's uploads and own submissions; finance's board, downloads
// (consolidation workbook, CSV records, originals) and background consolidation jobs.
#include "server/board_view.h"
#include "server/http_reply.h"
#include "server/request_body.h"
#include "server/round_exports.h"
#include "server/round_jobs.h"
#include "server/route_support.h"
#include "server/routes.h"
#include "server/submission_json.h"
#include "server/upload_processing.h"

namespace evalbook::server {

namespace {

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

void upload(ServiceState& state, const Caller& caller, std::int64_t round_id, Request& request,
            Response& response) {
  if (caller.user.role != store::Role::unit)
    throw HttpError(403, ErrorCode::forbidden, "只有单位账号上传");
  round_of_caller(state, caller, round_id);
  const UploadSlots::Slot slot(state.uploads, request.clientAddress().host().toString(),
                               std::chrono::seconds(30));
  const std::string body =
      read_body(request, state.config.max_request_bytes, state.config.request_timeout_seconds);
  const auto parts = file_parts(request, body, state.config.max_file_bytes, state.config.max_files);
  // Every part is recognised before anything is stored: a refused file refuses the request.
  std::vector<IncomingWorkbook> workbooks;
  int count = 0;
  for (const auto& part : parts) {
    for (auto& w : workbooks_of(part, state.config, count)) workbooks.push_back(std::move(w));
  }
  std::string list;  // one transaction for the whole request (docs/DATA-MODEL.md, "Uploads")
  for (const auto& s :
       store_workbooks(state.context, state.store, caller.user, round_id, workbooks))
    list += (list.empty() ? "" : ",\n") + s;
  // The unit's name as its forms write it, once they have said it.
  state.store.name_unit_from_forms(caller.user.unit_code);
  send_json(response, 201, "{\"submissions\": [" + list + "]}");
}

void mine(ServiceState& state, const Caller& caller, std::int64_t round_id, Response& response) {
  round_of_caller(state, caller, round_id);
  std::string list;
  for (const auto& v : state.store.latest_versions_of_round(round_id)) {
    if (caller.user.role == store::Role::unit && v.unit_code != caller.user.unit_code) continue;
    if (!list.empty()) list += ",\n";
    list += submission_json(v);
  }
  send_json(response, 200, "{\"submissions\": [" + list + "]}");
}

// ?table=forms (default), indicators or final_accounts; ?headers=field for scripts.
void records_csv(ServiceState& state, const store::Round& round, Request& request,
                 Response& response) {
  const auto query = query_of(request);
  const auto get = [&](const char* k) {
    auto it = query.find(k);
    return it == query.end() ? std::string() : it->second;
  };
  const std::string table = get("table").empty() ? "forms" : get("table");
  static const std::map<std::string, std::pair<RecordTable, const char*>> kTables = {
      {"forms", {RecordTable::forms, "表"}},
      {"indicators", {RecordTable::indicators, "指标"}},
      {"final_accounts", {RecordTable::final_accounts, "决算"}}};
  auto it = kTables.find(table);
  if (it == kTables.end())
    throw HttpError(400, ErrorCode::bad_request,
                    "table 只能是 forms、indicators 或 final_accounts");
  const std::string headers = get("headers");
  if (!headers.empty() && headers != "field" && headers != "zh")
    throw HttpError(400, ErrorCode::bad_request, "headers 只能是 zh（默认）或 field");
  const auto csv = round_records_csv(
      state.context, state.store, round.id, it->second.first,
      headers == "field" ? report::CsvHeaders::field : report::CsvHeaders::chinese);
  send_bytes(response, csv, "text/csv; charset=utf-8",
             round.name + "_" + it->second.second + ".csv");
}

}  // namespace

void round_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
                 Response& response) {
  const std::int64_t rid = id_of(seg[2]);
  const std::string what = seg.size() > 3 ? seg[3] : "";
  if (seg.size() > 4) throw HttpError(404, ErrorCode::not_found, "没有这个地址");
  const std::string& method = request.getMethod();
  if (what == "uploads" && method == "POST") return upload(state, caller, rid, request, response);
  if (what == "summary-jobs" && method == "POST") {
    require_finance(caller);
    existing_round(state, rid);
    const auto id = state.jobs.start_summary(rid, caller.user.id);
    return send_json(response, 202, "{\"job\": " + job_json(*state.store.job(id)) + "}");
  }
  if (method != "GET") throw HttpError(405, ErrorCode::bad_request, "不支持的方法");
  if (what == "mine") return mine(state, caller, rid, response);
  require_finance(caller);
  const auto round = existing_round(state, rid);
  if (what == "board") {
    const auto filter = board_filter_of(query_of(request));
    return send_json(
        response, 200,
        board_json(round, state.store.board(rid), state.store.round_forms(rid), filter));
  }
  if (what == "summary.xlsx")
    return send_bytes(response, round_summary_workbook(state.context, state.store, rid), kXlsxType,
                      round.name + "_汇总.xlsx");
  if (what == "records.csv") return records_csv(state, round, request, response);
  if (what == "originals.zip")
    return send_bytes(response, round_originals_zip(state.store, rid), "application/zip",
                      round.name + "_原件.zip");
  throw HttpError(404, ErrorCode::not_found, "没有这个地址");
}

void job_route(ServiceState& state, const Caller& caller, const Segments& seg, Request& request,
               Response& response) {
  require_finance(caller);
  if (request.getMethod() != "GET") throw HttpError(405, ErrorCode::bad_request, "不支持的方法");
  auto job = state.store.job(id_of(seg[2]));
  if (!job || seg.size() > 4) throw HttpError(404, ErrorCode::not_found, "没有这个任务");
  // Asking after a job whose server died takes it over here.
  if (state.jobs.adopt_if_orphaned(*job)) job = state.store.job(job->id);
  if (seg.size() == 3) return send_json(response, 200, job_json(*job));
  if (seg[3] != "summary.xlsx") throw HttpError(404, ErrorCode::not_found, "没有这个地址");
  auto bytes = state.store.job_result(job->id);
  if (!bytes) throw HttpError(409, ErrorCode::bad_request, "汇总表尚未生成完成");
  const auto round = existing_round(state, job->round_id);
  send_bytes(response, *bytes, kXlsxType, round.name + "_汇总.xlsx");
}

}  // namespace evalbook::server
