// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisRun.h"

namespace Continuity {

AnalysisOutput runAnalyses(const Plan &plan, const QStringList &scenario,
                           const std::atomic_bool *cancel)
{
    AnalysisOutput out;
    out.plan = plan;
    auto graph = std::make_shared<GraphSnapshot>(GraphSnapshot::fromPlan(plan));
    out.graph = graph;
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

    std::vector<int> nodes;
    for (const QString &id : scenario) {
        const int node = graph->indexOf(id);
        if (node >= 0) {
            nodes.push_back(node);
            out.scenario.append(id);
        }
    }
    out.recovery = runRecovery(*graph, nodes);
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }
    out.spof = findSpofs(*graph, defaultSpofTargets(*graph, 1), {}, cancel);
    if (out.spof.cancelled || cancelled()) {
        out.cancelled = true;
        return out;
    }
    out.findings = checkPlan(*graph, plan);
    out.requiredTier = analyzeTiers(*graph, plan.tierPolicy).requiredTier;
    out.cancelled = cancelled();
    return out;
}

} // namespace Continuity
