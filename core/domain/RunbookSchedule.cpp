// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookSchedule.h"

#include "Runbook.h"

#include <QHash>

namespace Continuity {
namespace {

// A cycle among the steps Kahn's algorithm could not order: walk "waits for" from one of them
// until a step repeats. Every unordered step waits for another unordered one, so this ends.
QStringList findCycle(const Runbook &runbook, const QList<QList<int>> &waits,
                      const QList<int> &pending)
{
    int start = -1;
    for (int i = 0; i < pending.size(); ++i) {
        if (pending.at(i) > 0) {
            start = i;
            break;
        }
    }
    QHash<int, int> seenAt;
    QList<int> walk;
    int at = start;
    while (at >= 0 && !seenAt.contains(at)) {
        seenAt.insert(at, int(walk.size()));
        walk.append(at);
        int next = -1;
        for (int w : waits.at(at)) {
            if (pending.at(w) > 0) {
                next = w;
                break;
            }
        }
        at = next;
    }
    QStringList cycle;
    if (at < 0)
        return cycle;
    for (qsizetype i = seenAt.value(at); i < walk.size(); ++i)
        cycle.append(runbook.steps.at(walk.at(i)).id);
    cycle.append(runbook.steps.at(at).id);
    return cycle;
}

} // namespace

RunbookSchedule scheduleRunbook(const Runbook &runbook)
{
    const int n = int(runbook.steps.size());
    RunbookSchedule out;
    out.startHours.fill(0, n);
    out.finishHours.fill(0, n);

    QHash<QString, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(runbook.steps.at(i).id, i);
    QList<QList<int>> waits(n);
    QList<QList<int>> waitedBy(n);
    QList<int> pending(n, 0);
    for (int i = 0; i < n; ++i) {
        for (const QString &target : runbook.steps.at(i).waitsFor) {
            const int t = indexOf.value(target, -1);
            if (t < 0 || t == i) {
                if (out.unknownWaits.isEmpty() || out.unknownWaits.last() != i)
                    out.unknownWaits.append(i);
                continue;
            }
            waits[i].append(t);
            waitedBy[t].append(i);
            ++pending[i];
        }
    }

    QList<int> order;
    order.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (pending.at(i) == 0)
            order.append(i);
    }
    for (qsizetype k = 0; k < order.size(); ++k) {
        for (int next : waitedBy.at(order.at(k))) {
            if (--pending[next] == 0)
                order.append(next);
        }
    }
    if (order.size() < n) {
        out.cycle = findCycle(runbook, waits, pending);
        return out;
    }

    QList<int> predecessor(n, -1);
    for (int i : order) {
        double start = 0;
        for (int w : waits.at(i)) {
            if (predecessor.at(i) < 0 || out.finishHours.at(w) >= start) {
                start = out.finishHours.at(w);
                predecessor[i] = w;
            }
        }
        out.startHours[i] = start;
        out.finishHours[i] = start + runbook.steps.at(i).durationHours.value_or(0);
    }
    int last = -1;
    for (int i = 0; i < n; ++i) {
        if (last < 0 || out.finishHours.at(i) >= out.finishHours.at(last))
            last = i;
    }
    if (last < 0)
        return out;
    out.totalHours = out.finishHours.at(last);
    for (int at = last; at >= 0; at = predecessor.at(at))
        out.criticalPath.prepend(at);
    return out;
}

} // namespace Continuity
