// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cascade.h"

#include <algorithm>
#include <limits>

namespace Continuity {

CascadeResult runCascade(const GraphSnapshot &graph, const std::vector<int> &scenario)
{
    using Kind = GraphSnapshot::EdgeKind;
    const int n = graph.nodeCount();
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
    // When (as a position in the event queue) each node stopped being up, and went down: a
    // provider is a cause of a node's state only if it got there first, so that causes always
    // lead back to the scenario, never round a cycle.
    constexpr int Never = std::numeric_limits<int>::max();
    std::vector<int> notUpAt(n, Never);
    std::vector<int> downAt(n, Never);
    for (int node : scenario) {
        if (node < 0 || node >= n || inScenario[node])
            continue;
        inScenario[node] = 1;
        result.scenario.push_back(node);
        result.affected.push_back(node);
        notUpAt[node] = downAt[node] = int(queue.size());
        queue.push_back({node, NodeState::Up, NodeState::Down});
        result.state[node] = NodeState::Down;
    }

    auto raise = [&](int node, NodeState to) {
        const NodeState from = result.state[node];
        if (to <= from)
            return;
        if (from == NodeState::Up) {
            result.affected.push_back(node);
            notUpAt[node] = int(queue.size());
        }
        if (to == NodeState::Down)
            downAt[node] = int(queue.size());
        result.state[node] = to;
        queue.push_back({node, from, to});
    };

    // PRODUCT §3 Cascade: least fixed point. States only rise, each node at most twice, and
    // each rise looks at the node's consumers once: O(nodes + edges).
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const Event event = queue[head];
        const auto [begin, end] = graph.consumerEdges(event.node);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
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
    result.causeStart.reserve(result.affected.size() + 1);
    result.causeList.reserve(result.affected.size());
    for (std::size_t a = 0; a < result.affected.size(); ++a) {
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

    result.causeStart.push_back(int(result.causeList.size()));

    for (int node : result.affected) {
        if (graph.isProcess(node) && result.state[node] == NodeState::Down)
            result.lossPerHour += graph.lossPerHour(node);
    }
    return result;
}

} // namespace Continuity
