// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli check PLAN [--json]
#include "CliRunner.h"

#include "analysis/Controls.h"
#include "analysis/Findings.h"
#include "domain/Plan.h"
#include "io/AnalysisJson.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

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
    GraphSnapshot graph;
    // The graph as the analyses read it, the rest of the plan beside it (no million
    // dependencies as items: docs/decisions/graph-read.md).
    const std::unique_ptr<PlanFile> file = openReadOnly(a.positionals.first(), &error);
    if (!file || !PlanSql(file->database()).loadWithGraph(&plan, &graph, &error))
        return fail(error);
    const std::vector<Finding> findings = checkPlan(graph, plan);
    if (a.flags.contains(QLatin1String("--json")))
        AnalysisJson::check(findings, [this](const QByteArray &part) { writeJson(part); });
    else
        printFindings(findings);
    // An error an exception accepts is shown, but does not fail the check.
    return hasUnacceptedErrors(findings) ? FindingsHaveErrors : Success;
}

} // namespace Continuity::Cli
