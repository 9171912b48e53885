// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDateTime;

namespace Continuity {

struct Plan;
struct AnalysisOutput;

// The scenario brief for a war room (product/11-reports.md "Scenario brief"): what is down and
// degraded, the processes hit with their loss per hour and the time until each breaches its
// MTD, who to call, the runbooks to open in recovery order with waves and achievable times,
// and the RTO gaps. Two to four pages: long lists name their first entries and count the rest.
// `results`: runAnalyses() of the plan for the scenario.
Report::Document scenarioBrief(const Plan &plan, const AnalysisOutput &results,
                               const QDateTime &printedAt);

} // namespace Continuity
