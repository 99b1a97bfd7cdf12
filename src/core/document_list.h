// The documents of a workspace, shared between copies of the workspace until one of them changes a
// document (copy-on-write). Copying a workspace of 10,000 documents copies pointers; comparing two
// states compares pointers first. Reads look like a std::vector<Document>.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include "core/document.h"

namespace facturier {

class DocumentList {
public:
    using Ptr = std::shared_ptr<Document>;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = Document;
        using difference_type = std::ptrdiff_t;
        using pointer = const Document*;
        using reference = const Document&;
        explicit const_iterator(std::vector<Ptr>::const_iterator it) : it_(it) {}
        const Document& operator*() const { return **it_; }
        const Document* operator->() const { return it_->get(); }
        const_iterator& operator++() { ++it_; return *this; }
        const_iterator operator++(int) { auto t = *this; ++it_; return t; }
        difference_type operator-(const const_iterator& o) const { return it_ - o.it_; }
        const_iterator operator+(difference_type n) const { return const_iterator(it_ + n); }
        bool operator==(const const_iterator& o) const { return it_ == o.it_; }
        bool operator!=(const const_iterator& o) const { return it_ != o.it_; }

    private:
        friend class DocumentList;
        std::vector<Ptr>::const_iterator it_;
    };

    const_iterator begin() const { return const_iterator(items_.begin()); }
    const_iterator end() const { return const_iterator(items_.end()); }
    std::size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    const Document& operator[](std::size_t i) const { return *items_[i]; }
    const Document& front() const { return *items_.front(); }
    const Ptr& shared(std::size_t i) const { return items_[i]; }

    // Mutable access: the document is copied first if another workspace state still shares it.
    Document& mutableAt(std::size_t i) {
        Ptr& p = items_[i];
        if (p.use_count() > 1) p = std::make_shared<Document>(*p);
        return *p;
    }
    void push_back(Document d) { items_.push_back(std::make_shared<Document>(std::move(d))); }
    void pushShared(Ptr p) { items_.push_back(std::move(p)); }
    void clear() { items_.clear(); }
    void erase(const_iterator at) { items_.erase(at.it_); }
    void sortBy(const std::function<bool(const Document&, const Document&)>& less) {
        std::stable_sort(items_.begin(), items_.end(), [&](const Ptr& a, const Ptr& b) { return less(*a, *b); });
    }
    bool operator==(const DocumentList& o) const {
        if (items_.size() != o.items_.size()) return false;
        for (std::size_t i = 0; i < items_.size(); ++i)
            if (items_[i] != o.items_[i] && !(*items_[i] == *o.items_[i])) return false;
        return true;
    }

private:
    std::vector<Ptr> items_;
};

}  // namespace facturier
