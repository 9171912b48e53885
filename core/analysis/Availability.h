// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Downtime.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <vector>

namespace Continuity {

struct Plan;

// Predicted availability (product/13-incidents-slos.md "Predicted availability",
// docs/incidents.md "Predicted availability").

// A node's own availability: from its entered MTBF and MTTR, else measured from the outages it
// was listed in itself over the observation period, else 1 (no data).
struct OwnAvailability
{
    enum class Source { Entered, Measured, NoData };
    Source source = Source::NoData;
    double availability = 1;
    double mtbfHours = 0; // entered or measured; 0 without data
    double mttrHours = 0;
    int episodes = 0; // measured: the outages counted
};
std::vector<OwnAvailability> ownAvailability(const Plan &plan, const GraphSnapshot &graph,
                                             const Downtime &downtime, TimeSpan observation);

enum class AvailabilityMethod { Exact, MonteCarlo };
QString toString(AvailabilityMethod method); // "exact", "monte-carlo"

struct CompositeAvailability
{
    int node = -1;
    double own = 1;
    double composite = 1;
    AvailabilityMethod method = AvailabilityMethod::Exact;
    double low = 1; // the 95 % interval of a Monte Carlo estimate; equal to composite if exact
    double high = 1;
    double downtimeHoursPerYear() const { return (1 - composite) * 8760; }
};

struct AvailabilityOptions
{
    // Exact by enumeration while 2^(nodes that can fail in the node's upstream cone) times the
    // cone's size stays under this; exact by recursion for any cone that is a tree; otherwise
    // Monte Carlo.
    double enumerationBudget = 5e7;
    std::uint64_t samples = std::uint64_t(1) << 20; // at least 10^6
    std::uint64_t seed = 20261205;
    // Set from another thread to stop early; the results are then meaningless.
    const std::atomic_bool *cancel = nullptr;
};

// The probability that `node` is not down when every node n fails independently with
// probability 1 - own[n] and states follow the cascade's hard and group rules (soft
// dependencies never make a node down): a provider shared by two paths counts once.
CompositeAvailability compositeAvailability(const GraphSnapshot &graph,
                                            const std::vector<double> &own, int node,
                                            const AvailabilityOptions &options = {});

// The composite availability of many nodes at once: each exact where compositeAvailability()
// would be, the rest from one Monte Carlo run over the whole graph whose samples they share (a
// 100k-node plan's tier-0/1 nodes cost one pass per sample chunk, not one run each). The
// estimates of one run are correlated with each other; each alone has its 95 % interval. The
// enumeration budget is shared by all the nodes.
std::vector<CompositeAvailability> compositeAvailabilities(const GraphSnapshot &graph,
                                                           const std::vector<double> &own,
                                                           const std::vector<int> &nodes,
                                                           const AvailabilityOptions &options = {});

// What availability is promised for, when nobody names nodes: tier 0/1 and every node with an
// SLO, by id.
std::vector<int> availabilityTargets(const Plan &plan, const GraphSnapshot &graph);

// The composite availability of `nodes` at instant `at`, own availabilities entered or measured
// over the year before `at`: what `analyze availability` and the Analyses area's Availability
// tab show.
std::vector<CompositeAvailability> predictAvailability(const Plan &plan, const GraphSnapshot &graph,
                                                       qint64 at, const std::vector<int> &nodes,
                                                       const AvailabilityOptions &options = {});

// Double points of failure (minimal cut sets of order 2) of `target`: the pairs {a, b}, neither a
// SPOF of the target, whose joint failure makes it down; each pair ascending, pairs ascending.
std::vector<std::pair<int, int>> doublePointsOfFailure(const GraphSnapshot &graph, int target);

} // namespace Continuity
