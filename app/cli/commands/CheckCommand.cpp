// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli check PLAN [--json]
#include "CliRunner.h"

#include "analysis/Controls.h"
#include "analysis/Findings.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace Continuity::Cli {

int Runner::check(const QStringList &args)
{
    const Arguments a = parse(args, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("check needs exactly one PLAN file"));
    QString error;
    Plan plan;
    if (!loadReadOnly(a.positionals.first(), &plan, &error))
        return fail(error);
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const std::vector<Finding> findings = checkPlan(graph, plan);
    if (a.flags.contains(QLatin1String("--json")))
        writeJson(AnalysisJson::check(findings));
    else
        printFindings(findings);
    // An error an exception accepts is shown, but does not fail the check.
    return hasUnacceptedErrors(findings) ? FindingsHaveErrors : Success;
}

} // namespace Continuity::Cli
