// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QDateTime;

namespace Continuity {

struct Plan;
struct Incident;

// The post-mortem of an incident (product/13-incidents-slos.md "Post-mortems",
// docs/incidents.md): the facts and times, the impact with what the cascade took down with the
// listed nodes, data lost against the RPO, the timeline, contributing factors, what went well,
// wrong and where we got lucky, the actions with their kind, the runbook versions that came out
// of it, and the review. Blameless by construction: a person named as reviewer or action owner
// prints as the role they hold unless `withNames`. Instants print in the plan's time zone.
// Builds the plan's graph: on a big plan, call it off the GUI thread.
Report::Document postmortemReport(const Plan &plan, const Incident &incident, bool withNames,
                                  const QDateTime &printedAt);

} // namespace Continuity
