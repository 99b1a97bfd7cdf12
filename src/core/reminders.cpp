// Dunning schedule, late penalties, reminder messages and their log.
#include "core/reminders.h"

#include <algorithm>

#include "core/workspace.h"

namespace facturier {

// [SECTION] Schedule
int dunningLevel(const DunningSettings& s, int daysOverdue) {
    if (daysOverdue >= s.formalDays) return 3;
    if (daysOverdue >= s.firmDays) return 2;
    if (daysOverdue >= s.friendlyDays) return 1;
    return 0;
}

int lastReminderLevel(const Document& d) {
    int level = 0;
    for (const auto& r : d.reminders) level = std::max(level, r.level);
    return level;
}

namespace {
bool isRemindable(const Document& d) {
    return isIssued(d) && isInvoiceLike(d.type) && d.type != DocumentType::CreditNote && d.status != Status::Cancelled &&
           d.dueDate.has_value();
}
}  // namespace

std::vector<ReminderDue> remindersDue(const Workspace& ws, Date today) { return remindersDue(ws, today, documentFigures(ws)); }

std::vector<ReminderDue> remindersDue(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures) {
    std::vector<ReminderDue> due;
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (!isRemindable(d) || figures[i].balance <= 0) continue;
        int days = daysBetween(*d.dueDate, today);
        int level = dunningLevel(ws.settings.dunning, days);
        if (level == 0 || level <= lastReminderLevel(d)) continue;
        due.push_back({d.id, level, days, figures[i].balance});
    }
    std::stable_sort(due.begin(), due.end(), [](const ReminderDue& a, const ReminderDue& b) { return a.daysOverdue > b.daysOverdue; });
    return due;
}

LatePenalty latePenalty(const Document& d, std::int64_t balance, Date today) {
    LatePenalty p;
    p.balance = balance;
    if (!d.dueDate || balance <= 0) return p;
    p.daysOverdue = std::max(0, daysBetween(*d.dueDate, today));
    if (p.daysOverdue == 0) return p;
    // balance × (rate / 100) × days / 365, rate scaled by 10^4: one rounding, half away from zero.
    Wide num = static_cast<Wide>(balance) * d.terms.penaltyRate.scaled * p.daysOverdue;
    p.penalty = divideRounded(num, static_cast<Wide>(100) * Decimal::kScale * 365, Rounding::HalfAwayFromZero);
    if (d.buyer.kind == ClientKind::Business && d.currency.code == "EUR") p.indemnity = kRecoveryIndemnityCents;
    return p;
}

// [SECTION] Messages
std::vector<std::string> reminderPlaceholders() {
    return {"{client}", "{number}", "{issueDate}", "{dueDate}", "{total}", "{balance}", "{daysOverdue}",
            "{penaltyRate}", "{penalty}", "{indemnity}", "{totalClaimed}", "{seller}", "{iban}", "{email}"};
}

ReminderTemplate defaultReminderTemplate(int level, const std::string& language) {
    ReminderTemplate t;
    t.level = level;
    t.language = language == "en" ? "en" : "fr";
    bool fr = t.language == "fr";
    switch (level) {
    case 1:
        t.subject = fr ? "Facture {number} : petit rappel" : "Invoice {number}: a friendly reminder";
        t.body = fr ? "Bonjour,\n\nSauf erreur de notre part, la facture {number} du {issueDate}, d'un montant de {total}, "
                      "arrivée à échéance le {dueDate}, reste à régler ({balance}).\n\nS'il s'agit d'un oubli, merci de "
                      "procéder au virement sur le compte {iban}. Si le règlement est déjà parti, merci de ne pas tenir "
                      "compte de ce message.\n\nVous trouverez la facture en pièce jointe.\n\nBien cordialement,\n{seller}"
                    : "Hello,\n\nUnless we are mistaken, invoice {number} of {issueDate} for {total}, due on {dueDate}, "
                      "is still unpaid ({balance}).\n\nIf this is an oversight, please transfer the amount to {iban}. If "
                      "the payment is already on its way, please disregard this message.\n\nThe invoice is attached.\n\n"
                      "Kind regards,\n{seller}";
        break;
    case 2:
        t.subject = fr ? "Relance : facture {number} impayée depuis {daysOverdue} jours"
                       : "Reminder: invoice {number} overdue by {daysOverdue} days";
        t.body = fr ? "Bonjour,\n\nMalgré notre précédent rappel, la facture {number} du {issueDate} reste impayée : "
                      "{balance} sont dus depuis le {dueDate}, soit {daysOverdue} jours de retard.\n\nNous vous "
                      "remercions de régler cette somme sous huit jours par virement sur le compte {iban}. À défaut, des "
                      "pénalités de retard au taux de {penaltyRate} par an ainsi que l'indemnité forfaitaire pour frais de "
                      "recouvrement pourront être appliquées.\n\nLa facture est jointe à ce message.\n\nCordialement,\n{seller}"
                    : "Hello,\n\nDespite our previous reminder, invoice {number} of {issueDate} is still unpaid: {balance} "
                      "has been due since {dueDate}, {daysOverdue} days ago.\n\nPlease settle this amount within eight days "
                      "by transfer to {iban}. Otherwise late-payment interest at {penaltyRate} a year and the fixed "
                      "recovery charge may be applied.\n\nThe invoice is attached.\n\nRegards,\n{seller}";
        break;
    default:
        t.subject = fr ? "Mise en demeure de payer : facture {number}" : "Formal notice to pay: invoice {number}";
        t.body = fr ? "Madame, Monsieur,\n\nLa facture {number} du {issueDate}, échue le {dueDate}, reste impayée à ce jour "
                      "malgré nos relances : {balance} restent dus, avec {daysOverdue} jours de retard.\n\nEn application "
                      "de l'article L441-10 du Code de commerce, des pénalités de retard au taux annuel de {penaltyRate} "
                      "sont dues, soit {penalty} à ce jour, ainsi que l'indemnité forfaitaire pour frais de recouvrement de "
                      "{indemnity} (article D441-5).\n\nNous vous mettons en demeure de régler la somme de {totalClaimed} "
                      "sous quinze jours à compter de la réception de ce courrier, par virement sur le compte {iban}. À "
                      "défaut, nous engagerons une procédure de recouvrement.\n\nVeuillez agréer, Madame, Monsieur, nos "
                      "salutations distinguées.\n{seller}"
                    : "Dear Sir or Madam,\n\nInvoice {number} of {issueDate}, due on {dueDate}, remains unpaid despite our "
                      "reminders: {balance} is still owed, {daysOverdue} days late.\n\nUnder article L441-10 of the French "
                      "Commercial Code, late-payment interest at {penaltyRate} a year is due, {penalty} to date, together "
                      "with the fixed recovery charge of {indemnity} (article D441-5).\n\nWe hereby give you formal notice to "
                      "pay {totalClaimed} within fifteen days of receiving this letter, by transfer to {iban}. Failing that, "
                      "we will start recovery proceedings.\n\nYours faithfully,\n{seller}";
        break;
    }
    return t;
}

const ReminderTemplate& reminderTemplate(const DunningSettings& s, int level, const std::string& language,
                                         ReminderTemplate& fallback) {
    for (const auto& t : s.templates)
        if (t.level == level && t.language == language && !(t.subject.empty() && t.body.empty())) return t;
    fallback = defaultReminderTemplate(level, language);
    return fallback;
}

std::string fillPlaceholders(const std::string& text, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                std::string name = text.substr(i, close - i + 1);
                auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
                if (it != values.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

ReminderMessage composeReminder(const Workspace& ws, const Document& d, int level, Date today) {
    bool fr = d.language != "en";
    Locale loc = fr ? Locale::Fr : Locale::En;
    auto money = [&](std::int64_t minor) { return formatMoney(Money{minor, d.currency}, loc); };
    std::int64_t balance = balanceDue(ws, d);
    LatePenalty p = latePenalty(d, balance, today);
    Totals t = computeTotals(d);
    const Seller& seller = isIssued(d) ? d.seller : ws.seller;
    std::vector<std::pair<std::string, std::string>> values = {
        {"{client}", d.buyer.name},
        {"{number}", d.number},
        {"{issueDate}", formatDate(d.issueDate, fr)},
        {"{dueDate}", d.dueDate ? formatDate(*d.dueDate, fr) : ""},
        {"{total}", money(t.dueAmount)},
        {"{balance}", money(balance)},
        {"{daysOverdue}", std::to_string(p.daysOverdue)},
        {"{penaltyRate}", formatPercent(d.terms.penaltyRate, loc)},
        {"{penalty}", money(p.penalty)},
        {"{indemnity}", money(p.indemnity)},
        {"{totalClaimed}", money(balance + p.total())},
        {"{seller}", seller.name},
        {"{iban}", seller.iban},
        {"{email}", seller.email},
    };
    ReminderTemplate fallback;
    const ReminderTemplate& tpl = reminderTemplate(ws.settings.dunning, level, fr ? "fr" : "en", fallback);
    return {d.buyer.email, fillPlaceholders(tpl.subject, values), fillPlaceholders(tpl.body, values)};
}

namespace {
std::string percentEncode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                     c == '_' || c == '~';
        if (plain) out += static_cast<char>(c);
        else if (c == '\n') out += "%0D%0A";
        else if (c == '\r') continue;
        else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out;
}
}  // namespace

std::string mailtoUrl(const ReminderMessage& m) {
    std::string to;
    for (char c : m.to)  // keep '@'; encode what could break the URL
        to += (c == '@') ? std::string(1, c) : percentEncode(std::string(1, c));
    return "mailto:" + to + "?subject=" + percentEncode(m.subject) + "&body=" + percentEncode(m.body);
}

// [SECTION] Operations
OpResult logReminder(Workspace& ws, const std::string& invoiceId, int level, Date date, std::string note) {
    Document* d = ws.findDocument(invoiceId);
    if (!d) return OpResult::fail("lifecycle.unknownDocument", invoiceId);
    if (!isRemindable(*d)) return OpResult::fail("reminder.notRemindable", d->number);
    if (level < 1 || level > kReminderLevels) return OpResult::fail("reminder.level");
    if (balanceDue(ws, *d) <= 0) return OpResult::fail("reminder.nothingDue", d->number);
    if (date < d->issueDate) return OpResult::fail("reminder.beforeIssue", d->issueDate.iso());
    d->reminders.push_back(Reminder{date, level, std::move(note)});
    return OpResult::success(invoiceId);
}

OpResult createPenaltyInvoice(Workspace& ws, const std::string& invoiceId, Date today) {
    const Document* inv = ws.findDocument(invoiceId);
    if (!inv) return OpResult::fail("lifecycle.unknownDocument", invoiceId);
    if (!isRemindable(*inv)) return OpResult::fail("reminder.notRemindable", inv->number);
    for (const auto& d : ws.documents)
        if (d.penaltyForId == invoiceId && d.status != Status::Cancelled)
            return OpResult::fail("reminder.penaltyExists", d.number.empty() ? d.id : d.number);
    LatePenalty p = latePenalty(*inv, balanceDue(ws, *inv), today);
    if (p.total() <= 0) return OpResult::fail("reminder.noPenalty", inv->number);

    Document draft = newDraft(ws, DocumentType::Invoice, inv->clientId, today);
    draft.currency = inv->currency;
    draft.language = inv->language;
    draft.penaltyForId = inv->id;
    bool fr = inv->language != "en";
    Locale loc = fr ? Locale::Fr : Locale::En;
    auto amountLine = [&](std::string description, std::int64_t minor) {
        Line l;
        l.description = std::move(description);
        l.quantity = Decimal::fromInt(1);
        // minor units → a 4-place decimal price (minorDigits ≤ 4)
        std::int64_t scale = 1;
        for (int i = 0; i < 4 - inv->currency.minorDigits; ++i) scale *= 10;
        l.unitPrice = Decimal::fromScaled(minor * scale);
        l.vatCategory = VatCategory::OutsideScope;
        l.vatRate = Decimal{};
        return l;
    };
    if (p.penalty > 0) {
        std::string days = std::to_string(p.daysOverdue);
        std::string rate = formatPercent(inv->terms.penaltyRate, loc);
        std::string base = formatMoney(Money{p.balance, inv->currency}, loc);
        draft.lines.push_back(amountLine(
            fr ? "Pénalités de retard sur la facture " + inv->number + " (échue le " + formatDate(*inv->dueDate, true) +
                     ") : " + base + " × " + rate + " × " + days + " jours / 365"
               : "Late-payment interest on invoice " + inv->number + " (due " + formatDate(*inv->dueDate, false) + "): " +
                     base + " × " + rate + " × " + days + " days / 365",
            p.penalty));
    }
    if (p.indemnity > 0)
        draft.lines.push_back(amountLine(fr ? "Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce), facture " + inv->number
                                            : "Fixed recovery charge (art. D441-5 French Commercial Code), invoice " + inv->number,
                                         p.indemnity));
    draft.notes = fr ? "Pénalités et indemnité non soumises à la TVA." : "Interest and recovery charge are not subject to VAT.";
    return addDraft(ws, std::move(draft));
}

}  // namespace facturier
