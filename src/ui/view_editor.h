// Editor: a draft quote or invoice. Client picker with inline creation, lines (catalogue autocomplete,
// units, VAT per line, discounts, reorder), dates and terms, live totals from the core, validation
// messages next to their fields, and "Issue" (explains why it is disabled; asks to confirm).
#pragma once

#include <string>

#include "app/session.h"
#include "core/totals.h"
#include "ui/currency_picker.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

class EditorView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav);

private:
    void load(const app::Session& session, const std::string& id);
    void commit(app::Session& session);
    void clientPicker(app::Session& session, const Translator& tr);
    void dates(const Translator& tr);
    void linesTable(const app::Session& session, const Translator& tr, const Totals& totals);
    void catalogueSearch(const app::Session& session, const Translator& tr);
    void totalsPanel(const Translator& tr);
    void issueButton(app::Session& session, const Translator& tr, Navigator& nav);

    Document draft_;
    std::string loadedId_;
    std::uint64_t loadedRevision_ = 0;
    bool dirty_ = false;
    CurrencyPicker currency_;
    std::vector<ValidationIssue> issues_;
    std::string message_;
    char catalogueFilter_[64] = "";
    bool creatingClient_ = false;
    Client newClient_;
    bool confirmIssue_ = false;
};

}  // namespace facturier::ui
