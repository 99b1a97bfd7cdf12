// Settings: the seller profile printed on every document (legal form, SIREN/SIRET, VAT regime, address,
// IBAN/BIC, logo), default terms and penalty rate, numbering patterns, document and interface language.
#pragma once

#include <memory>

#include "app/session.h"
#include "ui/currency_picker.h"
#include "ui/i18n.h"
#include "ui/platform.h"

namespace facturier::ui {

class SettingsView {
public:
    void draw(app::Session& session, Translator& tr, Platform& platform);

private:
    void sellerForm(const Translator& tr, Platform& platform, float label, float field);
    Seller seller_;
    Settings settings_;
    std::vector<Series> series_;
    std::uint64_t loadedRevision_ = 0;
    bool dirty_ = false;
    CurrencyPicker currency_;
    std::string message_;
    std::shared_ptr<std::pair<std::string, std::string>> pickedLogo_;  // mime, base64 from the file picker
    void dunning(const Translator& tr, float label, float field);
    int templateLevel_ = 1;
    std::string templateLanguage_ = "fr";
};

// Problems of a seller profile, as the form shows them (key, path under "seller").
std::vector<ValidationIssue> checkSeller(const Seller& s);

}  // namespace facturier::ui
