// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IdView.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashSeed>

#include <cstdint>
#include <string>
#include <vector>

namespace Continuity {

// Keys read from a file (ids, sys_ids, relationship types), numbered 0, 1, 2 … in the order
// they were first added, and found again by their UTF-8 bytes without making a string:
// open addressing over a power-of-two table with a short seeded hash (shortHash, as IdView's;
// docs/decisions/id-hash.md). A million relationships look up two keys each; QHash's hash of a
// QString or QByteArray (SipHash on Debian's baseline x86-64 build) took most of such a read. The
// hash starts from this process's QHashSeed (random unless QT_HASH_SEED is set), so that keys
// chosen to collide in a file from someone else cannot be worked out beforehand. Owned by the
// reader using it.
class ByteKeys
{
public:
    ByteKeys()
        : m_seed(1469598103934665603ull ^
                 (std::uint64_t(QHashSeed::globalSeed()) * 0x9e3779b97f4a7c15ull))
    {
        rehash(16);
    }

    // Room for `count` keys without growing (it grows anyway when needed).
    void reserve(qsizetype count)
    {
        std::size_t size = 16;
        while (size < 2 * std::size_t(count))
            size *= 2;
        if (size > m_slots.size())
            rehash(size);
        m_begin.reserve(std::size_t(count) + 1);
    }
    qsizetype size() const { return qsizetype(m_begin.size()) - 1; }

    // The number of `key`, or -1.
    int find(QByteArrayView key) const
    {
        const std::uint64_t h = hash(key);
        const auto tag = std::uint32_t(h >> 32);
        for (std::size_t slot = h & (m_slots.size() - 1);;
             slot = (slot + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[slot];
            if (s.index < 0)
                return -1;
            if (s.tag == tag && this->key(s.index) == key)
                return s.index;
        }
    }
    // The number of `key`, added when it is new (`*added` says which).
    int insert(QByteArrayView key, bool *added = nullptr)
    {
        const std::uint64_t h = hash(key);
        const auto tag = std::uint32_t(h >> 32);
        std::size_t slot = h & (m_slots.size() - 1);
        for (; m_slots[slot].index >= 0; slot = (slot + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[slot];
            if (s.tag == tag && this->key(s.index) == key) {
                if (added)
                    *added = false;
                return s.index;
            }
        }
        const int index = int(size());
        m_slots[slot] = {index, tag};
        m_bytes.append(key.data(), std::size_t(key.size()));
        m_begin.push_back(m_bytes.size());
        if (2 * std::size_t(size()) > m_slots.size())
            rehash(2 * m_slots.size());
        if (added)
            *added = true;
        return index;
    }
    QByteArrayView key(int index) const
    {
        const std::size_t begin = m_begin[std::size_t(index)];
        return QByteArrayView(m_bytes.data() + begin,
                              qsizetype(m_begin[std::size_t(index) + 1] - begin));
    }

private:
    // A slot holds the key's number and more of its hash, so that most keys that are not the
    // one sought are passed over without reading them; the keys' bytes are kept one after the
    // other.
    struct Slot
    {
        int index;
        std::uint32_t tag;
    };
    std::vector<Slot> m_slots;
    std::string m_bytes;
    std::vector<std::size_t> m_begin{0}; // key i is m_bytes[m_begin[i], m_begin[i + 1])
    std::uint64_t m_seed;

    std::uint64_t hash(QByteArrayView bytes) const
    {
        return shortHash(bytes.data(), std::size_t(bytes.size()), m_seed);
    }
    void rehash(std::size_t size)
    {
        m_slots.assign(size, {-1, 0});
        for (int i = 0; i < int(this->size()); ++i) {
            const std::uint64_t h = hash(key(i));
            std::size_t slot = h & (size - 1);
            while (m_slots[slot].index >= 0)
                slot = (slot + 1) & (size - 1);
            m_slots[slot] = {i, std::uint32_t(h >> 32)};
        }
    }
};

} // namespace Continuity
