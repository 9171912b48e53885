// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"

#include <span>
#include <vector>

namespace Continuity {

// What a scenario does to the plan (PRODUCT §3 Cascade).
struct CascadeResult
{
    std::vector<NodeState> state;             // per node
    std::vector<std::uint8_t> redundancyLost; // per node: a group lost members but held
    std::vector<int> scenario;                // the failed nodes, as given (deduplicated)
    std::vector<int> affected;                // every node not up, in the order it was reached
    double lossPerHour = 0;                   // sum over down processes

    // The providers behind the state of affected[i] (empty for the scenario's own nodes).
    std::span<const int> causes(std::size_t i) const
    {
        return {causeList.data() + causeStart[i], causeList.data() + causeStart[i + 1]};
    }
    std::vector<int> causeStart; // affected.size() + 1 offsets into causeList
    std::vector<int> causeList;

    bool isUp(int node) const { return state[node] == NodeState::Up; }
};

// What else a caller wants from the propagation. Recovery needs no causes but the counts below,
// which the propagation sees anyway.
struct CascadeOptions
{
    bool causes = true;
    // Per node: how many of its ungrouped hard providers are down.
    std::vector<int> *downHardProviders = nullptr;
    // Per group: how many of its providers are down.
    std::vector<int> *groupDown = nullptr;
};

// PRODUCT §3 Cascade: the least fixed point of the propagation rules, starting from every node
// up except the scenario's. Runs in O(nodes + edges) with per-group counters.
CascadeResult runCascade(const GraphSnapshot &graph, const std::vector<int> &scenario,
                         const CascadeOptions &options = {});

} // namespace Continuity
