// IdbStore: C++ side. The transaction travels to JS as JSON; JS calls back facturier_store_done.
#include "idb_store.h"

#include <emscripten.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

extern "C" {
void fct_idb_commit(int id, const char* transactionJson);  // web_platform.js
void fct_idb_each_record();                                // calls facturier_record for each record
char* fct_storage_problem();                               // malloc'd, "" when fine
int fct_read_only_tab();
void fct_idb_load_documents();
}

namespace facturier::web {

namespace {
std::map<int, store::CommitDone> g_pending;
std::map<std::string, std::string>* g_loading = nullptr;
std::vector<std::string> g_arrived, g_summaries;
bool g_complete = false;
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
    g_loading = &out;
    fct_idb_each_record();
    g_loading = nullptr;
    return {};
}

std::string IdbStore::unavailableReason() { return takeString(fct_storage_problem()); }
bool IdbStore::readOnlyTab() { return fct_read_only_tab() != 0; }
std::size_t IdbStore::storedDocumentCount() {
    return static_cast<std::size_t>(EM_ASM_INT({ return Module.facturierDocumentCount || 0; }));
}
void IdbStore::startLoadingDocuments() { fct_idb_load_documents(); }
std::vector<std::string>& IdbStore::arrivedDocuments() { return g_arrived; }
bool IdbStore::documentsComplete() { return g_complete; }
std::vector<std::string>& IdbStore::arrivedSummaries() { return g_summaries; }

}  // namespace facturier::web

// Called from JS for each stored record while loadAll() runs.
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_record(const char* key, const char* value) {
    if (facturier::web::g_loading) (*facturier::web::g_loading)[key] = value;
}

// Called from JS with each stored document record, then once at the end.
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_document_record(const char* json) { facturier::web::g_arrived.emplace_back(json); }
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_summary_record(const char* json) { facturier::web::g_summaries.emplace_back(json); }
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_documents_end() { facturier::web::g_complete = true; }

// Called from JS when an IndexedDB transaction completed (ok = 1) or failed (errorKey).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_store_done(int id, int ok, const char* errorKey, const char* detail) {
    auto it = facturier::web::g_pending.find(id);
    if (it == facturier::web::g_pending.end()) return;
    auto done = std::move(it->second);
    facturier::web::g_pending.erase(it);
    done(ok ? facturier::store::StoreResult{} : facturier::store::StoreResult{false, errorKey, detail});
}
