// SPDX-License-Identifier: GPL-3.0-or-later
#include "SamplePlan.h"

#include "domain/Plan.h"
#include "PlanJson.h"

#include <QCoreApplication>
#include <QFile>

namespace Continuity {

std::optional<Plan> samplePlan(QString *errorMessage)
{
    QFile file(QStringLiteral(":/continuity/sample-plan.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Continuity::SamplePlan",
                                                        "The bundled sample plan is missing.");
        return std::nullopt;
    }
    QStringList errors;
    std::optional<Plan> plan = PlanJson::read(file.readAll(), &errors);
    if (!plan && errorMessage) {
        *errorMessage = QCoreApplication::translate("Continuity::SamplePlan",
                                                    "The bundled sample plan is invalid: %1")
                            .arg(errors.join(QLatin1Char('\n')));
    }
    return plan;
}

} // namespace Continuity
