// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files are refused with a clear message, never crash, and stay byte for byte as they were.
#include "document/PlanDocument.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuity;

class tst_CorruptFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void newerSchemaIsRefused();
    void missingFile();

private:
    QByteArray m_validPlan;
    QTemporaryDir m_dir;
};

void tst_CorruptFiles::initTestCase()
{
    const QString p = m_dir.filePath(QStringLiteral("valid.continuity"));
    QString error;
    // Enough content for several pages, so that damage can land inside a table.
    Plan plan = TestSupport::smallPlan();
    for (int i = 0; i < 400; ++i) {
        Service s;
        s.id = QStringLiteral("svc-%1").arg(i);
        s.name = QStringLiteral("Service number %1 with a longer name to fill pages").arg(i);
        s.description = QString(200, QLatin1Char('x'));
        plan.services.append(s);
    }
    QVERIFY2(TestSupport::createPlanFile(p, plan, &error), qPrintable(error));
    m_validPlan = TestSupport::readAll(p);
    QVERIFY(m_validPlan.size() > 16 * 4096);
}

void tst_CorruptFiles::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("truncated to half")
        << m_validPlan.left(m_validPlan.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("truncated to 50 bytes")
        << m_validPlan.left(50) << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated mid-page")
        << m_validPlan.left(m_validPlan.size() - 1000) << QStringLiteral("damaged");

    QByteArray overwritten = m_validPlan;
    QRandomGenerator rng(42);
    for (qsizetype i = 4096 * 3; i < 4096 * 6; ++i)
        overwritten[i] = char(rng.bounded(256));
    QTest::newRow("overwritten pages") << overwritten << QStringLiteral("damaged");

    QByteArray zeroed = m_validPlan;
    for (qsizetype i = 4096 * 2; i < 4096 * 8; ++i)
        zeroed[i] = 0;
    QTest::newRow("zeroed pages") << zeroed << QStringLiteral("damaged");

    QByteArray random(64 * 1024, Qt::Uninitialized);
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite database");

    QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010101004800480000ffdb0043");
    jpeg.append(QByteArray(5000, '\x11'));
    jpeg.append(QByteArray::fromHex("ffd9"));
    QTest::newRow("jpeg named .continuity") << jpeg << QStringLiteral("not an SQLite database");

    QTest::newRow("text file") << QByteArray("name,owner\npayments,Julia\n")
                               << QStringLiteral("not an SQLite database");

    QByteArray badPageSize = m_validPlan;
    badPageSize[16] = 0x00;
    badPageSize[17] = 0x03;
    QTest::newRow("impossible page size") << badPageSize << QStringLiteral("page size");
}

void tst_CorruptFiles::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString p = m_dir.filePath(
        QStringLiteral("%1.continuity").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(TestSupport::writeAll(p, bytes));

    QString error;
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY(!file);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(p)), qPrintable(error));
    // The document layer refuses the same way.
    QVERIFY(!PlanDocument::open(p, &error));
    QCOMPARE(TestSupport::readAll(p), bytes);
    QVERIFY(!QFile::exists(PlanFile::lockFilePath(p)));
    QVERIFY(!QFile::exists(p + QStringLiteral("-journal")));
}

void tst_CorruptFiles::newerSchemaIsRefused()
{
    const QString p = m_dir.filePath(QStringLiteral("newer.continuity"));
    QVERIFY(TestSupport::writeAll(p, m_validPlan));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(PlanFile::currentSchemaVersion() + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = TestSupport::readAll(p);
    QString error;
    QVERIFY(!PlanFile::open(p, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("newer version of Continuity")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), before);

    // A foreign SQLite database: application_id not ours.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.continuity"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    const QByteArray foreignBytes = TestSupport::readAll(foreign);
    QVERIFY(!PlanFile::open(foreign, OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("SQLite database, but not a Continuity plan")),
             qPrintable(error));
    QCOMPARE(TestSupport::readAll(foreign), foreignBytes);
}

void tst_CorruptFiles::missingFile()
{
    QString error;
    QVERIFY(!PlanFile::open(m_dir.filePath(QStringLiteral("nope.continuity")), OpenMode::ReadWrite,
                            &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.continuity"))));
    QVERIFY(!PlanFile::open(m_dir.path(), OpenMode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CorruptFiles)
#include "tst_corruptfiles.moc"
