// What the UI needs from the platform it runs on. The UI calls it; wasm/ (and the tests) implement it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace facturier::ui {

class Platform {
public:
    virtual ~Platform() = default;
    // Offers bytes to the user as a file download.
    virtual void download(const std::string& fileName, const std::string& mime, const std::vector<std::uint8_t>& bytes) = 0;
    // Opens bytes in a new tab (a PDF to print).
    virtual void openInNewTab(const std::string& mime, const std::vector<std::uint8_t>& bytes) = 0;
    // Hands a mailto: link to the user's own mail client (the app never sends anything itself).
    virtual void openMailto(const std::string& url) = 0;
    // Today's date in the user's time zone, ISO "YYYY-MM-DD".
    virtual std::string todayIso() = 0;
    // Lets the user pick a file (`accept`: "image/png,image/jpeg"); `done` gets its name, type and bytes.
    using FilePicked = std::function<void(const std::string& name, const std::string& mime, std::vector<std::uint8_t> bytes)>;
    virtual void pickFile(const std::string& accept, FilePicked done) = 0;
    // Another tab saved the workspace (this one is read-only and may be stale).
    virtual bool otherTabSaved() { return false; }
    virtual void reloadPage() {}
    // A new version of the app is installed and waits; applyUpdate() reloads into it.
    virtual bool updateAvailable() { return false; }
    virtual void applyUpdate() {}
};

}  // namespace facturier::ui
