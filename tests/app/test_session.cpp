#include <doctest.h>

#include "app/archive.h"
#include "app/session.h"
#include "io/archive.h"
#include "io/json_codec.h"

using namespace facturier;

namespace {
OpResult renameFirstClient(Workspace& ws, const std::string& name) {
    ws.clients[0].name = name;
    return OpResult::success();
}
}  // namespace

TEST_CASE("a change is in the store before the session publishes it as saved") {
    store::MemoryStore store;
    app::Session s(store);
    REQUIRE(s.open());
    REQUIRE(s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 11, 23))).ok);
    auto r = s.apply([](Workspace& ws) { return renameFirstClient(ws, "Éditions Ça & Là"); });
    REQUIRE(r.ok);
    CHECK(s.saveState() == app::SaveState::Saved);
    CHECK(store.records().at("client/" + s.workspace().clients[0].id).find("Éditions Ça & Là") != std::string::npos);

    app::Session reopened(store);
    REQUIRE(reopened.open());
    CHECK(reopened.workspace().clients[0].name == "Éditions Ça & Là");
    CHECK(reopened.workspace().documents.size() == s.workspace().documents.size());
}

TEST_CASE("when the store is full the work is kept in memory, marked unsaved, and saved on retry") {
    store::MemoryStore store;
    app::Session s(store);
    REQUIRE(s.open());
    REQUIRE(s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 11, 23))).ok);
    store.failNextCommit("store.quota");
    auto r = s.apply([](Workspace& ws) { return renameFirstClient(ws, "Après quota"); });
    CHECK(r.ok);
    CHECK(s.saveState() == app::SaveState::Unsaved);
    CHECK(s.lastError() == "store.quota");
    CHECK(s.workspace().clients[0].name == "Après quota");
    CHECK(store.records().at("client/" + s.workspace().clients[0].id).find("Après quota") == std::string::npos);
    CHECK(s.retrySave());
    CHECK(s.saveState() == app::SaveState::Saved);
    CHECK(store.records().at("client/" + s.workspace().clients[0].id).find("Après quota") != std::string::npos);
}

TEST_CASE("a refused operation changes nothing and writes nothing") {
    store::MemoryStore store;
    app::Session s(store);
    REQUIRE(s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 11, 23))).ok);
    auto before = store.records();
    auto revision = s.revision();
    std::string issued = s.workspace().documents[0].id;
    auto r = s.apply([&](Workspace& ws) { return deleteDraft(ws, issued); });
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "lifecycle.immutable");
    CHECK(store.records() == before);
    CHECK(s.revision() == revision);
}

TEST_CASE("a read-only session (second tab) refuses every change") {
    store::MemoryStore store;
    app::Session s(store);
    s.setReadOnly(true);
    auto r = s.apply([](Workspace& ws) { ws.seller.name = "x"; return OpResult::success(); });
    CHECK_FALSE(r.ok);
    CHECK(r.errorKey == "store.readOnly");
    CHECK(s.workspace().seller.name.empty());
}

TEST_CASE("the sample workspace is legally complete and consistent") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    int issued = 0;
    for (const auto& d : ws.documents) {
        if (!isIssued(d)) continue;
        ++issued;
        CHECK_MESSAGE(!hasErrors(validate(d, d.seller)), d.number);
    }
    CHECK(issued == 5);
    CHECK_FALSE(verifyJournal(ws.journal.entries()));
}

namespace {
// A store that confirms only when told, like IndexedDB.
struct DeferredStore : store::MemoryStore {
    std::vector<std::pair<store::Transaction, store::CommitDone>> pending;
    void commitAsync(const store::Transaction& tx, store::CommitDone done) override { pending.emplace_back(tx, std::move(done)); }
    void finish(bool ok) {
        auto [tx, done] = pending.front();
        pending.erase(pending.begin());
        if (ok) { commit(tx); done({}); }
        else done({false, "store.quota", "QuotaExceededError"});
    }
};
}  // namespace

TEST_CASE("with an asynchronous store the work shows as saving until the store confirms") {
    DeferredStore store;
    app::Session s(store);
    REQUIRE(s.open());
    s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 11, 23)));
    CHECK(s.saveState() == app::SaveState::Saving);
    REQUIRE(store.pending.size() == 1);
    store.finish(true);
    CHECK(s.saveState() == app::SaveState::Saved);

    s.apply([](Workspace& ws) { return renameFirstClient(ws, "Première"); });
    s.apply([](Workspace& ws) { return renameFirstClient(ws, "Seconde"); });  // while the first is in flight
    CHECK(s.saveState() == app::SaveState::Saving);
    REQUIRE(store.pending.size() == 1);
    store.finish(true);
    REQUIRE(store.pending.size() == 1);  // the second change follows
    CHECK(s.saveState() == app::SaveState::Saving);
    store.finish(true);
    CHECK(s.saveState() == app::SaveState::Saved);
    CHECK(store.records().at("client/" + s.workspace().clients[0].id).find("Seconde") != std::string::npos);
}

TEST_CASE("a quota error from an asynchronous store keeps the work and says it is not saved") {
    DeferredStore store;
    app::Session s(store);
    REQUIRE(s.open());
    s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 11, 23)));
    store.finish(true);
    s.apply([](Workspace& ws) { return renameFirstClient(ws, "Pas encore"); });
    store.finish(false);
    CHECK(s.saveState() == app::SaveState::Unsaved);
    CHECK(s.lastError() == "store.quota");
    CHECK(s.workspace().clients[0].name == "Pas encore");
    s.retrySave();
    store.finish(true);
    CHECK(s.saveState() == app::SaveState::Saved);
}

#include "app/backup.h"

TEST_CASE("a backup restores the whole workspace; a truncated or corrupted one is refused and changes nothing") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    std::string text = app::exportBackup(ws);
    auto good = app::checkBackup(text);
    REQUIRE_MESSAGE(good.ok, good.detail);
    CHECK(good.documents == ws.documents.size());
    CHECK(io::encodeWorkspace(good.workspace) == io::encodeWorkspace(ws));

    store::MemoryStore store;
    app::Session s(store);
    REQUIRE(s.replaceAll(app::sampleWorkspace(Date::fromYmd(2026, 1, 1))).ok);
    auto before = store.records();

    auto truncated = app::checkBackup(text.substr(0, text.size() / 2));
    CHECK_FALSE(truncated.ok);
    CHECK(truncated.errorKey == "backup.invalid");

    std::string corrupted = text;
    auto at = corrupted.find("\"unitPrice\": \"650\"", corrupted.find("\"documents\""));
    REQUIRE(at != std::string::npos);
    corrupted.replace(at, 18, "\"unitPrice\": \"6x0\"");
    auto bad = app::checkBackup(corrupted);
    CHECK_FALSE(bad.ok);
    CHECK(bad.detail.find("documents[0].lines[0].unitPrice") == 0);

    std::string edited = text;
    at = edited.find("\"unitPrice\": \"650\"", edited.find("\"documents\""));
    edited.replace(at, 18, "\"unitPrice\": \"600\"");
    auto tampered = app::checkBackup(edited);
    CHECK_FALSE(tampered.ok);
    CHECK(tampered.errorKey == "backup.integrity");

    CHECK(store.records() == before);  // nothing was applied
    REQUIRE(s.replaceAll(good.workspace).ok);
    CHECK(s.workspace().documents.size() == ws.documents.size());
}

TEST_CASE("unreadable stored records block every write and say why") {
    store::MemoryStore store;
    store::Transaction tx;
    tx.puts.emplace_back("core", "{\"schemaVersion\": 1}");
    tx.puts.emplace_back("client/cli-1", "{\"id\": 3}");
    REQUIRE(store.commit(tx).ok);
    app::Session s(store);
    CHECK_FALSE(s.open());
    s.blockWrites(s.lastError());
    CHECK(s.saveState() == app::SaveState::ReadOnly);
    CHECK(s.lastError().find("client/cli-1") == 0);
    auto before = store.records();
    CHECK_FALSE(s.apply([](Workspace& ws) { ws.seller.name = "x"; return OpResult::success(); }).ok);
    CHECK(store.records() == before);
}

TEST_CASE("the archive builder renders a few documents at a time and packs an archive that verifies") {
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    app::ArchiveBuilder builder(ws, Date::fromYmd(2026, 11, 23), {}, 2026);
    CHECK(builder.total() == 5);
    int steps = 0;
    while (!builder.step(2)) ++steps;
    CHECK(steps == 2);  // 2 + 2 + 1
    CHECK(builder.rendered() == 5);
    app::ArchiveResult stepped = builder.finish();
    REQUIRE_MESSAGE(stepped.ok, stepped.error);
    CHECK(stepped.fileName == "facturier-archive-732829320-2026.zip");
    app::ArchiveResult once = app::buildArchive(ws, Date::fromYmd(2026, 11, 23), {}, 2026);
    CHECK(once.bytes == stepped.bytes);
    auto check = io::verifyArchive(stepped.bytes);
    CHECK(check.ok);
    CHECK(check.documents == 5);
    CHECK(app::issueYears(ws) == std::vector<int>{2026});
    // Another year holds none of them, and still verifies.
    auto empty = app::buildArchive(ws, Date::fromYmd(2026, 11, 23), {}, 2025);
    CHECK(empty.documents == 0);
    CHECK(io::verifyArchive(empty.bytes).ok);
}
