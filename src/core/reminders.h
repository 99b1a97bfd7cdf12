// Getting paid: the dunning schedule (friendly, firm, formal notice), the invoices to remind today,
// the late penalties and the 40 € recovery indemnity, reminder e-mails from templates with
// placeholders, the reminder log on an invoice and the invoice of the penalties.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"

namespace facturier {

struct Document;
struct Workspace;
struct OpResult;

// A reminder text the user wrote; when none exists for a (level, language), the default is used.
struct ReminderTemplate {
    int level = 1;               // 1 friendly, 2 firm, 3 formal notice
    std::string language = "fr";
    std::string subject;
    std::string body;
    bool operator==(const ReminderTemplate&) const = default;
};

// Days after the due date at which each level falls due.
struct DunningSettings {
    int friendlyDays = 3;
    int firmDays = 15;
    int formalDays = 30;
    std::vector<ReminderTemplate> templates;
    bool operator==(const DunningSettings&) const = default;
};

constexpr int kReminderLevels = 3;

// The level a debt of `daysOverdue` days has reached (0 before the first step).
int dunningLevel(const DunningSettings& s, int daysOverdue);
// The highest level already logged on the invoice (0 when never reminded).
int lastReminderLevel(const Document& d);

// An invoice the schedule says to remind today: its level was reached and not yet logged.
struct ReminderDue {
    std::string documentId;
    int level = 1;
    int daysOverdue = 0;
    std::int64_t balance = 0;
};
// Sorted by days overdue, oldest debt first.
std::vector<ReminderDue> remindersDue(const Workspace& ws, Date today);
struct DocumentFigures;
// The same from figures already computed by documentFigures(ws) (one pass shared by several views).
std::vector<ReminderDue> remindersDue(const Workspace& ws, Date today, const std::vector<DocumentFigures>& figures);

// Late penalties (C. com. L441-10): balance × annual rate × days overdue / 365, rounded half away
// from zero to minor units once, on the whole amount. The 40 € indemnity (D441-5) is owed by business
// clients only and is counted in euros only.
struct LatePenalty {
    int daysOverdue = 0;
    std::int64_t balance = 0;
    std::int64_t penalty = 0;
    std::int64_t indemnity = 0;
    std::int64_t total() const { return penalty + indemnity; }
};
LatePenalty latePenalty(const Document& d, std::int64_t balance, Date today);
constexpr std::int64_t kRecoveryIndemnityCents = 4000;

// [SECTION] Messages
// Placeholders: {client} {number} {issueDate} {dueDate} {total} {balance} {daysOverdue} {penaltyRate}
// {penalty} {indemnity} {totalClaimed} {seller} {iban} {email}
std::vector<std::string> reminderPlaceholders();
ReminderTemplate defaultReminderTemplate(int level, const std::string& language);
const ReminderTemplate& reminderTemplate(const DunningSettings& s, int level, const std::string& language,
                                         ReminderTemplate& fallback);
struct ReminderMessage {
    std::string to, subject, body;
};
// The message of `level` for the invoice, in the invoice's language, placeholders filled in.
ReminderMessage composeReminder(const Workspace& ws, const Document& invoice, int level, Date today);
// Replaces every {name} found in `values` (name, value pairs); unknown names stay as typed.
std::string fillPlaceholders(const std::string& text, const std::vector<std::pair<std::string, std::string>>& values);
// "mailto:to?subject=…&body=…" with RFC 6068 percent-encoding (UTF-8, CRLF line breaks).
std::string mailtoUrl(const ReminderMessage& m);

// [SECTION] Operations
// Logs a reminder of `level` on an issued, unpaid invoice (issued content is untouched).
OpResult logReminder(Workspace& ws, const std::string& invoiceId, int level, Date date, std::string note);
// A draft invoice to the same client for the late penalties and the indemnity, outside the scope of
// VAT (category O). Refused when nothing is owed or when a penalty invoice for it already exists.
OpResult createPenaltyInvoice(Workspace& ws, const std::string& invoiceId, Date today);

}  // namespace facturier
