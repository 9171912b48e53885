// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the program writes is whole or absent: on a full disk the old file stays as it
// was, nothing half-written is left beside it, and the message says the disk is full
// (docs/decisions/untrusted-files.md). The disk is a small tmpfs where the test may mount one
// (root, as in CI); the writer's own failure seam covers the same path everywhere.
#include "io/AtomicFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Continuity;

class tst_FullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesWholeFiles();
    void injectedFailureKeepsTheOldFile();
    void everyCommandKeepsTheOldFileOnAFullDisk_data();
    void everyCommandKeepsTheOldFileOnAFullDisk();

private:
    int cli(const QStringList &args, QString *err = nullptr);
    QStringList leftovers(const QString &dir) const;
    QTemporaryDir m_dir;
    QString m_disk; // the small tmpfs, or empty
    QString m_plan;
};

void tst_FullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("sample.continuity"));
    QCOMPARE(cli({QStringLiteral("new"), m_plan, QStringLiteral("--sample")}), 0);
    const QString disk = m_dir.filePath(QStringLiteral("disk"));
    QDir().mkpath(disk);
    if (::geteuid() == 0 &&
        ::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=4m") == 0)
        m_disk = disk;
}

void tst_FullDisk::cleanupTestCase()
{
    if (!m_disk.isEmpty())
        ::umount(QFile::encodeName(m_disk).constData());
}

int tst_FullDisk::cli(const QStringList &args, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(CONTINUITY_CLI), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList tst_FullDisk::leftovers(const QString &dir) const
{
    return QDir(dir).entryList({QStringLiteral("*.partial*"), QStringLiteral("*.part")},
                               QDir::Files | QDir::Hidden);
}

void tst_FullDisk::writesWholeFiles()
{
    const QString p = m_dir.filePath(QStringLiteral("whole.txt"));
    QString error;
    QVERIFY2(AtomicFile::write(p, "first", &error), qPrintable(error));
    QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(AtomicFile::write(p, "second", &error), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), QByteArray("second"));
    // The permissions of the file it replaced.
    QCOMPARE(QFile::permissions(p) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(!AtomicFile::write(m_dir.filePath(QStringLiteral("no/such/folder.txt")), "x", &error));
    QVERIFY2(error.contains(QLatin1String("folder does not exist")), qPrintable(error));
    QVERIFY(leftovers(m_dir.path()).isEmpty());
}

void tst_FullDisk::injectedFailureKeepsTheOldFile()
{
    const QString p = m_dir.filePath(QStringLiteral("injected.json"));
    QVERIFY(TestSupport::writeAll(p, "the old content"));
    AtomicFile::failWritesAfterForTesting(100);
    QString error;
    const bool written = AtomicFile::write(p, QByteArray(5000, 'x'), &error);
    AtomicFile::failWritesAfterForTesting(std::nullopt);
    QVERIFY(!written);
    QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(p)), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), QByteArray("the old content"));
    QVERIFY2(leftovers(m_dir.path()).isEmpty(), qPrintable(leftovers(m_dir.path()).join(u' ')));
}

void tst_FullDisk::everyCommandKeepsTheOldFileOnAFullDisk_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("args"); // %1 stands for the target
    QTest::newRow("export --json") << QStringLiteral("plan.json")
                                   << QStringList{QStringLiteral("export"), QStringLiteral("PLAN"),
                                                  QStringLiteral("--json"), QStringLiteral("%1")};
    QTest::newRow("export --dot") << QStringLiteral("plan.dot")
                                  << QStringList{QStringLiteral("export"), QStringLiteral("PLAN"),
                                                 QStringLiteral("--dot"), QStringLiteral("%1")};
    QTest::newRow("map") << QStringLiteral("map.svg")
                         << QStringList{QStringLiteral("map"), QStringLiteral("PLAN"),
                                        QStringLiteral("-o"), QStringLiteral("%1")};
    QTest::newRow("report runbook") << QStringLiteral("runbook.pdf")
                                    << QStringList{QStringLiteral("report"),
                                                   QStringLiteral("runbook"),
                                                   QStringLiteral("PLAN"),
                                                   QStringLiteral("--id"),
                                                   QStringLiteral("rb-ledger-db-failover"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("%1")};
    QTest::newRow("report exercise") << QStringLiteral("exercise.pdf")
                                     << QStringList{QStringLiteral("report"),
                                                    QStringLiteral("exercise"),
                                                    QStringLiteral("PLAN"),
                                                    QStringLiteral("--id"),
                                                    QStringLiteral("ex-2026-03-dc1-loss"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("%1")};
}

void tst_FullDisk::everyCommandKeepsTheOldFileOnAFullDisk()
{
    if (m_disk.isEmpty())
        QSKIP("no small tmpfs could be mounted here (needs root); injectedFailureKeepsTheOldFile "
              "covers the writer");
    QFETCH(QString, target);
    QFETCH(QStringList, args);
    const QString path = QDir(m_disk).filePath(target);
    QFile::remove(path);
    QVERIFY(TestSupport::writeAll(path, "old"));
    // Fill the rest of the disk.
    const QString filler = QDir(m_disk).filePath(QStringLiteral("filler"));
    QFile::remove(filler);
    {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (f.write(block) == block.size() && f.flush()) {
        }
    }
    for (QString &a : args)
        a = a == QLatin1String("PLAN") ? m_plan : a.arg(path);
    QString err;
    const int code = cli(args, &err);
    QFile::remove(filler);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QLatin1String("disk is full")), qPrintable(err));
    QCOMPARE(TestSupport::readAll(path), QByteArray("old"));
    QVERIFY2(leftovers(m_disk).isEmpty(), qPrintable(leftovers(m_disk).join(u' ')));
    // With room again, the same command writes the file whole.
    QCOMPARE(cli(args, &err), 0);
    QVERIFY(TestSupport::readAll(path).size() > 3);
}

QTEST_GUILESS_MAIN(tst_FullDisk)
#include "tst_fulldisk.moc"
