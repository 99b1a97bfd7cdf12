// facturier: the command-line program over app/ — render, validate, batch, export (CSV, FEC, JSON),
// archive, verify-archive, restore, sample. Errors go to stderr with exit code 2 (1: checks failed).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "app/archive.h"
#include "app/clock.h"
#include "app/backup.h"
#include "app/exports.h"
#include "app/session.h"
#include "io/archive.h"
#include "io/csv_export.h"
#include "io/fec.h"
#include "io/json_codec.h"
#include "pdf/invoice_pdf.h"

using namespace facturier;

namespace {
const char* kUsage =
    "Usage: facturier <command> [options]\n"
    "\n"
    "Commands:\n"
    "  render WORKSPACE.json DOC-ID -o FILE.pdf [--xml FILE.xml]\n"
    "                                             render one document (id or number) to PDF, and\n"
    "                                             optionally write its Factur-X XML\n"
    "  validate WORKSPACE.json [DOC-ID]           list missing or wrong mandatory mentions and characters\n"
    "                                             the PDF cannot print: number, severity, key, field\n"
    "                                             path and what the message names, tab-separated\n"
    "  batch WORKSPACE.json -o DIR                render every issued document: DIR/<number>.pdf, and\n"
    "                                             DIR/<number>.xml for invoices and credit notes (a number\n"
    "                                             used twice is reported, and each of its documents gets\n"
    "                                             its id added: <number>_<id>.pdf)\n"
    "  export csv WORKSPACE.json -o DIR [--separator ,]\n"
    "                                             documents.csv, lines.csv, payments.csv, clients.csv\n"
    "                                             (UTF-8, \";\" by default)\n"
    "  export fec WORKSPACE.json --closing YYYY-MM-DD -o DIR\n"
    "                                             the FEC (art. A47 A-1 LPF) up to the closing date\n"
    "  export json WORKSPACE.json -o BACKUP.json  a full backup, checked like the app's (fields, journal)\n"
    "  archive WORKSPACE.json -o FILE.zip [--year YYYY] [--date YYYY-MM-DD]\n"
    "                                             the 10-year archive (dated --date, by default today\n"
    "                                             in the local time zone): every issued document's PDF\n"
    "                                             (or those of one year),\n"
    "                                             the JSON, the FEC, CSV exports, the journal and a\n"
    "                                             manifest of SHA-256 hashes\n"
    "  verify-archive FILE.zip                    check every file of an archive against its manifest\n"
    "                                             and the integrity journal; names any damaged file\n"
    "  restore BACKUP.json -o WORKSPACE.json [--replace]\n"
    "                                             check a backup completely, then write it; nothing is\n"
    "                                             written when it is damaged, and an existing workspace\n"
    "                                             is only replaced with --replace\n"
    "  sample [--corpus] [--date YYYY-MM-DD] [-o FILE.json]\n"
    "                                             write the sample workspace (stdout by default), its\n"
    "                                             documents dated around --date (2026-11-23 by default,\n"
    "                                             so it is the same every day);\n"
    "                                             --corpus: documents of every type and VAT case\n"
    "\n"
    "Options:\n"
    "  --help       show this help\n"
    "  --version    show the version\n"
    "\n"
    "Environment:\n"
    "  TZ            the time zone of \"today\" (the local calendar day, never the UTC day)\n"
    "  FACTURIER_NOW an ISO instant taken as now, e.g. 2026-11-29T23:30:00Z (tests, re-runs)\n"
    "\n"
    "Facturier keeps everything on your machine: it never opens a network connection.\n";

// [SECTION] Helpers
bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

bool writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(f);
}

int fail(const std::string& message) {
    std::cerr << "facturier: " << message << "\n";
    return 2;
}

bool loadWorkspace(const std::string& path, Workspace& ws, int& code) {
    std::string text;
    if (!readFile(path, text)) { code = fail("cannot read " + path); return false; }
    auto decoded = io::decodeWorkspace(text);
    if (!decoded.ok()) { code = fail(path + " is not a valid workspace: " + decoded.error().text()); return false; }
    ws = decoded.get();
    return true;
}

std::string option(std::vector<std::string>& args, const std::string& name) {
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name) {
            std::string v = args[i + 1];
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
            return v;
        }
    return "";
}

// [SECTION] Documents
int cmdRender(std::vector<std::string> args) {
    std::string out = option(args, "-o");
    std::string xmlOut = option(args, "--xml");
    if (args.size() != 2 || out.empty()) return fail("usage: facturier render WORKSPACE.json DOC-ID -o FILE.pdf [--xml FILE.xml]");
    Workspace ws;
    int code = 0;
    if (!loadWorkspace(args[0], ws, code)) return code;
    const Document* d = ws.findDocument(args[1]);
    if (!d) {
        std::string ids;
        for (const auto& doc : ws.documents)
            if (doc.number == args[1]) { ids += (d ? ", " : "") + doc.id; d = &doc; }
        if (ids.find(',') != std::string::npos)
            return fail(args[1] + " is used by several documents (" + ids + "): give the id of the one to render");
    }
    if (!d) return fail("no document with id or number \"" + args[1] + "\" in " + args[0]);
    auto r = app::documentPdf(ws, *d);
    if (!r.ok) return fail("could not render " + args[1] + ": " + r.error);
    if (!xmlOut.empty()) {
        std::string xml = app::facturXml(ws, *d);
        if (xml.empty()) return fail(args[1] + " is a quote: quotes have no e-invoice XML");
        std::ofstream x(xmlOut, std::ios::binary);
        x << xml;
        if (!x) return fail("cannot write " + xmlOut);
    }
    std::ofstream f(out, std::ios::binary);
    f.write(reinterpret_cast<const char*>(r.bytes.data()), static_cast<std::streamsize>(r.bytes.size()));
    if (!f) return fail("cannot write " + out);
    std::cout << out << ": " << r.pages << " page(s), " << r.bytes.size() << " bytes\n";
    return 0;
}

int cmdValidate(std::vector<std::string> args) {
    if (args.empty() || args.size() > 2) return fail("usage: facturier validate WORKSPACE.json [DOC-ID]");
    Workspace ws;
    int code = 0;
    if (!loadWorkspace(args[0], ws, code)) return code;
    int errors = 0;
    for (const auto& d : ws.documents) {
        if (args.size() == 2 && d.id != args[1] && d.number != args[1]) continue;
        const Seller& seller = isIssued(d) ? d.seller : ws.seller;
        for (const auto& i : validate(d, seller)) {
            std::cout << (d.number.empty() ? d.id : d.number) << "\t"
                      << (i.severity == Severity::Error ? "error" : "warning") << "\t" << i.key << "\t" << i.path
                      << (i.detail.empty() ? "" : "\t" + i.detail) << "\n";
            if (i.severity == Severity::Error) ++errors;
        }
    }
    for (const auto& problem : integrityProblems(ws)) {
        std::cout << "integrity\terror\t" << problem << "\n";
        ++errors;
    }
    return errors ? 1 : 0;
}

int cmdBatch(std::vector<std::string> args) {
    std::string dir = option(args, "-o");
    if (args.size() != 1 || dir.empty()) return fail("usage: facturier batch WORKSPACE.json -o DIR");
    Workspace ws;
    int code = 0;
    if (!loadWorkspace(args[0], ws, code)) return code;
    std::filesystem::create_directories(dir);
    // What does not hold together is said (a number used twice, one missing …), and a number used
    // twice never costs a file: each document gets its own name.
    auto problems = integrityProblems(ws);
    for (const auto& p : problems) std::cerr << "facturier: " << args[0] << ": " << p << "\n";
    auto pdfNames = app::documentFileNames(ws, "pdf", true), xmlNames = app::documentFileNames(ws, "xml", true);
    int count = 0, failed = 0;
    for (std::size_t i = 0; i < ws.documents.size(); ++i) {
        const Document& d = ws.documents[i];
        if (!isIssued(d)) continue;
        auto r = app::documentPdf(ws, d);
        if (!r.ok) { std::cerr << "facturier: " << d.number << ": " << r.error << "\n"; ++failed; continue; }
        std::string xml = app::facturXml(ws, d);
        if (!writeBytes(dir + "/" + pdfNames[i], r.bytes) ||
            (!xml.empty() && !writeBytes(dir + "/" + xmlNames[i], std::vector<std::uint8_t>(xml.begin(), xml.end())))) {
            std::cerr << "facturier: cannot write " << dir << "/" << pdfNames[i] << "\n";
            ++failed;
            continue;
        }
        ++count;
    }
    std::cout << count << " document(s) rendered into " << dir << (failed ? ", " + std::to_string(failed) + " failed" : "")
              << (problems.empty() ? "" : ", " + std::to_string(problems.size()) + " integrity problem(s)") << "\n";
    return failed || !problems.empty() ? 1 : 0;
}

// [SECTION] Exports
int cmdExportFec(std::vector<std::string> args) {
    std::string dir = option(args, "-o");
    auto closing = parseIsoDate(option(args, "--closing"));
    if (args.size() != 2 || dir.empty() || !closing) return fail("usage: facturier export fec WORKSPACE.json --closing YYYY-MM-DD -o DIR");
    Workspace ws;
    int code = 0;
    if (!loadWorkspace(args[1], ws, code)) return code;
    std::filesystem::create_directories(dir);
    std::string path = dir + "/" + io::fecFileName(ws, *closing);
    std::ofstream f(path, std::ios::binary);
    f << io::fecText(ws, *closing);
    if (!f) return fail("cannot write " + path);
    std::cout << path << "\n";
    return 0;
}

// A backup as the app makes it: the workspace checked (fields and journal), then written indented.
int cmdExportJson(std::vector<std::string> args) {
    std::string out = option(args, "-o");
    if (args.size() != 2 || out.empty()) return fail("usage: facturier export json WORKSPACE.json -o BACKUP.json");
    std::string text;
    if (!readFile(args[1], text)) return fail("cannot read " + args[1]);
    auto check = app::checkBackup(text);
    if (!check.ok) return fail(args[1] + " cannot be exported (" + check.errorKey + "): " + check.detail);
    std::ofstream f(out, std::ios::binary);
    f << app::exportBackup(check.workspace);
    if (!f) return fail("cannot write " + out);
    std::cout << out << ": " << check.documents << " document(s), " << check.clients << " client(s)\n";
    return 0;
}

int cmdExport(std::vector<std::string> args) {
    if (!args.empty() && args[0] == "fec") return cmdExportFec(args);
    if (!args.empty() && args[0] == "json") return cmdExportJson(args);
    std::string dir = option(args, "-o");
    std::string sep = option(args, "--separator");
    if (args.size() != 2 || args[0] != "csv" || dir.empty() || (!sep.empty() && sep != "," && sep != ";"))
        return fail("usage: facturier export csv WORKSPACE.json -o DIR [--separator ,]");
    Workspace ws;
    int code = 0;
    if (!loadWorkspace(args[1], ws, code)) return code;
    io::CsvOptions o;
    if (!sep.empty()) o.separator = sep[0];
    std::filesystem::create_directories(dir);
    const std::pair<const char*, std::string> files[] = {{"documents.csv", io::documentsCsv(ws, o)}, {"lines.csv", io::linesCsv(ws, o)},
                                                         {"payments.csv", io::paymentsCsv(ws, o)}, {"clients.csv", io::clientsCsv(ws, o)}};
    for (const auto& [name, text] : files) {
        std::ofstream f(dir + "/" + name, std::ios::binary);
        f << text;
        if (!f) return fail("cannot write " + dir + "/" + name);
    }
    std::cout << "4 CSV files written into " << dir << "\n";
    return 0;
}

// [SECTION] Archive and restore
// Today as the user lives it: the local calendar day (TZ), not the UTC day — at 00:30 in Paris the
// UTC day is still yesterday. FACTURIER_NOW (an ISO instant with its offset) stands for now.
std::optional<Date> localToday(int& code) {
    std::int64_t now = app::nowEpochSeconds();
    if (const char* fixed = std::getenv("FACTURIER_NOW"); fixed && *fixed) {
        auto instant = parseIsoInstant(fixed);
        if (!instant) { code = fail(std::string("FACTURIER_NOW=") + fixed + " is not an ISO instant such as 2026-11-29T23:30:00Z"); return std::nullopt; }
        now = *instant;
    }
    return app::localDayAt(now);
}

int cmdArchive(std::vector<std::string> args) {
    std::string out = option(args, "-o");
    std::string dateText = option(args, "--date");
    std::string yearText = option(args, "--year");
    int code = 0;
    std::optional<Date> date;
    if (!dateText.empty()) date = parseIsoDate(dateText);
    else if (!(date = localToday(code))) return code;
    std::optional<int> year;
    if (!yearText.empty()) {
        auto y = parseDecimal(yearText);
        if (!y || y->scaled % Decimal::kScale != 0 || y->scaled / Decimal::kScale < 1900 || y->scaled / Decimal::kScale > 9999) date.reset();
        else year = static_cast<int>(y->scaled / Decimal::kScale);
    }
    if (args.size() != 1 || out.empty() || !date)
        return fail("usage: facturier archive WORKSPACE.json -o FILE.zip [--year YYYY] [--date YYYY-MM-DD]");
    Workspace ws;
    if (!loadWorkspace(args[0], ws, code)) return code;
    if (auto problems = integrityProblems(ws); !problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "; ") + p;
        return fail(args[0] + " does not hold together (" + all + "): archive refused");
    }
    auto r = app::buildArchive(ws, *date, {}, year);
    if (!r.ok) return fail("could not render " + r.error);
    if (!writeBytes(out, r.bytes)) return fail("cannot write " + out);
    std::cout << out << ": " << r.documents << " document(s), " << r.bytes.size() << " bytes\n";
    return 0;
}

int cmdVerifyArchive(std::vector<std::string> args) {
    if (args.size() != 1) return fail("usage: facturier verify-archive FILE.zip");
    std::string text;
    if (!readFile(args[0], text)) return fail("cannot read " + args[0]);
    auto check = io::verifyArchive(std::vector<std::uint8_t>(text.begin(), text.end()));
    if (!check.ok) {
        for (const auto& p : check.problems) std::cout << "FAILED\t" << p << "\n";
        std::cout << args[0] << ": " << check.problems.size() << " problem(s)\n";
        return 1;
    }
    std::cout << args[0] << ": OK — " << check.files << " files match their SHA-256, " << check.documents
              << " issued documents, journal of " << check.journalEntries << " entries intact\n";
    return 0;
}

int cmdRestore(std::vector<std::string> args) {
    std::string out = option(args, "-o");
    bool replace = std::find(args.begin(), args.end(), "--replace") != args.end();
    args.erase(std::remove(args.begin(), args.end(), "--replace"), args.end());
    if (args.size() != 1 || out.empty()) return fail("usage: facturier restore BACKUP.json -o WORKSPACE.json [--replace]");
    std::string text;
    if (!readFile(args[0], text)) return fail("cannot read " + args[0]);
    auto check = app::checkBackup(text);
    if (!check.ok) return fail(args[0] + " cannot be restored (" + check.errorKey + "): " + check.detail + "; nothing was written");
    if (std::filesystem::exists(out) && !replace)
        return fail(out + " already exists: add --replace to replace it with the backup; nothing was written");
    std::string tmp = out + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary);
        f << io::encodeWorkspace(check.workspace, 2) << "\n";
        if (!f) { std::filesystem::remove(tmp); return fail("cannot write " + out + "; nothing was changed"); }
    }
    std::filesystem::rename(tmp, out);  // all at once
    std::cout << out << ": restored " << check.documents << " document(s) and " << check.clients << " client(s)\n";
    return 0;
}

// [SECTION] Sample data
int cmdSample(std::vector<std::string> args) {
    std::string out = option(args, "-o");
    std::string dateText = option(args, "--date");
    auto date = dateText.empty() ? std::optional<Date>(Date::fromYmd(2026, 11, 23)) : parseIsoDate(dateText);
    if (!date) return fail("usage: facturier sample [--corpus] [--date YYYY-MM-DD] [-o FILE.json]");
    bool corpus = std::find(args.begin(), args.end(), "--corpus") != args.end();
    std::vector<std::string> failures;
    Workspace ws = corpus ? app::corpusWorkspace(&failures) : app::sampleWorkspace(*date);
    for (const auto& f : failures) std::cerr << "facturier: corpus document not issued: " << f << "\n";
    std::string json = io::encodeWorkspace(ws, 2);
    if (out.empty()) { std::cout << json << "\n"; return 0; }
    std::ofstream f(out, std::ios::binary);
    f << json << "\n";
    return f ? 0 : fail("cannot write " + out);
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) { std::cerr << kUsage; return 2; }
    std::string cmd = args[0];
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") { std::cout << kUsage; return 0; }
    if (cmd == "--version") { std::cout << "facturier " << FACTURIER_VERSION << "\n"; return 0; }
    if (cmd == "render") return cmdRender(args);
    if (cmd == "validate") return cmdValidate(args);
    if (cmd == "sample") return cmdSample(args);
    if (cmd == "batch") return cmdBatch(args);
    if (cmd == "export") return cmdExport(args);
    if (cmd == "archive") return cmdArchive(args);
    if (cmd == "verify-archive") return cmdVerifyArchive(args);
    if (cmd == "restore") return cmdRestore(args);
    return fail("unknown command \"" + cmd + "\" (see facturier --help)");
}
