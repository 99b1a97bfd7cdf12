// Onboarding view.
#include "ui/view_onboarding.h"

#include <imgui.h>

#include "core/identifiers.h"
#include "ui/test_marks.h"
#include "ui/view_settings.h"
#include "ui/widgets.h"

namespace facturier::ui {

void OnboardingView::draw(app::Session& session, Translator& tr, Navigator& nav) {
    float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) / 2);
    ImGui::BeginChild("onboarding", ImVec2(width, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    ImGui::SetWindowFontScale(1.4f);
    ImGui::TextUnformatted(tr.tr("onboarding.welcome"));
    ImGui::SetWindowFontScale(1.f);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr.tr("onboarding.intro"));
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.12f, 0.30f, 0.62f, 1), "%s", tr.tr("onboarding.privacy"));
    ImGui::TextUnformatted(tr.tr("onboarding.backup"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    if (ImGui::Button(tr.tr("dashboard.trySample"))) {
        session.replaceAll(app::sampleWorkspace(session.today()));
        nav.go(Screen::Dashboard);
    }
    ImGui::SeparatorText(tr.tr("onboarding.orStart"));
    float label = ImGui::GetFontSize() * 10, field = width - label - ImGui::GetFontSize() * 2;
    auto issues = checkSeller(seller_);
    formLabel(tr.tr("settings.name"), label);
    inputText("##name", seller_.name, field);
    markItem("onboarding.name");
    formLabel(tr.tr("settings.legalForm"), label);
    if (ImGui::RadioButton(tr.tr("settings.individual"), seller_.legalForm == LegalForm::Individual)) seller_.legalForm = LegalForm::Individual;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("settings.company"), seller_.legalForm == LegalForm::Company)) seller_.legalForm = LegalForm::Company;
    formLabel(tr.tr("settings.siren"), label);
    inputText("##siren", seller_.siren, field);
    markItem("onboarding.siren");
    fieldIssues(issues, "seller.siren", tr);
    formLabel(tr.tr("settings.vatRegime"), label);
    if (ImGui::RadioButton(tr.tr("settings.registered"), seller_.vatRegime == VatRegime::Registered)) seller_.vatRegime = VatRegime::Registered;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("settings.franchise"), seller_.vatRegime == VatRegime::Franchise)) seller_.vatRegime = VatRegime::Franchise;
    formLabel(tr.tr("settings.address"), label);
    inputText("##line1", seller_.address.line1, field);
    markItem("onboarding.line1");
    formLabel(tr.tr("client.postcode"), label);
    inputText("##postcode", seller_.address.postcode, ImGui::GetFontSize() * 6);
    markItem("onboarding.postcode");
    ImGui::SameLine();
    inputText("##city", seller_.address.city, field - ImGui::GetFontSize() * 6 - ImGui::GetStyle().ItemSpacing.x, tr.tr("client.city"));
    markItem("onboarding.city");
    formLabel("", label);
    bool ready = !seller_.name.empty() && isValidSiren(seller_.siren);
    {
        Disabled off(!ready);
        bool start = ImGui::Button(tr.tr("onboarding.start"));
        markItem("onboarding.start");
        if (start) {
            Seller s = seller_;
            if (s.vatRegime == VatRegime::Registered && s.vatNumber.empty()) s.vatNumber = frenchVatFromSiren(s.siren);
            if (s.legalFormName.empty()) s.legalFormName = s.legalForm == LegalForm::Individual ? "EI" : "";
            session.apply([&](Workspace& ws) { ws.seller = s; ws.settings.interfaceLanguage = tr.language(); return OpResult::success(); });
            nav.go(Screen::Settings);  // the rest of the profile (IBAN, logo, company details)
        }
    }
    ImGui::TextDisabled("%s", tr.tr("onboarding.later"));
    ImGui::EndChild();
}

}  // namespace facturier::ui
