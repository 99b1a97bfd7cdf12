// Dashboard view and its figures.
#include "ui/view_dashboard.h"

#include <imgui.h>

#include <algorithm>

#include "ui/app_ui.h"
#include "ui/navigator.h"
#include "ui/test_marks.h"
#include "ui/view_reports.h"

namespace facturier::ui {

DashboardFigures dashboardFigures(const Workspace& ws, Date today) { return dashboardFigures(ws, today, documentFigures(ws)); }

DashboardFigures dashboardFigures(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures) {
    DashboardFigures f;
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        // Sums in the workspace currency only: a yen is not a cent (reports count the others apart).
        if (!isIssued(d) || !isInvoiceLike(d.type) || d.currency.code != ws.settings.currency) continue;
        std::int64_t balance = figures[i].balance;
        if (balance > 0) {
            f.toCollect += balance;
            if (isOverdue(d, balance, today)) { f.overdue += balance; ++f.overdueCount; }
        }
        if (d.issueDate.year() == today.year() && d.issueDate.month() == today.month()) {
            std::int64_t basis = figures[i].taxBasis;
            f.revenueMonth += d.type == DocumentType::CreditNote ? -basis : basis;
        }
    }
    return f;
}

namespace {
void figureCard(const char* id, const char* label, const std::string& value, ImVec4 colour, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float height = ImGui::GetTextLineHeight() * 2.6f + style.ItemSpacing.y + style.WindowPadding.y * 2;
    ImGui::BeginChild(id, ImVec2(width, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextDisabled("%s", label);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(value.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    ImGui::EndChild();
}
}  // namespace

bool DashboardView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    const Workspace& ws = session.workspace();
    Date today = session.today();
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    Currency cur = currencyByCode(ws.settings.currency).value_or(euro());
    // Recomputed once per change (one pass over the documents shared by every figure); while the
    // documents stream in, only once they are all there.
    if ((figuresRevision_ != session.revision() || figuresDay_ != today) && !session.loading()) {
        auto perDocument = documentFigures(ws);
        figures_ = dashboardFigures(ws, today, perDocument);
        reports_ = computeReports(ws, today, perDocument);
        remindersToday_ = remindersDue(ws, today, perDocument).size();
        upcoming_ = upcomingRecurring(ws, today, today.addDays(31));
        figuresRevision_ = session.revision();
        figuresDay_ = today;
    }
    const DashboardFigures& f = figures_;
    bool pending = figuresRevision_ != session.revision();  // documents still arriving: no partial sums
    auto shown = [&](std::int64_t minor) { return pending ? std::string("…") : formatMoney(Money{minor, cur}, loc); };

    float avail = ImGui::GetContentRegionAvail().x;
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    bool narrow = avail < 560;
    float cardW = narrow ? avail : (avail - 2 * spacing) / 3;
    figureCard("collect", tr.tr("dashboard.toCollect"), shown(f.toCollect), ImVec4(0.12f, 0.30f, 0.62f, 1), cardW);
    if (!narrow) ImGui::SameLine();
    figureCard("overdue", tr.tr("dashboard.overdue"), shown(f.overdue),
               f.overdue > 0 ? ImVec4(0.75f, 0.18f, 0.12f, 1) : ImVec4(0.2f, 0.5f, 0.25f, 1), cardW);
    if (!narrow) ImGui::SameLine();
    figureCard("revenue", tr.tr("dashboard.revenueMonth"), shown(f.revenueMonth), ImVec4(0.12f, 0.45f, 0.25f, 1), cardW);

    ImGui::Spacing();
    if (remindersToday_ > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.18f, 0.12f, 1));
        ImGui::Text(tr.tr("dashboard.toRemind"), static_cast<int>(remindersToday_));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.tr("dashboard.openReminders"))) nav.go(Screen::Reminders);
        markItem("dashboard.openReminders");
    }
    if (!ws.documents.empty()) {
        ImGui::SeparatorText(tr.tr("reports.revenuePerMonth"));
        std::vector<std::string> labels;
        std::vector<std::int64_t> values;
        for (const auto& m : reports_.revenuePerMonth) {
            labels.push_back(tr.tr("month." + std::to_string(m.month)));
            values.push_back(m.amount);
        }
        float h = std::clamp(avail * 0.16f, ImGui::GetTextLineHeight() * 5, ImGui::GetTextLineHeight() * 10);
        barChart("dashboard.revenueChart", labels, values, cur, loc, h);
        if (ImGui::SmallButton(tr.tr("dashboard.openReports"))) nav.go(Screen::Reports);
    }
    if (!upcoming_.empty()) {
        ImGui::SeparatorText(tr.tr("recurring.upcoming"));
        for (const auto& u : upcoming_)
            ImGui::BulletText("%s — %s — %s", formatDate(u.date, tr.french()).c_str(), u.name.c_str(), formatMoney(Money{u.total, cur}, loc).c_str());
    }
    ImGui::SeparatorText(tr.tr("dashboard.recent"));
    bool wantsSample = false;
    if (ws.documents.empty()) {
        ImGui::TextWrapped("%s", tr.tr("dashboard.empty"));
        wantsSample = ImGui::Button(tr.tr("dashboard.trySample"));
        return wantsSample;
    }
    std::vector<const Document*> recent;
    for (const auto& d : ws.documents) recent.push_back(&d);
    std::sort(recent.begin(), recent.end(), [](const Document* a, const Document* b) {
        return a->issueDate != b->issueDate ? b->issueDate < a->issueDate : b->id < a->id;
    });
    if (recent.size() > 8) recent.resize(8);
    if (ImGui::BeginTable("recent", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const Document* d : recent) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(d->id.c_str());
            if (ImGui::Selectable(d->number.empty() ? tr.tr("state.draft") : d->number.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                nav.go(isIssued(*d) ? Screen::Document : Screen::Editor, d->id);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d->buyer.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatMoney(Money{computeTotals(*d).grandTotal, d->currency}, loc).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr.tr("state." + displayStatusKey(ws, *d, today)));
        }
        ImGui::EndTable();
    }
    return wantsSample;
}

}  // namespace facturier::ui
