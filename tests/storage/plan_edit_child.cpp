// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_killrecovery: edits a plan through PlanDocument in a loop and reports each
// edit on stdout once it has been committed. The test kills it with SIGKILL at random moments.
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QFileInfo>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>

using namespace Continuity;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[2]) == "--die-growing-commit") {
        // The file may not grow: the commit writes page 1 (with the new page count) and then
        // dies with SIGXFSZ when it appends the new pages. Leaves a header that promises more
        // pages than the file has, and a hot journal.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 5;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO nodes(id, category) VALUES(?, 'service')"));
        for (int i = 0; i < 3000; ++i) {
            q.addBindValue(
                QStringLiteral("never-committed-%1-with-a-long-id-to-fill-pages").arg(i));
            if (!q.exec())
                return 6;
        }
        rlimit limit{};
        limit.rlim_cur = limit.rlim_max = rlim_t(QFileInfo(QString::fromLocal8Bit(argv[1])).size());
        setrlimit(RLIMIT_FSIZE, &limit);
        q.exec(QStringLiteral("COMMIT"));
        return 7; // the commit should not have survived
    }
    if (argc == 3 && QByteArray(argv[2]) == "--die-mid-transaction") {
        // A big transaction with a tiny page cache, so that SQLite writes pages into the plan
        // file before the commit; then a kill. Leaves a hot journal behind.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 5;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA cache_size = 5"));
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("INSERT INTO nodes(id, category) VALUES(?, 'service')"));
        for (int i = 0; i < 20000; ++i) {
            q.addBindValue(
                QStringLiteral("never-committed-%1-with-a-long-id-to-fill-pages").arg(i));
            if (!q.exec())
                return 6;
        }
        std::raise(SIGKILL);
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: plan_edit_child PLAN FIRST | PLAN --die-mid-transaction\n");
        return 2;
    }
    QString error;
    std::unique_ptr<PlanDocument> document =
        PlanDocument::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open: %s %s\n", qPrintable(error),
                     document ? qPrintable(document->readOnlyReason()) : "");
        return 3;
    }
    const auto reportReady = [] {
        std::printf("ready\n");
        std::fflush(stdout);
    };
    if (QByteArray(argv[2]).startsWith("--exercise=")) {
        // A live exercise: declared once, then steps started and finished one per second of
        // exercise time, each reported once PlanDocument has committed it.
        const QString id = QStringLiteral("live");
        if (!document->exercise(id)) {
            Exercise e;
            e.id = id;
            e.title = QStringLiteral("Live exercise");
            e.date = QStringLiteral("2026-03-14");
            e.declaredAt = QStringLiteral("2026-03-14T09:00:00Z");
            if (!document->addExercise(e, &error))
                return 4;
        }
        // Ready once the exercise is declared: the test's first kill may come within
        // milliseconds, and a kill before the declaration had committed left no exercise.
        reportReady();
        const QDateTime declared(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
        for (int i = QByteArray(argv[2]).mid(11).toInt();; ++i) {
            const QString step = QStringLiteral("s%1").arg(i);
            const QString started = declared.addSecs(2 * i).toString(Qt::ISODate);
            const QString finished = declared.addSecs(2 * i + 1).toString(Qt::ISODate);
            Exercise e = *document->exercise(id);
            if (!startStep(e, QStringLiteral("rb"), step, started, QStringLiteral("Ravi"),
                           &error) ||
                !document->changeExercise(e, QStringLiteral("Start"), &error))
                return 4;
            std::printf("start %s %s\n", qPrintable(step), qPrintable(started));
            std::fflush(stdout);
            if (!finishStep(e, QStringLiteral("rb"), step, finished, QString(), &error) ||
                !document->changeExercise(e, QStringLiteral("Finish"), &error))
                return 4;
            std::printf("finish %s %s\n", qPrintable(step), qPrintable(finished));
            std::fflush(stdout);
        }
    }
    reportReady();
    for (int i = std::atoi(argv[2]);; ++i) {
        Process p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Process %1").arg(i);
        p.mtdHours = 24;
        p.impact(ImpactCategory::Financial) = {0, 1, 2, 3, 4, 4};
        if (!document->addProcess(p, &error) || document->undoStack()->count() == 0)
            return 4;
        std::printf("process %s\n", qPrintable(p.id));
        std::fflush(stdout);

        Service s;
        s.id = QStringLiteral("s%1").arg(i);
        s.name = QStringLiteral("Service %1").arg(i);
        s.tags = {QStringLiteral("GDPR")};
        if (!document->addService(s, &error))
            return 4;
        std::printf("service %s\n", qPrintable(s.id));
        std::fflush(stdout);

        if (!document->addDependency({p.id, s.id, Strength::Hard, {}}, &error))
            return 4;
        std::printf("dependency %s %s\n", qPrintable(p.id), qPrintable(s.id));
        std::fflush(stdout);

        p.rtoHours = 8;
        if (!document->changeProcess(p, &error))
            return 4;
        std::printf("rto %s\n", qPrintable(p.id));
        std::fflush(stdout);
    }
}
