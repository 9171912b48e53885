// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <cstdint>
#include <cstring>

namespace Continuity {

// An id (of a node, a group, a runbook …) as a QHash key, hashed with a short seeded hash
// instead of Qt's own: Qt hashes strings with SipHash on Debian's baseline x86-64 build, and the
// indexes of a big plan hash millions of ids (two a dependency to check a plan, two more to
// write it), which was the largest part of importing one (docs/decisions/id-hash.md). The seed
// is the table's (QHashSeed, random unless QT_HASH_SEED is set), so that ids chosen to collide
// in a file from someone else cannot be worked out beforehand. It refers to the string, not a
// copy (a copy's reference count, touched by two threads at once, cost as much as the hash
// saved): a table of IdView is an index of strings that outlive it (a plan's ids), looked up
// with the id itself.
struct IdView
{
    QStringView id;

    IdView() = default;
    IdView(const QString &text) // NOLINT(google-explicit-constructor): looked up by QString
        : id(text)
    {}
    friend bool operator==(const IdView &a, const IdView &b) noexcept { return a.id == b.id; }
};

// Eight bytes at a time, each step multiplied and folded so that every byte reaches the low
// bits a table uses; then a final mix (splitmix64's). For ids and keys of a few dozen bytes.
inline std::uint64_t shortHash(const char *p, std::size_t n, std::uint64_t seed) noexcept
{
    std::uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ull) ^ 0x2545f4914f6cdd1dull;
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 29;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, n);
        h = (h ^ word) * 0x94d049bb133111ebull;
        h ^= h >> 29;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

inline size_t idHash(QStringView text, size_t seed) noexcept
{
    return size_t(shortHash(reinterpret_cast<const char *>(text.utf16()),
                            std::size_t(text.size()) * 2, seed));
}

inline size_t qHash(const IdView &key, size_t seed = 0) noexcept
{
    return idHash(key.id, seed);
}

} // namespace Continuity
