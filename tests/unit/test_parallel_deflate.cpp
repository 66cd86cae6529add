// Blocks deflated on several threads and joined into one deflate stream (pigz's way): zlib's own
// inflate must give back exactly what went in, the combined CRC-32 must be the CRC-32 of the
// whole, and priming each block with the 32 KiB before it must keep the size near one stream's.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "test_support.h"
#include "xlsx/background_deflate.h"
#include "xlsx/parallel_deflate.h"
#include "xlsx/zip_reader.h"
#include "xlsx/zip_writer.h"

using evalbook::test::TempDir;
using evalbook::xlsx::deflate_piece;
using evalbook::xlsx::ParallelDeflater;
using evalbook::xlsx::ZipReader;
using evalbook::xlsx::ZipWriter;

namespace {

// Sheet rows, each a little different (repeats within 32 KiB, as real sheets have).
std::string sheet_rows(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    const std::string r = std::to_string(i + 2);
    out += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + std::to_string(i % 97) +
           "</v></c><c r=\"B" + r + "\" s=\"3\"><v>" + std::to_string(i * 7919 % 100003) +
           ".5</v></c></row>";
  }
  return out;
}

std::uint32_t crc_of(const std::string& s) {
  return static_cast<std::uint32_t>(crc32_z(0, reinterpret_cast<const Bytef*>(s.data()), s.size()));
}

// zlib's raw inflate of the whole stream; throws unless it ends exactly at the stream's end.
std::string inflate_raw(const std::string& deflated) {
  z_stream zs{};
  if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2");
  std::string out;
  char buffer[65536];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
  zs.avail_in = static_cast<uInt>(deflated.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - zs.avail_out);
  }
  const bool ended = rc == Z_STREAM_END && zs.avail_in == 0;
  inflateEnd(&zs);
  if (!ended) throw std::runtime_error("the stream does not end where its bytes end");
  return out;
}

struct Run {
  std::string deflated;
  ParallelDeflater::Totals totals;
};

// Appends `data` in bits of `step` bytes (not aligned with the blocks).
Run deflate_parallel(const std::string& data, unsigned threads, std::size_t block,
                     std::size_t step) {
  Run run;
  ParallelDeflater deflater(
      6, threads, [&](std::string_view d) { run.deflated.append(d); }, block);
  for (std::size_t at = 0; at < data.size(); at += step)
    deflater.append(std::string_view(data).substr(at, step));
  run.totals = deflater.finish();
  return run;
}

}  // namespace

TEST_CASE("parallel deflate: many blocks on several threads are one stream of the same bytes") {
  const std::string data = sheet_rows(60'000);  // ~4.8 MB: 74 blocks of 64 KiB
  REQUIRE(data.size() > 70 * 65536);
  for (unsigned threads : {1u, 2u, 3u}) {
    const Run run = deflate_parallel(data, threads, 65536, 10'007);
    CHECK(run.totals.size == data.size());
    CHECK(run.totals.crc32 == crc_of(data));
    CHECK(run.totals.compressed == run.deflated.size());
    CHECK(inflate_raw(run.deflated) == data);
    // Primed with the previous 32 KiB, 74 separate blocks cost little: within 5% of one stream
    // (without the priming each block would start with no history at all).
    const std::size_t one_stream = deflate_piece(data, 6, true).deflated.size();
    CHECK(run.deflated.size() < one_stream + one_stream / 20);
  }
}

TEST_CASE("parallel deflate: less than a block, exactly a block, and nothing at all") {
  const std::string small = sheet_rows(100);
  REQUIRE(small.size() < 65536);
  Run run = deflate_parallel(small, 2, 65536, 333);
  CHECK(inflate_raw(run.deflated) == small);
  CHECK(run.totals.crc32 == crc_of(small));

  const std::string exact = sheet_rows(20'000).substr(0, 65536);
  run = deflate_parallel(exact, 2, 65536, 65536);  // fills the block: the last one is empty
  CHECK(inflate_raw(run.deflated) == exact);
  CHECK(run.totals.size == 65536);
  CHECK(run.totals.crc32 == crc_of(exact));

  run = deflate_parallel("", 2, 65536, 1);
  CHECK(inflate_raw(run.deflated).empty());
  CHECK(run.totals.size == 0);
  CHECK(run.totals.crc32 == 0);
}

TEST_CASE("zip writer: a large streamed entry, deflated in parallel blocks, reads back exactly") {
  const std::string head = "<worksheet><sheetData>";
  const std::string body = sheet_rows(40'000);  // > 1 MiB: several blocks of the writer's size
  const std::string tail = "</sheetData></worksheet>";
  REQUIRE(body.size() > 3u << 20);
  TempDir dir;
  {
    ZipWriter writer(dir.file("big.zip"));
    writer.add_entry("small.xml", "<a/>");
    writer.begin_entry("xl/worksheets/sheet1.xml");
    writer.write_chunk(head);
    for (std::size_t at = 0; at < body.size(); at += 100'003)
      writer.write_chunk(std::string_view(body).substr(at, 100'003));
    writer.write_chunk(tail);
    writer.end_entry();
    writer.add_entry("after.xml", "<b/>");
    writer.commit();
  }
  auto zip = ZipReader::open_file(dir.file("big.zip"));  // checks sizes and the CRC-32
  CHECK(zip->read(*zip->find("xl/worksheets/sheet1.xml")) == head + body + tail);
  CHECK(zip->find("xl/worksheets/sheet1.xml")->crc32 == crc_of(head + body + tail));
  CHECK(zip->read(*zip->find("small.xml")) == "<a/>");
  CHECK(zip->read(*zip->find("after.xml")) == "<b/>");
}
