// FileStore: records as files, with a write-ahead "pending.json" for all-or-nothing commits.
#include "store/file_store.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace facturier::store {

namespace fs = std::filesystem;

namespace {
bool writeFile(const fs::path& path, const std::string& data) {
    fs::path tmp = path;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) return false;
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    return !ec;
}
bool readFile(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}
// Keys contain '/', files are flat: "doc/doc-1" → "doc%2Fdoc-1.json".
std::string escapeKey(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '/') out += "%2F";
        else if (c == '%') out += "%25";
        else out += c;
    }
    return out + ".json";
}
std::string unescapeKey(std::string name) {
    name = name.substr(0, name.size() - 5);
    std::string out;
    for (size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '%' && i + 2 < name.size()) {
            out += name.substr(i, 3) == "%2F" ? '/' : '%';
            i += 2;
        } else {
            out += name[i];
        }
    }
    return out;
}
}  // namespace

FileStore::FileStore(std::string directory) : dir_(std::move(directory)) {}

std::string FileStore::pathOf(const std::string& key) const { return (fs::path(dir_) / escapeKey(key)).string(); }

StoreResult FileStore::apply(const Transaction& tx) {
    for (const auto& [k, v] : tx.puts)
        if (!writeFile(pathOf(k), v)) return {false, "store.io", "cannot write " + k};
    for (const auto& k : tx.removes) {
        std::error_code ec;
        fs::remove(pathOf(k), ec);
    }
    return {};
}

StoreResult FileStore::commit(const Transaction& tx) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) return {false, "store.unavailable", ec.message()};
    nlohmann::json pending = {{"puts", nlohmann::json::array()}, {"removes", tx.removes}};
    for (const auto& [k, v] : tx.puts) pending["puts"].push_back({k, v});
    fs::path wal = fs::path(dir_) / "pending.wal";
    if (!writeFile(wal, pending.dump())) return {false, "store.io", "cannot write the transaction"};
    StoreResult r = apply(tx);
    if (!r.ok) return r;  // the write-ahead file stays and is replayed on the next load
    fs::remove(wal, ec);
    return {};
}

StoreResult FileStore::loadAll(std::map<std::string, std::string>& out) {
    out.clear();
    std::error_code ec;
    if (!fs::exists(dir_, ec)) return {};
    fs::path wal = fs::path(dir_) / "pending.wal";
    std::string text;
    if (readFile(wal, text)) {  // a commit was interrupted: finish it
        auto j = nlohmann::json::parse(text, nullptr, false);
        if (!j.is_discarded() && j.contains("puts")) {
            Transaction tx;
            for (const auto& p : j["puts"]) tx.puts.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
            for (const auto& k : j["removes"]) tx.removes.push_back(k.get<std::string>());
            StoreResult r = apply(tx);
            if (!r.ok) return r;
        }
        fs::remove(wal, ec);  // a torn write-ahead file means the commit never started
    }
    for (const auto& entry : fs::directory_iterator(dir_, ec)) {
        std::string name = entry.path().filename().string();
        if (name.size() < 6 || name.substr(name.size() - 5) != ".json") continue;
        std::string data;
        if (!readFile(entry.path(), data)) return {false, "store.io", "cannot read " + name};
        out[unescapeKey(name)] = data;
    }
    return {};
}

}  // namespace facturier::store
