// libxlsxwriter's error, said in Chinese: lxw_strerror() speaks English, and the message it goes
// into is read by a clerk.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace evalbook::report {

// "无法创建输出文件（可能没有写入权限）", "磁盘空间不足或临时文件无法创建"...; an error without a
// wording here is "写表程序错误 N".
std::string workbook_error_text(lxw_error err);

}  // namespace evalbook::report
