// Look of the app: colours, spacing and the UI font (a DejaVu Sans subset covering Latin-1, € Œ œ,
// dashes, quotes and « »), scaled for the device pixel ratio.
#pragma once

#include <string>
#include <vector>

struct ImFont;

namespace facturier::ui {

// The glyph ranges the UI font must cover (also checked by the tests).
const unsigned short* uiGlyphRanges();
// Loads the font from TTF bytes at `pixelSize`; nullptr when the bytes are not a font.
ImFont* loadUiFont(const std::vector<unsigned char>& ttf, float pixelSize);
void applyTheme(float scale);

}  // namespace facturier::ui
