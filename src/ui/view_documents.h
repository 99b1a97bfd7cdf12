// Documents: every document in a sortable, searchable table that stays smooth at 10,000 rows.
#pragma once

#include <string>
#include <vector>

#include "app/session.h"
#include "store/store.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

class DocumentsView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav);
    // While the documents load, the list shows their stored summaries (nothing to decode).
    void setSummaries(const std::vector<store::DocumentSummary>* summaries) { summaries_ = summaries; }

private:
    void drawSummaries(const Translator& tr);
    const std::vector<store::DocumentSummary>* summaries_ = nullptr;
    void rebuild(const app::Session& session);
    char search_[128] = "";
    int typeFilter_ = -1;          // -1 = all types
    int statusFilter_ = -1;        // -1 = all, else index in kStatusFilters
    int periodFilter_ = 0;         // 0 all, 1 this month, 2 this quarter, 3 this year
    std::string clientFilter_;     // client id, "" = all
    std::string builtFilters_;
    std::vector<size_t> rows_;     // indexes into ws.documents, filtered and sorted
    std::vector<DocumentFigures> figures_;  // total and balance of each document, as of builtRevision_
    std::uint64_t builtRevision_ = 0;
    std::string builtSearch_;
    int builtType_ = -2;
    int sortColumn_ = 3;
    bool sortAscending_ = false;
    bool dirty_ = true;
};

}  // namespace facturier::ui
