// Session: change → commit → publish.
#include "app/session.h"

namespace facturier::app {

bool Session::open() {
    std::map<std::string, std::string> records;
    auto r = store_.loadAll(records);
    if (!r.ok) { lastError_ = r.errorKey + ": " + r.detail; return false; }
    auto loaded = store::loadWorkspace(records);
    if (!loaded.ok) { lastError_ = loaded.error; return false; }
    ws_ = loaded.workspace;
    lastSaved_ = ws_;
    ++revision_;
    state_ = SaveState::Saved;
    return true;
}

OpResult Session::apply(const std::function<OpResult(Workspace&)>& change) {
    if (state_ == SaveState::ReadOnly) return OpResult::fail("store.readOnly");
    Workspace next = ws_;
    OpResult r;
    try {
        r = change(next);
    } catch (const MoneyError& e) {
        return OpResult::fail("money.overflow", e.what());
    }
    if (!r.ok) return r;
    ws_ = std::move(next);
    ++revision_;
    retrySave();
    if (state_ == SaveState::Unsaved) { r.detail = lastError_; }
    return r;
}

OpResult Session::replaceAll(Workspace ws) {
    if (state_ == SaveState::ReadOnly) return OpResult::fail("store.readOnly");
    store::Transaction tx = store::fullSave(ws);
    for (const auto& d : lastSaved_.documents) {
        if (!ws.findDocument(d.id)) { tx.removes.push_back(store::documentKey(d.id)); tx.removes.push_back(store::summaryKey(d.id)); }
    }
    for (const auto& c : lastSaved_.clients)
        if (!ws.findClient(c.id)) tx.removes.push_back(store::clientKey(c.id));
    auto res = store_.commit(tx);
    if (!res.ok) { lastError_ = res.errorKey; return OpResult::fail(res.errorKey, res.detail); }
    ws_ = std::move(ws);
    lastSaved_ = ws_;
    state_ = SaveState::Saved;
    ++revision_;
    return OpResult::success();
}

bool Session::retrySave() {
    if (state_ == SaveState::ReadOnly) return false;
    store::Transaction tx = store::diff(lastSaved_, ws_);
    if (tx.empty()) { state_ = SaveState::Saved; return true; }
    auto res = store_.commit(tx);
    if (!res.ok) {
        state_ = SaveState::Unsaved;
        lastError_ = res.errorKey;
        return false;
    }
    lastSaved_ = ws_;
    state_ = SaveState::Saved;
    lastError_.clear();
    return true;
}

}  // namespace facturier::app
