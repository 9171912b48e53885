// SPDX-License-Identifier: GPL-3.0-or-later
// Governance (product/14-governance.md, docs/governance.md): the rules of the controls, the
// catalogue, exceptions on findings and controls, the document's refusals, plan JSON and the
// CLI (controls, check).
#include "analysis/Controls.h"
#include "analysis/Executive.h"
#include "analysis/Findings.h"
#include "CliRun.h"
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "rules/Catalogue.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_Governance : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsDataInThreeLanguages();
    void sampleControlsAtADate();
    void rulesOnASmallPlan();
    void manualEvidenceExpires();
    void exceptionsAcceptFindingsUntilTheyExpire();
    void documentRefusesWhatIsWrong();
    void controlsAreEditedWithUndo();
    void planJsonKeepsGovernance();
    void badGovernanceJsonIsNamed();
    void cliControlsAndCheck();
    void controlStatusReport();
    void findingsReportPutsAcceptedRisksApart();
    void executiveFiguresAndReport();
    void evidencePackVerifiesAndNamesTampering();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
    static const ControlStatus *status(const QList<ControlStatus> &list, const QString &id)
    {
        for (const ControlStatus &s : list) {
            if (s.control == id)
                return &s;
        }
        return nullptr;
    }
    static const ControlItem *item(const ControlStatus &s, const QString &id)
    {
        for (const ControlItem &i : s.items) {
            if (i.id == id)
                return &i;
        }
        return nullptr;
    }
    // A process of tier 0 that needs two services of tier 0 (`a`, `b`), owned by person `p1`.
    static Plan smallPlan();
    QTemporaryDir m_dir;
};

void tst_Governance::catalogueIsDataInThreeLanguages()
{
    QFile file(QStringLiteral(":/catalogue/requirements.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    int count = 0;
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
        QString error;
        const Catalogue c = Catalogue::fromJson(json, language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int n = 0;
        for (const Framework &f : c.frameworks()) {
            for (const Requirement &r : f.requirements) {
                ++n;
                QVERIFY2(!r.title.isEmpty(), qPrintable(r.id + QLatin1Char(' ') + language));
            }
        }
        QVERIFY(n > 0);
        if (count)
            QCOMPARE(n, count);
        count = n;
        // The requirements the specification names are all there.
        for (const char *id :
             {"iso22301:8.2.2", "iso22301:10.1", "iso27001:8.32", "dora:art28", "pcidss:12.10",
              "hipaa:164.308(a)(7)", "gdpr:art32-1c", "sox:access"})
            QVERIFY2(c.contains(QLatin1String(id)), id);
    }
    const Catalogue de = Catalogue::fromJson(json, QStringLiteral("de"), nullptr);
    const Catalogue en = Catalogue::fromJson(json, QStringLiteral("en"), nullptr);
    QVERIFY(de.requirement(QStringLiteral("iso22301:8.5"))->title !=
            en.requirement(QStringLiteral("iso22301:8.5"))->title);
    QCOMPARE(en.reference(QStringLiteral("iso22301:8.5")), QStringLiteral("ISO 22301 8.5"));
    QString error;
    QVERIFY(Catalogue::fromJson("{\"format\": \"other\"}", QStringLiteral("en"), &error)
                .frameworks()
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_Governance::sampleControlsAtADate()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    const QList<ControlStatus> s = evaluateControls(*plan, QDate(2026, 12, 6));
    QCOMPARE(s.size(), plan->controls.size());
    QVERIFY(status(s, QStringLiteral("CTL-10"))->state == ControlState::Effective);
    QVERIFY(status(s, QStringLiteral("CTL-11"))->state == ControlState::Expired);
    for (const char *id : {"CTL-01", "CTL-03", "CTL-07", "CTL-08", "CTL-09"})
        QVERIFY2(status(s, QLatin1String(id))->state == ControlState::Ineffective, id);
    // Contacts: one person in a recovery role has not verified their details for long.
    const ControlStatus *contacts = status(s, QStringLiteral("CTL-07"));
    QCOMPARE(contacts->failing(), 1);
    QVERIFY(!item(*contacts, QStringLiteral("jonas-weber"))->holds);
    // Access reviews: the ledger's in October holds, the authorisation engine's in July does not.
    const ControlStatus *access = status(s, QStringLiteral("CTL-08"));
    QVERIFY(item(*access, QStringLiteral("app-ledger"))->holds);
    QVERIFY(item(*access, QStringLiteral("db-ledger"))->holds);
    QVERIFY(!item(*access, QStringLiteral("app-auth"))->holds);
    QVERIFY(item(*access, QStringLiteral("app-auth"))->why.contains(QLatin1String("2026-07-01")));
    // The failing items come first.
    QVERIFY(!access->items.constFirst().holds);
    QVERIFY(access->items.constLast().holds);
    // Post-mortems: the severity-1 incident without one fails.
    const ControlStatus *pm = status(s, QStringLiteral("CTL-06"));
    QVERIFY(!item(*pm, QStringLiteral("INC0015"))->holds);
    // Three months later the management review is still current, the access reviews of October
    // are not.
    const QList<ControlStatus> later = evaluateControls(*plan, QDate(2027, 3, 1));
    QVERIFY(status(later, QStringLiteral("CTL-10"))->state == ControlState::Effective);
    QVERIFY(!item(*status(later, QStringLiteral("CTL-08")), QStringLiteral("app-ledger"))->holds);
    // And a year after the review it has expired.
    QVERIFY(status(evaluateControls(*plan, QDate(2027, 7, 1)), QStringLiteral("CTL-10"))->state ==
            ControlState::Expired);
}

Plan tst_Governance::smallPlan()
{
    Plan plan = Plan::empty(QStringLiteral("Small"));
    Person p1;
    p1.id = QStringLiteral("p1");
    p1.name = QStringLiteral("Pat One");
    p1.verifiedOn = QStringLiteral("2026-06-01");
    Person p2;
    p2.id = QStringLiteral("p2");
    p2.name = QStringLiteral("Sam Two");
    plan.persons = {p1, p2};
    Role risk;
    risk.id = QStringLiteral("risk");
    risk.name = QStringLiteral("Risk owners");
    risk.members = {QStringLiteral("p2")};
    plan.roles = {risk};
    Process proc;
    proc.id = QStringLiteral("proc");
    proc.name = QStringLiteral("Take payments");
    proc.owner = QStringLiteral("p1");
    proc.tier = 0;
    proc.rtoHours = 2;
    proc.reviewedOn = QStringLiteral("2026-01-10");
    proc.reviewedBy = QStringLiteral("p1");
    plan.processes = {proc};
    for (const char *id : {"a", "b"}) {
        Service s;
        s.id = QLatin1String(id);
        s.name = QStringLiteral("Service %1").arg(QLatin1String(id));
        s.kind = ServiceKind::DataStore;
        s.owner = QStringLiteral("p1");
        s.tier = 0;
        s.rtoHours = 2;
        s.recoveryHours = 1;
        plan.services.append(s);
        plan.dependencies.append({QStringLiteral("proc"), s.id, Strength::Hard, {}});
    }
    Exercise e;
    e.id = QStringLiteral("ex1");
    e.title = QStringLiteral("Restore a");
    e.date = QStringLiteral("2026-03-01");
    e.type = ExerciseType::Simulation;
    e.services = {QStringLiteral("a")};
    e.declaredAt = QStringLiteral("2026-03-01T09:00:00Z");
    e.endedAt = QStringLiteral("2026-03-01T12:00:00Z");
    ExerciseResult r;
    r.service = QStringLiteral("a");
    r.measuredRtoHours = 1.5;
    e.results = {r};
    ActionItem late;
    late.id = QStringLiteral("act1");
    late.title = QStringLiteral("Fix the restore script");
    late.due = QStringLiteral("2026-05-01");
    e.actions = {late};
    plan.exercises = {e};
    plan.governancePolicy.riskOwnerRole = QStringLiteral("risk");
    return plan;
}

void tst_Governance::rulesOnASmallPlan()
{
    Plan plan = smallPlan();
    Control exercise;
    exercise.id = QStringLiteral("C1");
    exercise.title = QStringLiteral("Exercised");
    exercise.rule = ControlRule::ExerciseCoverage;
    exercise.maxTier = 0;
    exercise.months = 12;
    const QDate at(2026, 12, 6);
    ControlStatus s = evaluateControl(plan, exercise, at);
    QVERIFY(s.state == ControlState::Ineffective);
    QCOMPARE(s.items.size(), 3); // the process and both services
    QVERIFY(item(s, QStringLiteral("a"))->holds);
    QVERIFY(!item(s, QStringLiteral("b"))->holds);
    QVERIFY(!item(s, QStringLiteral("proc"))->holds);
    // Out of the look-back the exercise proves nothing.
    exercise.months = 6;
    QVERIFY(!item(evaluateControl(plan, exercise, at), QStringLiteral("a"))->holds);
    // No node of tier 0..T: nothing to prove it on.
    for (Service &svc : plan.services)
        svc.tier = 2;
    plan.processes.first().tier = 2;
    QVERIFY(evaluateControl(plan, exercise, at).state == ControlState::NoEvidence);
    plan = smallPlan();

    // Restores: a within its RTO of 2 h (1.5 h measured), b never measured.
    Control restore = exercise;
    restore.rule = ControlRule::RestoreTested;
    restore.months = 12;
    s = evaluateControl(plan, restore, at);
    QVERIFY(item(s, QStringLiteral("a"))->holds);
    QVERIFY(!item(s, QStringLiteral("b"))->holds);
    plan.exercises.first().results.first().measuredRtoHours = 2.5;
    QVERIFY(!item(evaluateControl(plan, restore, at), QStringLiteral("a"))->holds);
    plan = smallPlan();

    // Access reviews: within 92 days holds, 93 days ago does not.
    Control access = exercise;
    access.rule = ControlRule::AccessReview;
    AccessReview review;
    review.id = QStringLiteral("AR-1");
    review.node = QStringLiteral("a");
    review.reviewer = QStringLiteral("p1");
    review.reviewedOn = at.addDays(-92).toString(Qt::ISODate);
    plan.accessReviews = {review};
    QVERIFY(item(evaluateControl(plan, access, at), QStringLiteral("a"))->holds);
    plan.accessReviews.first().reviewedOn = at.addDays(-93).toString(Qt::ISODate);
    QVERIFY(!item(evaluateControl(plan, access, at), QStringLiteral("a"))->holds);
    // A review after the date asked about does not count.
    plan.accessReviews.first().reviewedOn = at.addDays(1).toString(Qt::ISODate);
    QVERIFY(item(evaluateControl(plan, access, at), QStringLiteral("a"))
                ->why.contains(QLatin1String("never")));

    // BIA: reviewed in January holds for twelve months, not when rated since.
    Control bia;
    bia.id = QStringLiteral("C2");
    bia.title = QStringLiteral("BIA");
    bia.rule = ControlRule::BiaCurrent;
    QVERIFY(evaluateControl(plan, bia, at).state == ControlState::Effective);
    plan.processes.first().biaChangedSinceReview = true;
    QVERIFY(evaluateControl(plan, bia, at).state == ControlState::Ineffective);
    QVERIFY(evaluateControl(plan, bia, QDate(2027, 2, 1)).state == ControlState::Ineffective);

    // Actions: open and due 2026-05-01, so overdue by far more than 30 days; a day-by-day edge.
    Control actions;
    actions.id = QStringLiteral("C3");
    actions.title = QStringLiteral("Actions");
    actions.rule = ControlRule::ActionsClosed;
    actions.days = 30;
    QVERIFY(evaluateControl(plan, actions, at).state == ControlState::Ineffective);
    QVERIFY(evaluateControl(plan, actions, QDate(2026, 5, 31)).state == ControlState::Effective);
    QVERIFY(evaluateControl(plan, actions, QDate(2026, 6, 1)).state == ControlState::Ineffective);

    // Contacts: p1 owns nothing recovered by a runbook here, so there is nothing to prove.
    Control contacts;
    contacts.id = QStringLiteral("C4");
    contacts.title = QStringLiteral("Contacts");
    contacts.rule = ControlRule::ContactsVerified;
    contacts.maxTier = 0;
    contacts.days = 180;
    QVERIFY(evaluateControl(plan, contacts, at).state == ControlState::NoEvidence);
    Runbook rb;
    rb.id = QStringLiteral("rb-a");
    rb.title = QStringLiteral("Restore a");
    rb.service = QStringLiteral("a");
    RunbookStep step;
    step.id = QStringLiteral("s1");
    step.title = QStringLiteral("Restore");
    step.owner = QStringLiteral("p1");
    rb.steps = {step};
    plan.runbooks = {rb};
    // p1 verified on 2026-06-01: 188 days before, beyond 180, within 200.
    s = evaluateControl(plan, contacts, at);
    QVERIFY(s.state == ControlState::Ineffective);
    QVERIFY(!item(s, QStringLiteral("p1"))->holds);
    contacts.days = 200;
    QVERIFY(evaluateControl(plan, contacts, at).state == ControlState::Effective);
}

void tst_Governance::manualEvidenceExpires()
{
    Plan plan = smallPlan();
    Control c;
    c.id = QStringLiteral("M1");
    c.title = QStringLiteral("Management review");
    c.rule = ControlRule::Manual;
    c.frequency = ControlFrequency::Quarterly;
    plan.controls = {c};
    const QDate at(2026, 12, 6);
    QVERIFY(evaluateControl(plan, c, at).state == ControlState::NoEvidence);
    EvidenceFile e;
    e.id = QStringLiteral("EV-1");
    e.control = c.id;
    e.path = QStringLiteral("minutes.pdf");
    e.sha256 = QString(64, QLatin1Char('a'));
    e.addedOn = at.addMonths(-3).addDays(1).toString(Qt::ISODate);
    plan.evidence = {e};
    QVERIFY(evaluateControl(plan, c, at).state == ControlState::Effective);
    plan.evidence.first().addedOn = at.addMonths(-3).toString(Qt::ISODate);
    QVERIFY(evaluateControl(plan, c, at).state == ControlState::Expired);
    // An expired control is a finding; a control exception accepts it while valid.
    std::vector<Finding> findings = controlFindings(plan, at);
    QCOMPARE(int(findings.size()), 1);
    QCOMPARE(findings.front().kind, QStringLiteral("control-expired"));
    RiskException x;
    x.id = QStringLiteral("EX-1");
    x.control = c.id;
    x.acceptedBy = QStringLiteral("p2");
    x.acceptedOn = at.addDays(-10).toString(Qt::ISODate);
    x.expires = at.addDays(20).toString(Qt::ISODate);
    x.reason = QStringLiteral("The review was moved to January.");
    plan.exceptions = {x};
    QCOMPARE(evaluateControl(plan, c, at).acceptedBy, QStringLiteral("EX-1"));
    applyExceptions(findings, plan, at);
    QCOMPARE(findings.front().acceptedBy, QStringLiteral("EX-1"));
    // Past its expiry the control counts again and an expired exception is named.
    const QDate after = at.addDays(20);
    std::vector<Finding> again = controlFindings(plan, after);
    applyExceptions(again, plan, after);
    QVERIFY(std::none_of(again.begin(), again.end(),
                         [](const Finding &f) { return !f.acceptedBy.isEmpty(); }));
    QVERIFY(std::any_of(again.begin(), again.end(), [](const Finding &f) {
        return f.kind == QLatin1String("exception-expired") && f.subject == QLatin1String("M1");
    }));
}

void tst_Governance::exceptionsAcceptFindingsUntilTheyExpire()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    auto findings = [] {
        Finding inversion;
        inversion.severity = Severity::Error;
        inversion.kind = QStringLiteral("rto-inversion");
        inversion.subject = QStringLiteral("db-fraud-features");
        inversion.message = QStringLiteral("RTO inversion");
        Finding breach = inversion;
        breach.kind = QStringLiteral("rto-breach");
        breach.subject = QStringLiteral("sup-cardnet");
        return std::vector<Finding>{inversion, breach};
    };
    // 6 December 2026: EX-1 accepts the inversion; EX-2 (the breach) expired in September.
    std::vector<Finding> now = findings();
    applyExceptions(now, *plan, QDate(2026, 12, 6));
    const auto inversion = std::find_if(now.begin(), now.end(), [](const Finding &f) {
        return f.kind == QLatin1String("rto-inversion");
    });
    QCOMPARE(inversion->acceptedBy, QStringLiteral("EX-1"));
    QCOMPARE(inversion->acceptedUntil, QStringLiteral("2027-05-01"));
    QVERIFY(hasUnacceptedErrors(now)); // the breach still counts
    QVERIFY(std::any_of(now.begin(), now.end(), [](const Finding &f) {
        return f.kind == QLatin1String("exception-expired") &&
               f.subject == QLatin1String("sup-cardnet") &&
               f.related.contains(QLatin1String("EX-2"));
    }));
    // Only the inversion: check would pass.
    std::vector<Finding> one{findings().front()};
    applyExceptions(one, *plan, QDate(2026, 12, 6));
    QVERIFY(!hasUnacceptedErrors(one));
    // On its expiry day it counts again, with an "exception expired" warning.
    std::vector<Finding> expired{findings().front()};
    applyExceptions(expired, *plan, QDate(2027, 5, 1));
    QVERIFY(hasUnacceptedErrors(expired));
    QVERIFY(std::any_of(expired.begin(), expired.end(), [](const Finding &f) {
        return f.kind == QLatin1String("exception-expired") && f.severity == Severity::Warning;
    }));
    // A finding that went away needs no warning.
    std::vector<Finding> none;
    applyExceptions(none, *plan, QDate(2027, 5, 1));
    QVERIFY(none.empty());
}

void tst_Governance::documentRefusesWhatIsWrong()
{
    QString error;
    auto doc = PlanDocument::create(m_dir.filePath(QStringLiteral("refuse.continuity")),
                                    smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    const QDate today = QDate::currentDate();
    RiskException x;
    x.id = QStringLiteral("EX-1");
    x.findingKind = QStringLiteral("spof");
    x.subject = QStringLiteral("a");
    x.acceptedBy = QStringLiteral("p2");
    x.acceptedOn = today.toString(Qt::ISODate);
    x.expires = today.addMonths(13).toString(Qt::ISODate);
    x.reason = QStringLiteral("Second replica next quarter.");
    QVERIFY(!doc->addException(x, &error));
    QVERIFY2(error.contains(QLatin1String("at most 12 month")), qPrintable(error));
    x.expires = today.addMonths(6).toString(Qt::ISODate);
    // Someone who neither owns the service nor holds the risk-owner role may not accept it.
    Plan plan = doc->plan();
    x.acceptedBy = QStringLiteral("nobody");
    QVERIFY(!doc->addException(x, &error));
    QVERIFY2(error.contains(QLatin1String("names no person")), qPrintable(error));
    doc->setGovernancePolicy({});
    x.acceptedBy = QStringLiteral("p2");
    QVERIFY(!doc->addException(x, &error));
    QVERIFY2(error.contains(QLatin1String("may not accept")), qPrintable(error));
    doc->undo(); // the risk-owner role again
    QCOMPARE(doc->plan().governancePolicy.riskOwnerRole, QStringLiteral("risk"));
    QVERIFY2(doc->addException(x, &error), qPrintable(error));
    // The owner of the service may accept too.
    x.id = QStringLiteral("EX-2");
    x.acceptedBy = QStringLiteral("p1");
    x.reason.clear();
    QVERIFY(!doc->addException(x, &error));
    QVERIFY2(error.contains(QLatin1String("reason")), qPrintable(error));
    x.reason = QStringLiteral("Owner accepts.");
    QVERIFY2(doc->addException(x, &error), qPrintable(error));
    QCOMPARE(doc->plan().exceptions.size(), 2);
    // Access reviews name a service of the plan, and remove no more accounts than reviewed.
    AccessReview r;
    r.id = QStringLiteral("AR-1");
    r.node = QStringLiteral("ghost");
    r.reviewer = QStringLiteral("p1");
    r.reviewedOn = today.toString(Qt::ISODate);
    QVERIFY(!doc->addAccessReview(r, &error));
    QVERIFY2(error.contains(QLatin1String("ghost")), qPrintable(error));
    r.node = QStringLiteral("a");
    r.accountsReviewed = 3;
    r.accountsRemoved = 4;
    QVERIFY(!doc->addAccessReview(r, &error));
    r.accountsRemoved = 1;
    QVERIFY2(doc->addAccessReview(r, &error), qPrintable(error));
    // Evidence names a control and carries a SHA-256.
    EvidenceFile e;
    e.id = QStringLiteral("EV-1");
    e.control = QStringLiteral("none");
    e.path = QStringLiteral("x.pdf");
    e.sha256 = QStringLiteral("abc");
    e.addedOn = today.toString(Qt::ISODate);
    QVERIFY(!doc->addEvidence(e, &error));
    QVERIFY2(error.contains(QLatin1String("SHA-256")) || error.contains(QLatin1String("sha256")),
             qPrintable(error));
    // Every accepted edit is on the audit trail.
    QList<Audit::Record> records;
    QVERIFY(Audit::list(doc->file()->database(), {}, &records, &error));
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const Audit::Record &rec) {
        return rec.objectKind == QLatin1String("exception") &&
               rec.objectId == QLatin1String("EX-2");
    }));
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const Audit::Record &rec) {
        return rec.objectKind == QLatin1String("accessReview");
    }));
}

void tst_Governance::controlsAreEditedWithUndo()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("controls.continuity"));
    {
        auto doc = PlanDocument::create(path, smallPlan(), &error);
        QVERIFY2(doc, qPrintable(error));
        Control c;
        c.id = doc->nextRecordId(QStringLiteral("CTL-"));
        QCOMPARE(c.id, QStringLiteral("CTL-1"));
        c.title = QStringLiteral("Exercises");
        c.rule = ControlRule::ExerciseCoverage;
        c.requirements = {QStringLiteral("iso22301:8.5"), QStringLiteral("iso22301:99.9")};
        QVERIFY(!doc->addControl(c, &error));
        QVERIFY2(error.contains(QLatin1String("iso22301:99.9")), qPrintable(error));
        c.requirements = {QStringLiteral("iso22301:8.5")};
        c.months = 0;
        QVERIFY(!doc->addControl(c, &error));
        c.months = 12;
        QVERIFY2(doc->addControl(c, &error), qPrintable(error));
        QCOMPARE(doc->nextRecordId(QStringLiteral("CTL-")), QStringLiteral("CTL-2"));
        Control changed = c;
        changed.title = QStringLiteral("DR exercises");
        QVERIFY(doc->changeControl(changed, QStringLiteral("Edit control"), &error));
        QCOMPARE(doc->control(c.id)->title, QStringLiteral("DR exercises"));
        doc->undo();
        QCOMPARE(doc->control(c.id)->title, QStringLiteral("Exercises"));
        doc->redo();
        QVERIFY(doc->removeControl(c.id, &error));
        QVERIFY(!doc->control(c.id));
        doc->undo();
        QCOMPARE(doc->control(c.id)->title, QStringLiteral("DR exercises"));
    }
    // Written through: the file holds it, requirements and all.
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->plan().controls.size(), 1);
    QCOMPARE(reopened->plan().controls.first().requirements,
             QStringList{QStringLiteral("iso22301:8.5")});
    QCOMPARE(reopened->plan().controls.first().title, QStringLiteral("DR exercises"));
    QCOMPARE(reopened->plan().governancePolicy.riskOwnerRole, QStringLiteral("risk"));
}

void tst_Governance::planJsonKeepsGovernance()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!plan->controls.isEmpty() && !plan->evidence.isEmpty() &&
            !plan->accessReviews.isEmpty() && !plan->exceptions.isEmpty());
    const QByteArray json = PlanJson::write(*plan);
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(json, &errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back->controls, plan->controls);
    QCOMPARE(back->evidence, plan->evidence);
    QCOMPARE(back->accessReviews, plan->accessReviews);
    QCOMPARE(back->exceptions, plan->exceptions);
    QVERIFY(back->governancePolicy == plan->governancePolicy);
    // Through a plan file and back.
    const QString path = m_dir.filePath(QStringLiteral("json.continuity"));
    auto doc = PlanDocument::create(path, *back, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(PlanJson::write(doc->plan()), json);
}

void tst_Governance::badGovernanceJsonIsNamed()
{
    QString error;
    const std::optional<Plan> plan = samplePlan(&error);
    QVERIFY2(plan, qPrintable(error));
    QJsonObject root = QJsonDocument::fromJson(PlanJson::write(*plan)).object();
    auto setIn = [&](const char *list, int index, const char *key, const QJsonValue &value) {
        QJsonArray array = root.value(QLatin1String(list)).toArray();
        QJsonObject o = array.at(index).toObject();
        o.insert(QLatin1String(key), value);
        array.replace(index, o);
        root.insert(QLatin1String(list), array);
    };
    setIn("controls", 0, "rule", QStringLiteral("hope"));
    setIn("evidence", 0, "sha256", QStringLiteral("not-a-hash"));
    setIn("exceptions", 0, "expires", QStringLiteral("2030-01-01"));
    setIn("accessReviews", 0, "accountsRemoved", -2);
    QStringList errors;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("controls[0].rule")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("evidence[0].sha256")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("exceptions[0].expires")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("accessReviews[0].accountsRemoved")), qPrintable(all));
}

void tst_Governance::cliControlsAndCheck()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("cli.continuity"));
    QVERIFY2(PlanDocument::create(path, *sample, &error), qPrintable(error));
    Result r = run({QStringLiteral("controls"), path, QStringLiteral("--at"),
                    QStringLiteral("2026-12-06"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("at")).toString(), QStringLiteral("2026-12-06"));
    const QJsonArray controls = o.value(QLatin1String("controls")).toArray();
    QCOMPARE(controls.size(), sample->controls.size());
    QJsonObject review;
    for (const QJsonValue &c : controls) {
        if (c[QLatin1String("id")].toString() == QLatin1String("CTL-10"))
            review = c.toObject();
    }
    QCOMPARE(review.value(QLatin1String("state")).toString(), QStringLiteral("effective"));
    QCOMPARE(review.value(QLatin1String("items")).toArray().first()[QLatin1String("id")].toString(),
             QStringLiteral("EV-1"));
    const QJsonArray requirements = o.value(QLatin1String("requirements")).toArray();
    int counted = 0;
    for (const Framework &f : Catalogue::shipped().frameworks())
        counted += int(f.requirements.size());
    QCOMPARE(requirements.size(), counted);
    for (const QJsonValue &req : requirements) {
        if (req[QLatin1String("id")].toString() == QLatin1String("iso22301:9.3"))
            QCOMPARE(req[QLatin1String("state")].toString(), QStringLiteral("effective"));
        if (req[QLatin1String("id")].toString() == QLatin1String("iso22301:8.2.3"))
            QVERIFY(req[QLatin1String("state")].isNull());
    }
    QCOMPARE(
        run({QStringLiteral("controls"), path, QStringLiteral("--at"), QStringLiteral("yesterday")})
            .code,
        2);

    // A plan with one error (a tier inversion on "b"): check fails until the risk is accepted,
    // and fails again once the acceptance has expired.
    Plan small = smallPlan();
    small.services[1].tier = 2;
    const QString smallPath = m_dir.filePath(QStringLiteral("check.continuity"));
    auto doc = PlanDocument::create(smallPath, small, &error);
    QVERIFY2(doc, qPrintable(error));
    r = run({QStringLiteral("check"), smallPath, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("\"tier-inversion\"")), qPrintable(r.out));
    const QDate today = QDate::currentDate();
    RiskException x;
    x.id = QStringLiteral("EX-1");
    x.findingKind = QStringLiteral("tier-inversion");
    x.subject = QStringLiteral("b");
    x.acceptedBy = QStringLiteral("p1"); // owns the service
    x.acceptedOn = today.addDays(-1).toString(Qt::ISODate);
    x.expires = today.addMonths(3).toString(Qt::ISODate);
    x.reason = QStringLiteral("b is raised to tier 0 with the next release.");
    x.compensatingControl = QStringLiteral("Hourly snapshot of b.");
    QVERIFY2(doc->addException(x, &error), qPrintable(error));
    r = run({QStringLiteral("check"), smallPath, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("\"acceptedBy\": \"EX-1\"")), qPrintable(r.out));
    r = run({QStringLiteral("check"), smallPath});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("EX-1")), qPrintable(r.out));
    RiskException old = x;
    old.acceptedOn = today.addMonths(-6).toString(Qt::ISODate);
    old.expires = today.toString(Qt::ISODate);
    QVERIFY2(doc->changeException(old, QStringLiteral("Let it expire"), &error), qPrintable(error));
    r = run({QStringLiteral("check"), smallPath, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("\"exception-expired\"")), qPrintable(r.out));
}

void tst_Governance::controlStatusReport()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("report.continuity"));
    QVERIFY2(PlanDocument::create(path, *sample, &error), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("controls.pdf"));
    const Result r =
        run({QStringLiteral("report"), QStringLiteral("controls"), path, QStringLiteral("--at"),
             QStringLiteral("2026-12-06"), QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("11 controls")), qPrintable(r.out));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("controls"), path,
                  QStringLiteral("--at"), QStringLiteral("06.12.2026"), QStringLiteral("-o"), pdf})
                 .code,
             2);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is installed by scripts/install-deps.sh");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *expected :
         {"Control status", "Status on 6 Dec 2026", "CTL-01", "CTL-11", "Effective", "Ineffective",
          "Expired", "No control", "ISO 22301:2019", "Accepted risks", "EX-1", "EX-2", "(expired)",
          "Access reviews", "Ledger service",
          // Dates in the items print the report's way, not as the rules write them.
          "since 7 Dec 2025"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(!text.contains(QLatin1String("2025-12-07")));
    // The audit head in the footer, as --verify prints it.
    const Result verified = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    const QString head =
        verified.out.section(QStringLiteral("head "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!head.isEmpty() && text.contains(head), qPrintable(head));
}

void tst_Governance::findingsReportPutsAcceptedRisksApart()
{
    Plan small = smallPlan();
    small.services[1].tier = 2; // a tier inversion on b
    const QDate today = QDate::currentDate();
    RiskException x;
    x.id = QStringLiteral("EX-7");
    x.findingKind = QStringLiteral("tier-inversion");
    x.subject = QStringLiteral("b");
    x.acceptedBy = QStringLiteral("p1");
    x.acceptedOn = today.addDays(-3).toString(Qt::ISODate);
    x.expires = today.addMonths(2).toString(Qt::ISODate);
    x.reason = QStringLiteral("Raised with the next release.");
    small.exceptions = {x};
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("findings.continuity"));
    QVERIFY2(PlanDocument::create(path, small, &error), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    const Result r = run(
        {QStringLiteral("report"), QStringLiteral("findings"), path, QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QLatin1String("Accepted risks (1)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("EX-7")));
    // Not among the errors: the one error of the plan is the accepted one.
    QVERIFY2(!text.contains(QLatin1String("Errors (")), qPrintable(text));
}

void tst_Governance::executiveFiguresAndReport()
{
    // The small plan: a tier-0 process needing two tier-0 data stores, each alone a SPOF of it;
    // one action due in May and still open.
    Plan small = smallPlan();
    ExecutiveFigures f = executiveFigures(small, QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto share = [&](const char *key) {
        for (const ExecutiveFigures::Share &s : f.shares) {
            if (s.key == QLatin1String(key))
                return s;
        }
        return ExecutiveFigures::Share{};
    };
    QVERIFY(!share("slos-met").percent); // no SLO: not measured, not counted
    QCOMPARE(share("runbooks").whole, 2);
    QCOMPARE(share("runbooks").part, 0);
    // Targets: the process and both services; only the process has a SPOF (either service).
    QCOMPARE(share("no-spof").whole, 3);
    QCOMPARE(share("no-spof").part, 2);
    QCOMPARE(share("actions-on-time").whole, 1);
    QCOMPARE(share("actions-on-time").part, 0);
    QCOMPARE(f.exercisesDone, 1);
    // Both services are SPOFs of the tier-0 process: the first risks say so in words.
    QVERIFY(!f.risks.isEmpty());
    QVERIFY2(f.risks.first().contains(QLatin1String("Take payments")), qPrintable(f.risks.first()));
    // The score is the mean of the shares measured.
    double sum = 0;
    int n = 0;
    for (const ExecutiveFigures::Share &s : f.shares) {
        if (s.percent) {
            sum += *s.percent;
            ++n;
        }
    }
    QVERIFY(f.score);
    QCOMPARE(*f.score, sum / n);
    // An approved runbook for a, the action closed on time: the shares move.
    Runbook rb;
    rb.id = QStringLiteral("rb-a");
    rb.title = QStringLiteral("Restore a");
    rb.service = QStringLiteral("a");
    rb.status = RunbookStatus::Approved;
    small.runbooks = {rb};
    small.exercises.first().actions.first().status = ActionStatus::Done;
    small.exercises.first().actions.first().closed = QStringLiteral("2026-04-20");
    f = executiveFigures(small, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(share("runbooks").part, 1);
    QCOMPARE(share("actions-on-time").part, 1);
    QCOMPARE(*share("actions-on-time").percent, 100.0);

    // The sample, as the board would get it.
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    f = executiveFigures(*sample, QDate(2025, 12, 7), QDate(2026, 12, 6));
    QVERIFY(f.incidents > 0);
    QVERIFY(!f.slos.isEmpty());
    QVERIFY(std::any_of(f.slos.cbegin(), f.slos.cend(),
                        [](const ExecutiveFigures::Slo &s) { return !s.met; }));
    QCOMPARE(f.risks.size(), 5);
    QVERIFY(f.changesClosed > 0);
    const QString path = m_dir.filePath(QStringLiteral("executive.continuity"));
    QVERIFY2(PlanDocument::create(path, *sample, &error), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("executive.pdf"));
    const Result r =
        run({QStringLiteral("report"), QStringLiteral("executive"), path, QStringLiteral("--from"),
             QStringLiteral("2025-12-07"), QStringLiteral("--to"), QStringLiteral("2026-12-06"),
             QStringLiteral("-o"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("executive"), path,
                  QStringLiteral("--from"), QStringLiteral("2026-12-06"), QStringLiteral("--to"),
                  QStringLiteral("2026-01-01"), QStringLiteral("-o"), pdf})
                 .code,
             2);
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("Resilience score"), QStringLiteral("The five biggest risks"),
          shareTitle(QStringLiteral("slos-met")), shareTitle(QStringLiteral("tested")),
          shareTitle(QStringLiteral("no-spof")), QStringLiteral("MISSED"),
          QStringLiteral("Time to restore"), QStringLiteral("RTO gaps measured")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY2(text.contains(QStringLiteral("%1 out of 100").arg(qRound(*f.score))),
             qPrintable(text.left(2000)));
}

void tst_Governance::evidencePackVerifiesAndNamesTampering()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("pack.continuity"));
    {
        auto doc = PlanDocument::create(path, *sample, &error);
        QVERIFY2(doc, qPrintable(error));
        // A file attached as evidence, beside the plan, as the window attaches it.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("minutes")));
        const QString minutes = m_dir.filePath(QStringLiteral("minutes/review <2026>.txt"));
        QFile f(minutes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Management review, 1 December 2026: continuity programme reviewed.\n");
        f.close();
        EvidenceFile e;
        e.id = doc->nextRecordId(QStringLiteral("EV-"));
        e.control = QStringLiteral("CTL-10");
        e.path = QStringLiteral("minutes/review <2026>.txt");
        QFile again(minutes);
        QVERIFY(again.open(QIODevice::ReadOnly));
        e.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256).toHex());
        e.addedOn = QStringLiteral("2026-12-01");
        QVERIFY2(doc->addEvidence(e, &error), qPrintable(error));
    }
    const QString pack = m_dir.filePath(QStringLiteral("pack.zip"));
    Result r = run({QStringLiteral("evidence"), path, QStringLiteral("--from"),
                    QStringLiteral("2025-12-07"), QStringLiteral("--to"),
                    QStringLiteral("2026-12-06"), QStringLiteral("-o"), pack});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The sample's own evidence files are not on this disk: named, not packed.
    QVERIFY2(r.out.contains(QLatin1String("EV-1")) && r.out.contains(QLatin1String("not found")),
             qPrintable(r.out));
    r = run({QStringLiteral("evidence"), QStringLiteral("--verify"), pack});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2025-12-07 to 2026-12-06")), qPrintable(r.out));

    // What is inside, read with another tool (Python's zipfile).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is installed by scripts/install-deps.sh");
    QProcess list;
    list.start(python, {QStringLiteral("-c"),
                        QStringLiteral("import json,sys,zipfile\n"
                                       "z=zipfile.ZipFile(sys.argv[1])\n"
                                       "m=json.loads(z.read('manifest.json'))\n"
                                       "print(m['auditHead']['text'])\n"
                                       "for f in m['files']: print(f['path'])\n"),
                        pack});
    QVERIFY(list.waitForFinished(60000));
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    for (const char *expected :
         {"reports/control-status.pdf", "reports/bia-report.pdf",
          "reports/business-continuity-plan.pdf", "runbooks/", "exercises/", "postmortems/",
          "extracts/changes.csv", "extracts/incidents.csv", "extracts/audit-trail.csv",
          "extracts/findings.csv", "extracts/controls.json", "evidence/EV-3-review__2026_.txt"})
        QVERIFY2(listed.contains(QLatin1String(expected)),
                 qPrintable(QLatin1String(expected) + listed));
    const Result verified = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    const QString head =
        verified.out.section(QStringLiteral("head "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!head.isEmpty() && listed.startsWith(head), qPrintable(listed.left(200)));

    // One byte changed in one file: named.
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
    QProcess tamper;
    tamper.start(python,
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys,zipfile\n"
                                 "src=zipfile.ZipFile(sys.argv[1])\n"
                                 "out=zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED)\n"
                                 "for i in src.infolist():\n"
                                 "  data=bytearray(src.read(i.filename))\n"
                                 "  if i.filename=='extracts/incidents.csv': data[10]^=1\n"
                                 "  out.writestr(i.filename,bytes(data))\n"
                                 "out.writestr('extracts/extra.csv','x')\n"
                                 "out.close()\n"),
                  pack, tampered});
    QVERIFY(tamper.waitForFinished(60000));
    QCOMPARE(tamper.exitCode(), 0);
    r = run({QStringLiteral("evidence"), QStringLiteral("--verify"), tampered});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("extracts/incidents.csv: its SHA-256 does not match")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("extracts/extra.csv: in the pack but not in the "
                                          "manifest")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("bia-report.pdf")));
    // Not a pack at all.
    r = run({QStringLiteral("evidence"), QStringLiteral("--verify"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a ZIP archive")), qPrintable(r.err));
    // Bad arguments change nothing.
    QCOMPARE(run({QStringLiteral("evidence"), path, QStringLiteral("--from"),
                  QStringLiteral("2026-12-06"), QStringLiteral("--to"),
                  QStringLiteral("2026-01-01"), QStringLiteral("-o"), pack})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("evidence"), QStringLiteral("--verify"), pack}).code, 0);
}

QTEST_MAIN(tst_Governance)
#include "tst_governance.moc"
