// Inflates a large entry on a second thread while the caller parses what is already inflated:
// on two cores a big sheet then costs about max(inflate, parse) instead of their sum.
#pragma once

#include "xlsx/zip_reader.h"

namespace evalbook::xlsx {

// Same contract as ZipReader::read_stream (errors from inflation are rethrown here, on the
// caller's thread; the sink returning false stops both sides).
void read_stream_pipelined(const ZipReader& zip, const ZipEntry& entry, const ChunkSink& sink,
                           std::size_t chunk_size = 256 * 1024);

}  // namespace evalbook::xlsx
