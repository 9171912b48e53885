// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashSeed>

#include <cstdint>
#include <vector>

namespace Continuity {

// Keys read from a file (ids, sys_ids, relationship types), numbered 0, 1, 2 … in the order
// they were first added, and found again by their UTF-8 bytes without making a string:
// open addressing over a power-of-two table with a short seeded hash. A million
// relationships look up two keys each; QHash's hash of a QString or QByteArray (SipHash on
// Debian's baseline x86-64 build) took most of such a read. The hash starts from this
// process's QHashSeed (random unless QT_HASH_SEED is set), so that keys chosen to collide in
// a file from someone else cannot be worked out beforehand. Owned by the reader using it.
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
        m_keys.reserve(std::size_t(count));
    }
    qsizetype size() const { return qsizetype(m_keys.size()); }

    // The number of `key`, or -1.
    int find(QByteArrayView key) const
    {
        std::size_t slot = hash(key) & (m_slots.size() - 1);
        while (m_slots[slot] >= 0) {
            const int index = m_slots[slot];
            if (QByteArrayView(m_keys[std::size_t(index)]) == key)
                return index;
            slot = (slot + 1) & (m_slots.size() - 1);
        }
        return -1;
    }
    // The number of `key`, added when it is new (`*added` says which).
    int insert(QByteArrayView key, bool *added = nullptr)
    {
        std::size_t slot = hash(key) & (m_slots.size() - 1);
        while (m_slots[slot] >= 0) {
            const int index = m_slots[slot];
            if (QByteArrayView(m_keys[std::size_t(index)]) == key) {
                if (added)
                    *added = false;
                return index;
            }
            slot = (slot + 1) & (m_slots.size() - 1);
        }
        const int index = int(m_keys.size());
        m_slots[slot] = index;
        m_keys.emplace_back(key.data(), key.size());
        if (2 * m_keys.size() > m_slots.size())
            rehash(2 * m_slots.size());
        if (added)
            *added = true;
        return index;
    }
    const QByteArray &key(int index) const { return m_keys[std::size_t(index)]; }

private:
    std::vector<int> m_slots;
    std::vector<QByteArray> m_keys;
    std::uint64_t m_seed;

    std::size_t hash(QByteArrayView bytes) const
    {
        // FNV-1a from the seeded start, then mixed so that the low bits the table uses depend
        // on every byte.
        std::uint64_t h = m_seed;
        for (const char c : bytes)
            h = (h ^ std::uint8_t(c)) * 1099511628211ull;
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 32;
        return std::size_t(h);
    }
    void rehash(std::size_t size)
    {
        m_slots.assign(size, -1);
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            std::size_t slot = hash(m_keys[i]) & (size - 1);
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & (size - 1);
            m_slots[slot] = int(i);
        }
    }
};

} // namespace Continuity
