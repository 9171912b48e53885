// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDate;
class QDateTime;

namespace Continuity {

struct Plan;

// The control-status report (product/14-governance.md, docs/governance.md): every control with
// its status at `at` and the items that prove or fail it, the catalogue's requirements by
// framework with the controls that answer them, the accepted risks and the access reviews of
// the last year. Status in words and colour. Evaluates the controls: on a big plan, call it off
// the GUI thread.
Report::Document controlStatusReport(const Plan &plan, const QDate &at, const QDateTime &printedAt);

} // namespace Continuity
