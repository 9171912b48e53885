// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDateTime;

namespace Continuity {

struct Plan;
struct Runbook;

// The printed runbook a DR team works from (docs/reports.md): a cover with version, status and
// approval; contents; owners with room for contacts; prerequisites; the steps as a numbered
// table with a tick box, owner, duration and start, verification and rollback; a timeline of
// the critical path; earlier approved versions; a sign-off page.
Report::Document runbookReport(const Plan &plan, const Runbook &runbook,
                               const QDateTime &printedAt);

} // namespace Continuity
