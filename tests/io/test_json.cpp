#include <doctest.h>

#include <nlohmann/json.hpp>

#include "app/session.h"
#include "io/json_codec.h"

using namespace facturier;
using nlohmann::json;

namespace {
Workspace sample() { return app::sampleWorkspace(Date::fromYmd(2026, 11, 23)); }
}

TEST_CASE("a workspace survives a JSON round trip unchanged") {
    Workspace ws = sample();
    std::string once = io::encodeWorkspace(ws);
    auto back = io::decodeWorkspace(once);
    REQUIRE_MESSAGE(back.ok(), back.error().text());
    CHECK(io::encodeWorkspace(back.get()) == once);
    CHECK(back.get().documents.size() == ws.documents.size());
    CHECK(back.get().documents[0].buyer.name == "Société Générale des Œuvres");
    CHECK_FALSE(verifyJournal(back.get().journal.entries()));
    CHECK(computeTotals(back.get().documents[0]).grandTotal == computeTotals(ws.documents[0]).grandTotal);
}

TEST_CASE("saved JSON carries schemaVersion") {
    auto j = json::parse(io::encodeWorkspace(sample()));
    CHECK(j["schemaVersion"] == kSchemaVersion);
}

TEST_CASE("malformed JSON gives a clear error instead of a crash") {
    for (const char* text : {"", "{", "[1,2", "{\"documents\": [}", "null", "42", "\"text\""}) {
        auto r = io::decodeWorkspace(text);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.error().message.empty());
    }
}

TEST_CASE("a truncated workspace is refused whole") {
    std::string text = io::encodeWorkspace(sample());
    for (size_t cut : {text.size() / 3, text.size() / 2, text.size() - 2}) {
        auto r = io::decodeWorkspace(text.substr(0, cut));
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("decoding errors carry the path of the bad field") {
    auto j = json::parse(io::encodeWorkspace(sample()));
    j["documents"][1]["lines"][0]["vatRate"] = "vingt";
    auto r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "documents[1].lines[0].vatRate");

    j = json::parse(io::encodeWorkspace(sample()));
    j["documents"][0]["type"] = "receipt";
    r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "documents[0].type");

    j = json::parse(io::encodeWorkspace(sample()));
    j["clients"][2]["paymentTermDays"] = "thirty";
    r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "clients[2].paymentTermDays: expected an integer");

    j = json::parse(io::encodeWorkspace(sample()));
    j["documents"][0]["issueDate"] = "2026-02-30";
    r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "documents[0].issueDate");
}

TEST_CASE("amounts that would overflow are a decoding error") {
    auto j = json::parse(io::encodeWorkspace(sample()));
    j["documents"][0]["lines"][0]["quantity"] = "99999999999999";
    j["documents"][0]["lines"][0]["unitPrice"] = "99999999999999";
    auto r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "documents[0].lines");
}

TEST_CASE("a workspace saved by a newer version is refused; version 0 is migrated") {
    auto j = json::parse(io::encodeWorkspace(sample()));
    j["schemaVersion"] = kSchemaVersion + 1;
    auto r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "schemaVersion");

    j = json::parse(io::encodeWorkspace(sample()));
    j.erase("schemaVersion");
    j["documents"][0]["lines"][1]["vatRate"] = 5.5;  // v0 stored numbers
    r = io::decodeWorkspace(j.dump());
    REQUIRE_MESSAGE(r.ok(), r.error().text());
    CHECK(r.get().documents[0].lines[1].vatRate.scaled == 55000);
}

TEST_CASE("an issued document without a number is refused") {
    auto j = json::parse(io::encodeWorkspace(sample()));
    j["documents"][0]["number"] = "";
    auto r = io::decodeWorkspace(j.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().path == "documents[0].number");
}

TEST_CASE("single documents and clients round-trip too") {
    Workspace ws = sample();
    auto d = io::decodeDocument(io::encodeDocument(ws.documents[1]));
    REQUIRE(d.ok());
    CHECK(io::encodeDocument(d.get()) == io::encodeDocument(ws.documents[1]));
    auto c = io::decodeClient(io::encodeClient(ws.clients[1]));
    REQUIRE(c.ok());
    CHECK(c.get().name == "Müller & Söhne GmbH");
    CHECK_FALSE(io::decodeClient("{\"name\":\"x\"}").ok());  // an id is required
}
