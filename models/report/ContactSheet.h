// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QStringList>

class QDateTime;

namespace Continuity {

struct Plan;

// The contact sheet (product/10-people.md "Printed", docs/people.md): for a scenario (the
// failed node ids; empty: the whole plan), who to call in what order with their phones and
// escalation, the call trees with expected reach times, and the external contacts. Kept to
// about two pages so that it can be printed and carried.
Report::Document contactSheet(const Plan &plan, const QStringList &failed,
                              const QDateTime &printedAt);

} // namespace Continuity
