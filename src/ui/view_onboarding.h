// First run: what Facturier is, that the data stays in this browser and how to keep a copy, and the
// few facts needed to issue a first invoice, or a workspace of sample data to try it out.
#pragma once

#include "app/session.h"
#include "ui/i18n.h"
#include "ui/navigator.h"

namespace facturier::ui {

class OnboardingView {
public:
    void draw(app::Session& session, Translator& tr, Navigator& nav);

private:
    Seller seller_;
};

}  // namespace facturier::ui
