// Clients: the address book (B2B / B2C, SIREN, VAT number, language, terms) with each client's balance.
#pragma once

#include <map>

#include "app/session.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

class ClientsView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav);

private:
    void form(app::Session& session, const Translator& tr, Navigator& nav);
    Client editing_;
    std::map<std::string, std::int64_t> balances_;  // per client, as of balancesRevision_
    std::uint64_t balancesRevision_ = 0;
    bool open_ = false;
    std::string message_;
};

}  // namespace facturier::ui
