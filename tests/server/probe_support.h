// What the probe tests share: the round's upload path and the honest clerk who must still be
// served after (or during) every attack.
#pragma once

#include <string>

#include "server_fixture.h"

namespace evalbook::test {

std::string uploads_of(const ServerFixture& server);

// A clerk at 127.0.0.1 logs in and uploads 出口信用保险.xlsx (sample 004_project_04_): both
// answered, the upload 201, within two seconds.
void check_still_serving(const ServerFixture& server);

}  // namespace evalbook::test
