// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Continuity {

struct Plan;

// The bundled sample plan (resources/sample-plan.json): a fictional mid-size payments company.
std::optional<Plan> samplePlan(QString *errorMessage);

} // namespace Continuity
