// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cascade.h"

#include <algorithm>
#include <limits>

namespace Continuity {

namespace {
constexpr std::size_t PrefetchAhead = 8;

// PRODUCT §3 Cascade, the group rule: fewer than k providers not down => down; else fewer than
// k up => degraded.
NodeState groupState(const GraphSnapshot::GroupCount &g, int down, int notUp)
{
    return g.size - down < g.quorum    ? NodeState::Down
           : g.size - notUp < g.quorum ? NodeState::Degraded
                                       : NodeState::Up;
}

// What follows from the final states: redundancy lost (some providers of a group down, but not
// too many) and the loss per hour of down processes.
void settle(const GraphSnapshot &graph, const std::vector<int> &groupDown, CascadeResult &result)
{
    const auto &groups = graph.groups();
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        if (groupDown[gi] > 0 && groups[gi].size - groupDown[gi] >= groups[gi].quorum)
            result.redundancyLost[groups[gi].consumer] = 1;
    }
    for (int v : result.affected) {
        if (graph.isProcess(v) && result.state[v] == NodeState::Down)
            result.lossPerHour += graph.lossPerHour(v);
    }
}

// The cascade without causes, by rank (GraphSnapshot::rankOf): nodes whose state rose are
// marked in a bit set and visited in rank order, so that providers are mostly final before
// their consumers are looked at and edge lists are read from memory in order. A rise against
// the order (only on a cycle) is visited on a further sweep; after a few, the remaining work
// goes first in, first out, which bounds the total at O(nodes + edges) like the queue.
CascadeResult sweepCascade(const GraphSnapshot &graph, const std::vector<int> &scenario)
{
    using Kind = GraphSnapshot::EdgeKind;
    const int n = graph.nodeCount();
    const auto &groups = graph.groups();
    CascadeResult result;
    result.state.assign(n, NodeState::Up);
    result.redundancyLost.assign(n, 0);
    std::vector<int> groupDown(groups.size(), 0);
    std::vector<int> groupNotUp(groups.size(), 0);

    // Per rank, one byte: the state (bits 0-1) and the state its consumers have seen (2-3).
    std::vector<std::uint8_t> node(n, 0);
    const std::size_t words = (std::size_t(n) + 63) / 64;
    std::vector<std::uint64_t> dirty(words, 0);
    auto isDirty = [&](int r) { return (dirty[std::size_t(r) >> 6] >> (r & 63)) & 1u; };
    auto setDirty = [&](int r) { dirty[std::size_t(r) >> 6] |= std::uint64_t(1) << (r & 63); };
    for (int v : scenario) {
        if (v < 0 || v >= n || result.state[v] != NodeState::Up)
            continue;
        result.state[v] = NodeState::Down;
        result.scenario.push_back(v);
        result.affected.push_back(v);
        const int r = graph.rankOf(v);
        node[r] = std::uint8_t(NodeState::Down);
        setDirty(r);
    }

    // Visits in FIFO order once sweeps stop paying off; the dirty bit then means "queued".
    bool fifo = false;
    std::vector<int> queue;
    std::size_t behind = words; // the first word with a rise behind the sweep
    int current = -1;
    auto raise = [&](int c, NodeState to) {
        std::uint8_t &b = node[c];
        const auto from = NodeState(b & 3);
        if (to <= from)
            return;
        if (from == NodeState::Up)
            result.affected.push_back(graph.nodeAtRank(c));
        b = std::uint8_t((b & ~3) | int(to));
        if (fifo) {
            if (!isDirty(c))
                queue.push_back(c);
        } else if (c <= current) {
            behind = std::min(behind, std::size_t(c) >> 6);
        }
        setDirty(c);
    };
    const GraphSnapshot::GroupCount *counts = graph.groupCounts();
    auto visit = [&](int r) {
        std::uint8_t &self = node[r];
        const auto to = NodeState(self & 3);
        const auto from = NodeState((self >> 2) & 3);
        if (from == to)
            return;
        self = std::uint8_t(int(to) | int(to) << 2);
        current = r;
        const auto [begin, end] = graph.consumersOfRank(r);
        for (const GraphSnapshot::RankEdge *it = begin; it != end; ++it) {
            NodeState want;
            switch (it->kind()) {
            case Kind::Hard:
                want = to;
                break;
            case Kind::Soft:
                want = NodeState::Degraded;
                break;
            case Kind::Group:
            default: {
                const int gi = it->group();
                const GraphSnapshot::GroupCount &g = counts[gi];
                if (to == NodeState::Down && from != NodeState::Down)
                    ++groupDown[gi];
                if (from == NodeState::Up)
                    ++groupNotUp[gi];
                want = g.size - groupDown[gi] < g.quorum    ? NodeState::Down
                       : g.size - groupNotUp[gi] < g.quorum ? NodeState::Degraded
                                                            : NodeState::Up;
                break;
            }
            }
            raise(it->rank, want);
        }
    };

    constexpr int SweepsBeforeFifo = 8;
    std::size_t from = 0;
    for (int sweep = 0; from < words && sweep < SweepsBeforeFifo; ++sweep) {
        behind = words;
        for (std::size_t w = from; w < words; ++w) {
            while (dirty[w]) {
                const int bit = __builtin_ctzll(dirty[w]);
                dirty[w] &= dirty[w] - 1;
                visit(int(w * 64) + bit);
            }
        }
        from = behind;
    }
    if (from < words) {
        fifo = true;
        for (std::size_t w = from; w < words; ++w) {
            for (std::uint64_t bits = dirty[w]; bits; bits &= bits - 1)
                queue.push_back(int(w * 64) + __builtin_ctzll(bits));
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int r = queue[head];
            dirty[std::size_t(r) >> 6] &= ~(std::uint64_t(1) << (r & 63));
            visit(r);
        }
    }

    for (int v : result.affected)
        result.state[v] = NodeState(node[graph.rankOf(v)] & 3);
    result.causeStart.assign(result.affected.size() + 1, 0);
    settle(graph, groupDown, result);
    return result;
}

} // namespace

CascadeResult runCascade(const GraphSnapshot &graph, const std::vector<int> &scenario,
                         const CascadeOptions &options)
{
    if (!options.causes && !options.downHardProviders && !options.groupDown)
        return sweepCascade(graph, scenario);
    using Kind = GraphSnapshot::EdgeKind;
    const int n = graph.nodeCount();
    const auto &groups = graph.groups();

    CascadeResult result;
    result.state.assign(n, NodeState::Up);
    result.redundancyLost.assign(n, 0);
    std::vector<int> groupDown(groups.size(), 0);
    const bool countDownHard = options.downHardProviders != nullptr;
    std::vector<int> groupNotUp(groups.size(), 0);
    std::vector<std::uint8_t> inScenario(n, 0);

    // The nodes whose state rose since they were last looked at. A node is queued once however
    // often it rises before its turn (up → degraded → down is looked at once, as up → down):
    // each look jumps to the node's consumer edges, the costly part on big graphs.
    std::vector<int> queue;
    queue.reserve(std::min<std::size_t>(std::size_t(n), 1u << 20));
    // Per node, what a visit of one of its dependencies touches, together in 8 bytes: one
    // random memory access per edge. Copied out to the result at the end.
    struct Node
    {
        NodeState state = NodeState::Up;
        NodeState looked = NodeState::Up; // the state its consumers have seen
        std::uint8_t queued = 0;
        int downHard = 0; // ungrouped hard providers down
    };
    std::vector<Node> node(n);
    // When (in raises) each node stopped being up, and went down: a provider is a cause of a
    // node's state only if it got there first, so that causes always lead back to the
    // scenario, never round a cycle.
    constexpr int Never = std::numeric_limits<int>::max();
    const bool causes = options.causes;
    std::vector<int> notUpAt(causes ? n : 0, Never);
    std::vector<int> downAt(causes ? n : 0, Never);
    int clock = 0;
    for (int v : scenario) {
        if (v < 0 || v >= n || inScenario[v])
            continue;
        inScenario[v] = 1;
        result.scenario.push_back(v);
        result.affected.push_back(v);
        if (causes)
            notUpAt[v] = downAt[v] = clock;
        ++clock;
        queue.push_back(v);
        node[v].queued = 1;
        node[v].state = NodeState::Down;
    }

    auto raise = [&](int v, Node &at, NodeState to) {
        const NodeState from = at.state;
        if (to <= from)
            return;
        if (from == NodeState::Up) {
            result.affected.push_back(v);
            if (causes)
                notUpAt[v] = clock;
        }
        if (causes && to == NodeState::Down)
            downAt[v] = clock;
        ++clock;
        at.state = to;
        if (!at.queued) {
            at.queued = 1;
            queue.push_back(v);
        }
    };

    const GraphSnapshot::GroupCount *counts = graph.groupCounts();
    // PRODUCT §3 Cascade: least fixed point. States only rise, each node at most twice, and
    // each rise looks at the node's consumers once: O(nodes + edges).
    for (std::size_t head = 0; head < queue.size(); ++head) {
        // The edge lists of nodes a few turns ahead are fetched from memory meanwhile.
        if (head + PrefetchAhead < queue.size())
            __builtin_prefetch(graph.consumersOf(queue[head + PrefetchAhead]).first);
        const int v = queue[head];
        Node &self = node[v];
        self.queued = 0;
        const NodeState from = self.looked;
        const NodeState to = self.state;
        self.looked = to;
        if (from == to)
            continue;
        const auto [begin, end] = graph.consumersOf(v);
        for (const GraphSnapshot::OutEdge *it = begin; it != end; ++it) {
            if (it + 8 < end)
                __builtin_prefetch(&node[it[8].consumer]);
            const int consumer = it->consumer;
            Node &c = node[consumer];
            switch (it->kind()) {
            case Kind::Hard: // consumer >= provider's state
                raise(consumer, c, to);
                if (countDownHard && to == NodeState::Down)
                    ++c.downHard;
                break;
            case Kind::Soft: // provider degraded or down => consumer >= degraded
                raise(consumer, c, NodeState::Degraded);
                break;
            case Kind::Group: {
                const int gi = it->group();
                const GraphSnapshot::GroupCount &g = counts[gi];
                if (to == NodeState::Down && from != NodeState::Down)
                    ++groupDown[gi];
                if (from == NodeState::Up)
                    ++groupNotUp[gi];
                raise(consumer, c, groupState(g, groupDown[gi], groupNotUp[gi]));
                break;
            }
            }
        }
    }
    for (int v : result.affected)
        result.state[v] = node[v].state;
    if (countDownHard) {
        options.downHardProviders->assign(n, 0);
        for (int v : result.affected)
            (*options.downHardProviders)[v] = node[v].downHard;
    }

    if (options.groupDown)
        *options.groupDown = groupDown;

    // Causes: the providers that justify each node's final state.
    result.causeStart.reserve(result.affected.size() + 1);
    result.causeList.reserve(result.affected.size());
    for (std::size_t a = 0; options.causes && a < result.affected.size(); ++a) {
        const int node = result.affected[a];
        result.causeStart.push_back(int(result.causeList.size()));
        if (inScenario[node])
            continue;
        const NodeState s = result.state[node];
        const bool down = s == NodeState::Down;
        const int at = down ? downAt[node] : notUpAt[node];
        std::vector<int> &causes = result.causeList;
        const auto [begin, end] = graph.providerEdges(node);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
            const int p = e.provider;
            switch (e.kind) {
            case Kind::Hard:
                if (result.state[p] == s && (down ? downAt[p] : notUpAt[p]) < at)
                    causes.push_back(p);
                break;
            case Kind::Soft:
                if (!down && notUpAt[p] < at)
                    causes.push_back(p);
                break;
            case Kind::Group: {
                const GraphSnapshot::Group &g = groups[e.group];
                const bool groupDownNow = g.size - groupDown[e.group] < g.quorum;
                const bool groupDegraded = !groupDownNow && g.size - groupNotUp[e.group] < g.quorum;
                if (down && groupDownNow && downAt[p] < at)
                    causes.push_back(p);
                else if (!down && groupDegraded && notUpAt[p] < at)
                    causes.push_back(p);
                break;
            }
            }
        }
    }

    if (!options.causes) // every node without causes: offsets all 0
        result.causeStart.assign(result.affected.size(), 0);
    result.causeStart.push_back(int(result.causeList.size()));
    settle(graph, groupDown, result);
    return result;
}

} // namespace Continuity
