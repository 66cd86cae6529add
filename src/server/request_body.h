// Reading a request body within its limits: a size cap (413 payload_too_large) and a deadline
// for the whole body (408 request_timeout), so a client that sends one byte a second is cut
// off; and splitting a multipart/form-data body into its `file` parts.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include <string>
#include <vector>

namespace evalbook::server {

std::string read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                      int deadline_seconds);

struct FilePart {
  std::string file_name;  // as the client gave it (never used as a path)
  std::string bytes;
};

// The parts named "file". Throws HttpError 400 for a body that is not multipart/form-data, 413
// for a part over `max_file_bytes`, 400 too_many_files past `max_files`.
std::vector<FilePart> file_parts(const Poco::Net::HTTPServerRequest& request,
                                 const std::string& body, std::size_t max_file_bytes,
                                 int max_files);

}  // namespace evalbook::server
