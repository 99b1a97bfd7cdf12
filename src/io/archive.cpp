// Packing and verifying the 10-year archive.
#include "io/archive.h"

#include <nlohmann/json.hpp>
#include <map>
#include <set>

#include "core/sha256.h"
#include "io/json_codec.h"
#include "io/zip.h"

namespace facturier::io {

namespace {
using json = nlohmann::json;
constexpr const char* kManifest = "manifest.json";
constexpr const char* kSums = "SHA256SUMS";
std::string sha256Of(const std::vector<std::uint8_t>& data) {
    return sha256Hex(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}
std::vector<std::uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }
std::string textOf(const std::vector<std::uint8_t>& b) { return {b.begin(), b.end()}; }

std::string readMe(const Workspace& ws, Date created, std::size_t documents, std::optional<int> year) {
    std::string scope = year ? " documents émis en " + std::to_string(*year) + "." : " documents émis.";
    return "Archive Facturier — " + ws.seller.name + (ws.seller.siren.empty() ? "" : " (SIREN " + ws.seller.siren + ")") +
           "\r\nCréée le " + created.iso() + " — " + std::to_string(documents) + scope + "\r\n\r\n"
           "Contenu :\r\n"
           "  documents/      chaque document émis en PDF/A-3 (factures et avoirs avec leur XML Factur-X intégré)\r\n"
           "  workspace.json  toutes les données (sauvegarde complète, se restaure dans Facturier)\r\n"
           "  comptabilite/   le FEC (article A47 A-1 du LPF) et les exports CSV\r\n"
           "  journal.json    le journal d'intégrité : chaque émission et chaque paiement, chaînés par SHA-256\r\n"
           "  manifest.json   la taille et l'empreinte SHA-256 de chaque fichier\r\n"
           "  SHA256SUMS      les mêmes empreintes, vérifiables avec « sha256sum -c SHA256SUMS »\r\n\r\n"
           "Vérification : « facturier verify-archive " + archiveFileName(ws, created, year) + " ».\r\n"
           "Conservation : 10 ans (Code de commerce, art. L123-22).\r\n\r\n"
           "Facturier archive: every issued document as PDF/A-3, the full data (workspace.json), the FEC and CSV\r\n"
           "exports, the integrity journal, and SHA-256 hashes of every file (manifest.json, SHA256SUMS).\r\n";
}
}  // namespace

std::string archiveFileName(const Workspace& ws, Date created, std::optional<int> year) {
    std::string id = ws.seller.siren.empty() ? "" : ws.seller.siren + "-";
    return "facturier-archive-" + id + (year ? std::to_string(*year) : created.iso()) + ".zip";
}

std::vector<std::uint8_t> packArchive(const Workspace& ws, std::vector<ArchiveFile> files, Date created, std::optional<int> year) {
    std::size_t documents = 0;
    for (const auto& d : ws.documents) documents += isIssued(d) && (!year || d.issueDate.year() == *year);
    files.push_back({"workspace.json", bytesOf(encodeWorkspace(ws, 1))});
    files.push_back({"journal.json", bytesOf(encodeJournal(ws.journal))});
    files.push_back({"LISEZMOI.txt", bytesOf(readMe(ws, created, documents, year))});

    json list = json::array();
    std::string sums;
    for (const auto& f : files) {
        std::string hash = sha256Of(f.data);
        list.push_back({{"path", f.path}, {"size", f.data.size()}, {"sha256", hash}});
        sums += hash + "  " + f.path + "\n";
    }
    json manifest = {{"format", "facturier-archive"},
                     {"version", 1},
                     {"created", created.iso()},
                     {"seller", {{"name", ws.seller.name}, {"siren", ws.seller.siren}}},
                     {"year", year ? json(*year) : json(nullptr)},
                     {"issuedDocuments", documents},
                     {"journal", {{"entries", ws.journal.size()}, {"head", ws.journal.headHash()}}},
                     {"files", list}};
    std::string manifestText = manifest.dump(1);
    sums += sha256Hex(manifestText) + "  " + kManifest + "\n";

    ZipWriter zip(created);
    for (const auto& f : files) zip.add(f.path, f.data);
    zip.add(kManifest, manifestText);
    zip.add(kSums, sums);
    return zip.finish();
}

ArchiveCheck verifyArchive(const std::vector<std::uint8_t>& bytes) {
    ArchiveCheck c;
    ZipContents zip = readZip(bytes);
    if (!zip.ok) {
        c.problems.push_back("archive: " + zip.error);
        return c;
    }
    for (const auto& e : zip.entries)
        if (!e.crcOk) c.problems.push_back(e.name + ": damaged (CRC-32 mismatch)");
    // Two entries under one name: an unzip tool keeps one of them, the other document is lost.
    std::map<std::string, std::size_t> entryNames;
    for (const auto& e : zip.entries) ++entryNames[e.name];
    for (const auto& [name, n] : entryNames)
        if (n > 1) c.problems.push_back(name + ": " + std::to_string(n) + " files under this name in the archive");

    const ZipEntry* manifestEntry = zip.find(kManifest);
    if (!manifestEntry) {
        c.problems.push_back(std::string(kManifest) + ": missing");
        return c;
    }
    json manifest = json::parse(textOf(manifestEntry->data), nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_array() ||
        manifest.value("format", "") != "facturier-archive") {
        c.problems.push_back(std::string(kManifest) + ": unreadable");
        return c;
    }
    // The manifest itself is checked against SHA256SUMS.
    if (const ZipEntry* sums = zip.find(kSums)) {
        std::string expected = sha256Of(manifestEntry->data) + "  " + kManifest + "\n";
        if (textOf(sums->data).find(expected) == std::string::npos)
            c.problems.push_back(std::string(kManifest) + ": does not match SHA256SUMS");
    } else {
        c.problems.push_back(std::string(kSums) + ": missing");
    }

    std::set<std::string> listed = {kManifest, kSums};
    for (const auto& f : manifest["files"]) {
        if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("sha256") ||
            !f["sha256"].is_string() || !f.contains("size") || !f["size"].is_number_unsigned()) {
            c.problems.push_back(std::string(kManifest) + ": a file entry is malformed");
            continue;
        }
        std::string path = f["path"].get<std::string>();
        if (!listed.insert(path).second) c.problems.push_back(path + ": listed twice in the manifest");
        ++c.files;
        const ZipEntry* e = zip.find(path);
        if (!e) { c.problems.push_back(path + ": missing from the archive"); continue; }
        if (e->data.size() != f["size"].get<std::size_t>()) c.problems.push_back(path + ": size differs from the manifest");
        else if (sha256Of(e->data) != f["sha256"].get<std::string>()) c.problems.push_back(path + ": SHA-256 mismatch");
    }
    for (const auto& e : zip.entries)
        if (!listed.count(e.name)) c.problems.push_back(e.name + ": not in the manifest");
    for (const auto& e : zip.entries) c.documents += e.name.rfind("documents/", 0) == 0;
    if (manifest.contains("issuedDocuments") && manifest["issuedDocuments"].is_number_unsigned() &&
        manifest["issuedDocuments"].get<std::size_t>() != c.documents)
        c.problems.push_back("documents/: " + std::to_string(c.documents) + " PDF files, the manifest announces " +
                             std::to_string(manifest["issuedDocuments"].get<std::size_t>()));

    // The journal holds together and is the one the manifest and the workspace name.
    std::string head;
    if (const ZipEntry* j = zip.find("journal.json")) {
        auto entries = decodeJournal(textOf(j->data));
        if (!entries.ok()) c.problems.push_back("journal.json: " + entries.error().text());
        else {
            c.journalEntries = entries.get().size();
            if (auto p = verifyJournal(entries.get()))
                c.problems.push_back("journal.json: entry " + std::to_string(p->index + 1) + ": " + p->reason);
            head = entries.get().empty() ? "" : entries.get().back().hash;
            if (manifest.contains("journal") && manifest["journal"].value("head", "") != head)
                c.problems.push_back("journal.json: its last hash differs from the manifest");
        }
    } else {
        c.problems.push_back("journal.json: missing");
    }
    if (const ZipEntry* w = zip.find("workspace.json")) {
        auto ws = decodeWorkspace(textOf(w->data));
        if (!ws.ok()) c.problems.push_back("workspace.json: " + ws.error().text());
        else {
            for (const auto& p : integrityProblems(ws.get())) c.problems.push_back("workspace.json: " + p);
            if (ws.get().journal.headHash() != head) c.problems.push_back("workspace.json: its journal differs from journal.json");
        }
    } else {
        c.problems.push_back("workspace.json: missing");
    }
    c.ok = c.problems.empty();
    return c;
}

}  // namespace facturier::io
