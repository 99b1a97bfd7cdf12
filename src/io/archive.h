// The 10-year archive (Code de commerce L123-22): one ZIP holding every issued document's PDF, the
// workspace JSON, the FEC, the integrity journal, a manifest of SHA-256 hashes (also as a
// SHA256SUMS file that `sha256sum -c` reads) and a note saying how to check it; and its verification.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace.h"

namespace facturier::io {

struct ArchiveFile {
    std::string path;                 // "factures/F-2026-0001.pdf"
    std::vector<std::uint8_t> data;
};

// Packs the files with workspace.json, journal.json, manifest.json, SHA256SUMS and LISEZMOI.txt.
// `year`: the documents given are those of that year (said in the manifest and the note).
std::vector<std::uint8_t> packArchive(const Workspace& ws, std::vector<ArchiveFile> files, Date created,
                                      std::optional<int> year = std::nullopt);
// "facturier-archive-732829320-2026-11-23.zip", or "facturier-archive-732829320-2025.zip" for a year.
std::string archiveFileName(const Workspace& ws, Date created, std::optional<int> year = std::nullopt);

struct ArchiveCheck {
    bool ok = false;
    std::size_t files = 0;            // files listed in the manifest
    std::size_t documents = 0;        // document PDFs in the archive
    std::size_t journalEntries = 0;
    std::vector<std::string> problems;  // each names the file: "factures/F-2026-0001.pdf: SHA-256 mismatch"
};
// Checks the ZIP structure and every CRC-32, every file against the manifest's size and SHA-256, no
// file missing or added, the manifest against SHA256SUMS, the journal's hash chain, and that the
// workspace's issued documents match the journal.
ArchiveCheck verifyArchive(const std::vector<std::uint8_t>& bytes);

}  // namespace facturier::io
