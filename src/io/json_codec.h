// JSON for every core type (nlohmann_json). Saved workspaces carry schemaVersion and go through the
// migration hook; decoding never crashes and never half-applies: it returns a value or an error with
// the path of the first bad field ("documents[3].lines[0].vatRate: expected a decimal string").
#pragma once

#include <string>
#include <variant>

#include "core/workspace.h"

namespace facturier::io {

struct DecodeError {
    std::string path;
    std::string message;
    std::string text() const { return path.empty() ? message : path + ": " + message; }
};

template <typename T>
struct Decoded {
    std::variant<T, DecodeError> value;
    bool ok() const { return value.index() == 0; }
    const T& get() const { return std::get<0>(value); }
    T& get() { return std::get<0>(value); }
    const DecodeError& error() const { return std::get<1>(value); }
};

std::string encodeWorkspace(const Workspace& ws, int indent = -1);
Decoded<Workspace> decodeWorkspace(const std::string& text);

std::string encodeDocument(const Document& d);
Decoded<Document> decodeDocument(const std::string& text);
std::string encodeClient(const Client& c);
Decoded<Client> decodeClient(const std::string& text);
std::string encodeRecurring(const RecurringTemplate& t);
std::string encodeJournal(const Journal& journal);  // the entries as a JSON array
Decoded<std::vector<JournalEntry>> decodeJournal(const std::string& text);
Decoded<RecurringTemplate> decodeRecurring(const std::string& text);
std::string encodeSeller(const Seller& s);
Decoded<Seller> decodeSeller(const std::string& text);

// Older saved workspaces are brought up to kSchemaVersion by decodeWorkspace's migration hook
// (version 0, before schemaVersion existed, stored line VAT rates as numbers); a newer version is an error.

}  // namespace facturier::io
