#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "app/session.h"
#include "io/json_codec.h"
#include "store/file_store.h"
#include "store/store.h"

using namespace facturier;
using namespace facturier::store;

namespace {
Workspace sample() { return app::sampleWorkspace(Date::fromYmd(2026, 11, 23)); }
std::string tempDir(const char* name) {
    auto p = std::filesystem::temp_directory_path() / (std::string("facturier-test-") + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(p);
    return p.string();
}
}  // namespace

TEST_CASE("a workspace saved record by record loads back identical") {
    Workspace ws = sample();
    MemoryStore store;
    REQUIRE(store.commit(fullSave(ws)).ok);
    CHECK(store.records().count("core") == 1);
    CHECK(store.records().count(documentKey(ws.documents[0].id)) == 1);
    CHECK(store.records().count(summaryKey(ws.documents[0].id)) == 1);
    std::map<std::string, std::string> records;
    REQUIRE(store.loadAll(records).ok);
    auto loaded = loadWorkspace(records);
    REQUIRE_MESSAGE(loaded.ok, loaded.error);
    CHECK(io::encodeWorkspace(loaded.workspace) == io::encodeWorkspace(ws));
}

TEST_CASE("only the records that changed are written") {
    Workspace before = sample();
    Workspace after = before;
    after.findClient(after.clients[0].id)->email = "nouveau@oeuvres.example";
    Transaction tx = diff(before, after);
    REQUIRE(tx.puts.size() == 1);
    CHECK(tx.puts[0].first == clientKey(after.clients[0].id));
    CHECK(tx.removes.empty());

    Workspace removed = before;
    std::string draftId;
    for (const auto& d : removed.documents) if (d.status == Status::Draft) draftId = d.id;
    REQUIRE(deleteDraft(removed, draftId).ok);
    tx = diff(before, removed);
    CHECK(tx.puts.empty());
    CHECK(tx.removes.size() == 2);  // the document and its summary
}

TEST_CASE("the summary index lists documents without parsing them") {
    Workspace ws = sample();
    auto s = summarize(ws, ws.documents[0]);
    CHECK(s.number == "F-2026-0001");
    CHECK(s.total == computeTotals(ws.documents[0]).grandTotal);
    CHECK(s.balance == 0);
    CHECK(encodeSummary(s).find("\"number\":\"F-2026-0001\"") != std::string::npos);
    auto back = decodeSummary(encodeSummary(s));
    REQUIRE(back);
    CHECK(back->number == s.number);
    CHECK(back->total == s.total);
    CHECK(back->clientName == s.clientName);
    CHECK_FALSE(decodeSummary("{\"number\": 3}"));
}

TEST_CASE("a failed commit writes nothing") {
    MemoryStore store;
    REQUIRE(store.commit(fullSave(sample())).ok);
    auto before = store.records();
    store.failNextCommit("store.quota");
    Transaction tx;
    tx.puts.emplace_back("core", "{}");
    tx.removes.push_back(documentKey("doc-7"));
    auto r = store.commit(tx);
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "store.quota");
    CHECK(store.records() == before);
}

TEST_CASE("the file store keeps records across openings") {
    std::string dir = tempDir("persist");
    Workspace ws = sample();
    {
        FileStore fs(dir);
        REQUIRE(fs.commit(fullSave(ws)).ok);
    }
    FileStore again(dir);
    std::map<std::string, std::string> records;
    REQUIRE(again.loadAll(records).ok);
    auto loaded = loadWorkspace(records);
    REQUIRE(loaded.ok);
    CHECK(io::encodeWorkspace(loaded.workspace) == io::encodeWorkspace(ws));
    std::filesystem::remove_all(dir);
}

TEST_CASE("an interrupted file commit is completed on the next load") {
    std::string dir = tempDir("wal");
    std::filesystem::create_directories(dir);
    {
        std::ofstream wal(std::filesystem::path(dir) / "pending.wal");
        wal << R"({"puts":[["client/cli-9","{\"id\":\"cli-9\",\"name\":\"Zoé\"}"]],"removes":[]})";
    }
    FileStore fs(dir);
    std::map<std::string, std::string> records;
    REQUIRE(fs.loadAll(records).ok);
    CHECK(records.count("client/cli-9") == 1);
    CHECK_FALSE(std::filesystem::exists(std::filesystem::path(dir) / "pending.wal"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("an unreadable record is named in the error") {
    std::map<std::string, std::string> records;
    MemoryStore store;
    REQUIRE(store.commit(fullSave(sample())).ok);
    records = store.records();
    records["client/cli-1"] = "{\"id\": 3}";
    auto loaded = loadWorkspace(records);
    CHECK_FALSE(loaded.ok);
    CHECK(loaded.error.rfind("client/cli-1: id", 0) == 0);
}

TEST_CASE("recurring templates, reminders and dunning settings survive the records and a full JSON round trip") {
    Workspace ws = sample();
    REQUIRE(ws.recurring.size() == 1);
    ws.settings.dunning.firmDays = 20;
    ws.settings.dunning.templates.push_back({2, "en", "Overdue {number}", "Please pay {balance}."});
    bool reminded = false;
    for (const auto& d : ws.documents) reminded = reminded || !d.reminders.empty();
    CHECK(reminded);
    MemoryStore store;
    REQUIRE(store.commit(fullSave(ws)).ok);
    CHECK(store.records().count(recurringKey(ws.recurring[0].id)) == 1);
    std::map<std::string, std::string> records;
    store.loadAll(records);
    auto loaded = loadWorkspace(records);
    REQUIRE_MESSAGE(loaded.ok, loaded.error);
    CHECK(loaded.workspace.recurring == ws.recurring);
    CHECK(loaded.workspace.settings == ws.settings);
    auto decoded = io::decodeWorkspace(io::encodeWorkspace(ws));
    REQUIRE(decoded.ok());
    CHECK(decoded.get().recurring == ws.recurring);
    CHECK(io::encodeWorkspace(decoded.get()) == io::encodeWorkspace(ws));

    // A template's catch-up cursor moving is one small record, not the core record.
    Workspace after = ws;
    after.recurring[0].generated = 1;
    Transaction tx = diff(ws, after);
    REQUIRE(tx.puts.size() == 1);
    CHECK(tx.puts[0].first == recurringKey(ws.recurring[0].id));
}

TEST_CASE("a template record with an unknown frequency is refused with its path") {
    auto t = io::decodeRecurring(R"({"id":"rec-1","name":"x","frequency":"daily","start":"2026-01-01","lines":[]})");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().text() == "frequency: unknown frequency");
}
