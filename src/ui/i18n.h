// Translation lookup: every visible string goes through tr("key"). Tables come from
// assets/lang/{fr,en}.json; a missing key shows as the key itself, so it is noticed.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace facturier::ui {

class Translator {
public:
    // Loads a flat {"key": "text"} JSON object; false with `error` when it is not one.
    bool load(const std::string& language, const std::string& json, std::string& error);
    void setLanguage(const std::string& language) { language_ = language; }
    const std::string& language() const { return language_; }
    bool french() const { return language_ == "fr"; }
    const char* tr(const std::string& key) const;
    // The text of `key` with each "%s" replaced by the next of `args`, in order (a missing argument
    // leaves nothing, an extra one is dropped: never a printf with the wrong arguments).
    std::string format(const std::string& key, const std::vector<std::string>& args) const;
    const std::map<std::string, std::string>& table(const std::string& language) const;

private:
    std::map<std::string, std::map<std::string, std::string>> tables_;
    std::string language_ = "fr";
    mutable std::map<std::string, std::string> missing_;
};

}  // namespace facturier::ui
