// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDate;
class QDateTime;

namespace Continuity {

struct Plan;

// The executive availability report for [from, to] (product/14-governance.md, docs/governance.md
// "Executive report"): the resilience score with its five shares beside it, SLOs of tier-0/1
// services met or missed with their measured availability, incidents per month by severity,
// time to restore, exercises done against due, RTO gaps measured and predicted, actions, the
// change success rate, the five biggest risks in plain words and the control status. Builds the
// graph and runs the SPOF analysis: call it off the GUI thread on a big plan.
Report::Document executiveReport(const Plan &plan, const QDate &from, const QDate &to,
                                 const QDateTime &printedAt);

} // namespace Continuity
