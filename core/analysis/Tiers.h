// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

struct Process;
struct TierPolicy;

// A process's effective tier and where it came from (PRODUCT §3 Tiers).
struct ProcessTier
{
    enum class Source { Assigned, DerivedFromMtd, DerivedFromLoss, Default };
    int tier = 3;
    Source source = Source::Default;
};

// PRODUCT §3 Tiers: assigned by hand, or else the most critical tier t with
// MTD <= maxMtdHours(t) or loss per hour >= minLossPerHour(t); the least critical tier if none.
// The MTD used is the entered one, or else the one suggested from the BIA.
ProcessTier processTier(const Process &process, const TierPolicy &policy,
                        const QList<double> &horizonsHours);

// PRODUCT §3 Tiers: the first horizon at which any impact category is rated severe (4);
// nullopt when no category reaches severe.
std::optional<double> suggestedMtdHours(const Process &process, const QList<double> &horizonsHours);

} // namespace Continuity
