// The integrity journal: every issue, payment and credit is an entry hashed with SHA-256 and chained
// to the previous one, so that an altered, removed or reordered entry is detected.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace facturier {

struct JournalEntry {
    std::int64_t seq = 0;      // 1, 2, 3 … with no gap
    std::string kind;          // "issue", "payment", "credit", "reminder"
    std::string documentId;
    std::string number;        // document number
    std::string date;          // ISO date of the event
    std::int64_t amount = 0;   // minor units (grand total, payment amount …)
    std::string currency;
    std::string contentHash;   // SHA-256 of the document's canonical content at the event
    std::string prevHash;      // hash of the previous entry ("" for the first)
    std::string hash;          // SHA-256(prevHash + canonical(entry))
    bool operator==(const JournalEntry&) const = default;
};

// The text hashed for an entry (every field but hash, in a fixed order).
std::string canonicalEntry(const JournalEntry& e);

class Journal {
public:
    const std::vector<JournalEntry>& entries() const { return *entries_; }
    std::size_t size() const { return entries_->size(); }
    // Appends an entry: fills seq, prevHash and hash.
    const JournalEntry& append(JournalEntry e);
    // Replaces the entries wholesale (decoding); verify() tells whether they hold together.
    void assign(std::vector<JournalEntry> entries) { entries_ = std::make_shared<std::vector<JournalEntry>>(std::move(entries)); }
    std::string headHash() const { return entries_->empty() ? std::string() : entries_->back().hash; }

private:
    // Shared between copies of a workspace; an append copies it first when it is shared.
    std::shared_ptr<std::vector<JournalEntry>> entries_ = std::make_shared<std::vector<JournalEntry>>();
};

struct JournalProblem {
    std::int64_t index = -1;   // position of the first bad entry
    std::string reason;        // "hash mismatch", "broken chain", "sequence gap"
};
// Empty when every entry's hash, chain link and sequence number hold.
std::optional<JournalProblem> verifyJournal(const std::vector<JournalEntry>& entries);

}  // namespace facturier
