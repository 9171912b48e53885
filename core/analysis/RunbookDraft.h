// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"
#include "Recovery.h"

#include <optional>
#include <vector>

namespace Continuity {

struct Plan;
struct Runbook;

// A draft runbook from a recovery analysis (docs/runbooks.md): one step per down node, in the
// order of its waves (then ready time), the step's id the node's id, its duration the node's
// recovery hours, and waits-for the steps of the down hard providers it needs. A node blocked
// by a cycle keeps only the waits that do not close the cycle and says so in its instructions.
// `service` is the scenario's single node, or empty for several.
Runbook draftRunbookFromRecovery(const Plan &plan, const GraphSnapshot &graph,
                                 const RecoveryResult &recovery, const QString &id,
                                 const QString &title);

// What `check` says about runbooks: a critical path longer than the RTO target of the
// runbook's service, steps without owner or verification, steps without a duration, a runbook
// without steps. Retired runbooks are left out. The subject is the runbook's id.
std::vector<Finding> runbookFindings(const Plan &plan);
// The same for one runbook (whatever its status).
std::vector<Finding> runbookFindings(const Plan &plan, const Runbook &runbook);
// The RTO target of the process or service `id`; nullopt when it has none or does not exist.
std::optional<double> rtoTargetOf(const Plan &plan, const QString &id);

} // namespace Continuity
