#include <doctest.h>

#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "../core/fixtures.h"
#include "app/backup.h"
#include "app/session.h"
#include "io/json_codec.h"
#include "ui/app_ui.h"
#include "ui/test_marks.h"
#include "core/printable.h"
#include "core/units.h"
#include "ui/choices.h"
#include "ui/theme.h"
#include "ui/widgets.h"

using namespace facturier;

namespace {
std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
std::string lang(const char* code) { return readFile(std::string(FACTURIER_SOURCE_DIR) + "/assets/lang/" + code + ".json"); }

struct NullPlatform : ui::Platform {
    int downloads = 0;
    void download(const std::string&, const std::string&, const std::vector<std::uint8_t>&) override { ++downloads; }
    void openInNewTab(const std::string&, const std::vector<std::uint8_t>&) override {}
    std::vector<std::string> mailtos;
    void openMailto(const std::string& url) override { mailtos.push_back(url); }
    std::string todayIso() override { return "2026-11-23"; }
    std::string nextFileName = "logo.png", nextFileMime = "image/png";
    std::vector<std::uint8_t> nextFile = {0x89, 'P', 'N', 'G'};
    void pickFile(const std::string&, FilePicked done) override { done(nextFileName, nextFileMime, nextFile); }
};

// A headless ImGui context with the real UI font.
struct Headless {
    std::vector<unsigned char> font;
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        std::string f = readFile(FACTURIER_UI_FONT);
        font.assign(f.begin(), f.end());
        REQUIRE(ui::loadUiFont(font, 16.f));
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyTheme(1.f);
    }
    ~Headless() { ImGui::DestroyContext(); }
    void frame(ui::AppUi& app) {
        ImGui::GetIO().DeltaTime = 1.f / 60.f;
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
    // Clicks the widget marked `name` as a person would: move there, press, release.
    void click(ui::AppUi& app, const std::string& name) {
        // Wait until the widget stands still (tables settle their column widths over a frame or two).
        float r[4] = {}, previous[4] = {-1, -1, -1, -1};
        for (int i = 0; i < 10; ++i) {
            frame(app);
            bool seen = ui::markedRect(name, r);  // marks are read from the frame before the last
            if (seen && r[0] == previous[0] && r[1] == previous[1]) break;
            std::copy(r, r + 4, previous);
        }
        REQUIRE_MESSAGE(ui::markedRect(name, r), name, " is not on screen");
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r[0] + std::min(r[2] / 2, 20.f), r[1] + r[3] / 2);
        frame(app);
        io.AddMouseButtonEvent(0, true);
        frame(app);
        io.AddMouseButtonEvent(0, false);
        frame(app);
        frame(app);
    }
};
}  // namespace

TEST_CASE("the French and English translation files have the same keys") {
    ui::Translator t;
    std::string error;
    REQUIRE_MESSAGE(t.load("fr", lang("fr"), error), error);
    REQUIRE_MESSAGE(t.load("en", lang("en"), error), error);
    std::set<std::string> fr, en;
    for (const auto& [k, v] : t.table("fr")) { fr.insert(k); CHECK_MESSAGE(!v.empty(), k); }
    for (const auto& [k, v] : t.table("en")) { en.insert(k); CHECK_MESSAGE(!v.empty(), k); }
    CHECK(fr == en);
    CHECK(fr.size() > 30);
}

TEST_CASE("every unit a line can carry has a name on screen in both languages, and the pickers offer known units") {
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    REQUIRE(t.load("en", lang("en"), error));
    for (const Unit& u : knownUnits())
        for (const char* language : {"fr", "en"}) CHECK_MESSAGE(t.table(language).count(std::string("unit.") + u.code), language, " ", u.code);
    for (const char* code : ui::kUnitCodes) CHECK_MESSAGE(unitByCode(code) != nullptr, code);
}

TEST_CASE("an issue's message names what it is about, in place of %s, or drops the placeholder") {
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("en", lang("en"), error));
    t.setLanguage("en");
    ValidationIssue withDetail{"legal.unprintable", "lines[2].description", Severity::Error, "\xF0\x9F\x8E\x82 (U+1F382)"};
    CHECK(ui::issueMessage(withDetail, t) == "The PDF cannot print these characters; replace or remove them: \xF0\x9F\x8E\x82 (U+1F382)");
    CHECK(ui::issueMessage(ValidationIssue{"legal.unprintable", "name"}, t) == "The PDF cannot print these characters; replace or remove them");
}

TEST_CASE("every key the views ask for exists in the translations") {
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    std::regex call(R"re(tr_?(?:\.|->)tr\("([a-zA-Z.]+)"\))re");
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(FACTURIER_SOURCE_DIR) + "/src/ui")) {
        std::string src = readFile(entry.path().string());
        for (std::sregex_iterator it(src.begin(), src.end(), call), end; it != end; ++it) {
            ++seen;
            CHECK_MESSAGE(t.table("fr").count((*it)[1]) == 1, (*it)[1].str(), " used in ", entry.path().filename().string());
        }
    }
    CHECK(seen > 20);
}

TEST_CASE("every message key the core and the app can return is translated in both languages") {
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    REQUIRE(t.load("en", lang("en"), error));
    std::regex key(R"re("((?:legal|lifecycle|payment|numbering|integrity|deposit|store|money|backup|reminder|recurring|import)\.[A-Za-z]+)")re");
    int seen = 0;
    for (const char* dir : {"/src/core", "/src/io", "/src/app", "/src/store"})
        for (const auto& entry : std::filesystem::directory_iterator(std::string(FACTURIER_SOURCE_DIR) + dir)) {
            std::string src = readFile(entry.path().string());
            for (std::sregex_iterator it(src.begin(), src.end(), key), end; it != end; ++it) {
                ++seen;
                CHECK_MESSAGE(t.table("fr").count((*it)[1]) == 1, (*it)[1].str(), " from ", entry.path().filename().string());
                CHECK_MESSAGE(t.table("en").count((*it)[1]) == 1, (*it)[1].str(), " from ", entry.path().filename().string());
            }
        }
    CHECK(seen > 60);
}

TEST_CASE("a missing translation key shows the key instead of crashing") {
    ui::Translator t;
    CHECK(std::string(t.tr("no.such.key")) == "no.such.key");
}

TEST_CASE("the UI font has the euro sign, French ligatures, quotes and accents") {
    Headless h;
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    for (ImWchar c : {0x20AC, 0x0152, 0x0153, 0x00AB, 0x00BB, 0x2019, 0x2026, 0x2013, 0x2014, 0x00E9, 0x00C9, 0x00E7, 0x202F})
        CHECK_MESSAGE(font->FindGlyphNoFallback(c) != nullptr, "missing glyph U+", std::hex, static_cast<int>(c));
}

TEST_CASE("the UI font draws every character the PDF prints, so a Polish or Greek name shows as typed") {
    // The report: ł ř ș Ω Ж showed as '?' on screen (the UI font held Latin-1 only).
    Headless h;
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    std::size_t checked = 0;
    for (const auto& range : printableRanges())
        for (char32_t cp = range.first; cp <= range.last; ++cp, ++checked)
            if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) FAIL_CHECK("missing glyph U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(checked > 1000);
    for (ImWchar c : {0x0142, 0x0159, 0x0219, 0x03A9, 0x0416}) CHECK(font->FindGlyphNoFallback(c) != nullptr);
}

TEST_CASE("pasted text loses its tabs and controls; a one-line field gets spaces for its line breaks") {
    Headless h;
    // No text field active: pasted as into a one-line field.
    CHECK(ui::textToPaste("Dupont\tet fils\r\nParis\x1B\xC2\x85") == "Dupont et fils Paris");
    // Typing into a multi-line field keeps the line break.
    std::string notes;
    ImGuiIO& io = ImGui::GetIO();
    std::string pasted;
    for (int frame = 0; frame < 4; ++frame) {
        io.DeltaTime = 1.f / 60.f;
        ImGui::NewFrame();
        ImGui::Begin("paste");
        ui::inputMultiline("##notes", notes, 60);
        if (frame == 0) ImGui::SetKeyboardFocusHere(-1);
        if (frame == 2) pasted = ui::textToPaste("Ligne un\tA\r\nLigne deux\x07");
        if (frame == 2) io.AddInputCharactersUTF8("\xC2\x85ok");  // a C1 control typed: dropped
        ImGui::End();
        ImGui::Render();
    }
    CHECK(pasted == "Ligne un A\nLigne deux");
    CHECK(notes == "ok");
}

TEST_CASE("the dashboard and documents views draw the sample workspace in both languages") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    session.setToday(Date::fromYmd(2026, 11, 23));
    REQUIRE(session.replaceAll(app::sampleWorkspace(session.today())).ok);
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    REQUIRE(t.load("en", lang("en"), error));
    NullPlatform platform;
    ui::AppUi app(session, t, platform);
    std::string issued, draft;
    for (const auto& d : session.workspace().documents) (isIssued(d) ? issued : draft) = d.id;
    REQUIRE_FALSE(draft.empty());
    for (auto screen : {ui::Screen::Dashboard, ui::Screen::Documents, ui::Screen::Editor, ui::Screen::Document,
                        ui::Screen::Clients, ui::Screen::Catalogue, ui::Screen::Reminders, ui::Screen::Recurring,
                        ui::Screen::Reports, ui::Screen::Data, ui::Screen::Settings, ui::Screen::Onboarding}) {
        for (const char* l : {"fr", "en"}) {
            t.setLanguage(l);
            app.show(screen, screen == ui::Screen::Editor ? draft : issued);
            for (int i = 0; i < 3; ++i) h.frame(app);
            CHECK_MESSAGE(app.screen() == screen, "the view moved away from screen ", static_cast<int>(screen));
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 100);
        }
    }
    auto figures = ui::dashboardFigures(session.workspace(), session.today());
    std::int64_t naive = 0;
    for (const auto& d : session.workspace().documents) naive += balanceDue(session.workspace(), d) > 0 ? balanceDue(session.workspace(), d) : 0;
    CHECK(figures.toCollect == naive);
    CHECK(figures.overdueCount == 2);
}

TEST_CASE("an empty workspace opens on the onboarding, and the editor refuses to issue an incomplete draft") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    session.setToday(Date::fromYmd(2026, 11, 23));
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    ui::AppUi app(session, t, platform);
    h.frame(app);
    CHECK(app.screen() == ui::Screen::Onboarding);
    app.show(ui::Screen::Dashboard);
    app.newDocument(DocumentType::Invoice);
    h.frame(app);
    REQUIRE(app.screen() == ui::Screen::Editor);
    REQUIRE(session.workspace().documents.size() == 1);
    CHECK(session.workspace().documents[0].status == Status::Draft);
    // Without a seller profile, a client or lines, issuing must be impossible.
    auto issues = validate(session.workspace().documents[0], session.workspace().seller);
    CHECK(hasErrors(issues));
}

TEST_CASE("10,000 documents: the list draws only the visible rows") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    Workspace ws = app::sampleWorkspace(Date::fromYmd(2026, 11, 23));
    Document proto = ws.documents[0];
    for (int i = 0; i < 10000; ++i) {
        Document d = proto;
        d.id = "bulk-" + std::to_string(i);
        d.number = "F-2025-" + std::to_string(10000 + i);
        ws.documents.push_back(d);
    }
    REQUIRE(session.replaceAll(ws).ok);
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    ui::AppUi app(session, t, platform);
    app.show(ui::Screen::Documents);
    for (int i = 0; i < 3; ++i) h.frame(app);
    // Far fewer vertices than 10,000 rows × 8 cells would need.
    CHECK(ImGui::GetDrawData()->TotalVtxCount < 60000);
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 1000);
}

TEST_CASE("recurring invoices are caught up when the app opens, and not again after a restart") {
    Headless h;
    store::MemoryStore store;
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    std::size_t before = 0;
    {
        app::Session session(store);
        session.setToday(Date::fromYmd(2026, 11, 23));
        Workspace ws = app::sampleWorkspace(session.today());
        ws.recurring[0].start = Date::fromYmd(2026, 9, 1);  // Sept, Oct, Nov fell due
        REQUIRE(session.replaceAll(ws).ok);
        before = session.workspace().documents.size();
        ui::AppUi app(session, t, platform);
        h.frame(app);
        h.frame(app);
        CHECK(session.workspace().documents.size() == before + 3);
        CHECK(session.workspace().recurring[0].generated == 3);
    }
    for (int restart = 0; restart < 2; ++restart) {
        app::Session session(store);
        REQUIRE(session.open());
        session.setToday(Date::fromYmd(2026, 11, 23 + restart));
        ui::AppUi app(session, t, platform);
        h.frame(app);
        h.frame(app);
        CHECK(session.workspace().documents.size() == before + 3);
    }
    app::Session december(store);
    REQUIRE(december.open());
    december.setToday(Date::fromYmd(2026, 12, 1));
    ui::AppUi app(december, t, platform);
    h.frame(app);
    CHECK(december.workspace().documents.size() == before + 4);
}

TEST_CASE("a reminder opens the mail client with the message, downloads the PDF and is logged on the invoice") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    session.setToday(Date::fromYmd(2026, 11, 23));
    REQUIRE(session.replaceAll(app::sampleWorkspace(session.today())).ok);
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    ui::AppUi app(session, t, platform);
    auto due = remindersDue(session.workspace(), session.today());
    REQUIRE_FALSE(due.empty());
    const Document* d = session.workspace().findDocument(due[0].documentId);
    std::size_t logged = d->reminders.size();
    app.show(ui::Screen::Reminders, d->id);
    h.click(app, "reminders.prepare");
    REQUIRE(platform.mailtos.size() == 1);
    CHECK(platform.mailtos[0].rfind("mailto:", 0) == 0);
    CHECK(platform.mailtos[0].find("subject=") != std::string::npos);
    CHECK(platform.downloads == 1);
    h.click(app, "reminders.log");
    d = session.workspace().findDocument(due[0].documentId);
    REQUIRE(d->reminders.size() == logged + 1);
    CHECK(d->reminders.back().level == due[0].level);
    CHECK(d->reminders.back().date == session.today());
    CHECK(store.records().at(store::documentKey(d->id)).find("\"reminders\":[{") != std::string::npos);
}

TEST_CASE("a CSV of clients is imported through the data view: valid lines in, the others left out") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    session.setToday(Date::fromYmd(2026, 11, 23));
    REQUIRE(session.replaceAll(app::sampleWorkspace(session.today())).ok);
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    std::string csv = "Raison sociale;SIREN;Ville\nBoulangerie Lefèvre;552100554;Rennes\nGarage;123;Nantes\n";
    platform.nextFile.assign(csv.begin(), csv.end());
    platform.nextFileName = "clients.csv";
    ui::AppUi app(session, t, platform);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1600);  // the whole view at once, no scrolling
    std::size_t before = session.workspace().clients.size();
    app.show(ui::Screen::Data);
    h.click(app, "data.chooseCsv");
    h.click(app, "data.importValid");
    REQUIRE(session.workspace().clients.size() == before + 1);
    CHECK(session.workspace().clients.back().name == "Boulangerie Lefèvre");
    CHECK(session.workspace().clients.back().siren == "552100554");
}

TEST_CASE("every translation has the same placeholders in French and English") {
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    REQUIRE(t.load("en", lang("en"), error));
    auto placeholders = [](const std::string& text) {
        std::string out;
        for (std::size_t i = 0; i + 1 < text.size(); ++i)
            if (text[i] == '%' && text[i + 1] != '%' && text[i + 1] != ' ') out += text[i + 1];
            else if (text[i] == '%') ++i;
        return out;
    };
    for (const auto& [key, fr] : t.table("fr"))
        CHECK_MESSAGE(placeholders(fr) == placeholders(t.table("en").at(key)), key);
}

TEST_CASE("the app names a number used twice and one missing as soon as the workspace is loaded") {
    Headless h;
    store::MemoryStore store;
    {
        app::Session writer(store);
        REQUIRE(writer.replaceAll(testing::workspaceWithNumberingFault()).ok);
    }
    app::Session session(store);
    REQUIRE(session.open());
    session.setToday(Date::fromYmd(2026, 11, 23));
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    REQUIRE(t.load("en", lang("en"), error));
    NullPlatform platform;
    ui::AppUi app(session, t, platform);
    app.show(ui::Screen::Dashboard);
    h.frame(app);
    h.frame(app);
    float r[4];
    CHECK(ui::markedRect("integrity.banner", r));
    // What the banner says, in both languages, numbers named.
    auto issues = integrityIssues(session.workspace());
    REQUIRE(issues.size() == 2);
    t.setLanguage("fr");
    CHECK(t.format(issues[0].key, issues[0].args) == "Le numéro F-2026-0120 est utilisé par 2 documents.");
    CHECK(t.format(issues[1].key, issues[1].args) == "Le numéro F-2026-0121 manque entre F-2026-0120 et F-2026-0122.");
    t.setLanguage("en");
    CHECK(t.format(issues[1].key, issues[1].args) == "Number F-2026-0121 is missing between F-2026-0120 and F-2026-0122.");

    // A workspace that holds together shows no banner.
    REQUIRE(session.replaceAll(app::sampleWorkspace(session.today())).ok);
    h.frame(app);
    h.frame(app);
    CHECK_FALSE(ui::markedRect("integrity.banner", r));
}

TEST_CASE("restoring a backup with a number used twice is refused by the data view; nothing changes") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);  // empty: a good backup would be restored without a question
    session.setToday(Date::fromYmd(2026, 11, 23));
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    std::string backup = app::exportBackup(testing::workspaceWithNumberingFault());
    platform.nextFile.assign(backup.begin(), backup.end());
    platform.nextFileName = "sauvegarde.json";
    ui::AppUi app(session, t, platform);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1600);
    h.frame(app);
    app.show(ui::Screen::Data);
    h.click(app, "backup.restore");
    for (int i = 0; i < 3; ++i) h.frame(app);
    CHECK(session.workspace().documents.empty());
    CHECK(store.records().empty());
}

TEST_CASE("a comma-separated catalogue with decimal commas imports nothing through the data view") {
    Headless h;
    store::MemoryStore store;
    app::Session session(store);
    session.setToday(Date::fromYmd(2026, 11, 23));
    REQUIRE(session.replaceAll(app::sampleWorkspace(session.today())).ok);
    ui::Translator t;
    std::string error;
    REQUIRE(t.load("fr", lang("fr"), error));
    NullPlatform platform;
    std::string csv = "name,price,vat\nStylo bille,12,50,20\n";
    platform.nextFile.assign(csv.begin(), csv.end());
    platform.nextFileName = "catalogue.csv";
    ui::AppUi app(session, t, platform);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1600);
    std::size_t before = session.workspace().catalogue.size();
    app.show(ui::Screen::Data);
    h.click(app, "data.importCatalogue");
    h.click(app, "data.chooseCsv");
    h.click(app, "data.importValid");  // disabled: no valid line
    CHECK(session.workspace().catalogue.size() == before);
}
