// The FEC (fichier des écritures comptables, article A47 A-1 of the Livre des procédures fiscales):
// the 18 columns, "|" separated, amounts with a decimal comma, one balanced entry per issued invoice,
// credit note and payment. Sales journal VT: 411 client (auxiliary account = client), 706 services /
// 707 goods, 44571 VAT collected, 4191 deposits received; bank journal BQ: 512 bank against 411.
#pragma once

#include <string>

#include "core/workspace.h"

namespace facturier::io {

inline const char* kFecColumns[18] = {"JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
                                      "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
                                      "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"};

// Entries dated up to `closing` (inclusive), in euros: a document in another currency is converted at its
// exchange rate, with Montantdevise and Idevise filled (one without a rate cannot be booked: left out).
std::string fecText(const Workspace& ws, Date closing);
// "<SIREN>FEC<YYYYMMDD>.txt"
std::string fecFileName(const Workspace& ws, Date closing);

}  // namespace facturier::io
