// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli new PLAN [--sample]
#include "CliRunner.h"

#include "server/PgConnection.h"

#include "domain/Plan.h"
#include "io/SamplePlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <optional>

namespace Continuity::Cli {

int Runner::newPlan(const QStringList &args)
{
    const Arguments a = parse(args, {}, {QStringLiteral("--sample")});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    if (a.positionals.size() != 1)
        return badUsage(Tr::tr("new needs exactly one PLAN file"));
    const QString path = a.positionals.first();
    if (Server::ServerUrl::isServerUrl(path))
        return fail(Tr::tr("new makes a plan file; a new plan on a server is made by server init "
                           "URL (or server push FILE URL)"));
    Plan plan = Plan::empty(QFileInfo(path).completeBaseName());
    if (a.flags.contains(QLatin1String("--sample"))) {
        QString error;
        std::optional<Plan> sample = samplePlan(&error);
        if (!sample)
            return fail(error);
        plan = *sample;
    }
    QString error;
    if (!createWith(path, plan, &error))
        return fail(error);
    m_out << Tr::tr("Created %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}

} // namespace Continuity::Cli
