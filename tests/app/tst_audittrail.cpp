// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's audit trail (PRODUCT §14, docs/audit-trail.md): what is recorded, that another
// tool computes the same hashes, that tampering is named, the CLI, and the report footer.
#include "CliRun.h"
#include "document/PlanDocument.h"
#include "domain/ExerciseLog.h"
#include "io/PlanJson.h"
#include "io/SamplePlan.h"
#include "storage/AuditTrail.h"
#include "storage/PlanFile.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Continuity;

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void everyEditUndoAndRedoIsRecorded();
    void everyKindOfItemIsRecordedWithWhatChanged();
    void aChangedItemRecordsTheFieldsThatDiffer();
    void liveExerciseActionsAndApprovalsAreRecorded();
    void anotherToolComputesTheSameHashes();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void theProgramCannotRewriteHistory();
    void droppedTriggerIsNamed();
    void cliListsFiltersAndExports();
    void planFromJsonStartsWithImported();
    void olderPlanStartsItsTrailWhenUpgraded();
    void reportFooterCarriesTheHead();

private:
    using Result = TestSupport::CliResult;
    static Result run(const QStringList &args) { return TestSupport::runCli(args); }
    // A sample plan with a few edits: records 1 (created) to 6.
    QString editedSample(const QString &name);
    static QList<Audit::Record> records(const PlanDocument &document)
    {
        QList<Audit::Record> list;
        QString error;
        if (!Audit::list(document.file()->database(), {}, &list, &error))
            qWarning("%s", qPrintable(error));
        return list;
    }
    // Runs SQL on the file as someone with sqlite3 would (the triggers dropped first).
    static bool tamper(const QString &path, const QStringList &statements, QString *error);
    QTemporaryDir m_dir;
};

QString tst_AuditTrail::editedSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    if (!sample)
        return {};
    auto document = PlanDocument::create(path, *sample, &error);
    if (!document)
        return {};
    Process p = document->plan().processes.first();
    p.rtoHours = 3;
    document->changeProcess(p);
    Service s;
    s.id = QStringLiteral("audit-svc");
    s.name = QStringLiteral("Audited service");
    document->addService(s);
    document->addDependency({p.id, s.id, Strength::Soft, {}});
    document->undo();
    document->redo();
    return path;
}

// Each list of the plan has its own section in the details (only it is written and compared):
// removing one item of every kind the sample plan holds records that item, by id, as it was.
void tst_AuditTrail::everyKindOfItemIsRecordedWithWhatChanged()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    auto document =
        PlanDocument::create(m_dir.filePath(QStringLiteral("kinds.continuity")), *sample, &error);
    QVERIFY2(document, qPrintable(error));
    const Plan &plan = document->plan();
    const auto removedAndRecorded = [&](const char *what, const QString &id, auto remove) {
        if (id.isEmpty())
            return;
        QVERIFY2(remove(id),
                 qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(what), id, error)));
        const Audit::Record last = records(*document).constLast();
        const QJsonObject details = QJsonDocument::fromJson(last.details.toUtf8()).object();
        const QJsonObject before = details.value(QStringLiteral("before")).toObject();
        QVERIFY2(
            !before.isEmpty() && details.value(QStringLiteral("after")).isUndefined(),
            qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(what), id, last.details)));
        QVERIFY2(last.details.contains(id), qPrintable(last.details));
    };
    const auto first = [](const auto &list) {
        return list.isEmpty() ? QString() : list.first().id;
    };
    // Dependents first, so that nothing is refused for what still refers to it.
    removedAndRecorded("call tree", first(plan.callTrees),
                       [&](const QString &id) { return document->removeCallTree(id, &error); });
    removedAndRecorded("exception", first(plan.exceptions),
                       [&](const QString &id) { return document->removeException(id, &error); });
    removedAndRecorded("evidence", first(plan.evidence),
                       [&](const QString &id) { return document->removeEvidence(id, &error); });
    removedAndRecorded("access review", first(plan.accessReviews),
                       [&](const QString &id) { return document->removeAccessReview(id, &error); });
    removedAndRecorded("commitment", first(plan.commitments),
                       [&](const QString &id) { return document->removeCommitment(id, &error); });
    removedAndRecorded("incident", first(plan.incidents),
                       [&](const QString &id) { return document->removeIncident(id, &error); });
    removedAndRecorded("change", first(plan.changes),
                       [&](const QString &id) { return document->removeChange(id, &error); });
    removedAndRecorded("freeze", first(plan.freezes),
                       [&](const QString &id) { return document->removeFreeze(id, &error); });
    removedAndRecorded(
        "maintenance window", first(plan.maintenanceWindows),
        [&](const QString &id) { return document->removeMaintenanceWindow(id, &error); });
    removedAndRecorded("exercise", first(plan.exercises),
                       [&](const QString &id) { return document->removeExercise(id, &error); });
    removedAndRecorded("SLO", plan.slos.isEmpty() ? QString() : plan.slos.first().node,
                       [&](const QString &id) { return document->removeSlo(id, &error); });
    const Dependency dependency = plan.dependencies.first();
    removedAndRecorded("dependency", dependency.consumer, [&](const QString &) {
        return document->removeDependency(dependency.consumer, dependency.provider, &error);
    });
    QVERIFY(!plan.controls.isEmpty() && !plan.contracts.isEmpty() && !plan.persons.isEmpty());
}

// An edit's details are found from the bytes of the item's JSON without parsing it (an edit's
// cost, docs/audit-trail.md): they must say what a field-by-field comparison of the item as plan
// JSON says, for nested values, awkward text and fields that come and go.
void tst_AuditTrail::aChangedItemRecordsTheFieldsThatDiffer()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    auto document =
        PlanDocument::create(m_dir.filePath(QStringLiteral("fields.continuity")), *sample, &error);
    QVERIFY2(document, qPrintable(error));
    // The item `id` of plan-JSON section `section` as the document holds it now.
    const auto itemNow = [&](const char *section, const QString &id) {
        const QJsonArray items = QJsonDocument::fromJson(PlanJson::write(document->plan()))
                                     .object()
                                     .value(QLatin1String(section))
                                     .toArray();
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return QJsonObject();
    };
    const auto checked = [&](const char *section, const QString &id, auto change) {
        const QJsonObject was = itemNow(section, id);
        QVERIFY2(!was.isEmpty(), section);
        QVERIFY2(change(), qPrintable(error));
        const QJsonObject is = itemNow(section, id);
        QJsonObject before;
        QJsonObject after;
        for (auto f = was.constBegin(); f != was.constEnd(); ++f) {
            if (f.value() != is.value(f.key()))
                before.insert(f.key(), f.value());
        }
        for (auto f = is.constBegin(); f != is.constEnd(); ++f) {
            if (f.value() != was.value(f.key()))
                after.insert(f.key(), f.value());
        }
        QVERIFY2(!before.isEmpty() || !after.isEmpty(), section);
        QJsonObject expected;
        if (!before.isEmpty())
            expected.insert(QStringLiteral("before"), before);
        if (!after.isEmpty())
            expected.insert(QStringLiteral("after"), after);
        const Audit::Record last = records(*document).constLast();
        QJsonParseError parsed;
        const QJsonDocument details = QJsonDocument::fromJson(last.details.toUtf8(), &parsed);
        QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(last.details));
        QCOMPARE(details.object(), expected);
        QCOMPARE(last.objectId, id);
        // Written compactly, one line, whatever the plan JSON's layout.
        QVERIFY2(!last.details.contains(QLatin1Char('\n')) &&
                     !last.details.contains(QStringLiteral("\": ")),
                 qPrintable(last.details));
    };
    const QString awkward =
        QStringLiteral("Say \"hi there\", \\ {x: [1, 2]}\n\tnaïve 東京 😀 \u0001");

    Process process = document->plan().processes.first();
    checked("processes", process.id, [&] {
        process.rtoHours = 2.5;
        process.name = awkward;
        process.tier.reset();
        process.impacts[0][1] = 4; // a nested object of arrays
        return document->changeProcess(process, &error);
    });
    checked("processes", process.id, [&] {
        process.description = QStringLiteral("  spaced   out  ");
        process.lossPerHour = 1e12; // plan JSON writes it without an exponent
        return document->changeProcess(process, &error);
    });
    Service service = document->plan().services.first();
    checked("services", service.id, [&] {
        service.owner = awkward;
        service.rtoHours = service.rtoHours.value_or(1) + 1;
        return document->changeService(service, &error);
    });
    Runbook runbook = document->plan().runbooks.first();
    QVERIFY(!runbook.steps.isEmpty());
    checked("runbooks", runbook.id, [&] {
        runbook.steps.first().title = awkward; // an array of objects
        runbook.steps.removeLast();
        return document->changeRunbook(runbook, QStringLiteral("Change runbook"), &error);
    });
    Incident incident = document->plan().incidents.first();
    checked("incidents", incident.id, [&] {
        incident.title = QStringLiteral("}]{[\",");
        return document->changeIncident(incident, QStringLiteral("Change incident"), &error);
    });
}

void tst_AuditTrail::everyEditUndoAndRedoIsRecorded()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    auto document =
        PlanDocument::create(m_dir.filePath(QStringLiteral("edits.continuity")), *sample, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->auditHead().seq, 1);

    Process p = document->plan().processes.first();
    const double oldRto = p.rtoHours.value_or(-1);
    p.rtoHours = 3;
    QVERIFY(document->changeProcess(p, &error));
    const QString changeText = document->undoStack()->undoText();
    Service s;
    s.id = QStringLiteral("audit-svc");
    s.name = QStringLiteral("Audited service");
    QVERIFY(document->addService(s, &error));
    QVERIFY(document->removeNode(s.id, &error));
    document->undo();
    document->redo();
    QVERIFY(document->setPlanName(QStringLiteral("Renamed"), &error));
    Plan replaced = document->plan();
    replaced.services.removeLast();
    replaced.dependencies.removeIf([&](const Dependency &d) {
        return d.provider == document->plan().services.constLast().id ||
               d.consumer == document->plan().services.constLast().id;
    });
    QVERIFY2(document->replacePlan(replaced, QStringLiteral("Import test"), &error),
             qPrintable(error));

    const QList<Audit::Record> list = records(*document);
    QCOMPARE(list.size(), 8);
    QCOMPARE(list.at(0).action, QStringLiteral("Create plan"));
    QCOMPARE(list.at(0).prev, Audit::zeroHash());
    // The field edit: named as the Undo menu names it, the process by id, the field before and
    // after.
    QCOMPARE(list.at(1).action, changeText);
    QCOMPARE(list.at(1).objectKind, QStringLiteral("process"));
    QCOMPARE(list.at(1).objectId, p.id);
    const QJsonObject details = QJsonDocument::fromJson(list.at(1).details.toUtf8()).object();
    QCOMPARE(details.value(QStringLiteral("before")).toObject().value(QStringLiteral("rtoHours")),
             QJsonValue(oldRto));
    QCOMPARE(details.value(QStringLiteral("after")).toObject().value(QStringLiteral("rtoHours")),
             QJsonValue(3.0));
    QCOMPARE(details.value(QStringLiteral("after")).toObject().size(), 1);
    QCOMPARE(list.at(2).objectKind, QStringLiteral("service"));
    QVERIFY(list.at(2).details.contains(QLatin1String("Audited service")));
    QVERIFY(list.at(3).action.startsWith(QLatin1String("Remove")));
    QCOMPARE(list.at(4).action, QStringLiteral("Undo ") + list.at(3).action);
    QCOMPARE(list.at(5).action, QStringLiteral("Redo ") + list.at(3).action);
    QCOMPARE(list.at(6).objectKind, QStringLiteral("plan"));
    QVERIFY(list.at(6).details.contains(QLatin1String("Renamed")));
    // A whole list replaced is summed up by item.
    QCOMPARE(Audit::summary(list.at(3)), QStringLiteral("removed"));
    Audit::Record persons;
    persons.details =
        QStringLiteral("{\"before\":{\"persons\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\"}]},"
                       "\"after\":{\"persons\":[{\"id\":\"a\",\"name\":\"Ann\"},{\"id\":\"c\"},"
                       "{\"id\":\"d\"}]}}");
    QCOMPARE(Audit::summary(persons), QStringLiteral("persons: 2 added, 1 changed, 1 removed"));
    QCOMPARE(Audit::summary(list.at(1)), QStringLiteral("rtoHours %1 → 3").arg(oldRto));
    QCOMPARE(list.at(7).action, QStringLiteral("Import test"));
    QVERIFY(list.at(7).details.contains(
        QStringLiteral("\"services\":%1").arg(qint64(document->plan().services.size()))));
    for (const Audit::Record &r : list) {
        QVERIFY(!r.user.isEmpty());
        // UTC with milliseconds, exactly as QDateTime writes it, and the time it was written.
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
        QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, qPrintable(r.at));
        QCOMPARE(at.toString(Qt::ISODateWithMs), r.at);
        QVERIFY2(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(r.at));
    }
    const Audit::Verification v = Audit::verify(document->file()->database());
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.records, 8);
    QVERIFY(v.head == document->auditHead());

    // A refused edit writes nothing, so it has no record.
    Process bad = p;
    bad.rtoHours = -5;
    QVERIFY(!document->changeProcess(bad, &error));
    QCOMPARE(records(*document).size(), 8);
}

void tst_AuditTrail::liveExerciseActionsAndApprovalsAreRecorded()
{
    QString error;
    const std::optional<Plan> sample = samplePlan(&error);
    QVERIFY2(sample, qPrintable(error));
    auto document =
        PlanDocument::create(m_dir.filePath(QStringLiteral("live.continuity")), *sample, &error);
    QVERIFY2(document, qPrintable(error));
    // The sample's first runbook is a draft: approving it is an edit like any other.
    const Runbook runbook = document->plan().runbooks.first();
    QVERIFY(runbook.status == RunbookStatus::Draft);
    QVERIFY2(document->approveRunbook(runbook.id, QStringLiteral("Dana Auditor"), QString(), &error,
                                      QStringLiteral("test")),
             qPrintable(error));
    Exercise e;
    e.id = QStringLiteral("live-audit");
    e.title = QStringLiteral("Live audit");
    e.date = QStringLiteral("2026-12-06");
    e.declaredAt = QStringLiteral("2026-12-06T09:00:00Z");
    e.runbooks = {runbook.id};
    QVERIFY2(document->addExercise(e, &error), qPrintable(error));
    Exercise running = *document->exercise(e.id);
    QVERIFY2(startStep(running, runbook.id, runbook.steps.first().id,
                       QStringLiteral("2026-12-06T09:01:00Z"), QStringLiteral("Ravi"), &error),
             qPrintable(error));
    QVERIFY2(document->changeExercise(running, QStringLiteral("Start step 1"), &error),
             qPrintable(error));

    const QList<Audit::Record> list = records(*document);
    QCOMPARE(list.size(), 4);
    QVERIFY(list.at(1).action.startsWith(QLatin1String("Approve")));
    QCOMPARE(list.at(1).objectKind, QStringLiteral("runbook"));
    QVERIFY2(list.at(1).details.contains(QLatin1String("Dana Auditor")),
             qPrintable(list.at(1).details));
    QCOMPARE(list.at(3).action, QStringLiteral("Start step 1"));
    QCOMPARE(list.at(3).objectKind, QStringLiteral("exercise"));
    QCOMPARE(list.at(3).objectId, e.id);
    QVERIFY2(list.at(3).details.contains(QLatin1String("2026-12-06T09:01:00Z")),
             qPrintable(list.at(3).details));
}

// docs/audit-trail.md says how anyone can check a record: SHA-256 of prev followed by the
// record as JSON with sorted keys and no white space. Python's json and hashlib do it here.
void tst_AuditTrail::anotherToolComputesTheSameHashes()
{
    const QString path = editedSample(QStringLiteral("python.continuity"));
    QVERIFY(!path.isEmpty());
    {
        // A record with quotes, a backslash, a tab, a control character and non-ASCII text.
        QString error;
        auto document = PlanDocument::open(path, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(document->setPlanName(QStringLiteral("Zürich \"Ops\" \\ \t tab \x01 ✓"), &error));
    }
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is installed by scripts/install-deps.sh");
    const QString script = QStringLiteral(
        "import sqlite3, hashlib, json, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "prev = '0' * 64\n"
        "n = 0\n"
        "for seq, at, user, name, action, kind, oid, details, p, h in db.execute(\n"
        "        'SELECT seq, at, user, user_name, action, object_kind, object_id, details,'\n"
        "        ' prev, hash FROM audit ORDER BY seq'):\n"
        "    record = dict(seq=seq, at=at, user=user, userName=name, action=action,\n"
        "                  objectKind=kind, objectId=oid, details=details, prev=p)\n"
        "    text = json.dumps(record, sort_keys=True, separators=(',', ':'),\n"
        "                      ensure_ascii=False)\n"
        "    assert p == prev, seq\n"
        "    assert hashlib.sha256((p + text).encode('utf-8')).hexdigest() == h, seq\n"
        "    prev = h\n"
        "    n += 1\n"
        "print(n, prev)\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QStringList parts = out.split(QLatin1Char(' '));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0), QStringLiteral("7"));
    const Result verified = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    QCOMPARE(verified.code, 0);
    QVERIFY2(verified.out.contains(parts.at(1)), qPrintable(verified.out));
}

bool tst_AuditTrail::tamper(const QString &path, const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        // Whoever tampers with care puts the triggers back, so that the file opens as before
        // (without them it is refused as damaged, naming the missing trigger).
        QStringList all{QStringLiteral("DROP TRIGGER audit_never_updated"),
                        QStringLiteral("DROP TRIGGER audit_never_deleted")};
        all += statements;
        // The list is kept: a loop over a part of a temporary would read freed memory.
        const QList<Migration> migrations = PlanFile::migrations();
        for (const Migration &migration : migrations) {
            for (const QString &statement : migration.statements) {
                if (statement.startsWith(QLatin1String("CREATE TRIGGER audit_")) &&
                    !statements.contains(QLatin1String("DROP TABLE audit")))
                    all.append(statement);
            }
        }
        for (const QString &statement : std::as_const(all)) {
            if (ok && !q.exec(statement)) {
                *error = statement + QLatin1String(": ") + q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

void tst_AuditTrail::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("broken");
    QTest::addColumn<QString>("words");
    QTest::newRow("a record's content")
        << QStringList{QStringLiteral(
               "UPDATE audit SET details = replace(details, '3', '4') WHERE seq = 2")}
        << 2 << QStringLiteral("was changed");
    QTest::newRow("a record's user")
        << QStringList{QStringLiteral("UPDATE audit SET user = 'someone-else' WHERE seq = 4")} << 4
        << QStringLiteral("was changed");
    QTest::newRow("a link")
        << QStringList{QStringLiteral(
               "UPDATE audit SET prev = (SELECT hash FROM audit WHERE seq = 1) WHERE seq = 3")}
        << 3 << QStringLiteral("not linked");
    // Whoever rewrites a record and its hash breaks the link of the record after it.
    QTest::newRow("a record and its hash")
        << QStringList{QStringLiteral(
               "UPDATE audit SET hash = (SELECT hash FROM audit WHERE seq = 5) WHERE seq = 2")}
        << 2 << QStringLiteral("was changed");
    QTest::newRow("the order")
        << QStringList{QStringLiteral("UPDATE audit SET seq = 100 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit SET seq = 2 WHERE seq = 3"),
                       QStringLiteral("UPDATE audit SET seq = 3 WHERE seq = 100")}
        << 2 << QStringLiteral("not linked");
    QTest::newRow("a deleted record")
        << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 3")} << 3
        << QStringLiteral("missing");
    QTest::newRow("the first record")
        << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 1")} << 1
        << QStringLiteral("missing");
}

void tst_AuditTrail::tamperingIsNamed()
{
    QFETCH(QStringList, statements);
    QFETCH(int, broken);
    QFETCH(QString, words);
    const QString path = editedSample(QStringLiteral("tamper-%1.continuity")
                                          .arg(QString::fromLatin1(QTest::currentDataTag())
                                                   .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                   .remove(QLatin1Char('\''))));
    QVERIFY(!path.isEmpty());
    QCOMPARE(run({QStringLiteral("audit"), path, QStringLiteral("--verify")}).code, 0);
    QString error;
    QVERIFY2(tamper(path, statements, &error), qPrintable(error));
    const Result r = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at record %1:").arg(broken)), qPrintable(r.err));
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
}

void tst_AuditTrail::theProgramCannotRewriteHistory()
{
    const QString path = editedSample(QStringLiteral("triggers.continuity"));
    QVERIFY(!path.isEmpty());
    QString error;
    auto document = PlanDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QSqlQuery q(document->file()->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET user = 'x' WHERE seq = 1")));
    QVERIFY(q.lastError().text().contains(QLatin1String("never changed")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
    QVERIFY(q.lastError().text().contains(QLatin1String("never deleted")));
    // Replacing the whole plan keeps the trail: it is history, not content.
    QVERIFY(document->replacePlan(Plan::empty(QStringLiteral("Empty")), QStringLiteral("Clear"),
                                  &error));
    QCOMPARE(records(*document).size(), 7);
    QVERIFY(Audit::verify(document->file()->database()).ok);
}

void tst_AuditTrail::droppedTriggerIsNamed()
{
    const QString path = editedSample(QStringLiteral("no-trigger.continuity"));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_never_deleted")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    const Result r = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("audit_never_deleted")), qPrintable(r.err));
}

void tst_AuditTrail::cliListsFiltersAndExports()
{
    const QString path = editedSample(QStringLiteral("cli.continuity"));
    QVERIFY(!path.isEmpty());
    Result r = run({QStringLiteral("audit"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("6 record(s)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Create plan")));

    r = run({QStringLiteral("audit"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 6);
    QCOMPARE(array.at(5).toObject().value(QStringLiteral("seq")).toInt(), 6);
    QVERIFY(array.at(4)
                .toObject()
                .value(QStringLiteral("action"))
                .toString()
                .startsWith(QLatin1String("Undo ")));
    for (const char *key :
         {"at", "user", "userName", "action", "objectKind", "objectId", "details", "prev", "hash"})
        QVERIFY2(array.at(1).toObject().contains(QLatin1String(key)), key);

    r = run({QStringLiteral("audit"), path, QStringLiteral("--object"), QStringLiteral("audit-svc"),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);
    r = run({QStringLiteral("audit"), path, QStringLiteral("--action"), QStringLiteral("Undo"),
             QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    r = run({QStringLiteral("audit"), path, QStringLiteral("--from"),
             QDate::currentDate().addDays(2).toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = run({QStringLiteral("audit"), path, QStringLiteral("--to"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QStringLiteral("--from"),
             QStringLiteral("2000-01-01"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 6);
    r = run({QStringLiteral("audit"), path, QStringLiteral("--user"),
             QStringLiteral("nobody-by-this-name")});
    QVERIFY(r.out.contains(QLatin1String("0 record(s)")));

    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    r = run({QStringLiteral("audit"), path, QStringLiteral("--csv"), csv});
    QCOMPARE(r.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().contains("seq,at,user,userName,action,objectKind,objectId,details"));
    QCOMPARE(lines.size(), 8); // header, six records, the empty rest after the last CRLF

    r = run({QStringLiteral("audit"), path, QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--from")));
    r = run({QStringLiteral("audit"), m_dir.filePath(QStringLiteral("absent.continuity"))});
    QCOMPARE(r.code, 2);
}

void tst_AuditTrail::planFromJsonStartsWithImported()
{
    const QString sample = m_dir.filePath(QStringLiteral("json-source.continuity"));
    const QString json = m_dir.filePath(QStringLiteral("plan.json"));
    const QString made = m_dir.filePath(QStringLiteral("from-json.continuity"));
    QCOMPARE(run({QStringLiteral("new"), sample, QStringLiteral("--sample")}).code, 0);
    QCOMPARE(run({QStringLiteral("export"), sample, QStringLiteral("--json"), json}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), made, QStringLiteral("--json"), json}).code, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const Result r = run({QStringLiteral("audit"), made, QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("Import plan JSON"));
    const QJsonObject details =
        QJsonDocument::fromJson(first.value(QStringLiteral("details")).toString().toUtf8())
            .object();
    QCOMPARE(details.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QStringLiteral("plan.json"));
    // Plan JSON does not carry the trail.
    QFile exported(json);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(!exported.readAll().contains("\"audit"));
    // Replacing a plan's content from JSON is recorded as well.
    QCOMPARE(run({QStringLiteral("import"), made, QStringLiteral("--json"), json,
                  QStringLiteral("--replace")})
                 .code,
             0);
    QCOMPARE(QJsonDocument::fromJson(
                 run({QStringLiteral("audit"), made, QStringLiteral("--json")}).out.toUtf8())
                 .array()
                 .size(),
             2);
    QCOMPARE(run({QStringLiteral("audit"), made, QStringLiteral("--verify")}).code, 0);
}

void tst_AuditTrail::olderPlanStartsItsTrailWhenUpgraded()
{
    // A plan file of format 12 (before the trail): its upgrade adds the empty trail, and its
    // first edit is record 1.
    const QString path = m_dir.filePath(QStringLiteral("format12.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(path, Plan::empty(QStringLiteral("Old")), &error),
             qPrintable(error));
    QVERIFY2(tamper(path,
                    {QStringLiteral("DROP TABLE customer_commitments"),
                     QStringLiteral("DROP TABLE supplier_contracts"),
                     QStringLiteral("ALTER TABLE runbooks DROP COLUMN exit_plan"),
                     QStringLiteral("ALTER TABLE processes DROP COLUMN licensed_activity"),
                     QStringLiteral("DELETE FROM plan_info WHERE key LIKE 'entity%' OR key IN"
                                    " ('competent_authority', 'critical_max_tier')"),
                     QStringLiteral("DROP TABLE risk_exceptions"),
                     QStringLiteral("DROP TABLE access_reviews"),
                     QStringLiteral("DROP TABLE evidence_files"),
                     QStringLiteral("DROP TABLE control_requirements"),
                     QStringLiteral("DROP TABLE controls"), QStringLiteral("DROP TABLE audit"),
                     QStringLiteral("PRAGMA user_version = 12")},
                    &error),
             qPrintable(error));
    // Read as it is (an upgraded copy is read), it has no records yet.
    const Result before = run({QStringLiteral("audit"), path});
    QCOMPARE(before.code, 0);
    QVERIFY2(before.out.contains(QLatin1String("0 record(s)")), qPrintable(before.out));
    auto document = PlanDocument::open(path, &error);
    QVERIFY2(document, qPrintable(error));
    QVERIFY(document->auditHead().isEmpty());
    QVERIFY(document->setPlanName(QStringLiteral("Upgraded"), &error));
    QCOMPARE(document->auditHead().seq, 1);
    const Audit::Verification v = Audit::verify(document->file()->database());
    QVERIFY(v.ok);
    QCOMPARE(v.records, 1);
}

void tst_AuditTrail::reportFooterCarriesTheHead()
{
    const QString path = editedSample(QStringLiteral("footer.continuity"));
    QVERIFY(!path.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CONTINUITY_CLI), {QStringLiteral("report"), QStringLiteral("findings"),
                                               path, QStringLiteral("-o"), pdf});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is installed by scripts/install-deps.sh");
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    const Result verified = run({QStringLiteral("audit"), path, QStringLiteral("--verify")});
    const QString head =
        verified.out.section(QLatin1String("head "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(head.startsWith(QLatin1String("#6 ")), qPrintable(verified.out));
    // On every page.
    const qsizetype pages = content.count(QLatin1String("Page "));
    QVERIFY(pages >= 1);
    QCOMPARE(content.count(QStringLiteral("Audit trail ") + head), pages);
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
