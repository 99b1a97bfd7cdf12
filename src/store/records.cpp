// Mapping between a Workspace and its store records.
#include <nlohmann/json.hpp>
#include <set>

#include "io/json_codec.h"
#include "store/store.h"

namespace facturier::store {

std::string documentKey(const std::string& id) { return "doc/" + id; }
std::string summaryKey(const std::string& id) { return "sum/" + id; }
std::string clientKey(const std::string& id) { return "client/" + id; }
std::string catalogueKey(const std::string& id) { return "item/" + id; }
std::string recurringKey(const std::string& id) { return "recur/" + id; }

namespace {
std::string coreRecord(const Workspace& ws) {
    Workspace core;
    core.seller = ws.seller;
    core.settings = ws.settings;
    core.series = ws.series;
    core.journal = ws.journal;
    core.nextId = ws.nextId;
    return io::encodeWorkspace(core);
}
std::string itemRecord(const CatalogueItem& item) {
    Workspace w;
    w.catalogue = {item};
    auto j = nlohmann::json::parse(io::encodeWorkspace(w));
    return j["catalogue"][0].dump();
}
template <typename T, typename Key, typename Encode>
void diffList(const std::vector<T>& before, const std::vector<T>& after, Key key, Encode encode, Transaction& tx) {
    std::map<std::string, const T*> old;
    for (const auto& x : before) old[x.id] = &x;
    std::set<std::string> seen;
    for (const auto& x : after) {
        seen.insert(x.id);
        auto it = old.find(x.id);
        if (it == old.end() || !(*it->second == x)) tx.puts.emplace_back(key(x.id), encode(x));
    }
    for (const auto& x : before)
        if (!seen.count(x.id)) tx.removes.push_back(key(x.id));
}
// Documents: states of one workspace share unchanged documents, so most comparisons are of pointers.
void diffDocuments(const DocumentList& before, const DocumentList& after, Transaction& tx) {
    bool aligned = before.size() <= after.size();
    for (std::size_t i = 0; aligned && i < before.size(); ++i) aligned = before[i].id == after[i].id;
    if (aligned) {
        for (std::size_t i = 0; i < after.size(); ++i) {
            bool same = i < before.size() && (before.shared(i) == after.shared(i) || before[i] == after[i]);
            if (!same) tx.puts.emplace_back(documentKey(after[i].id), io::encodeDocument(after[i]));
        }
        return;
    }
    std::map<std::string, std::size_t> old;
    for (std::size_t i = 0; i < before.size(); ++i) old[before[i].id] = i;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < after.size(); ++i) {
        seen.insert(after[i].id);
        auto it = old.find(after[i].id);
        bool same = it != old.end() && (before.shared(it->second) == after.shared(i) || before[it->second] == after[i]);
        if (!same) tx.puts.emplace_back(documentKey(after[i].id), io::encodeDocument(after[i]));
    }
    for (const auto& d : before)
        if (!seen.count(d.id)) tx.removes.push_back(documentKey(d.id));
}
}  // namespace

DocumentSummary summarize(const Workspace& ws, const Document& d) {
    DocumentSummary s;
    s.id = d.id;
    s.number = d.number;
    s.type = typeKey(d.type);
    s.status = statusKey(d.status);
    s.clientId = d.clientId;
    s.clientName = d.buyer.name;
    s.issueDate = d.issueDate.iso();
    s.dueDate = d.dueDate ? d.dueDate->iso() : "";
    s.currency = d.currency.code;
    Totals t = computeTotals(d);
    s.total = t.grandTotal;
    s.balance = balanceDue(ws, d);
    return s;
}

std::string encodeSummary(const DocumentSummary& s) {
    return nlohmann::json{{"id", s.id}, {"number", s.number}, {"type", s.type}, {"status", s.status},
                          {"clientId", s.clientId}, {"clientName", s.clientName}, {"issueDate", s.issueDate},
                          {"dueDate", s.dueDate}, {"currency", s.currency}, {"total", s.total}, {"balance", s.balance}}
        .dump();
}

std::optional<DocumentSummary> decodeSummary(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    DocumentSummary s;
    auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
    auto num = [&](const char* k) { return j.contains(k) && j[k].is_number_integer() ? j[k].get<std::int64_t>() : std::int64_t{0}; };
    s.id = str("id");
    if (s.id.empty()) return std::nullopt;
    s.number = str("number");
    s.type = str("type");
    s.status = str("status");
    s.clientId = str("clientId");
    s.clientName = str("clientName");
    s.issueDate = str("issueDate");
    s.dueDate = str("dueDate");
    s.currency = str("currency");
    s.total = num("total");
    s.balance = num("balance");
    return s;
}

Transaction fullSave(const Workspace& ws) {
    Transaction tx;
    tx.puts.emplace_back(kCoreKey, coreRecord(ws));
    for (const auto& c : ws.clients) tx.puts.emplace_back(clientKey(c.id), io::encodeClient(c));
    for (const auto& i : ws.catalogue) tx.puts.emplace_back(catalogueKey(i.id), itemRecord(i));
    for (const auto& t : ws.recurring) tx.puts.emplace_back(recurringKey(t.id), io::encodeRecurring(t));
    for (const auto& d : ws.documents) {
        tx.puts.emplace_back(documentKey(d.id), io::encodeDocument(d));
        tx.puts.emplace_back(summaryKey(d.id), encodeSummary(summarize(ws, d)));
    }
    return tx;
}

Transaction diff(const Workspace& before, const Workspace& after) {
    Transaction tx;
    bool coreChanged = !(before.seller == after.seller) || !(before.settings == after.settings) ||
                       before.series != after.series ||
                       // the journal only grows: its length and last hash tell whether it changed
                       before.journal.size() != after.journal.size() || before.journal.headHash() != after.journal.headHash() ||
                       before.nextId != after.nextId;
    if (coreChanged) tx.puts.emplace_back(kCoreKey, coreRecord(after));
    diffList(before.clients, after.clients, clientKey, io::encodeClient, tx);
    diffList(before.catalogue, after.catalogue, catalogueKey, itemRecord, tx);
    diffList(before.recurring, after.recurring, recurringKey, io::encodeRecurring, tx);
    Transaction docs;
    diffDocuments(before.documents, after.documents, docs);
    // A summary shows a balance, which credit notes change too: refresh the invoices they correct.
    std::set<std::string> summaries;
    for (const auto& put : docs.puts) {
        std::string id = put.first.substr(4);
        summaries.insert(id);
        if (const Document* d = after.findDocument(id); d && !d->correctsId.empty()) summaries.insert(d->correctsId);
    }
    for (auto& put : docs.puts) tx.puts.push_back(std::move(put));
    for (const auto& id : summaries)
        if (const Document* d = after.findDocument(id)) tx.puts.emplace_back(summaryKey(id), encodeSummary(summarize(after, *d)));
    for (auto& key : docs.removes) {
        tx.removes.push_back(summaryKey(key.substr(4)));
        tx.removes.push_back(std::move(key));
    }
    return tx;
}

LoadResult loadWorkspace(const std::map<std::string, std::string>& records) {
    LoadResult r;
    auto core = records.find(kCoreKey);
    if (core == records.end()) {
        r.workspace = Workspace::withDefaultSeries();
        if (records.empty()) return r;
        r.ok = false;
        r.error = "core: record missing";
        return r;
    }
    auto ws = io::decodeWorkspace(core->second);
    if (!ws.ok()) { r.ok = false; r.error = "core: " + ws.error().text(); return r; }
    r.workspace = std::move(ws.get());
    for (const auto& [key, value] : records) {
        if (key.rfind("client/", 0) == 0) {
            auto c = io::decodeClient(value);
            if (!c.ok()) { r.ok = false; r.error = key + ": " + c.error().text(); return r; }
            r.workspace.clients.push_back(c.get());
        } else if (key.rfind("doc/", 0) == 0) {
            auto d = io::decodeDocument(value);
            if (!d.ok()) { r.ok = false; r.error = key + ": " + d.error().text(); return r; }
            r.workspace.documents.push_back(d.get());
        } else if (key.rfind("item/", 0) == 0) {
            auto w = io::decodeWorkspace("{\"schemaVersion\":1,\"catalogue\":[" + value + "]}");
            if (!w.ok()) { r.ok = false; r.error = key + ": " + w.error().text(); return r; }
            r.workspace.catalogue.push_back(w.get().catalogue.at(0));
        } else if (key.rfind("recur/", 0) == 0) {
            auto t = io::decodeRecurring(value);
            if (!t.ok()) { r.ok = false; r.error = key + ": " + t.error().text(); return r; }
            r.workspace.recurring.push_back(t.get());
        }
    }
    r.workspace.documents.sortBy(
        [](const Document& a, const Document& b) { return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id; });
    return r;
}

}  // namespace facturier::store
