// Session: change → commit → publish.
#include "app/session.h"

#include <memory>

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
    ++replaced_;
    state_ = SaveState::Saved;
    return true;
}

void Session::beginLoading(std::size_t expected) {
    loading_ = true;
    loadingExpected_ = expected;
}

void Session::appendLoaded(std::vector<Document> documents) {
    for (auto& d : documents) {
        auto shared = std::make_shared<Document>(std::move(d));
        ws_.documents.pushShared(shared);
        lastSaved_.documents.pushShared(shared);  // what the store holds: nothing to save
    }
    ++revision_;
}

void Session::finishLoading() {
    auto byCreation = [](const Document& a, const Document& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    };
    ws_.documents.sortBy(byCreation);
    lastSaved_.documents.sortBy(byCreation);
    loading_ = false;
    ++revision_;
    ++replaced_;
}

const std::vector<IntegrityIssue>& Session::integrity() const {
    if (loading_) {
        static const std::vector<IntegrityIssue> none;
        return none;
    }
    if (integrityChecked_ != replaced_) {
        integrity_ = integrityIssues(ws_);
        integrityChecked_ = replaced_;
    }
    return integrity_;
}

OpResult Session::apply(const std::function<OpResult(Workspace&)>& change) {
    if (state_ == SaveState::ReadOnly) return OpResult::fail("store.readOnly");
    if (loading_) return OpResult::fail("store.loading");
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
    if (loading_) return OpResult::fail("store.loading");
    ws_ = std::move(ws);
    ++revision_;
    ++replaced_;
    retrySave();  // one transaction: every record of the new workspace, and removals of the old
    if (state_ == SaveState::Unsaved) return OpResult::fail(lastError_);
    return OpResult::success();
}

bool Session::retrySave() {
    if (state_ == SaveState::ReadOnly) return false;
    if (saving_) { dirty_ = true; return true; }
    startSave();
    return state_ != SaveState::Unsaved;
}

// Commits the difference between what the store holds and what the user sees. Only when the store
// confirms does the state become Saved; changes made meanwhile are saved next.
void Session::startSave() {
    store::Transaction tx = store::diff(lastSaved_, ws_);
    if (tx.empty()) { state_ = SaveState::Saved; return; }
    saving_ = true;
    dirty_ = false;
    state_ = SaveState::Saving;
    auto snapshot = std::make_shared<Workspace>(ws_);
    store_.commitAsync(tx, [this, snapshot](const store::StoreResult& res) {
        saving_ = false;
        if (!res.ok) {
            state_ = SaveState::Unsaved;
            lastError_ = res.errorKey;
            return;
        }
        lastSaved_ = *snapshot;
        lastError_.clear();
        state_ = SaveState::Saved;
        if (dirty_) startSave();
    });
}

}  // namespace facturier::app
