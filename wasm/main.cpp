// The browser app's entry: GLFW window on the canvas, Dear ImGui with its GLFW + WebGL2 backends,
// HiDPI and resizing, the text bridge, and one AppUi frame per animation frame.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "app/session.h"
#include "io/json_codec.h"
#include "store/store.h"
#include "ui/app_ui.h"
#include "ui/test_marks.h"
#include "ui/theme.h"
#include "idb_store.h"
#include "web_platform.h"

using namespace facturier;

extern "C" void fct_set_canvas_size(int w, int h);  // web_platform.js
namespace facturier::web {
extern app::Session* testApiSession;  // test_api.cpp
extern pdf::RenderOptions testApiPdfOptions;
}  // namespace facturier::web

namespace {
struct App {
    GLFWwindow* window = nullptr;
    web::IdbStore store;
    std::unique_ptr<app::Session> session;
    ui::Translator translator;
    web::WebPlatform platform;
    std::unique_ptr<ui::AppUi> ui;
    std::vector<unsigned char> fontBytes;
    double dpr = 0;
    int cssW = 0, cssH = 0;
    bool firstFrameDone = false;
    std::vector<store::DocumentSummary> summaries;  // shown by the list while documents load
    double uiMsTotal = 0;   // CPU time spent building the UI (AppUi::frame), for bench/app.sh
    long uiFrames = 0;
    double uiMsMax = 0;     // the slowest frame since facturier_ui_frame_max_ms() was last called
};
App* g_app = nullptr;

std::string readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Keeps the canvas backing store at CSS size × devicePixelRatio; rebuilds the font when the ratio changes.
void fitCanvas(App& a) {
    double cw = 0, ch = 0;
    emscripten_get_element_css_size("#canvas", &cw, &ch);
    double dpr = emscripten_get_device_pixel_ratio();
    int w = static_cast<int>(cw), h = static_cast<int>(ch);
    if (w == a.cssW && h == a.cssH && dpr == a.dpr) return;
    a.cssW = w;
    a.cssH = h;
    int pw = static_cast<int>(cw * dpr), ph = static_cast<int>(ch * dpr);
    fct_set_canvas_size(pw, ph);
    if (dpr != a.dpr) {
        a.dpr = dpr;
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        ui::loadUiFont(a.fontBytes, static_cast<float>(16.0 * dpr));
        io.Fonts->Build();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        ui::applyTheme(static_cast<float>(dpr));
    }
}

// Decodes the document records that arrived, for at most 40 ms per frame (about 700 ms of work for
// 10,000 documents, spread so the first frame and the lists show at once), then allows changes.
void loadArrivedDocuments(App& a) {
    if (!a.session->loading()) return;
    auto& sums = web::IdbStore::arrivedSummaries();
    if (!sums.empty()) {
        for (const auto& text : sums)
            if (auto s = store::decodeSummary(text)) a.summaries.push_back(std::move(*s));
        sums.clear();
        std::stable_sort(a.summaries.begin(), a.summaries.end(), [](const auto& x, const auto& y) { return x.issueDate < y.issueDate; });
        a.ui->setLoadingSummaries(&a.summaries);
    }
    auto& arrived = web::IdbStore::arrivedDocuments();
    double start = emscripten_get_now();
    std::vector<Document> batch;
    std::size_t used = 0;
    while (used < arrived.size() && emscripten_get_now() - start < 40.0) {
        auto d = io::decodeDocument(arrived[used++]);
        if (d.ok()) batch.push_back(std::move(d.get()));
        else {
            emscripten_log(EM_LOG_ERROR, "stored document unreadable: %s", d.error().text().c_str());
            a.session->blockWrites("doc: " + d.error().text());  // never save over records we could not read
        }
    }
    arrived.erase(arrived.begin(), arrived.begin() + static_cast<long>(used));
    if (!batch.empty()) a.session->appendLoaded(std::move(batch));
    if (arrived.empty() && web::IdbStore::documentsComplete()) {
        a.session->finishLoading();
        a.ui->setLoadingSummaries(nullptr);
        a.summaries.clear();
        a.summaries.shrink_to_fit();
        EM_ASM({ window.facturierLoadedAt = performance.now(); document.documentElement.dataset.loaded = '1'; });
    }
}

void frame() {
    App& a = *g_app;
    glfwPollEvents();
    loadArrivedDocuments(a);
    fitCanvas(a);
    if (auto today = parseIsoDate(a.platform.todayIso())) a.session->setToday(*today);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    double t0 = emscripten_get_now();
    a.ui->frame();
    ImGui::Render();
    double uiMs = emscripten_get_now() - t0;
    a.uiMsTotal += uiMs;
    a.uiMsMax = std::max(a.uiMsMax, uiMs);
    ++a.uiFrames;
    int fw, fh;
    glfwGetFramebufferSize(a.window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.97f, 0.97f, 0.98f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    web::updateTextBridge(ImGui::GetIO().WantTextInput);
    if (!a.firstFrameDone) {
        a.firstFrameDone = true;
        web::signalFirstFrame();
    }
}
}  // namespace

// Test API: loads the sample workspace (what "Try with sample data" does).
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_load_sample() {
    return g_app && g_app->session->replaceAll(app::sampleWorkspace(g_app->session->today())).ok ? 1 : 0;
}
// Test API: 0 saved, 1 saving, 2 not saved (error), 3 read-only.
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_save_state() {
    return g_app ? static_cast<int>(g_app->session->saveState()) : -1;
}
// Test API: renames the first client (a small change to save).
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_rename_first_client(const char* name) {
    if (!g_app) return 0;
    std::string n = name;
    return g_app->session->apply([&](Workspace& ws) {
        if (ws.clients.empty()) return OpResult::fail("test.noClient");
        ws.clients[0].name = n;
        return OpResult::success();
    }).ok ? 1 : 0;
}
// Test API: the first client's name (UTF-8), to check what survived a reload.
extern "C" EMSCRIPTEN_KEEPALIVE const char* facturier_first_client_name() {
    static std::string name;
    name = g_app && !g_app->session->workspace().clients.empty() ? g_app->session->workspace().clients[0].name : "";
    return name.c_str();
}
// Test API: where a named widget was drawn in the last frame, "x y w h" in CSS pixels ("" if not drawn).
extern "C" EMSCRIPTEN_KEEPALIVE const char* facturier_item_rect(const char* name) {
    static std::string out;
    float r[4];
    out.clear();
    if (g_app && ui::markedRect(name, r)) {
        double dpr = g_app->dpr > 0 ? g_app->dpr : 1;
        out = std::to_string(r[0] / dpr) + " " + std::to_string(r[1] / dpr) + " " + std::to_string(r[2] / dpr) + " " + std::to_string(r[3] / dpr);
    }
    return out.c_str();
}
// Test API: the screen shown (ui::Screen as a number) and the status of a document by number.
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_screen() { return g_app ? static_cast<int>(g_app->ui->screen()) : -1; }
extern "C" EMSCRIPTEN_KEEPALIVE const char* facturier_document_status(const char* number) {
    static std::string out;
    out.clear();
    if (g_app)
        for (const auto& d : g_app->session->workspace().documents)
            if (d.number == number) out = statusKey(d.status);
    return out.c_str();
}
// Bench API: mean milliseconds of UI work per frame since the last call (AppUi::frame + ImGui::Render).
extern "C" EMSCRIPTEN_KEEPALIVE double facturier_ui_frame_ms() {
    if (!g_app || g_app->uiFrames == 0) return -1;
    double ms = g_app->uiMsTotal / static_cast<double>(g_app->uiFrames);
    g_app->uiMsTotal = 0;
    g_app->uiFrames = 0;
    return ms;
}
// Bench API: the slowest frame's UI work since the last call, ms.
extern "C" EMSCRIPTEN_KEEPALIVE double facturier_ui_frame_max_ms() {
    if (!g_app) return -1;
    double ms = g_app->uiMsMax;
    g_app->uiMsMax = 0;
    return ms;
}
// Bench API: replaces the workspace with the sample data plus `count` issued invoices.
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_seed_documents(int count) {
    if (!g_app) return 0;
    Workspace ws = app::sampleWorkspace(g_app->session->today());
    Document proto = ws.documents[0];
    for (int i = 0; i < count; ++i) {
        Document d = proto;
        d.id = "seed-" + std::to_string(i);
        d.number = "F-2025-" + std::to_string(100000 + i);
        d.issueDate = d.issueDate.addDays(-(i % 300));
        d.payments.clear();
        d.status = Status::Issued;
        ws.documents.push_back(std::move(d));
    }
    return g_app->session->replaceAll(std::move(ws)).ok ? 1 : 0;
}
// Bench API: shows a screen (ui::Screen as a number).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_show(int screen) {
    if (g_app) g_app->ui->show(static_cast<ui::Screen>(screen));
}
// Test API: number of documents in the open workspace.
extern "C" EMSCRIPTEN_KEEPALIVE int facturier_document_count() {
    return g_app ? static_cast<int>(g_app->session->workspace().documents.size()) : -1;
}

int main() {
    g_app = new App();
    App& a = *g_app;
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    a.window = glfwCreateWindow(1280, 800, "Facturier", nullptr, nullptr);
    if (!a.window) return 1;
    glfwMakeContextCurrent(a.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(a.window, true);
    glfwSetCharCallback(a.window, nullptr);  // characters arrive through the text bridge instead
    ImGui_ImplOpenGL3_Init("#version 300 es");
    web::installTextBridge();

    std::string font = readFile("/assets/pdf/DejaVuSans.ttf");  // the UI font is the PDF's regular cut
    a.fontBytes.assign(font.begin(), font.end());
    std::string error;
    for (const char* lang : {"fr", "en"})
        if (!a.translator.load(lang, readFile((std::string("/assets/lang/") + lang + ".json").c_str()), error))
            emscripten_log(EM_LOG_ERROR, "%s", error.c_str());
    a.translator.setLanguage("fr");

    a.session = std::make_unique<app::Session>(a.store);
    if (!a.session->open()) {
        // Never write next to records we could not read: read-only, with the reason in the status bar.
        emscripten_log(EM_LOG_ERROR, "stored data unreadable: %s", a.session->lastError().c_str());
        a.session->blockWrites(a.session->lastError());
    }
    if (web::IdbStore::readOnlyTab()) a.session->setReadOnly(true);
    if (std::size_t stored = web::IdbStore::storedDocumentCount(); stored > 0) {
        a.session->beginLoading(stored);
        web::IdbStore::startLoadingDocuments();
    } else {
        EM_ASM({ window.facturierLoadedAt = performance.now(); document.documentElement.dataset.loaded = '1'; });
    }
    a.ui = std::make_unique<ui::AppUi>(*a.session, a.translator, a.platform);
    pdf::RenderOptions pdfOptions;
    pdfOptions.regularFont = "/assets/pdf/DejaVuSans.ttf";
    pdfOptions.boldFont = "/assets/pdf/DejaVuSans-Bold.ttf";
    pdfOptions.iccProfile = "/assets/pdf/sRGB.icc";
    a.ui->setPdfOptions(pdfOptions);
    web::testApiSession = a.session.get();
    web::testApiPdfOptions = pdfOptions;
    EM_ASM({ window.facturierInteractiveAt = performance.now(); });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
