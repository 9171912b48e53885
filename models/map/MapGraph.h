// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Continuity {

struct Plan;

// What the planner has chosen to see on the dependency map (view state, never stored in the
// plan and never undone).
struct MapFilter
{
    QSet<QString> hiddenKinds;     // "process" or a service kind name ("data-store", ...)
    QSet<int> hiddenTiers;         // 0..3, and UntieredTier for nodes without a tier
    QString site;                  // only this site and what depends on it; empty: everything
    QStringList focus;             // neighbourhood centre; empty: off
    int hops = 1;                  // neighbourhood radius, up (consumers) and down (providers)
    QSet<QString> collapsedSites;  // site ids drawn as one node with what they host
    QSet<QString> collapsedGroups; // groupKey(consumer, name) drawn as one node

    static constexpr int UntieredTier = 4;
    bool operator==(const MapFilter &) const = default;
};

// The nodes and edges the map draws for a plan and a filter: every node is either shown as
// itself, folded into a collapsed node, or hidden. Edges between shown nodes are the plan's
// dependencies; where a path runs through hidden nodes the map draws an implied edge, so that
// hiding never suggests independence (A → hidden → C is drawn as A ⇢ C). Pure; the map
// scene rebuilds it when the plan or the filter changes (docs/decisions/map-views.md).
struct MapGraph
{
    struct Collapsed
    {
        QString key; // "site:ID" or "group:CONSUMER/NAME"
        QString label;
        QStringList members; // plan ids, the site or the group's providers first
        int quorum = 0;      // groups: k of n
    };
    struct Edge
    {
        QString from; // consumer: a plan id or a collapsed key
        QString to;   // provider
        Strength strength = Strength::Hard;
        QString group; // redundancy group of the consumer, if any
        bool implied = false;
    };

    QSet<QString> shown; // plan ids drawn as themselves
    QList<Collapsed> collapsed;
    QHash<QString, QString> representative; // plan id → the shown id or collapsed key
    QList<Edge> edges;

    static QString groupKey(const QString &consumer, const QString &name)
    {
        return consumer + QLatin1Char('/') + name;
    }
};

// The tier the map colours and filters a node by: a process's effective tier (assigned or
// derived from the policy); a service's assigned tier; MapFilter::UntieredTier otherwise.
QHash<QString, int> mapTiers(const Plan &plan);

MapGraph buildMapGraph(const Plan &plan, const MapFilter &filter);

} // namespace Continuity
