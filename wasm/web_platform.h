// The browser's side of ui::Platform, implemented with the JS library web_platform.js.
#pragma once

#include "ui/platform.h"

namespace facturier::web {

class WebPlatform : public ui::Platform {
public:
    void download(const std::string& fileName, const std::string& mime, const std::vector<std::uint8_t>& bytes) override;
    void openInNewTab(const std::string& mime, const std::vector<std::uint8_t>& bytes) override;
    void openMailto(const std::string& url) override;
    std::string todayIso() override;
    void pickFile(const std::string& accept, FilePicked done) override;
    bool otherTabSaved() override;
    void reloadPage() override;
    bool updateAvailable() override;
    void applyUpdate() override;
};

// Wires ImGui's clipboard to the browser's and the hidden textarea to ImGui's text input.
void installTextBridge();
// Called each frame: focuses the hidden textarea while ImGui wants text, so that accents, dead keys,
// IME and mobile keyboards reach the app.
void updateTextBridge(bool wantTextInput);
void signalFirstFrame();

}  // namespace facturier::web
