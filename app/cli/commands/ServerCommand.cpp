// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli server init URL | push PLAN URL | pull URL PLAN | list URL
#include "CliRunner.h"

#include "server/PgConnection.h"
#include "server/ServerPlan.h"

#include <QDir>
#include <QTextStream>

namespace Continuity::Cli {

namespace {

// The URL's plan name is required for everything but list.
bool connectTo(const QString &text, bool needsPlan, Server::ServerUrl *url,
               std::unique_ptr<Server::PgConnection> *connection, QString *error)
{
    if (!Server::ServerUrl::parse(text, url, error))
        return false;
    if (needsPlan && url->plan.isEmpty()) {
        *error = Tr::tr("%1 names no plan; add ?plan=NAME").arg(url->display());
        return false;
    }
    *connection = Server::PgConnection::connect(url->connection, error);
    return *connection != nullptr;
}

} // namespace

int Runner::server(const QStringList &args)
{
    const Arguments a = parse(args, {}, {});
    if (!a.error.isEmpty())
        return badUsage(a.error);
    const QString verb = a.positionals.value(0);
    const QStringList rest = a.positionals.mid(1);
    Server::ServerUrl url;
    std::unique_ptr<Server::PgConnection> connection;
    QString error;
    // Progress on the error stream, in tenths, so that standard output stays the result.
    int lastTenth = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        m_err << Tr::tr("%1 % (%2 of %3 rows)").arg(tenth * 10).arg(done).arg(total) << '\n';
        m_err.flush();
    };
    if (verb == QLatin1String("init")) {
        if (rest.size() != 1)
            return badUsage(Tr::tr("server init needs exactly one URL"));
        if (!connectTo(rest.first(), true, &url, &connection, &error) ||
            !Server::init(*connection, url.plan, &error))
            return fail(error);
        m_out << Tr::tr("Created plan %1 on the server; its roles: %2, %3, %4, %5")
                     .arg(url.plan,
                          Server::roleName(connection->databaseName(), url.plan,
                                           Server::Access::Viewer),
                          Server::roleName(connection->databaseName(), url.plan,
                                           Server::Access::Planner),
                          Server::roleName(connection->databaseName(), url.plan,
                                           Server::Access::Approver),
                          Server::roleName(connection->databaseName(), url.plan,
                                           Server::Access::Owner))
              << Qt::endl;
        return Success;
    }
    if (verb == QLatin1String("push")) {
        if (rest.size() != 2 || Server::ServerUrl::isServerUrl(rest.at(0)))
            return badUsage(Tr::tr("server push needs a PLAN file, then a server URL"));
        if (!connectTo(rest.at(1), true, &url, &connection, &error) ||
            !Server::push(rest.at(0), *connection, url.plan, progress, &error))
            return fail(error);
        m_out << Tr::tr("Pushed %1 to plan %2 on the server")
                     .arg(QDir::toNativeSeparators(rest.at(0)), url.plan)
              << Qt::endl;
        return Success;
    }
    if (verb == QLatin1String("pull")) {
        if (rest.size() != 2 || Server::ServerUrl::isServerUrl(rest.at(1)))
            return badUsage(Tr::tr("server pull needs a server URL, then a new PLAN file"));
        if (!connectTo(rest.at(0), true, &url, &connection, &error) ||
            !Server::pull(*connection, url.plan, rest.at(1), progress, &error))
            return fail(error);
        m_out << Tr::tr("Pulled plan %1 from the server into %2")
                     .arg(url.plan, QDir::toNativeSeparators(rest.at(1)))
              << Qt::endl;
        return Success;
    }
    if (verb == QLatin1String("list")) {
        if (rest.size() != 1)
            return badUsage(Tr::tr("server list needs exactly one URL"));
        QList<Server::PlanEntry> plans;
        if (!connectTo(rest.first(), false, &url, &connection, &error) ||
            !Server::listPlans(*connection, &plans, &error))
            return fail(error);
        for (const Server::PlanEntry &plan : std::as_const(plans))
            m_out << plan.name << '\n';
        m_out.flush();
        return Success;
    }
    return badUsage(verb.isEmpty() ? Tr::tr("server needs init, push, pull or list")
                                   : Tr::tr("unknown server command '%1'").arg(verb));
}

} // namespace Continuity::Cli
