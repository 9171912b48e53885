// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphSnapshot.h"

#include "OnCall.h"

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

void GraphSnapshot::Parts::resize(int n)
{
    dataStore.assign(n, 0);
    kind.assign(n, ProcessKind);
    rto.assign(n, Unset);
    rpo.assign(n, Unset);
    recovery.assign(n, 0.0);
    loss.assign(n, 0.0);
    achievableRpo.assign(n, Unset);
    tier.assign(n, -1);
    assignedTier.assign(n, -1);
    tags.assign(n, {});
}

double GraphSnapshot::achievableRpo(ReplicationMode mode, const std::optional<double> &lagHours,
                                    const std::optional<double> &intervalHours)
{
    // PRODUCT §3 RPO: 0 for synchronous, the lag for asynchronous, the interval for backup
    // only, unbounded for none.
    switch (mode) {
    case ReplicationMode::Sync:
        return 0.0;
    case ReplicationMode::Async:
        return lagHours.value_or(Unset);
    case ReplicationMode::Backup:
        return intervalHours.value_or(Unset);
    case ReplicationMode::None:
        break;
    }
    return Unset;
}

GraphSnapshot GraphSnapshot::fromPlan(const Plan &plan)
{
    Parts g;
    const int n = int(plan.processes.size() + plan.services.size());
    g.processCount = int(plan.processes.size());
    g.ids.reserve(n);
    g.names.reserve(n);
    g.resize(n);
    QHash<QString, int> indexOf;
    indexOf.reserve(n);
    int i = 0;
    for (const Process &p : plan.processes) {
        g.ids.append(p.id);
        g.names.append(p.name);
        indexOf.insert(p.id, i);
        g.rto[i] = orUnset(p.rtoHours);
        g.rpo[i] = orUnset(p.rpoHours);
        g.recovery[i] = p.recoveryHours.value_or(0.0);
        g.loss[i] = p.lossPerHour.value_or(0.0);
        g.tier[i] = processTier(p, plan.tierPolicy, plan.biaHorizonsHours).tier;
        g.assignedTier[i] = p.tier.value_or(-1);
        ++i;
    }
    for (const Service &s : plan.services) {
        g.ids.append(s.id);
        g.names.append(s.name);
        indexOf.insert(s.id, i);
        g.rto[i] = orUnset(s.rtoHours);
        g.rpo[i] = orUnset(s.rpoHours);
        g.recovery[i] = s.recoveryHours.value_or(0.0);
        g.tier[i] = s.tier.value_or(-1);
        g.assignedTier[i] = s.tier.value_or(-1);
        g.tags[i] = s.tags;
        g.kind[i] = std::uint8_t(s.kind);
        if (s.kind == ServiceKind::DataStore) {
            g.dataStore[i] = 1;
            g.achievableRpo[i] = achievableRpo(s.replication.mode, s.replication.lagHours,
                                               s.replication.intervalHours);
        }
        ++i;
    }

    QHash<QPair<int, QString>, int> groupIndex;
    groupIndex.reserve(plan.groups.size());
    for (const RedundancyGroup &group : plan.groups) {
        const int consumer = indexOf.value(group.consumer, -1);
        if (consumer < 0)
            continue;
        groupIndex.insert(qMakePair(consumer, group.name), int(g.groups.size()));
        g.groups.push_back({consumer, group.quorum, 0, group.quorum, group.name});
    }
    g.edges.reserve(plan.dependencies.size());
    for (const Dependency &d : plan.dependencies) {
        const int consumer = indexOf.value(d.consumer, -1);
        const int provider = indexOf.value(d.provider, -1);
        if (consumer < 0 || provider < 0 || consumer == provider)
            continue;
        Edge e{consumer, provider, d.strength == Strength::Soft ? EdgeKind::Soft : EdgeKind::Hard,
               -1};
        if (!d.group.isEmpty() && e.kind == EdgeKind::Hard) {
            const int group = groupIndex.value(qMakePair(consumer, d.group), -1);
            if (group >= 0) {
                e.kind = EdgeKind::Group;
                e.group = group;
            }
        }
        g.edges.push_back(e);
    }
    const QHash<QString, double> mobilisation = OnCall::mobilisationByNode(plan);
    if (!mobilisation.isEmpty()) {
        g.mobilisation.assign(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
        for (auto it = mobilisation.cbegin(); it != mobilisation.cend(); ++it) {
            const int node = indexOf.value(it.key(), -1);
            if (node >= 0)
                g.mobilisation[std::size_t(node)] = it.value();
        }
    }
    GraphSnapshot snapshot = fromParts(std::move(g));
    return snapshot;
}

GraphSnapshot GraphSnapshot::fromParts(Parts parts)
{
    GraphSnapshot g;
    const int n = int(parts.ids.size());
    g.m_processCount = parts.processCount;
    g.m_ids = std::move(parts.ids);
    g.m_names = std::move(parts.names);
    g.m_dataStore = std::move(parts.dataStore);
    g.m_kind = std::move(parts.kind);
    g.m_rto = std::move(parts.rto);
    g.m_rpo = std::move(parts.rpo);
    g.m_recovery = std::move(parts.recovery);
    g.m_loss = std::move(parts.loss);
    g.m_achievableRpo = std::move(parts.achievableRpo);
    g.m_tier = std::move(parts.tier);
    g.m_assignedTier = std::move(parts.assignedTier);
    g.m_tags = std::move(parts.tags);
    g.m_mobilisation = std::move(parts.mobilisation);
    if (!g.m_mobilisation.empty() && int(g.m_mobilisation.size()) != n)
        g.m_mobilisation.clear();
    g.m_groups = std::move(parts.groups);
    g.m_indexOf.reserve(n);
    for (int i = 0; i < n; ++i)
        g.m_indexOf.insert(g.m_ids.at(i), i);
    for (Group &group : g.m_groups)
        group.size = 0;
    for (const Edge &e : parts.edges) {
        if (e.kind == EdgeKind::Group)
            ++g.m_groups[e.group].size;
    }
    for (Group &group : g.m_groups)
        group.quorum = std::max(1, std::min(group.plannedQuorum, group.size));
    g.index(std::move(parts.edges));
    return g;
}

void GraphSnapshot::index(std::vector<Edge> edges)
{
    const int n = nodeCount();
    // Both adjacency directions as offsets + edges (counting sort, stable); the edges in the
    // plan's order are not kept (a copy fewer: 160 MB on ten million dependencies).
    auto index = [&](auto key, std::vector<int> &offsets, std::vector<Edge> &order) {
        offsets.assign(n + 1, 0);
        for (const Edge &e : edges)
            ++offsets[key(e) + 1];
        for (int v = 0; v < n; ++v)
            offsets[v + 1] += offsets[v];
        order.resize(edges.size());
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const Edge &e : edges)
            order[fill[key(e)]++] = e;
    };
    index([](const Edge &e) { return e.provider; }, m_providerOffsets, m_byProvider);
    index([](const Edge &e) { return e.consumer; }, m_consumerOffsets, m_byConsumer);
    std::vector<Edge>().swap(edges);
    m_outEdges.reserve(m_byProvider.size());
    for (const Edge &e : m_byProvider)
        m_outEdges.push_back({e.consumer, int(unsigned(e.group) << 2) | int(e.kind)});
    m_groupCounts.reserve(m_groups.size());
    for (const Group &group : m_groups)
        m_groupCounts.push_back({group.size, group.quorum});
    computeRanks();
}

void GraphSnapshot::computeRanks()
{
    const int n = nodeCount();
    // Kahn's algorithm: a node is placed once all its providers are. On a cycle nothing is
    // ready; then a node whose hard and grouped providers are all placed goes first (only soft
    // ones left: the hard order stays intact), else the lowest-numbered node not yet placed.
    std::vector<int> unplacedAll(n, 0);
    std::vector<int> unplacedWaits(n, 0);
    for (const Edge &e : m_byConsumer) {
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

    m_waitsAcyclic = std::all_of(m_byConsumer.begin(), m_byConsumer.end(), [&](const Edge &e) {
        return e.kind == EdgeKind::Soft || m_rank[e.provider] < m_rank[e.consumer];
    });

    auto outEdge = [](int other, const Edge &e) {
        return RankEdge{other, int(unsigned(e.group) << 2) | int(e.kind)};
    };
    m_rankOutOffsets.assign(n + 1, 0);
    m_rankInOffsets.assign(n + 1, 0);
    m_rankOut.clear();
    m_rankIn.clear();
    m_rankOut.reserve(m_byConsumer.size());
    m_rankIn.reserve(m_byConsumer.size());
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
