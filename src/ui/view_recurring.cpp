// Recurring invoices view.
#include "ui/view_recurring.h"

#include <imgui.h>

#include <algorithm>

#include "ui/choices.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
const Frequency kFrequencies[] = {Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly};
std::string everyText(const RecurringTemplate& t, const Translator& tr) {
    std::string key = std::string("recurring.every.") + frequencyKey(t.frequency);
    if (t.interval == 1) return tr.tr(key);
    char buf[128];
    std::snprintf(buf, sizeof buf, tr.tr(key + "N"), t.interval);
    return buf;
}
std::string clientName(const Workspace& ws, const std::string& id) {
    const Client* c = ws.findClient(id);
    return c ? c->name : std::string("?");
}
}  // namespace

void RecurringView::list(app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    Currency cur = currencyByCode(ws.settings.currency).value_or(euro());
    if (ws.recurring.empty()) {
        ImGui::TextWrapped("%s", tr.tr("recurring.empty"));
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("templates", 6, flags)) return;
    ImGui::TableSetupColumn(tr.tr("recurring.name"), ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn(tr.tr("col.client"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr.tr("recurring.frequency"));
    ImGui::TableSetupColumn(tr.tr("recurring.next"));
    ImGui::TableSetupColumn(tr.tr("col.total"));
    ImGui::TableSetupColumn(tr.tr("col.status"));
    ImGui::TableHeadersRow();
    for (const auto& t : ws.recurring) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(t.id.c_str());
        if (ImGui::Selectable(t.name.c_str(), open_ && editing_.id == t.id, ImGuiSelectableFlags_SpanAllColumns)) {
            editing_ = t;
            hasEnd_ = t.end.has_value();
            open_ = true;
            message_.clear();
        }
        markItem("recurring.row." + t.name);
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(clientName(ws, t.clientId).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(everyText(t, tr).c_str());
        ImGui::TableNextColumn();
        auto next = occurrencesBetween(t, t.start, Date{1 << 30}, 1);
        ImGui::TextUnformatted(next.empty() ? tr.tr("recurring.finished") : formatDate(next[0].date, tr.french()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatMoney(Money{recurringTotal(ws, t), cur}, loc).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr.tr(!t.active ? "recurring.paused" : t.autoIssue ? "recurring.autoIssue" : "recurring.drafts"));
    }
    ImGui::EndTable();
}

void RecurringView::lines(const app::Session& session, const Translator& tr) {
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    const Workspace& ws = session.workspace();
    ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("lines", 5, flags)) {
        ImGui::TableSetupColumn(tr.tr("line.description"), ImGuiTableColumnFlags_WidthStretch, 4.f);
        ImGui::TableSetupColumn(tr.tr("line.quantity"), ImGuiTableColumnFlags_WidthStretch, 1.f);
        ImGui::TableSetupColumn(tr.tr("line.unitPrice"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(tr.tr("line.vat"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        int remove = -1;
        for (std::size_t i = 0; i < editing_.lines.size(); ++i) {
            Line& l = editing_.lines[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            inputText("##desc", l.description, -1);
            markItem("recurring.line.description");
            ImGui::TableNextColumn();
            inputDecimal("##qty", l.quantity, loc, 0, -1);
            ImGui::TableNextColumn();
            inputDecimal("##price", l.unitPrice, loc, 2, -1);
            markItem("recurring.line.price");
            ImGui::TableNextColumn();
            int choice = vatChoiceIndex(l.vatCategory, l.vatRate);
            ImGui::SetNextItemWidth(-1);
            if (ImGui::BeginCombo("##vat", choice >= 0 ? tr.tr(kVatChoices[choice].key) : "?")) {
                for (int c = 0; c < static_cast<int>(std::size(kVatChoices)); ++c)
                    if (ImGui::Selectable(tr.tr(kVatChoices[c].key), c == choice)) {
                        l.vatCategory = kVatChoices[c].category;
                        l.vatRate = Decimal::fromScaled(kVatChoices[c].rate);
                    }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("x")) remove = static_cast<int>(i);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("recurring.removeLine"));
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove >= 0) editing_.lines.erase(editing_.lines.begin() + remove);
    }
    if (ImGui::Button(tr.tr("editor.addLine"))) {
        Line l;
        if (ws.seller.vatRegime == VatRegime::Franchise) { l.vatCategory = VatCategory::Exempt; l.vatRate = Decimal{}; }
        editing_.lines.push_back(l);
    }
    markItem("recurring.addLine");
    if (!ws.catalogue.empty()) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        if (ImGui::BeginCombo("##fromCatalogue", tr.tr("editor.fromCatalogue"))) {
            for (const auto& item : ws.catalogue)
                if (ImGui::Selectable(item.name.c_str())) {
                    Line l;
                    l.description = item.description.empty() ? item.name : item.name + " — " + item.description;
                    l.unitCode = item.unitCode;
                    l.unitPrice = item.unitPrice;
                    l.vatCategory = item.vatCategory;
                    l.vatRate = item.vatRate;
                    editing_.lines.push_back(l);
                }
            ImGui::EndCombo();
        }
    }
}

void RecurringView::form(app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    bool french = tr.french();
    float label = ImGui::GetFontSize() * 10, field = std::min(ImGui::GetFontSize() * 20, ImGui::GetContentRegionAvail().x - label - 20);
    ImGui::SeparatorText(tr.tr(editing_.id.empty() ? "recurring.new" : "recurring.edit"));
    formLabel(tr.tr("recurring.name"), label);
    inputText("##name", editing_.name, field, tr.tr("recurring.nameHint"));
    markItem("recurring.name");
    formLabel(tr.tr("col.client"), label);
    ImGui::SetNextItemWidth(field);
    std::string current = editing_.clientId.empty() ? tr.tr("editor.chooseClient") : clientName(ws, editing_.clientId);
    if (ImGui::BeginCombo("##client", current.c_str())) {
        for (const auto& c : ws.clients)
            if (ImGui::Selectable(c.name.c_str(), c.id == editing_.clientId)) editing_.clientId = c.id;
        ImGui::EndCombo();
    }
    markItem("recurring.client");
    formLabel(tr.tr("recurring.frequency"), label);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
    ImGui::InputInt("##interval", &editing_.interval, 0, 0);
    editing_.interval = std::clamp(editing_.interval, 1, 52);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field - ImGui::GetFontSize() * 4 - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::BeginCombo("##frequency", tr.tr(std::string("recurring.unit.") + frequencyKey(editing_.frequency)))) {
        for (Frequency f : kFrequencies)
            if (ImGui::Selectable(tr.tr(std::string("recurring.unit.") + frequencyKey(f)), f == editing_.frequency)) editing_.frequency = f;
        ImGui::EndCombo();
    }
    formLabel(tr.tr("recurring.start"), label);
    inputDate("##start", editing_.start, french, field);
    formLabel(tr.tr("recurring.end"), label);
    if (ImGui::Checkbox("##hasEnd", &hasEnd_) && hasEnd_ && !editing_.end) editing_.end = editing_.start.addMonths(12);
    if (hasEnd_ && editing_.end) {
        ImGui::SameLine();
        Date end = *editing_.end;
        if (inputDate("##end", end, french, field - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x)) editing_.end = end;
    } else {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr.tr("recurring.noEnd"));
    }
    formLabel("", label);
    ImGui::Checkbox(tr.tr("recurring.autoIssueLabel"), &editing_.autoIssue);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("recurring.autoIssueHelp"));
    formLabel("", label);
    ImGui::Checkbox(tr.tr("recurring.activeLabel"), &editing_.active);
    formLabel(tr.tr("editor.notes"), label);
    inputText("##notes", editing_.notes, field);
    ImGui::Spacing();
    lines(session, tr);
    if (!hasEnd_) editing_.end.reset();

    ImGui::Spacing();
    Disabled off(session.saveState() == app::SaveState::ReadOnly);
    if (ImGui::Button(tr.tr("recurring.save"))) {
        RecurringTemplate t = editing_;
        OpResult r = session.apply([&](Workspace& w) { return t.id.empty() ? addRecurring(w, t) : updateRecurring(w, t); });
        if (r.ok) { open_ = false; message_ = "recurring.saved"; }
        else message_ = r.errorKey;
    }
    markItem("recurring.save");
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("editor.cancel"))) { open_ = false; message_.clear(); }
    if (!editing_.id.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("recurring.delete"))) {
            std::string id = editing_.id;
            OpResult r = session.apply([&](Workspace& w) { return removeRecurring(w, id); });
            if (r.ok) { open_ = false; message_ = "recurring.deleted"; }
        }
    }
}

void RecurringView::upcoming(const app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    Currency cur = currencyByCode(ws.settings.currency).value_or(euro());
    ImGui::SeparatorText(tr.tr("recurring.upcoming"));
    auto list = upcomingRecurring(ws, session.today(), session.today().addMonths(3));
    if (list.empty()) {
        ImGui::TextDisabled("%s", tr.tr("recurring.noneUpcoming"));
        return;
    }
    if (!ImGui::BeginTable("upcoming", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const auto& u : list) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDate(u.date, tr.french()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(u.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(clientName(ws, u.clientId).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatMoney(Money{u.total, cur}, loc).c_str());
    }
    ImGui::EndTable();
}

void RecurringView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    ImGui::PushTextWrapPos(0);  // every text of the view wraps at the window's edge
    (void)nav;
    ImGui::TextWrapped("%s", tr.tr("recurring.help"));
    {
        Disabled off(session.saveState() == app::SaveState::ReadOnly || session.workspace().clients.empty());
        if (ImGui::Button(tr.tr("recurring.add"))) {
            editing_ = RecurringTemplate{};
            editing_.start = session.today();
            if (!session.workspace().clients.empty()) editing_.clientId = session.workspace().clients.front().id;
            editing_.lines.push_back(Line{});
            if (session.workspace().seller.vatRegime == VatRegime::Franchise) {
                editing_.lines.back().vatCategory = VatCategory::Exempt;
                editing_.lines.back().vatRate = Decimal{};
            }
            hasEnd_ = false;
            open_ = true;
            message_.clear();
        }
        markItem("recurring.add");
    }
    if (!message_.empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(tr.tr(message_));
    }
    ImGui::Spacing();
    list(session, tr);
    if (open_) form(session, tr);
    upcoming(session, tr);
    ImGui::PopTextWrapPos();
}

}  // namespace facturier::ui
