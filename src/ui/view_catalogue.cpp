// Catalogue view.
#include "ui/view_catalogue.h"

#include <imgui.h>

#include <algorithm>

#include "ui/choices.h"
#include "ui/widgets.h"

namespace facturier::ui {


void CatalogueView::draw(app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    if (ImGui::Button(tr.tr("catalogue.add"))) {
        editing_ = CatalogueItem{};
        if (ws.seller.vatRegime == VatRegime::Franchise) { editing_.vatCategory = VatCategory::Exempt; editing_.vatRate = Decimal{}; }
        open_ = true;
    }
    if (open_) {
        float label = ImGui::GetFontSize() * 8, field = std::min(ImGui::GetFontSize() * 22, ImGui::GetContentRegionAvail().x - label - 20);
        ImGui::SeparatorText(tr.tr(editing_.id.empty() ? "catalogue.new" : "catalogue.edit"));
        formLabel(tr.tr("catalogue.name"), label);
        inputText("##name", editing_.name, field);
        formLabel(tr.tr("catalogue.description"), label);
        inputText("##desc", editing_.description, field);
        formLabel(tr.tr("line.unit"), label);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        if (ImGui::BeginCombo("##unit", tr.tr("unit." + editing_.unitCode))) {
            for (const char* u : kUnitCodes) if (ImGui::Selectable(tr.tr(std::string("unit.") + u), editing_.unitCode == u)) editing_.unitCode = u;
            ImGui::EndCombo();
        }
        formLabel(tr.tr("line.unitPrice"), label);
        inputDecimal("##price", editing_.unitPrice, loc, 2, ImGui::GetFontSize() * 8);
        formLabel(tr.tr("line.vat"), label);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        int current = vatChoiceIndex(editing_.vatCategory, editing_.vatRate);
        if (ImGui::BeginCombo("##vat", current >= 0 ? tr.tr(kVatChoices[current].key) : "?")) {
            for (const auto& r : kVatChoices)
                if (ImGui::Selectable(tr.tr(r.key))) { editing_.vatCategory = r.category; editing_.vatRate = Decimal::fromScaled(r.rate); }
            ImGui::EndCombo();
        }
        formLabel("", label);
        {
            Disabled off(editing_.name.empty() || editing_.unitPrice.scaled < 0 || session.saveState() == app::SaveState::ReadOnly);
            if (ImGui::Button(tr.tr("clients.save"))) {
                CatalogueItem item = editing_;
                session.apply([&](Workspace& w) {
                    auto it = std::find_if(w.catalogue.begin(), w.catalogue.end(), [&](const CatalogueItem& c) { return c.id == item.id; });
                    if (item.id.empty() || it == w.catalogue.end()) { if (item.id.empty()) item.id = w.newId("item"); w.catalogue.push_back(item); }
                    else *it = item;
                    return OpResult::success(item.id);
                });
                open_ = false;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("editor.cancel"))) open_ = false;
        if (!editing_.id.empty()) {
            ImGui::SameLine();
            if (ImGui::Button(tr.tr("catalogue.delete"))) {
                std::string id = editing_.id;
                session.apply([&](Workspace& w) {
                    w.catalogue.erase(std::remove_if(w.catalogue.begin(), w.catalogue.end(), [&](const CatalogueItem& c) { return c.id == id; }), w.catalogue.end());
                    return OpResult::success();
                });
                open_ = false;
            }
        }
    }
    ImGui::Spacing();
    if (!ImGui::BeginTable("catalogue", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.tr("catalogue.name"), 0, 3.f);
    ImGui::TableSetupColumn(tr.tr("line.unit"), 0, 0.8f);
    ImGui::TableSetupColumn(tr.tr("line.unitPrice"), 0, 1.f);
    ImGui::TableSetupColumn(tr.tr("line.vat"), 0, 1.f);
    ImGui::TableHeadersRow();
    for (const auto& item : ws.catalogue) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable(item.name.c_str(), open_ && editing_.id == item.id, ImGuiSelectableFlags_SpanAllColumns)) { editing_ = item; open_ = true; }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr.tr("unit." + item.unitCode));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDecimal(item.unitPrice, loc, 2).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(categoryHasRate(item.vatCategory) ? formatPercent(item.vatRate, loc).c_str() : std::string(categoryCode(item.vatCategory)).c_str());
    }
    ImGui::EndTable();
}

}  // namespace facturier::ui
