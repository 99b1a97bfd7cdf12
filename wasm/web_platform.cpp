// WebPlatform and the text/clipboard bridge (C++ side).
#include "web_platform.h"

#include <emscripten.h>
#include <imgui.h>

#include <map>
#include <string>

#include "core/text.h"
#include "ui/widgets.h"

extern "C" {
// Implemented in web_platform.js.
void fct_download(const char* name, const char* mime, const std::uint8_t* data, int size);
void fct_open_tab(const char* mime, const std::uint8_t* data, int size);
void fct_today(char* out, int size);
void fct_open_mailto(const char* url);
void fct_set_text_focus(int wanted);
void fct_clipboard_write(const char* text);
void fct_first_frame();
void fct_pick_file(int id, const char* accept);
}

namespace facturier::web {

namespace {
std::string g_clipboard;  // last text pasted or copied in the page
std::string g_pasted;     // the same, normalised for the text field it goes into
std::map<int, ui::Platform::FilePicked> g_picks;
int g_nextPick = 1;
}

void WebPlatform::download(const std::string& fileName, const std::string& mime, const std::vector<std::uint8_t>& bytes) {
    fct_download(fileName.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void WebPlatform::openInNewTab(const std::string& mime, const std::vector<std::uint8_t>& bytes) {
    fct_open_tab(mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void WebPlatform::openMailto(const std::string& url) {
    if (url.rfind("mailto:", 0) == 0) fct_open_mailto(url.c_str());  // nothing else may leave the page
}
std::string WebPlatform::todayIso() {
    char buf[16] = {};
    fct_today(buf, sizeof buf);
    return buf;
}

void WebPlatform::pickFile(const std::string& accept, FilePicked done) {
    int id = g_nextPick++;
    g_picks[id] = std::move(done);
    fct_pick_file(id, accept.c_str());
}

bool WebPlatform::otherTabSaved() { return EM_ASM_INT({ return Module.facturierOtherTabSaved ? 1 : 0; }) != 0; }
void WebPlatform::reloadPage() { EM_ASM({ location.reload(); }); }
bool WebPlatform::updateAvailable() { return EM_ASM_INT({ return Module.facturierUpdate ? 1 : 0; }) != 0; }
void WebPlatform::applyUpdate() {
    EM_ASM({
        Module.facturierUpdateAccepted = true;
        Module.facturierUpdate.postMessage('skipWaiting');
    });
}

void installTextBridge() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = [](void*, const char* text) {
        g_clipboard = text;
        fct_clipboard_write(text);
    };
    io.GetClipboardTextFn = [](void*) -> const char* {
        g_pasted = ui::textToPaste(g_clipboard);  // tab → space, CR LF → LF, controls removed
        return g_pasted.c_str();
    };
}

void updateTextBridge(bool wantTextInput) { fct_set_text_focus(wantTextInput ? 1 : 0); }
void signalFirstFrame() { fct_first_frame(); }

}  // namespace facturier::web

// Called from JS: text typed or composed in the hidden textarea (UTF-8). Controls are normalised
// here as in a paste (a tab becomes a space, CR LF one line break, the others go).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_text_input(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(facturier::normalizeText(utf8, true).c_str());
}
// Called from JS on a paste event: remember the text, then let ImGui paste it (Ctrl+V).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_paste(const char* utf8) {
    facturier::web::g_clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

// Called from JS with the file the user picked (the bytes are freed by JS afterwards).
extern "C" EMSCRIPTEN_KEEPALIVE void facturier_file_picked(int id, const char* name, const char* mime, const std::uint8_t* data, int size) {
    auto it = facturier::web::g_picks.find(id);
    if (it == facturier::web::g_picks.end()) return;
    auto done = std::move(it->second);
    facturier::web::g_picks.erase(it);
    done(name, mime, std::vector<std::uint8_t>(data, data + size));
}
