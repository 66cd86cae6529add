#include "server/guarded_connection.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timestamp.h>

#include <vector>

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

// Reads and drops what the handler left of the request's body (a logout's "{}", an upload refused
// unread), within 2 s and 256 MiB. The next request on the connection must start at its request
// line ("{}GET / HTTP/1.1" was answered 405); and a socket closed with unread bytes in it sends a
// reset, which can wipe the answer out of the client's buffer before it reads it (an upload to a
// round the unit is not in came back as "I/O error" instead of 404). True when the body was read
// to its end.
bool body_dropped_to_end(Poco::Net::HTTPServerRequest& request, Poco::Net::StreamSocket& socket) {
  constexpr std::size_t kMostDropped = 256u << 20;
  const Poco::Timestamp start;
  const Poco::Timespan waited_before = socket.getReceiveTimeout();
  bool to_end = false;
  try {
    socket.setReceiveTimeout(Poco::Timespan(1, 0));  // a silent client stops the drop in 1 s
    std::istream& rest = request.stream();
    std::vector<char> buffer(64 * 1024);
    std::size_t dropped = 0;
    while (!start.isElapsed(2'000'000) && dropped < kMostDropped) {
      if (rest.peek() == std::char_traits<char>::eof()) {
        to_end = !rest.bad();
        break;
      }
      dropped += static_cast<std::size_t>(
          rest.readsome(buffer.data(), static_cast<std::streamsize>(buffer.size())));
    }
    socket.setReceiveTimeout(waited_before);
  } catch (const std::exception&) {  // the client gave up or stalled: the connection closes
    return false;
  }
  return to_end;
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
      // Dropped even when the connection closes after this answer (see body_dropped_to_end).
      const bool whole_body_read = body_dropped_to_end(request, socket());
      session.setKeepAlive(params_->getKeepAlive() && response.getKeepAlive() &&
                           session.canKeepAlive() && whole_body_read);
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
