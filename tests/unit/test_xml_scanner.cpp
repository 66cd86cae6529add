// The streaming XML scanner: the same tokens whatever the chunking, every byte accounted for,
// and the refusals that keep hostile XML out.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "xlsx/errors.h"
#include "xlsx/xml_scanner.h"

using evalbook::xlsx::ErrorCode;
using evalbook::xlsx::XmlHandler;
using evalbook::xlsx::XmlScanner;
using evalbook::xlsx::XmlToken;
using evalbook::xlsx::XmlTokenKind;

namespace {

struct Recorder : XmlHandler {
  std::string raw;
  std::vector<std::string> names;
  void on_token(const XmlToken& t) override {
    raw.append(t.raw);
    if (t.kind == XmlTokenKind::start || t.kind == XmlTokenKind::empty) names.emplace_back(t.name);
  }
};

Recorder scan(std::string_view xml, std::size_t chunk) {
  Recorder r;
  XmlScanner s("test.xml", r);
  for (std::size_t i = 0; i < xml.size(); i += chunk) s.feed(xml.substr(i, chunk));
  s.finish();
  return r;
}

const std::string kDoc =
    "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<!-- c --><a xmlns:x=\"u\" k='v>w'>"
    "<x:b c=\"1\"/>text &amp; more<![CDATA[<raw>]]><d\n e = \"2\" >z</d ></a>\n";

}  // namespace

TEST_CASE("xml: every chunking gives the same tokens and every byte back") {
  for (std::size_t chunk : {1, 2, 3, 7, 64, 100000}) {
    Recorder r = scan(kDoc, chunk);
    CHECK(r.raw == kDoc);
    CHECK(r.names == std::vector<std::string>{"a", "x:b", "d"});
  }
}

TEST_CASE("xml: entity and character references decode; unknown ones are refused") {
  std::string out;
  CHECK(evalbook::xlsx::decode_xml_text("a&lt;b&gt;&amp;&quot;&apos;&#x4E2D;&#25991;", out));
  CHECK(out == "a<b>&\"'中文");
  std::string bad;
  CHECK_FALSE(evalbook::xlsx::decode_xml_text("&e;", bad));
}

TEST_CASE("xml: DOCTYPEs are refused by kind") {
  REQUIRE_XLSX_ERROR(scan("<!DOCTYPE a [<!ENTITY x \"xx\"><!ENTITY y \"&x;&x;\">]><a>&y;</a>", 8),
                     ErrorCode::xml_entity_bomb);
  REQUIRE_XLSX_ERROR(scan("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>", 8),
                     ErrorCode::xml_external_entity);
  REQUIRE_XLSX_ERROR(scan("<!DOCTYPE a><a/>", 100), ErrorCode::xml_doctype);
}

TEST_CASE("xml: well-formedness errors") {
  REQUIRE_XLSX_ERROR(scan("<a><b></a>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("<a>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("<a/><b/>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("<a x=1/>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("<a x=\"1\"y=\"2\"/>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("text<a/>", 100), ErrorCode::malformed_xml);
  REQUIRE_XLSX_ERROR(scan("", 100), ErrorCode::malformed_xml);
}

TEST_CASE("xml: nesting depth is capped") {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  REQUIRE_XLSX_ERROR(scan(deep, 64), ErrorCode::limit_exceeded);
}
