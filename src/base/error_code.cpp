#include "base/error_code.h"

#include <optional>

namespace evalbook {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::io_error:
      return "io_error";
    case ErrorCode::empty_file:
      return "empty_file";
    case ErrorCode::not_zip:
      return "not_zip";
    case ErrorCode::truncated_zip:
      return "truncated_zip";
    case ErrorCode::ole_encrypted:
      return "ole_encrypted";
    case ErrorCode::ole_legacy_xls:
      return "ole_legacy_xls";
    case ErrorCode::ole_other:
      return "ole_other";
    case ErrorCode::not_workbook:
      return "not_workbook";
    case ErrorCode::zip_bomb:
      return "zip_bomb";
    case ErrorCode::unsafe_entry_name:
      return "unsafe_entry_name";
    case ErrorCode::duplicate_entry:
      return "duplicate_entry";
    case ErrorCode::unsupported_zip:
      return "unsupported_zip";
    case ErrorCode::corrupt_entry:
      return "corrupt_entry";
    case ErrorCode::missing_part:
      return "missing_part";
    case ErrorCode::malformed_xml:
      return "malformed_xml";
    case ErrorCode::xml_entity_bomb:
      return "xml_entity_bomb";
    case ErrorCode::xml_external_entity:
      return "xml_external_entity";
    case ErrorCode::xml_doctype:
      return "xml_doctype";
    case ErrorCode::limit_exceeded:
      return "limit_exceeded";
    case ErrorCode::bad_argument:
      return "bad_argument";
    case ErrorCode::part_too_large:
      return "part_too_large";
    case ErrorCode::budget_exceeded:
      return "budget_exceeded";
    case ErrorCode::shared_sheet_part:
      return "shared_sheet_part";
    case ErrorCode::overlapping_entries:
      return "overlapping_entries";
    case ErrorCode::invalid_utf8:
      return "invalid_utf8";
    case ErrorCode::unsupported_encoding:
      return "unsupported_encoding";
    case ErrorCode::duplicate_cell:
      return "duplicate_cell";
    case ErrorCode::unknown_template:
      return "unknown_template";
    case ErrorCode::nested_zip:
      return "nested_zip";
    case ErrorCode::no_workbook:
      return "no_workbook";
    case ErrorCode::no_input:
      return "no_input";
    case ErrorCode::no_form:
      return "no_form";
    case ErrorCode::lock_file:
      return "lock_file";
    case ErrorCode::template_mismatch:
      return "template_mismatch";
    case ErrorCode::out_of_memory:
      return "out_of_memory";
    case ErrorCode::internal_error:
      return "internal_error";
    case ErrorCode::corrupt_xls:
      return "corrupt_xls";
    case ErrorCode::encrypted:
      return "encrypted";
    case ErrorCode::unsupported_xls:
      return "unsupported_xls";
    case ErrorCode::converter_missing:
      return "converter_missing";
    case ErrorCode::conversion_failed:
      return "conversion_failed";
    case ErrorCode::database_error:
      return "database_error";
    case ErrorCode::schema_too_new:
      return "schema_too_new";
    case ErrorCode::unauthorized:
      return "unauthorized";
    case ErrorCode::forbidden:
      return "forbidden";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::bad_request:
      return "bad_request";
    case ErrorCode::payload_too_large:
      return "payload_too_large";
    case ErrorCode::too_many_files:
      return "too_many_files";
    case ErrorCode::unsupported_content:
      return "unsupported_content";
    case ErrorCode::foreign_origin:
      return "foreign_origin";
    case ErrorCode::request_timeout:
      return "request_timeout";
    case ErrorCode::too_many_requests:
      return "too_many_requests";
  }
  return "unknown_error";  // only reachable through a cast of an out-of-range value
}

std::string_view error_code_hint(ErrorCode code) {
  switch (code) {
    case ErrorCode::io_error:
      return "无法读写文件，请检查路径是否正确、文件是否被其他程序占用以及磁盘空间和权限。";
    case ErrorCode::empty_file:
      return "文件大小为 0 字节，请确认文件已完整保存或重新下载。";
    case ErrorCode::not_zip:
      return "文件不是 .xlsx 工作簿，请在 Excel/WPS 中打开后另存为 .xlsx 格式。";
    case ErrorCode::truncated_zip:
      return "文件不完整（可能下载或拷贝中断），请重新获取原文件。";
    case ErrorCode::ole_encrypted:
      return "工作簿设有打开密码，请在 Excel/WPS 中取消密码后另存为 .xlsx。";
    case ErrorCode::ole_legacy_xls:
      return "这是旧版 .xls 工作簿，请在 Excel/WPS 中另存为 .xlsx 格式。";
    case ErrorCode::ole_other:
      return "文件是 Office 旧式复合文档而非 .xlsx 工作簿，请在 Excel/WPS 中另存为 .xlsx。";
    case ErrorCode::not_workbook:
      return "这不是 Excel 工作簿，请提交 .xlsx 格式的绩效自评表或决算表。";
    case ErrorCode::zip_bomb:
      return "文件解压后体积异常巨大，疑似恶意文件，请确认来源或在 Excel/WPS 中重新另存。";
    case ErrorCode::unsafe_entry_name:
      return "压缩包内含有不安全的路径名，疑似恶意文件，请在 Excel/WPS 中重新另存为 .xlsx。";
    case ErrorCode::duplicate_entry:
      return "压缩包内有重名部件，文件可能已损坏，请在 Excel/WPS 中重新另存为 .xlsx。";
    case ErrorCode::unsupported_zip:
      return "压缩格式不受支持（加密、分卷或特殊压缩方式），请在 Excel/WPS 中重新另存为 .xlsx。";
    case ErrorCode::corrupt_entry:
      return "文件内容已损坏（校验失败），请重新获取原文件或用 Excel/WPS 修复后另存。";
    case ErrorCode::missing_part:
      return "工作簿缺少必需的组成部分，请用 Excel/WPS 打开后重新另存为 .xlsx。";
    case ErrorCode::malformed_xml:
      return "工作簿内部 XML 格式错误，请用 Excel/WPS 打开后重新另存为 .xlsx。";
    case ErrorCode::xml_entity_bomb:
      return "工作簿含有实体展开定义（疑似恶意文件），请确认来源或在 Excel/WPS 中重新另存。";
    case ErrorCode::xml_external_entity:
      return "工作簿引用了外部实体（疑似恶意文件），请确认来源或在 Excel/WPS 中重新另存。";
    case ErrorCode::xml_doctype:
      return "工作簿含有不允许的文档类型声明 <!DOCTYPE>，请在 Excel/WPS 中重新另存为 .xlsx。";
    case ErrorCode::limit_exceeded:
      return "工作簿规模超出处理上限（行、列、单元格或文本过多），请精简内容后重试。";
    case ErrorCode::bad_argument:
      return "命令参数有误，请检查后重试（evalbook 命令 --help 查看用法）。";
    case ErrorCode::part_too_large:
      return "工作簿的某个组成部分异常巨大（疑似恶意文件），请在 Excel/WPS 中重新另存为 .xlsx。";
    case ErrorCode::budget_exceeded:
      return "读取此工作簿所需的工作量与文件大小极不相称（如一段长文本被成千上万个单元格引用），"
             "疑似恶意文件，请精简内容或在 Excel/WPS 中重新另存。";
    case ErrorCode::shared_sheet_part:
      return "工作簿中有两个工作表指向同一份数据（Excel 不会这样保存），请在 Excel/WPS "
             "中重新另存。";
    case ErrorCode::overlapping_entries:
      return "压缩包内的条目相互重叠（文件已损坏或被篡改），请重新获取原文件或在 Excel/WPS "
             "中重新另存。";
    case ErrorCode::invalid_utf8:
      return "工作簿内部含有无效的文字编码（不是 UTF-8），文件可能已损坏，请用 Excel/WPS "
             "打开后重新另存为 .xlsx。";
    case ErrorCode::unsupported_encoding:
      return "工作簿内部使用了 .xlsx 不允许的文字编码（如 GBK），请用 Excel/WPS 打开后重新另存为 "
             ".xlsx。";
    case ErrorCode::duplicate_cell:
      return "工作表中同一单元格或同一行出现了两次（Excel 不会这样保存），请用 Excel/WPS "
             "打开后重新另存为 .xlsx。";
    case ErrorCode::unknown_template:
      return "没有这个模板，请用 evalbook templates list 查看已知的模板。";
    case ErrorCode::nested_zip:
      return "先解压外层压缩包，再汇总其中的压缩包";
    case ErrorCode::no_workbook:
      return "压缩包里应是 .xlsx 工作簿";
    case ErrorCode::no_input:
      return "请给出 .xlsx 工作簿、含工作簿的文件夹或 .zip 压缩包。";
    case ErrorCode::no_form:
      return "请确认是标准格式的绩效自评表、部门整体支出自评表或决算公开表；已知的表见 evalbook templates "
             "list，也可用 --template 指定。";
    case ErrorCode::lock_file:
      return "这是 Excel/WPS 打开工作簿时留下的临时文件，请对工作簿本身（文件名去掉开头的 ~$）操作。";
    case ErrorCode::template_mismatch:
      return "记录属于别的模板：去掉模板编号按记录自己的模板填写，或选择该模板的表。";
    case ErrorCode::out_of_memory:
      return "内存不足，请关闭其他程序或分批处理后重试。";
    case ErrorCode::internal_error:
      return "程序内部错误，请把文件和提示发给维护人员。";
    case ErrorCode::corrupt_xls:
      return "旧版 .xls 工作簿已损坏，请用 Excel/WPS 打开修复后重新保存（建议另存为 .xlsx）。";
    case ErrorCode::encrypted:
      return "工作簿设有打开密码，请在 Excel/WPS 中取消密码后重新保存。";
    case ErrorCode::unsupported_xls:
      return "这是 Excel 95 以前的旧格式，请在 Excel/WPS 中另存为 .xlsx。";
    case ErrorCode::converter_missing:
      return "修改旧版 .xls 需要 LibreOffice：请安装 libreoffice-calc-nogui，或在 Excel/WPS 中另存为 .xlsx。";
    case ErrorCode::conversion_failed:
      return "旧版 .xls 转换失败，请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
    case ErrorCode::database_error:
      return "数据库无法连接或执行失败，请联系管理员检查数据库。";
    case ErrorCode::schema_too_new:
      return "数据库结构比本程序新，请升级 evalbook 后再使用这个数据库。";
    case ErrorCode::unauthorized:
      return "请先登录（会话不存在或已过期）。";
    case ErrorCode::forbidden:
      return "当前账号的角色无权进行此操作。";
    case ErrorCode::not_found:
      return "找不到该对象，或无权查看。";
    case ErrorCode::bad_request:
      return "请求格式不正确，请检查提交的内容。";
    case ErrorCode::payload_too_large:
      return "文件或请求超过大小上限，请拆分后分批上传。";
    case ErrorCode::too_many_files:
      return "一次上传的文件过多，请分批上传。";
    case ErrorCode::unsupported_content:
      return "只接受 .xlsx 工作簿或装有工作簿的 .zip 压缩包。";
    case ErrorCode::foreign_origin:
      return "请求来自其他网站，已拒绝。请直接在本系统页面中操作。";
    case ErrorCode::request_timeout:
      return "上传过慢已超时，请检查网络后重试。";
    case ErrorCode::too_many_requests:
      return "尝试过于频繁，请稍后再试。";
  }
  return "未知错误，请联系维护人员。";
}

}  // namespace evalbook

namespace evalbook {

std::optional<ErrorCode> error_code_from_name(std::string_view name) {
  for (int k = 0; k <= static_cast<int>(kLastErrorCode); ++k) {
    const auto code = static_cast<ErrorCode>(k);
    if (error_code_name(code) == name) return code;
  }
  return std::nullopt;
}

}  // namespace evalbook
