// Documents: every document in a sortable, searchable table that stays smooth at 10,000 rows.
#pragma once

#include <string>
#include <vector>

#include "app/session.h"
#include "ui/i18n.h"

namespace facturier::ui {

class DocumentsView {
public:
    void draw(app::Session& session, const Translator& tr);

private:
    void rebuild(const app::Session& session);
    char search_[128] = "";
    int typeFilter_ = -1;          // -1 = all types
    std::vector<size_t> rows_;     // indexes into ws.documents, filtered and sorted
    std::uint64_t builtRevision_ = 0;
    std::string builtSearch_;
    int builtType_ = -2;
    int sortColumn_ = 3;
    bool sortAscending_ = false;
    bool dirty_ = true;
};

}  // namespace facturier::ui
