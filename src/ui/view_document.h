// An issued document, read-only: its lines and totals, payments (record one), and what can follow:
// credit note, quote conversion, duplicate, PDF and Factur-X downloads, print.
#pragma once

#include <optional>

#include <string>

#include "app/session.h"
#include "pdf/invoice_pdf.h"
#include "ui/i18n.h"
#include "ui/navigator.h"
#include "ui/platform.h"

namespace facturier::ui {

class DocumentView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform, const pdf::RenderOptions& pdfOptions);

private:
    void actions(app::Session& session, const Document& d, const Translator& tr, Navigator& nav, Platform& platform,
                 const pdf::RenderOptions& pdfOptions);
    void paymentForm(app::Session& session, const Document& d, const Translator& tr);
    void creditForm(app::Session& session, const Document& d, const Translator& tr, Navigator& nav);
    void depositForm(app::Session& session, const Document& d, const Translator& tr, Navigator& nav);

    std::string shownId_;
    Payment payment_;
    bool paymentOpen_ = false, creditOpen_ = false, depositOpen_ = false;
    std::int64_t creditAmount_ = 0;
    std::optional<AmountFit> creditFit_;  // nearest creditable amounts after an inexact one
    Decimal depositPercent_ = Decimal::fromInt(30);
    std::string message_;
};

}  // namespace facturier::ui
