// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SamplePlan.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Continuity;

class tst_PlanFile : public QObject
{
    Q_OBJECT

private slots:
    void createSetsPragmasAndIds();
    void createRefusesExistingFile();
    void roundTripThroughStorage();
    void secondOpenerGetsReadOnlyAndNamesHolder();
    void staleLockIsTakenOver();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void readOnlyFolderRefusesCreate();
    void copyToWritesAConsistentCopy();
    void copyToRefusesLockedTarget();
    void bulkWriteRebuildsTheSecondaryIndexes();
    void bulkWriteChecksReferencesItself();
    void clearContentEmptiesEveryTable();
    void bulkWriteKeepsEachTextAsItIs();
    void bulkWriteFallsBackToQtSql();
    void symlinkFindsTheSameLock();
    void hardLinkOpensReadOnly();
    void brokenLockFileIsTakenOver_data();
    void brokenLockFileIsTakenOver();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

static QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QString();
    return q.value(0).toString();
}

void tst_PlanFile::createSetsPragmasAndIds()
{
    QString error;
    auto file = PlanFile::create(path(QStringLiteral("pragmas.continuity")), &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(!file->isReadOnly());
    {
        const QSqlDatabase db = file->database();
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toLongLong(),
                 qint64(PlanFile::ApplicationId));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(),
                 PlanFile::currentSchemaVersion());
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toLower(), QStringLiteral("delete"));
    }
    QVERIFY(QFile::exists(PlanFile::lockFilePath(file->path())));
    file.reset();
    QVERIFY(!QFile::exists(PlanFile::lockFilePath(path(QStringLiteral("pragmas.continuity")))));

    // Every connection gets foreign keys and full sync, not just the creating one.
    auto reopened =
        PlanFile::open(path(QStringLiteral("pragmas.continuity")), OpenMode::ReadWrite, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(pragma(reopened->database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(reopened->database(), QStringLiteral("synchronous")), QStringLiteral("2"));
    QVERIFY(reopened->integrityProblems().isEmpty());
}

void tst_PlanFile::createRefusesExistingFile()
{
    const QString p = path(QStringLiteral("existing.continuity"));
    QVERIFY(TestSupport::writeAll(p, "keep me"));
    QString error;
    QVERIFY(!PlanFile::create(p, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(p), QByteArray("keep me"));
}

void tst_PlanFile::roundTripThroughStorage()
{
    const QString p = path(QStringLiteral("roundtrip.continuity"));
    const Plan plan = TestSupport::smallPlan();
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, plan, &error), qPrintable(error));
    const Plan loaded = TestSupport::loadPlanFile(p, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(loaded, plan);
}

void tst_PlanFile::secondOpenerGetsReadOnlyAndNamesHolder()
{
    const QString p = path(QStringLiteral("locked.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, Plan::empty(), &error), qPrintable(error));
    auto first = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!first->isReadOnly());

    auto second = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second->readOnlyReason()));
    // The read-only connection cannot write, whatever SQL is tried.
    QSqlQuery q(second->database());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO plan_info(key, value) VALUES('x', 'y')")));

    first.reset();
    second.reset();
    auto third = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(third && !third->isReadOnly(), qPrintable(error));
}

void tst_PlanFile::staleLockIsTakenOver()
{
    const QString p = path(QStringLiteral("stale.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, Plan::empty(), &error), qPrintable(error));
    // A lock left by a process that no longer exists, as after a kill.
    pid_t dead = 0;
    if (pid_t child = fork(); child == 0) {
        _exit(0);
    } else {
        dead = child;
        int status = 0;
        waitpid(child, &status, 0);
    }
    QVERIFY(TestSupport::writeAll(PlanFile::lockFilePath(p),
                                  QByteArray::number(qint64(dead)) + "\ncontinuity\n" +
                                      QSysInfo::machineHostName().toUtf8() + "\n"));
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY2(!file->isReadOnly(), qPrintable(file->readOnlyReason()));
}

void tst_PlanFile::readOnlyFileOpensReadOnly()
{
    const QString p = path(QStringLiteral("readonly.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, TestSupport::smallPlan(), &error), qPrintable(error));
    QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = TestSupport::readAll(p);
    {
        auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QVERIFY2(file->readOnlyReason().contains(QLatin1String("read-only")),
                 qPrintable(file->readOnlyReason()));
        Plan plan;
        QVERIFY(PlanSql(file->database()).load(&plan, &error));
        QCOMPARE(plan.processes.size(), 2);
        QVERIFY(!QFile::exists(PlanFile::lockFilePath(p)));
    }
    QCOMPARE(TestSupport::readAll(p), before);
    QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_PlanFile::readOnlyFolderOpensReadOnly()
{
    const QString folder = path(QStringLiteral("rofolder"));
    QVERIFY(QDir().mkpath(folder));
    const QString p = folder + QStringLiteral("/plan.continuity");
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, TestSupport::smallPlan(), &error), qPrintable(error));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray before = TestSupport::readAll(p);
    {
        auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QVERIFY2(file->readOnlyReason().contains(QLatin1String("folder")),
                 qPrintable(file->readOnlyReason()));
    }
    QCOMPARE(TestSupport::readAll(p), before);
    QVERIFY(QDir(folder).entryList(QDir::Files).size() == 1);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_PlanFile::readOnlyFolderRefusesCreate()
{
    const QString folder = path(QStringLiteral("rofolder2"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    QVERIFY(!PlanFile::create(folder + QStringLiteral("/new.continuity"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void tst_PlanFile::copyToWritesAConsistentCopy()
{
    const QString p = path(QStringLiteral("source.continuity"));
    const QString copy = path(QStringLiteral("copy.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, TestSupport::smallPlan(), &error), qPrintable(error));
    QVERIFY(TestSupport::writeAll(copy, "an older file that Save As replaces"));
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY2(file->copyTo(copy, &error), qPrintable(error));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    QCOMPARE(TestSupport::loadPlanFile(copy, &error), TestSupport::smallPlan());
    QVERIFY(!file->copyTo(p, &error));
}

void tst_PlanFile::copyToRefusesLockedTarget()
{
    const QString p = path(QStringLiteral("a.continuity"));
    const QString target = path(QStringLiteral("b.continuity"));
    QString error;
    QVERIFY(TestSupport::createPlanFile(p, Plan::empty(), &error));
    QVERIFY(TestSupport::createPlanFile(target, TestSupport::smallPlan(), &error));
    auto open = PlanFile::open(target, OpenMode::ReadWrite, &error);
    QVERIFY(open && !open->isReadOnly());
    const QByteArray before = TestSupport::readAll(target);
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY(!file->copyTo(target, &error));
    QVERIFY2(error.contains(QLatin1String("open in Continuity")), qPrintable(error));
    QCOMPARE(TestSupport::readAll(target), before);
}

// A big plan is written with the two secondary indexes dropped and built again at the end
// (PlanSql::insertPlan): afterwards they are there as the schema has them, and the unique one
// still refuses a second service with the same CMDB sys_id.
void tst_PlanFile::bulkWriteRebuildsTheSecondaryIndexes()
{
    Plan plan = Plan::empty(QStringLiteral("Bulk"));
    for (int i = 0; i < 10050; ++i) {
        Service s;
        s.id = QStringLiteral("s%1").arg(i);
        s.name = s.id;
        s.attributes.insert(QStringLiteral("sys_id"), QStringLiteral("sys-%1").arg(i));
        plan.services.append(s);
        if (i > 0)
            plan.dependencies.append({s.id, QStringLiteral("s%1").arg(i - 1), Strength::Hard, {}});
    }
    const QString p = path(QStringLiteral("bulk.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, plan, &error), qPrintable(error));
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QSqlQuery q(file->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
                                  " name IN ('dependencies_by_provider',"
                                  " 'service_attributes_sys_id') ORDER BY name")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(),
             QStringLiteral("CREATE INDEX dependencies_by_provider ON dependencies(provider)"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(),
             QStringLiteral("CREATE UNIQUE INDEX service_attributes_sys_id ON"
                            " service_attributes(value) WHERE name = 'sys_id'"));
    QVERIFY(!q.next());
    QVERIFY(file->integrityProblems().isEmpty());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO service_attributes(service, name, value)"
                                   " SELECT node, 'sys_id', 'sys-7' FROM services LIMIT 1"
                                   " OFFSET 9")));
    q.finish();
    file.reset();
    QCOMPARE(TestSupport::loadPlanFile(p).dependencies.size(), plan.dependencies.size());

    // Two services with one sys_id: the write fails whole, with a message.
    plan.services[5].attributes.insert(QStringLiteral("sys_id"), QStringLiteral("sys-4"));
    error.clear();
    QVERIFY(
        !TestSupport::createPlanFile(path(QStringLiteral("bulk-dup.continuity")), plan, &error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
}

// A bulk write (beginBulk) runs without foreign keys and checks references itself: a broken one
// fails the write with a message naming it, nothing is left written, and foreign keys are on
// again afterwards, whether the write was committed or rolled back.
void tst_PlanFile::bulkWriteChecksReferencesItself()
{
    const std::optional<Plan> sample = samplePlan(nullptr);
    QVERIFY(sample);
    const Plan &good = *sample;
    Plan missingNode = good;
    missingNode.dependencies.append(
        {good.services.first().id, QStringLiteral("no-such-node"), Strength::Hard, {}});
    Plan missingGroup = good;
    missingGroup.dependencies.first().group = QStringLiteral("no-such-group");
    missingGroup.dependencies.first().strength = Strength::Hard;
    Plan missingStep = good;
    QVERIFY(!missingStep.runbooks.isEmpty() && !missingStep.runbooks.first().steps.isEmpty());
    missingStep.runbooks.first().steps.first().waitsFor = {QStringLiteral("no-such-step")};

    const struct
    {
        const Plan *plan;
        const char *says;
    } cases[] = {{&missingNode, "no-such-node"},
                 {&missingGroup, "no-such-group"},
                 {&missingStep, "runbook_step_waits"}};
    int n = 0;
    for (const auto &c : cases) {
        const QString p = path(QStringLiteral("bulk-bad-%1.continuity").arg(n++));
        QString error;
        auto file = PlanFile::create(p, &error);
        QVERIFY2(file, qPrintable(error));
        PlanSql sql(file->database());
        QVERIFY2(sql.beginBulk(&error), qPrintable(error));
        QCOMPARE(pragma(file->database(), QStringLiteral("foreign_keys")), QStringLiteral("0"));
        QVERIFY(!sql.insertPlan(*c.plan, &error));
        QVERIFY2(error.contains(QLatin1String(c.says)), qPrintable(error));
        sql.rollback();
        QCOMPARE(pragma(file->database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM nodes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    const QString p = path(QStringLiteral("bulk-good.continuity"));
    QString error;
    auto file = PlanFile::create(p, &error);
    QVERIFY2(file, qPrintable(error));
    PlanSql sql(file->database());
    QVERIFY2(sql.beginBulk(&error) && sql.insertPlan(good, &error) && sql.commit(&error),
             qPrintable(error));
    QCOMPARE(pragma(file->database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(file->integrityProblems().isEmpty());
    file.reset();
    // The same plan (dependencies come back in key order: compared as canonical JSON).
    QCOMPARE(TestSupport::canonical(TestSupport::loadPlanFile(p)), TestSupport::canonical(good));
}

// Replacing a plan's content empties every table of the schema without relying on cascades
// (which are off in a bulk write): nothing of the old plan is left over.
void tst_PlanFile::clearContentEmptiesEveryTable()
{
    const QString p = path(QStringLiteral("clear.continuity"));
    QString error;
    const std::optional<Plan> sample = samplePlan(nullptr);
    QVERIFY(sample);
    QVERIFY2(TestSupport::createPlanFile(p, *sample, &error), qPrintable(error));
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    PlanSql sql(file->database());
    QVERIFY2(sql.beginBulk(&error) && sql.clearContent(&error) && sql.commit(&error),
             qPrintable(error));
    QSqlQuery tables(file->database());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
    int checked = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(file->database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) &&
                count.next());
        QVERIFY2(count.value(0).toInt() == 0, qPrintable(table));
        ++checked;
    }
    QVERIFY(checked > 20);
}

// Text goes to SQLite as UTF-8 from the writer's buffers: every value comes back as it was,
// accents, other scripts and emoji included, and a stray surrogate at the end of one value
// does not leak into the next.
void tst_PlanFile::bulkWriteKeepsEachTextAsItIs()
{
    Plan plan = Plan::empty(QStringLiteral("Text"));
    Service s;
    s.id = QStringLiteral("svc");
    s.name = QStringLiteral("Zahlungsverkehr – Größe 東京 🚀");
    s.owner = QStringLiteral("Team") + QChar(0xD83D); // a high surrogate with nothing after it
    s.description = QStringLiteral("x");
    s.provider = QStringLiteral("<b>&amp;</b> \"quoted\" 'single'");
    s.attributes.insert(QStringLiteral("location"), QStringLiteral("Zürich"));
    plan.services.append(s);
    const QString p = path(QStringLiteral("text.continuity"));
    QString error;
    auto file = PlanFile::create(p, &error);
    QVERIFY2(file, qPrintable(error));
    PlanSql sql(file->database());
    QVERIFY2(sql.beginBulk(&error) && sql.insertPlan(plan, &error) && sql.commit(&error),
             qPrintable(error));
    file.reset();
    const Plan loaded = TestSupport::loadPlanFile(p);
    QCOMPARE(loaded.services.size(), 1);
    const Service &back = loaded.services.first();
    QCOMPARE(back.name, s.name);
    QCOMPARE(back.description, QStringLiteral("x"));
    QVERIFY2(back.owner.startsWith(QLatin1String("Team")) && back.owner.size() <= 5,
             qPrintable(back.owner));
    QCOMPARE(back.provider, s.provider);
    QCOMPARE(back.attributes.value(QStringLiteral("location")), QStringLiteral("Zürich"));
}

// Bulk rows go through SQLite's own interface only when Qt's driver uses the SQLite this
// program links; here it does. Forced onto the QtSql path (another SQLite behind the driver),
// the same plan is written and reads back the same, references still checked.
void tst_PlanFile::bulkWriteFallsBackToQtSql()
{
    const std::optional<Plan> read = samplePlan(nullptr);
    QVERIFY(read);
    const Plan &sample = *read;
    auto writeWith = [&](std::optional<bool> native, const QString &name) {
        PlanSql::setNativeBulkWritesForTesting(native);
        const QString p = path(name);
        QString error;
        auto file = PlanFile::create(p, &error);
        if (!file)
            return std::optional<Plan>();
        const bool nativeUsed = PlanSql::usesNativeBulkWrites(file->database());
        if (nativeUsed != native.value_or(true))
            return std::optional<Plan>();
        PlanSql sql(file->database());
        if (!sql.beginBulk(&error) || !sql.insertPlan(sample, &error) || !sql.commit(&error)) {
            qWarning("%s", qPrintable(error));
            return std::optional<Plan>();
        }
        file.reset();
        return std::optional<Plan>(TestSupport::loadPlanFile(p));
    };
    const auto native = writeWith(std::nullopt, QStringLiteral("native.continuity"));
    const auto fallback = writeWith(false, QStringLiteral("fallback.continuity"));
    QVERIFY(native && fallback);
    QCOMPARE(TestSupport::canonical(*native), TestSupport::canonical(sample));
    QCOMPARE(TestSupport::canonical(*fallback), TestSupport::canonical(sample));

    // A broken reference is still refused on the QtSql path.
    Plan broken = sample;
    Dependency d = broken.dependencies.first();
    d.provider = QStringLiteral("no-such-node");
    broken.dependencies.append(d);
    QString error;
    auto file = PlanFile::create(path(QStringLiteral("fallback-broken.continuity")), &error);
    QVERIFY2(file, qPrintable(error));
    PlanSql sql(file->database());
    QVERIFY(sql.beginBulk(&error));
    QVERIFY(!sql.insertPlan(broken, &error));
    sql.rollback();
    QVERIFY2(error.contains(QLatin1String("no-such-node")), qPrintable(error));
    PlanSql::setNativeBulkWritesForTesting(std::nullopt);
}

// One writer per file, whatever name it is opened by: a symbolic link finds the lock of the
// file it points at.
void tst_PlanFile::symlinkFindsTheSameLock()
{
    const QString p = path(QStringLiteral("held.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, Plan::empty(), &error), qPrintable(error));
    auto holder = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(holder && !holder->isReadOnly(), qPrintable(error));
    const QString link = path(QStringLiteral("link-to-held.continuity"));
    QVERIFY(QFile::link(p, link));
    QCOMPARE(PlanFile::lockFilePath(link), PlanFile::lockFilePath(p));
    auto second = PlanFile::open(link, OpenMode::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QLatin1String("already open")),
             qPrintable(second->readOnlyReason()));
    // Nor can a plan be created over the link.
    QVERIFY(!PlanFile::create(link, &error));
    // A relative path with ".." in it is the same file too.
    const QString roundabout = path(QStringLiteral("sub/../held.continuity"));
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    auto third = PlanFile::open(roundabout, OpenMode::ReadWrite, &error);
    QVERIFY2(third && third->isReadOnly(), qPrintable(error));
}

// A hard link is another name of the same file with a lock of its own: a plan with more than
// one name opens read-only and says why.
void tst_PlanFile::hardLinkOpensReadOnly()
{
    const QString p = path(QStringLiteral("linked.continuity"));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, Plan::empty(), &error), qPrintable(error));
    const QString other = path(QStringLiteral("other-name.continuity"));
    QCOMPARE(::link(QFile::encodeName(p).constData(), QFile::encodeName(other).constData()), 0);
    for (const QString &name : {p, other}) {
        auto file = PlanFile::open(name, OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QVERIFY2(file->readOnlyReason().contains(QLatin1String("hard link")),
                 qPrintable(file->readOnlyReason()));
    }
    QFile::remove(other);
    auto alone = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(alone && !alone->isReadOnly(), qPrintable(error));
}

void tst_PlanFile::brokenLockFileIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("takenOver");
    QTest::newRow("empty, old") << QByteArray() << 60 << true;
    QTest::newRow("garbage, old") << QByteArray("\x01\x02 not a lock\n\xff") << 60 << true;
    QTest::newRow("empty, just made") << QByteArray() << 0 << false;
}

void tst_PlanFile::brokenLockFileIsTakenOver()
{
    QFETCH(QByteArray, content);
    QFETCH(int, ageSeconds);
    QFETCH(bool, takenOver);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString p = path(QStringLiteral("broken-lock-%1.continuity")
                               .arg(QString(tag).replace(u' ', u'-').replace(u',', u'-')));
    QString error;
    QVERIFY2(TestSupport::createPlanFile(p, Plan::empty(), &error), qPrintable(error));
    const QString lock = PlanFile::lockFilePath(p);
    QVERIFY(TestSupport::writeAll(lock, content));
    {
        QFile f(lock);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                              QFileDevice::FileModificationTime));
    }
    auto file = PlanFile::open(p, OpenMode::ReadWrite, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(!file->isReadOnly(), takenOver);
    if (takenOver) {
        QVERIFY2(file->notice().contains(QLatin1String("taken over")), qPrintable(file->notice()));
        QVERIFY2(file->notice().contains(QDir::toNativeSeparators(lock)),
                 qPrintable(file->notice()));
    } else {
        QVERIFY(file->notice().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"
