// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDate;
class QDateTime;

namespace Continuity {

struct Plan;

// The CAB pack (product/12-changes.md "Reports and exchange", docs/changes.md): the changes
// waiting for a decision (new, assess, authorize) whose window touches [from, to] in the plan's
// time zone, highest risk first; for each its blast radius as a small map, the processes hit
// with their loss and headroom, conflicts, missing controls and when its backout runbook was
// last exercised; then the changes already scheduled in the period. Builds the plan's graph and
// assesses every change: on a big plan, call it off the GUI thread.
Report::Document cabReport(const Plan &plan, const QDate &from, const QDate &to,
                           const QDateTime &printedAt);

} // namespace Continuity
