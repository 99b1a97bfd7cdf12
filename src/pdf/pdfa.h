// PDF/A-3b and Factur-X packaging through libharu's object API: PDF 1.7 header, our own XMP (pdfaid
// part 3 / B, the fx extension schema), an sRGB OutputIntent, the XML as EmbeddedFile + Filespec in
// the EmbeddedFiles name tree and the catalog /AF, and a trailer /ID derived from the content.
#pragma once

#include <hpdf.h>

#include <string>

#include "core/date.h"

namespace facturier::pdf {

struct PdfAInfo {
    std::string title;        // Info /Title = dc:title
    std::string author;       // Info /Author = dc:creator
    Date date;                // Info /CreationDate and /ModDate = xmp:CreateDate / ModifyDate
    std::string iccProfile;   // path of the sRGB ICC profile
    std::string facturXml;    // empty: PDF/A-3b without attachment (a quote)
    std::string idSeed;       // text the trailer /ID is hashed from (with the XML)
};

// Throws std::runtime_error when the ICC profile cannot be read.
void makePdfA3(HPDF_Doc doc, const PdfAInfo& info);

// "2026-03-01T00:00:00+00:00", the XMP twin of the Info date "D:20260301000000+00'00'".
std::string xmpDate(Date d);

}  // namespace facturier::pdf
