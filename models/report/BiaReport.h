// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QStringList>

class QDateTime;

namespace Continuity {

struct Plan;

// The BIA report (product/11-reports.md "BIA report", ISO 22301 8.2.2): a summary (processes
// ranked by tier and MTD, the tier distribution, BIAs missing, unreviewed, changed or overdue,
// inconsistencies in plain words), then a section per process: owner and contact, the impact
// heat map and impact-over-time chart with the MTD, targets and where they came from, tier and
// its rule, the services it needs with inversions marked, its single points of failure, the last
// exercise that covered it, and a sign-off block. `processIds`: the processes to report (in
// the plan's order); empty: all.
Report::Document biaReport(const Plan &plan, const QStringList &processIds,
                           const QDateTime &printedAt);

} // namespace Continuity
