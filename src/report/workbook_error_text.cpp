#include "report/workbook_error_text.h"

namespace evalbook::report {

std::string workbook_error_text(lxw_error err) {
  switch (err) {
    case LXW_NO_ERROR:
      return "没有错误";
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return "内存不足";
    case LXW_ERROR_CREATING_XLSX_FILE:
      return "无法创建输出文件（可能没有写入权限或文件夹不存在）";
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      return "临时文件无法创建或读取（可能磁盘空间不足）";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return "写入输出文件失败（可能磁盘空间不足）";
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
      return "输出文件过大，超出压缩格式的上限";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
      return "工作表名超过 31 个字符";
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
      return "工作表名含有不允许的字符 [ ] : * ? / \\";
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
      return "工作表名不能以单引号开头或结尾";
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return "工作表名重复";
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
      return "文字超过 Excel 的 32767 字符上限";
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED:
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
      return "文字超过 Excel 允许的长度";
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
      return "行号或列号超出 Excel 的范围";
    default:
      return "写表程序错误 " + std::to_string(static_cast<int>(err));
  }
}

}  // namespace evalbook::report
