// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tiers.h"

#include "domain/Process.h"
#include "domain/TierPolicy.h"

#include <algorithm>

namespace Continuity {

std::optional<double> suggestedMtdHours(const Process &process, const QList<double> &horizonsHours)
{
    for (qsizetype h = 0; h < horizonsHours.size(); ++h) {
        for (const QList<int> &ratings : process.impacts) {
            if (h < ratings.size() && ratings.at(h) >= 4)
                return horizonsHours.at(h);
        }
    }
    return std::nullopt;
}

ProcessTier processTier(const Process &process, const TierPolicy &policy,
                        const QList<double> &horizonsHours)
{
    if (process.tier)
        return {*process.tier, ProcessTier::Source::Assigned};
    const std::optional<double> mtd =
        process.mtdHours ? process.mtdHours : suggestedMtdHours(process, horizonsHours);
    QList<TierRule> rules = policy.tiers;
    std::sort(rules.begin(), rules.end(),
              [](const TierRule &a, const TierRule &b) { return a.tier < b.tier; });
    for (const TierRule &rule : rules) {
        if (mtd && rule.maxMtdHours && *mtd <= *rule.maxMtdHours)
            return {rule.tier, ProcessTier::Source::DerivedFromMtd};
        if (process.lossPerHour && rule.minLossPerHour &&
            *process.lossPerHour >= *rule.minLossPerHour)
            return {rule.tier, ProcessTier::Source::DerivedFromLoss};
    }
    return {LeastCriticalTier, ProcessTier::Source::Default};
}

} // namespace Continuity
