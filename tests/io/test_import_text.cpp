// Text imported from a spreadsheet is normalised like typed text, and characters the PDF cannot draw
// are reported in the preview.
#include <doctest.h>

#include "app/session.h"
#include "io/csv_import.h"

using namespace facturier;
using namespace facturier::io;

TEST_CASE("CSV cells lose their tabs, carriage returns and escape codes at import") {
    // A quoted cell keeps what Excel put in it: a tab, a CR LF inside a name, an ESC sequence.
    std::string text = "Nom;Ville;Description\r\n\"Dupont\tet fils\x1B\";\"Paris\r\n8e\";\n"
                       "\"Atelier\";Lyon;x\n";
    CsvTable t = parseCsv(text);
    REQUIRE(t.ok);
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    ImportPreview clients = previewImport(ws, ImportKind::Clients, t, guessMapping(ImportKind::Clients, t.header));
    REQUIRE(clients.rows.size() == 2);
    CHECK(clients.rows[0].client.name == "Dupont et fils");
    CHECK(clients.rows[0].client.address.city == "Paris 8e");

    std::string items = "Nom;Description;Prix HT\n\"Forfait\t1\";\"Ligne un\r\nLigne deux\x07\";120\n";
    CsvTable it = parseCsv(items);
    REQUIRE(it.ok);
    ImportPreview catalogue = previewImport(ws, ImportKind::Catalogue, it, guessMapping(ImportKind::Catalogue, it.header));
    REQUIRE(catalogue.rows.size() == 1);
    CHECK(catalogue.rows[0].item.name == "Forfait 1");
    CHECK(catalogue.rows[0].item.description == "Ligne un\nLigne deux");
}

TEST_CASE("a CSV client whose name holds an emoji is reported in the preview, not imported") {
    CsvTable t = parseCsv("Nom;Ville\n\"Fleurs \xF0\x9F\x8C\xB7\";Nantes\n");
    REQUIRE(t.ok);
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    ImportPreview p = previewImport(ws, ImportKind::Clients, t, guessMapping(ImportKind::Clients, t.header));
    REQUIRE(p.rows.size() == 1);
    bool reported = false;
    for (const auto& i : p.rows[0].issues) reported |= i.field == "name" && i.key == "legal.unprintable";
    CHECK(reported);
    CHECK_FALSE(p.rows[0].ok());
}
