// Reminders view.
#include "ui/view_reminders.h"

#include <imgui.h>

#include <algorithm>

#include "app/exports.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
const char* levelKey(int level) {
    switch (level) {
        case 1: return "reminders.level1";
        case 2: return "reminders.level2";
        default: return "reminders.level3";
    }
}
}  // namespace

void RemindersView::refresh(const app::Session& session) {
    const Workspace& ws = session.workspace();
    Date today = session.today();
    if (revision_ == session.revision() && day_ == today) return;
    revision_ = session.revision();
    day_ = today;
    rows_.clear();
    for (const auto& due : remindersDue(ws, today)) rows_.push_back({due.documentId, due.level, due.level, due.daysOverdue, due.balance});
    auto figures = documentFigures(ws);
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (!isIssued(d) || d.type == DocumentType::Quote || d.type == DocumentType::CreditNote || !d.dueDate ||
            d.status == Status::Cancelled || figures[i].balance <= 0 || *d.dueDate >= today)
            continue;
        if (std::any_of(rows_.begin(), rows_.end(), [&](const Row& r) { return r.id == d.id; })) continue;
        int days = daysBetween(*d.dueDate, today);
        rows_.push_back({d.id, 0, dunningLevel(ws.settings.dunning, days), days, figures[i].balance});
    }
    std::stable_sort(rows_.begin() + static_cast<long>(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.level > 0; })),
                     rows_.end(), [](const Row& a, const Row& b) { return a.daysOverdue > b.daysOverdue; });
}

void RemindersView::table(const app::Session& session, const Translator& tr, bool dueToday) {
    const Workspace& ws = session.workspace();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(dueToday ? "due" : "late", 6, flags)) return;
    float numberW = ImGui::CalcTextSize(tr.tr("col.number")).x;
    for (const Row& r : rows_)
        if (const Document* d = ws.findDocument(r.id)) numberW = std::max(numberW, ImGui::CalcTextSize(d->number.c_str()).x);
    ImGui::TableSetupColumn(tr.tr("col.number"), ImGuiTableColumnFlags_WidthFixed, numberW);
    ImGui::TableSetupColumn(tr.tr("col.client"), ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn(tr.tr("col.due"));
    ImGui::TableSetupColumn(tr.tr("reminders.daysLate"));
    ImGui::TableSetupColumn(tr.tr("col.balance"));
    ImGui::TableSetupColumn(tr.tr(dueToday ? "reminders.levelToSend" : "reminders.lastReminder"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    for (const Row& r : rows_) {
        if ((r.level > 0) != dueToday) continue;
        const Document* d = ws.findDocument(r.id);
        if (!d) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(r.id.c_str());
        if (ImGui::Selectable(d->number.c_str(), selectedId_ == r.id, ImGuiSelectableFlags_SpanAllColumns)) {
            selectedId_ = r.id;
            selectedLevel_ = std::max(1, r.level > 0 ? r.level : r.reached);
            preparedId_.clear();
            message_.clear();
        }
        markItem("reminders.row." + d->number);
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d->buyer.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDate(*d->dueDate, tr.french()).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.daysOverdue);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatMoney(Money{r.balance, d->currency}, loc).c_str());
        ImGui::TableNextColumn();
        if (dueToday) ImGui::TextUnformatted(tr.tr(levelKey(r.level)));
        else if (d->reminders.empty()) ImGui::TextDisabled("%s", tr.tr("reminders.none"));
        else {
            const Reminder& last = d->reminders.back();
            ImGui::Text("%s, %s", tr.tr(levelKey(last.level)), formatDate(last.date, tr.french()).c_str());
        }
    }
    ImGui::EndTable();
}

void RemindersView::detail(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform,
                           const pdf::RenderOptions& pdfOptions) {
    const Workspace& ws = session.workspace();
    const Document* d = ws.findDocument(selectedId_);
    if (!d) return;
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    Date today = session.today();
    ImGui::SeparatorText(d->number.c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr.tr("reminders.level"));
    for (int level = 1; level <= kReminderLevels; ++level) {
        ImGui::SameLine();
        if (ImGui::RadioButton(tr.tr(levelKey(level)), selectedLevel_ == level)) { selectedLevel_ = level; preparedId_.clear(); }
    }
    std::int64_t balance = balanceDue(ws, *d);
    LatePenalty p = latePenalty(*d, balance, today);
    ImGui::Text(tr.tr("reminders.penaltyLine"), formatMoney(Money{p.penalty, d->currency}, loc).c_str(),
                formatPercent(d->terms.penaltyRate, loc).c_str(), p.daysOverdue,
                formatMoney(Money{p.indemnity, d->currency}, loc).c_str());
    ReminderMessage m = composeReminder(ws, *d, selectedLevel_, today);
    ImGui::TextDisabled("%s %s", tr.tr("reminders.to"), m.to.empty() ? tr.tr("reminders.noEmail") : m.to.c_str());
    ImGui::TextDisabled("%s", tr.tr("reminders.subject"));
    ImGui::SameLine();
    ImGui::TextUnformatted(m.subject.c_str());
    ImGui::PopTextWrapPos();
    bool readOnly = session.saveState() == app::SaveState::ReadOnly;
    if (ImGui::Button(tr.tr("reminders.prepare"))) {
        platform.openMailto(mailtoUrl(m));
        auto pdfBytes = app::documentPdf(ws, *d, pdfOptions);
        if (pdfBytes.ok) platform.download(app::documentFileName(ws, *d, "pdf"), "application/pdf", pdfBytes.bytes);
        preparedId_ = d->id;
        message_ = "reminders.prepared";
    }
    markItem("reminders.prepare");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("reminders.prepareHelp"));
    sameLineIfFits(tr.tr("reminders.log"));
    {
        Disabled off(readOnly);
        if (ImGui::Button(tr.tr("reminders.log"))) {
            int level = selectedLevel_;
            std::string id = d->id, note = preparedId_ == d->id ? "mailto" : "";
            OpResult r = session.apply([&](Workspace& w) { return logReminder(w, id, level, today, note); });
            message_ = r.ok ? "reminders.logged" : r.errorKey;
            if (r.ok) preparedId_.clear();
        }
        markItem("reminders.log");
        sameLineIfFits(tr.tr("reminders.penaltyInvoice"));
        if (ImGui::Button(tr.tr("reminders.penaltyInvoice"))) {
            std::string id = d->id;
            OpResult r = session.apply([&](Workspace& w) { return createPenaltyInvoice(w, id, today); });
            if (r.ok) nav.go(Screen::Editor, r.id);
            else message_ = r.errorKey;
        }
        markItem("reminders.penaltyInvoice");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("reminders.penaltyHelp"));
    }
    sameLineIfFits(tr.tr("reminders.openInvoice"));
    if (ImGui::Button(tr.tr("reminders.openInvoice"))) nav.go(Screen::Document, d->id);
    if (!message_.empty()) ImGui::TextWrapped("%s", tr.tr(message_));
    if (!d->reminders.empty()) {
        std::string history;
        for (const auto& r : d->reminders) history += (history.empty() ? "" : ", ") + formatDate(r.date, tr.french()) + " (" + tr.tr(levelKey(r.level)) + ")";
        ImGui::TextDisabled("%s %s", tr.tr("reminders.sentOn"), history.c_str());
    }
    float h = std::min(ImGui::GetTextLineHeightWithSpacing() * 14, std::max(ImGui::GetTextLineHeight() * 6, ImGui::GetContentRegionAvail().y));
    ImGui::BeginChild("body", ImVec2(0, h), ImGuiChildFlags_Border);
    ImGui::TextWrapped("%s", m.body.c_str());
    ImGui::EndChild();

}

void RemindersView::draw(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform,
                         const pdf::RenderOptions& pdfOptions) {
    ImGui::PushTextWrapPos(0);  // every text of the view wraps at the window's edge
    refresh(session);
    if (!nav.documentId.empty()) {  // opened from an invoice: show it at once
        selectedId_ = nav.documentId;
        nav.documentId.clear();
        auto row = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return r.id == selectedId_; });
        selectedLevel_ = row == rows_.end() ? 1 : std::max(1, row->level > 0 ? row->level : row->reached);
        preparedId_.clear();
        message_.clear();
    }
    const DunningSettings& s = session.workspace().settings.dunning;
    ImGui::PushTextWrapPos(0);
    ImGui::Text(tr.tr("reminders.schedule"), s.friendlyDays, s.firmDays, s.formalDays);
    ImGui::TextDisabled("%s", tr.tr("reminders.privacy"));
    ImGui::PopTextWrapPos();
    std::size_t dueToday = static_cast<std::size_t>(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.level > 0; }));
    ImGui::SeparatorText(tr.tr("reminders.today"));
    if (dueToday == 0) ImGui::TextDisabled("%s", tr.tr("reminders.nothingToday"));
    else table(session, tr, true);
    if (rows_.size() > dueToday) {
        ImGui::SeparatorText(tr.tr("reminders.otherLate"));
        table(session, tr, false);
    }
    if (!selectedId_.empty()) detail(session, tr, nav, platform, pdfOptions);
    else if (!rows_.empty()) ImGui::TextDisabled("%s", tr.tr("reminders.select"));
    ImGui::PopTextWrapPos();
}

}  // namespace facturier::ui
