// Writes the Factur-X XML of generated documents that validate() accepts, spread over every case a user
// can make (nature, buyer, VAT category and rate, currency, discounts and charges, paid at issue, credit
// notes, deposits and finals), for validate_generated.sh to check with the platform's validators:
// whatever validate() lets through, a French platform must accept (issue 11, acceptance 3).
// Usage: generate_einvoices OUT-DIR COUNT SEED      Prints one line per document: file, case.
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "app/exports.h"
#include "app/session.h"  // sampleWorkspace
#include "core/validation.h"
#include "core/workspace.h"

using namespace facturier;

namespace {
Line lineOf(std::mt19937& rng, VatCategory category, Decimal rate) {
    static const char* names[] = {"Conseil en stratégie", "Développement « sur mesure »", "Chaises en chêne", "Formation Œnologie",
                                  "Traduction technique", "Maintenance annuelle", "Étagères — pin massif", "Audit RGPD"};
    static const char* units[] = {"C62", "HUR", "DAY", "KGM", "MON"};
    Line l;
    l.description = names[rng() % 8];
    l.quantity = Decimal::fromScaled(static_cast<std::int64_t>(1 + rng() % 40) * 2500);
    l.unitCode = units[rng() % 5];
    l.unitPrice = Decimal::fromScaled(static_cast<std::int64_t>(100 + rng() % 9000000));
    l.vatCategory = category;
    l.vatRate = rate;
    if (rng() % 5 == 0) { l.discountKind = DiscountKind::Percent; l.discountPercent = Decimal::fromInt(static_cast<int>(5 + rng() % 20)); }
    return l;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) { std::fprintf(stderr, "usage: generate_einvoices OUT-DIR COUNT SEED\n"); return 2; }
    std::string out = argv[1];
    int wanted = std::atoi(argv[2]);
    std::mt19937 rng(static_cast<unsigned>(std::atoi(argv[3])));
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    ws.documents.clear();
    ws.journal = Journal{};
    ws.series = Workspace::withDefaultSeries().series;
    Client ch;
    ch.id = ws.newId("cli");
    ch.name = "Horlogerie Zünd & Fils SA";
    ch.address = {"Rue du Rhône 12", "", "1204", "Genève", "CH"};
    ch.email = "factures@zund.example";
    ch.language = "en";
    ws.clients.push_back(ch);
    const std::string fr = ws.clients[0].id, de = ws.clients[1].id, consumer = ws.clients[2].id;
    Date day = Date::fromYmd(2026, 1, 5);
    int written = 0, tries = 0;
    const Decimal rates[] = {Decimal::fromInt(20), Decimal::fromInt(10), Decimal::fromScaled(55000), Decimal::fromScaled(21000)};
    while (written < wanted && tries < wanted * 20) {
        ++tries;
        int kind = static_cast<int>(rng() % 9);  // which case this document is
        std::string client = kind == 3 ? consumer : kind == 4 ? de : kind == 5 ? ch.id : fr;
        Document d = newDraft(ws, DocumentType::Invoice, client, day);
        d.nature = static_cast<OperationNature>(rng() % 3);
        d.deliveryDate = day;
        int lines = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < lines; ++i) {
            VatCategory c = VatCategory::Standard;
            Decimal rate = rates[rng() % 4];
            if (kind == 4) { c = d.nature == OperationNature::Goods ? VatCategory::IntraEu : VatCategory::ReverseCharge; rate = {}; }
            if (kind == 5) { c = VatCategory::Export; rate = {}; }
            d.lines.push_back(lineOf(rng, c, rate));
        }
        if (kind == 6) {  // a document-level discount and a charge
            Adjustment a; a.reason = "Remise fidélité"; a.percent = Decimal::fromInt(5);
            Adjustment f; f.isCharge = true; f.isPercent = false; f.amount = 1500 + static_cast<std::int64_t>(rng() % 5000); f.reason = "Frais de port";
            d.adjustments = {a, f};
        }
        if (kind == 7) d.paidAtIssue = true;
        if (kind == 8 || (kind == 5 && rng() % 2)) {  // another currency, with its rate
            d.currency = *currencyByCode(rng() % 2 ? "USD" : "CHF");
            d.exchangeRate = ExchangeRate{Decimal::fromScaled(static_cast<std::int64_t>(8000 + rng() % 4000)), day, "BCE"};
        }
        if (hasErrors(validate(d, ws.seller))) continue;
        std::string id = addDraft(ws, d).id;
        if (!issueDocument(ws, id, day).ok) continue;
        std::vector<std::string> made = {id};
        // Credit notes, full or partial, of some of them.
        if (rng() % 4 == 0) {
            const Document& inv = *ws.findDocument(id);
            std::optional<std::int64_t> part;
            if (rng() % 2) {
                std::int64_t amount = computeTotals(inv).grandTotal / 3;
                AmountFit fit = creditAmountFit(ws, id, amount);
                if (fit.exact || fit.below) part = fit.exact ? amount : *fit.below;
            }
            OpResult cn = createCreditNote(ws, id, part, day);
            if (cn.ok && issueDocument(ws, cn.id, day).ok) made.push_back(cn.id);
        }
        // A quote, its deposit and its final invoice.
        if (rng() % 6 == 0 && kind != 4 && kind != 5) {
            Document q = newDraft(ws, DocumentType::Quote, client, day);
            q.lines = d.lines;
            std::string qid = addDraft(ws, q).id;
            if (issueDocument(ws, qid, day).ok) {
                OpResult dep = createDepositInvoice(ws, qid, Decimal::fromInt(30), std::nullopt, day);
                if (dep.ok) {
                    Document& depDraft = *ws.findDocument(dep.id);
                    depDraft.deliveryDate = day;
                    if (issueDocument(ws, dep.id, day).ok) made.push_back(dep.id);
                    OpResult fin = convertQuoteToInvoice(ws, qid, day);
                    if (fin.ok) {
                        ws.findDocument(fin.id)->deliveryDate = day;
                        if (issueDocument(ws, fin.id, day).ok) made.push_back(fin.id);
                    }
                }
            }
        }
        for (const auto& m : made) {
            const Document& doc = *ws.findDocument(m);
            std::string path = out + "/" + doc.number + ".xml";
            std::ofstream(path, std::ios::binary) << app::facturXml(ws, doc);
            std::printf("%s %s %s %s%s\n", path.c_str(), typeKey(doc.type), doc.currency.code.c_str(),
                        doc.buyer.kind == ClientKind::Consumer ? "B2C" : doc.buyer.isFrench() ? "B2B" : "B2BINT", doc.paidAtIssue ? " paid" : "");
            ++written;
        }
        day = day.addDays(1);
    }
    return written >= wanted ? 0 : 1;
}
