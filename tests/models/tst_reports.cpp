// SPDX-License-Identifier: GPL-3.0-or-later
// Printed runbooks read back with pdftotext: every step in order, sensible page counts,
// repeated table headers, user text printed exactly as typed and no file ever embedded.
#include "analysis/AnalysisRun.h"
#include "analysis/ExerciseResults.h"
#include "analysis/Findings.h"
#include "analysis/OnCall.h"
#include "analysis/Spof.h"
#include "analysis/WhoToCall.h"
#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "io/SamplePlan.h"
#include "report/BiaReport.h"
#include "report/CabReport.h"
#include "report/ContactSheet.h"
#include "report/ContinuityPlan.h"
#include "report/ExerciseReport.h"
#include "report/FindingsReport.h"
#include "report/OdtWriter.h"
#include "report/PostmortemReport.h"
#include "report/ReportCharts.h"
#include "report/ReportFormat.h"
#include "report/RunbookReport.h"
#include "report/ScenarioBrief.h"
#include "TestSupport.h"

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Continuity;

class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleRunbooksPrintEveryStepInOrder();
    void longRunbookSplitsWithRepeatedHeaders();
    void userTextIsPrintedAsTyped();
    void unwritablePathLeavesNothing();
    void cancelLeavesNoFile();
    void sampleExerciseReportsHoldResultsTimelineAndActions();
    void exerciseUserTextIsPrintedAsTyped();
    void sampleRunbookNamesPeopleWithPhones();
    void contactSheetForAFrankfurtLoss();
    void callTreeDrillReport();
    void findingsReviewAgainstAnOlderCopy();
    void scenarioBriefForAFrankfurtLoss();
    void biaReportOfTheSamplePlan();
    void durationsReadTheSameEverywhere();
    void continuityPlanHasEveryChapterInOrder();
    void continuityPlanAsOpenDocumentText();
    void planReportsPrintUserTextAsTyped();
    void postmortemIsBlamelessAndShowsTheCascade();
    void cabPackPutsTheRiskiestFirst();

private:
    QString pdfText(const QString &pdf, bool raw = true)
    {
        QProcess p;
        QStringList args;
        if (raw)
            args << QStringLiteral("-raw");
        args << pdf << QStringLiteral("-");
        p.start(QStringLiteral("pdftotext"), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    int pageCount(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        p.waitForFinished(60000);
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QString writeExercise(const Plan &plan, const Exercise &e, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const bool ok =
            Report::writePdf(exerciseReport(plan, e, QDateTime(QDate(2026, 11, 27), QTime(9, 30))),
                             path, e.title, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? path : QString();
    }
    QString write(const Plan &plan, const Runbook &r, const QString &name, int *pages = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const bool ok =
            Report::writePdf(runbookReport(plan, r, QDateTime(QDate(2026, 11, 27), QTime(9, 30))),
                             path, r.title, &error, {}, pages);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok ? path : QString();
    }
    static Runbook longRunbook(int steps)
    {
        Runbook r;
        r.id = QStringLiteral("rb-long");
        r.title = QStringLiteral("Long runbook");
        r.version = QStringLiteral("1.0");
        for (int i = 0; i < steps; ++i) {
            RunbookStep s;
            s.id = QStringLiteral("s%1").arg(i);
            s.title = QStringLiteral("Step title %1").arg(i);
            s.instructions = QStringLiteral("- check item %1\n- then *the other* one").arg(i);
            s.owner = QStringLiteral("Team %1").arg(i % 7);
            s.durationHours = 0.25;
            if (i > 0)
                s.waitsFor = {QStringLiteral("s%1").arg(i - 1)};
            s.verification = QStringLiteral("Verified %1").arg(i);
            r.steps.append(s);
        }
        return r;
    }
    QTemporaryDir m_dir;
};

void tst_Reports::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed; scripts/install-deps.sh installs it");
}

void tst_Reports::sampleRunbooksPrintEveryStepInOrder()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->runbooks.size() >= 4);
    for (const Runbook &r : plan->runbooks) {
        QVERIFY(r.steps.size() >= 5);
        int pages = 0;
        const QString pdf = write(*plan, r, r.id + QStringLiteral(".pdf"), &pages);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pageCount(pdf), pages);
        QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
        // pdftotext breaks lines where the PDF does; compare with whitespace folded.
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(r.title));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(plan->name));
        QVERIFY(text.contains(QStringLiteral("Sign-off")));
        qsizetype at = text.indexOf(QStringLiteral("Verification and rollback"));
        QVERIFY(at > 0);
        for (const RunbookStep &s : r.steps) {
            const qsizetype next = text.indexOf(s.title.simplified(), at);
            QVERIFY2(next > at, qPrintable(r.id + QStringLiteral(": ") + s.title));
            at = next;
        }
    }
}

void tst_Reports::longRunbookSplitsWithRepeatedHeaders()
{
    const Plan plan = Plan::empty(QStringLiteral("Big plan"));
    int pages = 0;
    const QString pdf = write(plan, longRunbook(200), QStringLiteral("long.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    // 200 steps of three to four lines: a few dozen pages, not hundreds.
    QVERIFY2(pages > 10 && pages < 80, qPrintable(QString::number(pages)));
    const QStringList pageTexts = pdfText(pdf).split(QLatin1Char('\f'));
    int withHeader = 0;
    int withSteps = 0;
    for (const QString &page : pageTexts) {
        if (page.contains(QStringLiteral("Step title")) &&
            page.contains(QStringLiteral("Verified"))) {
            ++withSteps;
            if (page.contains(QStringLiteral("Verification and rollback")))
                ++withHeader;
        }
    }
    QVERIFY(withSteps > 5);
    QCOMPARE(withHeader, withSteps);
    const QString text = pdfText(pdf).simplified();
    qsizetype at = 0;
    for (int i = 0; i < 200; ++i) {
        const qsizetype next = text.indexOf(QStringLiteral("Step title %1 ").arg(i), at);
        QVERIFY2(next >= at, qPrintable(QString::number(i)));
        at = next;
    }
}

void tst_Reports::userTextIsPrintedAsTyped()
{
    QFile host(QStringLiteral("/etc/hostname"));
    QByteArray hostname;
    if (host.open(QIODevice::ReadOnly))
        hostname = host.readAll().trimmed();
    const QString hostile = QStringLiteral("<img src=\"/etc/hostname\"> Fail over <b>now</b>");
    Plan plan = Plan::empty(QStringLiteral("<script>alert(1)</script> & Co"));
    Runbook r = longRunbook(5);
    r.title = QStringLiteral("<h1>Title</h1> &amp;");
    r.steps[2].title = hostile;
    r.steps[3].instructions = QStringLiteral("<a href=\"file:///etc/passwd\">x</a> *&lt;em&gt;*");
    r.steps[1].owner = QStringLiteral("<i>DBA</i>");
    const QString pdf = write(plan, r, QStringLiteral("hostile.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(hostile), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script> & Co")));
    QVERIFY(text.contains(QStringLiteral("<h1>Title</h1> &amp;")));
    QVERIFY(text.contains(QStringLiteral("<a href=\"file:///etc/passwd\">x</a> &lt;em&gt;")));
    QVERIFY(text.contains(QStringLiteral("<i>DBA</i>")));
    const QByteArray bytes = TestSupport::readAll(pdf);
    QVERIFY(!bytes.contains("/Subtype /Image"));
    QVERIFY(!bytes.contains("/Subtype/Image"));
    QVERIFY(!bytes.contains("/URI"));
    if (hostname.size() >= 4)
        QVERIFY(!text.toUtf8().contains(hostname) || hostname == "localhost");
}

void tst_Reports::unwritablePathLeavesNothing()
{
    QString error;
    const Report::Document d = runbookReport(Plan::empty(), longRunbook(3), QDateTime());
    QVERIFY(!Report::writePdf(d, QStringLiteral("/nonexistent-dir/x.pdf"), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x.pdf")), qPrintable(error));
}

void tst_Reports::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("earlier report");
    existing.close();
    QString error;
    const Report::Document d = runbookReport(Plan::empty(), longRunbook(200), QDateTime());
    int seen = 0;
    QVERIFY(!Report::writePdf(d, path, QString(), &error, [&](int page, int pages) {
        ++seen;
        return page < pages / 2;
    }));
    QVERIFY(seen > 1);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(path), QByteArray("earlier report"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void tst_Reports::sampleExerciseReportsHoldResultsTimelineAndActions()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->exercises.size() >= 3);
    for (const Exercise &e : plan->exercises) {
        if (e.type == ExerciseType::CallTree)
            continue; // callTreeDrillReport
        const QString pdf = writeExercise(*plan, e, e.id + QStringLiteral(".pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(e.title));
        for (const QString &heading :
             {QStringLiteral("Executive summary"), QStringLiteral("Results against targets"),
              QStringLiteral("Timeline"), QStringLiteral("Findings and actions"),
              QStringLiteral("Participants"), QStringLiteral("Sign-off")})
            QVERIFY2(text.contains(heading), qPrintable(e.id + QLatin1Char(' ') + heading));
        // Participants by name (the plan names the sample's as people).
        for (const Participant &p : e.participants)
            QVERIFY2(text.contains(Contacts::displayName(*plan, p.name)), qPrintable(p.name));
        for (const QString &finding : e.findings)
            QVERIFY2(text.contains(finding.simplified()), qPrintable(finding));
        for (const ActionItem &a : e.actions)
            QVERIFY2(text.contains(a.title.simplified()), qPrintable(a.title));
        // Measured and target side by side, with the verdict.
        for (const ServiceMeasure &m : measureExercise(*plan, e)) {
            QVERIFY2(text.contains(m.name), qPrintable(m.name));
            if (m.rto == Verdict::Miss)
                QVERIFY(text.contains(QStringLiteral("MISS")));
        }
        // The timeline in time order: each finished step after the one finished before it.
        QList<const ExerciseLogEntry *> finished;
        for (const ExerciseLogEntry &entry : e.log) {
            if (entry.finishedAt)
                finished.append(&entry);
        }
        std::sort(finished.begin(), finished.end(),
                  [](auto *a, auto *b) { return *a->finishedAt < *b->finishedAt; });
        qsizetype at = text.indexOf(QStringLiteral("Timeline"),
                                    text.indexOf(QStringLiteral("Results against")));
        for (const ExerciseLogEntry *entry : finished) {
            const qsizetype next = text.indexOf(localClock(*entry->finishedAt), at);
            QVERIFY2(next > at, qPrintable(e.id + QLatin1Char(' ') + *entry->finishedAt));
            at = next;
        }
        for (const TimestampCorrection &c : e.corrections) {
            QVERIFY(text.contains(QStringLiteral("Corrected times")));
            // Narrow columns wrap at hyphens: compare without the spaces.
            QVERIFY(QString(text)
                        .remove(QLatin1Char(' '))
                        .contains(QString(c.reason).remove(QLatin1Char(' '))));
            QVERIFY(text.contains(localClock(c.original)));
        }
    }
}

void tst_Reports::exerciseUserTextIsPrintedAsTyped()
{
    const QString hostile = QStringLiteral("<img src=\"/etc/hostname\"> **not bold** <b>x</b>");
    Plan plan = Plan::empty(QStringLiteral("<script>alert(1)</script>"));
    Exercise e;
    e.id = QStringLiteral("ex");
    e.title = QStringLiteral("<h1>Test</h1> &amp;");
    e.date = QStringLiteral("2026-03-14");
    e.objectives = hostile;
    e.participants = {{QStringLiteral("<i>Dana</i>"), QStringLiteral("*Coordinator*")}};
    e.declaredAt = QStringLiteral("2026-03-14T09:00:00Z");
    e.log = {{QString(), QString(), QStringLiteral("2026-03-14T09:10:00Z"), std::nullopt,
              QStringLiteral("<a href=\"file:///etc/passwd\">note</a>"), QStringLiteral("Dana")}};
    e.findings = {hostile};
    e.actions = {{QStringLiteral("a1"), QStringLiteral("<u>Fix</u> & *this*"),
                  QStringLiteral("Ops"), std::nullopt, ActionStatus::Open, std::nullopt,
                  std::nullopt}};
    plan.exercises = {e};
    const QString pdf = writeExercise(plan, e, QStringLiteral("hostile-exercise.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(hostile), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("<h1>Test</h1> &amp;")));
    QVERIFY(text.contains(QStringLiteral("<i>Dana</i>")));
    QVERIFY(text.contains(QStringLiteral("*Coordinator*")));
    // A word longer than its column breaks inside the word: compare without the spaces.
    QVERIFY(QString(text)
                .remove(QLatin1Char(' '))
                .contains(QStringLiteral("<ahref=\"file:///etc/passwd\">note</a>")));
    QVERIFY(text.contains(QStringLiteral("<u>Fix</u> & *this*")));
    const QByteArray bytes = TestSupport::readAll(pdf);
    QVERIFY(!bytes.contains("/Subtype /Image"));
    QVERIFY(!bytes.contains("/Subtype/Image"));
    QVERIFY(!bytes.contains("/URI"));
}

// The runbook's owners table names each role's members with their phones and who was on call
// when it was printed.
void tst_Reports::sampleRunbookNamesPeopleWithPhones()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const Runbook *dc = nullptr;
    for (const Runbook &r : plan->runbooks) {
        if (r.id == QLatin1String("rb-dc-fra-loss"))
            dc = &r;
    }
    QVERIFY(dc);
    const QString pdf = write(*plan, *dc, QStringLiteral("people.pdf"));
    const QString text = pdfText(pdf, false).simplified();
    // 27 November 2026 09:30 local: week 46 of the incident managers' rota.
    const Person *onCall = Contacts::person(
        *plan, OnCall::whoIsOnCall(*Contacts::role(*plan, QStringLiteral("incident-manager"))->rota,
                                   QDateTime(QDate(2026, 11, 27), QTime(9, 30)))
                   .person);
    QVERIFY(onCall);
    QVERIFY2(text.contains(onCall->name + QStringLiteral(" (on call):")),
             qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("Incident manager")));
    QVERIFY2(text.contains(QString(onCall->phones.first().number)),
             qPrintable(onCall->phones.first().number));
    QVERIFY(!text.contains(QStringLiteral("incident-manager"))); // names, not ids
}

// The contact sheet for a Frankfurt loss: who to call in order of what they recover, with
// phones, the call trees and the external contacts, on two pages at most.
void tst_Reports::contactSheetForAFrankfurtLoss()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QDateTime at(QDate(2026, 12, 31), QTime(20, 0), QTimeZone("Europe/Berlin"));
    const QList<CallEntry> entries =
        whoToCall(*plan, {QStringLiteral("dc-fra"), QStringLiteral("net-fra-core")}, at);
    QVERIFY(entries.size() >= 5);
    QCOMPARE(entries.first().tier, 0);
    // The network role's override on New Year's Eve puts Lars Nilsson on call.
    bool network = false;
    for (const CallEntry &e : entries) {
        if (e.contact == QLatin1String("network")) {
            network = true;
            QCOMPARE(e.callFirst, QStringLiteral("lars-nilsson"));
            QCOMPARE(e.alternates, QStringList{QStringLiteral("jonas-kruger")});
        }
    }
    QVERIFY(network);

    const QString path = m_dir.filePath(QStringLiteral("contacts.pdf"));
    int pages = 0;
    QVERIFY2(Report::writePdf(contactSheet(*plan, {QStringLiteral("dc-fra")}, at), path,
                              QStringLiteral("Contact sheet"), &error, {}, &pages),
             qPrintable(error));
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    const QString text = pdfText(path, false).simplified();
    for (const QString &part :
         {QStringLiteral("Who to call, in this order"), QStringLiteral("Call trees"),
          QStringLiteral("External contacts"), QStringLiteral("Lars Nilsson (on call):"),
          QStringLiteral("+49 151 5550 1703"), QStringLiteral("IT recovery"),
          QStringLiteral("BaFin IT supervision desk"), QStringLiteral("Frankfurt data centre")})
        QVERIFY2(text.contains(part), qPrintable(part));
}

// The sample's crisis-team drill prints reach times per person against the target, T50/T90/
// T100, the people cut off with why, the details found wrong, and mobilisation per role.
void tst_Reports::callTreeDrillReport()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const Exercise *drill = nullptr;
    for (const Exercise &e : plan->exercises) {
        if (e.type == ExerciseType::CallTree)
            drill = &e;
    }
    QVERIFY(drill);
    const QString pdf = writeExercise(*plan, *drill, QStringLiteral("drill.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Call-tree drill report"), QStringLiteral("Crisis team activation"),
          QStringLiteral("T50 8 min"), QStringLiteral("T90 not reached"),
          QStringLiteral("6 of 9 (67 %)"), QStringLiteral("Incident manager: Dana Weber"),
          QStringLiteral("+49 151 5550 1814"), QStringLiteral("Chen Wei"),
          QStringLiteral("2 min over"), QStringLiteral("People cut off"),
          QStringLiteral("Hannah Roth"), QStringLiteral("never reached"),
          QStringLiteral("unreachable"), QStringLiteral("Changes to contact details"),
          QStringLiteral("+49 151 2345 0198"), QStringLiteral("Measured mobilisation"),
          QStringLiteral("Security 2 of 2 8 min 60 min"), QStringLiteral("Sign-off")})
        QVERIFY2(text.contains(part), qPrintable(part));
    QVERIFY(!text.contains(QStringLiteral("Results against targets")));
    for (const QString &finding : drill->findings)
        QVERIFY2(text.contains(finding.simplified()), qPrintable(finding));
}

// The findings review (#21 point 3): every finding under its severity and kind, the SPOF table
// per target; against an older copy, what is new, what was resolved and what is still open.
void tst_Reports::findingsReviewAgainstAnOlderCopy()
{
    QString error;
    const std::optional<Plan> older = samplePlan(&error);
    QVERIFY2(older, qPrintable(error));
    // Since then: the tokenisation service's RTO brought down to what the authorisation
    // engine needs (its RTO inversion resolved), and a new service with no RTO at all.
    Plan plan = *older;
    for (Service &s : plan.services) {
        if (s.id == QLatin1String("app-tokenization"))
            s.rtoHours = 2;
    }
    Service fresh;
    fresh.id = QStringLiteral("app-chargeback-portal");
    fresh.name = QStringLiteral("Chargeback <portal>");
    fresh.kind = ServiceKind::Application;
    plan.services.append(fresh);
    Dependency needs;
    needs.consumer = QStringLiteral("chargebacks");
    needs.provider = fresh.id;
    plan.dependencies.append(needs);

    const GraphSnapshot olderGraph = GraphSnapshot::fromPlan(*older);
    const std::vector<Finding> olderFindings = checkPlan(olderGraph, *older);
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    FindingsReview review;
    review.findings = checkPlan(graph, plan);
    review.older = &olderFindings;
    review.olderLabel = QStringLiteral("plan-2026-q3.continuity");
    auto has = [](const std::vector<Finding> &list, const QString &kind, const QString &subject) {
        return std::any_of(list.begin(), list.end(), [&](const Finding &f) {
            return f.kind == kind && f.subject == subject;
        });
    };
    QVERIFY(
        has(olderFindings, QStringLiteral("rto-inversion"), QStringLiteral("app-tokenization")));
    QVERIFY(
        !has(review.findings, QStringLiteral("rto-inversion"), QStringLiteral("app-tokenization")));
    QVERIFY(std::any_of(review.findings.begin(), review.findings.end(), [](const Finding &f) {
        return f.subject == QLatin1String("app-chargeback-portal");
    }));

    const SpofResult spofs = findSpofs(graph, defaultSpofTargets(graph));
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    int pages = 0;
    QVERIFY2(Report::writePdf(findingsReport(plan, graph, review, spofs, at), pdf,
                              QStringLiteral("Findings review"), &error, {}, &pages),
             qPrintable(error));
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Findings review"),
          QStringLiteral("Compared with plan-2026-q3.continuity"),
          QStringLiteral("New since the older copy"),
          QStringLiteral("Resolved since the older copy"), QStringLiteral("RTO inversion"),
          QStringLiteral("Single points of failure by target"),
          QStringLiteral("Chargeback <portal>")})
        QVERIFY2(text.contains(part), qPrintable(part));
    // The sections in order, each holding what it should.
    // Each heading is in the contents first, then over its section.
    const auto second = [&](const QString &heading, qsizetype from) {
        return text.indexOf(heading, text.indexOf(heading, from) + 1);
    };
    const qsizetype added = second(QStringLiteral("New since the older copy"), 0);
    const qsizetype resolved = second(QStringLiteral("Resolved since the older copy"), 0);
    const qsizetype errors = second(QStringLiteral("Errors ("), 0);
    QVERIFY(added > 0 && resolved > added && errors > resolved);
    const QString addedPart = text.mid(added, resolved - added);
    const QString resolvedPart = text.mid(resolved, errors - resolved);
    QVERIFY2(addedPart.contains(QStringLiteral("app-chargeback-portal")), qPrintable(addedPart));
    QVERIFY2(!addedPart.contains(QStringLiteral("app-tokenization")), qPrintable(addedPart));
    QVERIFY2(resolvedPart.contains(QStringLiteral("app-tokenization")), qPrintable(resolvedPart));
    QVERIFY2(!resolvedPart.contains(QStringLiteral("app-chargeback-portal")),
             qPrintable(resolvedPart));
    // Every finding of the plan is printed under its kind, and the counts add up.
    std::size_t newCount = 0;
    // Read in content order (a cell's lines together); ids wrap at their hyphens.
    QString unbroken = pdfText(pdf).simplified();
    unbroken.replace(QStringLiteral("- "), QStringLiteral("-"));
    for (const Finding &f : review.findings) {
        QVERIFY2(unbroken.contains(f.subject), qPrintable(f.subject));
        newCount += !std::any_of(olderFindings.begin(), olderFindings.end(),
                                 [&](const Finding &o) { return findingKey(o) == findingKey(f); });
    }
    QVERIFY2(text.contains(QStringLiteral("%1 new,").arg(newCount)), qPrintable(text.left(600)));
    // A SPOF target row: the ledger database takes the payments with it.
    QVERIFY(text.contains(QStringLiteral("still open")));
    QVERIFY(pages >= 2);
}

// The scenario brief (#21 point 4): for the loss of Frankfurt, what is down, the processes hit
// with loss and MTD, who to call, the runbooks in recovery order and the RTO gaps, on two to
// four pages.
void tst_Reports::scenarioBriefForAFrankfurtLoss()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const AnalysisOutput results = runAnalyses(*plan, {QStringLiteral("dc-fra")});
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
    int pages = 0;
    QVERIFY2(Report::writePdf(scenarioBrief(*plan, results, at), pdf,
                              QStringLiteral("Scenario brief"), &error, {}, &pages),
             qPrintable(error));
    QVERIFY2(pages >= 1 && pages <= 4, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Scenario brief"),
          QStringLiteral("What fails: Frankfurt data centre (DC1)"),
          QStringLiteral("Processes hit"), QStringLiteral("Authorise card payments"),
          QStringLiteral("breaches its MTD by"), QStringLiteral("Who to call"),
          QStringLiteral("Recovery order and runbooks"),
          QStringLiteral("Loss of the Frankfurt data centre (DC1)"),
          QStringLiteral("version 1.3, approved"), QStringLiteral("late")})
        QVERIFY2(text.contains(part), qPrintable(part));
    // Every process the cascade takes down is named, with its loss per hour.
    const GraphSnapshot &graph = *results.graph;
    for (int node : results.cascade().affected) {
        if (graph.isProcess(node) && results.cascade().state[std::size_t(node)] == NodeState::Down)
            QVERIFY2(text.contains(graph.name(node)), qPrintable(graph.name(node)));
    }
    QVERIFY(text.contains(QLocale().toString(results.cascade().lossPerHour, 'f', 0)));
}

// product/11-reports.md "BIA report": the summary, then a section per process with its heat map
// (rating always printed on a shade that darkens with it), chart, targets, needs and sign-off.
void tst_Reports::biaReportOfTheSamplePlan()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const Report::Document document = biaReport(*plan, {}, at);

    // Ranked by tier, then MTD: the tier column never goes back to a more critical tier.
    const Report::Table *ranking = nullptr;
    for (const Report::Block &b : document.blocks) {
        if (b.kind == Report::Block::Kind::Table && !ranking)
            ranking = &b.table;
    }
    QVERIFY(ranking);
    QCOMPARE(ranking->rows.size(), plan->processes.size());
    int lastTier = 0;
    for (const auto &row : ranking->rows) {
        const int tier = row.at(2).first().text.toInt();
        QVERIFY(tier >= lastTier);
        lastTier = tier;
    }
    // The heat map of "Authorise card payments": each cell its rating, shaded by it.
    const Process *cards = nullptr;
    for (const Process &p : plan->processes) {
        if (p.id == QLatin1String("take-card-payments"))
            cards = &p;
    }
    QVERIFY(cards);
    bool inSection = false;
    const Report::Table *grid = nullptr;
    for (const Report::Block &b : document.blocks) {
        if (b.kind == Report::Block::Kind::Heading)
            inSection = b.text == cards->name;
        if (inSection && b.kind == Report::Block::Kind::Table && !b.table.fills.isEmpty() &&
            b.table.columns.size() == plan->biaHorizonsHours.size() + 1 && !grid)
            grid = &b.table;
    }
    QVERIFY(grid);
    const QList<int> &financial = cards->impact(ImpactCategory::Financial);
    QCOMPARE(grid->rows.at(0).at(0).first().text, displayName(ImpactCategory::Financial));
    for (qsizetype h = 0; h < financial.size(); ++h) {
        QCOMPARE(grid->rows.at(0).at(h + 1).first().text, QString::number(financial.at(h)));
        QCOMPARE(grid->fills.at(0).at(h + 1), Report::ratingFill(financial.at(h)));
    }
    // Shades darken as ratings grow, so that a grey print keeps their order.
    for (int r = 1; r <= 4; ++r)
        QVERIFY(qGray(QRgb(Report::ratingFill(r))) < qGray(QRgb(Report::ratingFill(r - 1))));

    const QString pdf = m_dir.filePath(QStringLiteral("bia.pdf"));
    int pages = 0;
    QVERIFY2(Report::writePdf(document, pdf, QStringLiteral("BIA"), &error, {}, &pages),
             qPrintable(error));
    QVERIFY(pages > plan->processes.size());
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Business impact analysis"), QStringLiteral("Processes by tier and MTD"),
          QStringLiteral("Tier distribution"), QStringLiteral("BIAs that need attention"),
          // Reviewed 20 Oct 2025, a 12-month period: overdue on 5 Dec 2026.
          QStringLiteral("Review overdue"), QStringLiteral("Changed since review"),
          QStringLiteral("Inconsistencies"), QStringLiteral("Impact over time"),
          QStringLiteral("MTD 4 h"), QStringLiteral("Services it needs"),
          QStringLiteral("INVERSION"), QStringLiteral("Single points of failure"),
          QStringLiteral("Sign-off by the process owner"),
          QStringLiteral("tier policy: an MTD of at most 4 h"),
          // The owner of "Authorise card payments" with a phone to reach her.
          QStringLiteral("Julia Meyer"), QStringLiteral("+49 151 5550 1370"),
          QStringLiteral("Loss of DC1 Frankfurt, parallel test")})
        QVERIFY2(text.contains(part), qPrintable(part));
    for (const Process &p : plan->processes)
        QVERIFY2(text.contains(p.name), qPrintable(p.name));

    // One process: its section alone.
    const Report::Document one = biaReport(*plan, {cards->id}, at);
    int headings = 0;
    for (const Report::Block &b : one.blocks)
        headings += b.kind == Report::Block::Kind::Heading ? 1 : 0;
    QCOMPARE(headings, 2); // the summary and the process
}

// product/11-reports.md "Quality", #21 point 6: one way to write a duration in every report.
void tst_Reports::durationsReadTheSameEverywhere()
{
    QCOMPARE(Report::duration(0.5), QStringLiteral("30 min"));
    QCOMPARE(Report::duration(30.0 / 3600), QStringLiteral("< 1 min"));
    QCOMPARE(Report::duration(1.5), QStringLiteral("1 h 30 min"));
    QCOMPARE(Report::duration(2), QStringLiteral("2 h"));
    QCOMPARE(Report::duration(72), QStringLiteral("72 h"));
    QCOMPARE(Report::duration(100.25), QStringLiteral("100 h 15 min"));
    QCOMPARE(Report::duration(68.5), QStringLiteral("68 h 30 min"));
    QCOMPARE(Report::duration(-0.25), QStringLiteral("−15 min"));
    // Dates: the month by name, the same from the window (English) and the command line (C).
    const QLocale before;
    const QDate day(2026, 12, 5);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(Report::date(day), QStringLiteral("5 Dec 2026"));
    QCOMPARE(Report::dateTime(QDateTime(day, QTime(14, 30))), QStringLiteral("5 Dec 2026 14:30"));
    // Amounts too: grouped as the English window groups them, not "250000".
    QCOMPARE(Report::money(250000), QStringLiteral("250,000"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Report::date(day), QStringLiteral("5 Dec 2026"));
    QCOMPARE(Report::money(250000), QStringLiteral("250,000"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Report::date(day), QStringLiteral("5. Dez. 2026"));
    QCOMPARE(Report::money(250000), QStringLiteral("250.000"));
    QLocale::setDefault(before);
}

// product/11-reports.md "Business continuity plan": every chapter, in the specification's order.
void tst_Reports::continuityPlanHasEveryChapterInOrder()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const Report::Document whole = continuityPlan(*plan, {}, at);
    QStringList headings;
    int figures = 0;
    for (const Report::Block &b : whole.blocks) {
        if (b.kind == Report::Block::Kind::Heading)
            headings.append(b.text);
        figures += b.kind == Report::Block::Kind::Figure ? 1 : 0;
    }
    const QStringList chapters{
        QStringLiteral("Document control"),    QStringLiteral("Purpose and scope"),
        QStringLiteral("Activation criteria"), QStringLiteral("Roles and responsibilities"),
        QStringLiteral("Communication"),       QStringLiteral("Processes and their targets"),
        QStringLiteral("Recovery strategies"), QStringLiteral("Dependency map"),
        QStringLiteral("Recovery order"),      QStringLiteral("Runbooks"),
        QStringLiteral("Exercise programme"),  QStringLiteral("Open actions")};
    qsizetype at_ = -1;
    for (const QString &chapter : chapters) {
        const qsizetype i = headings.indexOf(chapter);
        QVERIFY2(i > at_, qPrintable(chapter + QStringLiteral(" in ") + headings.join(u'|')));
        at_ = i;
    }
    // The approved runbooks in full: each its own chapter, with its steps.
    QVERIFY(headings.contains(QStringLiteral("Runbook: Loss of the Frankfurt data centre (DC1)")));
    // The sample's map is larger than a page: split into parts.
    QVERIFY2(figures >= 2, qPrintable(QString::number(figures)));

    const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
    QVERIFY2(Report::writePdf(whole, pdf, QStringLiteral("BCP"), &error), qPrintable(error));
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Who may declare"), QStringLiteral("Declare when expected to exceed"),
          QStringLiteral("Crisis team"), QStringLiteral("Call trees"),
          QStringLiteral("External contacts"), QStringLiteral("BaFin"),
          QStringLiteral("The worst scenario for this scope: the loss of Frankfurt data centre"),
          QStringLiteral("Part 1 of")})
        QVERIFY2(text.contains(part), qPrintable(part));

    // A site's scope: the processes its loss takes down, no other.
    QString scopeError;
    const std::optional<PlanScope> site =
        parsePlanScope(*plan, QStringLiteral("site:dc-ams"), &scopeError);
    QVERIFY2(site, qPrintable(scopeError));
    const Report::Document ams = continuityPlan(*plan, *site, at);
    QVERIFY(ams.blocks.at(2).text.contains(QLatin1String("Amsterdam")));
    // Scopes that name nothing the plan has are refused with the reason.
    QVERIFY(!parsePlanScope(*plan, QStringLiteral("site:take-card-payments"), &scopeError));
    QVERIFY(scopeError.contains(QLatin1String("no site")));
    QVERIFY(!parsePlanScope(*plan, QStringLiteral("region:eu"), &scopeError));
    QVERIFY(scopeError.contains(QLatin1String("site:ID or process:ID")));
}

// The same plan as OpenDocument Text: real headings (outline levels), real tables, figures as
// pictures, the mimetype first as ODF asks.
void tst_Reports::continuityPlanAsOpenDocumentText()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const Report::Document doc =
        continuityPlan(*plan, {}, QDateTime(QDate(2026, 12, 5), QTime(9, 0)));
    const QString odt = m_dir.filePath(QStringLiteral("plan.odt"));
    QVERIFY2(Report::writeOdt(doc, odt, QStringLiteral("Business continuity plan"), &error),
             qPrintable(error));
    QVERIFY(TestSupport::readAll(odt).mid(30, 8) == "mimetype");
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(content.contains(QLatin1String("<table:table ")));
    QVERIFY(content.contains(QLatin1String("<draw:image")));
    for (const char *heading : {"Document control", "Dependency map", "Open actions"}) {
        const QRegularExpression h(QStringLiteral("<text:h [^>]*text:outline-level=\"1\">"
                                                  "<text:span[^>]*>%1<")
                                       .arg(QLatin1String(heading)));
        QVERIFY2(content.contains(h), heading);
    }
    QVERIFY(content.contains(QRegularExpression(
        QStringLiteral("<text:h [^>]*text:outline-level=\"2\"><text:span[^>]*>Call trees<"))));
    // Still a well-formed document after the headings were promoted.
    QXmlStreamReader xml(content);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // A real table of contents where the PDF has its contents, listing the chapters.
    QVERIFY(content.contains(QLatin1String("<text:table-of-content ")));
    QVERIFY(content.contains(
        QLatin1String("<text:p text:style-name=\"Contents1\">Document control</text:p>")));
    QVERIFY(!content.contains(QChar(0xE000)));

    // Every page's running header and footer, as the PDF has them: the plan's name (user text,
    // escaped), the audit trail's head and "Page n of m" as fields the word processor fills.
    Report::Document marked = doc;
    marked.headerLeft = QStringLiteral("<b>Northwind</b> & Co");
    marked.footerAudit = QStringLiteral("#7 0123456789ab");
    const QString odt2 = m_dir.filePath(QStringLiteral("plan-header.odt"));
    QVERIFY2(Report::writeOdt(marked, odt2, QStringLiteral("Business continuity plan"), &error),
             qPrintable(error));
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt2, QStringLiteral("styles.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString styles = QString::fromUtf8(unzip.readAllStandardOutput());
    QXmlStreamReader stylesXml(styles);
    QString header;
    QString footer;
    QString *into = nullptr;
    while (!stylesXml.atEnd()) {
        stylesXml.readNext();
        if (stylesXml.isStartElement() && stylesXml.name() == QLatin1String("header"))
            into = &header;
        else if (stylesXml.isStartElement() && stylesXml.name() == QLatin1String("footer"))
            into = &footer;
        else if (stylesXml.isStartElement() && into &&
                 stylesXml.name() == QLatin1String("page-number"))
            *into += QLatin1String("[page]");
        else if (stylesXml.isStartElement() && into &&
                 stylesXml.name() == QLatin1String("page-count"))
            *into += QLatin1String("[pages]");
        else if (stylesXml.isCharacters() && into)
            *into += stylesXml.text();
        else if (stylesXml.isEndElement() && (stylesXml.name() == QLatin1String("header") ||
                                              stylesXml.name() == QLatin1String("footer")))
            into = nullptr;
    }
    QVERIFY2(!stylesXml.hasError(), qPrintable(stylesXml.errorString()));
    QVERIFY2(header.contains(QLatin1String("<b>Northwind</b> & Co")), qPrintable(header));
    QVERIFY2(footer.contains(QLatin1String("Audit trail #7 0123456789ab")), qPrintable(footer));
    QVERIFY2(footer.contains(QLatin1String("Page [page]1 of [pages]1")), qPrintable(footer));
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt2, QStringLiteral("META-INF/manifest.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    QVERIFY(unzip.readAllStandardOutput().contains("manifest:full-path=\"styles.xml\""));
    // Unwritable: a message, nothing written.
    QVERIFY(!Report::writeOdt(doc, QStringLiteral("/nonexistent/dir/plan.odt"), QStringLiteral("x"),
                              &error));
    QVERIFY(!error.isEmpty());
}

// #21 point 7: names and descriptions with markup or HTML print as typed in the BIA report and the
// business continuity plan, in the PDF and in the ODT.
void tst_Reports::planReportsPrintUserTextAsTyped()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QString name = QStringLiteral("*Pay* <b>staff</b> & _co_");
    const QString description = QStringLiteral("**not bold** <img src=\"/etc/hostname\">");
    for (Process &p : plan->processes) {
        if (p.id == QLatin1String("staff-payroll")) {
            p.name = name;
            p.description = description;
        }
    }
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const QString bia = m_dir.filePath(QStringLiteral("literal-bia.pdf"));
    QVERIFY2(Report::writePdf(biaReport(*plan, {}, at), bia, QStringLiteral("BIA"), &error),
             qPrintable(error));
    const QString biaText = pdfText(bia, false);
    QVERIFY2(biaText.contains(name), qPrintable(name));
    QVERIFY2(biaText.contains(description), qPrintable(description));
    const Report::Document bcp = continuityPlan(*plan, {}, at);
    const QString pdf = m_dir.filePath(QStringLiteral("literal-bcp.pdf"));
    QVERIFY2(Report::writePdf(bcp, pdf, QStringLiteral("BCP"), &error), qPrintable(error));
    QVERIFY(pdfText(pdf, false).contains(name));
    QVERIFY(!TestSupport::readAll(pdf).contains("/Subtype /Image"));
    const QString odt = m_dir.filePath(QStringLiteral("literal-bcp.odt"));
    QVERIFY2(Report::writeOdt(bcp, odt, QStringLiteral("BCP"), &error), qPrintable(error));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    QXmlStreamReader xml(unzip.readAllStandardOutput());
    QString words;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            words += xml.text();
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(words.contains(name), qPrintable(words.left(400)));
}

// product/13-incidents-slos.md "Post-mortems": the facts, the nodes the cascade took down with
// the listed one, the timeline, factors, lessons, actions and review; people print as the role
// they hold unless the writer asks for names; user text prints as typed.
void tst_Reports::cabPackPutsTheRiskiestFirst()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    // A low-risk change to decide in the period, and user text that must print as typed.
    Change low;
    low.id = QStringLiteral("CHG0200");
    low.title = QStringLiteral("<b>Rename</b> a report & **keep** it");
    low.changeClass = ChangeClass::Standard;
    low.state = ChangeState::Assess;
    low.createdAt = QStringLiteral("2026-12-01T09:00:00Z");
    low.targets = {QStringLiteral("app-reporting")};
    low.plannedStart = QStringLiteral("2026-12-17T09:00:00Z");
    low.plannedEnd = QStringLiteral("2026-12-17T09:30:00Z");
    plan->changes.append(low);
    const QString pdf = m_dir.filePath(QStringLiteral("cab.pdf"));
    QVERIFY2(Report::writePdf(cabReport(*plan, QDate(2026, 12, 7), QDate(2026, 12, 20),
                                        QDateTime(QDate(2026, 12, 5), QTime(9, 0))),
                              pdf, QStringLiteral("CAB"), &error),
             qPrintable(error));
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("Change advisory board"),
          QStringLiteral("Changes from 7 Dec 2026 to 20 Dec 2026"),
          QStringLiteral("CHG0086 Tokenization service release 4.2"),
          QStringLiteral("Blast radius"), QStringLiteral("Authorise card payments"),
          QStringLiteral("Processes hit"), QStringLiteral("Already scheduled in the period"),
          QStringLiteral("CHG0085"), QStringLiteral("<b>Rename</b> a report & **keep** it")})
        QVERIFY2(text.contains(part), qPrintable(part));
    // Highest risk first: the very high changes before the low one; a change outside the
    // period (the ledger upgrade of 29 November) is not in the pack.
    QVERIFY(text.indexOf(QLatin1String("CHG0086")) < text.indexOf(QLatin1String("CHG0200")));
    QVERIFY(!text.contains(QLatin1String("CHG0083")));
    // The tokenization release backs out without a runbook; the ledger's runbook was last
    // exercised in March: a change using it says so.
    Change ledger = plan->changes.constLast();
    ledger.id = QStringLiteral("CHG0201");
    ledger.targets = {QStringLiteral("db-ledger")};
    ledger.backoutRunbook = QStringLiteral("rb-ledger-db-failover");
    plan->changes.append(ledger);
    QVERIFY(Report::writePdf(cabReport(*plan, QDate(2026, 12, 7), QDate(2026, 12, 20),
                                       QDateTime(QDate(2026, 12, 5), QTime(9, 0))),
                             pdf, QStringLiteral("CAB"), &error));
    QVERIFY2(pdfText(pdf, false).simplified().contains(QLatin1String("last exercised 8 Nov 2025")),
             qPrintable(pdfText(pdf, false).simplified().right(2000)));
}

void tst_Reports::postmortemIsBlamelessAndShowsTheCascade()
{
    QString error;
    std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    auto incident =
        std::find_if(plan->incidents.begin(), plan->incidents.end(),
                     [](const Incident &i) { return i.id == QLatin1String("INC0001"); });
    QVERIFY(incident != plan->incidents.end() && incident->postmortem);
    const auto role = std::find_if(plan->roles.cbegin(), plan->roles.cend(),
                                   [](const Role &r) { return !r.members.isEmpty(); });
    QVERIFY(role != plan->roles.cend());
    const Person *person = Contacts::person(*plan, role->members.first());
    QVERIFY(person);
    incident->postmortem->reviewer = person->id;
    incident->postmortem->actions.first().owner = person->id;
    incident->postmortem->wentWrong = QStringLiteral("<b>not bold</b> & **kept**");
    const QDateTime at(QDate(2026, 12, 5), QTime(9, 0));
    const QString pdf = m_dir.filePath(QStringLiteral("postmortem.pdf"));
    QVERIFY2(Report::writePdf(postmortemReport(*plan, *incident, false, at), pdf,
                              QStringLiteral("Post-mortem"), &error),
             qPrintable(error));
    const QString text = pdfText(pdf, false).simplified();
    for (const QString &part :
         {QStringLiteral("INC0001: CardNet authorisation outage"),
          QStringLiteral("Time to restore"), QStringLiteral("1 h 40 min"),
          QStringLiteral("Down through the cascade"),
          // Down through the cascade although nobody listed it.
          QStringLiteral("Authorise card payments"), QStringLiteral("(breached)"),
          QStringLiteral("Timeline"), QStringLiteral("Contributing factors"),
          QStringLiteral("Third party"), QStringLiteral("Where we got lucky"),
          QStringLiteral("<b>not bold</b> & **kept**"),
          QStringLiteral("Contract a second acquirer"), QStringLiteral("OVERDUE"),
          QStringLiteral("Runbooks changed"), QStringLiteral("Reviewer")})
        QVERIFY2(text.contains(part), qPrintable(part));
    QVERIFY(incident->affected.size() == 1);
    QVERIFY2(text.contains(role->name), qPrintable(role->name));
    QVERIFY2(!text.contains(person->name), qPrintable(person->name));
    // With names, the person.
    QVERIFY2(Report::writePdf(postmortemReport(*plan, *incident, true, at), pdf,
                              QStringLiteral("Post-mortem"), &error),
             qPrintable(error));
    QVERIFY(pdfText(pdf, false).simplified().contains(person->name));
    // Without a post-mortem the incident's facts still print, and say so.
    incident->postmortem.reset();
    QVERIFY2(Report::writePdf(postmortemReport(*plan, *incident, false, at), pdf,
                              QStringLiteral("Post-mortem"), &error),
             qPrintable(error));
    QVERIFY(
        pdfText(pdf, false)
            .simplified()
            .contains(QStringLiteral("No post-mortem has been written for this incident yet.")));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
