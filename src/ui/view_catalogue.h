// Catalogue: services and products (name, description, unit, price, VAT) reused in the editor.
#pragma once

#include "app/session.h"
#include "ui/i18n.h"

namespace facturier::ui {

class CatalogueView {
public:
    void draw(app::Session& session, const Translator& tr);

private:
    CatalogueItem editing_;
    bool open_ = false;
};

}  // namespace facturier::ui
