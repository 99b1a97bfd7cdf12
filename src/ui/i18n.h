// Translation lookup: every visible string goes through tr("key"). Tables come from
// assets/lang/{fr,en}.json; a missing key shows as the key itself, so it is noticed.
#pragma once

#include <map>
#include <string>

namespace facturier::ui {

class Translator {
public:
    // Loads a flat {"key": "text"} JSON object; false with `error` when it is not one.
    bool load(const std::string& language, const std::string& json, std::string& error);
    void setLanguage(const std::string& language) { language_ = language; }
    const std::string& language() const { return language_; }
    bool french() const { return language_ == "fr"; }
    const char* tr(const std::string& key) const;
    const std::map<std::string, std::string>& table(const std::string& language) const;

private:
    std::map<std::string, std::map<std::string, std::string>> tables_;
    std::string language_ = "fr";
    mutable std::map<std::string, std::string> missing_;
};

}  // namespace facturier::ui
