// Document view.
#include "ui/view_document.h"

#include <imgui.h>

#include "app/exports.h"
#include "ui/app_ui.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
Locale localeOf(const Translator& tr) { return tr.french() ? Locale::Fr : Locale::En; }
const PaymentMethod kMethods[] = {PaymentMethod::Transfer, PaymentMethod::Card, PaymentMethod::Cheque,
                                  PaymentMethod::Cash, PaymentMethod::DirectDebit, PaymentMethod::Other};
}  // namespace

void DocumentView::actions(app::Session& session, const Document& d, const Translator& tr, Navigator& nav, Platform& platform,
                           const pdf::RenderOptions& pdfOptions) {
    const Workspace& ws = session.workspace();
    bool readOnly = session.saveState() == app::SaveState::ReadOnly;
    auto makePdf = [&]() { return app::documentPdf(ws, d, pdfOptions); };
    bool download = ImGui::Button(tr.tr("document.downloadPdf"));
    markItem("document.downloadPdf");
    if (download) {
        auto r = makePdf();
        if (r.ok) platform.download(app::documentFileName(ws, d, "pdf"), "application/pdf", r.bytes);
        else message_ = r.error;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("document.print"))) {
        auto r = makePdf();
        if (r.ok) platform.openInNewTab("application/pdf", r.bytes);
        else message_ = r.error;
    }
    if (isInvoiceLike(d.type)) {
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("document.downloadXml"))) {
            std::string xml = app::facturXml(ws, d);
            platform.download(app::documentFileName(ws, d, "xml"), "application/xml", std::vector<std::uint8_t>(xml.begin(), xml.end()));
        }
    }
    Disabled off(readOnly);
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("document.duplicate"))) {
        OpResult r = session.apply([&](Workspace& w) { return duplicateDocument(w, d.id, session.today()); });
        if (r.ok) { nav.go(Screen::Editor, r.id); return; }
        message_ = r.errorKey;
    }
    if (d.status == Status::Issued) {
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("document.markSent"))) session.apply([&](Workspace& w) { return markSent(w, d.id); });
    }
    if (d.type == DocumentType::Quote && (d.status == Status::Issued || d.status == Status::Sent || d.status == Status::Accepted)) {
        if (d.status != Status::Accepted) {
            ImGui::SameLine();
            if (ImGui::Button(tr.tr("document.accept"))) session.apply([&](Workspace& w) { return setQuoteDecision(w, d.id, true); });
            ImGui::SameLine();
            if (ImGui::Button(tr.tr("document.refuse"))) session.apply([&](Workspace& w) { return setQuoteDecision(w, d.id, false); });
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("document.toInvoice"))) {
            OpResult r = session.apply([&](Workspace& w) { return convertQuoteToInvoice(w, d.id, session.today()); });
            if (r.ok) { nav.go(Screen::Editor, r.id); return; }
            message_ = r.errorKey;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("document.toDeposit"))) depositOpen_ = !depositOpen_;
    }
    if (isInvoiceLike(d.type) && d.type != DocumentType::CreditNote && d.status != Status::Cancelled) {
        ImGui::SameLine();
        bool pay = ImGui::Button(tr.tr("document.recordPayment"));
        markItem("document.recordPayment");
        if (pay) {
            paymentOpen_ = !paymentOpen_;
            payment_ = Payment{};
            payment_.date = session.today();
            payment_.amount = std::max<std::int64_t>(0, balanceDue(ws, d));
        }
        if (isOverdue(ws, d, session.today())) {
            ImGui::SameLine();
            if (ImGui::Button(tr.tr("document.remind"))) nav.go(Screen::Reminders, d.id);
            markItem("document.remind");
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("document.creditNote"))) {
            creditOpen_ = !creditOpen_;
            creditAmount_ = creditableRemaining(ws, d);
        }
    }
}

void DocumentView::paymentForm(app::Session& session, const Document& d, const Translator& tr) {
    ImGui::SeparatorText(tr.tr("document.recordPayment"));
    float w = ImGui::GetFontSize() * 8;
    inputDate("##paydate", payment_.date, tr.french(), w);
    ImGui::SameLine();
    inputMinor("##payamount", payment_.amount, d.currency, localeOf(tr), w);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    if (ImGui::BeginCombo("##method", tr.tr(std::string("method.") + methodKey(payment_.method)))) {
        for (auto m : kMethods)
            if (ImGui::Selectable(tr.tr(std::string("method.") + methodKey(m)), m == payment_.method)) payment_.method = m;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    inputText("##payref", payment_.reference, w * 1.5f, tr.tr("document.paymentReference"));
    std::int64_t balance = balanceDue(session.workspace(), d);
    if (payment_.amount > balance) ImGui::Checkbox(tr.tr("document.asCredit"), &payment_.asCredit);
    bool save = ImGui::Button(tr.tr("document.savePayment"));
    markItem("document.savePayment");
    if (save) {
        Payment p = payment_;
        OpResult r = session.apply([&](Workspace& w2) { return recordPayment(w2, d.id, p); });
        if (r.ok) { paymentOpen_ = false; message_.clear(); }
        else message_ = r.errorKey;
    }
}

void DocumentView::creditForm(app::Session& session, const Document& d, const Translator& tr, Navigator& nav) {
    ImGui::SeparatorText(tr.tr("document.creditNote"));
    std::int64_t remaining = creditableRemaining(session.workspace(), d);
    ImGui::Text(tr.tr("document.creditable"), formatMoney(Money{remaining, d.currency}, localeOf(tr)).c_str());
    inputMinor("##creditamount", creditAmount_, d.currency, localeOf(tr), ImGui::GetFontSize() * 8);
    ImGui::SameLine();
    auto create = [&](std::int64_t minor) {
        std::optional<std::int64_t> amount;
        if (minor != remaining) amount = minor;
        OpResult r = session.apply([&](Workspace& w) { return createCreditNote(w, d.id, amount, session.today()); });
        creditFit_.reset();
        if (r.ok) { creditOpen_ = false; nav.go(Screen::Editor, r.id); return; }
        message_ = r.errorKey;
        if (r.errorKey == "lifecycle.creditAmountNotExact") creditFit_ = creditAmountFit(session.workspace(), d.id, minor);
    };
    if (ImGui::Button(tr.tr("document.createCredit"))) create(creditAmount_);
    // An amount VAT rounding cannot reach: say why and offer the nearest ones.
    if (creditFit_ && !creditFit_->exact) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(tr.tr("document.creditNearestWhy"));
        ImGui::PopTextWrapPos();
        for (auto nearest : {creditFit_->below, creditFit_->above}) {
            if (!nearest) continue;
            std::int64_t value = *nearest;
            std::string label = formatMoney(Money{value, d.currency}, localeOf(tr)) + "##nearest" + std::to_string(value);
            if (ImGui::Button(label.c_str())) { creditAmount_ = value; create(value); return; }
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
}

void DocumentView::depositForm(app::Session& session, const Document& d, const Translator& tr, Navigator& nav) {
    ImGui::SeparatorText(tr.tr("document.toDeposit"));
    inputDecimal("##depositpct", depositPercent_, localeOf(tr), 0, ImGui::GetFontSize() * 5);
    ImGui::SameLine();
    ImGui::TextUnformatted("%");
    ImGui::SameLine();
    if (ImGui::Button(tr.tr("document.createDeposit"))) {
        Decimal pct = depositPercent_;
        OpResult r = session.apply([&](Workspace& w) { return createDepositInvoice(w, d.id, pct, std::nullopt, session.today()); });
        if (r.ok) { depositOpen_ = false; nav.go(Screen::Editor, r.id); }
        else message_ = r.errorKey;
    }
}

void DocumentView::draw(app::Session& session, const Translator& tr, Navigator& nav, Platform& platform,
                        const pdf::RenderOptions& pdfOptions) {
    const Workspace& ws = session.workspace();
    const Document* found = ws.findDocument(nav.documentId);
    if (!found) { nav.go(Screen::Documents); return; }
    if (!isIssued(*found)) { nav.go(Screen::Editor, found->id); return; }
    if (shownId_ != found->id) {
        shownId_ = found->id;
        paymentOpen_ = creditOpen_ = depositOpen_ = false;
        message_.clear();
        creditFit_.reset();
    }
    const Document d = *found;  // a copy: actions below may change the workspace
    Locale loc = localeOf(tr);
    Totals t = computeTotals(d);

    ImGui::Text("%s %s", tr.tr(std::string("type.") + typeKey(d.type)), d.number.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr.tr("state." + displayStatusKey(ws, d, session.today())));
    ImGui::TextUnformatted(d.buyer.name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s", tr.tr("editor.issueDate"), formatDate(d.issueDate, tr.french()).c_str());
    if (d.dueDate) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s", tr.tr("col.due"), formatDate(*d.dueDate, tr.french()).c_str());
    }
    actions(session, d, tr, nav, platform, pdfOptions);
    if (!message_.empty()) ImGui::TextColored(ImVec4(0.75f, 0.18f, 0.12f, 1), "%s", tr.tr(message_));
    if (paymentOpen_) paymentForm(session, d, tr);
    if (creditOpen_) creditForm(session, d, tr, nav);
    if (depositOpen_) depositForm(session, d, tr, nav);

    ImGui::SeparatorText(tr.tr("editor.lines"));
    if (ImGui::BeginTable("doclines", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr.tr("line.description"), 0, 4.f);
        ImGui::TableSetupColumn(tr.tr("line.quantity"), 0, 1.f);
        ImGui::TableSetupColumn(tr.tr("line.unitPrice"), 0, 1.2f);
        ImGui::TableSetupColumn(tr.tr("line.vat"), 0, 1.f);
        ImGui::TableSetupColumn(tr.tr("line.total"), 0, 1.2f);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < d.lines.size(); ++i) {
            const Line& l = d.lines[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", l.description.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%s %s", formatDecimal(l.quantity, loc).c_str(), tr.tr("unit." + l.unitCode));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDecimal(l.unitPrice, loc, 2).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(categoryHasRate(l.vatCategory) ? formatPercent(l.vatRate, loc).c_str() : std::string(categoryCode(l.vatCategory)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatMoney(t.money(t.lines[i].net), loc).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::SeparatorText(tr.tr("editor.totals"));
    ImGui::Text("%s  %s", tr.tr("totals.net"), formatMoney(t.money(t.taxBasis), loc).c_str());
    for (const auto& g : t.vat)
        ImGui::Text("%s %s  %s", tr.tr("totals.vat"), categoryHasRate(g.category) ? formatPercent(g.rate, loc).c_str() : std::string(categoryCode(g.category)).c_str(),
                    formatMoney(t.money(g.vat), loc).c_str());
    ImGui::Text("%s  %s", tr.tr("totals.gross"), formatMoney(t.money(t.grandTotal), loc).c_str());
    if (t.prepaid) ImGui::Text("%s  %s", tr.tr("totals.due"), formatMoney(t.money(t.dueAmount), loc).c_str());
    if (isInvoiceLike(d.type) && d.type != DocumentType::CreditNote)
        ImGui::TextColored(ImVec4(0.12f, 0.30f, 0.62f, 1), "%s  %s", tr.tr("col.balance"), formatMoney(t.money(balanceDue(ws, d)), loc).c_str());
    if (!d.payments.empty()) {
        ImGui::SeparatorText(tr.tr("document.payments"));
        for (const auto& p : d.payments)
            ImGui::BulletText("%s  %s  %s  %s", formatDate(p.date, tr.french()).c_str(), formatMoney(Money{p.amount, d.currency}, loc).c_str(),
                              tr.tr(std::string("method.") + methodKey(p.method)), p.reference.c_str());
    }
    if (!d.reminders.empty()) {
        ImGui::SeparatorText(tr.tr("reminders.history"));
        for (const auto& r : d.reminders)
            ImGui::BulletText("%s — %s", formatDate(r.date, tr.french()).c_str(), tr.tr("reminders.level" + std::to_string(r.level)));
    }
    if (!d.penaltyForId.empty())
        if (const Document* late = session.workspace().findDocument(d.penaltyForId))
            ImGui::TextDisabled(tr.tr("document.penaltyFor"), late->number.c_str());
}

}  // namespace facturier::ui
