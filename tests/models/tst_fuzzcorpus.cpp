// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzzing seed and regression corpus (tests/data/fuzz) through the harness bodies
// with the normal compiler, so that every input the fuzzers found stays handled.
#include "FuzzTargets.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Continuity;

class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

using Target = int (*)(const std::uint8_t *, std::size_t);
Q_DECLARE_METATYPE(Target)

void tst_FuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Target>("target");
    const QList<QPair<QString, Target>> targets = {
        {QStringLiteral("csv"), &Fuzz::csv},
        {QStringLiteral("cmdb"), &Fuzz::cmdbImport},
        {QStringLiteral("mapping"), &Fuzz::cmdbMapping},
        {QStringLiteral("planjson"), &Fuzz::planJson},
        {QStringLiteral("planfile"), &Fuzz::planFile},
        {QStringLiteral("vcard"), &Fuzz::vcard},
        {QStringLiteral("snow"), &Fuzz::snowIncidents},
        {QStringLiteral("snow-changes"), &Fuzz::snowChanges},
    };
    int rows = 0;
    for (const auto &[dir, target] : targets) {
        const QDir corpus(TestSupport::dataDir() + QStringLiteral("/fuzz/") + dir);
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(dir + QLatin1Char('/') + name))
                << corpus.filePath(name) << target;
            ++rows;
        }
    }
    QVERIFY(rows >= 8);
}

void tst_FuzzCorpus::replay()
{
    QFETCH(QString, path);
    QFETCH(Target, target);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(target(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                    std::size_t(bytes.size())),
             0);
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
