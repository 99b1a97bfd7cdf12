// Import of clients and catalogue items from a CSV file: reading (UTF-8 with or without BOM, ";",
// "," or tab separated, RFC 4180 quotes, CRLF or LF), a column mapping guessed from the header and
// editable, a preview where every line carries its own errors, and the import of the valid lines.
#pragma once

#include "core/text.h"

#include <optional>
#include <string>
#include <vector>

#include "core/workspace.h"

namespace facturier::io {

struct CsvTable {
    bool ok = true;
    std::string error;                          // "line 12: unterminated quote"
    std::string errorKey;                       // "import.unterminatedQuote", "import.emptyFile"
    int errorLine = 0;
    char separator = ';';
    bool fromWindows1252 = false;               // the bytes were not UTF-8 (Excel's "CSV" in France): converted
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // without the header; blank lines skipped
    std::vector<int> lineNumbers;               // file line where each row starts (header = line 1)
};
CsvTable parseCsv(const std::string& text);
using facturier::isValidUtf8;  // core/text.h
// Windows-1252 (Latin-1 plus € Œ œ ’ “ ” … in 0x80–0x9F) to UTF-8.
std::string windows1252ToUtf8(const std::string& text);

enum class ImportKind { Clients, Catalogue };

// The fields a column can fill, as translation keys' suffixes ("name", "siren", …): clients:
// name kind siren vatNumber email line1 line2 postcode city country language paymentTermDays;
// catalogue: name description unitCode unitPrice vatRate.
const std::vector<std::string>& importFields(ImportKind kind);
bool isRequiredField(ImportKind kind, const std::string& field);  // name; unitPrice for items
// For each field of importFields(kind), the column it reads (−1: none), guessed from header names
// in French or English ("Raison sociale", "Code postal", "Prix HT", "TVA", …).
std::vector<int> guessMapping(ImportKind kind, const std::vector<std::string>& header);

struct ImportIssue {
    std::string field;   // "siren"; empty for the whole line ("import.cellCount")
    std::string key;     // translation key: "legal.buyerSiren", "import.price", "import.duplicate" …
};
struct ImportRow {
    int line = 0;        // line in the file
    std::size_t cells = 0;  // cells on the line (an error unless the header has as many)
    Client client;       // Clients
    CatalogueItem item;  // Catalogue
    std::vector<ImportIssue> issues;
    bool ok() const { return issues.empty(); }
};
// A comma-separated file whose numbers use a decimal comma: "12,50" unquoted became two cells.
struct DecimalCommaClash {
    int line = 0;               // the first line where it shows
    std::string whole, decimals;  // the two cells: "12" and "50"
};
// The first line of a comma-separated table with more cells than the header where two neighbouring
// cells read as a number cut at its decimal comma ("12" then "50", "1 250" then "50 €").
std::optional<DecimalCommaClash> findDecimalCommaClash(const CsvTable& table);

struct ImportPreview {
    ImportKind kind = ImportKind::Clients;
    std::vector<ImportRow> rows;
    std::size_t valid = 0;
    std::size_t columns = 0;                        // cells in the header
    std::optional<DecimalCommaClash> decimalComma;  // explained above the preview
};
// Reads every row through the mapping and checks it: as many cells as the header (a line with more
// or fewer cannot be read column by column), identifiers, e-mail, country, amounts, VAT rates (for a
// French seller the French rates 20, 10, 5.5, 2.1 or 0; none for a seller under the franchise), and
// duplicates of an existing record or of an earlier line. Nothing changes in the workspace.
ImportPreview previewImport(const Workspace& ws, ImportKind kind, const CsvTable& table, const std::vector<int>& mapping);
// Adds the valid rows (new ids); the invalid ones are left out. Returns how many were added.
std::size_t applyImport(Workspace& ws, const ImportPreview& preview);

}  // namespace facturier::io
