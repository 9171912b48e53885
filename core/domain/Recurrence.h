// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Continuity {

// Recurring windows (freeze and maintenance windows, product/12-changes.md): an RFC 5545 RRULE
// expanded by libical at the wall-clock time of the first occurrence in an IANA time zone, so a
// weekly 02:00 window stays at 02:00 across daylight-saving changes (docs/changes.md).

// A half-open stretch [from, to) in milliseconds since the epoch.
struct Occurrence
{
    qint64 from = 0;
    qint64 to = 0;
    friend bool operator==(const Occurrence &, const Occurrence &) = default;
};

// What is wrong with an RRULE ("FREQ=WEEKLY;BYDAY=SA"; a leading "RRULE:" is allowed), in plain
// words; nullopt when it reads. FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.
std::optional<QString> rruleProblem(const QString &rrule);

// The occurrences of a window whose first occurrence is [firstFrom, firstTo) that overlap
// [from, to), in time order. The first occurrence always counts (RFC 5545: DTSTART is the first
// instance); `rrule` empty: it is the only one. At most `limit` occurrences are returned. An
// unreadable rule or zone gives the first occurrence alone.
std::vector<Occurrence> occurrences(qint64 firstFrom, qint64 firstTo, const QString &rrule,
                                    const QString &timeZone, qint64 from, qint64 to,
                                    int limit = 100000);

} // namespace Continuity
