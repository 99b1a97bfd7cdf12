// The JS test API: one entry point taking a JSON command and returning a JSON answer, so browser
// tests can drive broader cases than the clicking journey (credit notes, deposits, many documents)
// through the same session, store and renderer as the UI.
//   {"op": "addClient", "client": {...}}                 → {"ok": true, "id": "cli-4"}
//   {"op": "draft", "type": "invoice", "clientId": ..., "lines": [...]} → {"ok": true, "id": "doc-9"}
//   {"op": "issue", "id": ...}                           → {"ok": true, "number": "F-2026-0005"}
//   {"op": "pay", "id": ..., "amount": 12000}            → {"ok": true}
//   {"op": "credit", "id": ..., "amount": 5000}          → {"ok": true, "id": ...}   (amount optional)
//   {"op": "deposit", "id": quoteId, "percent": "30"}    → {"ok": true, "id": ...}
//   {"op": "convert", "id": quoteId}                     → {"ok": true, "id": ...}
//   {"op": "document", "id": ...}                        → {"ok": true, "document": {...}, "totals": {...}}
//   {"op": "pdf", "id": ...}                             → {"ok": true, "base64": "...", "fileName": "..."}
//   {"op": "draft", ..., "currency": "USD", "exchangeRate": {"perEuro": "1.08", "date": …, "source": …}, "paidAtIssue": true}
//   {"op": "xml", "id": ...}                             → {"ok": true, "xml": "..."}
//   {"op": "addRecurring", "template": {...}}            → {"ok": true, "id": "rec-12"}
//   {"op": "workspace"}                                  → {"ok": true, "documents": n, "clients": n, "recurring": [...],
//                                                            "today": "2026-11-30", "integrity": ["F-2026-0120 is used by 2 documents", …]}
//   {"op": "replaceUnchecked", "workspace": {...}}       → {"ok": true}   (stores a workspace as it is, without the
//                                                            restore's checks: what an older version or an edited file left)
//   {"op": "backup"}                                     → {"ok": true, "json": "..."}  (the whole workspace)
//   {"op": "remindersDue"}                               → {"ok": true, "due": [{"id", "number", "level", "daysOverdue"}]}
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/backup.h"
#include "app/exports.h"
#include "app/session.h"
#include "io/base64.h"
#include "io/json_codec.h"

using namespace facturier;
using nlohmann::json;

namespace facturier::web {
app::Session* testApiSession = nullptr;
pdf::RenderOptions testApiPdfOptions;
}  // namespace facturier::web

namespace {
json fail(const std::string& key, const std::string& detail = "") { return {{"ok", false}, {"error", key}, {"detail", detail}}; }
json fromOp(const OpResult& r) {
    if (!r.ok) {
        json j = fail(r.errorKey, r.detail);
        for (const auto& i : r.issues) j["issues"].push_back({{"key", i.key}, {"path", i.path}, {"detail", i.detail}});
        return j;
    }
    return {{"ok", true}, {"id", r.id}};
}

json run(const json& cmd) {
    app::Session& s = *web::testApiSession;
    std::string op = cmd.value("op", "");
    std::string id = cmd.value("id", "");
    Date today = s.today();
    if (op == "addClient") {
        auto c = io::decodeClient(cmd["client"].dump());
        if (!c.ok()) return fail("decode", c.error().text());
        Client client = c.get();
        return fromOp(s.apply([&](Workspace& ws) {
            if (client.id.empty() || ws.findClient(client.id)) client.id = ws.newId("cli");
            ws.clients.push_back(client);
            return OpResult::success(client.id);
        }));
    }
    if (op == "draft") {
        auto type = typeFromKey(cmd.value("type", "invoice"));
        if (!type) return fail("type");
        std::vector<Line> lines;
        json wrapper = {{"id", "x"}, {"type", "invoice"}, {"issueDate", today.iso()}, {"lines", cmd.value("lines", json::array())}};
        // Optional, as the editor sets them: the currency with its exchange rate, paid when issued.
        for (const char* key : {"currency", "exchangeRate", "paidAtIssue"})
            if (cmd.contains(key)) wrapper[key] = cmd[key];
        auto decoded = io::decodeDocument(wrapper.dump());
        if (!decoded.ok()) return fail("decode", decoded.error().text());
        std::string client = cmd.value("clientId", "");
        return fromOp(s.apply([&](Workspace& ws) {
            Document d = newDraft(ws, *type, client, today);
            d.lines = decoded.get().lines;
            if (cmd.contains("currency")) d.currency = decoded.get().currency;
            d.exchangeRate = decoded.get().exchangeRate;
            d.paidAtIssue = decoded.get().paidAtIssue;
            d.createdAt = today.days;
            return addDraft(ws, d);
        }));
    }
    if (op == "issue") {
        OpResult r = s.apply([&](Workspace& ws) { return issueDocument(ws, id, today); });
        json j = fromOp(r);
        if (r.ok) j["number"] = s.workspace().findDocument(id)->number;
        return j;
    }
    if (op == "pay") {
        Payment p{"", today, cmd.value("amount", std::int64_t{0}), PaymentMethod::Transfer, cmd.value("reference", ""), false};
        return fromOp(s.apply([&](Workspace& ws) { return recordPayment(ws, id, p); }));
    }
    if (op == "credit") {
        std::optional<std::int64_t> amount;
        if (cmd.contains("amount")) amount = cmd["amount"].get<std::int64_t>();
        return fromOp(s.apply([&](Workspace& ws) { return createCreditNote(ws, id, amount, today); }));
    }
    if (op == "deposit") {
        auto pct = parseDecimal(cmd.value("percent", ""));
        if (!pct) return fail("percent");
        return fromOp(s.apply([&](Workspace& ws) { return createDepositInvoice(ws, id, *pct, std::nullopt, today); }));
    }
    if (op == "addRecurring") {
        json t = cmd.value("template", json::object());
        if (!t.contains("id")) t["id"] = "";
        auto decoded = io::decodeRecurring(t.dump());
        if (!decoded.ok()) return fail("decode", decoded.error().text());
        RecurringTemplate tpl = decoded.get();
        return fromOp(s.apply([&](Workspace& ws) { return addRecurring(ws, tpl); }));
    }
    if (op == "workspace") {
        json recurring = json::array();
        for (const auto& t : s.workspace().recurring) recurring.push_back(json::parse(io::encodeRecurring(t)));
        json integrity = json::array();
        for (const auto& i : s.integrity()) integrity.push_back(i.text);
        return {{"ok", true}, {"documents", s.workspace().documents.size()}, {"clients", s.workspace().clients.size()},
                {"catalogue", s.workspace().catalogue.size()}, {"recurring", recurring}, {"today", today.iso()},
                {"integrity", integrity}};
    }
    if (op == "replaceUnchecked") {
        auto ws = io::decodeWorkspace(cmd["workspace"].dump());
        if (!ws.ok()) return fail("decode", ws.error().text());
        return fromOp(s.replaceAll(std::move(ws.get())));
    }
    if (op == "backup") return {{"ok", true}, {"json", app::exportBackup(s.workspace())}};
    if (op == "remindersDue") {
        json due = json::array();
        for (const auto& r : remindersDue(s.workspace(), today))
            due.push_back({{"id", r.documentId}, {"number", s.workspace().findDocument(r.documentId)->number}, {"level", r.level},
                           {"daysOverdue", r.daysOverdue}});
        return {{"ok", true}, {"due", due}};
    }
    if (op == "convert") return fromOp(s.apply([&](Workspace& ws) { return convertQuoteToInvoice(ws, id, today); }));
    const Document* d = s.workspace().findDocument(id);
    if (!d) return fail("lifecycle.unknownDocument", id);
    if (op == "document") {
        Totals t = computeTotals(*d);
        return {{"ok", true}, {"document", json::parse(io::encodeDocument(*d))},
                {"totals", {{"net", t.lineNetSum}, {"vat", t.vatTotal}, {"gross", t.grandTotal}, {"prepaid", t.prepaid},
                            {"due", t.dueAmount}, {"balance", balanceDue(s.workspace(), *d)}}}};
    }
    if (op == "pdf") {
        auto r = app::documentPdf(s.workspace(), *d, web::testApiPdfOptions);
        if (!r.ok) return fail("pdf", r.error);
        return {{"ok", true}, {"base64", io::encodeBase64(r.bytes)}, {"fileName", app::documentFileName(s.workspace(), *d, "pdf")}};
    }
    if (op == "xml") return {{"ok", true}, {"xml", app::facturXml(s.workspace(), *d)}};
    return fail("unknown op", op);
}
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* facturier_api(const char* command) {
    static std::string out;
    if (!web::testApiSession) return "{\"ok\":false,\"error\":\"not started\"}";
    json cmd = json::parse(command, nullptr, false);
    out = cmd.is_discarded() ? fail("json").dump() : run(cmd).dump();
    return out.c_str();
}
