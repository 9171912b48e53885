// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cascade.h"

#include <algorithm>

namespace Continuity {

CascadeResult runCascade(const GraphSnapshot &graph, const std::vector<int> &scenario)
{
    using Kind = GraphSnapshot::EdgeKind;
    const int n = graph.nodeCount();
    const auto &edges = graph.edges();
    const auto &groups = graph.groups();

    CascadeResult result;
    result.state.assign(n, NodeState::Up);
    result.redundancyLost.assign(n, 0);
    std::vector<int> groupDown(groups.size(), 0);
    std::vector<int> groupNotUp(groups.size(), 0);
    std::vector<std::uint8_t> inScenario(n, 0);

    struct Event
    {
        int node;
        NodeState from;
        NodeState to;
    };
    std::vector<Event> queue;
    for (int node : scenario) {
        if (node < 0 || node >= n || inScenario[node])
            continue;
        inScenario[node] = 1;
        result.scenario.push_back(node);
        result.affected.push_back(node);
        queue.push_back({node, NodeState::Up, NodeState::Down});
        result.state[node] = NodeState::Down;
    }

    auto raise = [&](int node, NodeState to) {
        const NodeState from = result.state[node];
        if (to <= from)
            return;
        if (from == NodeState::Up)
            result.affected.push_back(node);
        result.state[node] = to;
        queue.push_back({node, from, to});
    };

    // PRODUCT §3 Cascade: least fixed point. States only rise, each node at most twice, and
    // each rise looks at the node's consumers once: O(nodes + edges).
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Event event = queue[head];
        const auto [begin, end] = graph.consumerEdges(event.node);
        for (const int *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = edges[*it];
            switch (e.kind) {
            case Kind::Hard: // consumer >= provider's state
                raise(e.consumer, event.to);
                break;
            case Kind::Soft: // provider degraded or down => consumer >= degraded
                raise(e.consumer, NodeState::Degraded);
                break;
            case Kind::Group: {
                const GraphSnapshot::Group &g = groups[e.group];
                if (event.to == NodeState::Down && event.from != NodeState::Down)
                    ++groupDown[e.group];
                if (event.from == NodeState::Up)
                    ++groupNotUp[e.group];
                const int notDown = g.size - groupDown[e.group];
                const int up = g.size - groupNotUp[e.group];
                if (notDown < g.quorum)
                    raise(e.consumer, NodeState::Down);
                else if (up < g.quorum)
                    raise(e.consumer, NodeState::Degraded);
                break;
            }
            }
        }
    }

    // Redundancy lost: some providers of a group down, but not too many.
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        if (groupDown[gi] > 0 && groups[gi].size - groupDown[gi] >= groups[gi].quorum)
            result.redundancyLost[groups[gi].consumer] = 1;
    }

    // Causes: the providers that justify each node's final state.
    result.causes.resize(result.affected.size());
    for (std::size_t a = 0; a < result.affected.size(); ++a) {
        const int node = result.affected[a];
        if (inScenario[node])
            continue;
        const NodeState s = result.state[node];
        std::vector<int> &causes = result.causes[a];
        const auto [begin, end] = graph.providerEdges(node);
        for (const int *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = edges[*it];
            const NodeState p = result.state[e.provider];
            switch (e.kind) {
            case Kind::Hard:
                if (p == s)
                    causes.push_back(e.provider);
                break;
            case Kind::Soft:
                if (s == NodeState::Degraded && p != NodeState::Up)
                    causes.push_back(e.provider);
                break;
            case Kind::Group: {
                const GraphSnapshot::Group &g = groups[e.group];
                const bool groupDownNow = g.size - groupDown[e.group] < g.quorum;
                const bool groupDegraded = !groupDownNow && g.size - groupNotUp[e.group] < g.quorum;
                if (s == NodeState::Down && groupDownNow && p == NodeState::Down)
                    causes.push_back(e.provider);
                else if (s == NodeState::Degraded && groupDegraded && p != NodeState::Up)
                    causes.push_back(e.provider);
                break;
            }
            }
        }
    }

    for (int node : result.affected) {
        if (graph.isProcess(node) && result.state[node] == NodeState::Down)
            result.lossPerHour += graph.lossPerHour(node);
    }
    return result;
}

} // namespace Continuity
