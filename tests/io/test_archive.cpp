#include <doctest.h>

#include "app/session.h"
#include "core/sha256.h"
#include "io/archive.h"
#include "io/json_codec.h"
#include "io/zip.h"

using namespace facturier;
using namespace facturier::io;

namespace {
Workspace sample() { return app::sampleWorkspace(Date::fromYmd(2026, 11, 23)); }
std::vector<std::uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }
// The sample's issued documents as stand-in PDFs (io does not render), and a FEC.
std::vector<std::uint8_t> sampleArchive() {
    Workspace ws = sample();
    std::vector<ArchiveFile> files;
    for (const auto& d : ws.documents)
        if (isIssued(d)) files.push_back({"documents/" + d.number + ".pdf", bytes("%PDF-1.7 pretend pdf bytes of " + d.number)});
    files.push_back({"comptabilite/FEC.txt", bytes("JournalCode|JournalLib\n")});
    return packArchive(ws, files, Date::fromYmd(2026, 11, 23));
}
// Offset of an entry's data in an archive written by ZipWriter.
std::size_t dataOffset(const std::vector<std::uint8_t>& zip, const std::string& name) {
    std::string text(zip.begin(), zip.end());
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1))
        if (at >= 30 && text.compare(at - 30, 4, "PK\x03\x04") == 0) return at + name.size();  // after its local header
    FAIL("no local header for " << name);
    return 0;
}
bool mentions(const ArchiveCheck& c, const std::string& what) {
    for (const auto& p : c.problems)
        if (p.find(what) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("CRC-32 matches the standard check value") {
    std::string s = "123456789";
    CHECK(crc32(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()) == 0xCBF43926u);
}

TEST_CASE("a ZIP written by ZipWriter reads back entry by entry, UTF-8 names included") {
    ZipWriter w(Date::fromYmd(2026, 11, 23));
    w.add("a.txt", std::string("hello"));
    w.add("documents/Société Œuvres.pdf", std::string(70000, 'x'));
    w.add("empty", std::string());
    auto zip = readZip(w.finish());
    REQUIRE_MESSAGE(zip.ok, zip.error);
    REQUIRE(zip.entries.size() == 3);
    CHECK(zip.find("documents/Société Œuvres.pdf")->data.size() == 70000);
    CHECK(std::string(zip.find("a.txt")->data.begin(), zip.find("a.txt")->data.end()) == "hello");
    for (const auto& e : zip.entries) CHECK(e.crcOk);
}

TEST_CASE("a fresh archive verifies: every file, the manifest, the journal") {
    auto check = verifyArchive(sampleArchive());
    CHECK(check.ok);
    CHECK(check.problems.empty());
    CHECK(check.files == 9);  // 5 PDFs and the FEC + workspace.json, journal.json, LISEZMOI.txt
    CHECK(check.documents == 5);
    CHECK(check.journalEntries == sample().journal.size());
}

TEST_CASE("an archive with one flipped byte fails and names the file") {
    auto zip = sampleArchive();
    zip[dataOffset(zip, "documents/F-2026-0001.pdf") + 3] ^= 0x01;
    auto check = verifyArchive(zip);
    CHECK_FALSE(check.ok);
    CHECK(mentions(check, "documents/F-2026-0001.pdf: damaged (CRC-32 mismatch)"));
    CHECK(mentions(check, "documents/F-2026-0001.pdf: SHA-256 mismatch"));
    CHECK_FALSE(mentions(check, "workspace.json"));
}

TEST_CASE("a flipped byte in the manifest is caught by its CRC and SHA256SUMS") {
    auto zip = sampleArchive();
    std::size_t at = dataOffset(zip, "manifest.json");
    zip[at + 40] ^= 0x02;
    auto check = verifyArchive(zip);
    CHECK_FALSE(check.ok);
    CHECK(mentions(check, "manifest.json"));
}

TEST_CASE("a workspace edited inside the archive, with its hashes recomputed, still fails on the journal") {
    // Someone rewrites an issued amount and rebuilds manifest and sums: the journal tells.
    Workspace ws = sample();
    Document& d = ws.documents.mutableAt(0);
    d.lines[0].unitPrice.scaled += 10000;
    auto zip = packArchive(ws, {}, Date::fromYmd(2026, 11, 23), 2019);  // a year without documents: no PDF expected
    auto check = verifyArchive(zip);
    CHECK_FALSE(check.ok);
    CHECK(mentions(check, "workspace.json: " + d.number + ": changed after it was issued"));
}

TEST_CASE("a truncated archive is reported as such") {
    auto zip = sampleArchive();
    zip.resize(zip.size() / 2);
    auto check = verifyArchive(zip);
    CHECK_FALSE(check.ok);
    REQUIRE(check.problems.size() == 1);
    CHECK(check.problems[0].rfind("archive: ", 0) == 0);
}

TEST_CASE("a file added to the archive or missing from it is named") {
    auto good = readZip(sampleArchive());
    ZipWriter w(Date::fromYmd(2026, 11, 23));
    for (const auto& e : good.entries)
        if (e.name != "comptabilite/FEC.txt") w.add(e.name, e.data);
    w.add("documents/extra.pdf", std::string("%PDF"));
    auto check = verifyArchive(w.finish());
    CHECK(mentions(check, "comptabilite/FEC.txt: missing from the archive"));
    CHECK(mentions(check, "documents/extra.pdf: not in the manifest"));
}

TEST_CASE("an archive missing one document's PDF is refused: the manifest announces every document") {
    Workspace ws = sample();
    auto zip = packArchive(ws, {{"documents/F-2026-0001.pdf", bytes("%PDF")}}, Date::fromYmd(2026, 11, 23));
    auto check = verifyArchive(zip);
    CHECK_FALSE(check.ok);
    CHECK(mentions(check, "documents/: 1 PDF files, the manifest announces 5"));
}

TEST_CASE("a yearly archive names its year and holds that year's documents") {
    Workspace ws = sample();
    CHECK(archiveFileName(ws, Date::fromYmd(2027, 1, 15), 2026) == "facturier-archive-732829320-2026.zip");
    CHECK(archiveFileName(ws, Date::fromYmd(2027, 1, 15)) == "facturier-archive-732829320-2027-01-15.zip");
    auto zip = packArchive(ws, {}, Date::fromYmd(2027, 1, 15), 2025);
    auto check = verifyArchive(zip);
    CHECK(check.ok);
    CHECK(check.documents == 0);
    auto manifest = readZip(zip).find("manifest.json");
    REQUIRE(manifest);
    CHECK(std::string(manifest->data.begin(), manifest->data.end()).find("\"year\": 2025") != std::string::npos);
}

TEST_CASE("an archive holding two files under one name is refused: unzipping keeps only one of them") {
    Workspace ws = sample();
    std::vector<ArchiveFile> files;
    for (const auto& d : ws.documents)
        if (isIssued(d)) files.push_back({"documents/" + d.number + ".pdf", bytes("%PDF-1.7 pretend pdf bytes of " + d.number)});
    files.push_back(files.front());  // the same name twice, as a number used by two documents once gave
    ArchiveCheck c = verifyArchive(packArchive(ws, files, Date::fromYmd(2026, 11, 23)));
    CHECK_FALSE(c.ok);
    CHECK(mentions(c, files.front().path + ": 2 files under this name in the archive"));
    CHECK(mentions(c, files.front().path + ": listed twice in the manifest"));
}
