// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace Continuity {

// Ratings 0 (none) .. 4 (severe), one per BIA time horizon of the plan; an empty list means
// the category has not been rated yet.
using ImpactRatings = std::array<QList<int>, ImpactCategoryCount>;

// A business process (PRODUCT §2): what the business does, its BIA and its targets.
// A plain value; PlanDocument owns the copies that make up a plan.
struct Process
{
    QString id;
    QString name;
    QString owner;
    QString description;
    std::optional<int> tier; // assigned by hand; nullopt: derived from the tier policy
    QString tierReason;      // why the tier was assigned by hand
    std::optional<double> mtdHours;
    std::optional<double> rtoHours;
    std::optional<double> rpoHours;
    std::optional<double> lossPerHour;
    std::optional<double> recoveryHours; // 0 when not given (PRODUCT §8)
    ImpactRatings impacts;
    // The BIA's review (product/11-reports.md): who confirmed it (a contact id or free text) and
    // when (YYYY-MM-DD); a rating edited since sets biaChangedSinceReview until the next review.
    QString reviewedBy;
    std::optional<QString> reviewedOn;
    bool biaChangedSinceReview = false;
    // DORA (docs/dora-register.md): the licensed activity the process performs as a function of
    // a financial entity, a key of doraLicensedActivities() ("x222"); empty: not a function.
    QString licensedActivity;
    // Where the node sits on the dependency map (scene units); nullopt: not placed yet.
    std::optional<QPointF> position;

    const QList<int> &impact(ImpactCategory category) const
    {
        return impacts[static_cast<int>(category)];
    }
    QList<int> &impact(ImpactCategory category) { return impacts[static_cast<int>(category)]; }
    bool hasBia() const
    {
        for (const auto &ratings : impacts) {
            if (!ratings.isEmpty())
                return true;
        }
        return false;
    }

    friend bool operator==(const Process &, const Process &) = default;
};

} // namespace Continuity
