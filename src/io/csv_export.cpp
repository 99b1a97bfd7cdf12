// CSV exports.
#include "io/csv_export.h"

namespace facturier::io {

std::string csvField(const std::string& v, char sep) {
    bool quote = v.find(sep) != std::string::npos || v.find('"') != std::string::npos ||
                 v.find('\n') != std::string::npos || v.find('\r') != std::string::npos ||
                 (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {
class Table {
public:
    explicit Table(const CsvOptions& o) : o_(o) {
        if (o.byteOrderMark) text_ = "\xEF\xBB\xBF";
    }
    void row(std::initializer_list<std::string> fields) {
        bool first = true;
        for (const auto& f : fields) {
            if (!first) text_ += o_.separator;
            text_ += csvField(f, o_.separator);
            first = false;
        }
        text_ += "\r\n";
    }
    std::string str() const { return text_; }

private:
    CsvOptions o_;
    std::string text_;
};
std::string amount(std::int64_t minor, const Currency& c) { return Money{minor, c}.toPlainString(); }
std::string date(const std::optional<Date>& d) { return d ? d->iso() : ""; }
}  // namespace

std::string documentsCsv(const Workspace& ws, const CsvOptions& o) {
    Table t(o);
    t.row({"id", "number", "type", "status", "issue_date", "delivery_date", "due_date", "client_id", "client_name",
           "client_siren", "client_vat", "currency", "net", "vat", "gross", "prepaid", "due", "paid", "balance",
           "corrects", "quote"});
    for (const auto& d : ws.documents) {
        Totals tt = computeTotals(d);
        const Document* corrected = ws.findDocument(d.correctsId);
        const Document* quote = ws.findDocument(d.quoteId);
        t.row({d.id, d.number, typeKey(d.type), statusKey(d.status), d.issueDate.iso(), date(d.deliveryDate), date(d.dueDate),
               d.clientId, d.buyer.name, d.buyer.siren, d.buyer.vatNumber, d.currency.code, amount(tt.taxBasis, d.currency),
               amount(tt.vatTotal, d.currency), amount(tt.grandTotal, d.currency), amount(tt.prepaid, d.currency),
               amount(tt.dueAmount, d.currency), amount(paidAmount(d), d.currency), amount(balanceDue(ws, d), d.currency),
               corrected ? corrected->number : "", quote ? quote->number : ""});
    }
    return t.str();
}

std::string linesCsv(const Workspace& ws, const CsvOptions& o) {
    Table t(o);
    t.row({"document_id", "document_number", "line", "description", "item_reference", "quantity", "unit", "unit_price",
           "discount", "vat_category", "vat_rate", "net"});
    for (const auto& d : ws.documents) {
        Totals tt = computeTotals(d);
        for (std::size_t i = 0; i < d.lines.size(); ++i) {
            const Line& l = d.lines[i];
            t.row({d.id, d.number, std::to_string(i + 1), l.description, l.itemReference, l.quantity.toPlainString(), l.unitCode,
                   l.unitPrice.toPlainString(2), amount(tt.lines[i].allowance, d.currency), std::string(categoryCode(l.vatCategory)),
                   l.vatRate.toPlainString(), amount(tt.lines[i].net, d.currency)});
        }
    }
    return t.str();
}

std::string paymentsCsv(const Workspace& ws, const CsvOptions& o) {
    Table t(o);
    t.row({"payment_id", "date", "document_number", "client_name", "amount", "currency", "method", "reference", "as_credit"});
    for (const auto& d : ws.documents)
        for (const auto& p : d.payments)
            t.row({p.id, p.date.iso(), d.number, d.buyer.name, amount(p.amount, d.currency), d.currency.code, methodKey(p.method),
                   p.reference, p.asCredit ? "yes" : "no"});
    return t.str();
}

std::string clientsCsv(const Workspace& ws, const CsvOptions& o) {
    Table t(o);
    t.row({"id", "kind", "name", "siren", "vat_number", "address_line1", "address_line2", "postcode", "city", "country",
           "email", "language", "payment_terms_days", "balance"});
    for (const auto& c : ws.clients)
        t.row({c.id, c.kind == ClientKind::Business ? "business" : "consumer", c.name, c.siren, c.vatNumber, c.address.line1,
               c.address.line2, c.address.postcode, c.address.city, c.address.country, c.email, c.language,
               std::to_string(c.paymentTermDays), Money{clientBalance(ws, c.id), currencyByCode(ws.settings.currency).value_or(euro())}.toPlainString()});
    return t.str();
}

}  // namespace facturier::io
