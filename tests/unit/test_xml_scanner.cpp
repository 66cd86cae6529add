// The streaming XML scanner: the same tokens whatever the chunking, every byte accounted for,
// and the refusals that keep hostile XML out.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "xlsx/errors.h"
#include "xlsx/ooxml_text.h"
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

TEST_CASE("xml: bytes that are not UTF-8 are refused at any chunking, with the line") {
  // FF, FE, and C3 28 (a lead byte followed by ASCII) as the probe put them in a cell.
  const std::string bad = "<a>\n<t>ok</t>\n<t>\xFF\xFE\xC3\x28</t></a>";
  for (std::size_t chunk : {1, 2, 5, 100000}) {
    try {
      scan(bad, chunk);
      FAIL("accepted invalid UTF-8");
    } catch (const evalbook::xlsx::XlsxError& e) {
      CHECK(e.code() == ErrorCode::invalid_utf8);
      CHECK(e.line() == 3);
      CHECK(e.part() == "test.xml");
    }
  }
  // Overlong "/" (C0 AF), a surrogate (ED A0 80), past U+10FFFF (F4 90 80 80), cut short at the
  // end.
  for (const char* text :
       {"<a>\xC0\xAF</a>", "<a>\xED\xA0\x80</a>", "<a>\xF4\x90\x80\x80</a>", "<a/>\xE4\xB8"}) {
    REQUIRE_XLSX_ERROR(scan(text, 1), ErrorCode::invalid_utf8);
  }
  // A three-byte character split across chunks is fine: 中 = E4 B8 AD, 😀 = F0 9F 98 80.
  for (std::size_t chunk : {1, 2, 4})
    CHECK(scan("<a>\xE4\xB8\xAD\xF0\x9F\x98\x80</a>", chunk).raw.size() == 14);
}

TEST_CASE("xml: a part declaring an encoding other than UTF-8 is refused") {
  REQUIRE_XLSX_ERROR(scan("<?xml version=\"1.0\" encoding=\"GBK\"?><a/>", 7),
                     ErrorCode::unsupported_encoding);
  REQUIRE_XLSX_ERROR(scan("<?xml version='1.0' encoding='ISO-8859-1'?><a/>", 100),
                     ErrorCode::unsupported_encoding);
  CHECK_NOTHROW(scan("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><a/>", 3));
  CHECK_NOTHROW(scan("<?xml version=\"1.0\" encoding=\"UTF8\"?><a/>", 3));
  CHECK_NOTHROW(scan("<?xml version=\"1.0\"?><a/>", 3));
}

TEST_CASE("xml: what a writer escapes is valid UTF-8 and well-formed XML") {
  std::string out;
  evalbook::xlsx::escape_xml_text(
      "a\xFF"
      "b\x01<\xE4\xB8\xAD",
      out);
  CHECK(out ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD&lt;\xE4\xB8\xAD");
  std::string ooxml;
  evalbook::xlsx::encode_ooxml_text("\xE4\xB8\xAD\x01_x0041_\xFE",
                                    ooxml);  // 中, SOH, a literal escape
  CHECK(ooxml == "\xE4\xB8\xAD_x0001__x005F_x0041_\xEF\xBF\xBD");
}

TEST_CASE("xml: a GBK part is refused for its declaration, at any chunking, before its bytes") {
  // 测试 in GBK (B2 E2 CA D4) is not UTF-8 either: the declaration is the reason given.
  for (std::size_t chunk : {1, 3, 7, 100000}) {
    REQUIRE_XLSX_ERROR(
        scan("<?xml version=\"1.0\" encoding=\"GBK\"?><a>\xB2\xE2\xCA\xD4</a>", chunk),
        ErrorCode::unsupported_encoding);
  }
}
