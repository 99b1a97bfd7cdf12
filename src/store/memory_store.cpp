// The in-memory Store.
#include "store/store.h"

namespace facturier::store {

StoreResult MemoryStore::commit(const Transaction& tx) {
    if (!failNext_.empty()) {
        StoreResult r{false, failNext_, "simulated failure"};
        failNext_.clear();
        return r;
    }
    for (const auto& [k, v] : tx.puts) records_[k] = v;
    for (const auto& k : tx.removes) records_.erase(k);
    return {};
}

StoreResult MemoryStore::loadAll(std::map<std::string, std::string>& out) {
    out = records_;
    return {};
}

}  // namespace facturier::store
