#include "server/guarded_connection.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timestamp.h>

#include "server/api_handler.h"
#include "server/http_reply.h"
#include "server/server_log.h"

namespace evalbook::server {

namespace {

// An answer before any handler has run (the request could not be read); the connection ends.
void answer_unreadable(Poco::Net::HTTPServerSession& session, int status, ErrorCode code,
                       const std::string& message) {
  try {
    Poco::Net::HTTPServerResponseImpl response(session);
    response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
    response.setKeepAlive(false);
    send_error(response, status, code, message);
  } catch (const Poco::Exception&) {  // the client is gone: nobody to tell
  }
  session.setKeepAlive(false);
}

std::string address_of(const Poco::Net::StreamSocket& socket) {
  try {
    return socket.peerAddress().host().toString();
  } catch (const Poco::Exception&) {
    return {};
  }
}

}  // namespace

GuardedConnection::GuardedConnection(const Poco::Net::StreamSocket& socket, ServiceState& state,
                                     ConnectionGuard& guard,
                                     Poco::Net::HTTPServerParams::Ptr params)
    : TCPServerConnection(socket), state_(state), guard_(guard), params_(std::move(params)) {}

void GuardedConnection::run() {
  const auto ticket = guard_.admit(socket(), address_of(socket()));
  if (!ticket) {
    Poco::Net::HTTPServerSession session(socket(), params_);
    answer_unreadable(session, 429, ErrorCode::too_many_requests,
                      "本机打开的连接过多，请稍后重试（关闭多余的页面或上传程序）");
    return;
  }
  try {
    serve(*ticket);
  } catch (...) {
    guard_.leave(*ticket);
    throw;
  }
  guard_.leave(*ticket);
}

namespace {

// Reads what the handler left of the request's body (a logout's "{}", a body refused unread),
// so that the next request on the connection starts at its request line, not inside this body
// ("{}GET / HTTP/1.1" was answered 405). False when more is left than is worth reading, or the
// read fails: the connection is then closed after this answer.
bool body_read_to_end(Poco::Net::HTTPServerRequest& request) {
  constexpr std::streamsize kMostLeftToRead = 64 * 1024;
  try {
    std::istream& rest = request.stream();
    rest.ignore(kMostLeftToRead);
    return rest.eof();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

void GuardedConnection::serve(std::uint64_t ticket) {
  Poco::Net::HTTPServerSession session(socket(), params_);
  guard_.expect_headers(ticket);
  while (session.hasMoreRequests()) {
    try {
      Poco::Net::HTTPServerResponseImpl response(session);
      Poco::Net::HTTPServerRequestImpl request(response, session, params_);
      guard_.headers_arrived(ticket);
      response.setDate(Poco::Timestamp());
      response.setVersion(request.getVersion());
      response.setKeepAlive(params_->getKeepAlive() && request.getKeepAlive() &&
                            session.canKeepAlive());
      if (request.getExpectContinue()) response.sendContinue();
      ApiHandler(state_).handleRequest(request, response);
      session.setKeepAlive(params_->getKeepAlive() && response.getKeepAlive() &&
                           session.canKeepAlive() && body_read_to_end(request));
    } catch (const Poco::Net::NoMessageException&) {
      // The client closed between requests, or sent nothing before the header deadline.
      if (guard_.expired(ticket))
        answer_unreadable(session, 408, ErrorCode::request_timeout, "请求头发送过慢，连接已断开");
      return;
    } catch (const Poco::Net::MessageException& e) {
      if (guard_.expired(ticket))
        return answer_unreadable(session, 408, ErrorCode::request_timeout,
                                 "请求头发送过慢，连接已断开");
      log_error("reading a request's headers", e.displayText());
      return answer_unreadable(session, 400, ErrorCode::bad_request,
                               "请求格式错误（请求行或请求头无法解析、过长或过多）");
    } catch (const Poco::SyntaxException& e) {
      // Content-Length or a chunk size that is no number, or one past 64 bits.
      log_error("reading a request's headers", e.displayText());
      return answer_unreadable(session, 400, ErrorCode::bad_request,
                               "请求格式错误：Content-Length 不是有效的数字");
    } catch (const Poco::TimeoutException&) {
      return answer_unreadable(session, 408, ErrorCode::request_timeout, "请求发送过慢，已超时");
    } catch (const Poco::Exception&) {
      return;  // the connection broke: nobody to answer
    }
    // The next request may come after the keep-alive wait, then its headers within the deadline.
    guard_.expect_headers(ticket, std::chrono::seconds(params_->getKeepAliveTimeout().seconds()));
  }
}

}  // namespace evalbook::server
