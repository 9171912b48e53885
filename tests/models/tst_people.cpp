// SPDX-License-Identifier: GPL-3.0-or-later
// People in a plan (docs/people.md): the plan file and plan JSON keep every field, each edit is
// one undo step written through, what names a person keeps them from being removed, hostile
// rows are refused, old owners link to people by name, the sample plan has its people, and
// continuity-cli answers oncall and calltree in the shapes of the specification.
#include "TestSupport.h"

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
#include "tst_people.moc"
