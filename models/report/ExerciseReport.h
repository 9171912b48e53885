// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDateTime;

namespace Continuity {

struct Plan;
struct Exercise;

// The DR exercise report for management and auditors (issue 7 §5, docs/exercises.md): a cover,
// an executive summary (what was tested, pass or miss, the biggest gaps), objectives, results
// with measured and target side by side, the timeline of the log with every correction and
// its original, the steps against their expected durations, findings and actions (with those
// still open from earlier exercises), participants and sign-off.
Report::Document exerciseReport(const Plan &plan, const Exercise &exercise,
                                const QDateTime &printedAt);

} // namespace Continuity
