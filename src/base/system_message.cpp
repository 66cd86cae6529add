#include "base/system_message.h"

#include <cerrno>

namespace evalbook {

std::string system_error_text(int err) {
  switch (err) {
    case ENOENT:
      return "文件或文件夹不存在";
    case EACCES:
    case EPERM:
      return "没有权限";
    case ENOSPC:
      return "磁盘空间不足";
    case EDQUOT:
      return "超出磁盘配额";
    case EROFS:
      return "磁盘或文件夹是只读的";
    case EISDIR:
      return "这是文件夹";
    case ENOTDIR:
      return "路径中有一级不是文件夹";
    case EEXIST:
      return "文件已存在或已被替换";
    case ENAMETOOLONG:
      return "文件名过长";
    case EMFILE:
    case ENFILE:
      return "同时打开的文件过多";
    case EIO:
      return "磁盘读写出错";
    case EBUSY:
    case ETXTBSY:
      return "文件正被其他程序占用";
    case EFBIG:
      return "文件超过系统允许的大小";
    case ENOMEM:
      return "内存不足";
    case EXDEV:
      return "不能跨磁盘移动文件";
    case ELOOP:
      return "链接层数过多（可能成环）";
    case EINVAL:
      return "参数无效";
    case EINTR:
      return "操作被中断";
    default:
      return "系统错误 " + std::to_string(err);
  }
}

}  // namespace evalbook
