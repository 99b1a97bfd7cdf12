// The Store interface: records (key → JSON text) written in all-or-nothing transactions, plus the
// mapping between a Workspace and its records (one record per entity, and a compact summary per
// document so lists open without parsing every document).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/workspace.h"

namespace facturier::store {

struct Transaction {
    std::vector<std::pair<std::string, std::string>> puts;  // key, JSON text
    std::vector<std::string> removes;
    bool empty() const { return puts.empty() && removes.empty(); }
};

struct StoreResult {
    bool ok = true;
    std::string errorKey;   // "store.quota", "store.unavailable", "store.io", "store.corrupt"
    std::string detail;
};

using CommitDone = std::function<void(const StoreResult&)>;

class Store {
public:
    virtual ~Store() = default;
    // Applies every put and remove, or none of them.
    virtual StoreResult commit(const Transaction& tx) = 0;
    // The same, for backends that finish later (IndexedDB): `done` runs once the data is durable or
    // the transaction failed. Synchronous backends call it before returning.
    virtual void commitAsync(const Transaction& tx, CommitDone done) { done(commit(tx)); }
    // Every record, by key.
    virtual StoreResult loadAll(std::map<std::string, std::string>& out) = 0;
};

// Keeps records in memory (tests, and the fallback when the browser's storage is unavailable).
class MemoryStore : public Store {
public:
    StoreResult commit(const Transaction& tx) override;
    StoreResult loadAll(std::map<std::string, std::string>& out) override;
    const std::map<std::string, std::string>& records() const { return records_; }
    // Test hook: the next commit fails with this key (e.g. "store.quota") and writes nothing.
    void failNextCommit(std::string key) { failNext_ = std::move(key); }

private:
    std::map<std::string, std::string> records_;
    std::string failNext_;
};

// Keys of the records of a workspace.
std::string documentKey(const std::string& id);   // "doc/<id>"
std::string summaryKey(const std::string& id);    // "sum/<id>"
std::string clientKey(const std::string& id);     // "client/<id>"
std::string catalogueKey(const std::string& id);  // "item/<id>"
std::string recurringKey(const std::string& id);  // "recur/<id>"
inline const char* kCoreKey = "core";             // seller, settings, series, journal, nextId

// Every record of a workspace (a full save, e.g. after a restore).
Transaction fullSave(const Workspace& ws);
// The records that changed between two states of a workspace.
Transaction diff(const Workspace& before, const Workspace& after);
// Rebuilds a workspace from its records; an error names the bad record.
struct LoadResult {
    bool ok = true;
    std::string error;
    Workspace workspace;
};
LoadResult loadWorkspace(const std::map<std::string, std::string>& records);

// The compact line a list shows for a document.
struct DocumentSummary {
    std::string id, number, type, status, clientId, clientName, issueDate, dueDate, currency;
    std::int64_t total = 0, balance = 0;
};
DocumentSummary summarize(const Workspace& ws, const Document& d);
std::string encodeSummary(const DocumentSummary& s);
std::optional<DocumentSummary> decodeSummary(const std::string& json);

}  // namespace facturier::store
