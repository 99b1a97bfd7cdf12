// A corpus of issued documents covering every document type, every VAT case, multi-page tables,
// long texts, foreign buyers, discounts, deposits and credit notes, with accents everywhere. Used by
// the PDF/XML tests and the wasm/native comparison, and printed by `facturier sample --corpus`.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/sample_lines.h"
#include "app/session.h"
#include "io/base64.h"

namespace facturier::app {

namespace {

// [SECTION] A small PNG logo made here (stored deflate blocks: no compressor needed)
std::uint32_t crc32(const std::vector<std::uint8_t>& d, std::size_t from) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = from; i < d.size(); ++i) {
        c ^= d[i];
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}
void be32(std::vector<std::uint8_t>& d, std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) d.push_back(static_cast<std::uint8_t>(v >> s));
}
void chunk(std::vector<std::uint8_t>& png, const char* type, const std::vector<std::uint8_t>& data) {
    be32(png, static_cast<std::uint32_t>(data.size()));
    std::size_t start = png.size();
    png.insert(png.end(), type, type + 4);
    png.insert(png.end(), data.begin(), data.end());
    be32(png, crc32(png, start));
}
std::vector<std::uint8_t> monogramPng() {
    const int w = 96, h = 48;
    std::vector<std::uint8_t> raw;
    for (int y = 0; y < h; ++y) {
        raw.push_back(0);  // filter: none
        for (int x = 0; x < w; ++x) {
            bool badge = x < 48;
            bool letterF = badge && x >= 14 && x < 34 && y >= 8 && y < 40 && (x < 20 || y < 14 || (y >= 21 && y < 27 && x < 30));
            bool bar = !badge && x >= 56 && y >= 16 + (x % 7 == 0 ? 0 : 4) && y < 32;
            std::uint8_t r = 255, g = 255, b = 255;
            if (badge) { r = 47; g = 79; b = 158; }
            if (letterF) { r = g = b = 255; }
            if (bar) { r = 201; g = 213; b = 242; }
            raw.insert(raw.end(), {r, g, b});
        }
    }
    std::vector<std::uint8_t> z = {0x78, 0x01};
    for (std::size_t at = 0; at < raw.size(); at += 65535) {
        std::size_t n = std::min<std::size_t>(65535, raw.size() - at);
        z.push_back(at + n == raw.size() ? 1 : 0);
        z.push_back(static_cast<std::uint8_t>(n & 0xFF));
        z.push_back(static_cast<std::uint8_t>(n >> 8));
        z.push_back(static_cast<std::uint8_t>(~n & 0xFF));
        z.push_back(static_cast<std::uint8_t>((~n >> 8) & 0xFF));
        z.insert(z.end(), raw.begin() + static_cast<long>(at), raw.begin() + static_cast<long>(at + n));
    }
    std::uint32_t a = 1, b2 = 0;
    for (std::uint8_t c : raw) { a = (a + c) % 65521; b2 = (b2 + a) % 65521; }
    be32(z, (b2 << 16) | a);
    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<std::uint8_t> ihdr;
    be32(ihdr, w);
    be32(ihdr, h);
    ihdr.insert(ihdr.end(), {8, 2, 0, 0, 0});  // 8-bit RGB
    chunk(png, "IHDR", ihdr);
    chunk(png, "IDAT", z);
    chunk(png, "IEND", {});
    return png;
}

// [SECTION] Building blocks

Client client(Workspace& ws, ClientKind kind, const std::string& name, const std::string& siren, const std::string& vat,
              Address address, const std::string& language) {
    Client c;
    c.id = ws.newId("cli");
    c.kind = kind;
    c.name = name;
    c.siren = siren;
    c.vatNumber = vat;
    c.address = std::move(address);
    c.language = language;
    ws.clients.push_back(c);
    return c;
}

struct Builder {
    Workspace& ws;
    Date day;
    std::vector<std::string> failures;

    // Issues a draft made by `edit`; a failure is recorded (the corpus test asserts there is none).
    std::string issue(DocumentType type, const std::string& clientId, const std::function<void(Document&)>& edit) {
        Document d = newDraft(ws, type, clientId, day);
        d.createdAt = day.days;
        edit(d);
        std::string id = addDraft(ws, d).id;
        return commit(id);
    }
    std::string commit(const std::string& id) {
        OpResult r = issueDocument(ws, id, day);
        if (!r.ok) failures.push_back(id + ": " + r.errorKey + (r.issues.empty() ? "" : " " + r.issues[0].key + " " + r.issues[0].path));
        day = day.addDays(1);
        return id;
    }
};
}  // namespace

Workspace corpusWorkspace(std::vector<std::string>* failures) {
    Workspace ws = sampleWorkspace(Date::fromYmd(2026, 1, 5));
    ws.documents.clear();
    ws.journal = Journal{};
    ws.series = Workspace::withDefaultSeries().series;
    ws.seller.logoMime = "image/png";
    ws.seller.logoBase64 = io::encodeBase64(monogramPng());
    const std::string fr = ws.clients[0].id, de = ws.clients[1].id, consumer = ws.clients[2].id;
    std::string ch = client(ws, ClientKind::Business, "Horlogerie Zünd & Fils SA", "", "", {"Rue du Rhône 12", "", "1204", "Genève", "CH"}, "en").id;
    std::string uk = client(ws, ClientKind::Business, "O'Brien & Daughters Ltd", "", "", {"221B Baker Street", "", "NW1 6XE", "London", "GB"}, "en").id;
    // Foreign businesses receive e-invoices at an electronic address (BT-49): here their invoicing e-mail.
    ws.findClient(ch)->email = "factures@zund-fils.example";
    ws.findClient(uk)->email = "accounts@obrien-daughters.example";
    std::string longName = client(ws, ClientKind::Business,
        "Coopérative d'Intérêt Collectif des Artisans Ébénistes, Tapissiers et Doreurs de la Vallée de l'Œil — Établissement Principal",
        "404833048", "FR83404833048", {"Zone artisanale « Les Prés Fleuris », bâtiment C, porte 3", "Lieu-dit Le Château d'Eau", "71250", "Cluny", "FR"}, "fr").id;

    Builder b{ws, Date::fromYmd(2026, 1, 5), {}};
    using T = DocumentType;
    auto set = [](std::vector<Line> lines) { return [lines](Document& d) { d.lines = lines; }; };

    // Standard and reduced French rates.
    b.issue(T::Invoice, fr, set({sampleLine("Création graphique — identité « Été »", "1", "C62", "1200", "20"),
                                 sampleLine("Livres d'art reliés", "12", "C62", "34.95", "5.5")}));
    b.issue(T::Invoice, fr, set({sampleLine("Travaux de rénovation énergétique", "3.5", "DAY", "480", "10"),
                                 sampleLine("Presse quotidienne (abonnement)", "1", "MON", "19.90", "2.1"),
                                 sampleLine("Fournitures diverses", "7", "C62", "3.3333", "20")}));
    // Line discounts (percent and amount) and document allowance + charge.
    b.issue(T::Invoice, fr, [](Document& d) {
        Line a = sampleLine("Développement d'une application « Brûlée »", "10", "HUR", "95", "20");
        a.discountKind = DiscountKind::Percent;
        a.discountPercent = *parseDecimal("12.5");
        Line c = sampleLine("Maintenance trimestrielle", "1", "C62", "450", "20");
        c.discountKind = DiscountKind::Amount;
        c.discountAmount = 5000;
        d.lines = {a, c, sampleLine("Manuels utilisateur", "4", "C62", "18.50", "5.5")};
    });
    b.issue(T::Invoice, fr, [](Document& d) {
        d.lines = {sampleLine("Séminaire « Cœur de métier »", "2", "DAY", "1350", "20"), sampleLine("Ouvrages", "30", "C62", "12", "5.5")};
        Adjustment loyalty;
        loyalty.reason = "Remise fidélité";
        loyalty.percent = *parseDecimal("5");
        Adjustment travel;
        travel.isCharge = true;
        travel.isPercent = false;
        travel.amount = 18640;
        travel.reason = "Frais de déplacement";
        d.adjustments = {loyalty, travel};
    });
    // Consumer: no B2B penalty mentions.
    b.issue(T::Invoice, consumer, set({sampleLine("Retouches — robe de cérémonie", "1", "C62", "145", "20")}));
    // Reverse charge, intra-EU goods, export, exempt, outside scope, zero rated.
    b.issue(T::Invoice, de, set({sampleLine("Consulting services, January", "6", "DAY", "720", "0", VatCategory::ReverseCharge)}));
    b.issue(T::Invoice, de, [&](Document& d) {
        d.nature = OperationNature::Goods;
        d.lines = {sampleLine("Handmade oak chairs « Clémence »", "8", "C62", "389", "0", VatCategory::IntraEu)};
    });
    b.issue(T::Invoice, ch, set({sampleLine("Watch straps, goatskin", "40", "C62", "27.5", "0", VatCategory::Export)}));
    b.issue(T::Invoice, fr, set({sampleLine("Formation professionnelle continue « Sécurité »", "14", "HUR", "60", "0", VatCategory::Exempt)}));
    b.issue(T::Invoice, uk, set({sampleLine("Translation services (outside the scope of French VAT)", "1", "C62", "860", "0", VatCategory::OutsideScope)}));
    b.issue(T::Invoice, fr, set({sampleLine("Livraison à bord (taux zéro)", "1", "C62", "300", "0", VatCategory::ZeroRated)}));
    // Swiss franc invoice for a foreign buyer, in English.
    b.issue(T::Invoice, ch, [](Document& d) {
        d.currency = *currencyByCode("CHF");
        d.exchangeRate = ExchangeRate{*parseDecimal("0.9364"), d.issueDate, "BCE"};
        d.lines = {sampleLine("Design review in Genève", "2", "DAY", "1100", "0", VatCategory::Export)};
    });
    // Multi-page: 60 lines, and 1,000-character descriptions for a client with a very long name.
    b.issue(T::Invoice, fr, [](Document& d) {
        for (int i = 1; i <= 60; ++i)
            d.lines.push_back(sampleLine("Intervention n° " + std::to_string(i) + " — réglage, contrôle et nettoyage de l'équipement « Ève »",
                                   "1.25", "HUR", "62.40", i % 3 ? "20" : "10"));
    });
    b.issue(T::Invoice, longName, [](Document& d) {
        std::string text;
        while (text.size() < 1000) text += "Restauration complète d'un secrétaire à abattant Louis XV en marqueterie, dorure à la feuille, cire d'abeille et vernis au tampon ; ";
        d.lines = {sampleLine(text.substr(0, 1000), "1", "C62", "4800", "20"), sampleLine(text.substr(0, 1000), "2", "C62", "650", "10")};
    });
    // Delivery address, purchase order and service period.
    b.issue(T::Invoice, fr, [&](Document& d) {
        d.deliveryAddress = Address{"Entrepôt « Les Halles »", "Quai n° 4", "94150", "Rungis", "FR"};
        d.purchaseOrder = "BC-2026-ÉTÉ-0042";
        d.periodStart = b.day.addDays(-30);
        d.nature = OperationNature::Both;
        d.lines = {sampleLine("Location de matériel frigorifique", "1", "MON", "1250", "20"), sampleLine("Sacs de glace", "40", "C62", "2.4", "5.5")};
    });
    // VAT on debits, early payment discount, 45 days end of month.
    ws.seller.vatOnDebits = true;
    b.issue(T::Invoice, fr, set({sampleLine("Audit de sécurité « Zéro défaut »", "3", "DAY", "900", "20")}));
    ws.seller.vatOnDebits = false;
    std::string study = b.issue(T::Invoice, fr, [](Document& d) {
        d.terms.earlyPaymentDiscount = true;
        d.terms.earlyPaymentText = "Escompte de 2 % pour paiement sous 8 jours";
        d.terms.days = 45;
        d.terms.endOfMonth = true;
        d.lines = {sampleLine("Étude de faisabilité", "1", "C62", "2400", "20")};
    });
    // Quote, deposit, final invoice; a second quote converted directly; a deposit by amount.
    std::string quote = b.issue(T::Quote, fr, set({sampleLine("Agencement d'une boulangerie — conception", "1", "C62", "3800", "20"),
                                                  sampleLine("Agencement — fabrication et pose", "1", "C62", "14500", "10")}));
    std::string deposit = createDepositInvoice(ws, quote, Decimal::fromInt(30), std::nullopt, b.day).id;
    b.commit(deposit);
    std::string fin = convertQuoteToInvoice(ws, quote, b.day).id;
    b.commit(fin);
    std::string quote2 = b.issue(T::Quote, de, set({sampleLine("Website localisation (reverse charge)", "1", "C62", "2600", "0", VatCategory::ReverseCharge)}));
    b.commit(convertQuoteToInvoice(ws, quote2, b.day).id);
    std::string quote3 = b.issue(T::Quote, consumer, set({sampleLine("Cuisine équipée « Crème brûlée »", "1", "C62", "9800", "20")}));
    b.commit(createDepositInvoice(ws, quote3, std::nullopt, 150000, b.day).id);
    // Credit notes: full and partial.
    std::string first = ws.documents[0].id, second = ws.documents[1].id;
    b.commit(createCreditNote(ws, first, std::nullopt, b.day).id);
    b.commit(createCreditNote(ws, second, 12000, b.day).id);
    // Faults once reported (issue 10), kept in the corpus so the validators see them: yen and Kuwaiti
    // dinars (0 and 3 minor digits); goods taken back (a negative quantity); 100.03 € then the rest of a
    // 200.02 € invoice (the rest carries the VAT left, nothing stays due); an "é" where BT-153 is cut.
    b.issue(T::Invoice, ch, [](Document& d) {
        d.currency = *currencyByCode("JPY");
        d.exchangeRate = ExchangeRate{*parseDecimal("161.23"), d.issueDate, "BCE"};
        d.lines = {sampleLine("Translation of a watch catalogue (Japanese edition)", "3", "C62", "7380", "0", VatCategory::Export)};
    });
    b.issue(T::Invoice, ch, [](Document& d) {
        d.currency = *currencyByCode("KWD");
        d.exchangeRate = ExchangeRate{*parseDecimal("0.3321"), d.issueDate, "BCE"};
        d.lines = {sampleLine("Showroom design consultation", "3", "HUR", "12.345", "0", VatCategory::Export)};
    });
    b.issue(T::Invoice, fr, [](Document& d) {
        d.nature = OperationNature::Goods;
        d.lines = {sampleLine("Chaises en chêne « Clémence »", "4", "C62", "125", "20"),
                   sampleLine("Chaise reprise (pied fêlé)", "-1", "C62", "125", "20")};
    });
    std::string study2 = b.issue(T::Invoice, fr, set({sampleLine("Étude préalable", "1", "C62", "166.68", "20")}));
    b.commit(createCreditNote(ws, study2, 10003, b.day).id);
    b.commit(createCreditNote(ws, study2, std::nullopt, b.day).id);
    std::string roof;
    while (roof.size() < 196) roof += "Remplacement des tuiles et des liteaux, ";
    roof = roof.substr(0, 196) + "été 2026 — charpente traitée contre les insectes";
    b.issue(T::Invoice, fr, set({sampleLine(roof, "1", "C62", "2750", "10")}));
    // The reform's cases (issue 11): an invoice paid at the counter when issued (BT-23 S2), and one in
    // US dollars to a French business, with its rate and its VAT in euros (BT-6, BT-111).
    b.issue(T::Invoice, fr, [](Document& d) {
        d.paidAtIssue = true;
        d.lines = {sampleLine("Réparation d'un fauteuil (payée au comptoir)", "1", "C62", "180", "20")};
    });
    b.issue(T::Invoice, fr, [](Document& d) {
        d.currency = *currencyByCode("USD");
        d.exchangeRate = ExchangeRate{*parseDecimal("1.0823"), d.issueDate, "BCE"};
        d.lines = {sampleLine("Licence logicielle annuelle (facturée en dollars)", "1", "C62", "1250", "20")};
    });
    // Franchise en base (art. 293 B): the seller's regime changes, documents keep what they froze.
    Seller registered = ws.seller;
    ws.seller.vatRegime = VatRegime::Franchise;
    ws.seller.vatNumber.clear();
    ws.seller.legalForm = LegalForm::Individual;
    ws.seller.legalFormName = "EI";
    ws.seller.name = "Zoé Lefèvre — Atelier Éloïse";
    b.issue(T::Invoice, consumer, set({sampleLine("Cours de céramique (forfait 5 séances)", "1", "C62", "240", "0", VatCategory::Exempt)}));
    b.issue(T::Invoice, fr, set({sampleLine("Illustrations « Œuvres complètes »", "12", "C62", "85", "0", VatCategory::Exempt)}));
    ws.seller = registered;
    // Late-payment interest and the 40 € charge on an unpaid invoice, outside the scope of VAT (O),
    // invoiced four months later (the last document: its date is the latest of the series).
    Date late = b.day.addDays(120);
    OpResult penalty = createPenaltyInvoice(ws, study, late);
    OpResult issued = penalty.ok ? issueDocument(ws, penalty.id, late) : penalty;
    if (!issued.ok) b.failures.push_back("penalty invoice: " + (issued.issues.empty() ? issued.errorKey : issued.issues.front().key));
    if (failures) *failures = b.failures;
    return ws;
}

}  // namespace facturier::app
