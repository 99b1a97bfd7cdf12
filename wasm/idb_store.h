// The browser's Store: one IndexedDB record per entity (object store "records" of database
// "facturier"), written in one IndexedDB transaction per commit. Records are read once at start-up
// by boot.js (before main), then kept by the session.
#pragma once

#include "store/store.h"

namespace facturier::web {

class IdbStore : public store::Store {
public:
    // Synchronous commits are not possible in the browser: refused with "store.async".
    store::StoreResult commit(const store::Transaction& tx) override;
    void commitAsync(const store::Transaction& tx, store::CommitDone done) override;
    store::StoreResult loadAll(std::map<std::string, std::string>& out) override;
    // Why storage is not usable ("" when it is): IndexedDB missing, blocked, or the database failed to open.
    static std::string unavailableReason();
    static bool readOnlyTab();  // another tab holds the workspace lock
    // Documents are read after the first frame: how many are stored, then their records as they come.
    static std::size_t storedDocumentCount();
    static void startLoadingDocuments();
    static std::vector<std::string>& arrivedDocuments();  // JSON texts not decoded yet
    static bool documentsComplete();                      // every record has arrived
    static std::vector<std::string>& arrivedSummaries();  // list summaries, read before the documents
};

}  // namespace facturier::web
