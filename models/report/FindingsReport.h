// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include "analysis/Findings.h"

#include <vector>

class QDateTime;

namespace Continuity {

struct Plan;
struct SpofResult;
class GraphSnapshot;

// The findings review (product/11-reports.md "Findings report"): every finding of `check`
// grouped by severity, then kind, each with its subject and what to do; the single points of
// failure per tier 0/1 target. With an older copy of the plan (`older`, its name in
// `olderLabel`): the findings new since then, resolved since then and still open, which is what
// a quarterly review meeting goes through.
struct FindingsReview
{
    std::vector<Finding> findings;               // the plan's, as checkPlan() gives them
    const std::vector<Finding> *older = nullptr; // the older copy's; nullptr: no comparison
    QString olderLabel; // how to name the older copy ("plan-2026-q3.continuity")
};

Report::Document findingsReport(const Plan &plan, const GraphSnapshot &graph,
                                const FindingsReview &review, const SpofResult &spofs,
                                const QDateTime &printedAt);

} // namespace Continuity
