// Editor view: edits a copy of the draft and commits it to the session (updateDraft) whenever no field
// is being typed in, so a half-typed amount is never saved and a finished edit always is.
// [SECTION] layout: header, client, dates and terms, lines, catalogue, notes, totals, issue.
#include "ui/view_editor.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "core/identifiers.h"
#include "ui/choices.h"
#include "ui/exchange_rate_fields.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
int vatChoiceOf(const Line& l) { return vatChoiceIndex(l.vatCategory, l.vatRate); }
std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
Locale localeOf(const Translator& tr) { return tr.french() ? Locale::Fr : Locale::En; }
}  // namespace

void EditorView::load(const app::Session& session, const std::string& id) {
    const Document* d = session.workspace().findDocument(id);
    if (!d) return;
    draft_ = *d;
    loadedId_ = id;
    loadedRevision_ = session.revision();
    dirty_ = false;
    message_.clear();
    confirmIssue_ = false;
}

void EditorView::commit(app::Session& session) {
    OpResult r = session.apply([&](Workspace& ws) { return updateDraft(ws, draft_); });
    if (!r.ok) message_ = r.errorKey;
    loadedRevision_ = session.revision();
    dirty_ = false;
}

// [SECTION] Client
void EditorView::clientPicker(app::Session& session, const Translator& tr) {
    const Workspace& ws = session.workspace();
    const Client* current = ws.findClient(draft_.clientId);
    ImGui::SetNextItemWidth(std::min(360.f * ImGui::GetIO().FontGlobalScale + ImGui::GetFontSize() * 10, ImGui::GetContentRegionAvail().x * 0.6f));
    if (ImGui::BeginCombo("##client", current ? current->name.c_str() : tr.tr("editor.chooseClient"))) {
        for (const auto& c : ws.clients)
            if (ImGui::Selectable(c.name.c_str(), c.id == draft_.clientId)) {
                draft_.clientId = c.id;
                draft_.buyer = c;
                draft_.language = c.language;
                draft_.terms.days = c.paymentTermDays;
                dirty_ = true;
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("editor.newClient"))) {
        creatingClient_ = !creatingClient_;
        newClient_ = Client{};
    }
    fieldIssues(issues_, "buyer", tr);
    if (!creatingClient_) return;
    ImGui::Indent();
    bool business = newClient_.kind == ClientKind::Business;
    if (ImGui::RadioButton(tr.tr("client.business"), business)) newClient_.kind = ClientKind::Business;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr.tr("client.consumer"), !business)) newClient_.kind = ClientKind::Consumer;
    float w = ImGui::GetFontSize() * 16;
    inputText("##ncname", newClient_.name, w, tr.tr("client.name"));
    ImGui::SameLine();
    inputText("##ncsiren", newClient_.siren, ImGui::GetFontSize() * 8, "SIREN");
    inputText("##ncline1", newClient_.address.line1, w, tr.tr("client.address"));
    ImGui::SameLine();
    inputText("##ncpost", newClient_.address.postcode, ImGui::GetFontSize() * 5, tr.tr("client.postcode"));
    ImGui::SameLine();
    inputText("##nccity", newClient_.address.city, ImGui::GetFontSize() * 8, tr.tr("client.city"));
    bool sirenOk = newClient_.siren.empty() || isValidSiren(newClient_.siren);
    if (!sirenOk) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr("legal.buyerSiren"));
    {
        Disabled off(newClient_.name.empty() || !sirenOk);
        if (ImGui::Button(tr.tr("editor.createClient"))) {
            Client c = newClient_;
            OpResult r = session.apply([&](Workspace& ws2) {
                c.id = ws2.newId("cli");
                ws2.clients.push_back(c);
                return OpResult::success(c.id);
            });
            if (r.ok) {
                draft_.clientId = r.id;
                draft_.buyer = *session.workspace().findClient(r.id);
                dirty_ = true;
                creatingClient_ = false;
            }
        }
    }
    ImGui::Unindent();
}

// [SECTION] Dates and terms
void EditorView::dates(const Translator& tr) {
    bool fr = tr.french();
    float w = ImGui::GetFontSize() * 7;
    auto labelled = [&](const char* key) { ImGui::TextUnformatted(tr.tr(key)); ImGui::SameLine(); };
    labelled("editor.issueDate");
    dirty_ |= inputDate("##issue", draft_.issueDate, fr, w);
    if (draft_.type == DocumentType::Quote) {
        ImGui::SameLine();
        labelled("editor.validUntil");
        dirty_ |= inputOptionalDate("##valid", draft_.validUntil, fr, w);
    } else {
        ImGui::SameLine();
        labelled("editor.deliveryDate");
        dirty_ |= inputOptionalDate("##delivery", draft_.deliveryDate, fr, w);
        ImGui::SameLine();
        labelled("editor.periodStart");
        dirty_ |= inputOptionalDate("##period", draft_.periodStart, fr, w);
        fieldIssues(issues_, "deliveryDate", tr);
        labelled("editor.termsDays");
        int days = draft_.terms.days;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
        if (ImGui::InputInt("##days", &days, 0)) { draft_.terms.days = std::clamp(days, 0, 365); dirty_ = true; }
        ImGui::SameLine();
        dirty_ |= ImGui::Checkbox(tr.tr("editor.endOfMonth"), &draft_.terms.endOfMonth);
        ImGui::SameLine();
        labelled("editor.penaltyRate");
        dirty_ |= inputDecimal("##penalty", draft_.terms.penaltyRate, localeOf(tr), 2, ImGui::GetFontSize() * 5);
        fieldIssues(issues_, "terms", tr);
        if (draft_.type != DocumentType::CreditNote) {
            // Paid at the counter: the payment is recorded at issue and the e-invoice says so (BT-23 x2).
            dirty_ |= ImGui::Checkbox(tr.tr("editor.paidAtIssue"), &draft_.paidAtIssue);
            markItem("paidAtIssue");
        }
    }
}

// [SECTION] Lines
void EditorView::linesTable(const app::Session& session, const Translator& tr, const Totals& totals) {
    Locale loc = localeOf(tr);
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("lines", 8, flags)) {
        ImGui::TableSetupColumn(tr.tr("line.description"), 0, 4.f);
        ImGui::TableSetupColumn(tr.tr("line.quantity"), 0, 0.9f);
        ImGui::TableSetupColumn(tr.tr("line.unit"), 0, 0.9f);
        ImGui::TableSetupColumn(tr.tr("line.unitPrice"), 0, 1.1f);
        ImGui::TableSetupColumn(tr.tr("line.discount"), 0, 0.8f);
        ImGui::TableSetupColumn(tr.tr("line.vat"), 0, 1.4f);
        ImGui::TableSetupColumn(tr.tr("line.total"), 0, 1.1f);
        ImGui::TableSetupColumn("##actions", 0, 1.0f);
        ImGui::TableHeadersRow();
        int remove = -1, up = -1;
        for (int i = 0; i < static_cast<int>(draft_.lines.size()); ++i) {
            Line& l = draft_.lines[static_cast<size_t>(i)];
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            dirty_ |= inputText("##desc", l.description, -1, tr.tr("line.descriptionHint"));
            markItem("line" + std::to_string(i) + ".description");
            ImGui::TableNextColumn();
            dirty_ |= inputDecimal("##qty", l.quantity, loc, 0, -1);
            markItem("line" + std::to_string(i) + ".quantity");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (ImGui::BeginCombo("##unit", tr.tr("unit." + l.unitCode))) {
                for (const char* u : kUnitCodes)
                    if (ImGui::Selectable(tr.tr(std::string("unit.") + u), l.unitCode == u)) { l.unitCode = u; dirty_ = true; }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            dirty_ |= inputDecimal("##price", l.unitPrice, loc, 2, -1);
            markItem("line" + std::to_string(i) + ".price");
            ImGui::TableNextColumn();
            Decimal pct = l.discountKind == DiscountKind::Percent ? l.discountPercent : Decimal{};
            if (inputDecimal("##disc", pct, loc, 0, -1)) {
                l.discountKind = pct.isZero() ? DiscountKind::None : DiscountKind::Percent;
                l.discountPercent = pct;
                dirty_ = true;
            }
            ImGui::TableNextColumn();
            int choice = vatChoiceOf(l);
            ImGui::SetNextItemWidth(-1);
            bool vatOpen = ImGui::BeginCombo("##vat", choice >= 0 ? tr.tr(kVatChoices[choice].key) : "?");
            markItem("line" + std::to_string(i) + ".vat");
            if (vatOpen) {
                for (int c = 0; c < static_cast<int>(std::size(kVatChoices)); ++c)
                {
                    bool picked = ImGui::Selectable(tr.tr(kVatChoices[c].key), c == choice);
                    markItem(std::string("option.") + kVatChoices[c].key);
                    if (picked) {
                        l.vatCategory = kVatChoices[c].category;
                        l.vatRate = Decimal::fromScaled(kVatChoices[c].rate);
                        dirty_ = true;
                    }
                }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            if (static_cast<size_t>(i) < totals.lines.size())
                ImGui::TextUnformatted(formatMoney(totals.money(totals.lines[static_cast<size_t>(i)].net), loc).c_str());
            ImGui::TableNextColumn();
            { Disabled off(i == 0); if (ImGui::SmallButton("\xE2\x86\x91")) up = i; }
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr.tr("line.moveUp"));
            ImGui::SameLine();
            { Disabled off(i + 1 == static_cast<int>(draft_.lines.size())); if (ImGui::SmallButton("\xE2\x86\x93")) up = i + 1; }
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr.tr("line.moveDown"));
            ImGui::SameLine();
            if (ImGui::SmallButton("\xE2\x9C\x95")) remove = i;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("line.remove"));
            ImGui::PopID();
            std::string path = "lines[" + std::to_string(i) + "]";
            bool hasIssue = std::any_of(issues_.begin(), issues_.end(), [&](const ValidationIssue& v) { return v.path.rfind(path, 0) == 0; });
            if (hasIssue) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                fieldIssues(issues_, path, tr);
            }
        }
        ImGui::EndTable();
        if (remove >= 0) { draft_.lines.erase(draft_.lines.begin() + remove); dirty_ = true; }
        if (up > 0) { std::swap(draft_.lines[static_cast<size_t>(up)], draft_.lines[static_cast<size_t>(up - 1)]); dirty_ = true; }
    }
    bool add = ImGui::Button(tr.tr("editor.addLine"));
    markItem("editor.addLine");
    if (add) {
        Line l;
        if (session.workspace().seller.vatRegime == VatRegime::Franchise) { l.vatCategory = VatCategory::Exempt; l.vatRate = Decimal{}; }
        draft_.lines.push_back(l);
        dirty_ = true;
    }
    if (!session.workspace().catalogue.empty()) {
        ImGui::SameLine();
        catalogueSearch(session, tr);
    }
    fieldIssues(issues_, "lines", tr);
}

void EditorView::catalogueSearch(const app::Session& session, const Translator& tr) {
    const auto& catalogue = session.workspace().catalogue;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ImGui::InputTextWithHint("##catalogue", tr.tr("editor.fromCatalogue"), catalogueFilter_, sizeof catalogueFilter_);
    bool open = ImGui::IsItemActive() || catalogueFilter_[0] != 0;
    if (!open) return;
    std::string needle = lower(catalogueFilter_);
    ImGui::BeginChild("##matches", ImVec2(ImGui::GetFontSize() * 24, ImGui::GetTextLineHeightWithSpacing() * 5), ImGuiChildFlags_Border);
    for (const auto& item : catalogue) {
        if (!needle.empty() && lower(item.name).find(needle) == std::string::npos && lower(item.description).find(needle) == std::string::npos) continue;
        std::string label = item.name + "  \xE2\x80\x94  " + formatDecimal(item.unitPrice, localeOf(tr), 2);
        if (ImGui::Selectable(label.c_str())) {
            Line l;
            l.description = item.name;
            l.itemReference = item.id;
            l.unitCode = item.unitCode;
            l.unitPrice = item.unitPrice;
            l.vatCategory = item.vatCategory;
            l.vatRate = item.vatRate;
            draft_.lines.push_back(l);
            dirty_ = true;
            catalogueFilter_[0] = 0;
        }
    }
    ImGui::EndChild();
}

// [SECTION] Totals and issuing
void EditorView::totalsPanel(const Translator& tr) {
    Locale loc = localeOf(tr);
    Totals t;
    try { t = computeTotals(draft_); } catch (const MoneyError&) { ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr("legal.amountOverflow")); return; }
    if (ImGui::BeginTable("totals", 2, ImGuiTableFlags_SizingStretchProp)) {
        auto row = [&](const std::string& label, std::int64_t v, bool strong = false) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(label.c_str());
            ImGui::TableNextColumn();
            std::string s = formatMoney(t.money(v), loc);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(s.c_str()).x);
            if (strong) ImGui::TextColored(ImVec4(0.12f, 0.30f, 0.62f, 1), "%s", s.c_str());
            else ImGui::TextUnformatted(s.c_str());
        };
        row(tr.tr("totals.net"), t.lineNetSum);
        for (const auto& a : t.adjustments) row(tr.tr(a.isCharge ? "totals.charge" : "totals.allowance"), a.isCharge ? a.amount : -a.amount);
        for (const auto& g : t.vat)
            row(std::string(tr.tr("totals.vat")) + " " + (categoryHasRate(g.category) ? formatPercent(g.rate, loc) : std::string(categoryCode(g.category))), g.vat);
        row(tr.tr("totals.gross"), t.grandTotal, true);
        if (t.prepaid) { row(tr.tr("totals.prepaid"), -t.prepaid); row(tr.tr("totals.due"), t.dueAmount, true); }
        ImGui::EndTable();
    }
}

void EditorView::issueButton(app::Session& session, const Translator& tr, Navigator& nav) {
    bool blocked = hasErrors(issues_) || session.saveState() == app::SaveState::ReadOnly;
    {
        Disabled off(blocked);
        if (ImGui::Button(tr.tr(draft_.type == DocumentType::Quote ? "editor.issueQuote" : "editor.issue"))) confirmIssue_ = true;
        markItem("editor.issue");
    }
    if (blocked && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(tr.tr("editor.issueBlocked"));
        for (const auto& i : issues_) if (i.severity == Severity::Error) ImGui::BulletText("%s", issueMessage(i, tr).c_str());
        ImGui::EndTooltip();
    }
    if (confirmIssue_) ImGui::OpenPopup((std::string(tr.tr("editor.confirmTitle")) + "###confirm-issue").c_str());
    if (ImGui::BeginPopupModal((std::string(tr.tr("editor.confirmTitle")) + "###confirm-issue").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const Workspace& ws = session.workspace();
        const Series* series = nullptr;
        for (const auto& s : ws.series) if (s.id == seriesIdFor(draft_.type)) series = &s;
        std::string number = series ? peekNextNumber(*series, session.today()).allocation.value_or(NumberAllocation{}).number : "";
        ImGui::Text(tr.tr("editor.confirmIssue"), number.c_str(), formatDate(session.today(), tr.french()).c_str());
        ImGui::TextWrapped("%s", tr.tr("editor.issueIsFinal"));
        bool confirmed = ImGui::Button(tr.tr("editor.confirm"));
        markItem("editor.confirm");
        if (confirmed) {
            commit(session);
            OpResult r = session.apply([&](Workspace& w) { return issueDocument(w, loadedId_, session.today()); });
            confirmIssue_ = false;
            ImGui::CloseCurrentPopup();
            if (r.ok) nav.go(Screen::Document, loadedId_);
            else message_ = r.errorKey;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("editor.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) { confirmIssue_ = false; ImGui::CloseCurrentPopup(); }
        ImGui::EndPopup();
    }
}

// [SECTION] The view
void EditorView::draw(app::Session& session, const Translator& tr, Navigator& nav) {
    if (nav.documentId != loadedId_ || (!dirty_ && session.revision() != loadedRevision_)) load(session, nav.documentId);
    const Document* stored = session.workspace().findDocument(loadedId_);
    if (!stored) { nav.go(Screen::Documents); return; }
    if (isIssued(*stored)) { nav.go(Screen::Document, loadedId_); return; }
    Seller seller = session.workspace().seller;
    Document preview = draft_;
    if (const Client* c = session.workspace().findClient(draft_.clientId)) preview.buyer = *c;
    issues_ = validate(preview, seller);

    ImGui::Text("%s \xE2\x80\x94 %s", tr.tr(std::string("type.") + typeKey(draft_.type)), tr.tr("state.draft"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.tr("editor.deleteDraft"))) {
        OpResult r = session.apply([&](Workspace& ws) { return deleteDraft(ws, loadedId_); });
        if (r.ok) { nav.go(Screen::Documents); return; }
    }
    if (!message_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr(message_));
    ImGui::SeparatorText(tr.tr("editor.client"));
    clientPicker(session, tr);
    ImGui::SeparatorText(tr.tr("editor.dates"));
    dates(tr);
    ImGui::SeparatorText(tr.tr("editor.lines"));
    {
        // A credit note, deposit or final invoice keeps the currency of what it derives from.
        bool derived = !draft_.correctsId.empty() || !draft_.quoteId.empty() || !draft_.depositIds.empty();
        Disabled off(derived);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr.tr("editor.currency"));
        ImGui::SameLine();
        std::string code = draft_.currency.code;
        if (currency_.draw("##currency", code, tr, ImGui::GetFontSize() * 9))
            if (auto c = currencyByCode(code)) { draft_.currency = *c; dirty_ = true; }
    }
    // One computation for the rate's VAT in euros and the lines' amounts (a typed amount too large to
    // compute shows none; the totals panel says why).
    Totals totals;
    try { totals = computeTotals(draft_); } catch (const MoneyError&) {}
    dirty_ |= exchangeRateFields(draft_.exchangeRate, draft_, totals.vatTotal, tr);
    fieldIssues(issues_, "exchangeRate", tr);
    linesTable(session, tr, totals);

    float avail = ImGui::GetContentRegionAvail().x;
    bool wide = avail > 700;
    ImGui::BeginGroup();
    ImGui::SeparatorText(tr.tr("editor.notes"));
    dirty_ |= inputMultiline("##notes", draft_.notes, ImGui::GetTextLineHeight() * 3);
    dirty_ |= inputText("##po", draft_.purchaseOrder, wide ? avail * 0.55f : -1, tr.tr("editor.purchaseOrder"));
    Decimal discount = draft_.adjustments.empty() || !draft_.adjustments[0].isPercent ? Decimal{} : draft_.adjustments[0].percent;
    ImGui::TextUnformatted(tr.tr("editor.documentDiscount"));
    ImGui::SameLine();
    if (inputDecimal("##docdisc", discount, localeOf(tr), 0, ImGui::GetFontSize() * 5)) {
        draft_.adjustments.clear();
        if (!discount.isZero()) {
            Adjustment a;
            a.reason = tr.tr("editor.discountReason");
            a.percent = discount;
            draft_.adjustments.push_back(a);
        }
        dirty_ = true;
    }
    ImGui::EndGroup();
    if (wide) ImGui::SameLine(avail * 0.62f);
    ImGui::BeginGroup();
    ImGui::SeparatorText(tr.tr("editor.totals"));
    ImGui::PushItemWidth(wide ? avail * 0.36f : avail);
    totalsPanel(tr);
    ImGui::PopItemWidth();
    issueButton(session, tr, nav);
    ImGui::EndGroup();

    // Save once nothing is being typed in.
    if (dirty_ && !ImGui::IsAnyItemActive()) commit(session);
}

}  // namespace facturier::ui
