// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's rules live in one place (rules/PlanRules.h): whatever the document accepts, its
// own plan JSON export re-imports to the same plan, and the plan file reopens to it.
#include "document/PlanDocument.h"
#include "io/PlanJson.h"
#include "rules/PlanRules.h"
#include "TestSupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Continuity;

using BreakPlan = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(BreakPlan)

class tst_PlanRules : public QObject
{
    Q_OBJECT

private slots:
    void randomEditSequencesRoundTrip();
    void groupBeforeItsMembersRoundTrips();
    void checkPlanNamesEachBrokenRule_data();
    void checkPlanNamesEachBrokenRule();
    void readerAndDocumentAgree();

private:
    // A folder in memory where there is one: each edit is a synced transaction.
    QTemporaryDir m_dir{QDir(QStringLiteral("/dev/shm")).exists()
                            ? QStringLiteral("/dev/shm/continuity-rules-XXXXXX")
                            : QDir::tempPath() + QStringLiteral("/continuity-rules-XXXXXX")};
};

namespace {

// Round trip of the document's plan through its own plan JSON export, and (unless `jsonOnly`)
// through its file.
QString roundTripProblem(const PlanDocument &doc, bool jsonOnly = false)
{
    QStringList errors;
    const std::optional<Plan> back = PlanJson::read(PlanJson::write(doc.plan()), &errors);
    if (!back)
        return QStringLiteral("export refused on import: ") + errors.join(u"; ");
    if (TestSupport::canonical(*back) != TestSupport::canonical(doc.plan()))
        return QStringLiteral("export re-imports to another plan");
    if (jsonOnly)
        return QString();
    QString error;
    const Plan reopened = TestSupport::loadPlanFile(doc.filePath(), &error);
    if (!error.isEmpty())
        return QStringLiteral("file refused on reopening: ") + error;
    if (TestSupport::canonical(reopened) != TestSupport::canonical(doc.plan()))
        return QStringLiteral("file reopens to another plan");
    return QString();
}

class RandomEditor
{
public:
    RandomEditor(PlanDocument *doc, quint32 seed)
        : m_doc(doc)
        , m_random(seed)
    {}

    // One random edit, valid or not; returns what it tried, for the failure message.
    QString step()
    {
        const Plan &plan = m_doc->plan();
        switch (m_random.bounded(20)) {
        case 0: {
            Process p;
            p.id = pick({QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("payments")});
            p.name = QStringLiteral("Process ") + p.id;
            p.rtoHours = m_random.bounded(48);
            m_doc->addProcess(p);
            return QStringLiteral("add process ") + p.id;
        }
        case 1: {
            Service s;
            s.id = pick({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                         QStringLiteral("pay-api")});
            s.name = QStringLiteral("Service ") + s.id;
            if (m_random.bounded(3) == 0)
                s.attributes.insert(QStringLiteral("sys_id"),
                                    pick({QStringLiteral("A"), QStringLiteral("B")}));
            m_doc->addService(s);
            return QStringLiteral("add service ") + s.id;
        }
        case 2: {
            const QString id = node();
            m_doc->removeNode(id);
            return QStringLiteral("remove ") + id;
        }
        case 3:
        case 4: {
            Dependency d{node(), node(), m_random.bounded(4) == 0 ? Strength::Soft : Strength::Hard,
                         QString()};
            if (m_random.bounded(2) == 0)
                d.group = groupName();
            m_doc->addDependency(d);
            return QStringLiteral("add dependency %1 -> %2 [%3]")
                .arg(d.consumer, d.provider, d.group);
        }
        case 5: {
            if (plan.dependencies.isEmpty())
                return QStringLiteral("nothing");
            Dependency d = plan.dependencies.at(m_random.bounded(int(plan.dependencies.size())));
            d.group = m_random.bounded(2) == 0 ? QString() : groupName();
            d.strength = m_random.bounded(3) == 0 ? Strength::Soft : Strength::Hard;
            m_doc->changeDependency(d);
            return QStringLiteral("change dependency %1 -> %2 [%3]")
                .arg(d.consumer, d.provider, d.group);
        }
        case 6: {
            if (plan.dependencies.isEmpty())
                return QStringLiteral("nothing");
            const Dependency d =
                plan.dependencies.at(m_random.bounded(int(plan.dependencies.size())));
            m_doc->removeDependency(d.consumer, d.provider);
            return QStringLiteral("remove dependency %1 -> %2").arg(d.consumer, d.provider);
        }
        case 7: {
            const RedundancyGroup g{node(), groupName(), 1 + int(m_random.bounded(3))};
            m_doc->addGroup(g);
            return QStringLiteral("add group %1/%2 quorum %3")
                .arg(g.consumer, g.name)
                .arg(g.quorum);
        }
        case 8: {
            if (plan.groups.isEmpty())
                return QStringLiteral("nothing");
            RedundancyGroup g = plan.groups.at(m_random.bounded(int(plan.groups.size())));
            g.quorum = 1 + int(m_random.bounded(3));
            m_doc->changeGroup(g);
            return QStringLiteral("change group %1/%2").arg(g.consumer, g.name);
        }
        case 9: {
            if (plan.groups.isEmpty())
                return QStringLiteral("nothing");
            const RedundancyGroup g = plan.groups.at(m_random.bounded(int(plan.groups.size())));
            m_doc->removeGroup(g.consumer, g.name);
            return QStringLiteral("remove group %1/%2").arg(g.consumer, g.name);
        }
        case 10: {
            Runbook r;
            r.title = QStringLiteral("Recover ") + node();
            r.id = m_doc->uniqueRunbookId(r.title);
            r.service = m_random.bounded(4) == 0 ? QString() : node();
            r.steps = {
                {QStringLiteral("s1"), QStringLiteral("Fail over"), {}, {}, 1.0, {}, {}, {}}};
            m_doc->addRunbook(r);
            return QStringLiteral("add runbook for ") + r.service;
        }
        case 11: {
            if (plan.exercises.isEmpty())
                return QStringLiteral("nothing");
            Exercise e = plan.exercises.at(m_random.bounded(int(plan.exercises.size())));
            if (!plan.runbooks.isEmpty()) {
                const QString rb = plan.runbooks.at(m_random.bounded(int(plan.runbooks.size()))).id;
                if (!e.runbooks.contains(rb))
                    e.runbooks.append(rb);
            }
            const QString scope = node();
            if (!e.services.contains(scope))
                e.services.append(scope);
            m_doc->changeExercise(e, QStringLiteral("Scope"));
            return QStringLiteral("scope exercise ") + e.id;
        }
        case 12:
            m_doc->setPlanName(QString(int(m_random.bounded(2)) * 600, QLatin1Char('n')) +
                               QStringLiteral("Plan"));
            return QStringLiteral("rename plan");
        case 15: {
            Person p;
            p.id = pick({QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("team-x")});
            p.name = QStringLiteral("Person ") + p.id;
            if (m_random.bounded(2) == 0)
                p.phones = {{PhoneKind::Mobile,
                             QStringLiteral("+49 151 5550 0%1").arg(m_random.bounded(1000))}};
            p.deputy = m_random.bounded(3) == 0 ? contact() : QString();
            m_doc->addPerson(p);
            return QStringLiteral("add person ") + p.id;
        }
        case 16: {
            Role r;
            r.id =
                pick({QStringLiteral("team-x"), QStringLiteral("team-y"), QStringLiteral("ann")});
            r.name = QStringLiteral("Role ") + r.id;
            for (int i = 0, n = int(m_random.bounded(3)); i < n; ++i)
                r.members.append(contact());
            if (m_random.bounded(2) == 0)
                r.mobilisationHours = m_random.bounded(4);
            if (m_random.bounded(2) == 0) {
                Rota rota;
                rota.start = QStringLiteral("2026-03-23T09:00");
                rota.timeZone = QStringLiteral("Europe/Berlin");
                rota.order = r.members;
                r.rota = rota;
            }
            if (!m_doc->addRole(r))
                m_doc->changeRole(r);
            return QStringLiteral("add or change role ") + r.id;
        }
        case 17: {
            CallTree t;
            t.id = pick({QStringLiteral("ct-1"), QStringLiteral("ct-2")});
            t.name = QStringLiteral("Tree ") + t.id;
            t.root.contact = contact();
            t.root.children = {{contact(), contact(), {}}};
            if (!m_doc->addCallTree(t))
                m_doc->changeCallTree(t);
            return QStringLiteral("add or change call tree ") + t.id;
        }
        case 18: {
            const QString id = contact();
            if (!m_doc->removePerson(id))
                m_doc->removeRole(id);
            return QStringLiteral("remove contact ") + id;
        }
        case 19: {
            // An owner that names a contact (or, now and then, nobody known).
            if (plan.processes.isEmpty())
                return QStringLiteral("nothing");
            Process p = plan.processes.at(m_random.bounded(int(plan.processes.size())));
            p.owner = contact();
            m_doc->changeProcess(p);
            return QStringLiteral("owner of ") + p.id;
        }
        case 13:
            m_doc->undoStack()->undo();
            return QStringLiteral("undo");
        default:
            m_doc->undoStack()->redo();
            return QStringLiteral("redo");
        }
    }

private:
    QString pick(std::initializer_list<QString> options)
    {
        return *(options.begin() + m_random.bounded(int(options.size())));
    }
    // An existing node, now and then one that is not there.
    QString node()
    {
        const Plan &plan = m_doc->plan();
        const int n = int(plan.processes.size() + plan.services.size());
        if (n == 0 || m_random.bounded(12) == 0)
            return QStringLiteral("ghost");
        const int i = int(m_random.bounded(n));
        return i < plan.processes.size() ? plan.processes.at(i).id
                                         : plan.services.at(i - plan.processes.size()).id;
    }
    QString groupName() { return pick({QStringLiteral("sites"), QStringLiteral("db")}); }
    // A person or role of the plan, now and then one that is not there.
    QString contact()
    {
        const Plan &plan = m_doc->plan();
        const int n = int(plan.persons.size() + plan.roles.size());
        if (n == 0 || m_random.bounded(10) == 0)
            return QStringLiteral("ghost");
        const int i = int(m_random.bounded(n));
        return i < plan.persons.size() ? plan.persons.at(i).id
                                       : plan.roles.at(i - plan.persons.size()).id;
    }

    PlanDocument *m_doc;
    QRandomGenerator m_random;
};

} // namespace

// Any sequence of edits that the document accepts (and undoes, and redoes) leaves a plan whose
// plan JSON export re-imports to the same plan, and whose file reopens to it.
void tst_PlanRules::randomEditSequencesRoundTrip()
{
    QVERIFY(m_dir.isValid());
    int accepted = 0;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        QString error;
        auto doc =
            PlanDocument::create(m_dir.filePath(QStringLiteral("seq-%1.continuity").arg(seed)),
                                 TestSupport::smallPlan(), &error);
        QVERIFY2(doc, qPrintable(error));
        RandomEditor editor(doc.get(), seed);
        QStringList done;
        for (int i = 0; i < 30; ++i) {
            const int before = doc->undoStack()->index();
            done.append(editor.step());
            accepted += doc->undoStack()->index() != before;
            // The file is reopened every fifth edit and at the end: every edit is a write.
            const QString problem = roundTripProblem(*doc, i % 5 != 4);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("seed %1 after %2: %3")
                                    .arg(seed)
                                    .arg(done.join(QStringLiteral(", ")), problem)));
        }
    }
    // The generator makes real edits, not only refused ones.
    QVERIFY2(accepted > 600, qPrintable(QString::number(accepted)));
}

// A group is made before its members (the map's "connect into a new group" does so): such a
// plan, and one whose group lost a member below its quorum, still exports and re-imports; the
// check reports the group instead.
void tst_PlanRules::groupBeforeItsMembersRoundTrips()
{
    QString error;
    auto doc = PlanDocument::create(m_dir.filePath(QStringLiteral("group-first.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY2(doc->addGroup({QStringLiteral("payroll"), QStringLiteral("mail"), 2}, &error),
             qPrintable(error));
    QVERIFY2(roundTripProblem(*doc).isEmpty(), qPrintable(roundTripProblem(*doc)));
    QVERIFY(doc->addDependency(
        {QStringLiteral("payroll"), QStringLiteral("dc1"), Strength::Hard, QStringLiteral("mail")},
        &error));
    QVERIFY2(roundTripProblem(*doc).isEmpty(), qPrintable(roundTripProblem(*doc)));
    // Set by hand, a quorum stays within the members.
    QVERIFY(!doc->changeGroup({QStringLiteral("payroll"), QStringLiteral("mail"), 3}, &error));
    QVERIFY2(error.contains(QLatin1String("number of providers in the group (1)")),
             qPrintable(error));
}

void tst_PlanRules::checkPlanNamesEachBrokenRule_data()
{
    QTest::addColumn<BreakPlan>("breakIt");
    QTest::addColumn<QString>("problem");
    using Break = BreakPlan;
    QTest::newRow("repeated node id")
        << Break([](Plan &p) { p.services[1].id = p.processes[0].id; })
        << QStringLiteral("services[1].id repeats the id \"payments\" of processes[0]");
    QTest::newRow("dangling provider")
        << Break([](Plan &p) { p.dependencies[0].provider = QStringLiteral("ghost"); })
        << QStringLiteral("dependencies[0].provider names no process or service (\"ghost\")");
    QTest::newRow("self dependency")
        << Break([](Plan &p) { p.dependencies[0].provider = p.dependencies[0].consumer; })
        << QStringLiteral("cannot depend on itself");
    QTest::newRow("repeated dependency")
        << Break([](Plan &p) { p.dependencies.append(p.dependencies.first()); })
        << QStringLiteral("already depends on");
    QTest::newRow("unknown group") << Break([](Plan &p) {
        p.dependencies[0].group = QStringLiteral("nope");
        p.dependencies[0].strength = Strength::Hard;
    }) << QStringLiteral("has no redundancy group \"nope\"");
    QTest::newRow("soft member") << Break([](Plan &p) {
        for (Dependency &d : p.dependencies) {
            if (!d.group.isEmpty())
                d.strength = Strength::Soft;
        }
    }) << QStringLiteral("only hard dependencies can be in a redundancy group");
    QTest::newRow("group of nobody")
        << Break([](Plan &p) { p.groups[0].consumer = QStringLiteral("ghost"); })
        << QStringLiteral("groups[0].consumer names no process or service");
    QTest::newRow("repeated group") << Break([](Plan &p) { p.groups.append(p.groups.first()); })
                                    << QStringLiteral("groups[1].name repeats the group");
    QTest::newRow("runbook of nobody")
        << Break([](Plan &p) { p.runbooks[0].service = QStringLiteral("ghost"); })
        << QStringLiteral("runbooks[0].service names no process or service (\"ghost\")");
    QTest::newRow("repeated runbook")
        << Break([](Plan &p) { p.runbooks.append(p.runbooks.first()); })
        << QStringLiteral("runbooks[1].id repeats the runbook id");
    QTest::newRow("repeated sys_id") << Break([](Plan &p) {
        p.services[0].attributes.insert(QStringLiteral("sys_id"), QStringLiteral("X"));
        p.services[1].attributes.insert(QStringLiteral("sys_id"), QStringLiteral("X"));
    }) << QStringLiteral("services[1].attributes.sys_id \"X\" already belongs to");
    QTest::newRow("tier out of range")
        << Break([](Plan &p) { p.services[0].tier = 7; })
        << QStringLiteral("services[0].tier must be a tier from 0 to 3");
    QTest::newRow("long plan name")
        << Break([](Plan &p) { p.name = QString(501, QLatin1Char('x')); })
        << QStringLiteral("name must be at most 500 characters long");
}

void tst_PlanRules::checkPlanNamesEachBrokenRule()
{
    QFETCH(BreakPlan, breakIt);
    QFETCH(QString, problem);
    Plan plan = TestSupport::smallPlan();
    QVERIFY(Rules::checkPlan(plan).isEmpty());
    breakIt(plan);
    const QList<FieldProblem> problems = Rules::checkPlan(plan);
    QStringList texts;
    for (const FieldProblem &p : problems)
        texts.append(p.field + QLatin1Char(' ') + p.rule);
    QVERIFY2(texts.join(u'\n').contains(problem), qPrintable(texts.join(u'\n')));
}

// The same broken plan is refused by the plan JSON reader and by the document (an import into
// an open plan), for the same reason.
void tst_PlanRules::readerAndDocumentAgree()
{
    Plan plan = TestSupport::smallPlan();
    plan.dependencies[0].provider = QStringLiteral("ghost");
    QStringList errors;
    QVERIFY(!PlanJson::read(PlanJson::write(plan), &errors));
    QVERIFY2(errors.join(u' ').contains(QLatin1String("dependencies")),
             qPrintable(errors.join(u' ')));
    QString error;
    auto doc = PlanDocument::create(m_dir.filePath(QStringLiteral("agree.continuity")),
                                    TestSupport::smallPlan(), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->replacePlan(plan, QStringLiteral("Import"), &error));
    QVERIFY2(error.contains(QLatin1String("names no process or service (\"ghost\")")),
             qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), 0);
    // A group whose quorum exceeds its members is a finding, not a broken plan.
    plan = TestSupport::smallPlan();
    plan.groups[0].quorum = 5;
    QVERIFY(Rules::checkPlan(plan).isEmpty());
    QVERIFY2(PlanJson::read(PlanJson::write(plan), &errors), qPrintable(errors.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_PlanRules)
#include "tst_planrules.moc"
