// Backup export and checked restore.
#include "app/backup.h"

#include "core/printable.h"
#include "io/json_codec.h"

namespace facturier::app {

std::string exportBackup(const Workspace& ws) { return io::encodeWorkspace(ws, 1); }

std::string backupFileName(Date today) { return "facturier-sauvegarde-" + today.iso() + ".json"; }

BackupCheck checkBackup(const std::string& text) {
    BackupCheck c;
    auto decoded = io::decodeWorkspace(text);
    if (!decoded.ok()) {
        c.errorKey = "backup.invalid";
        c.detail = decoded.error().text();
        return c;
    }
    auto issues = integrityIssues(decoded.get());
    if (!issues.empty()) {
        c.errorKey = "backup.integrity";
        for (const auto& i : issues) c.detail += (c.detail.empty() ? "" : "; ") + i.text;
        c.issues = std::move(issues);
        return c;
    }
    c.ok = true;
    c.workspace = std::move(decoded.get());
    // A backup is outside data (edited by hand, made by another tool): its editable texts get the
    // normalisation typed text gets. Issued documents stay as issued.
    normalizeEditableTexts(c.workspace);
    c.documents = c.workspace.documents.size();
    c.clients = c.workspace.clients.size();
    return c;
}

}  // namespace facturier::app
