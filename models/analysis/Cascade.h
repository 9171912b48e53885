// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"

#include <vector>

namespace Continuity {

// What a scenario does to the plan (PRODUCT §3 Cascade).
struct CascadeResult
{
    std::vector<NodeState> state;             // per node
    std::vector<std::uint8_t> redundancyLost; // per node: a group lost members but held
    std::vector<int> scenario;                // the failed nodes, as given (deduplicated)
    std::vector<int> affected;                // every node not up, in the order it was reached
    std::vector<std::vector<int>> causes; // per entry of `affected`: the providers behind its state
    double lossPerHour = 0;               // sum over down processes

    bool isUp(int node) const { return state[node] == NodeState::Up; }
};

// PRODUCT §3 Cascade: the least fixed point of the propagation rules, starting from every node
// up except the scenario's. Runs in O(nodes + edges) with per-group counters.
CascadeResult runCascade(const GraphSnapshot &graph, const std::vector<int> &scenario);

} // namespace Continuity
