// The frame: navigation, the current view, the status bar.
#include "ui/app_ui.h"

#include <imgui.h>

namespace facturier::ui {

std::string displayStatusKey(const Workspace& ws, const Document& d, Date today) {
    if (isOverdue(ws, d, today)) return "overdue";
    return statusKey(d.status);
}

AppUi::AppUi(app::Session& session, Translator& tr, Platform& platform)
    : session_(session), tr_(tr), platform_(platform) {}

void AppUi::navigation() {
    ImGui::TextUnformatted(tr_.tr("app.title"));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr_.tr("app.tagline"));
    struct Item { Screen screen; const char* key; };
    const Item items[] = {{Screen::Dashboard, "nav.dashboard"}, {Screen::Documents, "nav.documents"}};
    for (const auto& item : items) {
        ImGui::SameLine();
        bool active = screen_ == item.screen;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(tr_.tr(item.key))) screen_ = item.screen;
        if (active) ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    float w = ImGui::CalcTextSize(tr_.tr("lang.switch")).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    if (ImGui::Button(tr_.tr("lang.switch"))) tr_.setLanguage(tr_.french() ? "en" : "fr");
    ImGui::Separator();
}

void AppUi::statusBar() {
    ImGui::Separator();
    const ImVec4 green(0.15f, 0.5f, 0.25f, 1), red(0.75f, 0.18f, 0.12f, 1), amber(0.6f, 0.4f, 0.05f, 1);
    switch (session_.saveState()) {
        case app::SaveState::Saved: ImGui::TextColored(green, "\xE2\x9C\x93 %s", tr_.tr("status.saved")); break;
        case app::SaveState::Saving: ImGui::TextColored(amber, "%s", tr_.tr("status.saving")); break;
        case app::SaveState::Unsaved:
            ImGui::TextColored(red, tr_.tr("status.unsaved"), tr_.tr(session_.lastError()));
            ImGui::SameLine();
            if (ImGui::SmallButton(tr_.tr("status.retry"))) session_.retrySave();
            break;
        case app::SaveState::ReadOnly: ImGui::TextColored(amber, "%s", tr_.tr("status.readOnly")); break;
    }
    if (platform_.otherTabSaved()) {
        ImGui::SameLine();
        ImGui::TextColored(amber, "  %s", tr_.tr("status.otherTabSaved"));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr_.tr("status.reload"))) platform_.reloadPage();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("  %s", tr_.tr("privacy.local"));
}

void AppUi::frame() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    navigation();
    float statusH = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("view", ImVec2(0, -statusH), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    switch (screen_) {
        case Screen::Dashboard:
            if (dashboard_.draw(session_, tr_)) session_.replaceAll(app::sampleWorkspace(session_.today()));
            break;
        case Screen::Documents: documents_.draw(session_, tr_); break;
    }
    ImGui::EndChild();
    statusBar();
    ImGui::End();
}

}  // namespace facturier::ui
