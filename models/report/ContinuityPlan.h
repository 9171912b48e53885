// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QStringList>

#include <optional>

class QDateTime;

namespace Continuity {

struct Plan;

// What a business continuity plan covers (product/11-reports.md "Business continuity plan").
struct PlanScope
{
    enum class Kind { WholePlan, Site, Processes };
    Kind kind = Kind::WholePlan;
    QStringList ids; // the site, or the processes
};

// "site:ID" or "process:ID,ID,..." (empty: the whole plan); nullopt and a message naming what is
// wrong when the text is neither or names what the plan does not have.
std::optional<PlanScope> parsePlanScope(const Plan &plan, const QString &text,
                                        QString *errorMessage);

// The business continuity plan (ISO 22301 8.4.4) of `scope`, chapters in the specification's
// order: document control, purpose and scope, activation, roles, communication, processes with
// targets and tiers, recovery strategies, the dependency map (split over pages when large),
// recovery order for the scope's worst scenario, the approved runbooks in full, the exercise
// programme and open actions. The same document is written as PDF and as ODT.
Report::Document continuityPlan(const Plan &plan, const PlanScope &scope,
                                const QDateTime &printedAt);

} // namespace Continuity
