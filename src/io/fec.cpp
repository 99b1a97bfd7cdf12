// FEC writer.
#include "io/fec.h"

#include <cstdlib>
#include <optional>
#include <vector>

#include "core/einvoicing.h"
#include "core/identifiers.h"

namespace facturier::io {

namespace {
struct Line {
    std::string account, accountLabel, aux, auxLabel;
    std::int64_t debit = 0, credit = 0;
    std::int64_t foreign = 0;  // Montantdevise: the amount in the document's currency (minor units)
    std::optional<Currency> currency = std::nullopt;  // Idevise, for a document not in euros
};

std::string amount(std::int64_t minor, const Currency& c = euro()) {
    std::string s = Money{minor < 0 ? -minor : minor, c}.toPlainString();
    if (auto dot = s.find('.'); dot != std::string::npos) s[dot] = ',';
    return s;
}

// A document not in euros is booked in euros at its exchange rate (CGI ann. II art. 242 nonies A), each
// line converted with the named rounding of toEuros(); the rounding difference goes to the largest
// sales line so the entry balances. Montantdevise and Idevise keep the original amounts.
void bookInEuros(std::vector<Line>& lines, const Document& d) {
    Line* largest = nullptr;
    Line* largestVat = nullptr;
    std::int64_t vatForeign = 0, vatEuros = 0;
    for (auto& l : lines) {
        l.currency = d.currency;
        l.foreign = l.debit ? l.debit : l.credit;
        l.debit = toEuros(d, l.debit).value_or(0);
        l.credit = toEuros(d, l.credit).value_or(0);
        bool sales = l.account == "706000" || l.account == "707000" || l.account == "419100";
        if (sales && l.credit != 0 && (!largest || std::abs(l.credit) > std::abs(largest->credit))) largest = &l;
        if (l.account == "445710") {
            vatForeign += l.foreign * (l.debit ? -1 : 1);
            vatEuros += l.credit - l.debit;
            if (l.credit != 0 && (!largestVat || std::abs(l.credit) > std::abs(largestVat->credit))) largestVat = &l;
        }
    }
    // The VAT in euros is the invoice's own (BT-111: the VAT total converted once), spread over its rates.
    if (largestVat) largestVat->credit += toEuros(d, vatForeign).value_or(vatEuros) - vatEuros;
    std::int64_t balance = 0;
    for (const auto& l : lines) balance += l.debit - l.credit;
    if (largest) largest->credit += balance;
}
std::string clean(std::string s) {  // the separator and line breaks may not appear in a field
    for (char& c : s) if (c == '|' || c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

class Writer {
public:
    Writer() {
        for (int i = 0; i < 18; ++i) text_ += std::string(i ? "|" : "") + kFecColumns[i];
        text_ += "\r\n";
    }
    void entry(const char* journal, const char* journalLabel, Date date, const std::string& piece, Date pieceDate,
               const std::string& label, const std::vector<Line>& lines) {
        ++number_;
        for (const auto& l : lines) {
            if (l.debit == 0 && l.credit == 0) continue;
            std::int64_t debit = l.debit, credit = l.credit;
            if (debit < 0) { credit -= debit; debit = 0; }  // a negative amount goes to the other side
            if (credit < 0) { debit -= credit; credit = 0; }
            const std::string fields[18] = {journal, journalLabel, std::to_string(number_), date.compact(), l.account,
                                            clean(l.accountLabel), l.aux, clean(l.auxLabel), clean(piece), pieceDate.compact(),
                                            clean(label), amount(debit), amount(credit), "", "", date.compact(),
                                            l.currency ? amount(l.foreign, *l.currency) : "", l.currency ? l.currency->code : ""};
            for (int i = 0; i < 18; ++i) text_ += std::string(i ? "|" : "") + fields[i];
            text_ += "\r\n";
        }
    }
    std::string str() const { return text_; }

private:
    std::string text_;
    long number_ = 0;
};
}  // namespace

std::string fecFileName(const Workspace& ws, Date closing) {
    return compactIdentifier(ws.seller.siren) + "FEC" + closing.compact() + ".txt";
}

std::string fecText(const Workspace& ws, Date closing) {
    Writer w;
    for (const auto& d : ws.documents) {
        // A document not in euros without its exchange rate cannot be booked (validate() asks for the rate).
        bool foreign = d.currency.code != "EUR";
        if (!isIssued(d) || !isInvoiceLike(d.type) || d.issueDate > closing || (foreign && !toEuros(d, 0))) continue;
        Totals t = computeTotals(d);
        // A credit note is the same entry the other way round.
        std::int64_t sign = d.type == DocumentType::CreditNote ? -1 : 1;
        std::string client = d.clientId.empty() ? "DIVERS" : d.clientId;
        bool goods = d.nature == OperationNature::Goods;
        std::vector<Line> lines;
        lines.push_back({"411000", "Clients", client, d.buyer.name, sign * t.dueAmount, 0});
        std::int64_t depositVat = 0, depositBasis = 0;
        if (d.type == DocumentType::FinalInvoice)
            for (const auto& id : d.depositIds)
                if (const Document* dep = ws.findDocument(id)) {
                    Totals dt = computeTotals(*dep);
                    depositVat += dt.vatTotal;
                    depositBasis += dt.taxBasis;
                }
        if (depositBasis) lines.push_back({"419100", "Clients - avances et acomptes reçus", "", "", depositBasis, 0});
        bool deposit = d.type == DocumentType::DepositInvoice;
        for (const auto& g : t.vat) {
            std::string percent = g.rate.toPlainString();  // French decimal comma: "5,5 %"
            if (auto dot = percent.find('.'); dot != std::string::npos) percent[dot] = ',';
            std::string rate = categoryHasRate(g.category) ? " " + percent + " %" : " " + std::string(categoryCode(g.category));
            if (deposit) lines.push_back({"419100", "Clients - avances et acomptes reçus", "", "", 0, sign * g.basis});
            else lines.push_back({goods ? "707000" : "706000", goods ? "Ventes de marchandises" : "Prestations de services", "", "", 0, sign * g.basis});
            if (g.vat) lines.push_back({"445710", "TVA collectée" + rate, "", "", 0, sign * g.vat});
        }
        if (depositVat) lines.push_back({"445710", "TVA collectée sur acomptes", "", "", depositVat, 0});
        if (foreign) bookInEuros(lines, d);
        w.entry("VT", "Ventes", d.issueDate, d.number, d.issueDate,
                std::string(d.type == DocumentType::CreditNote ? "Avoir " : "Facture ") + d.number + " " + d.buyer.name, lines);
    }
    for (const auto& d : ws.documents)
        for (const auto& p : d.payments) {
            bool foreign = d.currency.code != "EUR";
            if (p.date > closing || (foreign && !toEuros(d, 0))) continue;
            std::string client = d.clientId.empty() ? "DIVERS" : d.clientId;
            // A foreign payment at the document's rate (exchange differences are the accountant's).
            std::vector<Line> lines = {{"512000", "Banque", "", "", p.amount, 0}, {"411000", "Clients", client, d.buyer.name, 0, p.amount}};
            if (foreign) bookInEuros(lines, d);
            w.entry("BQ", "Banque", p.date, p.reference.empty() ? d.number : p.reference, p.date,
                    "Règlement " + d.number + " " + d.buyer.name, lines);
        }
    return w.str();
}

}  // namespace facturier::io
