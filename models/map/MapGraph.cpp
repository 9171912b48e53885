// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapGraph.h"

#include "analysis/Tiers.h"
#include "domain/Plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::MapGraph)
};

struct Adjacency
{
    QHash<QString, QList<qsizetype>> providers; // consumer → dependency indices
    QHash<QString, QList<qsizetype>> consumers; // provider → dependency indices
};

Adjacency adjacencyOf(const Plan &plan)
{
    Adjacency a;
    for (qsizetype i = 0; i < plan.dependencies.size(); ++i) {
        const Dependency &d = plan.dependencies.at(i);
        a.providers[d.consumer].append(i);
        a.consumers[d.provider].append(i);
    }
    return a;
}

} // namespace

QHash<QString, int> mapTiers(const Plan &plan)
{
    QHash<QString, int> tiers;
    tiers.reserve(plan.processes.size() + plan.services.size());
    for (const Process &p : plan.processes)
        tiers.insert(p.id, processTier(p, plan.tierPolicy, plan.biaHorizonsHours).tier);
    for (const Service &s : plan.services)
        tiers.insert(s.id, s.tier.value_or(MapFilter::UntieredTier));
    return tiers;
}

MapGraph buildMapGraph(const Plan &plan, const MapFilter &filter)
{
    MapGraph graph;
    const Adjacency adjacency = adjacencyOf(plan);
    const QHash<QString, int> tiers = mapTiers(plan);

    // 1. Which nodes pass the kind, tier, site and neighbourhood filters.
    QSet<QString> candidates;
    const bool hideProcesses = filter.hiddenKinds.contains(QStringLiteral("process"));
    for (const Process &p : plan.processes) {
        if (!hideProcesses && !filter.hiddenTiers.contains(tiers.value(p.id)))
            candidates.insert(p.id);
    }
    QSet<QString> sites;
    QSet<QString> processIds;
    for (const Process &p : plan.processes)
        processIds.insert(p.id);
    for (const Service &s : plan.services) {
        if (s.kind == ServiceKind::Site)
            sites.insert(s.id);
        if (!filter.hiddenKinds.contains(toString(s.kind)) &&
            !filter.hiddenTiers.contains(tiers.value(s.id)))
            candidates.insert(s.id);
    }
    // Everything within `hops` steps of `start`, following consumers (up) and providers (down)
    // separately; `hops < 0` means without limit.
    auto reach = [&](const QStringList &start, int hops, bool up, bool down) {
        QSet<QString> seen(start.cbegin(), start.cend());
        QStringList frontier = start;
        for (int step = 0; (hops < 0 || step < hops) && !frontier.isEmpty(); ++step) {
            QStringList next;
            for (const QString &id : frontier) {
                if (down) {
                    for (qsizetype i : adjacency.providers.value(id)) {
                        const QString &p = plan.dependencies.at(i).provider;
                        if (!seen.contains(p)) {
                            seen.insert(p);
                            next.append(p);
                        }
                    }
                }
                if (up) {
                    for (qsizetype i : adjacency.consumers.value(id)) {
                        const QString &c = plan.dependencies.at(i).consumer;
                        if (!seen.contains(c)) {
                            seen.insert(c);
                            next.append(c);
                        }
                    }
                }
            }
            frontier = std::move(next);
        }
        return seen;
    };
    if (!filter.site.isEmpty())
        candidates &= reach({filter.site}, -1, true, false);
    if (!filter.focus.isEmpty()) {
        QSet<QString> around = reach(filter.focus, filter.hops, true, false);
        around |= reach(filter.focus, filter.hops, false, true);
        candidates &= around;
    }

    // 2. Collapsed sites (the site and the services that depend on it directly) and groups
    // (the group's providers). A node folds into the first collapsed node that claims it.
    auto claim = [&](MapGraph::Collapsed collapsed) {
        QStringList kept;
        for (const QString &id : std::as_const(collapsed.members)) {
            if (!graph.representative.contains(id) && candidates.contains(id)) {
                graph.representative.insert(id, collapsed.key);
                kept.append(id);
            }
        }
        if (kept.isEmpty())
            return;
        collapsed.members = kept;
        graph.collapsed.append(std::move(collapsed));
    };
    QStringList collapsedSites(filter.collapsedSites.cbegin(), filter.collapsedSites.cend());
    collapsedSites.sort();
    for (const QString &site : std::as_const(collapsedSites)) {
        if (!sites.contains(site))
            continue;
        MapGraph::Collapsed c;
        c.key = QStringLiteral("site:") + site;
        c.members.append(site);
        for (qsizetype i : adjacency.consumers.value(site)) {
            const QString &consumer = plan.dependencies.at(i).consumer;
            if (!c.members.contains(consumer) && !processIds.contains(consumer))
                c.members.append(consumer);
        }
        const auto it = std::find_if(plan.services.cbegin(), plan.services.cend(),
                                     [&](const Service &s) { return s.id == site; });
        c.label = Tr::tr("%1 (site, %n node(s))", nullptr, int(c.members.size()))
                      .arg(it != plan.services.cend() ? it->name : site);
        claim(std::move(c));
    }
    for (const RedundancyGroup &g : plan.groups) {
        const QString key = MapGraph::groupKey(g.consumer, g.name);
        if (!filter.collapsedGroups.contains(key))
            continue;
        MapGraph::Collapsed c;
        c.key = QStringLiteral("group:") + key;
        c.quorum = g.quorum;
        for (const Dependency &d : plan.dependencies) {
            if (d.consumer == g.consumer && d.group == g.name)
                c.members.append(d.provider);
        }
        c.label = Tr::tr("%1: %2 of %3").arg(g.name).arg(g.quorum).arg(c.members.size());
        claim(std::move(c));
    }
    for (const QString &id : std::as_const(candidates)) {
        if (!graph.representative.contains(id)) {
            graph.representative.insert(id, id);
            graph.shown.insert(id);
        }
    }

    // 3. Direct edges between represented nodes, merged where collapsing made several into one
    // (hard wins over soft; a group is kept only while all merged edges agree on it).
    QHash<QPair<QString, QString>, qsizetype> edgeAt;
    auto addEdge = [&](MapGraph::Edge edge) {
        if (edge.from == edge.to)
            return;
        const auto key = qMakePair(edge.from, edge.to);
        if (const auto it = edgeAt.constFind(key); it != edgeAt.cend()) {
            MapGraph::Edge &existing = graph.edges[*it];
            if (existing.implied && !edge.implied) {
                existing = std::move(edge);
                return;
            }
            if (edge.implied)
                return;
            if (edge.strength == Strength::Hard)
                existing.strength = Strength::Hard;
            if (existing.group != edge.group)
                existing.group.clear();
            return;
        }
        edgeAt.insert(key, graph.edges.size());
        graph.edges.append(std::move(edge));
    };
    for (const Dependency &d : plan.dependencies) {
        const QString from = graph.representative.value(d.consumer);
        const QString to = graph.representative.value(d.provider);
        if (from.isEmpty() || to.isEmpty())
            continue;
        // An edge into a collapsed group node stands for the group as a whole.
        const bool intoOwnGroup =
            to.startsWith(QLatin1String("group:")) &&
            to == QStringLiteral("group:") + MapGraph::groupKey(d.consumer, d.group);
        addEdge({from, to, d.strength, intoOwnGroup ? QString() : d.group, false});
    }

    // 4. Implied edges: from each represented node, walk down through hidden nodes only.
    QHash<QString, QStringList> hiddenProviders; // represented consumer → hidden providers
    for (const Dependency &d : plan.dependencies) {
        const QString from = graph.representative.value(d.consumer);
        if (!from.isEmpty() && !graph.representative.contains(d.provider))
            hiddenProviders[from].append(d.provider);
    }
    for (auto it = hiddenProviders.cbegin(); it != hiddenProviders.cend(); ++it) {
        const QString &from = it.key();
        QStringList stack = it.value();
        QSet<QString> seen(stack.cbegin(), stack.cend());
        while (!stack.isEmpty()) {
            const QString hidden = stack.takeLast();
            for (qsizetype i : adjacency.providers.value(hidden)) {
                const QString &next = plan.dependencies.at(i).provider;
                if (seen.contains(next))
                    continue;
                seen.insert(next);
                const QString to = graph.representative.value(next);
                if (to.isEmpty())
                    stack.append(next);
                else
                    addEdge({from, to, Strength::Soft, QString(), true});
            }
        }
    }
    return graph;
}

} // namespace Continuity
