// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <cstdint>

namespace Continuity::Bench {

// A seeded synthetic plan shaped like an enterprise estate, for the analyses' benchmarks:
// sites (data centres and cloud regions) each with their own network and infrastructure
// clusters; business domains of a few hundred services each, whose applications and data
// stores run on clusters at one site (or, for one in three, on a 1-of-2 pair across two
// sites); within a domain, front ends use back ends, back ends use data stores, and one edge
// in twenty goes to a small set of shared platform services (identity, DNS, messaging);
// business processes use their domain's front ends. About one dependency in ten is soft.
// Same seed, same plan.
Plan enterprisePlan(int services, int dependencies, std::uint64_t seed);

} // namespace Continuity::Bench
