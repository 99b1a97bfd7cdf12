// Where the user is: the screen shown and, for the editor and the document view, which document.
#pragma once

#include <string>

namespace facturier::ui {

enum class Screen { Onboarding, Dashboard, Documents, Editor, Document, Clients, Catalogue, Reminders, Recurring, Reports, Data, Settings };

struct Navigator {
    Screen screen = Screen::Dashboard;
    std::string documentId;
    void go(Screen s, std::string id = {}) { screen = s; documentId = std::move(id); }
};

}  // namespace facturier::ui
