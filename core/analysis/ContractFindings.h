// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"

#include <QDate>

#include <optional>
#include <vector>

namespace Continuity {

struct Plan;
struct SupplierContract;

// Internal policy against obligations (product/14-governance.md "Contracts and SLAs",
// docs/contracts.md): an SLO weaker than what a customer was promised (error), a customer RTO
// shorter than the internal RTO (error), an SLO that cannot be met with a supplier at its SLA
// availability (warning).
std::vector<Finding> contractFindings(const Plan &plan, const GraphSnapshot &graph, qint64 at);
// The first two alone (no availability is predicted): what the Commitments tab shows.
std::vector<Finding> commitmentFindings(const Plan &plan, const GraphSnapshot &graph);

// The SLA availability (percent) a supplier node holds on `day`: the weakest of its contracts in
// force that give one; nullopt without.
std::optional<double> supplierSlaAvailability(const Plan &plan, const QString &supplier,
                                              const QDate &day);

} // namespace Continuity
