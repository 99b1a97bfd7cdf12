// Your data: a full backup and its checked restore, exports for the accountant (CSV, FEC), the 10-year
// archive, and the import of clients or catalogue items from a CSV file (column mapping, preview with
// an error per line, import of the valid lines).
#pragma once

#include <memory>
#include <string>

#include "app/archive.h"
#include "app/backup.h"
#include "app/session.h"
#include "io/csv_import.h"
#include "pdf/invoice_pdf.h"
#include "ui/i18n.h"
#include "ui/platform.h"

namespace facturier::ui {

class DataView {
public:
    void draw(app::Session& session, const Translator& tr, Platform& platform, const pdf::RenderOptions& pdfOptions);

private:
    void backup(app::Session& session, const Translator& tr, Platform& platform);
    void exports(const app::Session& session, const Translator& tr, Platform& platform, const pdf::RenderOptions& pdfOptions);
    void import(app::Session& session, const Translator& tr, Platform& platform);
    void importPreview(app::Session& session, const Translator& tr);

    std::string message_;
    std::shared_ptr<std::string> pickedBackup_;   // the text of a backup file being restored
    std::unique_ptr<app::BackupCheck> restore_;   // a checked backup waiting for confirmation
    int csvSeparator_ = 0;                        // 0 ";", 1 ","
    Date fecClosing_;
    bool fecClosingSet_ = false;
    std::string exportError_;
    int archiveYear_ = 0;                          // 0: every year
    std::unique_ptr<app::ArchiveBuilder> archive_; // an archive being made, a few documents per frame
    // Import
    io::ImportKind importKind_ = io::ImportKind::Clients;
    std::shared_ptr<std::string> pickedCsv_;
    std::string csvName_;
    io::CsvTable table_;
    std::vector<int> mapping_;
    io::ImportPreview preview_;
    bool previewDirty_ = false;
    bool scrollToPreview_ = false;
    std::string importMessage_;
};

}  // namespace facturier::ui
