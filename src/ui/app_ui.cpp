// The frame: navigation, shortcuts, the current view, the status bar.
#include "ui/app_ui.h"

#include <imgui.h>

#include "app/backup.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

std::string displayStatusKey(const Workspace& ws, const Document& d, Date today) {
    return displayStatusKey(d, balanceDue(ws, d), today);
}

std::string displayStatusKey(const Document& d, std::int64_t balance, Date today) {
    if (isOverdue(d, balance, today)) return "overdue";
    if (isQuoteExpired(d, today)) return "expired";
    return statusKey(d.status);
}

AppUi::AppUi(app::Session& session, Translator& tr, Platform& platform)
    : session_(session), tr_(tr), platform_(platform) {}

void AppUi::newDocument(DocumentType type) {
    if (session_.saveState() == app::SaveState::ReadOnly) return;
    const Workspace& ws = session_.workspace();
    std::string client = ws.clients.empty() ? "" : ws.clients.front().id;
    OpResult r = session_.apply([&](Workspace& w) {
        Document d = newDraft(w, type, client, session_.today());
        d.createdAt = session_.today().days;
        return addDraft(w, d);
    });
    if (r.ok) nav_.go(Screen::Editor, r.id);
}

namespace {
struct NavItem {
    Screen screen;
    const char* key;
};
const NavItem kNavItems[] = {{Screen::Dashboard, "nav.dashboard"}, {Screen::Documents, "nav.documents"},
                             {Screen::Reminders, "nav.reminders"},  {Screen::Recurring, "nav.recurring"},
                             {Screen::Clients, "nav.clients"},      {Screen::Catalogue, "nav.catalogue"},
                             {Screen::Reports, "nav.reports"},      {Screen::Data, "nav.data"},
                             {Screen::Settings, "nav.settings"}};
}  // namespace

void AppUi::navigation() {
    ImGui::TextUnformatted(tr_.tr("app.title"));
    for (const auto& item : kNavItems) {
        sameLineIfFits(tr_.tr(item.key));
        bool active = nav_.screen == item.screen || (item.screen == Screen::Documents && (nav_.screen == Screen::Editor || nav_.screen == Screen::Document));
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(tr_.tr(item.key))) nav_.go(item.screen);
        markItem(item.key);
        if (active) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+%d", static_cast<int>(&item - kNavItems) + 1);
    }
    sameLineIfFits(tr_.tr("nav.newInvoice"));
    if (ImGui::Button(tr_.tr("nav.newInvoice"))) newDocument(DocumentType::Invoice);
    markItem("nav.newInvoice");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+N");
    sameLineIfFits(tr_.tr("nav.newQuote"));
    if (ImGui::Button(tr_.tr("nav.newQuote"))) newDocument(DocumentType::Quote);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Shift+N");
    sameLineIfFits(tr_.tr("lang.switch"));
    float w = ImGui::CalcTextSize(tr_.tr("lang.switch")).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    if (ImGui::Button(tr_.tr("lang.switch"))) tr_.setLanguage(tr_.french() ? "en" : "fr");
    markItem("lang.switch");
    ImGui::Separator();
}

// Once a day, when every document is loaded and writing is allowed: the recurring invoices that fell
// due are created (each occurrence once; the cursor is saved with them).
void AppUi::catchUpRecurring() {
    if (session_.loading() || session_.saveState() == app::SaveState::ReadOnly || recurringCheckedOn_ == session_.today()) return;
    recurringCheckedOn_ = session_.today();
    if (session_.workspace().recurring.empty()) return;
    CatchUp done;
    OpResult r = session_.apply([&](Workspace& w) {
        done = facturier::catchUpRecurring(w, session_.today());
        return OpResult::success();
    });
    if (!r.ok || (done.created.empty() && done.failures.empty())) return;
    char buf[256];
    std::snprintf(buf, sizeof buf, tr_.tr("recurring.created"), static_cast<int>(done.created.size()), static_cast<int>(done.issued.size()));
    recurringNotice_ = buf;
    for (const auto& f : done.failures) recurringNotice_ += " — " + f.templateName + " : " + tr_.tr(f.key);
}

// What does not hold together — a number used twice or missing, an issued document edited, the
// journal broken — is said as soon as every document is loaded (and after a restore), until repaired.
void AppUi::integrityBanner() {
    const auto& issues = session_.integrity();
    if (issues.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr_.tr("integrity.title"));
    markItem("integrity.banner");
    integrityIssueList(issues, tr_, 3);
    ImGui::PopTextWrapPos();
}

// Ctrl+N new invoice, Ctrl+Shift+N new quote, Alt+1…9 the views, Escape back to the list.
void AppUi::shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_N, false)) newDocument(io.KeyShift ? DocumentType::Quote : DocumentType::Invoice);
    const ImGuiKey keys[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4, ImGuiKey_5, ImGuiKey_6, ImGuiKey_7, ImGuiKey_8, ImGuiKey_9};
    for (int i = 0; i < 9; ++i)
        if (io.KeyAlt && ImGui::IsKeyPressed(keys[i], false)) nav_.go(kNavItems[i].screen);
    if (!io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup) && ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
        (nav_.screen == Screen::Editor || nav_.screen == Screen::Document))
        nav_.go(Screen::Documents);
}

void AppUi::statusBar() {
    ImGui::Separator();
    const ImVec4 green(0.15f, 0.5f, 0.25f, 1), red(0.75f, 0.18f, 0.12f, 1), amber(0.6f, 0.4f, 0.05f, 1);
    if (session_.loading()) {
        ImGui::TextColored(amber, tr_.tr("status.loading"), static_cast<int>(session_.workspace().documents.size()),
                           static_cast<int>(session_.loadingExpected()));
        ImGui::SameLine();
    }
    switch (session_.saveState()) {
        case app::SaveState::Saved: ImGui::TextColored(green, "\xE2\x9C\x93 %s", tr_.tr("status.saved")); break;
        case app::SaveState::Saving: ImGui::TextColored(amber, "%s", tr_.tr("status.saving")); break;
        case app::SaveState::Unsaved:
            ImGui::TextColored(red, tr_.tr("status.unsaved"), tr_.tr(session_.lastError()));
            ImGui::SameLine();
            if (ImGui::SmallButton(tr_.tr("status.retry"))) session_.retrySave();
            ImGui::SameLine();
            if (ImGui::SmallButton(tr_.tr("backup.export"))) {
                std::string text = app::exportBackup(session_.workspace());
                platform_.download(app::backupFileName(session_.today()), "application/json", std::vector<std::uint8_t>(text.begin(), text.end()));
            }
            break;
        case app::SaveState::ReadOnly:
            if (session_.lastError().empty()) ImGui::TextColored(amber, "%s", tr_.tr("status.readOnly"));
            else ImGui::TextColored(red, "%s %s", tr_.tr("store.corrupt"), session_.lastError().c_str());
            break;
    }
    if (platform_.otherTabSaved()) {
        ImGui::SameLine();
        ImGui::TextColored(amber, "  %s", tr_.tr("status.otherTabSaved"));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr_.tr("status.reload"))) platform_.reloadPage();
    }
    if (platform_.updateAvailable()) {
        ImGui::SameLine();
        ImGui::TextColored(amber, "  %s", tr_.tr("status.updateAvailable"));
        ImGui::SameLine();
        // Offered, never forced: an edit in progress is committed first.
        Disabled off(session_.saveState() == app::SaveState::Saving || ImGui::IsAnyItemActive());
        if (ImGui::SmallButton(tr_.tr("status.update"))) platform_.applyUpdate();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("  %s", tr_.tr("privacy.local"));
}

void AppUi::frame() {
    clearMarks();
    if (!onboardingChecked_) {
        onboardingChecked_ = true;
        if (session_.isEmpty() && !session_.loading()) nav_.go(Screen::Onboarding);
        else tr_.setLanguage(session_.workspace().settings.interfaceLanguage);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    catchUpRecurring();
    shortcuts();
    navigation();
    integrityBanner();
    if (!recurringNotice_.empty()) {
        ImGui::TextColored(ImVec4(0.15f, 0.5f, 0.25f, 1), "%s", recurringNotice_.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(tr_.tr("recurring.dismiss"))) recurringNotice_.clear();
    }
    float statusH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("view", ImVec2(0, -statusH), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    switch (nav_.screen) {
        case Screen::Onboarding: onboarding_.draw(session_, tr_, nav_); break;
        case Screen::Dashboard:
            if (dashboard_.draw(session_, tr_, nav_)) session_.replaceAll(app::sampleWorkspace(session_.today()));
            break;
        case Screen::Documents: documents_.draw(session_, tr_, nav_); break;
        case Screen::Editor: editor_.draw(session_, tr_, nav_); break;
        case Screen::Document: document_.draw(session_, tr_, nav_, platform_, pdfOptions_); break;
        case Screen::Clients: clients_.draw(session_, tr_, nav_); break;
        case Screen::Catalogue: catalogue_.draw(session_, tr_); break;
        case Screen::Reminders: reminders_.draw(session_, tr_, nav_, platform_, pdfOptions_); break;
        case Screen::Recurring: recurring_.draw(session_, tr_, nav_); break;
        case Screen::Reports: reports_.draw(session_, tr_, nav_); break;
        case Screen::Data: data_.draw(session_, tr_, platform_, pdfOptions_); break;
        case Screen::Settings: settings_.draw(session_, tr_, platform_); break;
    }
    ImGui::EndChild();
    statusBar();
    ImGui::End();
}

}  // namespace facturier::ui
