// SPDX-License-Identifier: GPL-3.0-or-later
#include "Spof.h"

#include <algorithm>

namespace Continuity {

std::vector<int> defaultSpofTargets(const GraphSnapshot &graph, int maxTier)
{
    std::vector<int> targets;
    for (int node = 0; node < graph.nodeCount(); ++node) {
        const int tier = graph.tier(node);
        if (tier >= 0 && tier <= maxTier)
            targets.push_back(node);
    }
    return targets;
}

SpofResult findSpofs(const GraphSnapshot &graph, const std::vector<int> &targets,
                     const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    using Kind = GraphSnapshot::EdgeKind;
    const int n = graph.nodeCount();
    const auto &groups = graph.groups();
    SpofResult result;

    std::vector<int> targetSlot(n, -1);
    for (int t : targets) {
        if (t < 0 || t >= n || targetSlot[t] >= 0)
            continue;
        targetSlot[t] = int(result.targets.size());
        result.targets.push_back({t, graph.tier(t), {}});
    }

    // Candidates: everything the targets reach through hard and grouped edges; soft edges
    // never carry "down", so nothing else can take a target down on its own.
    std::vector<std::uint8_t> candidate(n, 0);
    std::vector<int> stack;
    for (const SpofTarget &t : result.targets) {
        if (!candidate[t.node]) {
            candidate[t.node] = 1;
            stack.push_back(t.node);
        }
    }
    std::vector<int> candidates;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        candidates.push_back(v);
        const auto [begin, end] = graph.providerEdges(v);
        for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
            const GraphSnapshot::Edge &e = *it;
            if (e.kind != Kind::Soft && !candidate[e.provider]) {
                candidate[e.provider] = 1;
                stack.push_back(e.provider);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());

    // One down-only propagation per candidate; stamps instead of clearing arrays.
    std::vector<int> downStamp(n, -1);
    std::vector<int> groupStamp(groups.size(), -1);
    std::vector<int> groupDown(groups.size(), 0);
    std::vector<int> queue;
    queue.reserve(n);
    const int total = int(candidates.size());
    for (int ci = 0; ci < total; ++ci) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        if (progress && (ci % 256 == 0))
            progress(ci, total);
        const int source = candidates[ci];
        queue.clear();
        queue.push_back(source);
        downStamp[source] = ci;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            if (v != source && targetSlot[v] >= 0)
                result.targets[targetSlot[v]].spofs.push_back(source);
            const auto [begin, end] = graph.consumerEdges(v);
            for (const GraphSnapshot::Edge *it = begin; it != end; ++it) {
                const GraphSnapshot::Edge &e = *it;
                if (downStamp[e.consumer] == ci || e.kind == Kind::Soft)
                    continue;
                bool down = e.kind == Kind::Hard;
                if (e.kind == Kind::Group) {
                    if (groupStamp[e.group] != ci) {
                        groupStamp[e.group] = ci;
                        groupDown[e.group] = 0;
                    }
                    const GraphSnapshot::Group &g = groups[e.group];
                    down = g.size - ++groupDown[e.group] < g.quorum;
                }
                if (down) {
                    downStamp[e.consumer] = ci;
                    queue.push_back(e.consumer);
                }
            }
        }
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Continuity
