// Settings view: edits a copy of the profile; "Save" commits it in one change.
#include "ui/view_settings.h"

#include <imgui.h>

#include <algorithm>

#include "core/einvoicing.h"
#include "core/identifiers.h"
#include "ui/electronic_address_field.h"
#include "io/base64.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

std::vector<ValidationIssue> checkSeller(const Seller& s) {
    // The same rules as issuing: a document made with an empty buyer and no lines reports only the
    // seller's problems.
    Document probe;
    probe.issueDate = Date::fromYmd(2026, 1, 1);
    std::vector<ValidationIssue> out;
    for (auto& i : validate(probe, s))
        if (i.path.rfind("seller.", 0) == 0) out.push_back(i);
    return out;
}

void SettingsView::sellerForm(const Translator& tr, Platform& platform, float label, float field) {
    auto issues = checkSeller(seller_);
    auto row = [&](const char* key, std::string& value, const char* path) {
        formLabel(tr.tr(key), label);
        ImGui::PushID(key);
        dirty_ |= inputText("##v", value, field);
        ImGui::PopID();
        fieldIssues(issues, path, tr);
    };
    ImGui::SeparatorText(tr.tr("settings.seller"));
    row("settings.name", seller_.name, "seller.name");
    formLabel(tr.tr("settings.legalForm"), label);
    if (ImGui::RadioButton(tr.tr("settings.individual"), seller_.legalForm == LegalForm::Individual)) { seller_.legalForm = LegalForm::Individual; dirty_ = true; }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("settings.company"), seller_.legalForm == LegalForm::Company)) { seller_.legalForm = LegalForm::Company; dirty_ = true; }
    row("settings.legalFormName", seller_.legalFormName, "seller.legalFormName");
    if (seller_.legalForm == LegalForm::Company) {
        row("settings.capital", seller_.capital, "seller.capital");
        row("settings.rcs", seller_.rcs, "seller.rcs");
    }
    row("settings.siren", seller_.siren, "seller.siren");
    row("settings.siret", seller_.siret, "seller.siret");
    formLabel(tr.tr("settings.vatRegime"), label);
    if (ImGui::RadioButton(tr.tr("settings.registered"), seller_.vatRegime == VatRegime::Registered)) { seller_.vatRegime = VatRegime::Registered; dirty_ = true; }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("settings.franchise"), seller_.vatRegime == VatRegime::Franchise)) { seller_.vatRegime = VatRegime::Franchise; dirty_ = true; }
    if (seller_.vatRegime == VatRegime::Registered) {
        row("settings.vatNumber", seller_.vatNumber, "seller.vatNumber");
        if (seller_.vatNumber.empty() && isValidSiren(seller_.siren)) {
            formLabel("", label);
            if (ImGui::SmallButton(tr.tr("settings.vatFromSiren"))) { seller_.vatNumber = frenchVatFromSiren(seller_.siren); dirty_ = true; }
        }
        formLabel("", label);
        dirty_ |= ImGui::Checkbox(tr.tr("settings.vatOnDebits"), &seller_.vatOnDebits);
    }
    row("settings.address", seller_.address.line1, "seller.address");
    formLabel("", label);
    dirty_ |= inputText("##line2", seller_.address.line2, field);
    formLabel(tr.tr("client.postcode"), label);
    dirty_ |= inputText("##postcode", seller_.address.postcode, ImGui::GetFontSize() * 6);
    ImGui::SameLine();
    dirty_ |= inputText("##city", seller_.address.city, field - ImGui::GetFontSize() * 6 - ImGui::GetStyle().ItemSpacing.x, tr.tr("client.city"));
    formLabel(tr.tr("client.country"), label);
    dirty_ |= inputText("##country", seller_.address.country, ImGui::GetFontSize() * 4);
    row("client.email", seller_.email, "seller.email");
    row("settings.phone", seller_.phone, "seller.phone");
    row("settings.iban", seller_.iban, "seller.iban");
    row("settings.bic", seller_.bic, "seller.bic");
    formLabel(tr.tr("settings.logo"), label);
    if (ImGui::Button(tr.tr(seller_.logoBase64.empty() ? "settings.chooseLogo" : "settings.replaceLogo"))) {
        auto target = std::make_shared<std::pair<std::string, std::string>>();
        pickedLogo_ = target;
        platform.pickFile("image/png,image/jpeg", [target](const std::string&, const std::string& mime, std::vector<std::uint8_t> bytes) {
            if ((mime == "image/png" || mime == "image/jpeg") && !bytes.empty() && bytes.size() < 2 * 1024 * 1024)
                *target = {mime, io::encodeBase64(bytes)};
            else
                *target = {"error", ""};
        });
    }
    if (pickedLogo_ && !pickedLogo_->first.empty()) {
        if (pickedLogo_->first == "error") message_ = "settings.logoInvalid";
        else { seller_.logoMime = pickedLogo_->first; seller_.logoBase64 = pickedLogo_->second; dirty_ = true; }
        pickedLogo_.reset();
    }
    formLabel(tr.tr("settings.electronicAddress"), label);
    Seller derivedFrom = seller_;
    derivedFrom.electronicAddress = {};
    dirty_ |= electronicAddressField("sellereinvoice", seller_.electronicAddress, sellerElectronicAddress(derivedFrom), tr, field);
    if (!seller_.logoBase64.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s (%zu KB)", seller_.logoMime.c_str(), seller_.logoBase64.size() * 3 / 4 / 1024);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.tr("settings.removeLogo"))) { seller_.logoBase64.clear(); seller_.logoMime.clear(); dirty_ = true; }
    }
}

// The reminder schedule (days after the due date) and the texts of each level, per language.
void SettingsView::dunning(const Translator& tr, float label, float field) {
    ImGui::SeparatorText(tr.tr("settings.reminders"));
    DunningSettings& d = settings_.dunning;
    int* days[] = {&d.friendlyDays, &d.firmDays, &d.formalDays};
    const char* keys[] = {"reminders.level1", "reminders.level2", "reminders.level3"};
    for (int i = 0; i < 3; ++i) {
        ImGui::PushID(i);
        formLabel(tr.tr(keys[i]), label);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        if (ImGui::InputInt("##days", days[i], 0)) { *days[i] = std::clamp(*days[i], 0, 365); dirty_ = true; }
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr.tr("settings.daysAfterDue"));
        ImGui::PopID();
    }
    if (!(d.friendlyDays <= d.firmDays && d.firmDays <= d.formalDays))
        ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr("settings.remindersOrder"));

    formLabel(tr.tr("settings.reminderText"), label);
    for (int level = 1; level <= kReminderLevels; ++level) {
        if (level > 1) ImGui::SameLine();
        if (ImGui::RadioButton(tr.tr(keys[level - 1]), templateLevel_ == level)) templateLevel_ = level;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("FR##tpl", templateLanguage_ == "fr")) templateLanguage_ = "fr";
    ImGui::SameLine();
    if (ImGui::RadioButton("EN##tpl", templateLanguage_ == "en")) templateLanguage_ = "en";
    auto it = std::find_if(d.templates.begin(), d.templates.end(),
                           [&](const ReminderTemplate& t) { return t.level == templateLevel_ && t.language == templateLanguage_; });
    if (it == d.templates.end()) {
        d.templates.push_back(defaultReminderTemplate(templateLevel_, templateLanguage_));
        it = d.templates.end() - 1;
    }
    formLabel(tr.tr("reminders.subject"), label);
    if (inputText("##subject", it->subject, field)) dirty_ = true;
    formLabel("", label);
    if (inputMultiline("##body", it->body, ImGui::GetTextLineHeight() * 12, std::max(field, ImGui::GetContentRegionAvail().x))) dirty_ = true;
    formLabel("", label);
    if (ImGui::SmallButton(tr.tr("settings.reminderDefault"))) {
        *it = defaultReminderTemplate(templateLevel_, templateLanguage_);
        dirty_ = true;
    }
    std::string names;
    for (const auto& p : reminderPlaceholders()) names += p + " ";
    formLabel("", label);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s %s", tr.tr("settings.placeholders"), names.c_str());
    ImGui::PopTextWrapPos();
}

void SettingsView::draw(app::Session& session, Translator& tr, Platform& platform) {
    const Workspace& ws = session.workspace();
    if (!dirty_ && loadedRevision_ != session.revision()) {
        seller_ = ws.seller;
        settings_ = ws.settings;
        series_ = ws.series;
        loadedRevision_ = session.revision();
    }
    float label = ImGui::GetFontSize() * 11;
    float field = std::max(ImGui::GetFontSize() * 8, std::min(ImGui::GetFontSize() * 24, ImGui::GetContentRegionAvail().x - label - 30));
    sellerForm(tr, platform, label, field);

    ImGui::SeparatorText(tr.tr("settings.defaults"));
    formLabel(tr.tr("editor.termsDays"), label);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    dirty_ |= ImGui::InputInt("##days", &settings_.defaultTerms.days, 0);
    formLabel(tr.tr("editor.penaltyRate"), label);
    dirty_ |= inputDecimal("##penalty", settings_.defaultTerms.penaltyRate, tr.french() ? Locale::Fr : Locale::En, 2, ImGui::GetFontSize() * 6);
    formLabel(tr.tr("settings.currency"), label);
    dirty_ |= currency_.draw("##defaultcurrency", settings_.currency, tr, ImGui::GetFontSize() * 9);
    formLabel(tr.tr("settings.documentLanguage"), label);
    if (ImGui::RadioButton("Français##doc", settings_.documentLanguage == "fr")) { settings_.documentLanguage = "fr"; dirty_ = true; }
    ImGui::SameLine();
    if (ImGui::RadioButton("English##doc", settings_.documentLanguage == "en")) { settings_.documentLanguage = "en"; dirty_ = true; }
    formLabel(tr.tr("settings.interfaceLanguage"), label);
    if (ImGui::RadioButton("Français##ui", settings_.interfaceLanguage == "fr")) { settings_.interfaceLanguage = "fr"; dirty_ = true; }
    ImGui::SameLine();
    if (ImGui::RadioButton("English##ui", settings_.interfaceLanguage == "en")) { settings_.interfaceLanguage = "en"; dirty_ = true; }

    dunning(tr, label, field);

    ImGui::SeparatorText(tr.tr("settings.numbering"));
    bool patternsOk = true;
    for (auto& s : series_) {
        ImGui::PushID(s.id.c_str());
        formLabel(tr.tr("series." + s.id), label);
        bool issued = s.lastSeq > 0;
        {
            Disabled off(issued);  // changing a pattern mid-series would break the continuous numbering
            dirty_ |= inputText("##pattern", s.pattern, ImGui::GetFontSize() * 12);
        }
        ImGui::SameLine();
        std::string problem = checkPattern(s.pattern);
        if (problem.empty() && s.yearlyReset && s.pattern.find("{YY") == std::string::npos) problem = "numbering.resetNeedsYear";
        if (problem.empty()) {
            auto next = peekNextNumber(s, session.today());
            ImGui::TextDisabled("%s %s", tr.tr("settings.next"), next.allocation ? next.allocation->number.c_str() : "");
        } else {
            patternsOk = false;
            ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr(problem));
        }
        ImGui::PopID();
    }
    ImGui::TextDisabled("%s", tr.tr("settings.patternHelp"));

    ImGui::Spacing();
    {
        bool dunningOk = settings_.dunning.friendlyDays >= 0 && settings_.dunning.friendlyDays <= settings_.dunning.firmDays &&
                     settings_.dunning.firmDays <= settings_.dunning.formalDays;
    Disabled off(!dirty_ || !patternsOk || !dunningOk || session.saveState() == app::SaveState::ReadOnly);
        if (ImGui::Button(tr.tr("settings.save"))) {
            Seller s = seller_;
            Settings st = settings_;
            // Texts left as they come are not stored: a later version's wording then reaches them too.
            std::erase_if(st.dunning.templates, [](const ReminderTemplate& t) { return t == defaultReminderTemplate(t.level, t.language); });
            std::vector<Series> series = series_;
            OpResult r = session.apply([&](Workspace& w) {
                w.seller = s;
                w.settings = st;
                w.series = series;
                return OpResult::success();
            });
            if (r.ok) { dirty_ = false; message_.clear(); tr.setLanguage(st.interfaceLanguage); }
            else message_ = r.errorKey;
        }
    }
    ImGui::SameLine();
    if (dirty_ && ImGui::Button(tr.tr("settings.discard"))) { dirty_ = false; loadedRevision_ = 0; }
    if (!message_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr(message_));
}

}  // namespace facturier::ui
