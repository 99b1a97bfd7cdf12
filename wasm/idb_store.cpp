// IdbStore: C++ side. The transaction travels to JS as JSON; JS calls back facturier_store_done.
#include "idb_store.h"

#include <emscripten.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

extern "C" {
void fct_idb_commit(int id, const char* transactionJson);  // web_platform.js
char* fct_idb_records_json();                              // malloc'd JSON [[key, value], …]
char* fct_storage_problem();                               // malloc'd, "" when fine
int fct_read_only_tab();
}

namespace facturier::web {

namespace {
std::map<int, store::CommitDone> g_pending;
int g_nextId = 1;
std::string takeString(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}
}  // namespace

store::StoreResult IdbStore::commit(const store::Transaction&) { return {false, "store.async", "use commitAsync"}; }

void IdbStore::commitAsync(const store::Transaction& tx, store::CommitDone done) {
    if (!unavailableReason().empty()) { done({false, "store.unavailable", unavailableReason()}); return; }
    nlohmann::json j = {{"puts", nlohmann::json::array()}, {"removes", tx.removes}};
    for (const auto& [k, v] : tx.puts) j["puts"].push_back({k, v});
    int id = g_nextId++;
    g_pending[id] = std::move(done);
    fct_idb_commit(id, j.dump().c_str());
}

store::StoreResult IdbStore::loadAll(std::map<std::string, std::string>& out) {
    out.clear();
    auto j = nlohmann::json::parse(takeString(fct_idb_records_json()), nullptr, false);
    if (j.is_discarded() || !j.is_array()) return {false, "store.corrupt", "records"};
    for (const auto& r : j)
        if (r.is_array() && r.size() == 2 && r[0].is_string() && r[1].is_string()) out[r[0].get<std::string>()] = r[1].get<std::string>();
    return {};
}

std::string IdbStore::unavailableReason() { return takeString(fct_storage_problem()); }
bool IdbStore::readOnlyTab() { return fct_read_only_tab() != 0; }

}  // namespace facturier::web

// Called from JS when an IndexedDB transaction completed (ok = 1) or failed (errorKey).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_store_done(int id, int ok, const char* errorKey, const char* detail) {
    auto it = facturier::web::g_pending.find(id);
    if (it == facturier::web::g_pending.end()) return;
    auto done = std::move(it->second);
    facturier::web::g_pending.erase(it);
    done(ok ? facturier::store::StoreResult{} : facturier::store::StoreResult{false, errorKey, detail});
}
