// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli info PLAN
#include "CliRunner.h"

#include "domain/Plan.h"
#include "server/PgConnection.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace Continuity::Cli {

int Runner::info(const QStringList &args)
{
    const Arguments a = parse(args, {}, {});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("info needs exactly one PLAN file"));
    QString error;
    std::unique_ptr<PlanFile> file = openReadOnly(a.positionals.first(), &error);
    if (!file)
        return fail(error);
    Plan plan;
    if (!PlanSql(file->database()).load(&plan, &error))
        return fail(error);
    QMap<QString, int> kinds;
    for (const Service &s : plan.services)
        ++kinds[toString(s.kind)];
    QStringList kindList;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindList.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    int soft = 0;
    int grouped = 0;
    for (const Dependency &d : plan.dependencies) {
        soft += d.strength == Strength::Soft;
        grouped += !d.group.isEmpty();
    }
    const QStringList problems = file->integrityProblems();
    // A plan on a server is named by its URL (without a password), not by the copy read.
    Server::ServerUrl url;
    const QString where = Server::ServerUrl::parse(a.positionals.first(), &url, &error)
                              ? url.display()
                              : QDir::toNativeSeparators(file->path());
    m_out << Tr::tr("Plan:              %1").arg(where) << '\n'
          << Tr::tr("Name:              %1").arg(plan.name) << '\n'
          << Tr::tr("Plan format:       %1 (this Continuity writes %2)")
                 .arg(file->schemaVersion())
                 .arg(PlanFile::currentSchemaVersion())
          << '\n'
          << Tr::tr("Processes:         %1").arg(plan.processes.size()) << '\n'
          << Tr::tr("Services:          %1").arg(plan.services.size())
          << (kindList.isEmpty() ? QString()
                                 : QStringLiteral(" (") + kindList.join(QStringLiteral(", ")) +
                                       QStringLiteral(")"))
          << '\n'
          << Tr::tr("Dependencies:      %1 (%2 hard, %3 soft, %4 in redundancy groups)")
                 .arg(plan.dependencies.size())
                 .arg(plan.dependencies.size() - soft)
                 .arg(soft)
                 .arg(grouped)
          << '\n'
          << Tr::tr("Redundancy groups: %1").arg(plan.groups.size()) << '\n'
          << Tr::tr("Runbooks:          %1").arg(plan.runbooks.size()) << '\n'
          << Tr::tr("Exercises:         %1").arg(plan.exercises.size()) << '\n'
          << Tr::tr("People:            %1 persons, %2 roles, %3 call trees")
                 .arg(plan.persons.size())
                 .arg(plan.roles.size())
                 .arg(plan.callTrees.size())
          << '\n'
          << Tr::tr("File checks:       %1")
                 .arg(problems.isEmpty() ? Tr::tr("integrity ok, foreign keys ok")
                                         : problems.join(QStringLiteral("; ")))
          << Qt::endl;
    return problems.isEmpty() ? Success : BadInput;
}

} // namespace Continuity::Cli
