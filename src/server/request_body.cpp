#include "server/request_body.h"

#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timespan.h>
#include <Poco/Timestamp.h>

#include <limits>
#include <sstream>

#include "app/input_collector.h"
#include "server/http_reply.h"
#include "server/server_log.h"
#include "xlsx/utf8.h"

namespace evalbook::server {

namespace {

// The name a client gave, as text every database and page can hold: a browser on a Chinese
// Windows may send GBK bytes; a NUL or bytes that are no text become U+FFFD.
std::string file_name_as_text(std::string name) {
  std::string decoded;
  if (!xlsx::is_valid_utf8(name) && app::gbk_to_utf8(name, decoded)) name = std::move(decoded);
  name = xlsx::valid_utf8_or_replaced(name);
  std::string out;
  for (char c : name) {
    if (c == '\0') {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                      int deadline_seconds) {
  if (request.hasContentLength() &&
      request.getContentLength64() > static_cast<Poco::Int64>(max_bytes))
    throw HttpError(413, ErrorCode::payload_too_large, "请求超过大小上限");
  const Poco::Timestamp start;
  const Poco::Timestamp::TimeDiff limit = Poco::Timespan(deadline_seconds, 0).totalMicroseconds();
  std::string body;
  std::istream& in = request.stream();
  char buffer[16384];
  try {
    for (;;) {
      // peek() waits for the next bytes to arrive (or the idle timeout); readsome() then takes
      // only what has arrived, so the deadline is checked however slowly the client sends.
      if (in.peek() == std::char_traits<char>::eof()) break;
      const auto got = static_cast<std::size_t>(in.readsome(buffer, sizeof buffer));
      body.append(buffer, got);
      if (body.size() > max_bytes)
        throw HttpError(413, ErrorCode::payload_too_large, "请求超过大小上限");
      if (start.isElapsed(limit))
        throw HttpError(408, ErrorCode::request_timeout, "上传过慢，已超时");
    }
  } catch (const Poco::TimeoutException&) {
    throw HttpError(408, ErrorCode::request_timeout, "上传中断或过慢");
  } catch (const Poco::Net::NetException& e) {
    log_error("reading a request", e.displayText());
    throw HttpError(400, ErrorCode::bad_request, "请求读取失败：连接中断或内容不完整，请重新发送");
  }
  if (request.hasContentLength() &&
      static_cast<Poco::Int64>(body.size()) != request.getContentLength64())
    throw HttpError(400, ErrorCode::bad_request, "请求不完整");
  return body;
}

std::vector<FilePart> file_parts(const Poco::Net::HTTPServerRequest& request,
                                 const std::string& body, std::size_t max_file_bytes,
                                 int max_files) {
  std::string type;
  Poco::Net::NameValueCollection params;
  Poco::Net::MessageHeader::splitParameters(request.getContentType(), type, params);
  if (type != "multipart/form-data" || !params.has("boundary"))
    throw HttpError(400, ErrorCode::bad_request, "上传应为 multipart/form-data");
  std::istringstream in(body);
  std::vector<FilePart> parts;
  try {
    Poco::Net::MultipartReader reader(in, params.get("boundary"));
    while (reader.hasNextPart()) {
      Poco::Net::MessageHeader header;
      reader.nextPart(header);
      std::string disposition;
      Poco::Net::NameValueCollection fields;
      Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition,
                                                fields);
      std::istream& part = reader.stream();
      if (fields.get("name", "") != "file") {
        part.ignore(std::numeric_limits<std::streamsize>::max());
        continue;
      }
      if (static_cast<int>(parts.size()) >= max_files)
        throw HttpError(400, ErrorCode::too_many_files, "一次上传的文件过多");
      FilePart p;
      p.file_name = file_name_as_text(fields.get("filename", ""));
      if (p.file_name.empty()) p.file_name = "未命名.xlsx";
      std::ostringstream bytes;
      bytes << part.rdbuf();
      p.bytes = std::move(bytes).str();
      if (p.bytes.size() > max_file_bytes)
        throw HttpError(413, ErrorCode::payload_too_large, "文件“" + p.file_name + "”超过大小上限");
      parts.push_back(std::move(p));
    }
  } catch (const HttpError&) {
    throw;
  } catch (const Poco::Exception& e) {
    log_error("reading an upload's parts", e.displayText());
    throw HttpError(400, ErrorCode::bad_request,
                    "无法解析上传内容：不是完整的文件上传，请通过页面重新上传");
  }
  if (parts.empty()) throw HttpError(400, ErrorCode::bad_request, "没有名为 file 的文件");
  return parts;
}

}  // namespace evalbook::server
