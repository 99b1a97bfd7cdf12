// The sample workspace offered at first run ("try with sample data").
#include "app/sample_lines.h"
#include "app/session.h"

namespace facturier::app {


Workspace sampleWorkspace(Date today) {
    Workspace ws = Workspace::withDefaultSeries();
    Seller& s = ws.seller;
    s.name = "Atelier Éloïse Crème";
    s.legalForm = LegalForm::Company;
    s.legalFormName = "SAS";
    s.capital = "10 000 €";
    s.rcs = "RCS Lyon";
    s.siren = "732829320";
    s.siret = "73282932000074";
    s.vatNumber = "FR44732829320";
    s.address = {"12 rue des Lilas", "", "69001", "Lyon", "FR"};
    s.email = "bonjour@atelier-eloise.example";
    s.phone = "04 78 00 00 00";
    s.iban = "FR7630006000011234567890189";
    s.bic = "BNPAFRPPXXX";

    Client a;
    a.id = ws.newId("cli");
    a.name = "Société Générale des Œuvres";
    a.siren = "443061841";
    a.vatNumber = "FR64443061841";
    a.address = {"1 avenue de l'Opéra", "", "75001", "Paris", "FR"};
    a.email = "compta@oeuvres.example";
    Client b;
    b.id = ws.newId("cli");
    b.name = "Müller & Söhne GmbH";
    b.vatNumber = "DE123456789";
    b.address = {"Hauptstraße 5", "", "10115", "Berlin", "DE"};
    b.email = "rechnungen@mueller-soehne.example";  // their electronic invoicing address (BT-49, EM)
    b.language = "en";
    Client c;
    c.id = ws.newId("cli");
    c.kind = ClientKind::Consumer;
    c.name = "Gaëlle Dupré";
    c.address = {"8 rue Émile Zola", "", "33000", "Bordeaux", "FR"};
    c.email = "gaelle.dupre@example.org";  // invoices reach her by e-mail (BT-49, EM)
    ws.clients = {a, b, c};

    ws.catalogue = {
        {ws.newId("item"), "Journée de conseil", "Accompagnement stratégique sur site", "DAY", *parseDecimal("650"), VatCategory::Standard, Decimal::fromInt(20)},
        {ws.newId("item"), "Heure de développement", "Développement logiciel", "HUR", *parseDecimal("85"), VatCategory::Standard, Decimal::fromInt(20)},
        {ws.newId("item"), "Guide « Bien facturer »", "Livre imprimé", "C62", *parseDecimal("24.90"), VatCategory::Standard, *parseDecimal("5.5")},
    };

    Date start = today.addDays(-75);
    auto invoice = [&](const std::string& client, std::vector<Line> lines, Date when) {
        Document d = newDraft(ws, DocumentType::Invoice, client, when);
        d.lines = std::move(lines);
        d.createdAt = when.days;
        std::string id = addDraft(ws, d).id;
        issueDocument(ws, id, when);
        return id;
    };
    std::string i1 = invoice(a.id, {sampleLine("Journée de conseil — atelier « stratégie »", "2", "DAY", "650", "20"),
                                    sampleLine("Guide « Bien facturer »", "10", "C62", "24.90", "5.5")}, start);
    recordPayment(ws, i1, Payment{"", start.addDays(20), computeTotals(*ws.findDocument(i1)).dueAmount,
                                  PaymentMethod::Transfer, "VIR-0001", false});
    std::string i2 = invoice(b.id, {sampleLine("Software development (reverse charge)", "12.5", "HUR", "85", "0",
                                         VatCategory::ReverseCharge)}, start.addDays(10));
    recordPayment(ws, i2, Payment{"", start.addDays(30), 50000, PaymentMethod::Transfer, "SEPA 2291", false});
    if (const Document* late = ws.findDocument(i2); late && late->dueDate)
        logReminder(ws, i2, 1, late->dueDate->addDays(ws.settings.dunning.friendlyDays), "");
    invoice(c.id, {sampleLine("Retouche de robe de mariée", "1", "C62", "180", "20")}, start.addDays(40));
    invoice(a.id, {sampleLine("Heure de développement", "7", "HUR", "85", "20")}, today.addDays(-5));

    Document q = newDraft(ws, DocumentType::Quote, a.id, today.addDays(-3));
    q.lines = {sampleLine("Refonte du site — conception", "1", "C62", "3200", "20"),
               sampleLine("Refonte du site — intégration", "6", "DAY", "650", "20")};
    q.createdAt = today.days - 3;
    std::string qid = addDraft(ws, q).id;
    issueDocument(ws, qid, today.addDays(-3));

    Document draft = newDraft(ws, DocumentType::Invoice, c.id, today);
    draft.lines = {sampleLine("Ourlet de pantalon", "2", "C62", "15", "20")};
    draft.createdAt = today.days;
    addDraft(ws, draft);

    RecurringTemplate upkeep;
    upkeep.name = "Maintenance mensuelle du site";
    upkeep.clientId = a.id;
    upkeep.lines = {sampleLine("Maintenance et mises à jour du site", "1", "C62", "150", "20")};
    upkeep.start = Date::fromYmd(today.year(), today.month(), 1).addMonths(1);
    addRecurring(ws, upkeep);
    return ws;
}

}  // namespace facturier::app
