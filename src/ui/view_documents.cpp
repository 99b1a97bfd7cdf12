// Documents view: filter, sort, and draw only the visible rows (ImGuiListClipper).
#include "ui/view_documents.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "ui/app_ui.h"

namespace facturier::ui {

namespace {
std::string lower(const std::string& s) {
    std::string out = s;
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
const DocumentType kTypes[] = {DocumentType::Quote, DocumentType::Invoice, DocumentType::CreditNote,
                               DocumentType::DepositInvoice, DocumentType::FinalInvoice};
const char* kStatusFilters[] = {"draft", "issued", "sent", "partlyPaid", "paid", "overdue", "cancelled", "accepted", "refused", "invoiced"};
const char* kPeriods[] = {"period.all", "period.month", "period.quarter", "period.year"};

bool inPeriod(Date d, Date today, int period) {
    switch (period) {
        case 1: return d.year() == today.year() && d.month() == today.month();
        case 2: return d.year() == today.year() && (d.month() - 1) / 3 == (today.month() - 1) / 3;
        case 3: return d.year() == today.year();
        default: return true;
    }
}
}  // namespace

void DocumentsView::rebuild(const app::Session& session) {
    const Workspace& ws = session.workspace();
    std::string needle = lower(search_);
    figures_ = documentFigures(ws);
    rows_.clear();
    for (size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (typeFilter_ >= 0 && d.type != kTypes[typeFilter_]) continue;
        if (statusFilter_ >= 0 && displayStatusKey(d, figures_[i].balance, session.today()) != kStatusFilters[statusFilter_] &&
            !(std::string(kStatusFilters[statusFilter_]) == "issued" && d.status == Status::Issued))
            continue;
        if (!clientFilter_.empty() && d.clientId != clientFilter_) continue;
        if (!inPeriod(d.issueDate, session.today(), periodFilter_)) continue;
        if (!needle.empty() && lower(d.number).find(needle) == std::string::npos &&
            lower(d.buyer.name).find(needle) == std::string::npos)
            continue;
        rows_.push_back(i);
    }
    auto key = [&](size_t i) { return &ws.documents[i]; };
    std::stable_sort(rows_.begin(), rows_.end(), [&](size_t a, size_t b) {
        const Document *x = key(a), *y = key(b);
        int c = 0;
        switch (sortColumn_) {
            case 0: c = x->number.compare(y->number); break;
            case 1: c = static_cast<int>(x->type) - static_cast<int>(y->type); break;
            case 2: c = x->buyer.name.compare(y->buyer.name); break;
            case 3: c = x->issueDate.days - y->issueDate.days; break;
            case 4: c = x->dueDate.value_or(Date{}).days - y->dueDate.value_or(Date{}).days; break;
            case 5: { auto tx = figures_[a].total, ty = figures_[b].total; c = tx < ty ? -1 : tx > ty; break; }
            case 6: { auto bx = figures_[a].balance, by = figures_[b].balance; c = bx < by ? -1 : bx > by; break; }
            default: c = static_cast<int>(x->status) - static_cast<int>(y->status); break;
        }
        return sortAscending_ ? c < 0 : c > 0;
    });
    builtRevision_ = session.revision();
    builtSearch_ = search_;
    builtType_ = typeFilter_;
    builtFilters_ = std::to_string(statusFilter_) + "|" + std::to_string(periodFilter_) + "|" + clientFilter_;
    dirty_ = false;
}

void DocumentsView::drawSummaries(const Translator& tr) {
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    ImGui::TextDisabled(tr.tr("documents.count"), static_cast<int>(summaries_->size()));
    if (!ImGui::BeginTable("summaries", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* key : {"col.number", "col.type", "col.client", "col.date", "col.due", "col.total", "col.balance"})
        ImGui::TableSetupColumn(tr.tr(key));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(summaries_->size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const auto& s = (*summaries_)[static_cast<size_t>(summaries_->size() - 1 - static_cast<size_t>(r))];  // newest first
            Currency cur = currencyByCode(s.currency).value_or(euro());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.number.empty() ? tr.tr("state.draft") : s.number.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.tr("type." + s.type));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.clientName.c_str());
            ImGui::TableNextColumn();
            auto issue = parseIsoDate(s.issueDate);
            ImGui::TextUnformatted(issue ? formatDate(*issue, tr.french()).c_str() : "");
            ImGui::TableNextColumn();
            auto due = parseIsoDate(s.dueDate);
            ImGui::TextUnformatted(due ? formatDate(*due, tr.french()).c_str() : "");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatMoney(Money{s.total, cur}, loc).c_str());
            ImGui::TableNextColumn();
            if (s.balance) ImGui::TextUnformatted(formatMoney(Money{s.balance, cur}, loc).c_str());
        }
    ImGui::EndTable();
}

void DocumentsView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    if (session.loading() && summaries_ && !summaries_->empty()) { drawSummaries(tr); return; }
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    Date today = session.today();

    ImGui::SetNextItemWidth(std::min(320.f * ImGui::GetIO().FontGlobalScale, ImGui::GetContentRegionAvail().x * 0.5f));
    ImGui::InputTextWithHint("##search", tr.tr("documents.search"), search_, sizeof search_);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    const char* preview = typeFilter_ < 0 ? tr.tr("documents.allTypes") : tr.tr(std::string("type.") + typeKey(kTypes[typeFilter_]));
    if (ImGui::BeginCombo("##type", preview)) {
        if (ImGui::Selectable(tr.tr("documents.allTypes"), typeFilter_ < 0)) typeFilter_ = -1;
        for (int i = 0; i < 5; ++i)
            if (ImGui::Selectable(tr.tr(std::string("type.") + typeKey(kTypes[i])), typeFilter_ == i)) typeFilter_ = i;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##status", statusFilter_ < 0 ? tr.tr("documents.allStatuses") : tr.tr(std::string("state.") + kStatusFilters[statusFilter_]))) {
        if (ImGui::Selectable(tr.tr("documents.allStatuses"), statusFilter_ < 0)) statusFilter_ = -1;
        for (int i = 0; i < static_cast<int>(std::size(kStatusFilters)); ++i)
            if (ImGui::Selectable(tr.tr(std::string("state.") + kStatusFilters[i]), statusFilter_ == i)) statusFilter_ = i;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const Client* client = ws.findClient(clientFilter_);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
    if (ImGui::BeginCombo("##client", client ? client->name.c_str() : tr.tr("documents.allClients"))) {
        if (ImGui::Selectable(tr.tr("documents.allClients"), clientFilter_.empty())) clientFilter_.clear();
        for (const auto& c : ws.clients)
            if (ImGui::Selectable(c.name.c_str(), c.id == clientFilter_)) clientFilter_ = c.id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##period", tr.tr(kPeriods[periodFilter_]))) {
        for (int i = 0; i < 4; ++i) if (ImGui::Selectable(tr.tr(kPeriods[i]), periodFilter_ == i)) periodFilter_ = i;
        ImGui::EndCombo();
    }
    std::string filters = std::to_string(statusFilter_) + "|" + std::to_string(periodFilter_) + "|" + clientFilter_;
    if (dirty_ || builtRevision_ != session.revision() || builtSearch_ != search_ || builtType_ != typeFilter_ || builtFilters_ != filters)
        rebuild(session);
    ImGui::SameLine();
    ImGui::TextDisabled(tr.tr("documents.count"), static_cast<int>(rows_.size()));

    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("documents", 8, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.tr("col.number"), 0, 1.2f);
    ImGui::TableSetupColumn(tr.tr("col.type"), 0, 1.1f);
    ImGui::TableSetupColumn(tr.tr("col.client"), 0, 2.0f);
    ImGui::TableSetupColumn(tr.tr("col.date"), ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0.9f);
    ImGui::TableSetupColumn(tr.tr("col.due"), 0, 0.9f);
    ImGui::TableSetupColumn(tr.tr("col.total"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.tr("col.balance"), 0, 1.0f);
    ImGui::TableSetupColumn(tr.tr("col.status"), 0, 0.9f);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty && specs->SpecsCount > 0) {
        sortColumn_ = specs->Specs[0].ColumnIndex;
        sortAscending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
        specs->SpecsDirty = false;
        rebuild(session);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            std::size_t index = rows_[static_cast<size_t>(r)];
            const Document& d = ws.documents[index];
            const DocumentFigures& fig = figures_[index];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(d.id.c_str());
            if (ImGui::Selectable(d.number.empty() ? tr.tr("state.draft") : d.number.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                nav.go(isIssued(d) ? Screen::Document : Screen::Editor, d.id);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.tr(std::string("type.") + typeKey(d.type)));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.buyer.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDate(d.issueDate, tr.french()).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.dueDate ? formatDate(*d.dueDate, tr.french()).c_str() : "");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatMoney(Money{fig.total, d.currency}, loc).c_str());
            ImGui::TableNextColumn();
            std::int64_t balance = fig.balance;
            if (balance != 0) ImGui::TextUnformatted(formatMoney(Money{balance, d.currency}, loc).c_str());
            ImGui::TableNextColumn();
            std::string status = displayStatusKey(d, balance, today);
            ImVec4 colour = status == "overdue" ? ImVec4(0.75f, 0.18f, 0.12f, 1)
                          : status == "paid"    ? ImVec4(0.15f, 0.5f, 0.25f, 1)
                          : status == "draft"   ? ImVec4(0.45f, 0.45f, 0.5f, 1)
                                                : ImVec4(0.12f, 0.30f, 0.62f, 1);
            ImGui::TextColored(colour, "%s", tr.tr("state." + status));
        }
    }
    ImGui::EndTable();
}

}  // namespace facturier::ui
