// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDate;
class QDateTime;
#include <QStringList>

namespace Continuity {

struct Plan;
struct ChangeAssessment;
class GraphSnapshot;

// The blast radius of `assessment` as a small map, as the CAB pack prints it: the change's
// `targets` on the left, what depends on them in columns to the right, down in red (solid
// outline) and degraded in amber (dashed), at most five columns of seven with "and N more".
// `graph` is the one the change was assessed on. The window's change form draws the same figure.
Report::Figure blastRadiusFigure(const GraphSnapshot &graph, const ChangeAssessment &assessment,
                                 const QStringList &targets, const QString &description);

// The CAB pack (product/12-changes.md "Reports and exchange", docs/changes.md): the changes
// waiting for a decision (new, assess, authorize) whose window touches [from, to] in the plan's
// time zone, highest risk first; for each its blast radius as a small map, the processes hit
// with their loss and headroom, conflicts, missing controls and when its backout runbook was
// last exercised; then the changes already scheduled in the period. Builds the plan's graph and
// assesses every change: on a big plan, call it off the GUI thread.
Report::Document cabReport(const Plan &plan, const QDate &from, const QDate &to,
                           const QDateTime &printedAt);

} // namespace Continuity
