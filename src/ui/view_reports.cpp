// Reports view: the figures of core/reports laid out as cards, bar charts and tables, recomputed
// only when the workspace or the day changes; and the bar chart drawn with ImGui's draw list.
#include "ui/view_reports.h"

#include <imgui.h>

#include <algorithm>

#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

// [SECTION] Bar chart
void barChart(const char* name, const std::vector<std::string>& labels, const std::vector<std::int64_t>& values,
              const Currency& currency, Locale locale, float height) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    float labelH = ImGui::GetTextLineHeightWithSpacing();
    ImGui::InvisibleButton(name, ImVec2(width, height + labelH));
    markItem(name);
    std::int64_t top = 0, bottom = 0;
    for (auto v : values) { top = std::max(top, v); bottom = std::min(bottom, v); }
    if (top == bottom) top = bottom + 1;
    float plotH = height - ImGui::GetTextLineHeight();
    float zeroY = origin.y + ImGui::GetTextLineHeight() + plotH * static_cast<float>(top) / static_cast<float>(top - bottom);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImU32 axis = ImGui::GetColorU32(ImGuiCol_Separator), bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram),
          hot = ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered), neg = IM_COL32(190, 60, 45, 255), text = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddLine(ImVec2(origin.x, zeroY), ImVec2(origin.x + width, zeroY), axis);
    std::size_t n = values.size();
    if (n == 0) return;
    float slot = width / static_cast<float>(n), gap = std::max(2.f, slot * 0.18f);
    ImVec2 mouse = ImGui::GetIO().MousePos;
    bool hovered = ImGui::IsItemHovered();
    std::string peak = formatMoney(Money{top, currency}, locale);
    draw->AddText(ImVec2(origin.x, origin.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), peak.c_str());
    for (std::size_t i = 0; i < n; ++i) {
        float x0 = origin.x + slot * static_cast<float>(i) + gap / 2, x1 = x0 + slot - gap;
        float y = zeroY - plotH * static_cast<float>(values[i]) / static_cast<float>(top - bottom);
        bool over = hovered && mouse.x >= x0 && mouse.x < x1;
        ImVec2 a(x0, std::min(y, zeroY)), b(x1, std::max(y, zeroY));
        if (values[i] != 0 && b.y - a.y < 1) b.y = a.y + 1;  // a small amount stays visible
        if (values[i] != 0) draw->AddRectFilled(a, b, values[i] < 0 ? neg : over ? hot : bar, style.FrameRounding * 0.5f);
        ImVec2 ts = ImGui::CalcTextSize(labels[i].c_str());
        if (ts.x <= slot || i % 2 == 0)
            draw->AddText(ImVec2(x0 + (x1 - x0 - ts.x) / 2, origin.y + height + 2), text, labels[i].c_str());
        if (over) ImGui::SetTooltip("%s: %s", labels[i].c_str(), formatMoney(Money{values[i], currency}, locale).c_str());
    }
}

// [SECTION] Sections
namespace {
void card(const char* id, const char* label, const std::string& value, const char* help, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float height = ImGui::GetTextLineHeight() * 2.6f + style.ItemSpacing.y + style.WindowPadding.y * 2;
    ImGui::BeginChild(id, ImVec2(width, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextDisabled("%s", label);
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(value.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::EndChild();
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}
std::string money(std::int64_t minor, const Currency& c, const Translator& tr) {
    return formatMoney(Money{minor, c}, tr.french() ? Locale::Fr : Locale::En);
}
void rightText(const std::string& s) {
    float w = ImGui::CalcTextSize(s.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.f, ImGui::GetContentRegionAvail().x - w));
    ImGui::TextUnformatted(s.c_str());
}
}  // namespace

void ReportsView::headline(const Translator& tr) {
    const Reports& r = reports_;
    float avail = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.x;
    bool narrow = avail < 560;
    float w = narrow ? avail : (avail - 2 * spacing) / 3;
    char buf[64];
    card("receivables", tr.tr("reports.receivables"), money(r.receivables, r.currency, tr), nullptr, w);
    if (!narrow) ImGui::SameLine();
    if (r.dsoDays < 0) std::snprintf(buf, sizeof buf, "—");
    else std::snprintf(buf, sizeof buf, tr.tr("reports.days"), r.dsoDays);
    card("dso", tr.tr("reports.dso"), buf, tr.tr("reports.dsoDefinition"), w);
    if (!narrow) ImGui::SameLine();
    if (r.collectionRatePermille < 0) std::snprintf(buf, sizeof buf, "—");
    else std::snprintf(buf, sizeof buf, tr.french() ? "%d,%d %%" : "%d.%d%%", r.collectionRatePermille / 10, r.collectionRatePermille % 10);
    card("rate", tr.tr("reports.collectionRate"), buf, tr.tr("reports.collectionRateDefinition"), w);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(tr.tr("reports.dsoExplained"), money(r.receivables, r.currency, tr).c_str(),
                        money(r.invoicedLast90Days, r.currency, tr).c_str());
    ImGui::TextDisabled(tr.tr("reports.rateExplained"), money(r.collectedOfLast12Months, r.currency, tr).c_str(),
                        money(r.invoicedLast12Months, r.currency, tr).c_str());
    if (r.otherCurrencyDocuments > 0) ImGui::TextDisabled(tr.tr("reports.otherCurrencies"), r.otherCurrencyDocuments, r.currency.code.c_str());
    ImGui::PopTextWrapPos();
}

void ReportsView::charts(const Translator& tr) {
    const Reports& r = reports_;
    Locale loc = tr.french() ? Locale::Fr : Locale::En;
    ImGui::SeparatorText(tr.tr("reports.revenuePerMonth"));
    std::vector<std::string> labels;
    std::vector<std::int64_t> values;
    std::int64_t total = 0;
    for (const auto& m : r.revenuePerMonth) {
        labels.push_back(tr.tr("month." + std::to_string(m.month)));
        values.push_back(m.amount);
        total += m.amount;
    }
    float h = std::clamp(ImGui::GetContentRegionAvail().x * 0.22f, ImGui::GetTextLineHeight() * 6, ImGui::GetTextLineHeight() * 14);
    barChart("reports.revenueChart", labels, values, r.currency, loc, h);
    ImGui::TextDisabled(tr.tr("reports.revenueTotal"), money(total, r.currency, tr).c_str());
    if (ImGui::TreeNode(tr.tr("reports.showValues"))) {
        if (ImGui::BeginTable("months", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            for (const auto& m : r.revenuePerMonth) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%s %d", tr.tr("month." + std::to_string(m.month)), m.year);
                ImGui::TableNextColumn();
                rightText(money(m.amount, r.currency, tr));
            }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
    ImGui::SeparatorText(tr.tr("reports.collectionsPerWeek"));
    labels.clear();
    values.clear();
    for (const auto& w : r.collectionsPerWeek) {
        labels.push_back(formatDate(w.monday, tr.french()).substr(0, tr.french() ? 5 : 6));
        values.push_back(w.amount);
    }
    barChart("reports.collectionsChart", labels, values, r.currency, loc, h * 0.6f);
    ImGui::TextDisabled("%s", tr.tr("reports.collectionsHelp"));
}

void ReportsView::agedBalance(const Translator& tr) {
    const Reports& r = reports_;
    ImGui::SeparatorText(tr.tr("reports.agedBalance"));
    if (r.agedBalance.empty()) {
        ImGui::TextDisabled("%s", tr.tr("reports.nothingDue"));
        return;
    }
    const char* heads[] = {"reports.notDue", "reports.days1to30", "reports.days31to60", "reports.days61to90", "reports.over90"};
    if (!ImGui::BeginTable("aged", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr.tr("col.client"), ImGuiTableColumnFlags_WidthStretch, 2.f);
    for (const char* h : heads) ImGui::TableSetupColumn(tr.tr(h));
    ImGui::TableSetupColumn(tr.tr("reports.total"));
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& name, const ClientAge& a, bool bold) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (bold) ImGui::TextUnformatted(tr.tr("reports.allClients"));
        else ImGui::TextUnformatted(name.c_str());
        for (int b = 0; b < kAgeBuckets; ++b) {
            ImGui::TableNextColumn();
            if (a.buckets[b] == 0) ImGui::TextDisabled("—");
            else {
                if (b >= Days61to90) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.18f, 0.12f, 1));
                rightText(money(a.buckets[b], r.currency, tr));
                if (b >= Days61to90) ImGui::PopStyleColor();
            }
        }
        ImGui::TableNextColumn();
        rightText(money(a.total, r.currency, tr));
    };
    for (const auto& a : r.agedBalance) row(a.clientName, a, false);
    row("", r.agedTotal, true);
    ImGui::EndTable();
}

void ReportsView::perClient(const Translator& tr) {
    const Reports& r = reports_;
    ImGui::SeparatorText(tr.tr("reports.revenuePerClient"));
    if (r.revenuePerClient.empty()) {
        ImGui::TextDisabled("%s", tr.tr("reports.noRevenue"));
        return;
    }
    std::int64_t total = 0;
    for (const auto& c : r.revenuePerClient) total += c.revenue;
    if (!ImGui::BeginTable("perClient", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const auto& c : r.revenuePerClient) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.clientName.c_str());
        ImGui::TableNextColumn();
        rightText(money(c.revenue, r.currency, tr));
        ImGui::TableNextColumn();
        float share = total > 0 ? static_cast<float>(c.revenue) / static_cast<float>(total) : 0.f;
        ImGui::ProgressBar(std::max(0.f, share), ImVec2(-1, 0));
    }
    ImGui::EndTable();
}

void ReportsView::vat(const app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    ImGui::SeparatorText(tr.tr("reports.vat"));
    if (ws.seller.vatRegime == VatRegime::Franchise) {
        ImGui::TextWrapped("%s", tr.tr("reports.vatFranchise"));
        return;
    }
    const char* periods[] = {"reports.periodMonth", "reports.periodQuarter", "reports.periodYear"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(tr.tr(periods[i]), vatPeriod_ == i)) { vatPeriod_ = i; vatOffset_ = 0; }
    }
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    VatBasis basis = vatBasis_ < 0 ? defaultVatBasis(ws) : static_cast<VatBasis>(vatBasis_);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("reports.vatCollected"), basis == VatBasis::Collected)) vatBasis_ = static_cast<int>(VatBasis::Collected);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("reports.vatCollectedHelp"));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("reports.vatInvoiced"), basis == VatBasis::Invoiced)) vatBasis_ = static_cast<int>(VatBasis::Invoiced);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("reports.vatInvoicedHelp"));

    Date today = session.today();
    Date from, to;
    int months = vatPeriod_ == 0 ? 1 : vatPeriod_ == 1 ? 3 : 12;
    int startMonth = vatPeriod_ == 0 ? today.month() : vatPeriod_ == 1 ? (today.month() - 1) / 3 * 3 + 1 : 1;
    from = Date::fromYmd(today.year(), startMonth, 1).addMonths(-months * vatOffset_);
    to = from.addMonths(months).addDays(-1);
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) ++vatOffset_;
    ImGui::SameLine();
    ImGui::Text("%s — %s", formatDate(from, tr.french()).c_str(), formatDate(to, tr.french()).c_str());
    ImGui::SameLine();
    {
        ImGui::BeginDisabled(vatOffset_ == 0);
        if (ImGui::ArrowButton("##next", ImGuiDir_Right)) --vatOffset_;
        ImGui::EndDisabled();
    }
    auto rows = vatReport(ws, from, to, basis);
    if (rows.empty()) {
        ImGui::TextDisabled("%s", tr.tr("reports.noVat"));
        return;
    }
    const Currency& cur = reports_.currency;
    if (!ImGui::BeginTable("vat", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr.tr("reports.vatRate"), ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn(tr.tr("reports.vatBasis"));
    ImGui::TableSetupColumn(tr.tr("reports.vatAmount"));
    ImGui::TableHeadersRow();
    std::int64_t basisSum = 0, vatSum = 0;
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (row.category == VatCategory::Standard) ImGui::TextUnformatted(formatPercent(row.rate, tr.french() ? Locale::Fr : Locale::En).c_str());
        else ImGui::TextUnformatted(tr.tr(std::string("reports.category.") + std::string(categoryCode(row.category))));
        ImGui::TableNextColumn();
        rightText(money(row.basis, cur, tr));
        ImGui::TableNextColumn();
        rightText(money(row.vat, cur, tr));
        basisSum += row.basis;
        vatSum += row.vat;
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr.tr("reports.total"));
    ImGui::TableNextColumn();
    rightText(money(basisSum, cur, tr));
    ImGui::TableNextColumn();
    rightText(money(vatSum, cur, tr));
    ImGui::EndTable();
}

void ReportsView::forecast(const Translator& tr) {
    const Reports& r = reports_;
    ImGui::SeparatorText(tr.tr("reports.forecast"));
    ImGui::TextDisabled("%s", tr.tr("reports.forecastHelp"));
    if (!ImGui::BeginTable("forecast", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr.tr("reports.month"));
    ImGui::TableSetupColumn(tr.tr("reports.fromInvoices"));
    ImGui::TableSetupColumn(tr.tr("reports.fromRecurring"));
    ImGui::TableSetupColumn(tr.tr("reports.total"));
    ImGui::TableHeadersRow();
    for (const auto& m : r.forecast) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s %d", tr.tr("month." + std::to_string(m.month)), m.year);
        ImGui::TableNextColumn();
        rightText(money(m.fromInvoices, r.currency, tr));
        ImGui::TableNextColumn();
        rightText(money(m.fromRecurring, r.currency, tr));
        ImGui::TableNextColumn();
        rightText(money(m.fromInvoices + m.fromRecurring, r.currency, tr));
    }
    ImGui::EndTable();
}

void ReportsView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    ImGui::PushTextWrapPos(0);  // every text of the view wraps at the window's edge
    (void)nav;
    if ((revision_ != session.revision() || day_ != session.today()) && !session.loading()) {
        reports_ = computeReports(session.workspace(), session.today());
        revision_ = session.revision();
        day_ = session.today();
    }
    headline(tr);
    charts(tr);
    agedBalance(tr);
    perClient(tr);
    vat(session, tr);
    forecast(tr);
    ImGui::PopTextWrapPos();
}

}  // namespace facturier::ui
