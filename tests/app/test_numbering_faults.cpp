// The reported numbering fault (two issued invoices numbered F-2026-0120, none numbered F-2026-0121)
// from every entry point of the app: the backup check and restore, the archive and its verification,
// and the file names of every export.
#include <doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../core/fixtures.h"
#include "app/archive.h"
#include "app/backup.h"
#include "app/exports.h"
#include "io/archive.h"
#include "io/json_codec.h"
#include "io/zip.h"

using namespace facturier;

namespace {
const char* kDuplicate = "F-2026-0120 is used by 2 documents";
const char* kGap = "F-2026-0121 is missing between F-2026-0120 and F-2026-0122";
bool mentions(const std::vector<std::string>& problems, const std::string& what) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(what) != std::string::npos; });
}
std::string fixturePath() { return std::string(FACTURIER_SOURCE_DIR) + "/tests/cli/numbering-fault.json"; }
}  // namespace

TEST_CASE("a backup with a number used twice and one missing is refused by the restore, both named") {
    Workspace ws = testing::workspaceWithNumberingFault();
    app::BackupCheck check = app::checkBackup(app::exportBackup(ws));
    CHECK_FALSE(check.ok);
    CHECK(check.errorKey == "backup.integrity");
    CHECK(check.detail == std::string(kDuplicate) + "; " + kGap);
    REQUIRE(check.issues.size() == 2);
    CHECK(check.issues[0].key == "numbering.duplicate");
    CHECK(check.issues[1].key == "numbering.gap");
}

TEST_CASE("verify-archive names a number used twice and one missing") {
    Workspace ws = testing::workspaceWithNumberingFault();
    app::ArchiveResult r = app::buildArchive(ws, Date::fromYmd(2026, 11, 23));  // the CLI and the app refuse; an older version did not
    REQUIRE(r.ok);
    io::ArchiveCheck check = io::verifyArchive(r.bytes);
    CHECK_FALSE(check.ok);
    CHECK(mentions(check.problems, std::string("workspace.json: ") + kDuplicate));
    CHECK(mentions(check.problems, std::string("workspace.json: ") + kGap));
}

TEST_CASE("the archive of a workspace with a number used twice keeps both documents' PDFs") {
    Workspace ws = testing::workspaceWithNumberingFault();
    app::ArchiveResult r = app::buildArchive(ws, Date::fromYmd(2026, 11, 23));
    REQUIRE(r.ok);
    io::ZipContents zip = io::readZip(r.bytes);
    REQUIRE(zip.ok);
    std::set<std::string> pdfs;
    for (const auto& e : zip.entries)
        if (e.name.rfind("documents/", 0) == 0) pdfs.insert(e.name);
    CHECK(pdfs.size() == 3);
    for (const auto& d : ws.documents) {
        bool named = std::any_of(pdfs.begin(), pdfs.end(), [&](const std::string& n) {
            return d.number == "F-2026-0120" ? n.find("F-2026-0120") != std::string::npos && n.find(d.id) != std::string::npos
                                             : n.find(d.number) != std::string::npos;
        });
        CHECK_MESSAGE(named, d.id);
    }
}

TEST_CASE("batch and download file names are never shared: a number used twice gets each document's id") {
    Workspace ws = testing::workspaceWithNumberingFault();
    REQUIRE(ws.documents.size() == 3);
    const std::string a = ws.documents[0].id, b = ws.documents[1].id;
    CHECK(app::documentFileNames(ws, "pdf", true) ==
          std::vector<std::string>{"F-2026-0120_" + a + ".pdf", "F-2026-0120_" + b + ".pdf", "F-2026-0122.pdf"});
    CHECK(app::documentFileName(ws, ws.documents[1], "xml").find("_" + b + ".xml") != std::string::npos);
    CHECK(app::documentFileName(ws, ws.documents[2], "pdf").find(ws.documents[2].id) == std::string::npos);  // no need there

    // Numbers that differ only once made safe for a file name, or by case, do not share one either.
    ws.documents.mutableAt(0).number = "F/2026/1";
    ws.documents.mutableAt(1).number = "F-2026-1";
    ws.documents.mutableAt(2).number = "f-2026-1";
    auto names = app::documentFileNames(ws, "pdf", true);
    std::set<std::string> folded;
    for (auto n : names) {
        std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        CHECK(n.find('/') == std::string::npos);
        folded.insert(n);
    }
    CHECK(folded.size() == 3);
}

TEST_CASE("the CLI's numbering-fault fixture is that workspace: only the two numbering problems") {
    if (std::getenv("FACTURIER_WRITE_FIXTURES")) {  // regenerate it: FACTURIER_WRITE_FIXTURES=1 test_app
        std::ofstream(fixturePath(), std::ios::binary) << io::encodeWorkspace(testing::workspaceWithNumberingFault(), 2) << "\n";
    }
    std::ifstream in(fixturePath(), std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    auto ws = io::decodeWorkspace(text.str());
    REQUIRE(ws.ok());
    CHECK(integrityProblems(ws.get()) == std::vector<std::string>{kDuplicate, kGap});
}
