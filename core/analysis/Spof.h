// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphSnapshot.h"

#include <atomic>
#include <functional>
#include <vector>

namespace Continuity {

struct SpofTarget
{
    int node = -1;
    int tier = -1;
    std::vector<int> spofs; // sorted by node index
};

// The targets of the SPOF analysis by default: every process whose tier (assigned or derived)
// is at most `maxTier` and every service whose assigned tier is at most `maxTier`.
std::vector<int> defaultSpofTargets(const GraphSnapshot &graph, int maxTier = 1);

// PRODUCT §3 Single points of failure: n is a SPOF of target t if the scenario {n} makes t
// down (n != t). Only "down" spreads from a single failure, so each candidate is followed up
// its hard and group edges alone; candidates are the nodes the targets hard-depend on. The
// optional progress callback gets (done, total); `cancel` stops early (the result is then
// incomplete and `cancelled` says so).
struct SpofResult
{
    std::vector<SpofTarget> targets;
    bool cancelled = false;
};
SpofResult findSpofs(const GraphSnapshot &graph, const std::vector<int> &targets,
                     const std::function<void(int, int)> &progress = {},
                     const std::atomic_bool *cancel = nullptr);

} // namespace Continuity
