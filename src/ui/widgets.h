// Small input helpers shared by the views: std::string text fields (UTF-8, paste), locale-aware
// decimal and money fields that keep what the user is typing until it parses, date fields, and the
// validation message shown under the field it concerns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/validation.h"
#include "core/workspace.h"
#include "ui/i18n.h"

namespace facturier::ui {

// Each returns true when the value changed (and is valid). Text fields keep what they hold normalised
// as typed or pasted (core/text.h normalizeText: tab → space, CR LF → LF, other controls removed; a
// one-line field turns line breaks into spaces).
bool inputText(const char* label, std::string& value, float width = 0, const char* hint = nullptr);
bool inputMultiline(const char* label, std::string& value, float height, float width = -1);
// The clipboard text as the text field being edited should receive it: normalised, and for a one-line
// field with its line breaks made spaces (ImGui would drop them and glue the lines). The platforms'
// clipboard readers return this.
std::string textToPaste(std::string_view clipboard);
bool inputDecimal(const char* label, Decimal& value, Locale locale, int minDecimals = 0, float width = 0);
bool inputMinor(const char* label, std::int64_t& minor, const Currency& currency, Locale locale, float width = 0);
bool inputDate(const char* label, Date& value, bool french, float width = 0);
bool inputOptionalDate(const char* label, std::optional<Date>& value, bool french, float width = 0);

// An issue's message in the user's language, with what it names (its detail) put in place of "%s".
std::string issueMessage(const ValidationIssue& issue, const Translator& tr);
// Shows, in red under the previous field, every issue whose path is `path` or starts with `path`.
void fieldIssues(const std::vector<ValidationIssue>& issues, const std::string& path, const Translator& tr);
// Each integrity problem (numbers named) in red, translated; at most `max`, then how many more.
void integrityIssueList(const std::vector<IntegrityIssue>& issues, const Translator& tr, std::size_t max = 8);
// Same line as the previous item when a button labelled `nextLabel` still fits, else a new line
// (rows of buttons that wrap on narrow windows).
void sameLineIfFits(const char* nextLabel);
// A right-aligned label column for forms.
void formLabel(const char* text, float labelWidth);
// Greys out and disables the widgets between begin/end when `disabled`.
struct Disabled {
    explicit Disabled(bool d);
    ~Disabled();
    bool on;
};

}  // namespace facturier::ui
