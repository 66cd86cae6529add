// The operating system's reason for a failed file operation, in Chinese: strerror() speaks
// English ("No such file or directory"), and a clerk reads the message it goes into.
#pragma once

#include <string>

namespace evalbook {

// "文件或文件夹不存在", "没有权限", "磁盘空间不足"... for an errno value; an errno without a
// Chinese wording here is given as "系统错误 N".
std::string system_error_text(int err);

}  // namespace evalbook
