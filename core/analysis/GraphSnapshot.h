// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "domain/Enums.h"
#include "domain/IdView.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace Continuity {

struct Plan;

enum class NodeState : std::uint8_t { Up = 0, Degraded = 1, Down = 2 };

// An immutable, compact copy of a plan's graph for the analyses (STYLE "Analyses"): nodes
// are integers 0..n-1 (processes first, then services), dependencies are contiguous arrays
// indexed both by consumer and by provider. Built once from a Plan; the analyses are pure
// functions over it, safe to run on any thread.
class GraphSnapshot
{
public:
    enum class EdgeKind : std::uint8_t { Hard, Soft, Group };

    struct Edge
    {
        int consumer;
        int provider;
        EdgeKind kind;
        int group; // index into groups() for EdgeKind::Group, else -1
    };

    // A redundancy group. `quorum` is what the analyses use: the plan's quorum, but never
    // more than the group's size (a group asking for more providers than it has is reported
    // by the findings and analysed as needing all of them; docs/analyses.md).
    struct Group
    {
        int consumer;
        int quorum;
        int size;
        int plannedQuorum;
        QString name;
    };

    static GraphSnapshot fromPlan(const Plan &plan);

    // The graph from its parts, for a reader that builds no Plan (PlanSql::loadGraph reads the
    // plan file straight into these). Nodes in index order, processes first; one entry per node
    // in every per-node list; edges by node index, a grouped edge with its index into `groups`
    // (whose sizes are counted here, and whose quorums are capped as fromPlan caps them).
    struct Parts
    {
        int processCount = 0;
        QStringList ids;
        QStringList names;
        std::vector<std::uint8_t> dataStore;
        std::vector<std::uint8_t> kind; // a ServiceKind, or ProcessKind
        std::vector<double> rto;
        std::vector<double> rpo;
        std::vector<double> recovery;
        std::vector<double> loss;
        std::vector<double> achievableRpo;
        std::vector<int> tier;
        std::vector<int> assignedTier;
        std::vector<QStringList> tags;
        std::vector<Group> groups;
        std::vector<Edge> edges;
        // Hours before a down node's recovery can start: its owning role's mobilisation
        // (product/10-people.md); NaN for none. Empty: no node has any.
        std::vector<double> mobilisation;

        void resize(int nodes); // every per-node list, with the values of a bare node
    };
    static GraphSnapshot fromParts(Parts parts);
    // A data store's achievable RPO (PRODUCT §3 RPO) from its replication; NaN for unbounded.
    static double achievableRpo(ReplicationMode mode, const std::optional<double> &lagHours,
                                const std::optional<double> &intervalHours);

    int nodeCount() const { return int(m_ids.size()); }
    const QString &id(int node) const { return m_ids.at(node); }
    int indexOf(const QString &id) const { return m_indexOf.value(id, -1); }
    bool isProcess(int node) const { return node < m_processCount; }
    int processCount() const { return m_processCount; }
    bool isDataStore(int node) const { return m_dataStore[node] != 0; }
    // A service's kind; nullopt for a process.
    std::optional<ServiceKind> serviceKind(int node) const
    {
        return m_kind[node] == ProcessKind ? std::nullopt
                                           : std::optional<ServiceKind>(ServiceKind(m_kind[node]));
    }
    static constexpr std::uint8_t ProcessKind = 255;
    QString name(int node) const { return m_names.at(node); }

    // Hours; NaN when not set.
    double rtoHours(int node) const { return m_rto[node]; }
    double rpoHours(int node) const { return m_rpo[node]; }
    // The time to bring a node back; 0 when not given.
    double recoveryHours(int node) const { return m_recovery[node]; }
    // The mobilisation of the role that recovers the node (NaN: none), and the earliest its
    // recovery can start (0 without one).
    bool hasMobilisation() const { return !m_mobilisation.empty(); }
    double mobilisationHours(int node) const
    {
        return m_mobilisation.empty() ? std::numeric_limits<double>::quiet_NaN()
                                      : m_mobilisation[node];
    }
    double startNotBefore(int node) const
    {
        return m_mobilisation.empty() || std::isnan(m_mobilisation[node]) ? 0.0
                                                                          : m_mobilisation[node];
    }
    double lossPerHour(int node) const { return m_loss[node]; }
    // Achievable RPO of a data store (PRODUCT §3 RPO): NaN for unbounded or not a data store.
    double achievableRpoHours(int node) const { return m_achievableRpo[node]; }
    // The tier used as a node's own: a process's assigned or derived tier, a service's assigned
    // tier; -1 when a service has none.
    int tier(int node) const { return m_tier[node]; }
    // The tier assigned by hand; -1 when none.
    int assignedTier(int node) const { return m_assignedTier[node]; }
    const QStringList &tags(int node) const { return m_tags[node]; }

    // Every edge, by consumer (in the order the plan lists a consumer's dependencies).
    const std::vector<Edge> &edges() const { return m_byConsumer; }
    const std::vector<Group> &groups() const { return m_groups; }
    // The edges of which `node` is the consumer. Each direction keeps its own contiguous copy
    // of the edges, so that walking a node's neighbours reads memory in order.
    std::pair<const Edge *, const Edge *> providerEdges(int node) const
    {
        return {m_byConsumer.data() + m_consumerOffsets[node],
                m_byConsumer.data() + m_consumerOffsets[node + 1]};
    }
    // The edges of which `node` is the provider.
    std::pair<const Edge *, const Edge *> consumerEdges(int node) const
    {
        return {m_byProvider.data() + m_providerOffsets[node],
                m_byProvider.data() + m_providerOffsets[node + 1]};
    }

    // The same consumer edges, compact (8 bytes each) for the hot loops of the cascade and the
    // recovery, which read nothing else of an edge.
    struct OutEdge
    {
        int consumer;
        int kindGroup; // group << 2 | kind; the group is -1 unless kind is Group
        EdgeKind kind() const { return EdgeKind(kindGroup & 3); }
        int group() const { return kindGroup >> 2; }
    };
    // Size and quorum of group `gi`, packed for the same loops.
    struct GroupCount
    {
        int size;
        int quorum;
    };
    const GroupCount *groupCounts() const { return m_groupCounts.data(); }
    std::pair<const OutEdge *, const OutEdge *> consumersOf(int node) const
    {
        return {m_outEdges.data() + m_providerOffsets[node],
                m_outEdges.data() + m_providerOffsets[node + 1]};
    }

    // The same graph renumbered for sweeps over big scenarios (docs/analyses.md "Speed"): a
    // node's rank puts providers before their consumers wherever there is no cycle (Kahn's
    // order; on a cycle, a node that waits only on soft providers goes first). Edge lists are
    // laid out in rank order, so that walking nodes by rank reads them from memory in order.
    struct RankEdge
    {
        int rank;      // of the node at the other end: the consumer, or the provider
        int kindGroup; // as OutEdge's
        EdgeKind kind() const { return EdgeKind(kindGroup & 3); }
        int group() const { return kindGroup >> 2; }
    };
    int rankOf(int node) const { return m_rank[node]; }
    int nodeAtRank(int rank) const { return m_atRank[rank]; }
    std::pair<const RankEdge *, const RankEdge *> consumersOfRank(int rank) const
    {
        return {m_rankOut.data() + m_rankOutOffsets[rank],
                m_rankOut.data() + m_rankOutOffsets[rank + 1]};
    }
    std::pair<const RankEdge *, const RankEdge *> providersOfRank(int rank) const
    {
        return {m_rankIn.data() + m_rankInOffsets[rank],
                m_rankIn.data() + m_rankInOffsets[rank + 1]};
    }
    double recoveryHoursAtRank(int rank) const { return m_rankRecovery[rank]; }
    double startNotBeforeAtRank(int rank) const
    {
        return m_mobilisation.empty() ? 0.0 : startNotBefore(m_atRank[rank]);
    }
    // Whether every hard and grouped dependency goes from a lower rank to a higher one: no
    // cycle of them anywhere, so that a recovery can be computed in one pass by rank.
    bool waitsAcyclic() const { return m_waitsAcyclic; }

private:
    QStringList m_ids;
    QStringList m_names;
    // Views of m_ids' strings, which a copy of the snapshot shares and never changes.
    QHash<IdView, int> m_indexOf;
    int m_processCount = 0;
    std::vector<std::uint8_t> m_dataStore;
    std::vector<std::uint8_t> m_kind;
    std::vector<double> m_rto;
    std::vector<double> m_rpo;
    std::vector<double> m_recovery;
    std::vector<double> m_loss;
    std::vector<double> m_achievableRpo;
    std::vector<int> m_tier;
    std::vector<double> m_mobilisation;
    std::vector<int> m_assignedTier;
    std::vector<QStringList> m_tags;
    std::vector<Group> m_groups;
    std::vector<int> m_consumerOffsets;
    std::vector<Edge> m_byConsumer;
    std::vector<int> m_providerOffsets;
    std::vector<Edge> m_byProvider;
    std::vector<OutEdge> m_outEdges;
    std::vector<GroupCount> m_groupCounts;
    std::vector<int> m_rank;
    std::vector<int> m_atRank;
    std::vector<int> m_rankOutOffsets;
    std::vector<RankEdge> m_rankOut;
    std::vector<int> m_rankInOffsets;
    std::vector<RankEdge> m_rankIn;
    std::vector<double> m_rankRecovery;
    bool m_waitsAcyclic = true;

    void computeRanks();
    void index(std::vector<Edge> edges);
};

} // namespace Continuity
