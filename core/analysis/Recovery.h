// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cascade.h"

#include <vector>

namespace Continuity {

// How the down nodes of a scenario come back (PRODUCT §3 Recovery). One entry per down node.
struct RecoveryNode
{
    int node = -1;
    double readyHours = 0;      // NaN when blocked
    int wave = -1;              // -1 when blocked
    std::vector<int> blockedBy; // the nodes of the dependency cycle(s) it waits on
    bool isBlocked() const { return wave < 0; }
};

struct RecoveryResult
{
    CascadeResult cascade;
    std::vector<RecoveryNode> nodes; // down nodes, by ready time, then wave, then node index
};

// PRODUCT §3 Recovery: a down node starts once every down hard provider is ready (for a group:
// once k of its providers are ready) and is ready its recovery duration later; waves give the
// order to read out; nodes on a cycle of hard dependencies among down nodes, and all that
// wait on them, are blocked by that cycle.
// `cascadeCauses`: whether result.cascade also carries each node's causes (the window shows
// them; `analyze recovery` does not need them).
// `method`: Auto computes in one pass by rank when the graph's hard and grouped dependencies
// have no cycle, else with the event loop, which handles cycles; Events forces the event loop
// (the tests compare the two).
enum class RecoveryMethod { Auto, Events };
RecoveryResult runRecovery(const GraphSnapshot &graph, const std::vector<int> &scenario,
                           bool cascadeCauses = true, RecoveryMethod method = RecoveryMethod::Auto);

} // namespace Continuity
