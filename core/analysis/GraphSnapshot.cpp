// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphSnapshot.h"

#include "domain/Plan.h"
#include "Tiers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Continuity {
namespace {
constexpr double Unset = std::numeric_limits<double>::quiet_NaN();
double orUnset(const std::optional<double> &value)
{
    return value ? *value : Unset;
}
} // namespace

GraphSnapshot GraphSnapshot::fromPlan(const Plan &plan)
{
    GraphSnapshot g;
    const int n = int(plan.processes.size() + plan.services.size());
    g.m_processCount = int(plan.processes.size());
    g.m_ids.reserve(n);
    g.m_names.reserve(n);
    g.m_indexOf.reserve(n);
    g.m_dataStore.assign(n, 0);
    g.m_rto.assign(n, Unset);
    g.m_rpo.assign(n, Unset);
    g.m_recovery.assign(n, 0.0);
    g.m_loss.assign(n, 0.0);
    g.m_achievableRpo.assign(n, Unset);
    g.m_tier.assign(n, -1);
    g.m_assignedTier.assign(n, -1);
    g.m_tags.assign(n, {});
    int i = 0;
    for (const Process &p : plan.processes) {
        g.m_ids.append(p.id);
        g.m_names.append(p.name);
        g.m_indexOf.insert(p.id, i);
        g.m_rto[i] = orUnset(p.rtoHours);
        g.m_rpo[i] = orUnset(p.rpoHours);
        g.m_recovery[i] = p.recoveryHours.value_or(0.0);
        g.m_loss[i] = p.lossPerHour.value_or(0.0);
        g.m_tier[i] = processTier(p, plan.tierPolicy, plan.biaHorizonsHours).tier;
        g.m_assignedTier[i] = p.tier.value_or(-1);
        ++i;
    }
    for (const Service &s : plan.services) {
        g.m_ids.append(s.id);
        g.m_names.append(s.name);
        g.m_indexOf.insert(s.id, i);
        g.m_rto[i] = orUnset(s.rtoHours);
        g.m_rpo[i] = orUnset(s.rpoHours);
        g.m_recovery[i] = s.recoveryHours.value_or(0.0);
        g.m_tier[i] = s.tier.value_or(-1);
        g.m_assignedTier[i] = s.tier.value_or(-1);
        g.m_tags[i] = s.tags;
        if (s.kind == ServiceKind::DataStore) {
            g.m_dataStore[i] = 1;
            // PRODUCT §3 RPO: 0 for synchronous, the lag for asynchronous, the interval for
            // backup only, unbounded for none.
            switch (s.replication.mode) {
            case ReplicationMode::Sync:
                g.m_achievableRpo[i] = 0.0;
                break;
            case ReplicationMode::Async:
                g.m_achievableRpo[i] = s.replication.lagHours.value_or(Unset);
                break;
            case ReplicationMode::Backup:
                g.m_achievableRpo[i] = s.replication.intervalHours.value_or(Unset);
                break;
            case ReplicationMode::None:
                break;
            }
        }
        ++i;
    }

    QHash<QPair<int, QString>, int> groupIndex;
    groupIndex.reserve(plan.groups.size());
    for (const RedundancyGroup &group : plan.groups) {
        const int consumer = g.indexOf(group.consumer);
        if (consumer < 0)
            continue;
        groupIndex.insert(qMakePair(consumer, group.name), int(g.m_groups.size()));
        g.m_groups.push_back({consumer, group.quorum, 0, group.quorum, group.name});
    }
    g.m_edges.reserve(plan.dependencies.size());
    for (const Dependency &d : plan.dependencies) {
        const int consumer = g.indexOf(d.consumer);
        const int provider = g.indexOf(d.provider);
        if (consumer < 0 || provider < 0 || consumer == provider)
            continue;
        Edge e{consumer, provider, d.strength == Strength::Soft ? EdgeKind::Soft : EdgeKind::Hard,
               -1};
        if (!d.group.isEmpty() && e.kind == EdgeKind::Hard) {
            const int group = groupIndex.value(qMakePair(consumer, d.group), -1);
            if (group >= 0) {
                e.kind = EdgeKind::Group;
                e.group = group;
                ++g.m_groups[group].size;
            }
        }
        g.m_edges.push_back(e);
    }

    for (Group &group : g.m_groups)
        group.quorum = std::max(1, std::min(group.quorum, group.size));

    // Both adjacency directions as offsets + edge indices (counting sort).
    auto index = [&](auto key, std::vector<int> &offsets, std::vector<Edge> &order) {
        offsets.assign(n + 1, 0);
        for (const Edge &e : g.m_edges)
            ++offsets[key(e) + 1];
        for (int v = 0; v < n; ++v)
            offsets[v + 1] += offsets[v];
        order.resize(g.m_edges.size());
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const Edge &e : g.m_edges)
            order[fill[key(e)]++] = e;
    };
    index([](const Edge &e) { return e.consumer; }, g.m_consumerOffsets, g.m_byConsumer);
    index([](const Edge &e) { return e.provider; }, g.m_providerOffsets, g.m_byProvider);
    g.m_outEdges.reserve(g.m_byProvider.size());
    for (const Edge &e : g.m_byProvider)
        g.m_outEdges.push_back({e.consumer, int(unsigned(e.group) << 2) | int(e.kind)});
    g.m_groupCounts.reserve(g.m_groups.size());
    for (const Group &group : g.m_groups)
        g.m_groupCounts.push_back({group.size, group.quorum});
    g.computeRanks();
    return g;
}

void GraphSnapshot::computeRanks()
{
    const int n = nodeCount();
    // Kahn's algorithm: a node is placed once all its providers are. On a cycle nothing is
    // ready; then a node whose hard and grouped providers are all placed goes first (only soft
    // ones left: the hard order stays intact), else the lowest-numbered node not yet placed.
    std::vector<int> unplacedAll(n, 0);
    std::vector<int> unplacedWaits(n, 0);
    for (const Edge &e : m_edges) {
        ++unplacedAll[e.consumer];
        if (e.kind != EdgeKind::Soft)
            ++unplacedWaits[e.consumer];
    }
    std::vector<std::uint8_t> placed(n, 0);
    std::vector<int> ready;
    std::vector<int> softOnly;
    ready.reserve(n);
    for (int v = 0; v < n; ++v) {
        if (unplacedAll[v] == 0)
            ready.push_back(v);
        else if (unplacedWaits[v] == 0)
            softOnly.push_back(v);
    }
    m_rank.assign(n, -1);
    m_atRank.clear();
    m_atRank.reserve(n);
    std::size_t head = 0;
    std::size_t softHead = 0;
    int scan = 0;
    while (int(m_atRank.size()) < n) {
        int v;
        if (head < ready.size()) {
            v = ready[head++];
        } else if (softHead < softOnly.size()) {
            v = softOnly[softHead++];
        } else {
            while (placed[scan])
                ++scan;
            v = scan;
        }
        if (placed[v])
            continue;
        placed[v] = 1;
        m_rank[v] = int(m_atRank.size());
        m_atRank.push_back(v);
        const auto [begin, end] = consumerEdges(v);
        for (const Edge *e = begin; e != end; ++e) {
            const int c = e->consumer;
            if (placed[c])
                continue;
            if (--unplacedAll[c] == 0)
                ready.push_back(c);
            if (e->kind != EdgeKind::Soft && --unplacedWaits[c] == 0 && unplacedAll[c] > 0)
                softOnly.push_back(c);
        }
    }

    m_waitsAcyclic = std::all_of(m_edges.begin(), m_edges.end(), [&](const Edge &e) {
        return e.kind == EdgeKind::Soft || m_rank[e.provider] < m_rank[e.consumer];
    });

    auto outEdge = [](int other, const Edge &e) {
        return RankEdge{other, int(unsigned(e.group) << 2) | int(e.kind)};
    };
    m_rankOutOffsets.assign(n + 1, 0);
    m_rankInOffsets.assign(n + 1, 0);
    m_rankOut.clear();
    m_rankIn.clear();
    m_rankOut.reserve(m_edges.size());
    m_rankIn.reserve(m_edges.size());
    m_rankRecovery.resize(n);
    for (int r = 0; r < n; ++r) {
        const int v = m_atRank[r];
        m_rankRecovery[r] = m_recovery[v];
        const auto [outBegin, outEnd] = consumerEdges(v);
        for (const Edge *e = outBegin; e != outEnd; ++e)
            m_rankOut.push_back(outEdge(m_rank[e->consumer], *e));
        m_rankOutOffsets[r + 1] = int(m_rankOut.size());
        const auto [inBegin, inEnd] = providerEdges(v);
        for (const Edge *e = inBegin; e != inEnd; ++e)
            m_rankIn.push_back(outEdge(m_rank[e->provider], *e));
        m_rankInOffsets[r + 1] = int(m_rankIn.size());
    }
}

} // namespace Continuity
