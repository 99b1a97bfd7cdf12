#include <doctest.h>

#include "app/session.h"
#include "io/csv_export.h"
#include "io/csv_import.h"

using namespace facturier;
using namespace facturier::io;

namespace {
Workspace sample() { return app::sampleWorkspace(Date::fromYmd(2026, 11, 23)); }
bool hasIssue(const ImportRow& r, const std::string& field, const std::string& key) {
    for (const auto& i : r.issues)
        if (i.field == field && i.key == key) return true;
    return false;
}
}  // namespace

TEST_CASE("a CSV from a spreadsheet is read: BOM, semicolons, quotes, line breaks in a field, CRLF") {
    std::string text = "\xEF\xBB\xBFNom;Ville;Note\r\n\"Dupont; fils\";Paris;\"dit \"\"le grand\"\"\"\r\n\r\n"
                       "Müller;Berlin;\"sur\ndeux lignes\"\r\nÉloïse;Lyon;\r\n";
    CsvTable t = parseCsv(text);
    REQUIRE(t.ok);
    CHECK(t.separator == ';');
    CHECK(t.header == std::vector<std::string>{"Nom", "Ville", "Note"});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0][0] == "Dupont; fils");
    CHECK(t.rows[0][2] == "dit \"le grand\"");
    CHECK(t.rows[1][2] == "sur\ndeux lignes");
    CHECK(t.rows[2][0] == "Éloïse");
    CHECK(t.lineNumbers == std::vector<int>{2, 4, 6});
}

TEST_CASE("commas and tabs are detected; an unterminated quote is an error with its line") {
    CHECK(parseCsv("name,city\nA,B\n").separator == ',');
    CHECK(parseCsv("name\tcity\nA\tB\n").separator == '\t');
    CsvTable bad = parseCsv("name;city\nA;B\n\"C;D\n");
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == "line 3: unterminated quote");
    CHECK(bad.errorKey == "import.unterminatedQuote");
    CHECK(bad.errorLine == 3);
    CHECK_FALSE(parseCsv("").ok);
}

TEST_CASE("the mapping is guessed from French and English headers, accents and case ignored") {
    std::vector<std::string> header = {"Raison sociale", "SIRET", "N° TVA", "E-mail", "Adresse", "Code postal", "Ville", "Pays", "Délai"};
    auto m = guessMapping(ImportKind::Clients, header);
    const auto& f = importFields(ImportKind::Clients);
    auto col = [&](const char* field) { return m[static_cast<std::size_t>(std::find(f.begin(), f.end(), field) - f.begin())]; };
    CHECK(col("name") == 0);
    CHECK(col("siren") == 1);
    CHECK(col("vatNumber") == 2);
    CHECK(col("email") == 3);
    CHECK(col("line1") == 4);
    CHECK(col("postcode") == 5);
    CHECK(col("city") == 6);
    CHECK(col("country") == 7);
    CHECK(col("paymentTermDays") == 8);
    CHECK(col("kind") == -1);
    auto items = guessMapping(ImportKind::Catalogue, {"Désignation", "Prix unitaire HT", "Unité", "Taux de TVA"});
    CHECK(items == std::vector<int>{0, -1, 2, 1, 3});
}

TEST_CASE("each line of a client import carries its own errors; valid lines are imported, the rest left out") {
    Workspace ws = sample();
    std::size_t before = ws.clients.size();
    std::string text =
        "Nom;SIREN;TVA;Email;Adresse;CP;Ville;Pays;Type\n"
        "Boulangerie Lefèvre;552100554;;contact@lefevre.example;3 rue du Four;35000;Rennes;France;\n"   // line 2: fine
        "Garage Martin;123456789;;;1 route;44000;Nantes;FR;B2B\n"                                        // 3: bad SIREN
        "Jeanne Petit;;;jeanne@@example;;;;;particulier\n"                                               // 4: bad e-mail
        "Hans Becker GmbH;;DE123456789;;Hauptstraße 1;10115;Berlin;Allemagne;\n"                         // 5: fine, DE, B2B
        ";552100554;;;;;;;\n"                                                                             // 6: no name
        "Boulangerie Lefèvre;;;;;;;;particulier\n"                                                       // 7: duplicate of line 2
        "Société Générale des Œuvres;443061841;;;1 av;75001;Paris;FR;B2B\n"                              // 8: already a client
        "Nina Rossi;;;;Via Roma 1;00100;Roma;Narnia;particulier\n";                                      // 9: unknown country
    CsvTable t = parseCsv(text);
    REQUIRE(t.ok);
    ImportPreview p = previewImport(ws, ImportKind::Clients, t, guessMapping(ImportKind::Clients, t.header));
    REQUIRE(p.rows.size() == 8);
    CHECK(p.rows[0].ok());
    CHECK(p.rows[0].client.kind == ClientKind::Business);
    CHECK(p.rows[0].client.address.country == "FR");
    CHECK(hasIssue(p.rows[1], "siren", "legal.buyerSiren"));
    CHECK(p.rows[1].line == 3);
    CHECK(hasIssue(p.rows[2], "email", "legal.email"));
    CHECK(p.rows[2].client.kind == ClientKind::Consumer);
    CHECK(p.rows[3].ok());
    CHECK(p.rows[3].client.address.country == "DE");
    CHECK(p.rows[3].client.language == "en");
    CHECK(hasIssue(p.rows[4], "name", "legal.buyerName"));
    CHECK(hasIssue(p.rows[5], "name", "import.duplicate"));
    CHECK(hasIssue(p.rows[6], "name", "import.duplicate"));
    CHECK(hasIssue(p.rows[7], "country", "legal.country"));
    CHECK(p.valid == 2);
    CHECK(ws.clients.size() == before);  // the preview changes nothing
    CHECK(applyImport(ws, p) == 2);
    REQUIRE(ws.clients.size() == before + 2);
    CHECK(ws.clients[before].name == "Boulangerie Lefèvre");
    CHECK_FALSE(ws.clients[before].id.empty());
    CHECK(ws.clients[before].id != ws.clients[before + 1].id);
}

TEST_CASE("catalogue import reads French prices, units and VAT rates, and flags bad ones") {
    Workspace ws = sample();
    std::string text = "Désignation;Prix HT;Unité;TVA;Description\n"
                       "Atelier découverte;1 250,50;jour;20 %;Une journée\n"
                       "Livre;24,90;pièce;5,5;\n"
                       "Conseil;cher;heure;20;\n"
                       "Formation;300;fortnight;20;\n"
                       "Audit;500;;150;\n";
    CsvTable t = parseCsv(text);
    ImportPreview p = previewImport(ws, ImportKind::Catalogue, t, guessMapping(ImportKind::Catalogue, t.header));
    REQUIRE(p.rows.size() == 5);
    CHECK(p.rows[0].ok());
    CHECK(p.rows[0].item.unitPrice == *parseDecimal("1250.5"));
    CHECK(p.rows[0].item.unitCode == "DAY");
    CHECK(p.rows[0].item.vatRate == Decimal::fromInt(20));
    CHECK(p.rows[1].item.vatRate == *parseDecimal("5.5"));
    CHECK(p.rows[1].item.unitCode == "C62");
    CHECK(hasIssue(p.rows[2], "unitPrice", "import.price"));
    CHECK(hasIssue(p.rows[3], "unitCode", "import.unit"));
    CHECK(hasIssue(p.rows[4], "vatRate", "import.vatRate"));
    CHECK(p.valid == 2);
}

TEST_CASE("clients exported to CSV import back into an empty workspace unchanged") {
    Workspace ws = sample();
    CsvTable t = parseCsv(clientsCsv(ws));
    REQUIRE(t.ok);
    Workspace empty = Workspace::withDefaultSeries();
    ImportPreview p = previewImport(empty, ImportKind::Clients, t, guessMapping(ImportKind::Clients, t.header));
    CHECK(p.valid == ws.clients.size());
    applyImport(empty, p);
    REQUIRE(empty.clients.size() == ws.clients.size());
    for (std::size_t i = 0; i < ws.clients.size(); ++i) {
        Client a = ws.clients[i], b = empty.clients[i];
        b.id = a.id;
        CHECK(a == b);
    }
}

TEST_CASE("a CSV saved by Excel in Windows-1252 is read with its accents, € and œ") {
    std::string text = "Nom;Ville\r\nBoulangerie Lef\xE8vre;Rennes\r\nSoci\xE9t\xE9 des \x8Cuvres \x80;Orl\xE9\x61ns\r\n";
    CsvTable t = parseCsv(text);
    REQUIRE(t.ok);
    CHECK(t.fromWindows1252);
    CHECK(t.rows[0][0] == "Boulangerie Lefèvre");
    CHECK(t.rows[1][0] == "Société des Œuvres €");
    CHECK(t.rows[1][1] == "Orléans");
    CHECK(isValidUtf8(t.rows[1][0]));
    CHECK_FALSE(parseCsv("Nom\nÉloïse\n").fromWindows1252);  // UTF-8 stays as it is
}

TEST_CASE("UTF-8 validation refuses overlong, truncated and stray continuation bytes") {
    CHECK(isValidUtf8("Œuvres — 12 € 𝄞"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));      // overlong
    CHECK_FALSE(isValidUtf8("abc\xE2\x82"));   // truncated
    CHECK_FALSE(isValidUtf8("\x80"));          // continuation alone
    CHECK_FALSE(isValidUtf8("\xE9t\xE9"));      // Latin-1
    CHECK_FALSE(isValidUtf8("\xE0\x80\x80"));  // overlong three-byte form
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));  // a surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST_CASE("a comma-separated catalogue row with a decimal comma is an error naming its line, not 12.00 at 50 % VAT") {
    // Reported: "Stylo bille,12,50,20" under "name,price,vat" was imported as 12.00 € at 50 % VAT, marked valid.
    Workspace ws = sample();
    CsvTable t = parseCsv("name,price,vat\nStylo bille,12,50,20\nCahier,3,20\n");
    REQUIRE(t.ok);
    CHECK(t.separator == ',');
    ImportPreview p = previewImport(ws, ImportKind::Catalogue, t, guessMapping(ImportKind::Catalogue, t.header));
    REQUIRE(p.rows.size() == 2);
    CHECK_FALSE(p.rows[0].ok());
    CHECK(p.rows[0].line == 2);
    CHECK(p.rows[0].cells == 4);
    CHECK(p.columns == 3);
    CHECK(hasIssue(p.rows[0], "", "import.cellCount"));
    CHECK(hasIssue(p.rows[0], "vatRate", "import.vatRateFrench"));  // what it was read as: 50 %
    CHECK(p.rows[1].ok());
    CHECK(p.rows[1].item.unitPrice == Decimal::fromInt(3));
    CHECK(p.valid == 1);
    // The preview says why: a decimal comma in a comma-separated file.
    REQUIRE(p.decimalComma);
    CHECK(p.decimalComma->line == 2);
    CHECK(p.decimalComma->whole == "12");
    CHECK(p.decimalComma->decimals == "50");
    // Saved with semicolons, the same line reads as meant.
    CsvTable fixed = parseCsv("name;price;vat\nStylo bille;12,50;20\n");
    ImportPreview q = previewImport(ws, ImportKind::Catalogue, fixed, guessMapping(ImportKind::Catalogue, fixed.header));
    REQUIRE(q.rows.size() == 1);
    CHECK(q.rows[0].ok());
    CHECK(q.rows[0].item.unitPrice == *parseDecimal("12.5"));
    CHECK(q.rows[0].item.vatRate == Decimal::fromInt(20));
    CHECK_FALSE(q.decimalComma);
}

TEST_CASE("a line with more or fewer cells than the header is an error, for clients too") {
    Workspace ws = sample();
    CsvTable t = parseCsv("Nom;Ville;Pays\nBoulangerie Lefèvre;Rennes\nGarage Martin;Nantes;FR;en trop\nJeanne Petit;Lyon;FR\n");
    ImportPreview p = previewImport(ws, ImportKind::Clients, t, guessMapping(ImportKind::Clients, t.header));
    REQUIRE(p.rows.size() == 3);
    CHECK(hasIssue(p.rows[0], "", "import.cellCount"));
    CHECK(p.rows[0].cells == 2);
    CHECK(hasIssue(p.rows[1], "", "import.cellCount"));
    CHECK(p.rows[1].cells == 4);
    CHECK(p.rows[2].ok());
    CHECK(p.valid == 1);
    CHECK_FALSE(p.decimalComma);  // semicolons: no clash with decimal commas
}

TEST_CASE("catalogue VAT rates must be the seller's: French rates for a French seller, none under the franchise") {
    std::string text = "Désignation;Prix;TVA\nA;10;20\nB;10;10\nC;10;5,5\nD;10;2,1\nE;10;0\nF;10;19,6\nG;10;7\nH;10;8,5\nI;10;\n";
    CsvTable t = parseCsv(text);
    auto preview = [&](const Workspace& ws) { return previewImport(ws, ImportKind::Catalogue, t, guessMapping(ImportKind::Catalogue, t.header)); };
    Workspace fr = sample();
    ImportPreview p = preview(fr);
    REQUIRE(p.rows.size() == 9);
    for (int i : {0, 1, 2, 3, 4, 8}) CHECK_MESSAGE(p.rows[static_cast<std::size_t>(i)].ok(), "line ", p.rows[static_cast<std::size_t>(i)].line);
    for (int i : {5, 6, 7}) CHECK(hasIssue(p.rows[static_cast<std::size_t>(i)], "vatRate", "import.vatRateFrench"));
    CHECK(p.rows[4].item.vatCategory == VatCategory::Exempt);

    Workspace franchise = sample();
    franchise.seller.vatRegime = VatRegime::Franchise;
    p = preview(franchise);
    CHECK(hasIssue(p.rows[0], "vatRate", "import.vatRateFranchise"));
    CHECK(p.rows[4].ok());
    CHECK(p.rows[8].ok());
    CHECK(p.rows[8].item.vatCategory == VatCategory::Exempt);

    // For a seller elsewhere core knows no list of rates: any rate from 0 to 100 is taken as given.
    Workspace german = sample();
    german.seller.address.country = "DE";
    p = preview(german);
    CHECK(p.rows[6].ok());
    CHECK(p.rows[6].item.vatRate == Decimal::fromInt(7));
}

TEST_CASE("a decimal-comma clash is only suspected where cells were cut like a number") {
    CHECK_FALSE(findDecimalCommaClash(parseCsv("name,city\nDupont,Paris,France\n")));        // extra cell, but no number
    CHECK_FALSE(findDecimalCommaClash(parseCsv("name,price,vat\nStylo,12.50,20\n")));        // the cells fit the header
    auto clash = findDecimalCommaClash(parseCsv("name,price\n\"Atelier, jour\",1 250,50 €\n"));
    REQUIRE(clash);
    CHECK(clash->line == 2);
    CHECK(clash->whole == "1 250");
    CHECK(clash->decimals == "50 €");
}
