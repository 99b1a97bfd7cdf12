// The whole screen: a navigation bar, the current view and a status bar saying whether the work is
// saved. Owns the views and keyboard shortcuts; the session (app/) owns the data.
#pragma once

#include <string>

#include "app/session.h"
#include "pdf/invoice_pdf.h"
#include "ui/i18n.h"
#include "ui/navigator.h"
#include "ui/platform.h"
#include "ui/view_catalogue.h"
#include "ui/view_clients.h"
#include "ui/view_dashboard.h"
#include "ui/view_data.h"
#include "ui/view_document.h"
#include "ui/view_documents.h"
#include "ui/view_editor.h"
#include "ui/view_onboarding.h"
#include "ui/view_recurring.h"
#include "ui/view_reminders.h"
#include "ui/view_reports.h"
#include "ui/view_settings.h"

namespace facturier::ui {

class AppUi {
public:
    AppUi(app::Session& session, Translator& tr, Platform& platform);
    // Draws one frame over the whole display.
    void frame();
    Screen screen() const { return nav_.screen; }
    void show(Screen s, std::string id = {}) { nav_.go(s, std::move(id)); }
    // Fonts and colour profile the PDF renderer reads (the browser embeds its own copies).
    void setPdfOptions(pdf::RenderOptions o) { pdfOptions_ = std::move(o); }
    void setLoadingSummaries(const std::vector<store::DocumentSummary>* s) { documents_.setSummaries(s); }
    // Starts a new draft of `type` and opens it in the editor.
    void newDocument(DocumentType type);

private:
    void navigation();
    void shortcuts();
    void statusBar();
    void catchUpRecurring();
    void integrityBanner();

    app::Session& session_;
    Translator& tr_;
    Platform& platform_;
    Navigator nav_;
    bool onboardingChecked_ = false;
    pdf::RenderOptions pdfOptions_;
    DashboardView dashboard_;
    DocumentsView documents_;
    EditorView editor_;
    DocumentView document_;
    ClientsView clients_;
    CatalogueView catalogue_;
    RemindersView reminders_;
    RecurringView recurring_;
    ReportsView reports_;
    DataView data_;
    SettingsView settings_;
    Date recurringCheckedOn_;        // the day recurring invoices were last caught up
    std::string recurringNotice_;
    OnboardingView onboarding_;
};

// Status shown for a document: its stored status, or "overdue" when the due date has passed.
std::string displayStatusKey(const Workspace& ws, const Document& d, Date today);
std::string displayStatusKey(const Document& d, std::int64_t balance, Date today);

}  // namespace facturier::ui
