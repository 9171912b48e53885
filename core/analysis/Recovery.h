// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cascade.h"

#include <vector>

namespace Continuity {

// How the down nodes of a scenario come back (PRODUCT §3 Recovery). One entry per down node.
struct RecoveryNode
{
    int node = -1;
    double readyHours = 0; // NaN when blocked
    int wave = -1;         // -1 when blocked
    // The cycles of hard dependencies it waits on, as indices into RecoveryResult::cycles:
    // each cycle is kept once, however many nodes wait on it (a 200,000-node ring is one
    // cycle, not 200,000 copies of it).
    std::vector<int> blockedBy;
    bool isBlocked() const { return wave < 0; }
};

struct RecoveryResult
{
    CascadeResult cascade;
    std::vector<RecoveryNode> nodes; // down nodes, by ready time, then wave, then node index
    // Each cycle of hard dependencies among down nodes that blocks a node: its nodes in
    // ascending order; cycles ordered by their first node.
    std::vector<std::vector<int>> cycles;

    // The nodes of the cycles `node` waits on, ascending, at most `limit` of them (for
    // messages); `total`, when given, receives how many there are in all.
    std::vector<int> blockingNodes(const RecoveryNode &node, std::size_t limit = std::size_t(-1),
                                   std::size_t *total = nullptr) const;
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
