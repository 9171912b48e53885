// SPDX-License-Identifier: GPL-3.0-or-later
// A team on one server plan (product/15-team-server.md "Figures", docs/team-server.md): clients,
// each its own process with the window's document on the plan, edit it at once — each its own
// service, and every fifth edit one service they all share — while they read each other's
// edits live. Printed: the edit latency (median, p95, max), edits refused as conflicts (named),
// the changes of others each client took live, whether every client ends showing the server's plan,
// and the edits lost or silently overwritten, which must be zero: each client's last edit of its
// own service is on the server, every accepted edit has its audit record, and each accepted edit of
// the shared service was made against the value the one before it wrote (the "before" of its audit
// record). With --big PLAN.continuity, also the whole-process times of `server push` and `server
// pull` of that plan beside the file store's `import --json` of the same plan. Runs a throwaway
// PostgreSQL 15 (TemporaryPostgres) unless given --server. Never fails on a timing.
//
//   bench_team [--clients 20] [--edits 40] [--server postgresql://…/db] [--big PLAN.continuity]
#include "TemporaryPostgres.h"

#include "document/PlanDocument.h"
#include "io/SamplePlan.h"
#include "server/PgConnection.h"
#include "server/ServerPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Continuity;

namespace {

int fail(const QString &error)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(error));
    return 2;
}

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

QString ownerValue(int client, int edit)
{
    return QStringLiteral("client %1, edit %2").arg(client).arg(edit);
}

// One client: the document on the plan, `edits` edits of its own service, every fifth also of
// the shared one, a pause of 0–20 ms between them in which it reads what others wrote. Prints
// one JSON line.
int runClient(const QString &url, int index, int edits, const QString &startFile,
              const QString &finishFile)
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::open(url, &error);
    if (!document)
        return fail(error);
    const QString shared = document->plan().services.at(0).id;
    const QString own = document->plan().services.at(index + 1).id;
    // What this client reads of the others' edits: every change announced while it is not
    // making one of its own (a catch-up announces each item it takes).
    int catchUps = 0;
    bool editing = false;
    QObject::connect(document.get(), &PlanDocument::changed, [&](const PlanChange &) {
        if (!editing)
            ++catchUps;
    });
    int refused = 0;
    int otherFailures = 0;
    QString lastFailure;
    QObject::connect(document.get(), &PlanDocument::writeFailed,
                     [&](const QString &message) { lastFailure = message; });
    while (!QFile::exists(startFile))
        QThread::msleep(5);
    QJsonArray latencies;
    QJsonArray sharedAccepted;
    int ownAccepted = 0;
    QRandomGenerator random(quint32(index + 1));
    for (int k = 0; k < edits; ++k) {
        for (const bool onShared : {false, true}) {
            if (onShared && k % 5 != 4)
                continue;
            Service s = *document->service(onShared ? shared : own);
            s.owner = ownerValue(index, k);
            lastFailure.clear();
            QElapsedTimer timer;
            timer.start();
            editing = true;
            document->changeService(s, &error);
            editing = false;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (lastFailure.isEmpty()) {
                latencies.append(ms);
                if (onShared)
                    sharedAccepted.append(s.owner);
                else
                    ++ownAccepted;
            } else if (onShared && lastFailure.contains(QStringLiteral("UTC"))) {
                ++refused; // someone else changed it since this client read it: named, not lost
            } else {
                ++otherFailures;
                std::fprintf(stderr, "client %d: %s\n", index, qPrintable(lastFailure));
            }
        }
        waitFor(int(random.bounded(21)));
    }
    // Done: read what the others write until they are all done, then compare with the server.
    std::printf("done\n");
    std::fflush(stdout);
    while (!QFile::exists(finishFile))
        waitFor(10);
    QElapsedTimer settle;
    settle.start();
    bool converged = false;
    while (!converged && settle.elapsed() < 5000) {
        waitFor(20);
        std::unique_ptr<PlanDocument> fresh = PlanDocument::open(url, &error);
        converged = fresh && fresh->plan() == document->plan();
    }
    const QJsonObject result{{QStringLiteral("client"), index},
                             {QStringLiteral("latencies"), latencies},
                             {QStringLiteral("ownAccepted"), ownAccepted},
                             {QStringLiteral("sharedAccepted"), sharedAccepted},
                             {QStringLiteral("refused"), refused},
                             {QStringLiteral("otherFailures"), otherFailures},
                             {QStringLiteral("catchUps"), catchUps},
                             {QStringLiteral("converged"), converged}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// Whole-process wall time of `program arguments`, in seconds; negative on failure.
double timed(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

struct LiveFigures
{
    double open = 0;           // s: the document opens the plan
    std::vector<double> shown; // ms: from an edit's commit elsewhere to its announcement
    bool same = false;         // the document ends equal to a fresh read of the plan
};

// Opens the window's document on the plan at `url` and makes edits beside it as psql would
// (`admin`, in schema `schema`): a service changed, a service added with a dependency, a
// dependency's strength, a service removed; each timed from its commit until the document
// announces it.
std::optional<LiveFigures> liveOnBigPlan(const QString &url, Server::PgConnection &admin,
                                         const QString &schema, QString *error)
{
    LiveFigures figures;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<PlanDocument> document = PlanDocument::open(url, error);
    if (!document)
        return std::nullopt;
    figures.open = double(timer.nsecsElapsed()) / 1e9;
    const QString s = admin.quoteIdentifier(schema);
    const Plan &plan = document->plan();
    const QString first = plan.services.at(0).id;
    const QString second = plan.services.at(1).id;
    const QString last = plan.services.constLast().id;
    // Ids of the generated plan: plain letters, digits and dashes (checked), so quoted as text.
    for (const QString &id : {first, second, last}) {
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]+$")).match(id).hasMatch()) {
            *error = QStringLiteral("unexpected service id %1").arg(id);
            return std::nullopt;
        }
    }
    const auto key = [&](const QString &id) {
        return QStringLiteral("(SELECT key FROM %1.nodes WHERE id = '%2')").arg(s, id);
    };
    const QStringList edits = {
        QStringLiteral("UPDATE %1.services SET owner = 'changed elsewhere' WHERE node = %2")
            .arg(s, key(first)),
        QStringLiteral(
            "INSERT INTO %1.nodes (id, category) VALUES ('bench-live', 'service'); "
            "INSERT INTO %1.services (node, name, kind, tier) VALUES (%2, 'Added elsewhere', "
            "'application', 2); INSERT INTO %1.dependencies (consumer, provider, strength) VALUES "
            "(%2, %3, 'soft')")
            .arg(s, key(QStringLiteral("bench-live")), key(second)),
        QStringLiteral("UPDATE %1.dependencies SET strength = 'hard' WHERE consumer = %2")
            .arg(s, key(QStringLiteral("bench-live"))),
        QStringLiteral("DELETE FROM %1.nodes WHERE id = '%2'").arg(s, last),
    };
    for (const QString &edit : edits) {
        bool announced = false;
        const QMetaObject::Connection c = QObject::connect(
            document.get(), &PlanDocument::othersChangesArrived, [&] { announced = true; });
        if (!admin.exec(QStringLiteral("BEGIN; ") + edit + QStringLiteral("; COMMIT"), error))
            return std::nullopt;
        timer.restart();
        while (!announced && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QObject::disconnect(c);
        if (!announced) {
            *error = QStringLiteral("the document never showed: %1").arg(edit);
            return std::nullopt;
        }
        figures.shown.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::unique_ptr<PlanDocument> fresh = PlanDocument::open(url, error);
    figures.same = fresh && fresh->plan() == document->plan();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients editing at once."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits of its own service each."),
                      QStringLiteral("n"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("A server to use (a login that may push), instead of a "
                                     "throwaway one."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("big"),
                      QStringLiteral("A plan file to push and pull beside the file import."),
                      QStringLiteral("plan")});
    // The client processes this program starts.
    parser.addOption({QStringLiteral("client"), QStringLiteral("(internal)"), QStringLiteral("i")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("(internal)"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("start"), QStringLiteral("(internal)"), QStringLiteral("f")});
    parser.addOption({QStringLiteral("finish"), QStringLiteral("(internal)"), QStringLiteral("f")});
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    if (parser.isSet(QStringLiteral("client")))
        return runClient(
            parser.value(QStringLiteral("url")), parser.value(QStringLiteral("client")).toInt(),
            edits, parser.value(QStringLiteral("start")), parser.value(QStringLiteral("finish")));
    if (clients < 1 || clients > 60 || edits < 5)
        return fail(QStringLiteral("--clients 1..60 and --edits 5 or more"));

    std::unique_ptr<TestSupport::TemporaryPostgres> throwaway;
    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty()) {
        throwaway = std::make_unique<TestSupport::TemporaryPostgres>();
        if (!throwaway->isRunning())
            return fail(throwaway->errorString());
        server = throwaway->url(QStringLiteral("admin"));
    }
    QTemporaryDir dir;
    QString error;
    std::optional<Plan> sample = samplePlan(&error);
    if (!sample)
        return fail(error);
    if (sample->services.size() < clients + 1)
        return fail(
            QStringLiteral("the sample plan has too few services for %1 clients").arg(clients));
    const QString file = dir.filePath(QStringLiteral("team.continuity"));
    if (!PlanDocument::create(file, *sample, &error))
        return fail(error);
    std::unique_ptr<Server::PgConnection> admin = Server::PgConnection::connect(server, &error);
    if (!admin)
        return fail(error);
    const QString plan = QStringLiteral("bench_team_%1").arg(QCoreApplication::applicationPid());
    if (!Server::push(file, *admin, plan, {}, &error))
        return fail(error);
    const QString url = server +
                        (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                        QStringLiteral("plan=") + plan;

    std::optional<QString> version;
    admin->value(QStringLiteral("SHOW server_version"), &version, &error);
    std::printf("%d clients, each its own process with the document on one server plan (%lld "
                "services);\n%d edits each of its own service, and every fifth one of a service "
                "all share; 0-20 ms between edits. PostgreSQL %s on this machine, %d cores.\n\n",
                clients, qint64(sample->services.size()), edits,
                qPrintable(version.value_or(QString())), QThread::idealThreadCount());
    const QString startFile = dir.filePath(QStringLiteral("start"));
    const QString finishFile = dir.filePath(QStringLiteral("finish"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), QString::number(i), QStringLiteral("--url"), url,
                  QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--start"),
                  startFile, QStringLiteral("--finish"), finishFile});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        if (!p->waitForStarted())
            return fail(QStringLiteral("a client did not start"));
    }
    QThread::msleep(1500); // every client has opened the plan
    QElapsedTimer wall;
    wall.start();
    QFile(startFile).open(QIODevice::WriteOnly);
    QList<QByteArray> outputs(clients);
    for (int i = 0; i < clients; ++i) {
        while (!outputs[i].contains("done\n")) {
            if (!processes[i]->waitForReadyRead(120000))
                return fail(QStringLiteral("client %1 stopped").arg(i));
            outputs[i] += processes[i]->readAllStandardOutput();
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    QFile(finishFile).open(QIODevice::WriteOnly);
    std::vector<double> latencies;
    int refused = 0;
    int otherFailures = 0;
    int ownAccepted = 0;
    int converged = 0;
    std::vector<int> catchUps;
    QStringList sharedAccepted;
    int lost = 0;
    for (int i = 0; i < clients; ++i) {
        processes[i]->waitForFinished(60000);
        outputs[i] += processes[i]->readAllStandardOutput();
        const QByteArray line = outputs[i].mid(outputs[i].indexOf("done\n") + 5).trimmed();
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.isEmpty())
            return fail(QStringLiteral("client %1 said nothing").arg(i));
        for (const QJsonValue v : r.value(QStringLiteral("latencies")).toArray())
            latencies.push_back(v.toDouble());
        refused += r.value(QStringLiteral("refused")).toInt();
        otherFailures += r.value(QStringLiteral("otherFailures")).toInt();
        ownAccepted += r.value(QStringLiteral("ownAccepted")).toInt();
        converged += r.value(QStringLiteral("converged")).toBool() ? 1 : 0;
        catchUps.push_back(r.value(QStringLiteral("catchUps")).toInt());
        for (const QJsonValue v : r.value(QStringLiteral("sharedAccepted")).toArray())
            sharedAccepted.append(v.toString());
    }

    // What the server holds: each client's last edit of its own service, an audit record for
    // every accepted edit, and the shared service's edits each made against the one before.
    std::unique_ptr<PlanDocument> final = PlanDocument::open(url, &error);
    if (!final)
        return fail(error);
    for (int i = 0; i < clients; ++i) {
        if (final->plan().services.at(i + 1).owner != ownerValue(i, edits - 1))
            ++lost;
    }
    const QString shared = final->plan().services.at(0).id;
    QList<Server::PgConnection::Row> records;
    if (!admin->query(QStringLiteral("SELECT object_id, details FROM %1.audit WHERE object_kind = "
                                     "'service' ORDER BY seq")
                          .arg(admin->quoteIdentifier(plan)),
                      &records, &error))
        return fail(error);
    int overwritten = 0;
    int sharedRecords = 0;
    int ownRecords = 0;
    QString previous = sample->services.at(0).owner;
    for (const Server::PgConnection::Row &row : std::as_const(records)) {
        const QJsonObject details =
            QJsonDocument::fromJson(row.value(1).value_or(QString()).toUtf8()).object();
        if (row.value(0).value_or(QString()) != shared) {
            ++ownRecords;
            continue;
        }
        ++sharedRecords;
        const QString before = details.value(QStringLiteral("before"))
                                   .toObject()
                                   .value(QStringLiteral("owner"))
                                   .toString();
        if (before != previous)
            ++overwritten; // written over a value its writer had not seen
        previous = details.value(QStringLiteral("after"))
                       .toObject()
                       .value(QStringLiteral("owner"))
                       .toString();
    }
    if (final->service(shared)->owner != previous)
        ++overwritten;
    lost += std::max(0, ownAccepted - ownRecords) +
            std::max(0, int(sharedAccepted.size()) - sharedRecords);
    std::sort(catchUps.begin(), catchUps.end());
    std::printf("  %-44s %10.1f s  (%.0f edits/s)\n", "all edits", seconds,
                double(latencies.size()) / seconds);
    std::printf("  %-44s %10.1f ms\n", "edit latency, median", percentile(latencies, 0.5));
    std::printf("  %-44s %10.1f ms\n", "edit latency, p95", percentile(latencies, 0.95));
    std::printf("  %-44s %10.1f ms\n", "edit latency, max", percentile(latencies, 1.0));
    std::printf("  %-44s %10d\n", "edits written", int(latencies.size()));
    std::printf("  %-44s %10d\n", "shared edits refused as conflicts (named)", refused);
    std::printf("  %-44s %10d\n", "edits failing otherwise", otherFailures);
    std::printf("  %-44s %6d-%d (median %d)\n", "others' changes each client took (live)",
                catchUps.front(), catchUps.back(), catchUps[catchUps.size() / 2]);
    std::printf("  %-44s %7d / %d\n", "clients showing the server's plan at the end", converged,
                clients);
    std::printf("  %-44s %10d   (must be 0)\n", "edits lost", lost);
    std::printf("  %-44s %10d   (must be 0)\n", "edits silently overwritten", overwritten);
    final.reset();
    admin->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(admin->quoteIdentifier(plan)), &error);

    const QString big = parser.value(QStringLiteral("big"));
    if (!big.isEmpty()) {
        const QString cli = QStringLiteral(CONTINUITY_CLI);
        const QString json = dir.filePath(QStringLiteral("big.json"));
        if (timed(cli, {QStringLiteral("export"), big, QStringLiteral("--json"), json}) < 0)
            return fail(QStringLiteral("%1 could not be exported").arg(big));
        const QString bigUrl =
            server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
            QStringLiteral("plan=") + plan + QStringLiteral("_big");
        const double push =
            timed(cli, {QStringLiteral("server"), QStringLiteral("push"), big, bigUrl});
        const double pull = timed(cli, {QStringLiteral("server"), QStringLiteral("pull"), bigUrl,
                                        dir.filePath(QStringLiteral("pulled.continuity"))});
        const double import = timed(cli, {QStringLiteral("import"),
                                          dir.filePath(QStringLiteral("imported.continuity")),
                                          QStringLiteral("--json"), json});
        std::printf("\nMoving %s (whole processes of continuity-cli):\n", qPrintable(big));
        std::printf("  %-44s %10.1f s\n", "server push", push);
        std::printf("  %-44s %10.1f s\n", "server pull", pull);
        std::printf("  %-44s %10.1f s\n", "file store: import --json into a new file", import);
        if (const std::optional<LiveFigures> live =
                liveOnBigPlan(bigUrl, *admin, plan + QStringLiteral("_big"), &error)) {
            std::printf("\nA window's document open on that plan while psql edits it:\n");
            std::printf("  %-44s %10.1f s\n", "document opens the plan", live->open);
            const char *what[] = {"a service changed elsewhere, shown in",
                                  "a service and dependency added, shown in",
                                  "a dependency changed, shown in", "a service removed, shown in"};
            for (size_t i = 0; i < live->shown.size(); ++i)
                std::printf("  %-44s %10.0f ms\n", what[i % 4], live->shown[i]);
            std::printf("  %-44s %10s\n", "document equals the server's plan after",
                        live->same ? "yes" : "NO");
        } else {
            return fail(error);
        }
        admin->exec(QStringLiteral("DROP SCHEMA %1 CASCADE")
                        .arg(admin->quoteIdentifier(plan + QStringLiteral("_big"))),
                    &error);
    }
    return lost == 0 && overwritten == 0 ? 0 : 1;
}
