// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

namespace Continuity {

bool operator==(const Runbook &a, const Runbook &b)
{
    return a.id == b.id && a.title == b.title && a.service == b.service && a.version == b.version &&
           a.status == b.status && a.author == b.author && a.approvedBy == b.approvedBy &&
           a.approvedAt == b.approvedAt && a.approvalNote == b.approvalNote &&
           a.exitPlan == b.exitPlan && a.steps == b.steps &&
           a.previousVersions == b.previousVersions;
}

QList<double> Plan::defaultBiaHorizons()
{
    // PRODUCT §2: 1 h, 4 h, 8 h, 24 h, 72 h, 1 week.
    return {1, 4, 8, 24, 72, 168};
}

Plan Plan::empty(const QString &name)
{
    Plan plan;
    plan.name = name;
    plan.biaHorizonsHours = defaultBiaHorizons();
    plan.tierPolicy = TierPolicy::defaults();
    return plan;
}

TierPolicy TierPolicy::defaults()
{
    // docs/decisions/tier-policy-defaults.md explains the figures.
    TierPolicy policy;
    policy.tiers = {
        {0, 4.0, 100000.0, 12, defaultSloObjective(0)},
        {1, 24.0, 10000.0, 12, defaultSloObjective(1)},
        {2, 72.0, 1000.0, std::nullopt, defaultSloObjective(2)},
        {3, std::nullopt, std::nullopt, std::nullopt, defaultSloObjective(3)},
    };
    policy.regulatory = {
        {QStringLiteral("GDPR"), std::nullopt, 24.0},
        {QStringLiteral("HIPAA"), 1, 24.0},
        {QStringLiteral("PCI-DSS"), 1, 1.0},
        {QStringLiteral("SOX"), 2, 24.0},
    };
    return policy;
}

} // namespace Continuity
