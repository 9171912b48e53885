// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"
#include "Findings.h"
#include "Recovery.h"
#include "Spof.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace Continuity {

// Every analysis of a plan for one scenario, as the Analyses area shows them. `plan` is the
// (implicitly shared) copy the results were computed from, so that they stay consistent with
// each other while the document moves on.
struct AnalysisOutput
{
    Plan plan;
    std::shared_ptr<const GraphSnapshot> graph;
    QStringList scenario;    // the ids that were failed (unknown ones dropped)
    RecoveryResult recovery; // holds the cascade; empty when there is no scenario
    SpofResult spof;
    std::vector<Finding> findings;
    std::vector<int> requiredTier; // per node of `graph` (TierAnalysis::requiredTier)
    bool cancelled = false;

    const CascadeResult &cascade() const { return recovery.cascade; }
    // The required tier of a process or service id; -1 when none or unknown.
    int requiredTierOf(const QString &id) const
    {
        const int node = graph ? graph->indexOf(id) : -1;
        return node >= 0 && std::size_t(node) < requiredTier.size()
                   ? requiredTier[std::size_t(node)]
                   : -1;
    }
};

// Runs all analyses; meant for a worker thread (pure, no QObject). `cancel` is checked
// between analyses and inside the SPOF search; a cancelled run returns what it has, flagged.
AnalysisOutput runAnalyses(const Plan &plan, const QStringList &scenario,
                           const std::atomic_bool *cancel = nullptr);

} // namespace Continuity
