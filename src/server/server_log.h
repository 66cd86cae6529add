// The server's log (its standard error, where `evalbook serve` prints that it started): what
// went wrong below the service, in the driver's or library's own words, for whoever runs it.
// A clerk is told in Chinese what happened and what to do; these words are kept out of answers.
#pragma once

#include <exception>
#include <string_view>

namespace evalbook::server {

// One line: the time (UTC), where it happened and the detail.
void log_error(std::string_view where, std::string_view detail);
// The same with the exception's text (a Poco exception's displayText, which says more).
void log_exception(std::string_view where, const std::exception& e);

// What a clerk reads when the database failed a request.
inline constexpr std::string_view kDatabaseTrouble =
    "数据库暂时无法完成这项操作，请稍后重试；如果一再出现，请联系系统管理员（详情已记入服务器日志"
    "）";

// What a clerk reads when the server failed in another way that is not theirs.
inline constexpr std::string_view kServerTrouble =
    "服务器处理时出错，请稍后重试；如果一再出现，请联系系统管理员（详情已记入服务器日志）";

}  // namespace evalbook::server
