// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Continuity {

// What a catch-up read of the writes others made to a shared plan since the document last read
// it (PlanStore::changesReader(), docs/decisions/catch-up-by-row.md).
struct OthersChanges
{
    // The plan read whole: too much changed to say row by row (an import, a whole-plan write).
    bool whole = true;
    // Whole: the plan. Otherwise every part of the plan but its processes, services, groups and
    // dependencies, and of those four only the items the writes touched that are there now.
    Plan plan;
    // Not whole: what the writes took away. Processes or services by id; groups as (consumer,
    // name); dependencies as (consumer, provider).
    QStringList removedNodes;
    QList<QStringList> removedGroups;
    QList<QStringList> removedDependencies;
    // The last write (of anyone's) that the read holds.
    qint64 seen = 0;
    // The store's keys of the nodes read, with their ids (of every node, when whole): a later
    // catch-up names by them the nodes others take away.
    QHash<qint64, QString> nodeKeys;
};

} // namespace Continuity
