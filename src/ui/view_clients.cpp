// Clients view.
#include "ui/view_clients.h"

#include <imgui.h>

#include <algorithm>

#include "core/einvoicing.h"
#include "core/identifiers.h"
#include "ui/electronic_address_field.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

void ClientsView::form(app::Session& session, const Translator& tr, Navigator& nav) {
    auto issues = validateClient(editing_);
    float label = ImGui::GetFontSize() * 9, field = std::min(ImGui::GetFontSize() * 22, ImGui::GetContentRegionAvail().x - label - 20);
    ImGui::SeparatorText(tr.tr(editing_.id.empty() ? "clients.new" : "clients.edit"));
    formLabel(tr.tr("client.kind"), label);
    if (ImGui::RadioButton(tr.tr("client.business"), editing_.kind == ClientKind::Business)) editing_.kind = ClientKind::Business;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("client.consumer"), editing_.kind == ClientKind::Consumer)) editing_.kind = ClientKind::Consumer;
    formLabel(tr.tr("client.name"), label);
    inputText("##name", editing_.name, field);
    markItem("client.name");
    fieldIssues(issues, "name", tr);
    formLabel("SIREN", label);
    inputText("##siren", editing_.siren, field);
    markItem("client.siren");
    fieldIssues(issues, "siren", tr);
    formLabel(tr.tr("client.vatNumber"), label);
    inputText("##vat", editing_.vatNumber, field);
    fieldIssues(issues, "vatNumber", tr);
    formLabel(tr.tr("client.address"), label);
    inputText("##line1", editing_.address.line1, field);
    markItem("client.line1");
    formLabel("", label);
    inputText("##line2", editing_.address.line2, field);
    formLabel(tr.tr("client.postcode"), label);
    inputText("##postcode", editing_.address.postcode, ImGui::GetFontSize() * 6);
    markItem("client.postcode");
    ImGui::SameLine();
    inputText("##city", editing_.address.city, field - ImGui::GetFontSize() * 6 - ImGui::GetStyle().ItemSpacing.x, tr.tr("client.city"));
    markItem("client.city");
    formLabel(tr.tr("client.country"), label);
    inputText("##country", editing_.address.country, ImGui::GetFontSize() * 4);
    fieldIssues(issues, "address", tr);
    formLabel(tr.tr("client.email"), label);
    inputText("##email", editing_.email, field);
    fieldIssues(issues, "email", tr);
    formLabel(tr.tr("client.electronicAddress"), label);
    Client derivedFrom = editing_;
    derivedFrom.electronicAddress = {};
    electronicAddressField("einvoice", editing_.electronicAddress, buyerElectronicAddress(derivedFrom), tr, field);
    fieldIssues(issues, "electronicAddress", tr);
    formLabel(tr.tr("client.language"), label);
    if (ImGui::RadioButton("Français", editing_.language == "fr")) editing_.language = "fr";
    ImGui::SameLine();
    if (ImGui::RadioButton("English", editing_.language == "en")) editing_.language = "en";
    formLabel(tr.tr("client.terms"), label);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::InputInt("##terms", &editing_.paymentTermDays, 0);
    fieldIssues(issues, "paymentTermDays", tr);
    formLabel("", label);
    {
        Disabled off(!issues.empty() || session.saveState() == app::SaveState::ReadOnly);
        bool save = ImGui::Button(tr.tr("clients.save"));
        markItem("client.save");
        if (save) {
            Client c = editing_;
            OpResult r = session.apply([&](Workspace& ws) {
                if (c.id.empty()) { c.id = ws.newId("cli"); ws.clients.push_back(c); }
                else if (Client* existing = ws.findClient(c.id)) *existing = c;
                return OpResult::success(c.id);
            });
            if (r.ok) { open_ = false; message_.clear(); }
            else message_ = r.errorKey;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("editor.cancel"))) open_ = false;
    if (!editing_.id.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("clients.newInvoice"))) {
            std::string id = editing_.id;
            OpResult r = session.apply([&](Workspace& ws) { return addDraft(ws, newDraft(ws, DocumentType::Invoice, id, session.today())); });
            if (r.ok) { open_ = false; nav.go(Screen::Editor, r.id); }
        }
        bool used = false;
        for (const auto& d : session.workspace().documents) used |= d.clientId == editing_.id;
        ImGui::SameLine();
        Disabled off(used);
        if (ImGui::Button(tr.tr("clients.delete"))) {
            std::string id = editing_.id;
            session.apply([&](Workspace& ws) {
                ws.clients.erase(std::remove_if(ws.clients.begin(), ws.clients.end(), [&](const Client& c) { return c.id == id; }), ws.clients.end());
                return OpResult::success();
            });
            open_ = false;
        }
        if (used && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr.tr("clients.inUse"));
    }
    if (!message_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr(message_));
}

void ClientsView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    if (balancesRevision_ != session.revision()) {
        balances_.clear();
        auto figures = documentFigures(ws);
        for (std::size_t i = 0; i < ws.documents.size(); ++i) balances_[ws.documents[i].clientId] += figures[i].balance;
        balancesRevision_ = session.revision();
    }
    if (ImGui::Button(tr.tr("clients.add"))) { editing_ = Client{}; open_ = true; }
    markItem("clients.add");
    if (open_) form(session, tr, nav);
    ImGui::Spacing();
    if (!ImGui::BeginTable("clients", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.tr("client.name"), 0, 2.5f);
    ImGui::TableSetupColumn(tr.tr("client.kind"), 0, 0.8f);
    ImGui::TableSetupColumn("SIREN / TVA", 0, 1.6f);
    ImGui::TableSetupColumn(tr.tr("client.city"), 0, 1.2f);
    ImGui::TableSetupColumn(tr.tr("col.balance"), 0, 1.f);
    ImGui::TableHeadersRow();
    for (const auto& c : ws.clients) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable(c.name.c_str(), open_ && editing_.id == c.id, ImGuiSelectableFlags_SpanAllColumns)) { editing_ = c; open_ = true; }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr.tr(c.kind == ClientKind::Business ? "client.b2b" : "client.b2c"));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted((c.siren + (c.siren.empty() || c.vatNumber.empty() ? "" : " / ") + c.vatNumber).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.address.city.c_str());
        ImGui::TableNextColumn();
        std::int64_t balance = balances_[c.id];
        if (balance) ImGui::TextUnformatted(formatMoney(Money{balance, currencyByCode(ws.settings.currency).value_or(euro())}, loc).c_str());
    }
    ImGui::EndTable();
}

}  // namespace facturier::ui
