// Look of the app: colours, spacing and the UI font (the PDF's regular DejaVu Sans cut: every
// character the PDF prints, see core/printable.h), scaled for the device pixel ratio.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace facturier::ui {

// The glyph ranges the UI font must cover (also checked by the tests).
const ImWchar* uiGlyphRanges();
// Loads the font from TTF bytes at `pixelSize`; nullptr when the bytes are not a font.
ImFont* loadUiFont(const std::vector<unsigned char>& ttf, float pixelSize);
void applyTheme(float scale);

}  // namespace facturier::ui
