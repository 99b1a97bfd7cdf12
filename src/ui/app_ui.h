// The whole screen: a navigation bar, the current view and a status bar saying whether the work is
// saved. Owns the views; the session (app/) owns the data.
#pragma once

#include <memory>
#include <string>

#include "app/session.h"
#include "ui/i18n.h"
#include "ui/platform.h"
#include "ui/view_dashboard.h"
#include "ui/view_documents.h"

namespace facturier::ui {

enum class Screen { Dashboard, Documents };

class AppUi {
public:
    AppUi(app::Session& session, Translator& tr, Platform& platform);
    // Draws one frame over the whole display.
    void frame();
    Screen screen() const { return screen_; }
    void show(Screen s) { screen_ = s; }

private:
    void navigation();
    void statusBar();

    app::Session& session_;
    Translator& tr_;
    Platform& platform_;
    Screen screen_ = Screen::Dashboard;
    DashboardView dashboard_;
    DocumentsView documents_;
};

// Status shown for a document: its stored status, or "overdue" when the due date has passed.
std::string displayStatusKey(const Workspace& ws, const Document& d, Date today);

}  // namespace facturier::ui
