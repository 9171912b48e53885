// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Continuity {

struct Runbook;

// When each step of a runbook can start and finish if every step takes its expected duration
// and starts as soon as the steps it waits for are done (a step without a duration counts as
// taking no time). The critical path is the longest chain of waits-for plus durations: the
// least time the whole runbook needs (docs/runbooks.md).
struct RunbookSchedule
{
    QList<double> startHours;  // per step, in the runbook's order
    QList<double> finishHours; // per step
    QList<int> criticalPath;   // step indexes, first to last
    double totalHours = 0;     // finish of the last step on the critical path
    QStringList cycle;         // step ids of a waits-for cycle; when not empty, times are 0
    QList<int> unknownWaits;   // steps that wait for an id no step has (ignored in the times)

    bool hasCycle() const { return !cycle.isEmpty(); }
};

RunbookSchedule scheduleRunbook(const Runbook &runbook);

} // namespace Continuity
