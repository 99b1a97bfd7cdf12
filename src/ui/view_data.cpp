// Data view: backup and checked restore, CSV and FEC exports, the yearly or full archive (built a few
// documents per frame), and the CSV import with its column mapping and per-line preview.
#include "ui/view_data.h"

#include <imgui.h>

#include <algorithm>

#include "app/archive.h"
#include "io/csv_export.h"
#include "io/fec.h"
#include "io/zip.h"
#include "ui/test_marks.h"
#include "ui/widgets.h"

namespace facturier::ui {

namespace {
std::vector<std::uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }
const ImVec4 kRed(0.75f, 0.18f, 0.12f, 1), kGreen(0.15f, 0.5f, 0.25f, 1);
}  // namespace

// [SECTION] Backup
// Export a backup; restore one after checking it and asking "replace or cancel".
void DataView::backup(app::Session& session, const Translator& tr, Platform& platform) {
    ImGui::SeparatorText(tr.tr("backup.title"));
    ImGui::TextDisabled("%s", tr.tr("backup.help"));
    bool exportNow = ImGui::Button(tr.tr("backup.export"));
    markItem("backup.export");
    if (exportNow) {
        std::string text = app::exportBackup(session.workspace());
        platform.download(app::backupFileName(session.today()), "application/json", std::vector<std::uint8_t>(text.begin(), text.end()));
    }
    ImGui::SameLine();
    {
        Disabled off(session.saveState() == app::SaveState::ReadOnly);
        bool restore = ImGui::Button(tr.tr("backup.restore"));
        markItem("backup.restore");
        if (restore) {
            auto target = std::make_shared<std::string>();
            pickedBackup_ = target;
            platform.pickFile("application/json,.json", [target](const std::string&, const std::string&, std::vector<std::uint8_t> bytes) {
                target->assign(bytes.begin(), bytes.end());
                if (target->empty()) *target = " ";  // an empty file is still an answer (and invalid)
            });
        }
    }
    if (pickedBackup_ && !pickedBackup_->empty()) {
        restore_ = std::make_unique<app::BackupCheck>(app::checkBackup(*pickedBackup_));
        pickedBackup_.reset();
        if (restore_->ok && session.workspace().documents.empty() && session.workspace().clients.empty()) {
            session.replaceAll(std::move(restore_->workspace));  // nothing to lose: no question
            restore_.reset();
            message_ = "backup.restored";
        } else if (restore_->ok) {
            ImGui::OpenPopup((std::string(tr.tr("backup.title")) + "###restore").c_str());
        } else {
            message_ = restore_->errorKey;
        }
    }
    if (restore_ && !restore_->ok) {
        // A damaged file says where (a field's path); a backup that does not hold together names
        // each problem (a number used twice or missing, an edited document), translated.
        if (restore_->issues.empty()) ImGui::TextColored(kRed, "%s %s", tr.tr(restore_->errorKey), restore_->detail.c_str());
        else {
            ImGui::TextColored(kRed, "%s", tr.tr(restore_->errorKey));
            integrityIssueList(restore_->issues, tr);
        }
    }
    if (ImGui::BeginPopupModal((std::string(tr.tr("backup.title")) + "###restore").c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text(tr.tr("backup.confirm"), static_cast<int>(session.workspace().documents.size()), static_cast<int>(restore_ ? restore_->documents : 0));
        bool replace = ImGui::Button(tr.tr("backup.replace"));
        markItem("backup.replace");
        if (replace && restore_) {
            session.replaceAll(std::move(restore_->workspace));
            restore_.reset();
            message_ = "backup.restored";
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("editor.cancel"))) { restore_.reset(); ImGui::CloseCurrentPopup(); }
        ImGui::EndPopup();
    }
}
// [SECTION] Exports
void DataView::exports(const app::Session& session, const Translator& tr, Platform& platform, const pdf::RenderOptions& pdfOptions) {
    const Workspace& ws = session.workspace();
    Date today = session.today();
    ImGui::SeparatorText(tr.tr("data.exports"));
    ImGui::TextDisabled("%s", tr.tr("data.exportsHelp"));

    // CSV: the four files in one ZIP.
    if (ImGui::Button(tr.tr("data.exportCsv"))) {
        io::CsvOptions o;
        o.separator = csvSeparator_ == 0 ? ';' : ',';
        io::ZipWriter zip(today);
        zip.add("documents.csv", io::documentsCsv(ws, o));
        zip.add("lignes.csv", io::linesCsv(ws, o));
        zip.add("paiements.csv", io::paymentsCsv(ws, o));
        zip.add("clients.csv", io::clientsCsv(ws, o));
        platform.download("facturier-csv-" + today.iso() + ".zip", "application/zip", zip.finish());
    }
    markItem("data.exportCsv");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr.tr("data.separator"));
    ImGui::SameLine();
    ImGui::RadioButton("« ; »", &csvSeparator_, 0);
    ImGui::SameLine();
    ImGui::RadioButton("« , »", &csvSeparator_, 1);

    // FEC up to a closing date.
    if (!fecClosingSet_) {
        fecClosing_ = Date::fromYmd(today.year() - 1, 12, 31);
        fecClosingSet_ = true;
    }
    bool fecBlocked = ws.seller.siren.empty();
    {
        Disabled off(fecBlocked);
        if (ImGui::Button(tr.tr("data.exportFec"))) platform.download(io::fecFileName(ws, fecClosing_), "text/plain", bytesOf(io::fecText(ws, fecClosing_)));
        markItem("data.exportFec");
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr.tr("data.closing"));
    ImGui::SameLine();
    inputDate("##closing", fecClosing_, tr.french(), ImGui::GetFontSize() * 7);
    if (fecBlocked) ImGui::TextDisabled("%s", tr.tr("data.fecNeedsSiren"));

    // The 10-year archive.
    ImGui::SeparatorText(tr.tr("data.archive"));
    ImGui::TextWrapped("%s", tr.tr("data.archiveHelp"));
    const auto& problems = session.integrity();
    std::vector<int> years = app::issueYears(ws);
    if (archiveYear_ != 0 && std::find(years.begin(), years.end(), archiveYear_) == years.end()) archiveYear_ = 0;
    if (archive_) {
        // A few documents per frame, so the page keeps drawing and shows how far it is.
        if (archive_->step(4)) {
            app::ArchiveResult r = archive_->finish();
            archive_.reset();
            if (r.ok) {
                platform.download(r.fileName, "application/zip", r.bytes);
                exportError_.clear();
            } else {
                exportError_ = r.error;
            }
        } else {
            char progress[64];
            std::snprintf(progress, sizeof progress, "%d / %d", static_cast<int>(archive_->rendered()), static_cast<int>(archive_->total()));
            ImGui::ProgressBar(static_cast<float>(archive_->rendered()) / static_cast<float>(std::max<std::size_t>(1, archive_->total())),
                               ImVec2(ImGui::GetFontSize() * 16, 0), progress);
            ImGui::SameLine();
            if (ImGui::Button(tr.tr("editor.cancel"))) archive_.reset();
        }
    }
    if (!archive_) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
        std::string shown = archiveYear_ == 0 ? tr.tr("data.allYears") : std::to_string(archiveYear_);
        if (ImGui::BeginCombo("##archiveYear", shown.c_str())) {
            if (ImGui::Selectable(tr.tr("data.allYears"), archiveYear_ == 0)) archiveYear_ = 0;
            for (int y : years)
                if (ImGui::Selectable(std::to_string(y).c_str(), archiveYear_ == y)) archiveYear_ = y;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        Disabled off(!problems.empty() || session.loading());
        if (ImGui::Button(tr.tr("data.downloadArchive"))) {
            std::optional<int> year;
            if (archiveYear_ != 0) year = archiveYear_;
            archive_ = std::make_unique<app::ArchiveBuilder>(ws, today, pdfOptions, year);
            exportError_.clear();
        }
        markItem("data.downloadArchive");
    }
    if (!problems.empty()) {
        ImGui::TextColored(kRed, "%s", tr.tr("data.archiveIntegrity"));
        integrityIssueList(problems, tr);
    }
    if (!exportError_.empty()) ImGui::TextColored(kRed, "%s %s", tr.tr("data.archiveFailed"), exportError_.c_str());
    ImGui::TextDisabled("%s", tr.tr("data.archiveVerify"));
}

// [SECTION] Import
void DataView::import(app::Session& session, const Translator& tr, Platform& platform) {
    ImGui::SeparatorText(tr.tr("data.import"));
    ImGui::TextDisabled("%s", tr.tr("data.importHelp"));
    int kind = importKind_ == io::ImportKind::Clients ? 0 : 1;
    bool changed = ImGui::RadioButton(tr.tr("nav.clients"), &kind, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(tr.tr("nav.catalogue"), &kind, 1);
    markItem("data.importCatalogue");
    if (changed) {
        importKind_ = kind == 0 ? io::ImportKind::Clients : io::ImportKind::Catalogue;
        if (table_.ok && !table_.header.empty()) {
            mapping_ = io::guessMapping(importKind_, table_.header);
            previewDirty_ = true;
        }
    }
    ImGui::SameLine();
    {
        Disabled off(session.saveState() == app::SaveState::ReadOnly);
        bool pick = ImGui::Button(tr.tr("data.chooseCsv"));
        markItem("data.chooseCsv");
        if (pick) {
            auto target = std::make_shared<std::string>();
            pickedCsv_ = target;
            platform.pickFile("text/csv,.csv,text/plain,.txt", [this, target](const std::string& name, const std::string&, std::vector<std::uint8_t> bytes) {
                target->assign(bytes.begin(), bytes.end());
                if (target->empty()) *target = " ";
                csvName_ = name;
            });
        }
    }
    if (pickedCsv_ && !pickedCsv_->empty()) {
        table_ = io::parseCsv(*pickedCsv_);
        pickedCsv_.reset();
        importMessage_.clear();
        if (table_.ok) {
            mapping_ = io::guessMapping(importKind_, table_.header);
            previewDirty_ = true;
            scrollToPreview_ = true;
        }
    }
    if (!table_.ok) {
        ImGui::TextColored(kRed, "%s", tr.tr("data.csvUnreadable"));
        ImGui::SameLine();
        ImGui::TextColored(kRed, tr.tr(table_.errorKey), table_.errorLine);
        return;
    }
    if (!importMessage_.empty()) ImGui::TextColored(kGreen, "%s", importMessage_.c_str());
    if (table_.header.empty()) return;
    importPreview(session, tr);
}

void DataView::importPreview(app::Session& session, const Translator& tr) {
    const auto& fields = io::importFields(importKind_);
    const char* prefix = importKind_ == io::ImportKind::Clients ? "import.field.client." : "import.field.item.";
    ImGui::Text(tr.tr("data.csvRead"), csvName_.c_str(), static_cast<int>(table_.rows.size()));
    if (table_.fromWindows1252) ImGui::TextDisabled("%s", tr.tr("data.windows1252"));
    if (scrollToPreview_) {  // the file was just read: bring its mapping into view
        ImGui::SetScrollHereY(0.1f);
        scrollToPreview_ = false;
    }
    ImGui::TextDisabled("%s", tr.tr("data.mapping"));
    float label = ImGui::GetFontSize() * 12, combo = ImGui::GetFontSize() * 14;
    float columnW = label + combo + ImGui::GetStyle().ItemSpacing.x * 3;
    int perRow = std::max(1, static_cast<int>(ImGui::GetContentRegionAvail().x / columnW));
    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (f % static_cast<std::size_t>(perRow) != 0) ImGui::SameLine(static_cast<float>(f % static_cast<std::size_t>(perRow)) * columnW);
        ImGui::PushID(static_cast<int>(f));
        std::string name = tr.tr(prefix + fields[f]);
        if (io::isRequiredField(importKind_, fields[f])) name += " *";
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(name.c_str());
        ImGui::SameLine(static_cast<float>(f % static_cast<std::size_t>(perRow)) * columnW + label);
        ImGui::SetNextItemWidth(combo);
        int col = mapping_[f];
        const char* shown = col >= 0 ? table_.header[static_cast<std::size_t>(col)].c_str() : tr.tr("data.noColumn");
        if (ImGui::BeginCombo("##col", shown)) {
            if (ImGui::Selectable(tr.tr("data.noColumn"), col < 0)) { mapping_[f] = -1; previewDirty_ = true; }
            for (std::size_t c = 0; c < table_.header.size(); ++c) {
                ImGui::PushID(static_cast<int>(c));
                if (ImGui::Selectable(table_.header[c].c_str(), col == static_cast<int>(c))) { mapping_[f] = static_cast<int>(c); previewDirty_ = true; }
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        markItem("data.map." + fields[f]);
        ImGui::PopID();
    }
    if (previewDirty_) {
        preview_ = io::previewImport(session.workspace(), importKind_, table_, mapping_);
        previewDirty_ = false;
    }
    if (preview_.decimalComma)  // the likely cause of the lines below that do not fit the header
        ImGui::TextColored(kRed, tr.tr("import.decimalCommaClash"), preview_.decimalComma->line, preview_.decimalComma->whole.c_str(),
                           preview_.decimalComma->decimals.c_str());
    ImGui::Text(tr.tr("data.previewCount"), static_cast<int>(preview_.valid), static_cast<int>(preview_.rows.size() - preview_.valid));
    float height = std::min(ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(preview_.rows.size()) + 2),
                            std::max(ImGui::GetTextLineHeightWithSpacing() * 6, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("preview", 3, flags, ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr.tr("data.line"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
        ImGui::TableSetupColumn(tr.tr(prefix + std::string("name")), ImGuiTableColumnFlags_WidthStretch, 2.f);
        ImGui::TableSetupColumn(tr.tr("data.check"), ImGuiTableColumnFlags_WidthStretch, 3.f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(preview_.rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const io::ImportRow& row = preview_.rows[static_cast<std::size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%d", row.line);
                ImGui::TableNextColumn();
                const std::string& name = importKind_ == io::ImportKind::Clients ? row.client.name : row.item.name;
                ImGui::TextUnformatted(name.c_str());
                ImGui::TableNextColumn();
                if (row.ok()) ImGui::TextColored(kGreen, "%s", tr.tr("data.rowOk"));
                for (const auto& issue : row.issues) {
                    if (issue.field.empty())  // the whole line: "line 2: 4 cells where the header has 3 columns"
                        ImGui::TextColored(kRed, tr.tr("import.cellCount"), row.line, static_cast<int>(row.cells), static_cast<int>(preview_.columns));
                    else
                        ImGui::TextColored(kRed, "%s: %s", tr.tr(prefix + issue.field.substr(issue.field.rfind('.') + 1)),
                                           issueMessage(ValidationIssue{issue.key, issue.field}, tr).c_str());
                }
            }
        ImGui::EndTable();
    }
    Disabled off(preview_.valid == 0 || session.saveState() == app::SaveState::ReadOnly);
    char button[128];
    std::snprintf(button, sizeof button, tr.tr("data.importValid"), static_cast<int>(preview_.valid));
    if (ImGui::Button((std::string(button) + "###importValid").c_str())) {
        io::ImportPreview p = preview_;
        std::size_t added = 0;
        OpResult r = session.apply([&](Workspace& w) {
            added = io::applyImport(w, p);
            return OpResult::success();
        });
        if (r.ok) {
            char buf[256];
            std::snprintf(buf, sizeof buf, tr.tr("data.imported"), static_cast<int>(added), static_cast<int>(p.rows.size() - added));
            importMessage_ = buf;
            table_ = io::CsvTable{};
            preview_ = io::ImportPreview{};
        } else {
            importMessage_ = tr.tr(r.errorKey);
        }
    }
    markItem("data.importValid");
}

void DataView::draw(app::Session& session, const Translator& tr, Platform& platform, const pdf::RenderOptions& pdfOptions) {
    ImGui::PushTextWrapPos(0);  // every text of the view wraps at the window's edge
    backup(session, tr, platform);
    if (!message_.empty()) ImGui::TextColored(kGreen, "%s", tr.tr(message_));
    exports(session, tr, platform, pdfOptions);
    import(session, tr, platform);
    ImGui::PopTextWrapPos();
}

}  // namespace facturier::ui
