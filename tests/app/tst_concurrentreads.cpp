// SPDX-License-Identifier: GPL-3.0-or-later
// A plan is read in one read transaction: an export that runs while another process replaces
// the plan's content gets the old plan or the new one, never a mixture of both
// (docs/decisions/untrusted-files.md).
#include "domain/Plan.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"
#include "TestSupport.h"

#include <QAtomicInteger>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Continuity;

class tst_ConcurrentReads : public QObject
{
    Q_OBJECT

private slots:
    void exportsNeverSeeHalfAWrite();
};

namespace {

// A plan big enough that writing it takes a while and touches every table.
Plan variant(const QString &tag, int services)
{
    Plan plan = TestSupport::smallPlan();
    plan.name = QStringLiteral("Plan ") + tag;
    for (Process &p : plan.processes)
        p.owner = tag;
    for (int i = 0; i < services; ++i) {
        Service s;
        s.id = QStringLiteral("%1-svc-%2").arg(tag).arg(i);
        s.name = QStringLiteral("Service %1 of plan %2").arg(i).arg(tag);
        s.description = QString(100, QLatin1Char('d'));
        plan.services.append(s);
        plan.dependencies.append({plan.processes.first().id, s.id, Strength::Hard, {}});
    }
    return plan;
}

QByteArray exportOf(const QString &planPath, const QString &jsonPath)
{
    QProcess p;
    p.start(QStringLiteral(CONTINUITY_CLI),
            {QStringLiteral("export"), planPath, QStringLiteral("--json"), jsonPath});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QByteArray("failed: ") + p.readAllStandardError();
    return TestSupport::readAll(jsonPath);
}

} // namespace

void tst_ConcurrentReads::exportsNeverSeeHalfAWrite()
{
    QTemporaryDir dir;
    const Plan a = variant(QStringLiteral("a"), 400);
    const Plan b = variant(QStringLiteral("b"), 600);
    const QString path = dir.filePath(QStringLiteral("shared.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, a, &error), qPrintable(error));
    // What an export of each plan alone looks like.
    const QString aPath = dir.filePath(QStringLiteral("a.continuity"));
    const QString bPath = dir.filePath(QStringLiteral("b.continuity"));
    QVERIFY(TestSupport::createPlanFile(aPath, a));
    QVERIFY(TestSupport::createPlanFile(bPath, b));
    const QByteArray aJson = exportOf(aPath, dir.filePath(QStringLiteral("a.json")));
    const QByteArray bJson = exportOf(bPath, dir.filePath(QStringLiteral("b.json")));
    QVERIFY(aJson.startsWith('{') && bJson.startsWith('{') && aJson != bJson);

    // The writer: another connection replacing the whole content, a then b then a...
    QAtomicInteger<int> stop = 0;
    QAtomicInteger<int> writes = 0;
    QString writerError;
    QThread *writer = QThread::create([&] {
        QString e;
        auto file = PlanFile::open(path, OpenMode::ReadWrite, &e);
        if (!file || file->isReadOnly()) {
            writerError = file ? file->readOnlyReason() : e;
            return;
        }
        for (int i = 0; !stop.loadRelaxed(); ++i) {
            PlanSql sql(file->database());
            if (!sql.beginBulk(&e) || !sql.clearContent(&e) || !sql.insertPlan(i % 2 ? a : b, &e) ||
                !sql.commit(&e)) {
                sql.rollback();
                writerError = e;
                return;
            }
            writes.fetchAndAddRelaxed(1);
        }
    });
    writer->start();
    int sawA = 0;
    int sawB = 0;
    QStringList torn;
    for (int i = 0; i < 120 && writerError.isEmpty(); ++i) {
        const QByteArray json = exportOf(path, dir.filePath(QStringLiteral("out.json")));
        if (json == aJson)
            ++sawA;
        else if (json == bJson)
            ++sawB;
        else
            torn.append(QString::fromUtf8(json.left(200)));
    }
    stop.storeRelaxed(1);
    writer->wait();
    delete writer;
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(torn.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 torn exports, first: %2").arg(torn.size()).arg(torn.value(0))));
    QVERIFY2(writes.loadRelaxed() > 10, qPrintable(QString::number(writes.loadRelaxed())));
    qInfo("%d exports of plan a, %d of plan b, during %d writes", sawA, sawB, writes.loadRelaxed());
}

QTEST_GUILESS_MAIN(tst_ConcurrentReads)
#include "tst_concurrentreads.moc"
