// SPDX-License-Identifier: GPL-3.0-or-later
// The migration mechanism, exercised with a test-only migration list.
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { PlanFile::setMigrationsForTesting(std::nullopt); }
    void upgradesOnOpen();
    void failedMigrationLeavesFileUnchanged();
    void readOnlyOldFileIsRefused();
    void builtInListIsOrdered();

private:
    QString createV1(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QString error;
        [&] {
            QVERIFY2(TestSupport::createPlanFile(p, TestSupport::smallPlan(), &error),
                     qPrintable(error));
        }();
        return p;
    }
    QTemporaryDir m_dir;
};

static QList<Migration> withExtra(const QStringList &statements)
{
    QList<Migration> list = PlanFile::migrations();
    list.append({list.constLast().toVersion + 1, QStringLiteral("test migration"), statements});
    return list;
}

void tst_Migrations::upgradesOnOpen()
{
    const QString p = createV1(QStringLiteral("upgrade.continuity"));
    PlanFile::setMigrationsForTesting(withExtra({
        QStringLiteral("CREATE TABLE contacts(id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO contacts VALUES('c1', 'On-call DBA')"),
    }));
    QCOMPARE(PlanFile::currentSchemaVersion(), 2);
    QString error;
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->schemaVersion(), 2);
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM contacts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("On-call DBA"));
    q.finish();
    file.reset();
    // The old content is all still there.
    QCOMPARE(TestSupport::loadPlanFile(p), TestSupport::smallPlan());
}

void tst_Migrations::failedMigrationLeavesFileUnchanged()
{
    const QString p = createV1(QStringLiteral("fail.continuity"));
    const QByteArray before = TestSupport::readAll(p);
    PlanFile::setMigrationsForTesting(withExtra({
        QStringLiteral("CREATE TABLE half_done(x)"),
        QStringLiteral("THIS IS NOT SQL"),
    }));
    QString error;
    QVERIFY(!PlanFile::open(p, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("could not be upgraded")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("unchanged")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), before);
    PlanFile::setMigrationsForTesting(std::nullopt);
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->schemaVersion(), 1);
}

void tst_Migrations::readOnlyOldFileIsRefused()
{
    const QString p = createV1(QStringLiteral("oldro.continuity"));
    PlanFile::setMigrationsForTesting(withExtra({QStringLiteral("CREATE TABLE t(x)")}));
    QString error;
    QVERIFY(!PlanFile::open(p, OpenMode::ReadOnly, &error));
    QVERIFY2(error.contains(QLatin1String("must be upgraded")), qPrintable(error));
}

void tst_Migrations::builtInListIsOrdered()
{
    const QList<Migration> list = PlanFile::migrations();
    QVERIFY(!list.isEmpty());
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list.at(i).toVersion, i + 1);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
