// FEC writer.
#include "io/fec.h"

#include <vector>

#include "core/identifiers.h"

namespace facturier::io {

namespace {
struct Line {
    std::string account, accountLabel, aux, auxLabel;
    std::int64_t debit = 0, credit = 0;
};

std::string amount(std::int64_t minor) {
    std::string s = Money{minor < 0 ? -minor : minor, euro()}.toPlainString();
    s[s.find('.')] = ',';
    return s;
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
                                            clean(label), amount(debit), amount(credit), "", "", date.compact(), "", ""};
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
        if (!isIssued(d) || !isInvoiceLike(d.type) || d.currency.code != "EUR" || d.issueDate > closing) continue;
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
            std::string rate = categoryHasRate(g.category) ? " " + g.rate.toPlainString() + " %" : " " + std::string(categoryCode(g.category));
            if (deposit) lines.push_back({"419100", "Clients - avances et acomptes reçus", "", "", 0, sign * g.basis});
            else lines.push_back({goods ? "707000" : "706000", goods ? "Ventes de marchandises" : "Prestations de services", "", "", 0, sign * g.basis});
            if (g.vat) lines.push_back({"445710", "TVA collectée" + rate, "", "", 0, sign * g.vat});
        }
        if (depositVat) lines.push_back({"445710", "TVA collectée sur acomptes", "", "", depositVat, 0});
        w.entry("VT", "Ventes", d.issueDate, d.number, d.issueDate,
                std::string(d.type == DocumentType::CreditNote ? "Avoir " : "Facture ") + d.number + " " + d.buyer.name, lines);
    }
    for (const auto& d : ws.documents)
        for (const auto& p : d.payments) {
            if (d.currency.code != "EUR" || p.date > closing) continue;
            std::string client = d.clientId.empty() ? "DIVERS" : d.clientId;
            w.entry("BQ", "Banque", p.date, p.reference.empty() ? d.number : p.reference, p.date,
                    "Règlement " + d.number + " " + d.buyer.name,
                    {{"512000", "Banque", "", "", p.amount, 0}, {"411000", "Clients", client, d.buyer.name, 0, p.amount}});
        }
    return w.str();
}

}  // namespace facturier::io
