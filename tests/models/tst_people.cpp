// SPDX-License-Identifier: GPL-3.0-or-later
// People in a plan (docs/people.md): the plan file and plan JSON keep every field, each edit is
// one undo step written through, what names a person keeps them from being removed, hostile
// rows are refused, old owners link to people by name, the sample plan has its people, and
// continuity-cli answers oncall and calltree in the shapes of the specification.
#include "TestSupport.h"

#include "analysis/Drill.h"
#include "analysis/OnCall.h"
#include "analysis/PeopleFindings.h"
#include "analysis/Recovery.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "rules/PlanRules.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_People : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldSurvivesFileAndJson();
    void editsAreUndoableAndWrittenThrough();
    void namedPeopleAreNotRemoved();
    void refusedEdits();
    void hostileRowsAreRefused_data();
    void hostileRowsAreRefused();
    void ownersLinkByNameOnImport();
    void sampleHasItsPeople();
    void cliOnCallAndCallTree();
    void findingsAboutPeople();
    void mobilisationDelaysRecovery();
    void callTreeDrill();
    void drillsAreCheckedAndKept();
    void peoplePolicyIsKeptCheckedAndUsed();

private:
    QTemporaryDir m_dir;
};

namespace {

// People using every field: phones of several kinds, a deputy, a rota with overrides, an
// escalation policy, a call tree with a fallback.
Plan peoplePlan()
{
    Plan plan = TestSupport::smallPlan();
    Person anna;
    anna.id = QStringLiteral("anna");
    anna.name = QStringLiteral("Anna Schmidt");
    anna.title = QStringLiteral("Head of IT");
    anna.organisation = QStringLiteral("Northwind");
    anna.email = QStringLiteral("anna@example.com");
    anna.phones = {{PhoneKind::Mobile, QStringLiteral("+49 151 5550 0101")},
                   {PhoneKind::Satellite, QStringLiteral("+881 631 555 017")}};
    anna.timeZone = QStringLiteral("Europe/Berlin");
    anna.deputy = QStringLiteral("ben");
    anna.verifiedOn = QStringLiteral("2026-10-01");
    anna.notes = QStringLiteral("Prefers SMS; \"quotes\" and ümlauts");
    Person ben;
    ben.id = QStringLiteral("ben");
    ben.name = QStringLiteral("Ben Okafor");
    ben.phones = {{PhoneKind::Office, QStringLiteral("+44 20 7946 0000")}};
    plan.persons = {anna, ben};
    Role role;
    role.id = QStringLiteral("it-on-call");
    role.name = QStringLiteral("IT on call");
    role.members = {QStringLiteral("anna"), QStringLiteral("ben")};
    role.mobilisationHours = 0.75;
    Rota rota;
    rota.start = QStringLiteral("2026-01-05T09:00");
    rota.timeZone = QStringLiteral("Europe/Berlin");
    rota.shiftDays = 7;
    rota.order = {QStringLiteral("ben"), QStringLiteral("anna")};
    rota.overrides = {{QStringLiteral("2026-12-24T00:00:00+01:00"),
                       QStringLiteral("2026-12-27T00:00:00+01:00"), QStringLiteral("anna")}};
    role.rota = rota;
    role.escalation = EscalationPolicy{{{0, {QStringLiteral("it-on-call")}},
                                        {15, {QStringLiteral("anna"), QStringLiteral("ben")}}},
                                       2};
    Role empty;
    empty.id = QStringLiteral("facilities");
    empty.name = QStringLiteral("Facilities");
    plan.roles = {empty, role}; // in id order, as plan JSON writes them
    CallTree tree;
    tree.id = QStringLiteral("crisis");
    tree.name = QStringLiteral("Crisis call-out");
    tree.minutesPerCall = 3;
    tree.targetMinutes = 20;
    tree.root = {
        QStringLiteral("it-on-call"),
        QString(),
        {{QStringLiteral("anna"), QStringLiteral("ben"), {{QStringLiteral("ben"), {}, {}}}},
         {QStringLiteral("facilities"), {}, {}}}};
    CallTree plain;
    plain.id = QStringLiteral("plain");
    plain.name = QStringLiteral("Defaults");
    plain.root.contact = QStringLiteral("ben");
    plan.callTrees = {tree, plain};
    return plan;
}

} // namespace

void tst_People::everyFieldSurvivesFileAndJson()
{
    const Plan plan = peoplePlan();
    QVERIFY(Rules::checkPlan(plan).isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("fields.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, plan, &error), qPrintable(error));
    const Plan reread = TestSupport::loadPlanFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reread.persons, plan.persons);
    QCOMPARE(reread.roles, plan.roles);
    QCOMPARE(reread.callTrees, plan.callTrees);

    const QByteArray json = PlanJson::write(plan);
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(json, &errors);
    QVERIFY2(back, qPrintable(errors.join(u'\n')));
    QCOMPARE(back->persons, plan.persons);
    QCOMPARE(back->roles, plan.roles);
    QCOMPARE(back->callTrees, plan.callTrees);
    QCOMPARE(PlanJson::write(*back), json);
    // The shapes docs/plan-format.md documents.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject role = root.value(u"roles").toArray().at(1).toObject();
    QCOMPARE(role.value(u"rota").toObject().value(u"shiftDays").toInt(), 7);
    QCOMPARE(role.value(u"escalation").toObject().value(u"repeat").toInt(), 2);
    const QJsonObject tree = root.value(u"callTrees").toArray().at(0).toObject();
    QCOMPARE(tree.value(u"root").toObject().value(u"contact").toString(),
             QStringLiteral("it-on-call"));
    QVERIFY(root.value(u"callTrees").toArray().at(1).toObject().value(u"minutesPerCall").isNull());
}

void tst_People::editsAreUndoableAndWrittenThrough()
{
    const QString path = m_dir.filePath(QStringLiteral("edits.continuity"));
    QString error;
    auto doc = PlanDocument::create(path, TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    Plan people = peoplePlan();
    for (const Person &p : std::as_const(people.persons)) {
        Person first = p;
        first.deputy.clear(); // ben comes second
        QVERIFY2(doc->addPerson(first, &error), qPrintable(error));
    }
    QVERIFY2(doc->changePerson(people.persons.first(), &error), qPrintable(error));
    for (const Role &r : std::as_const(people.roles))
        QVERIFY2(doc->addRole(r, &error), qPrintable(error));
    for (const CallTree &t : std::as_const(people.callTrees))
        QVERIFY2(doc->addCallTree(t, &error), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 7);
    QCOMPARE(doc->undoStack()->text(2), QStringLiteral("Edit person \"Anna Schmidt\""));
    QCOMPARE(doc->plan().persons, people.persons);
    QCOMPARE(TestSupport::loadPlanFile(path).roles, people.roles);

    Role changed = people.roles.last();
    changed.members.removeLast();
    changed.mobilisationHours = 2;
    QVERIFY2(doc->changeRole(changed, &error), qPrintable(error));
    CallTree tree = people.callTrees.first();
    tree.root.children.removeLast();
    QVERIFY2(doc->changeCallTree(tree, &error), qPrintable(error));
    QVERIFY2(doc->removeCallTree(QStringLiteral("plain"), &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(path).callTrees, QList<CallTree>{tree});
    QCOMPARE(TestSupport::loadPlanFile(path).roles.last(), changed);

    // Undo all the way back, then redo all of it; each state is the file's.
    while (doc->undoStack()->canUndo())
        doc->undo();
    QVERIFY(doc->plan().persons.isEmpty());
    QVERIFY(TestSupport::loadPlanFile(path).roles.isEmpty());
    while (doc->undoStack()->canRedo())
        doc->redo();
    QCOMPARE(doc->plan().callTrees, QList<CallTree>{tree});
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->plan().persons, people.persons);
    QCOMPARE(reopened->plan().roles.last(), changed);
    QCOMPARE(reopened->contactName(QStringLiteral("it-on-call")), QStringLiteral("IT on call"));
    QCOMPARE(reopened->contactName(QStringLiteral("Free text")), QStringLiteral("Free text"));
}

void tst_People::namedPeopleAreNotRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("named.continuity"));
    QString error;
    Plan plan = peoplePlan();
    plan.processes.first().owner = QStringLiteral("ben");
    auto doc = PlanDocument::create(path, plan, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->removePerson(QStringLiteral("ben"), &error));
    QVERIFY2(error.contains(QStringLiteral("Ben Okafor")) &&
                 error.contains(QStringLiteral("IT on call")) &&
                 error.contains(plan.processes.first().name),
             qPrintable(error));
    QVERIFY(!doc->removeRole(QStringLiteral("it-on-call"), &error)); // in a call tree
    QVERIFY2(doc->removeRole(QStringLiteral("facilities"), &error) == false, "in a call tree");
    QVERIFY2(doc->removeCallTree(QStringLiteral("crisis"), &error), qPrintable(error));
    QVERIFY2(doc->removeRole(QStringLiteral("facilities"), &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(path).roles.size(), 1);
    QCOMPARE(doc->plan().persons.size(), 2);

    // A role's team is named by id: removing the team's node leaves the role naming nothing,
    // and the plan still opens, exports and re-imports.
    Role staffed = doc->plan().roles.first();
    staffed.team = doc->plan().services.first().id;
    QVERIFY2(doc->changeRole(staffed, &error), qPrintable(error));
    QVERIFY2(doc->removeNode(staffed.team, &error), qPrintable(error));
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QStringList errors;
    QVERIFY2(PlanJson::read(PlanJson::write(reopened->plan()), &errors),
             qPrintable(errors.join(u'\n')));
}

void tst_People::refusedEdits()
{
    const QString path = m_dir.filePath(QStringLiteral("refused.continuity"));
    QString error;
    auto doc = PlanDocument::create(path, peoplePlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    const int steps = doc->undoStack()->count();
    Person dup = doc->plan().persons.first();
    QVERIFY(!doc->addPerson(dup, &error));
    QVERIFY2(error.contains(QStringLiteral("already used")), qPrintable(error));
    Person role = dup;
    role.id = QStringLiteral("it-on-call"); // a role's id
    QVERIFY(!doc->addPerson(role, &error));
    Person phone = dup;
    phone.id = QStringLiteral("new");
    phone.phones = {{PhoneKind::Mobile, QStringLiteral("ring ring")}};
    QVERIFY(!doc->addPerson(phone, &error));
    QVERIFY2(error.contains(QStringLiteral("phone")), qPrintable(error));
    Role r = doc->plan().roles.last();
    r.members.append(QStringLiteral("ghost"));
    QVERIFY(!doc->changeRole(r, &error));
    QVERIFY2(error.contains(QStringLiteral("ghost")), qPrintable(error));
    r = doc->plan().roles.last();
    r.team = QStringLiteral("no-such-node");
    QVERIFY(!doc->changeRole(r, &error));
    CallTree t = doc->plan().callTrees.first();
    t.minutesPerCall = 0;
    QVERIFY(!doc->changeCallTree(t, &error));
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(TestSupport::loadPlanFile(path).persons, doc->plan().persons);
}

void tst_People::hostileRowsAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named");
    QTest::newRow("phone kind") << "UPDATE person_phones SET kind = 'pager'"
                                << "person_phones";
    QTest::newRow("bad phone") << "UPDATE person_phones SET number = 'x'"
                               << "number";
    QTest::newRow("member nobody")
        << "UPDATE role_people SET person = 'ghost' WHERE list = 'members'"
        << "ghost";
    QTest::newRow("rota order without rota")
        << "UPDATE roles SET rota_start = NULL, rota_time_zone = NULL, rota_shift_days = NULL"
        << "rota";
    QTest::newRow("shift days huge")
        << "UPDATE roles SET rota_shift_days = 99999999999 WHERE rota_start IS NOT NULL"
        << "shiftDays";
    QTest::newRow("time zone")
        << "UPDATE roles SET rota_time_zone = '../../etc/passwd' WHERE rota_start IS NOT NULL"
        << "timeZone";
    QTest::newRow("escalation gap") << "UPDATE escalation_levels SET level = 5 WHERE level = 1"
                                    << "escalation";
    QTest::newRow("tree cycle") << "UPDATE call_tree_nodes SET parent = 2 WHERE position = 1"
                                << "call_tree_nodes";
    QTest::newRow("tree two roots") << "UPDATE call_tree_nodes SET parent = NULL WHERE position = 1"
                                    << "call_tree_nodes";
    QTest::newRow("tree without root") << "DELETE FROM call_tree_nodes WHERE position = 0"
                                       << "call_tree_nodes";
    QTest::newRow("override reversed") << "UPDATE rota_overrides SET ends = '2020-01-01T00:00:00Z'"
                                       << "overrides";
}

void tst_People::hostileRowsAreRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("hostile-%1.continuity")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, peoplePlan(), &error), qPrintable(error));
    QVERIFY2(TestSupport::writeUnchecked(path, statement, &error) > 0, qPrintable(error));
    auto doc = PlanDocument::open(path, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(named), qPrintable(error));
}

void tst_People::ownersLinkByNameOnImport()
{
    Plan plan = peoplePlan();
    plan.processes.first().owner = QStringLiteral("Anna Schmidt");
    plan.services[0].owner = QStringLiteral("IT on call");
    plan.services[1].owner = QStringLiteral("Someone Else");
    const QString linked = plan.services[0].id;
    const QString kept = plan.services[1].id;
    QStringList errors;
    const std::optional<Plan> read = PlanJson::read(PlanJson::write(plan), &errors);
    QVERIFY2(read, qPrintable(errors.join(u'\n')));
    QCOMPARE(read->processes.first().owner, QStringLiteral("anna"));
    for (const Service &s : read->services) {
        if (s.id == linked)
            QCOMPARE(s.owner, QStringLiteral("it-on-call"));
        if (s.id == kept)
            QCOMPARE(s.owner, QStringLiteral("Someone Else"));
    }
    QCOMPARE(Contacts::displayName(*read, QStringLiteral("anna")), QStringLiteral("Anna Schmidt"));
    // A name two contacts share links to neither.
    plan.persons[1].name = QStringLiteral("Anna Schmidt");
    Plan copy = plan;
    QCOMPARE(Contacts::linkOwnersByName(copy), 1); // only the role's name
    QCOMPARE(copy.processes.first().owner, QStringLiteral("Anna Schmidt"));
}

void tst_People::sampleHasItsPeople()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    QVERIFY(sample->persons.size() >= 12);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9 ]{6,20}$"));
    for (const Person &p : sample->persons) {
        QVERIFY2(!p.phones.isEmpty(), qPrintable(p.id));
        for (const Phone &phone : p.phones)
            QVERIFY2(e164.match(phone.number).hasMatch(), qPrintable(phone.number));
    }
    int withAlternates = 0;
    int withRota = 0;
    int withEscalation = 0;
    for (const Role &r : sample->roles) {
        withAlternates += r.members.size() >= 2;
        withRota += r.rota.has_value();
        withEscalation += r.escalation.has_value();
    }
    QVERIFY(withAlternates >= 5);
    QVERIFY(withRota >= 3);
    QVERIFY(withEscalation >= 2);
    QVERIFY(std::any_of(sample->persons.cbegin(), sample->persons.cend(),
                        [](const Person &p) { return !p.deputy.isEmpty(); }));
    QCOMPARE(sample->callTrees.size(), 2);
    // Every runbook step owner names a role of the plan.
    for (const Runbook &r : sample->runbooks) {
        for (const RunbookStep &s : r.steps)
            QVERIFY2(s.owner.isEmpty() || Contacts::role(*sample, s.owner), qPrintable(s.owner));
    }
}

void tst_People::cliOnCallAndCallTree()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, peoplePlan(), &error), qPrintable(error));
    auto run = [](const QStringList &args, int *code) {
        QProcess p;
        p.start(QStringLiteral(CONTINUITY_CLI), args);
        p.waitForFinished(30000);
        *code = p.exitCode();
        return p.readAllStandardOutput();
    };
    int code = -1;
    QJsonObject o = QJsonDocument::fromJson(
                        run({QStringLiteral("oncall"), path, QStringLiteral("--role"),
                             QStringLiteral("it-on-call"), QStringLiteral("--at"),
                             QStringLiteral("2026-12-25T12:00:00+01:00"), QStringLiteral("--json")},
                            &code))
                        .object();
    QCOMPARE(code, 0);
    QCOMPARE(o.keys(), QStringList({QStringLiteral("at"), QStringLiteral("override"),
                                    QStringLiteral("person"), QStringLiteral("role"),
                                    QStringLiteral("until")}));
    QCOMPARE(o.value(u"role").toString(), QStringLiteral("it-on-call"));
    QCOMPARE(o.value(u"at").toString(), QStringLiteral("2026-12-25T11:00:00Z"));
    QCOMPARE(o.value(u"person").toString(), QStringLiteral("anna"));
    QCOMPARE(o.value(u"override").toBool(), true);
    QCOMPARE(o.value(u"until").toString(), QStringLiteral("2026-12-26T23:00:00Z"));
    // Before the rota starts: nobody, until the start.
    o = QJsonDocument::fromJson(
            run({QStringLiteral("oncall"), path, QStringLiteral("--role"),
                 QStringLiteral("it-on-call"), QStringLiteral("--at"),
                 QStringLiteral("2025-12-01T00:00:00Z"), QStringLiteral("--json")},
                &code))
            .object();
    QVERIFY(o.value(u"person").isNull());
    QCOMPARE(o.value(u"until").toString(), QStringLiteral("2026-01-05T08:00:00Z"));
    run({QStringLiteral("oncall"), path, QStringLiteral("--role"), QStringLiteral("ghost")}, &code);
    QCOMPARE(code, 2);
    run({QStringLiteral("oncall"), path, QStringLiteral("--role"), QStringLiteral("it-on-call"),
         QStringLiteral("--at"), QStringLiteral("soon")},
        &code);
    QCOMPARE(code, 2);

    o = QJsonDocument::fromJson(
            run({QStringLiteral("calltree"), path, QStringLiteral("--id"), QStringLiteral("crisis"),
                 QStringLiteral("--at"), QStringLiteral("2026-01-06T12:00:00Z"),
                 QStringLiteral("--json")},
                &code))
            .object();
    QCOMPARE(code, 0);
    QCOMPARE(o.value(u"id").toString(), QStringLiteral("crisis"));
    QCOMPARE(o.value(u"targetMinutes").toDouble(), 20.0);
    QCOMPARE(o.value(u"completionMinutes").toDouble(), 6.0);
    const QJsonArray nodes = o.value(u"nodes").toArray();
    QCOMPARE(nodes.size(), 4);
    // The role at the root is its on-call person then (ben, the rota's first).
    QCOMPARE(nodes.at(0).toObject().value(u"role").toString(), QStringLiteral("it-on-call"));
    QCOMPARE(nodes.at(0).toObject().value(u"person").toString(), QStringLiteral("ben"));
    QCOMPARE(nodes.at(1).toObject().value(u"reachMinutes").toDouble(), 3.0);
    QCOMPARE(nodes.at(2).toObject().value(u"reachMinutes").toDouble(), 6.0);
    QCOMPARE(nodes.at(3).toObject().value(u"reachMinutes").toDouble(), 6.0);
    // A role without members answers nobody.
    QVERIFY(nodes.at(3).toObject().value(u"person").isNull());
}

void tst_People::findingsAboutPeople()
{
    Plan plan = peoplePlan();
    // Steps of a runbook for a tier-0 service: one owned by a person without a phone, one by a
    // role with a single member, one by a role with none, one by free text.
    Service &critical = plan.services.first();
    critical.tier = 0;
    Person silent;
    silent.id = QStringLiteral("silent");
    silent.name = QStringLiteral("Sam Silent");
    silent.verifiedOn = QStringLiteral("2026-11-01");
    plan.persons.append(silent);
    Role solo;
    solo.id = QStringLiteral("solo");
    solo.name = QStringLiteral("Solo");
    solo.members = {QStringLiteral("ben")};
    Role solo2 = solo;
    solo2.id = QStringLiteral("solo-2");
    solo2.name = QStringLiteral("Solo two");
    plan.roles.append(solo);
    plan.roles.append(solo2);
    Runbook r;
    r.id = QStringLiteral("rb");
    r.title = QStringLiteral("Recover");
    r.service = critical.id;
    for (const char *owner : {"silent", "solo", "solo-2", "facilities", "Night shift"}) {
        RunbookStep step;
        step.id = QStringLiteral("s%1").arg(r.steps.size());
        step.title = QStringLiteral("Step");
        step.owner = QLatin1String(owner);
        r.steps.append(step);
    }
    plan.runbooks = {r};
    // A call tree slower than its target.
    plan.callTrees[0].targetMinutes = 5;
    const QList<FieldProblem> problems = Rules::checkPlan(plan);
    QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(QStringLiteral("plan"), problems)));
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    std::vector<bool> criticalNodes(std::size_t(graph.nodeCount()), false);
    criticalNodes[std::size_t(graph.indexOf(critical.id))] = true;
    QMap<QString, QStringList> byKind;
    for (const Finding &f : peopleFindings(plan, graph, criticalNodes, QDate(2026, 12, 5)))
        byKind[f.kind].append(f.subject);
    QCOMPARE(byKind.value(QStringLiteral("owner-without-phone")),
             QStringList{QStringLiteral("silent")});
    QCOMPARE(byKind.value(QStringLiteral("role-without-members")),
             QStringList{QStringLiteral("facilities")});
    QCOMPARE(byKind.value(QStringLiteral("people-single-point-of-failure")),
             QStringList({QStringLiteral("solo"), QStringLiteral("solo-2")}));
    QCOMPARE(byKind.value(QStringLiteral("sole-member-of-critical-roles")),
             QStringList{QStringLiteral("ben")});
    // Ben never confirmed; Anna did on 2026-10-01 (65 days before); Sam recently.
    QCOMPARE(byKind.value(QStringLiteral("contact-not-verified")),
             QStringList{QStringLiteral("ben")});
    QCOMPARE(byKind.value(QStringLiteral("call-tree-over-target")),
             QStringList{QStringLiteral("crisis")});
    QCOMPARE(byKind.value(QStringLiteral("call-tree-not-drilled")),
             QStringList({QStringLiteral("crisis"), QStringLiteral("plain")}));
    QVERIFY(byKind.value(QStringLiteral("owner-not-a-contact"))
                .contains(QStringLiteral("Night shift")));
    // Half a year later Anna and Sam are due again, Ben still.
    int due = 0;
    for (const Finding &f : peopleFindings(plan, graph, criticalNodes, QDate(2027, 6, 1)))
        due += f.kind == QLatin1String("contact-not-verified");
    QCOMPARE(due, 3);
}

// A role's mobilisation holds back the start of what it recovers: the node its runbook's first
// step names it for, else the node it owns; the file's graph read agrees with the full load.
void tst_People::mobilisationDelaysRecovery()
{
    Plan plan = Plan::empty();
    auto service = [&](const char *id, double recovery, const QString &owner = QString()) {
        Service s;
        s.id = QLatin1String(id);
        s.name = s.id.toUpper();
        s.kind = ServiceKind::Application;
        s.recoveryHours = recovery;
        s.owner = owner;
        plan.services.append(s);
    };
    service("app", 1);
    service("db", 1);
    service("net", 0.5, QStringLiteral("net-team"));
    plan.dependencies = {{QStringLiteral("app"), QStringLiteral("db"), Strength::Hard, {}},
                         {QStringLiteral("db"), QStringLiteral("net"), Strength::Hard, {}}};
    Person p;
    p.id = QStringLiteral("pat");
    p.name = QStringLiteral("Pat");
    plan.persons = {p};
    Role dba;
    dba.id = QStringLiteral("dba");
    dba.name = QStringLiteral("DBA");
    dba.members = {QStringLiteral("pat")};
    dba.mobilisationHours = 2;
    Role net = dba;
    net.id = QStringLiteral("net-team");
    net.name = QStringLiteral("Network");
    net.mobilisationHours = 0.25;
    plan.roles = {dba, net};
    Runbook r;
    r.id = QStringLiteral("rb-db");
    r.title = QStringLiteral("Restore the database");
    r.service = QStringLiteral("db");
    r.steps = {{QStringLiteral("s1"),
                QStringLiteral("Restore"),
                {},
                QStringLiteral("dba"),
                1,
                {},
                {},
                {}}};
    plan.runbooks = {r};
    QVERIFY(Rules::checkPlan(plan).isEmpty());

    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    QCOMPARE(graph.mobilisationHours(graph.indexOf(QStringLiteral("db"))), 2.0);
    QCOMPARE(graph.mobilisationHours(graph.indexOf(QStringLiteral("net"))), 0.25);
    QVERIFY(std::isnan(graph.mobilisationHours(graph.indexOf(QStringLiteral("app")))));
    const std::vector<int> scenario{graph.indexOf(QStringLiteral("net"))};
    // net: starts at 0.25, ready 0.75; db: waits for net and for the DBAs (2 h), ready 3;
    // app: ready 4.
    for (RecoveryMethod method : {RecoveryMethod::Auto, RecoveryMethod::Events}) {
        const RecoveryResult result = runRecovery(graph, scenario, false, method);
        QMap<QString, double> ready;
        for (const RecoveryNode &n : result.nodes)
            ready.insert(graph.id(n.node), n.readyHours);
        QCOMPARE(ready.value(QStringLiteral("net")), 0.75);
        QCOMPARE(ready.value(QStringLiteral("db")), 3.0);
        QCOMPARE(ready.value(QStringLiteral("app")), 4.0);
    }
    // Without mobilisation the recovery is exactly the one before people.
    Plan none = plan;
    for (Role &role : none.roles)
        role.mobilisationHours.reset();
    const GraphSnapshot plain = GraphSnapshot::fromPlan(none);
    QVERIFY(!plain.hasMobilisation());
    const RecoveryResult before = runRecovery(plain, scenario, false);
    QCOMPARE(before.nodes.back().readyHours, 2.5);

    const QString path = m_dir.filePath(QStringLiteral("mobilisation.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, plan, &error), qPrintable(error));
    const std::optional<GraphSnapshot> read = TestSupport::loadGraph(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(TestSupport::graphDifference(graph, *read), QString());
}

QTEST_GUILESS_MAIN(tst_People)
// The sample's crisis-team drill (product/10-people.md "Call-tree drill"): who was called, who
// calls whom once a caller is unreachable, T50/T90/T100, the share within target, the people
// cut off and the measured mobilisation per role; applying it is one undo step.
void tst_People::callTreeDrill()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const Exercise *drill = nullptr;
    for (const Exercise &e : sample->exercises) {
        if (e.type == ExerciseType::CallTree)
            drill = &e;
    }
    QVERIFY(drill);
    QCOMPARE(drill->callTree, QStringLiteral("crisis-team"));
    const CallTree &tree = sample->callTrees.constFirst();
    QCOMPARE(tree.id, QStringLiteral("crisis-team"));
    const QDateTime declared = QDateTime::fromString(*drill->declaredAt, Qt::ISODate);
    // The calls a drill declared then begins with are the sample's own, unanswered.
    const QList<DrillCall> calls = Drill::callsOf(*sample, tree, declared);
    QCOMPARE(calls.size(), drill->drill.size());
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).contact, drill->drill.at(i).contact);
        QCOMPARE(calls.at(i).person, drill->drill.at(i).person);
        QVERIFY(calls.at(i).status == DrillStatus::NotConfirmed && !calls.at(i).at);
    }
    // Hannah Brandt was unreachable: her fallback (Dana Weber, on call as incident manager)
    // calls her three; the others are called by their callers; the root by nobody.
    const QList<OnCall::Reach> reach = OnCall::expectedReach(*sample, tree, declared);
    QCOMPARE(Drill::callerNow(reach, drill->drill, 0), QString());
    QCOMPARE(Drill::callerNow(reach, drill->drill, 1), QStringLiteral("incident-manager"));
    for (int child : {2, 3, 4})
        QCOMPARE(Drill::callerNow(reach, drill->drill, child), QStringLiteral("dana-weber"));
    QCOMPARE(Drill::callerNow(reach, drill->drill, 6), QStringLiteral("sven-olsen"));
    QCOMPARE(Drill::callerNow(reach, calls, 2), QStringLiteral("hannah-brandt"));
    // Without a fallback an unreachable caller cuts their people off.
    QList<DrillCall> noFallback = drill->drill;
    noFallback[5].status = DrillStatus::Unreachable;
    QCOMPARE(Drill::callerNow(reach, noFallback, 6), QString());

    // Confirmed after 1, 5, 7, 8, 11, 14 and 22 minutes; one unreachable, one never reached.
    const Drill::Results r = Drill::results(*sample, *drill);
    QCOMPARE(r.people, 9);
    QCOMPARE(r.reachable, 8);
    QCOMPARE(r.confirmed, 7);
    QCOMPARE(r.targetMinutes, 20.0);
    QCOMPARE(r.withinTarget, 6);
    QVERIFY(r.t50 && qFuzzyCompare(*r.t50, 8.0)); // the 4th of 8
    QVERIFY(!r.t90 && !r.t100);                   // 8 of 8 needed, 7 confirmed
    QCOMPARE(r.cutOff, QList<int>({1, 4}));
    QHash<QString, Drill::RoleMobilisation> byRole;
    for (const Drill::RoleMobilisation &m : r.mobilisation)
        byRole.insert(m.role, m);
    QVERIFY(byRole.value(QStringLiteral("security")).hours);
    QVERIFY(qFuzzyCompare(*byRole.value(QStringLiteral("security")).hours, 8.0 / 60));
    QCOMPARE(byRole.value(QStringLiteral("crisis-team")).members, 5);
    QCOMPARE(byRole.value(QStringLiteral("crisis-team")).confirmed, 3);
    QVERIFY(!byRole.value(QStringLiteral("crisis-team")).hours);
    QVERIFY(!byRole.contains(QStringLiteral("dba"))); // nobody of it was called

    // A pause stops the drill's clock; the last one confirming turns T90 and T100 into times.
    Exercise paused = *drill;
    paused.pauses = {
        {QStringLiteral("2026-10-07T18:32:00Z"), QStringLiteral("2026-10-07T18:34:00Z")}};
    paused.drill[4].status = DrillStatus::Confirmed;
    paused.drill[4].at = QStringLiteral("2026-10-07T19:00:00Z");
    const Drill::Results p = Drill::results(*sample, paused);
    QVERIFY(p.t50 && qFuzzyCompare(*p.t50, 6.0));
    QVERIFY(p.t90 && qFuzzyCompare(*p.t90, 28.0));
    QVERIFY(p.t100 && qFuzzyCompare(*p.t100, 28.0));
    QCOMPARE(p.cutOff, QList<int>({1}));
    // Someone the tree names twice counts once, by their earliest confirmation.
    paused.drill.append({QStringLiteral("sven-olsen"),
                         QStringLiteral("sven-olsen"),
                         DrillStatus::Confirmed,
                         QStringLiteral("2026-10-07T18:33:00Z"),
                         {}});
    QCOMPARE(Drill::results(*sample, paused).people, 9);

    // Answers only while the drill runs.
    Exercise running = *drill;
    running.endedAt.reset();
    QVERIFY(Drill::answer(running, 4, DrillStatus::Confirmed,
                          QStringLiteral("2026-10-07T19:01:00Z"), &error));
    QVERIFY(Drill::answer(running, 4, DrillStatus::NotConfirmed, {}, &error));
    QVERIFY(!running.drill.at(4).at);
    QVERIFY(!Drill::answer(running, 99, DrillStatus::Confirmed, {}, &error));
    QVERIFY(error.contains(QLatin1String("100")));
    Exercise ended = *drill;
    QVERIFY(!Drill::answer(ended, 0, DrillStatus::Confirmed, {}, &error));
    QVERIFY(error.contains(QLatin1String("ended")));

    // Applying the measured mobilisation to the role is one undo step, written through.
    const QString path = m_dir.filePath(QStringLiteral("drill.continuity"));
    QVERIFY2(TestSupport::createPlanFile(path, *sample, &error), qPrintable(error));
    auto document = PlanDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    Role security = *Contacts::role(document->plan(), QStringLiteral("security"));
    const std::optional<double> before = security.mobilisationHours;
    security.mobilisationHours = *byRole.value(QStringLiteral("security")).hours;
    QVERIFY2(document->changeRole(security, &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(path).roles, document->plan().roles);
    document->undoStack()->undo();
    QCOMPARE(Contacts::role(document->plan(), QStringLiteral("security"))->mobilisationHours,
             before);
}

// A drill is checked as it is written and read: answers with their times, only on a call-tree
// drill, a call tree that exists when it is chosen; the drill survives the file and plan JSON,
// and the findings know when a call tree was last drilled.
void tst_People::drillsAreCheckedAndKept()
{
    Plan plan = peoplePlan();
    Exercise drill;
    drill.id = QStringLiteral("drill");
    drill.title = QStringLiteral("Crisis drill");
    drill.date = QStringLiteral("2026-10-01");
    drill.type = ExerciseType::CallTree;
    drill.callTree = QStringLiteral("crisis");
    drill.declaredAt = QStringLiteral("2026-10-01T18:00:00Z");
    drill.drill = Drill::callsOf(plan, plan.callTrees.constFirst(),
                                 QDateTime::fromString(*drill.declaredAt, Qt::ISODate));
    QCOMPARE(drill.drill.size(), 4);
    drill.drill[0] = {QStringLiteral("it-on-call"), drill.drill[0].person, DrillStatus::Confirmed,
                      QStringLiteral("2026-10-01T18:01:00Z"), QStringLiteral("new mobile")};
    drill.drill[1].status = DrillStatus::Unreachable;
    drill.drill[1].at = QStringLiteral("2026-10-01T18:03:00Z");
    plan.exercises = {drill};
    QVERIFY(checkExercise(drill).isEmpty());
    QVERIFY(Rules::checkPlan(plan).isEmpty());

    // Wrong drills, each with the field it names.
    const QList<std::pair<QString, std::function<void(Exercise &)>>> wrong = {
        {QStringLiteral("drill[2].at"),
         [](Exercise &e) { e.drill[2].status = DrillStatus::Confirmed; }},
        {QStringLiteral("drill[0].at"),
         [](Exercise &e) { e.drill[0].status = DrillStatus::NotConfirmed; }},
        {QStringLiteral("drill[1].at"),
         [](Exercise &e) { e.drill[1].at = QStringLiteral("2026-10-01T17:00:00Z"); }},
        {QStringLiteral("drill[1].at"),
         [](Exercise &e) { e.drill[1].at = QStringLiteral("soon"); }},
        {QStringLiteral("drill[3].contact"), [](Exercise &e) { e.drill[3].contact.clear(); }},
        {QStringLiteral("drill"), [](Exercise &e) { e.declaredAt.reset(); }},
        {QStringLiteral("callTree"), [](Exercise &e) { e.type = ExerciseType::Tabletop; }},
    };
    for (const auto &[field, edit] : wrong) {
        Exercise e = drill;
        edit(e);
        const QList<FieldProblem> problems = checkExercise(e);
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [&](const FieldProblem &p) { return p.field == field; }),
                 qPrintable(field + QLatin1String(": ") +
                            describeProblems(QStringLiteral("drill"), problems)));
    }

    // Through the file and plan JSON alike.
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("drills.continuity"));
    QVERIFY2(TestSupport::createPlanFile(path, plan, &error), qPrintable(error));
    QCOMPARE(TestSupport::loadPlanFile(path).exercises, plan.exercises);
    QStringList errors;
    const std::optional<Plan> again = PlanJson::read(PlanJson::write(plan), &errors);
    QVERIFY2(again, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(again->exercises, plan.exercises);

    // A drill of a call tree that does not exist is refused; one whose tree was removed later
    // stays a record.
    auto document = PlanDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    Exercise other = drill;
    other.id = QStringLiteral("drill-2");
    other.callTree = QStringLiteral("no-such-tree");
    QVERIFY(!document->addExercise(other, &error));
    QVERIFY2(error.contains(QLatin1String("no-such-tree")), qPrintable(error));
    QVERIFY2(document->removeCallTree(QStringLiteral("crisis"), &error), qPrintable(error));
    Exercise kept = *document->exercise(QStringLiteral("drill"));
    kept.title = QStringLiteral("Crisis drill (renamed)");
    QVERIFY2(document->changeExercise(kept, QStringLiteral("rename"), &error), qPrintable(error));
    document.reset();
    error.clear();
    const Plan reread = TestSupport::loadPlanFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reread.exercises.constFirst().callTree, QStringLiteral("crisis"));
    QVERIFY(reread.callTrees.size() == 1);

    // Drilled recently: no finding for it; a year and more later: one.
    const GraphSnapshot graph = GraphSnapshot::fromPlan(plan);
    const std::vector<bool> none(std::size_t(graph.nodeCount()), false);
    auto notDrilled = [&](const QDate &today) {
        QStringList trees;
        for (const Finding &f : peopleFindings(plan, graph, none, today)) {
            if (f.kind == QLatin1String("call-tree-not-drilled"))
                trees.append(f.subject);
        }
        return trees;
    };
    QCOMPARE(notDrilled(QDate(2026, 12, 5)), QStringList{QStringLiteral("plain")});
    QCOMPARE(notDrilled(QDate(2027, 10, 2)),
             QStringList({QStringLiteral("crisis"), QStringLiteral("plain")}));
}

// The people policy: defaults in a new plan, kept through the file and plan JSON, one undo step
// written through, refused when wrong (with the field), names it uses kept from removal; a role
// without a policy of its own escalates by its tier's; the verification period is the plan's.
void tst_People::peoplePolicyIsKeptCheckedAndUsed()
{
    const Plan empty = Plan::empty(QStringLiteral("Empty"));
    QCOMPARE(empty.peoplePolicy.verifyWithinDays, 180);
    QCOMPARE(empty.peoplePolicy.rtoEscalation.size(), 2);
    QCOMPARE(empty.peoplePolicy.rtoEscalation.at(1).fraction, 1.0);
    QString error;
    const QString emptyPath = m_dir.filePath(QStringLiteral("empty-policy.continuity"));
    {
        // A new file has the policy's defaults from its migrations alone.
        auto created = PlanFile::create(emptyPath, &error);
        QVERIFY2(created, qPrintable(error));
    }
    QCOMPARE(TestSupport::loadPlanFile(emptyPath).peoplePolicy, empty.peoplePolicy);

    Plan plan = peoplePlan();
    const QString path = m_dir.filePath(QStringLiteral("policy.continuity"));
    QVERIFY2(TestSupport::createPlanFile(path, plan, &error), qPrintable(error));
    auto document = PlanDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    PeoplePolicy policy;
    policy.verifyWithinDays = 30;
    policy.rtoEscalation = {{0.25, {QStringLiteral("it-on-call")}},
                            {1.5, {QStringLiteral("anna"), QStringLiteral("facilities")}}};
    policy.tierEscalation[1] =
        EscalationPolicy{{{0, {QStringLiteral("ben")}}, {20, {QStringLiteral("anna")}}}, 1};
    QVERIFY2(document->setPeoplePolicy(policy, &error), qPrintable(error));
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Change people policy"));
    QCOMPARE(TestSupport::loadPlanFile(path).peoplePolicy, policy);
    QStringList errors;
    const std::optional<Plan> again = PlanJson::read(PlanJson::write(document->plan()), &errors);
    QVERIFY2(again, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(again->peoplePolicy, policy);
    document->undoStack()->undo();
    QCOMPARE(TestSupport::loadPlanFile(path).peoplePolicy, plan.peoplePolicy);
    document->undoStack()->redo();
    QCOMPARE(document->plan().peoplePolicy, policy);

    // Refused, each naming its field; nothing changes.
    const QList<std::pair<QString, std::function<void(PeoplePolicy &)>>> wrong = {
        {QStringLiteral("verifyWithinDays"), [](PeoplePolicy &p) { p.verifyWithinDays = 0; }},
        {QStringLiteral("rtoEscalation[0].fraction"),
         [](PeoplePolicy &p) { p.rtoEscalation[0].fraction = 0; }},
        {QStringLiteral("rtoEscalation[1].fraction"),
         [](PeoplePolicy &p) { p.rtoEscalation[1].fraction = 0.1; }},
        {QStringLiteral("rtoEscalation[0].notify[0]"),
         [](PeoplePolicy &p) { p.rtoEscalation[0].notify = {QStringLiteral("nobody")}; }},
        {QStringLiteral("tierEscalation[1].levels[1].afterMinutes"),
         [](PeoplePolicy &p) { p.tierEscalation[1]->levels[1].afterMinutes = -5; }},
        {QStringLiteral("tierEscalation[1].levels"),
         [](PeoplePolicy &p) { p.tierEscalation[1]->levels.clear(); }},
    };
    for (const auto &[field, edit] : wrong) {
        PeoplePolicy bad = policy;
        edit(bad);
        QVERIFY(!document->setPeoplePolicy(bad, &error));
        QVERIFY2(error.contains(field), qPrintable(field + QLatin1String(": ") + error));
        QCOMPARE(document->plan().peoplePolicy, policy);
    }
    // Plan JSON with a wrong policy is refused with its path.
    QJsonObject root = QJsonDocument::fromJson(PlanJson::write(document->plan())).object();
    QJsonObject json = root.value(QLatin1String("peoplePolicy")).toObject();
    json.insert(QLatin1String("verifyWithinDays"), 0);
    root.insert(QLatin1String("peoplePolicy"), json);
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(QLatin1String("peoplePolicy.verifyWithinDays")),
             qPrintable(errors.join(QLatin1Char(' '))));

    // Anna is named by the policy: she stays until it names someone else.
    QVERIFY(!document->removePerson(QStringLiteral("anna"), &error));
    QVERIFY2(error.contains(QLatin1String("people policy")), qPrintable(error));

    // A role without an escalation of its own uses its tier's: Facilities recovers a tier-1
    // service once it owns a step of its runbook.
    Plan withTier = document->plan();
    withTier.services.first().tier = 1;
    Runbook r;
    r.id = QStringLiteral("rb");
    r.title = QStringLiteral("Recover");
    r.service = withTier.services.first().id;
    RunbookStep step;
    step.id = QStringLiteral("s1");
    step.title = QStringLiteral("Power up");
    step.owner = QStringLiteral("facilities");
    r.steps = {step};
    withTier.runbooks = {r};
    QCOMPARE(Contacts::tierOf(withTier, QStringLiteral("facilities")), 1);
    QCOMPARE(Contacts::escalationOf(withTier, QStringLiteral("facilities")),
             &*withTier.peoplePolicy.tierEscalation[1]);
    // A role with its own keeps it.
    QCOMPARE(Contacts::escalationOf(withTier, QStringLiteral("it-on-call")),
             &*Contacts::role(withTier, QStringLiteral("it-on-call"))->escalation);
    withTier.services.first().tier = 2;
    QCOMPARE(Contacts::escalationOf(withTier, QStringLiteral("facilities")), nullptr);

    // The verification period is the plan's: Anna confirmed 65 days before 2026-12-05.
    const GraphSnapshot graph = GraphSnapshot::fromPlan(withTier);
    const std::vector<bool> none(std::size_t(graph.nodeCount()), false);
    auto unverified = [&](const Plan &p) {
        QStringList who;
        for (const Finding &f : peopleFindings(p, graph, none, QDate(2026, 12, 5))) {
            if (f.kind == QLatin1String("contact-not-verified"))
                who.append(f.subject);
        }
        return who;
    };
    QVERIFY(unverified(withTier).contains(QStringLiteral("anna"))); // 30 days
    withTier.peoplePolicy.verifyWithinDays = 90;
    QVERIFY(!unverified(withTier).contains(QStringLiteral("anna")));
}

#include "tst_people.moc"
