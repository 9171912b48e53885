// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ExerciseResults.h"
#include "domain/Plan.h"
#include "io/CmdbMapping.h"
#include "io/PlanJson.h"
#include "io/PlanMerge.h"
#include "io/SamplePlan.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using namespace Continuity;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_PlanJson : public QObject
{
    Q_OBJECT

private slots:
    void aThreeWayMergeGoesItemByItem();
    void smallPlanRoundTrips();
    void sampleRoundTripsThroughAFileByteForByte();
    void sampleHasWhatTheIssueAsks();
    void cmdbMappingRoundTripsAndIsChecked();
    void writeIsOrderIndependent();
    void textIsEscapedAndKept();
    void sectionsAreWhatWriteWrites();
    void numbersAreWrittenShortest();
    void errors_data();
    void errors();
    void repeatedKeysAreRefused();
    void malformedJsonNamesLineAndColumn();
    void formatAndVersionAreCheckedFirst();
    void manyErrorsAreCapped();
    void streamedAndWholeReadsAgree();
};

static QJsonObject smallJson()
{
    return QJsonDocument::fromJson(PlanJson::write(TestSupport::smallPlan())).object();
}

// Replaces the value at a path like {"services", 1, "rtoHours"}.
static void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(QJsonValue, int)> rec = [&](QJsonValue node, int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        bool isIndex = false;
        const int index = path.at(depth).toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = node.toArray();
            a[index] = rec(a.at(index), depth + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        o[path.at(depth)] = rec(o.value(path.at(depth)), depth + 1);
        return o;
    };
    root = rec(root, 0).toObject();
}

// The plan in the order plan JSON writes it: items sorted by id.
static Plan sortedLikeExport(Plan plan)
{
    auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(plan.processes.begin(), plan.processes.end(), byId);
    std::sort(plan.services.begin(), plan.services.end(), byId);
    std::sort(plan.runbooks.begin(), plan.runbooks.end(), byId);
    std::sort(plan.exercises.begin(), plan.exercises.end(), byId);
    std::sort(plan.dependencies.begin(), plan.dependencies.end(),
              [](const Dependency &a, const Dependency &b) {
                  return std::pair(a.consumer, a.provider) < std::pair(b.consumer, b.provider);
              });
    return plan;
}

void tst_PlanJson::smallPlanRoundTrips()
{
    const Plan plan = sortedLikeExport(TestSupport::smallPlan());
    const QByteArray json = PlanJson::write(plan);
    QStringList errors;
    const std::optional<Plan> read = PlanJson::read(json, &errors);
    QVERIFY2(read, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(*read, plan);
    QCOMPARE(PlanJson::write(*read), json);
}

void tst_PlanJson::sampleRoundTripsThroughAFileByteForByte()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QByteArray first = PlanJson::write(*sample);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.continuity"));
    QVERIFY2(TestSupport::createPlanFile(path, *sample, &error), qPrintable(error));
    const QByteArray second = PlanJson::write(TestSupport::loadPlanFile(path, &error));
    QCOMPARE(second, first);
    // The bundled file is itself canonical: export of a new sample plan gives it back.
    QFile bundled(QStringLiteral(":/continuity/sample-plan.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QVERIFY(bundled.readAll() == first);
}

void tst_PlanJson::sampleHasWhatTheIssueAsks()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    QVERIFY(sample->processes.size() >= 12);
    for (const Process &p : sample->processes) {
        QVERIFY2(p.mtdHours && p.rtoHours && p.rpoHours && p.lossPerHour, qPrintable(p.id));
        for (ImpactCategory c : allImpactCategories)
            QCOMPARE(p.impact(c).size(), sample->biaHorizonsHours.size());
    }
    QVERIFY(sample->services.size() >= 60);
    QMap<ServiceKind, int> kinds;
    QSet<Deployment> deployments;
    for (const Service &s : sample->services) {
        ++kinds[s.kind];
        deployments.insert(s.deployment);
    }
    QVERIFY(kinds.value(ServiceKind::Supplier) >= 4);
    QVERIFY(kinds.value(ServiceKind::Site) >= 3);
    QVERIFY(deployments.contains(Deployment::ActivePassive));
    QVERIFY(deployments.contains(Deployment::ActiveActive));
    int soft = 0;
    for (const Dependency &d : sample->dependencies)
        soft += d.strength == Strength::Soft;
    QVERIFY(soft > 0);
    bool oneOfTwo = false;
    for (const RedundancyGroup &g : sample->groups)
        oneOfTwo = oneOfTwo || g.quorum == 1;
    QVERIFY(oneOfTwo);

    // Issue 7: at least three past exercises with logs and results, some missing their
    // targets, with actions open and closed.
    int past = 0;
    int missed = 0;
    int open = 0;
    int done = 0;
    for (const Exercise &e : sample->exercises) {
        if (!e.declaredAt || e.log.isEmpty())
            continue;
        ++past;
        for (const ServiceMeasure &m : measureExercise(*sample, e))
            missed += m.rto == Verdict::Miss || m.rpo == Verdict::Miss;
        for (const ActionItem &a : e.actions)
            (a.status == ActionStatus::Open ? open : done) += 1;
    }
    QVERIFY(past >= 3);
    QVERIFY(missed >= 2);
    QVERIFY(open >= 2 && done >= 2);
}

void tst_PlanJson::cmdbMappingRoundTripsAndIsChecked()
{
    Plan plan = TestSupport::smallPlan();
    CmdbMapping mapping = CmdbMapping::defaults();
    mapping.classes.prepend({QStringLiteral("cmdb_ci_printer"), ServiceKind::Infrastructure});
    mapping.criticality.insert(QStringLiteral("High"), 0);
    plan.cmdbMapping = QString::fromUtf8(mapping.toJson());
    const QByteArray json = PlanJson::write(plan);
    QVERIFY(json.contains("\"cmdbMapping\""));
    QStringList errors;
    const std::optional<Plan> read = PlanJson::read(json, &errors);
    QVERIFY2(read, qPrintable(errors.join(u'\n')));
    QCOMPARE(read->cmdbMapping, plan.cmdbMapping);
    QCOMPARE(PlanJson::write(*read), json);
    // Through the file too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.continuity"));
    QVERIFY(TestSupport::createPlanFile(path, plan));
    QCOMPARE(TestSupport::loadPlanFile(path).cmdbMapping, plan.cmdbMapping);
    // A broken mapping is refused with its path.
    QByteArray bad = json;
    bad.replace("\"defaultKind\": \"application\"", "\"defaultKind\": \"robot\"");
    QVERIFY(bad != json);
    errors.clear();
    QVERIFY(!PlanJson::read(bad, &errors));
    QVERIFY2(errors.join(u'\n').contains(QLatin1String("cmdbMapping: defaultKind")),
             qPrintable(errors.join(u'\n')));
}

void tst_PlanJson::writeIsOrderIndependent()
{
    Plan plan = TestSupport::smallPlan();
    const QByteArray json = PlanJson::write(plan);
    std::reverse(plan.processes.begin(), plan.processes.end());
    std::reverse(plan.services.begin(), plan.services.end());
    std::reverse(plan.dependencies.begin(), plan.dependencies.end());
    QCOMPARE(PlanJson::write(plan), json);
    QVERIFY(json.startsWith("{\n  \"format\": \"continuity-plan\",\n  \"version\": 6,"));
}

void tst_PlanJson::textIsEscapedAndKept()
{
    Plan plan = TestSupport::smallPlan();
    const QString tricky = QStringLiteral("Quote \" backslash \\ newline\n tab\t bell\x07 "
                                          "<img src=\"/etc/passwd\"> Zürich 支付 😀");
    plan.processes[0].description = tricky;
    plan.services[0].name = tricky;
    const QByteArray json = PlanJson::write(plan);
    QVERIFY(json.contains("\\u0007"));
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    QStringList errors;
    const std::optional<Plan> read = PlanJson::read(json, &errors);
    QVERIFY2(read, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(read->processes[0].description, tricky);
    QCOMPARE(PlanJson::write(*read), json);
}

// The audit trail compares two plans section by section: each section is the value write()
// writes under its key, and a plan written for one section holds exactly that one.
void tst_PlanJson::sectionsAreWhatWriteWrites()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    const QJsonObject whole = QJsonDocument::fromJson(PlanJson::write(*sample)).object();
    const PlanJson::Sections sections = PlanJson::writeSections(*sample);
    QCOMPARE(sections.json, PlanJson::write(*sample));
    QCOMPARE(sections.sections.size(), whole.size());
    for (qsizetype i = 0; i < sections.sections.size(); ++i) {
        const QString key = QString::fromUtf8(sections.sections.at(i).key);
        const QJsonDocument value =
            QJsonDocument::fromJson("[" + sections.value(i).toByteArray() + "]");
        QVERIFY2(value.isArray(), qPrintable(key));
        QCOMPARE(value.array().first(), whole.value(key));
    }
    const PlanJson::Sections only = PlanJson::writeSections(*sample, "runbooks");
    QCOMPARE(only.sections.size(), 1);
    QCOMPARE(only.sections.first().key, QByteArray("runbooks"));
    QCOMPARE(QJsonDocument::fromJson(only.value(0).toByteArray()).array(),
             whole.value(QStringLiteral("runbooks")).toArray());
}

void tst_PlanJson::numbersAreWrittenShortest()
{
    Plan plan = TestSupport::smallPlan();
    plan.processes[0].lossPerHour = 100000;
    plan.processes[0].rpoHours = 0.1;
    plan.processes[0].rtoHours = 1.0 / 3.0;
    const QByteArray json = PlanJson::write(plan);
    QVERIFY(json.contains("\"lossPerHour\": 100000,"));
    QVERIFY(json.contains("\"rpoHours\": 0.1,"));
    QStringList errors;
    const auto read = PlanJson::read(json, &errors);
    QVERIFY(read);
    QCOMPARE(*read->processes[0].rtoHours, 1.0 / 3.0);
}

void tst_PlanJson::errors_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("message");

    QTest::newRow("negative rto") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("1"), QStringLiteral("rtoHours")}, -1);
    }) << QStringLiteral("services[1].rtoHours: must be a non-negative number");
    QTest::newRow("rto as text") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("processes"), QStringLiteral("0"), QStringLiteral("rtoHours")},
              QStringLiteral("2h"));
    }) << QStringLiteral("processes[0].rtoHours: must be a non-negative number");
    QTest::newRow("absurd hours") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("recoveryHours")},
              1e9);
    }) << QStringLiteral("services[0].recoveryHours: must be a number of hours from 0 to 87600");
    QTest::newRow("position as array") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("position")},
              QJsonArray{1, 2});
    }) << QStringLiteral("services[0].position: must be an object such as");
    QTest::newRow("position without y") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("processes"), QStringLiteral("1"), QStringLiteral("position")},
              QJsonObject{{QStringLiteral("x"), 3}});
    }) << QStringLiteral("processes[1].position: must be an object such as");
    QTest::newRow("absurd position") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("position")},
              QJsonObject{{QStringLiteral("x"), 3}, {QStringLiteral("y"), -2e9}});
    }) << QStringLiteral("services[0].position: must have finite x and y between");
    QTest::newRow("attributes as list") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("1"), QStringLiteral("attributes")},
              QJsonArray{QStringLiteral("sys_id")});
    }) << QStringLiteral("services[1].attributes: must be an object of strings");
    QTest::newRow("attribute not text") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("1"), QStringLiteral("attributes")},
              QJsonObject{{QStringLiteral("location"), 7}});
    }) << QStringLiteral("services[1].attributes.location: must be a string");
    QTest::newRow("unknown top-level key")
        << Mutation([](QJsonObject &o) { o[QStringLiteral("proceses")] = QJsonArray(); })
        << QStringLiteral("proceses: is not a known field");
    QTest::newRow("unknown field") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("2"), QStringLiteral("rto")}, 4);
    }) << QStringLiteral("services[2].rto: is not a known field");
    QTest::newRow("dangling provider") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("dependencies"), QStringLiteral("0"), QStringLiteral("provider")},
              QStringLiteral("ghost"));
    }) << QStringLiteral("dependencies[0].provider: names no process or service (\"ghost\")");
    QTest::newRow("duplicate id across processes and services") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("id")},
              QStringLiteral("payments"));
    }) << QStringLiteral("repeats the id \"payments\" of processes[0]");
    QTest::newRow("self dependency") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("dependencies"), QStringLiteral("0"), QStringLiteral("provider")},
              o.value(QStringLiteral("dependencies"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("consumer")));
    }) << QStringLiteral("cannot depend on itself");
    QTest::newRow("duplicate dependency") << Mutation([](QJsonObject &o) {
        QJsonArray deps = o.value(QStringLiteral("dependencies")).toArray();
        deps.append(deps.at(0));
        o[QStringLiteral("dependencies")] = deps;
    }) << QStringLiteral("already depends on");
    // A quorum above the group's members is a finding of the check (quorum-exceeds-group), not
    // a broken plan: the window makes such groups (tst_planrules). A quorum of 0 is broken.
    QTest::newRow("quorum zero") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("groups"), QStringLiteral("0"), QStringLiteral("quorum")}, 0);
    }) << QStringLiteral("groups[0].quorum: must be a whole number from 1 to 1000000");
    QTest::newRow("unknown group") << Mutation([](QJsonObject &o) {
        QJsonArray deps = o.value(QStringLiteral("dependencies")).toArray();
        for (int i = 0; i < deps.size(); ++i) {
            QJsonObject d = deps.at(i).toObject();
            if (d.value(QStringLiteral("group")).isString()) {
                d[QStringLiteral("group")] = QStringLiteral("nope");
                deps[i] = d;
                break;
            }
        }
        o[QStringLiteral("dependencies")] = deps;
    }) << QStringLiteral("has no redundancy group \"nope\"");
    QTest::newRow("bad kind") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("kind")},
              QStringLiteral("server"));
    }) << QStringLiteral("services[0].kind: must be one of: application, data-store");
    QTest::newRow("rating out of range") << Mutation([](QJsonObject &o) {
        QJsonObject p = o.value(QStringLiteral("processes")).toArray().at(0).toObject();
        QJsonObject impacts = p.value(QStringLiteral("impacts")).toObject();
        impacts[QStringLiteral("financial")] = QJsonArray{0, 1, 2, 7, 4, 4};
        setAt(o, {QStringLiteral("processes"), QStringLiteral("0"), QStringLiteral("impacts")},
              impacts);
    }) << QStringLiteral("processes[0].impacts.financial[3]: must be a whole number from 0 to 4");
    QTest::newRow("rto above mtd") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("processes"), QStringLiteral("0"), QStringLiteral("rtoHours")},
              100);
    }) << QStringLiteral("processes[0].rtoHours: must not be longer than the MTD");
    QTest::newRow("runbook waits for unknown step") << Mutation([](QJsonObject &o) {
        QJsonObject rb = o.value(QStringLiteral("runbooks")).toArray().at(0).toObject();
        QJsonArray steps = rb.value(QStringLiteral("steps")).toArray();
        QJsonObject s = steps.at(1).toObject();
        s[QStringLiteral("waitsFor")] = QJsonArray{QStringLiteral("s9")};
        steps[1] = s;
        setAt(o, {QStringLiteral("runbooks"), QStringLiteral("0"), QStringLiteral("steps")}, steps);
    }) << QStringLiteral("runbooks[0].steps[1].waitsFor[0]: names no step of this runbook");
    QTest::newRow("bad exercise date") << Mutation([](QJsonObject &o) {
        setAt(o, {QStringLiteral("exercises"), QStringLiteral("0"), QStringLiteral("date")},
              QStringLiteral("14/03/2026"));
    }) << QStringLiteral("exercises[0].date: must be a date written YYYY-MM-DD");
    QTest::newRow("sections must be arrays")
        << Mutation([](QJsonObject &o) { o[QStringLiteral("services")] = QJsonObject(); })
        << QStringLiteral("services: must be an array");
}

void tst_PlanJson::errors()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, message);
    QJsonObject root = smallJson();
    mutation(root);
    QStringList errors;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(message),
             qPrintable(errors.join(QLatin1Char('\n'))));
    // The text parsed whole says the same (streamedAndWholeReadsAgree).
    QStringList whole;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &whole, PlanJson::Reading::Whole));
    QCOMPARE(whole, errors);
}

// Two values for one field: JSON parsers keep one silently; a plan refuses, naming where.
void tst_PlanJson::repeatedKeysAreRefused()
{
    QStringList errors;
    QVERIFY(!PlanJson::read("{\"format\": \"continuity-plan\", \"version\": 1, \"name\": \"a\", "
                            "\"name\": \"b\"}",
                            &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("name: repeats a key")),
             qPrintable(errors.first()));
    // Nested, and spelled with an escape: still the same key.
    QVERIFY(!PlanJson::read("{\"format\": \"continuity-plan\", \"version\": 1, \"services\": ["
                            "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"site\"},"
                            "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"site\", "
                            "\"\\u006eame\": \"C\"}]}",
                            &errors));
    QVERIFY2(errors.first().startsWith(QLatin1String("services[1].name: repeats a key")),
             qPrintable(errors.first()));
    // A name far longer than a plan holds is refused before it is decoded, its field named,
    // its content not echoed.
    QByteArray huge = "{\"format\": \"continuity-plan\", \"version\": 1, \"processes\": "
                      "[{\"id\": \"p\", \"name\": \"";
    huge += QByteArray(2000000, 'x') + "\"}]}";
    QVERIFY(!PlanJson::read(huge, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first() == QLatin1String("processes[0].name: must be at most 100000 "
                                             "characters long"),
             qPrintable(errors.first().left(300)));
    // The same key in two different objects is no repeat.
    QVERIFY2(PlanJson::read("{\"format\": \"continuity-plan\", \"version\": 1, \"services\": ["
                            "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"site\"},"
                            "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"site\"}]}",
                            &errors),
             qPrintable(errors.join(u' ')));
}

void tst_PlanJson::malformedJsonNamesLineAndColumn()
{
    QStringList errors;
    QVERIFY(
        !PlanJson::read("{\n  \"format\": \"continuity-plan\",\n  \"version\": 1,,\n}", &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("line 3, column")),
             qPrintable(errors.first()));
    QVERIFY(!PlanJson::read("[1, 2]", &errors));
    QVERIFY(errors.first().contains(QLatin1String("must be a JSON object")));
    QVERIFY(!PlanJson::read(QByteArray(), &errors));
}

void tst_PlanJson::formatAndVersionAreCheckedFirst()
{
    QJsonObject root = smallJson();
    root[QStringLiteral("version")] = PlanJson::Version + 1;
    root[QStringLiteral("newThing")] = true; // would be an error in this version
    QStringList errors;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("newer Continuity")),
             qPrintable(errors.first()));

    root = smallJson();
    root[QStringLiteral("format")] = QStringLiteral("something-else");
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().startsWith(QLatin1String("format:")));
}

void tst_PlanJson::manyErrorsAreCapped()
{
    QJsonObject root = smallJson();
    QJsonArray services;
    for (int i = 0; i < 200; ++i)
        services.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i)}});
    root[QStringLiteral("services")] = services;
    QStringList errors;
    QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &errors));
    QCOMPARE(errors.size(), 51);
    QVERIFY(errors.last().contains(QLatin1String("more problems")));
}

// docs/decisions/offline-push-back.md: what only the file changed is taken, what only the
// server changed stays, the same change on both is none, and anything else is a conflict that
// the resolution decides and the result names.
void tst_PlanJson::aThreeWayMergeGoesItemByItem()
{
    const auto object = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    const QJsonObject base = object(R"({"format":"continuity-plan","version":6,"name":"P",
        "services":[{"id":"a","rtoHours":1},{"id":"b","rtoHours":2},{"id":"c","rtoHours":3},
                    {"id":"d","rtoHours":4},{"id":"e","rtoHours":5}],
        "dependencies":[{"consumer":"a","provider":"b","strength":"hard"}],
        "biaHorizonsHours":[1,4]})");
    // The file: a changed, b removed, c changed, f added, g added, the a->c link added, the
    // horizons changed.
    const QJsonObject mine = object(R"({"format":"continuity-plan","version":6,"name":"P",
        "services":[{"id":"a","rtoHours":10},{"id":"c","rtoHours":30},{"id":"d","rtoHours":4},
                    {"id":"e","rtoHours":5},{"id":"f","rtoHours":6},{"id":"g","rtoHours":7}],
        "dependencies":[{"consumer":"a","provider":"b","strength":"hard"},
                        {"consumer":"a","provider":"c","strength":"soft"}],
        "biaHorizonsHours":[1,8]})");
    // The server: c changed differently, d changed, e removed, g added the same, the name and
    // the horizons changed.
    const QJsonObject theirs = object(R"({"format":"continuity-plan","version":6,"name":"Q",
        "services":[{"id":"a","rtoHours":1},{"id":"b","rtoHours":2},{"id":"c","rtoHours":33},
                    {"id":"d","rtoHours":44},{"id":"g","rtoHours":7}],
        "dependencies":[{"consumer":"a","provider":"b","strength":"hard"}],
        "biaHorizonsHours":[1,24]})");

    const PlanMerge::Result refused =
        PlanMerge::merge(base, mine, theirs, PlanMerge::Resolution::Refuse);
    QCOMPARE(refused.conflicts.size(), 2);
    // Sections in the order of their keys (a JSON object's), items in the server's order.
    QCOMPARE(refused.conflicts.at(0).item,
             (PlanMerge::Item{QStringLiteral("biaHorizonsHours"), QString()}));
    QCOMPARE(PlanMerge::describe(refused.conflicts.at(0).item), QStringLiteral("the BIA horizons"));
    QCOMPARE(refused.conflicts.at(1).item,
             (PlanMerge::Item{QStringLiteral("services"), QStringLiteral("c")}));
    QCOMPARE(refused.conflicts.at(1).fields, QStringList{QStringLiteral("rtoHours")});
    QStringList taken;
    for (const PlanMerge::Taken &t : refused.taken)
        taken.append(PlanMerge::describe(t.item) + QLatin1Char('=') +
                     QString::number(int(t.change)));
    QCOMPARE(taken,
             (QStringList{QStringLiteral("dependency a -> c=0"), QStringLiteral("service a=1"),
                          QStringLiteral("service b=2"), QStringLiteral("service f=0")}));
    QCOMPARE(refused.theirsKept, 3); // the name, d, e
    const QJsonObject kept = refused.merged;
    QCOMPARE(kept.value(QLatin1String("name")).toString(), QStringLiteral("Q"));
    QCOMPARE(QJsonDocument(kept.value(QLatin1String("services")).toArray())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"([{"id":"a","rtoHours":10},{"id":"c","rtoHours":33},)"
                        R"({"id":"d","rtoHours":44},{"id":"g","rtoHours":7},)"
                        R"({"id":"f","rtoHours":6}])"));
    QCOMPARE(kept.value(QLatin1String("dependencies")).toArray().size(), 2);
    QCOMPARE(kept.value(QLatin1String("biaHorizonsHours")).toArray().at(1).toInt(), 24);

    const PlanMerge::Result overwritten =
        PlanMerge::merge(base, mine, theirs, PlanMerge::Resolution::TakeMine);
    QCOMPARE(overwritten.conflicts.size(), 2);
    QCOMPARE(overwritten.taken.size(), 6);
    QCOMPARE(overwritten.merged.value(QLatin1String("biaHorizonsHours")).toArray().at(1).toInt(),
             8);
    const QJsonArray services = overwritten.merged.value(QLatin1String("services")).toArray();
    QVERIFY(std::any_of(services.begin(), services.end(), [](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("id")) == QLatin1String("c") &&
               v.toObject().value(QLatin1String("rtoHours")).toInt() == 30;
    }));

    // A removal on one side and a change on the other is a conflict too, both ways round.
    const QJsonObject removedHere = object(R"({"services":[{"id":"a","rtoHours":1}]})");
    const QJsonObject changedThere =
        object(R"({"services":[{"id":"a","rtoHours":1},{"id":"b","rtoHours":9}]})");
    const QJsonObject twoBase =
        object(R"({"services":[{"id":"a","rtoHours":1},{"id":"b","rtoHours":2}]})");
    const PlanMerge::Result removal =
        PlanMerge::merge(twoBase, removedHere, changedThere, PlanMerge::Resolution::KeepTheirs);
    QCOMPARE(removal.conflicts.size(), 1);
    QCOMPARE(removal.conflicts.first().mine, PlanMerge::Change::Removed);
    QCOMPARE(removal.conflicts.first().theirs, PlanMerge::Change::Changed);
    QCOMPARE(removal.merged.value(QLatin1String("services")).toArray().size(), 2);
    const PlanMerge::Result other =
        PlanMerge::merge(twoBase, changedThere, removedHere, PlanMerge::Resolution::KeepTheirs);
    QCOMPARE(other.conflicts.size(), 1);
    QCOMPARE(other.conflicts.first().theirs, PlanMerge::Change::Removed);
    QCOMPARE(other.merged.value(QLatin1String("services")).toArray().size(), 1);

    // Items without an identity of their own (two of one id) make their section one value.
    const QJsonObject twins = object(R"({"services":[{"id":"a"},{"id":"a"}]})");
    const PlanMerge::Result whole =
        PlanMerge::merge(twoBase, twins, twoBase, PlanMerge::Resolution::Refuse);
    QCOMPARE(whole.taken.size(), 1);
    QCOMPARE(whole.taken.first().item, (PlanMerge::Item{QStringLiteral("services"), QString()}));
}

QTEST_GUILESS_MAIN(tst_PlanJson)
#include "tst_planjson.moc"

// docs/decisions/streamed-json-import.md: the big arrays read straight from the text accept
// exactly what the whole text parsed at once accepts, read it to the same plan and say the same
// of everything else, for the plans this program writes, every refusal of errors(), the tricky
// spellings of a dependency, and thousands of texts broken at random.
void tst_PlanJson::streamedAndWholeReadsAgree()
{
    auto both = [](const QByteArray &text) {
        QStringList streamedErrors;
        QStringList wholeErrors;
        const std::optional<Plan> streamed =
            PlanJson::read(text, &streamedErrors, PlanJson::Reading::Streamed);
        const std::optional<Plan> whole =
            PlanJson::read(text, &wholeErrors, PlanJson::Reading::Whole);
        if (streamed.has_value() != whole.has_value() || streamedErrors != wholeErrors ||
            (streamed && PlanJson::write(*streamed) != PlanJson::write(*whole))) {
            qWarning("streamed: %s\nwhole: %s\ntext: %s", qPrintable(streamedErrors.join(u'|')),
                     qPrintable(wholeErrors.join(u'|')), text.left(400).constData());
            return false;
        }
        return true;
    };
    const QByteArray sample = PlanJson::write(*samplePlan(nullptr));
    QVERIFY(both(sample));
    QStringList errors;
    QVERIFY(PlanJson::read(sample, &errors, PlanJson::Reading::Streamed));
    QVERIFY(both(PlanJson::write(TestSupport::smallPlan())));
    QVERIFY(both(QJsonDocument(smallJson()).toJson(QJsonDocument::Compact)));

    // (Every refusal of errors() is compared there.)
    const QJsonObject small = smallJson();

    // A dependency spelled every way the plain reading does not read itself.
    const QByteArray head = PlanJson::write(TestSupport::smallPlan());
    const qsizetype at = head.indexOf("\"dependencies\": [") + 17;
    QVERIFY(at > 17);
    const QList<QByteArray> dependencies = {
        R"({"consumer": "\u0061pp", "provider": "db"},)",
        R"({"consumer": "app", "provider": "db", "group": ""},)",
        R"({"consumer": "app", "provider": "db", "group": 7},)",
        R"({"consumer": "app", "provider": "db", "strength": "HARD"},)",
        R"({"consumer": "app", "provider": "db", "strength": "soft", "note": 1},)",
        R"({"consumer": "app", "consumer": "db", "provider": "db"},)",
        R"({"consumer": "app"},)",
        R"({"consumer": "", "provider": "db"},)",
        R"({"consumer": "äpp", "provider": "db"},)",
        R"({"consumer": "app", "provider": "db", "group": nul},)",
        R"({"consumer": "app", "provider": "db", "group": null, },)",
        R"({"consumer": "app" "provider": "db"},)",
        R"({"provider": "db", "consumer": "app", "strength": "soft"},)",
        R"(["app", "db"],)",
        R"(null,)",
        "{\"consumer\": \"a\x01p\", \"provider\": \"db\"},",
        "{\"consumer\": \"ap\x7fp\", \"provider\": \"db\"},",
        "{\"consumer\": \"a\xffp\", \"provider\": \"db\"},",
        "{\"consumer\": \"" + QByteArray(700000, 'x') + "\", \"provider\": \"db\"},",
    };
    for (const QByteArray &dependency : dependencies) {
        QByteArray text = head;
        text.insert(at, dependency);
        QVERIFY2(both(text), dependency.left(80).constData());
        // The same as the last element, and alone in its array.
        QByteArray last = head;
        const qsizetype close = last.indexOf(']', at);
        last.insert(close, QByteArray(",") + dependency.chopped(1));
        QVERIFY2(both(last), dependency.left(80).constData());
    }
    // A future version whose arrays are not valid JSON: the whole read names the JSON first.
    {
        QJsonObject root = small;
        root[QStringLiteral("version")] = PlanJson::Version + 1;
        QByteArray text = QJsonDocument(root).toJson();
        text.insert(text.indexOf("\"dependencies\": [") + 17, "{\"consumer\": 1,,},");
        QVERIFY(both(text));
    }
    // Nested deeper than a plan ever is, inside a service.
    {
        QByteArray text = head;
        const qsizetype service = text.indexOf("\"services\": [") + 14;
        text.insert(service + text.mid(service).indexOf('{') + 1,
                    "\"attributes\": " + QByteArray(100, '[') + QByteArray(100, ']') + ", ");
        QVERIFY(both(text));
    }

    // Texts broken at random: a byte taken away, doubled, or a token put in, anywhere.
    const QList<QByteArray> tokens = {"\"",       "\\",   ",",   "}", "]",     "{",
                                      "[",        "null", ":",   " ", "\"x\"", "\\u0041",
                                      "\xc3\xa9", "\x01", "1e9", "-", "true",  "\"\":1,"};
    std::mt19937 random(19);
    int accepted = 0;
    for (int i = 0; i < 1200; ++i) {
        QByteArray text = (i % 2) ? sample : head;
        // Half of them in the dependencies, where the plain reading is.
        const qsizetype from = (i % 4 < 2) ? text.indexOf("\"dependencies\"") : 0;
        const qsizetype pos = from + qsizetype(random() % std::uint32_t(text.size() - from));
        switch (random() % 3) {
        case 0:
            text.remove(pos, 1 + random() % 3);
            break;
        case 1:
            text.insert(pos, text.mid(pos, 1 + random() % 12));
            break;
        default:
            text.insert(pos, tokens.at(random() % tokens.size()));
            break;
        }
        QVERIFY2(both(text), qPrintable(QString::number(i)));
        accepted += PlanJson::read(text, &errors).has_value();
    }
    // Some broken texts are still plans (a space put in, a byte doubled inside a name).
    QVERIFY(accepted > 0);
}
