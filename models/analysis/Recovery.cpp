// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recovery.h"

#include "StronglyConnected.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <set>

namespace Continuity {

RecoveryResult runRecovery(const GraphSnapshot &graph, const std::vector<int> &scenario)
{
    using Kind = GraphSnapshot::EdgeKind;
    RecoveryResult result;
    result.cascade = runCascade(graph, scenario);
    const CascadeResult &cascade = result.cascade;
    const auto &groups = graph.groups();
    const int n = graph.nodeCount();
    auto isDown = [&](int node) { return cascade.state[node] == NodeState::Down; };

    // What each down node waits for: down ungrouped hard providers, and per group the number
    // of providers still to be ready before k are (providers that are not down count as ready
    // at time 0).
    std::vector<int> pendingHard(n, 0);
    std::vector<int> groupReady(groups.size(), 0);
    std::vector<int> groupWave(groups.size(), -1);
    std::vector<int> pendingGroups(n, 0);
    std::vector<int> down;
    for (int node : cascade.affected) {
        if (isDown(node))
            down.push_back(node);
    }
    std::vector<int> groupMembersDown(groups.size(), 0);
    for (int node : down) {
        const auto [begin, end] = graph.providerEdges(node);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
            if (e.kind == Kind::Hard && isDown(e.provider))
                ++pendingHard[node];
            else if (e.kind == Kind::Group && isDown(e.provider))
                ++groupMembersDown[e.group];
        }
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const GraphSnapshot::Group &g = groups[gi];
        groupReady[gi] = g.size - groupMembersDown[gi];
        if (isDown(g.consumer) && groupReady[gi] < g.quorum)
            ++pendingGroups[g.consumer];
    }

    // Events in order of ready time (Dijkstra-like: durations are never negative, so when a
    // node's last requirement is met, that time is its start).
    std::vector<double> ready(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<int> wave(n, -1);
    std::vector<int> waitedWave(n, -1); // latest wave among the providers waited for
    std::vector<std::uint8_t> started(n, 0);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    auto start = [&](int node, double at) {
        started[node] = 1;
        ready[node] = at + graph.recoveryHours(node);
        wave[node] = waitedWave[node] + 1;
        heap.push({ready[node], node});
    };
    for (int node : down) {
        if (pendingHard[node] == 0 && pendingGroups[node] == 0)
            start(node, 0.0);
    }
    std::vector<std::uint8_t> done(n, 0);
    while (!heap.empty()) {
        const auto [time, node] = heap.top();
        heap.pop();
        if (done[node])
            continue;
        done[node] = 1;
        const auto [begin, end] = graph.consumerEdges(node);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
            const int c = e.consumer;
            if (!isDown(c) || started[c])
                continue;
            if (e.kind == Kind::Hard) {
                --pendingHard[c];
                waitedWave[c] = std::max(waitedWave[c], wave[node]);
            } else if (e.kind == Kind::Group) {
                const GraphSnapshot::Group &g = groups[e.group];
                if (groupReady[e.group] >= g.quorum)
                    continue; // already k ready: this one was not waited for
                ++groupReady[e.group];
                groupWave[e.group] = std::max(groupWave[e.group], wave[node]);
                waitedWave[c] = std::max(waitedWave[c], groupWave[e.group]);
                if (groupReady[e.group] == g.quorum)
                    --pendingGroups[c];
            } else {
                continue;
            }
            if (pendingHard[c] == 0 && pendingGroups[c] == 0)
                start(c, time);
        }
    }

    // Blocked nodes: the graph of what each unresolved node still waits on. Its strongly
    // connected components with more than one node are the cycles.
    std::vector<int> unresolved;
    for (int node : down) {
        if (!done[node])
            unresolved.push_back(node);
    }
    std::vector<std::vector<int>> blockedBy(n);
    if (!unresolved.empty()) {
        auto waitsOn = [&](int node, const std::function<void(int)> &visit) {
            const auto [begin, end] = graph.providerEdges(node);
            for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
                const GraphSnapshot::Edge &e = *it;
                if (!isDown(e.provider) || done[e.provider])
                    continue;
                if (e.kind == Kind::Hard ||
                    (e.kind == Kind::Group && groupReady[e.group] < groups[e.group].quorum))
                    visit(e.provider);
            }
        };
        std::vector<int> component;
        const std::vector<std::vector<int>> components = stronglyConnectedComponents(
            n, unresolved, [&](int v, const std::function<void(int)> &visit) { waitsOn(v, visit); },
            &component);
        // Components come out in reverse topological order (providers first), so the cycles
        // a component reaches are known when it is reached.
        std::vector<std::set<int>> reaches(components.size());
        for (std::size_t ci = 0; ci < components.size(); ++ci) {
            std::set<int> &cycleNodes = reaches[ci];
            if (components[ci].size() > 1)
                cycleNodes.insert(components[ci].begin(), components[ci].end());
            for (int v : components[ci]) {
                waitsOn(v, [&](int w) {
                    if (component[w] != int(ci))
                        cycleNodes.insert(reaches[component[w]].begin(),
                                          reaches[component[w]].end());
                });
            }
            for (int v : components[ci])
                blockedBy[v].assign(cycleNodes.begin(), cycleNodes.end());
        }
    }

    result.nodes.reserve(down.size());
    for (int node : down) {
        RecoveryNode r;
        r.node = node;
        if (done[node]) {
            r.readyHours = ready[node];
            r.wave = wave[node];
        } else {
            r.readyHours = std::numeric_limits<double>::quiet_NaN();
            r.blockedBy = blockedBy[node];
        }
        result.nodes.push_back(std::move(r));
    }
    std::sort(result.nodes.begin(), result.nodes.end(),
              [](const RecoveryNode &a, const RecoveryNode &b) {
                  if (a.isBlocked() != b.isBlocked())
                      return !a.isBlocked();
                  if (!a.isBlocked() && a.readyHours != b.readyHours)
                      return a.readyHours < b.readyHours;
                  if (a.wave != b.wave)
                      return a.wave < b.wave;
                  return a.node < b.node;
              });
    return result;
}

} // namespace Continuity
