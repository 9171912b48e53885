// SPDX-License-Identifier: GPL-3.0-or-later
#include "Downtime.h"

#include "Cascade.h"
#include "domain/Incident.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace Continuity {

std::optional<qint64> instantMs(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QString isoInstant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<TimeSpan> affectedSpan(const Incident &incident, int entry, qint64 until)
{
    const AffectedNode &a = incident.affected.at(entry);
    const std::optional<qint64> from = instantMs(a.from.value_or(incident.startedAt));
    std::optional<qint64> to = until;
    if (a.to)
        to = instantMs(*a.to);
    else if (incident.restoredAt)
        to = instantMs(*incident.restoredAt);
    if (!from || !to)
        return std::nullopt;
    return TimeSpan{*from, std::min(*to, std::max(*from, until))};
}

namespace {

void extend(std::vector<TimeSpan> &spans, qint64 from, qint64 to)
{
    if (!spans.empty() && spans.back().to >= from)
        spans.back().to = std::max(spans.back().to, to);
    else
        spans.push_back({from, to});
}

} // namespace

Downtime Downtime::compute(const GraphSnapshot &graph, const QList<Incident> &incidents,
                           qint64 until)
{
    Downtime result;
    const int n = graph.nodeCount();
    result.m_down.resize(n);
    result.m_notUp.resize(n);
    result.m_listed.resize(n);

    // Each listed entry as two events: +1 at its start, -1 at its end.
    struct Event
    {
        qint64 at;
        int node;
        int delta;
        bool down;
    };
    std::vector<Event> events;
    std::vector<std::pair<int, TimeSpan>> listed;
    for (const Incident &incident : incidents) {
        for (int i = 0; i < int(incident.affected.size()); ++i) {
            const int node = graph.indexOf(incident.affected.at(i).node);
            const std::optional<TimeSpan> span = affectedSpan(incident, i, until);
            if (node < 0 || !span || span->length() <= 0)
                continue;
            const bool down = incident.affected.at(i).state == AffectedState::Down;
            events.push_back({span->from, node, +1, down});
            events.push_back({span->to, node, -1, down});
            if (down)
                listed.push_back({node, *span});
        }
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.at < b.at; });

    std::vector<int> downCount(n, 0);
    std::vector<int> degradedCount(n, 0);
    int active = 0;
    // The cascade of each distinct set of listed nodes, run once: the nodes down, and the
    // nodes not up (the cascade of down and degraded together: down and degraded spread alike
    // as far as "not up" goes, PRODUCT §3).
    QHash<QList<int>, std::vector<int>> downOf;
    QHash<QList<int>, std::vector<int>> notUpOf;
    auto cascade = [&](const QList<int> &scenario, bool downOnly) {
        QHash<QList<int>, std::vector<int>> &cache = downOnly ? downOf : notUpOf;
        if (const auto it = cache.constFind(scenario); it != cache.constEnd())
            return *it;
        ++result.m_cascadeRuns;
        const CascadeResult r =
            runCascade(graph, std::vector<int>(scenario.cbegin(), scenario.cend()),
                       CascadeOptions{false, nullptr, nullptr});
        std::vector<int> nodes;
        for (int node : r.affected) {
            if (!downOnly || r.state[node] == NodeState::Down)
                nodes.push_back(node);
        }
        cache.insert(scenario, nodes);
        return nodes;
    };
    std::size_t i = 0;
    while (i < events.size()) {
        const qint64 at = events[i].at;
        for (; i < events.size() && events[i].at == at; ++i) {
            const Event &e = events[i];
            (e.down ? downCount : degradedCount)[e.node] += e.delta;
            active += e.delta;
        }
        if (active == 0 || i == events.size())
            continue;
        const qint64 next = events[i].at;
        QList<int> down;
        QList<int> notUp;
        for (int node = 0; node < n; ++node) {
            if (downCount[node] > 0)
                down.append(node);
            if (downCount[node] > 0 || degradedCount[node] > 0)
                notUp.append(node);
        }
        if (!down.isEmpty()) {
            for (int node : cascade(down, true))
                extend(result.m_down[node], at, next);
        }
        for (int node : cascade(notUp, false))
            extend(result.m_notUp[node], at, next);
    }
    std::sort(listed.begin(), listed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.from < b.second.from;
    });
    for (const auto &[node, span] : listed)
        extend(result.m_listed[node], span.from, span.to);
    return result;
}

qint64 Downtime::measure(const std::vector<TimeSpan> &spans, qint64 from, qint64 to)
{
    qint64 total = 0;
    auto it = std::lower_bound(spans.begin(), spans.end(), from,
                               [](const TimeSpan &s, qint64 at) { return s.to <= at; });
    for (; it != spans.end() && it->from < to; ++it)
        total += std::min(it->to, to) - std::max(it->from, from);
    return total;
}

} // namespace Continuity
