// The open workspace and the commands the UI and the JS test API call. A change runs on a copy of
// the workspace, is committed to the Store, and only then becomes what the user sees: what the screen
// shows as saved is saved. When the store fails, the change is kept in memory and marked unsaved.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/clock.h"
#include "core/workspace.h"
#include "store/store.h"

namespace facturier::app {

enum class SaveState { Saved, Saving, Unsaved, ReadOnly };

class Session {
public:
    explicit Session(store::Store& store) : store_(store) {}

    // Loads the workspace from the store. False (with lastError()) when records are unreadable; the
    // workspace is then empty and nothing is written until the user decides.
    bool open();
    const Workspace& workspace() const { return ws_; }
    bool isEmpty() const { return ws_.seller.name.empty() && ws_.documents.empty() && ws_.clients.empty(); }

    // Runs `change` on a copy; on success commits the changed records, then publishes the copy.
    OpResult apply(const std::function<OpResult(Workspace&)>& change);
    // Replaces the whole workspace (restore, sample data) and saves it in one transaction.
    OpResult replaceAll(Workspace ws);

    // Increases with every change published, so views can cache what they derive.
    std::uint64_t revision() const { return revision_; }
    // What does not hold together in the workspace (core's integrityIssues: a number used twice or
    // missing, an issued document edited, the journal broken), checked once the workspace is loaded
    // and whenever it is replaced (restore, sample data) — not after each change: the app's own
    // operations journal what they change, and the check hashes every document. Empty while loading.
    const std::vector<IntegrityIssue>& integrity() const;
    SaveState saveState() const { return state_; }
    const std::string& lastError() const { return lastError_; }
    // Stored data could not be read: nothing may be written next to it (read-only, with the reason).
    void blockWrites(std::string reason) { lastError_ = std::move(reason); state_ = SaveState::ReadOnly; }
    void setReadOnly(bool readOnly) { if (readOnly) state_ = SaveState::ReadOnly; else if (state_ == SaveState::ReadOnly) state_ = SaveState::Saved; }
    // Writes what is not saved yet (after a failure, once the user freed space, say). With an
    // asynchronous store the state is Saving until the store confirms; it returns false only when the
    // store refused at once.
    bool retrySave();

    // Documents that arrive after open() (the browser reads them after the first frame): while
    // loading, changes are refused with "store.loading" so nothing is saved from a partial state.
    void beginLoading(std::size_t expected);
    void appendLoaded(std::vector<Document> documents);
    void finishLoading();
    bool loading() const { return loading_; }
    std::size_t loadingExpected() const { return loadingExpected_; }

    // The user's local calendar day (the platform sets it every frame, so it follows midnight).
    Date today() const { return today_; }
    void setToday(Date d) { today_ = d; }

private:
    store::Store& store_;
    Workspace ws_ = Workspace::withDefaultSeries();
    Workspace lastSaved_ = Workspace::withDefaultSeries();
    SaveState state_ = SaveState::Saved;
    bool saving_ = false;       // a commit is in flight
    bool loading_ = false;
    std::size_t loadingExpected_ = 0;
    bool dirty_ = false;        // changes made while it was in flight
    void startSave();
    std::string lastError_;
    Date today_ = localDayAt(nowEpochSeconds());
    std::uint64_t replaced_ = 1;                         // bumped when the whole workspace changes
    mutable std::uint64_t integrityChecked_ = 0;         // the replaced_ the cache below is for
    mutable std::vector<IntegrityIssue> integrity_;
    std::uint64_t revision_ = 1;
};

// A small, realistic workspace for "try with sample data" and the CLI's demo.
Workspace sampleWorkspace(Date today);
// Issued documents of every type and VAT case (PDF/XML tests); `failures` lists any that could not be issued.
Workspace corpusWorkspace(std::vector<std::string>* failures = nullptr);

}  // namespace facturier::app
