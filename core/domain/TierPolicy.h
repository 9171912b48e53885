// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

inline constexpr int MostCriticalTier = 0;
inline constexpr int LeastCriticalTier = 3;

// What qualifies a process for a tier (PRODUCT §2 Tier policy).
struct TierRule
{
    int tier = 0;
    std::optional<double> maxMtdHours;
    std::optional<double> minLossPerHour;
    // How often the services of this tier must be tested in an exercise (none: no policy).
    std::optional<int> testEveryMonths;
    // The SLO objective, in percent, of a node of this tier whose SLO sets none
    // (product/13-incidents-slos.md); none: such an SLO has no objective.
    std::optional<double> sloObjective;

    friend bool operator==(const TierRule &, const TierRule &) = default;
};

// What a regulatory tag imposes on a service that carries it.
struct RegulatoryRule
{
    QString tag;
    std::optional<int> minTier; // the tier may be no less critical than this
    std::optional<double> maxRpoHours;

    friend bool operator==(const RegulatoryRule &, const RegulatoryRule &) = default;
};

// A plan's tier policy: one rule per tier 0..3 and the regulatory rules. Defaults are shipped
// (docs/decisions/tier-policy-defaults.md) and editable per plan.
struct TierPolicy
{
    QList<TierRule> tiers;
    QList<RegulatoryRule> regulatory;
    // How long a BIA review holds (product/11-reports.md): older reviews are due again.
    static constexpr int DefaultBiaReviewMonths = 12;
    static constexpr int MaxBiaReviewMonths = 120;
    int biaReviewMonths = DefaultBiaReviewMonths;

    static TierPolicy defaults();
    // The shipped SLO objective of a tier (product/13-incidents-slos.md): 99.95, 99.9, 99.5, 99.
    static double defaultSloObjective(int tier)
    {
        constexpr double objectives[] = {99.95, 99.9, 99.5, 99.0};
        return objectives[tier < 0 ? 0 : tier > 3 ? 3 : tier];
    }
    // The SLO objective of `tier` by this policy; none without one.
    std::optional<double> sloObjective(int tier) const
    {
        for (const TierRule &rule : tiers) {
            if (rule.tier == tier)
                return rule.sloObjective;
        }
        return std::nullopt;
    }

    friend bool operator==(const TierPolicy &, const TierPolicy &) = default;
};

} // namespace Continuity
