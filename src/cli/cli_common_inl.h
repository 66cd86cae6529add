// Template part of cli_common.h.
#pragma once

#include <exception>
#include <new>

#include "xlsx/errors.h"

namespace evalbook::cli {

template <class Body>
int guarded(std::string_view file, Body&& body) {
  try {
    return body();
  } catch (const xlsx::XlsxError& e) {
    report_error(file, xlsx::error_code_name(e.code()), e.what(), xlsx::error_code_hint(e.code()));
  } catch (const std::bad_alloc&) {
    report_error(file, "out_of_memory", "内存不足");
  } catch (const std::exception& e) {
    report_error(file, "internal_error", e.what());
  }
  return kExitUnreadable;
}

}  // namespace evalbook::cli
