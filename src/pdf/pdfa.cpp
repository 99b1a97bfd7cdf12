// PDF/A-3b + Factur-X objects. libharu 2.3.0's own PDF/A helpers know only PDF/A-1, write an
// unescaped XMP, a misspelt OutputIntent key and an incomplete filespec, so everything is built here.
#include "pdf/pdfa.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/sha256.h"
#include "io/cii_xml.h"
#include "pdf/truetype.h"

namespace facturier::pdf {

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the ICC profile " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

HPDF_Dict newStream(HPDF_Doc doc, const std::string& bytes, bool compress) {
    HPDF_Dict s = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (!s) throw std::runtime_error("libharu: cannot create a stream");
    if (compress) s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Stream_Write(s->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
    return s;
}

HPDF_Dict newIndirectDict(HPDF_Doc doc) {
    HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
    HPDF_Xref_Add(doc->xref, d);
    return d;
}

void addString(HPDF_Doc doc, HPDF_Dict dict, const char* key, const std::string& value) {
    HPDF_Dict_Add(dict, key, HPDF_String_New(doc->mmgr, value.c_str(), nullptr));
}

// A PDF text string: UTF-16BE with its byte order mark.
HPDF_Binary textString(HPDF_Doc doc, const std::string& utf8) {
    std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF};
    auto unit = [&](unsigned u) { bytes.push_back(static_cast<HPDF_BYTE>(u >> 8)); bytes.push_back(static_cast<HPDF_BYTE>(u & 0xFF)); };
    for (char32_t cp : decodeUtf8(utf8)) {
        if (cp < 0x10000) { unit(static_cast<unsigned>(cp)); continue; }
        cp -= 0x10000;
        unit(0xD800 + static_cast<unsigned>(cp >> 10));
        unit(0xDC00 + static_cast<unsigned>(cp & 0x3FF));
    }
    return HPDF_Binary_New(doc->mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

std::string xmpProperty(const char* name, const char* description) {
    return std::string("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>") + name +
           "</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
           "<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>" +
           description + "</pdfaProperty:description></rdf:li>\n";
}

std::string xmpPacket(const PdfAInfo& info) {
    using io::xmlEscape;
    std::string date = xmpDate(info.date);
    std::string x =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
        "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:format>application/pdf</dc:format>"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(info.title) + "</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>" + xmlEscape(info.author) + "</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
        "<pdf:Producer>Facturier (libharu)</pdf:Producer></rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
        "<xmp:CreatorTool>Facturier</xmp:CreatorTool><xmp:CreateDate>" + date + "</xmp:CreateDate>"
        "<xmp:ModifyDate>" + date + "</xmp:ModifyDate></rdf:Description>\n";
    if (!info.facturXml.empty()) {
        x += "<rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">"
             "<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>"
             "<fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>\n"
             "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
             "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
             "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
             "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n"
             "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>\n"
             "<pdfaSchema:prefix>fx</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq>\n" +
             xmpProperty("DocumentFileName", "The name of the embedded XML document") +
             xmpProperty("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER") +
             xmpProperty("Version", "The actual version of the standard applying to the embedded XML document") +
             xmpProperty("ConformanceLevel", "The conformance level of the embedded XML document") +
             "</rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";
    }
    x += "</rdf:RDF>\n</x:xmpmeta>\n";
    // Padding lets a tool update the packet in place, as the XMP specification recommends.
    for (int i = 0; i < 20; ++i) x += std::string(99, ' ') + "\n";
    x += "<?xpacket end=\"w\"?>";
    return x;
}

void embedFacturX(HPDF_Doc doc, const PdfAInfo& info, const std::string& infoDate) {
    HPDF_Dict file = newStream(doc, info.facturXml, true);
    HPDF_Dict_AddName(file, "Type", "EmbeddedFile");
    HPDF_Dict_AddName(file, "Subtype", "text/xml");  // written as /text#2Fxml
    HPDF_Dict params = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_AddNumber(params, "Size", static_cast<HPDF_INT32>(info.facturXml.size()));
    addString(doc, params, "ModDate", infoDate);
    HPDF_Dict_Add(file, "Params", params);

    HPDF_Dict spec = newIndirectDict(doc);
    HPDF_Dict_AddName(spec, "Type", "Filespec");
    addString(doc, spec, "F", "factur-x.xml");
    addString(doc, spec, "UF", "factur-x.xml");
    addString(doc, spec, "Desc", "Factur-X invoice (EN 16931)");
    HPDF_Dict_AddName(spec, "AFRelationship", "Alternative");
    HPDF_Dict ef = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_Add(ef, "F", file);
    HPDF_Dict_Add(ef, "UF", file);
    HPDF_Dict_Add(spec, "EF", ef);

    HPDF_Array names = HPDF_Array_New(doc->mmgr);
    HPDF_Array_Add(names, HPDF_String_New(doc->mmgr, "factur-x.xml", nullptr));
    HPDF_Array_Add(names, spec);
    HPDF_Dict embedded = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_Add(embedded, "Names", names);
    HPDF_Dict nameTree = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_Add(nameTree, "EmbeddedFiles", embedded);
    HPDF_Dict_Add(doc->catalog, "Names", nameTree);

    HPDF_Array af = HPDF_Array_New(doc->mmgr);
    HPDF_Array_Add(af, spec);
    HPDF_Dict_Add(doc->catalog, "AF", af);
}

}  // namespace

std::string xmpDate(Date d) { return d.iso() + "T00:00:00+00:00"; }

void makePdfA3(HPDF_Doc doc, const PdfAInfo& info) {
    doc->pdf_version = HPDF_VER_17;

    // Info strings as UTF-16BE with a BOM, so that accented names read back exactly as in the XMP;
    // dates written by hand (libharu appends an offset after "Z" that readers compare differently).
    std::string infoDate = "D:" + info.date.compact() + "000000+00'00'";
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "Facturier");
    HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, "Facturier (libharu)");
    HPDF_Dict_Add(doc->info, "Title", textString(doc, info.title));
    HPDF_Dict_Add(doc->info, "Author", textString(doc, info.author));
    addString(doc, doc->info, "CreationDate", infoDate);
    addString(doc, doc->info, "ModDate", infoDate);

    HPDF_Dict xmp = newStream(doc, xmpPacket(info), false);  // metadata stays readable (no filter)
    HPDF_Dict_AddName(xmp, "Type", "Metadata");
    HPDF_Dict_AddName(xmp, "Subtype", "XML");
    HPDF_Dict_Add(doc->catalog, "Metadata", xmp);

    HPDF_Dict icc = newStream(doc, readFile(info.iccProfile), true);
    HPDF_Dict_AddNumber(icc, "N", 3);
    HPDF_Dict intent = newIndirectDict(doc);
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
    addString(doc, intent, "OutputConditionIdentifier", "sRGB IEC61966-2.1");
    addString(doc, intent, "Info", "sRGB IEC61966-2.1");
    HPDF_Dict_Add(intent, "DestOutputProfile", icc);
    HPDF_Array intents = HPDF_Array_New(doc->mmgr);
    HPDF_Array_Add(intents, intent);
    HPDF_Dict_Add(doc->catalog, "OutputIntents", intents);

    if (!info.facturXml.empty()) embedFacturX(doc, info, infoDate);

    // Trailer /ID: the same two halves, hashed from what the document says.
    Sha256 h;
    h.update(info.idSeed);
    h.update(info.facturXml);
    auto digest = h.finish();
    HPDF_Array id = HPDF_Array_New(doc->mmgr);
    HPDF_Array_Add(id, HPDF_Binary_New(doc->mmgr, digest.data(), 16));
    HPDF_Array_Add(id, HPDF_Binary_New(doc->mmgr, digest.data(), 16));
    HPDF_Dict_Add(doc->trailer, "ID", id);
}

}  // namespace facturier::pdf
