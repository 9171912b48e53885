// SPDX-License-Identifier: GPL-3.0-or-later
// Runbook schedules (critical path, cycles), runbook findings and drafts from a recovery.
#include "analysis/Recovery.h"
#include "analysis/RunbookDraft.h"
#include "domain/Plan.h"
#include "domain/RunbookSchedule.h"
#include "GraphSpec.h"
#include "rules/Validation.h"

#include <QLocale>
#include <QTest>

using namespace Continuity;

namespace {

// "a:1 b:2<a c:0.5<a,b d" : step id, duration (none when left out), waits after '<'.
Runbook runbookFrom(const QString &spec)
{
    Runbook r;
    r.id = QStringLiteral("rb");
    r.title = QStringLiteral("Test");
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        RunbookStep s;
        QString rest = token;
        const qsizetype lt = rest.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            s.waitsFor = rest.mid(lt + 1).split(QLatin1Char(','));
            rest = rest.left(lt);
        }
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            s.durationHours = rest.mid(colon + 1).toDouble();
            rest = rest.left(colon);
        }
        s.id = rest;
        s.title = QStringLiteral("Step ") + rest;
        s.owner = QStringLiteral("Team");
        s.verification = QStringLiteral("Checked");
        r.steps.append(s);
    }
    return r;
}

QString pathOf(const Runbook &r, const RunbookSchedule &s)
{
    QStringList ids;
    for (int i : s.criticalPath)
        ids.append(r.steps.at(i).id);
    return ids.join(QLatin1Char(' '));
}

} // namespace

class tst_Runbooks : public QObject
{
    Q_OBJECT

private slots:
    void schedule_data();
    void schedule();
    void cyclesAreRefused();
    void findings();
    void draftFromRecovery();
};

void tst_Runbooks::schedule_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("total");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("cycle");

    QTest::newRow("empty") << QString() << 0.0 << QString() << QString();
    QTest::newRow("one step") << "a:2" << 2.0 << "a" << QString();
    QTest::newRow("chain") << "a:1 b:2<a c:0.5<b" << 3.5 << "a b c" << QString();
    QTest::newRow("parallel: the longer branch")
        << "a:1 b:3<a c:1<a d:0.5<b,c" << 4.5 << "a b d" << QString();
    QTest::newRow("independent steps: the longest") << "a:1 b:4 c:2" << 4.0 << "b" << QString();
    QTest::newRow("listed before what it waits for")
        << "c:1<b b:1<a a:1" << 3.0 << "a b c" << QString();
    QTest::newRow("no durations count as zero") << "a b<a c:1<b" << 1.0 << "a b c" << QString();
    QTest::newRow("diamond") << "a:0.5 b:1<a c:2<a d:0.25<b,c" << 2.75 << "a c d" << QString();
    QTest::newRow("two-step cycle") << "a:1<b b:1<a" << 0.0 << QString() << "a b a";
    QTest::newRow("cycle behind a start")
        << "s:1 a:1<s,c b:1<a c:1<b" << 0.0 << QString() << "a c b a";
}

void tst_Runbooks::schedule()
{
    QFETCH(QString, spec);
    QFETCH(double, total);
    QFETCH(QString, path);
    QFETCH(QString, cycle);
    const Runbook r = runbookFrom(spec);
    const RunbookSchedule s = scheduleRunbook(r);
    QCOMPARE(s.cycle.join(QLatin1Char(' ')), cycle);
    QCOMPARE(s.totalHours, total);
    QCOMPARE(pathOf(r, s), path);
    if (!s.hasCycle()) {
        // Every step starts when the last thing it waits for finishes.
        for (int i = 0; i < r.steps.size(); ++i) {
            double start = 0;
            for (const QString &w : r.steps.at(i).waitsFor) {
                for (int j = 0; j < r.steps.size(); ++j) {
                    if (r.steps.at(j).id == w)
                        start = std::max(start, s.finishHours.at(j));
                }
            }
            QCOMPARE(s.startHours.at(i), start);
        }
    }
}

void tst_Runbooks::cyclesAreRefused()
{
    const QList<FieldProblem> problems =
        checkRunbook(runbookFrom(QStringLiteral("a:1<c b:1<a c<b")));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("steps"));
    QVERIFY(problems.first().rule.contains(QStringLiteral("a → c → b → a")));
    Runbook nested = runbookFrom(QStringLiteral("a:1"));
    nested.previousVersions = {runbookFrom(QStringLiteral("a:1 b<a"))};
    nested.previousVersions[0].id = QStringLiteral("other");
    QVERIFY(checkRunbook(nested).first().field == QStringLiteral("previousVersions[0].id"));
}

void tst_Runbooks::findings()
{
    Plan plan = TestSupport::graphPlan(QStringLiteral("db[rto=2]"));
    Runbook slow = runbookFrom(QStringLiteral("a:1 b:1.5<a c<b"));
    slow.id = QStringLiteral("rb-slow");
    slow.service = QStringLiteral("db");
    slow.steps[1].owner.clear();
    slow.steps[2].verification = QStringLiteral("  ");
    Runbook fine = runbookFrom(QStringLiteral("a:1 b:1<a"));
    fine.id = QStringLiteral("rb-fine");
    fine.service = QStringLiteral("db");
    Runbook retired = slow;
    retired.id = QStringLiteral("rb-retired");
    retired.status = RunbookStatus::Retired;
    Runbook empty;
    empty.id = QStringLiteral("rb-empty");
    empty.title = QStringLiteral("Empty");
    plan.runbooks = {slow, fine, retired, empty};

    QStringList got;
    for (const Finding &f : runbookFindings(plan))
        got.append(f.subject + QLatin1Char(' ') + f.kind + QLatin1Char(' ') + toString(f.severity));
    QCOMPARE(got, QStringList({QStringLiteral("rb-slow runbook-exceeds-rto warning"),
                               QStringLiteral("rb-slow runbook-step-without-owner warning"),
                               QStringLiteral("rb-slow runbook-step-without-verification warning"),
                               QStringLiteral("rb-slow runbook-step-without-duration info"),
                               QStringLiteral("rb-empty runbook-empty info")}));
    const Finding exceeds = runbookFindings(plan).front();
    QVERIFY(exceeds.message.contains(QStringLiteral("2.5 h")));
    {
        // In the reader's number format (#18 point 8).
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = runbookFindings(plan).front().message;
        QLocale::setDefault(before);
        QVERIFY2(german.contains(QStringLiteral("2,5 h")), qPrintable(german));
    }
    QVERIFY(exceeds.message.contains(QStringLiteral("2 h")));
}

void tst_Runbooks::draftFromRecovery()
{
    // site hosts vm and db; app needs vm and db; db needs vm; cyc1/cyc2 depend on each other.
    const Plan plan = TestSupport::graphPlan(QStringLiteral(
        "site[r=4] vm[r=1] db[r=2] app[r=0.5] pay[P] vm>site db>vm db~mon app>vm app>db pay>app "
        "cyc1>site cyc1>cyc2 cyc2>cyc1 mon[r=1]"));
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const RecoveryResult recovery = runRecovery(graph, {graph.indexOf(QStringLiteral("site"))});
    const Runbook r = draftRunbookFromRecovery(plan, graph, recovery, QStringLiteral("rb-site"),
                                               QStringLiteral("Site loss"));
    QCOMPARE(r.service, QStringLiteral("site"));
    QVERIFY(r.status == RunbookStatus::Draft);
    QStringList ids;
    for (const RunbookStep &s : r.steps)
        ids.append(s.id);
    QCOMPARE(ids, QStringList({QStringLiteral("site"), QStringLiteral("vm"), QStringLiteral("db"),
                               QStringLiteral("app"), QStringLiteral("pay"), QStringLiteral("cyc1"),
                               QStringLiteral("cyc2")}));
    QCOMPARE(r.steps.at(2).waitsFor, QStringList({QStringLiteral("vm")}));
    QCOMPARE(r.steps.at(3).waitsFor, QStringList({QStringLiteral("vm"), QStringLiteral("db")}));
    QCOMPARE(r.steps.at(2).durationHours, std::optional<double>(2));
    QVERIFY(r.steps.at(4).title.startsWith(QStringLiteral("Resume")));
    QVERIFY(r.steps.at(5).instructions.contains(QStringLiteral("Blocked")));
    // The draft is a valid runbook (no cycle even though cyc1 and cyc2 form one).
    QVERIFY(checkRunbook(r).isEmpty());
    // Its critical path is the recovery's ready time of the last unblocked node.
    QCOMPARE(scheduleRunbook(r).totalHours, 4 + 1 + 2 + 0.5);
}

QTEST_GUILESS_MAIN(tst_Runbooks)
#include "tst_runbooks.moc"
