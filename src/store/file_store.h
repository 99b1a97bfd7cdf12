// The native file backend: one file per record in a directory, transactions made atomic by a
// write-ahead file that is replayed if a commit was interrupted.
#pragma once

#include <string>

#include "store/store.h"

namespace facturier::store {

class FileStore : public Store {
public:
    explicit FileStore(std::string directory);
    StoreResult commit(const Transaction& tx) override;
    StoreResult loadAll(std::map<std::string, std::string>& out) override;

private:
    StoreResult apply(const Transaction& tx);
    std::string pathOf(const std::string& key) const;
    std::string dir_;
};

}  // namespace facturier::store
