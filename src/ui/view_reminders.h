// Reminders: the invoices the dunning schedule says to remind today and the other late ones; for the
// one selected, the message (friendly, firm or formal notice) with its late penalties, a button that
// opens the user's mail client and downloads the PDF to attach, the reminder log, the penalty invoice.
#pragma once

#include <string>
#include <vector>

#include "app/session.h"
#include "pdf/invoice_pdf.h"
#include "ui/i18n.h"
#include "ui/navigator.h"
#include "ui/platform.h"

namespace facturier::ui {

class RemindersView {
public:
    void draw(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform, const pdf::RenderOptions& pdfOptions);

private:
    void refresh(const app::Session& session);
    void table(const app::Session& session, const Translator& tr, bool dueToday);
    void detail(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform, const pdf::RenderOptions& pdfOptions);

    struct Row {
        std::string id;
        int level = 0;          // level to send now (0: already reminded at the level reached)
        int reached = 0;        // level the schedule has reached
        int daysOverdue = 0;
        std::int64_t balance = 0;
    };
    std::vector<Row> rows_;     // every late invoice, those to remind today first
    std::uint64_t revision_ = 0;
    Date day_;
    std::string selectedId_;
    int selectedLevel_ = 1;
    std::string preparedId_;    // the e-mail of this invoice was handed to the mail client
    std::string message_;
};

}  // namespace facturier::ui
