// Translation tables.
#include "ui/i18n.h"

#include <nlohmann/json.hpp>

namespace facturier::ui {

bool Translator::load(const std::string& language, const std::string& json, std::string& error) {
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) { error = "lang/" + language + ".json: not a JSON object"; return false; }
    std::map<std::string, std::string> table;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!it.value().is_string()) { error = "lang/" + language + ".json: " + it.key() + ": expected a string"; return false; }
        table[it.key()] = it.value().get<std::string>();
    }
    tables_[language] = std::move(table);
    return true;
}

const char* Translator::tr(const std::string& key) const {
    auto t = tables_.find(language_);
    if (t != tables_.end()) {
        auto it = t->second.find(key);
        if (it != t->second.end()) return it->second.c_str();
    }
    // A missing key shows as itself, so it is noticed and never crashes.
    return missing_.emplace(key, key).first->second.c_str();
}

std::string Translator::format(const std::string& key, const std::vector<std::string>& args) const {
    std::string text = tr(key), out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == 's') {
            if (next < args.size()) out += args[next];
            ++next;
            ++i;
        } else if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == '%') {
            out += '%';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

const std::map<std::string, std::string>& Translator::table(const std::string& language) const {
    static const std::map<std::string, std::string> empty;
    auto t = tables_.find(language);
    return t == tables_.end() ? empty : t->second;
}

}  // namespace facturier::ui
