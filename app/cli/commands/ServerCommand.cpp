// SPDX-License-Identifier: GPL-3.0-or-later
// continuity-cli server init URL | push PLAN URL | pull URL PLAN | list URL
#include "CliRunner.h"

#include "document/PlanDocument.h"
#include "server/PgConnection.h"
#include "server/PushBack.h"
#include "server/ServerPlan.h"

#include <QDir>
#include <QFileInfo>
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

// server push FILE URL where the plan is there already: the file's changes since it was
// pulled, merged item by item (docs/decisions/offline-push-back.md).
int Runner::pushBack(const Arguments &a, const QString &path, const QString &urlText,
                     const Server::ServerUrl &url)
{
    if (a.flags.contains(QLatin1String("--keep-server")) &&
        a.flags.contains(QLatin1String("--overwrite-server")))
        return badUsage(Tr::tr("--keep-server and --overwrite-server exclude each other"));
    const bool dryRun = a.flags.contains(QLatin1String("--dry-run"));
    const PlanMerge::Resolution resolution =
        a.flags.contains(QLatin1String("--keep-server"))        ? PlanMerge::Resolution::KeepTheirs
        : a.flags.contains(QLatin1String("--overwrite-server")) ? PlanMerge::Resolution::TakeMine
                                                                : PlanMerge::Resolution::Refuse;
    QString error;
    std::unique_ptr<PlanDocument> file = PlanDocument::open(path, &error);
    if (!file)
        return fail(error);
    Server::PushBackReport report;
    if (!Server::pushBack(*file, urlText, QString(), resolution, dryRun, &report, &error))
        return fail(error);
    const QString name = QDir::toNativeSeparators(path);
    const PlanMerge::Result &merge = report.merge;
    const bool refused = report.refused;
    m_out << (dryRun || refused ? Tr::tr("%n change(s) made in the file to push back:", nullptr,
                                         int(merge.taken.size()))
                                : Tr::tr("%n change(s) made in the file pushed back:", nullptr,
                                         int(merge.taken.size())))
          << '\n';
    for (const PlanMerge::Taken &t : merge.taken)
        m_out << "  " << PlanMerge::describe(t) << '\n';
    m_out << Tr::tr("%n item(s) changed on the server since the pull, kept as they are there",
                    nullptr, int(merge.theirsKept))
          << '\n';
    if (!merge.conflicts.isEmpty()) {
        m_out << Tr::tr("%n conflict(s): changed in the file and on the server, differently",
                        nullptr, int(merge.conflicts.size()))
              << '\n';
        for (const QString &line : std::as_const(report.conflictLines))
            m_out << "  " << line << '\n';
    }
    m_out.flush();
    if (refused) {
        return fail(Tr::tr("nothing was pushed: the conflicts above need a decision. Pull the "
                           "plan again and make the file's changes there, or push again with "
                           "--keep-server (the server's version of each stays) or "
                           "--overwrite-server (the file's version of each replaces it)."),
                    FindingsHaveErrors);
    }
    if (dryRun) {
        m_out << Tr::tr("Nothing was pushed (--dry-run).") << Qt::endl;
        return Success;
    }
    if (resolution == PlanMerge::Resolution::TakeMine && !merge.conflicts.isEmpty())
        m_out << Tr::tr("The file's version of each conflict replaced the server's "
                        "(--overwrite-server).")
              << '\n';
    else if (!merge.conflicts.isEmpty())
        m_out << Tr::tr("The server's version of each conflict stays (--keep-server).") << '\n';
    m_out << (report.written
                  ? Tr::tr("Pushed back %1 to plan %2 on the server; the file now holds the "
                           "server's plan.")
                  : Tr::tr("Nothing of %1 to push back to plan %2; the file now holds the "
                           "server's plan."))
                 .arg(name, url.plan)
          << Qt::endl;
    return Success;
}

int Runner::server(const QStringList &args)
{
    const Arguments a = parse(args, {},
                              {QStringLiteral("--dry-run"), QStringLiteral("--keep-server"),
                               QStringLiteral("--overwrite-server")});
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
        bool exists = false;
        if (!connectTo(rest.at(1), true, &url, &connection, &error) ||
            !Server::checkNames(connection->databaseName(), url.plan, &error) ||
            !Server::planExists(*connection, url.plan, &exists, &error))
            return fail(error);
        if (exists)
            return pushBack(a, rest.at(0), rest.at(1), url);
        if (!a.flags.isEmpty()) {
            return badUsage(Tr::tr("%1 is for pushing a file back to the plan it was pulled from; "
                                   "the server has no plan \"%2\"")
                                .arg(a.flags.constFirst(), url.plan));
        }
        if (!Server::push(rest.at(0), *connection, url.plan, progress, &error))
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
            !Server::pull(*connection, url.plan, rest.at(1), progress, &error, url.display()))
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
