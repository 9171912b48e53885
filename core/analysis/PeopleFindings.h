// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace Continuity {

struct Plan;

// What `check` says about a plan's people (product/10-people.md "Findings", docs/people.md):
// owners of critical recovery steps who cannot be reached, people single points of failure,
// contact details not confirmed within the people policy's period, call trees slower than their
// target or not drilled within DrillWithinMonths, and owners that name nobody. `critical[node]`:
// whether the node is tier 0 or 1 (assigned or required by what depends on it).
inline constexpr int DrillWithinMonths = 12;
std::vector<Finding> peopleFindings(const Plan &plan, const GraphSnapshot &graph,
                                    const std::vector<bool> &critical, const QDate &today);

} // namespace Continuity
