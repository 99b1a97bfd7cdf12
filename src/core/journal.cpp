// Hash-chained journal of the events that must never be rewritten.
#include "core/journal.h"

#include "core/sha256.h"

namespace facturier {

std::string canonicalEntry(const JournalEntry& e) {
    // Length-prefixed fields: no separator inside a field can forge another field.
    std::string out;
    auto field = [&out](const std::string& s) { out += std::to_string(s.size()) + ":" + s + ";"; };
    field(std::to_string(e.seq));
    field(e.kind);
    field(e.documentId);
    field(e.number);
    field(e.date);
    field(std::to_string(e.amount));
    field(e.currency);
    field(e.contentHash);
    field(e.prevHash);
    return out;
}

const JournalEntry& Journal::append(JournalEntry e) {
    if (entries_.use_count() > 1) entries_ = std::make_shared<std::vector<JournalEntry>>(*entries_);
    e.seq = static_cast<std::int64_t>(entries_->size()) + 1;
    e.prevHash = headHash();
    e.hash = sha256Hex(canonicalEntry(e));
    entries_->push_back(std::move(e));
    return entries_->back();
}

std::optional<JournalProblem> verifyJournal(const std::vector<JournalEntry>& entries) {
    std::string prev;
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        auto at = static_cast<std::int64_t>(i);
        if (e.seq != at + 1) return JournalProblem{at, "sequence gap"};
        if (e.prevHash != prev) return JournalProblem{at, "broken chain"};
        if (sha256Hex(canonicalEntry(e)) != e.hash) return JournalProblem{at, "hash mismatch"};
        prev = e.hash;
    }
    return std::nullopt;
}

}  // namespace facturier
