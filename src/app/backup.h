// A full backup of the workspace as one JSON file, and its restore: everything is validated first
// (JSON, every field with its path, the integrity journal), then applied all at once or not at all.
#pragma once

#include <string>

#include "core/workspace.h"

namespace facturier::app {

// The backup text (indented JSON with schemaVersion) and its suggested file name.
std::string exportBackup(const Workspace& ws);
std::string backupFileName(Date today);  // "facturier-sauvegarde-2026-11-23.json"

struct BackupCheck {
    bool ok = false;
    std::string errorKey;     // "backup.invalid", "backup.integrity"
    std::string detail;       // "documents[3].lines[0].vatRate: expected a decimal string" …; every integrity problem
    std::vector<IntegrityIssue> issues;  // backup.integrity: each problem (numbers named), to translate
    Workspace workspace;      // the decoded workspace when ok
    std::size_t documents = 0, clients = 0;
};
// Reads a backup without touching anything. The workspace returned has the control characters of its
// editable texts normalised (core/printable.h normalizeEditableTexts).
BackupCheck checkBackup(const std::string& text);

}  // namespace facturier::app
