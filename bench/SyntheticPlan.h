// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <cstdint>

namespace Continuity::Bench {

// A seeded, layered synthetic plan for benchmarks: sites at the bottom, then infrastructure,
// data stores and applications, and processes on top. Each consumer depends on providers in
// lower layers only; about one consumer in twenty has a 1-of-2 redundancy group, one
// dependency in ten is soft. Same seed, same plan.
Plan syntheticPlan(int services, int dependencies, int processes, std::uint64_t seed);

} // namespace Continuity::Bench
