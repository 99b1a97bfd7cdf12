// Recurring invoices: the templates (client, lines, every N weeks / months / quarters / years, start,
// optional end, automatic issue, paused), a form to make or change one, and the invoices they will
// create in the next three months.
#pragma once

#include <string>

#include "app/session.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

class RecurringView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav);

private:
    void list(app::Session& session, const Translator& tr);
    void form(app::Session& session, const Translator& tr);
    void lines(const app::Session& session, const Translator& tr);
    void upcoming(const app::Session& session, const Translator& tr);

    RecurringTemplate editing_;
    bool open_ = false;
    bool hasEnd_ = false;
    std::string message_;
};

}  // namespace facturier::ui
