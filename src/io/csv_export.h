// CSV exports for the accountant and for reversibility: documents, lines, payments and clients, in
// UTF-8 with a byte order mark (spreadsheets then read accents right), ";" or "," separated, fields
// quoted when they hold the separator, a quote or a line break. Amounts are plain decimals
// ("1234.56"), dates ISO, so any tool reads them back.
#pragma once

#include <string>

#include "core/workspace.h"

namespace facturier::io {

struct CsvOptions {
    char separator = ';';
    bool byteOrderMark = true;
};

std::string documentsCsv(const Workspace& ws, const CsvOptions& o = {});
std::string linesCsv(const Workspace& ws, const CsvOptions& o = {});
std::string paymentsCsv(const Workspace& ws, const CsvOptions& o = {});
std::string clientsCsv(const Workspace& ws, const CsvOptions& o = {});

// One CSV field, quoted when needed (RFC 4180 quoting).
std::string csvField(const std::string& value, char separator);

}  // namespace facturier::io
