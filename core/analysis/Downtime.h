// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace Continuity {

struct Incident;

// A half-open stretch of time [from, to), in milliseconds since the epoch (UTC).
struct TimeSpan
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 length() const { return to - from; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// Milliseconds since the epoch of an ISO-8601 instant; nullopt when it is not one.
std::optional<qint64> instantMs(const QString &text);
// The instant as plan JSON writes it: 2026-03-05T16:00:00Z.
QString isoInstant(qint64 ms);

// The downtime of every node through the cascade, exactly as product/13-incidents-slos.md
// defines it: at each instant the nodes listed down by any incident form a scenario and those
// listed degraded start degraded; a node is down at that instant when the cascade of that makes
// it down. Computed once per stretch over which the listed nodes stay the same (the cascade of
// each distinct set run once), so a year of incidents costs a few hundred cascades.
class Downtime
{
public:
    // `until`: where entries without an end (an incident not yet restored) stop. Entries naming
    // a node the graph does not have are left out: an incident is a record, the node may be gone.
    static Downtime compute(const GraphSnapshot &graph, const QList<Incident> &incidents,
                            qint64 until);

    // The outage episodes of `node` (maximal stretches down), in time order.
    const std::vector<TimeSpan> &down(int node) const { return m_down[node]; }
    // The stretches in which it was not up: down or degraded (an SLO that counts degraded).
    const std::vector<TimeSpan> &notUp(int node) const { return m_notUp[node]; }
    // The stretches in which `node` was listed down by an incident itself (not through the
    // cascade): what MTBF and MTTR are measured from.
    const std::vector<TimeSpan> &listedDown(int node) const { return m_listed[node]; }
    int cascadeRuns() const { return m_cascadeRuns; }

    // Milliseconds of `spans` (sorted, disjoint) inside [from, to).
    static qint64 measure(const std::vector<TimeSpan> &spans, qint64 from, qint64 to);

private:
    std::vector<std::vector<TimeSpan>> m_down;
    std::vector<std::vector<TimeSpan>> m_notUp;
    std::vector<std::vector<TimeSpan>> m_listed;
    int m_cascadeRuns = 0;
};

// Where a listed entry starts and ends: its own from/to, else the incident's startedAt and
// restoredAt, else `until`. nullopt when the incident's instants do not read.
std::optional<TimeSpan> affectedSpan(const Incident &incident, int entry, qint64 until);

} // namespace Continuity
