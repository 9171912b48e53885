// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/PlanJson.h"
#include "server/ServerStore.h"
#include "storage/PlanFile.h"
#include "storage/PlanSql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Continuity::TestSupport {

Plan smallPlan()
{
    Plan plan = Plan::empty(QStringLiteral("Small plan"));
    Process pay;
    pay.id = QStringLiteral("payments");
    pay.name = QStringLiteral("Take card payments");
    pay.owner = QStringLiteral("Julia");
    pay.mtdHours = 4;
    pay.rtoHours = 2;
    pay.rpoHours = 0.25;
    pay.lossPerHour = 50000;
    pay.impact(ImpactCategory::Financial) = {1, 3, 4, 4, 4, 4};
    pay.impact(ImpactCategory::Legal) = {0, 1, 2, 3, 4, 4};
    pay.position = QPointF(0, -120);
    Process payroll;
    payroll.id = QStringLiteral("payroll");
    payroll.name = QStringLiteral("Pay staff");
    payroll.tier = 3;
    payroll.tierReason = QStringLiteral("Monthly batch");
    plan.processes = {pay, payroll};

    auto service = [](const char *id, const char *name, ServiceKind kind) {
        Service s;
        s.id = QString::fromLatin1(id);
        s.name = QString::fromLatin1(name);
        s.kind = kind;
        return s;
    };
    Service api = service("pay-api", "Payment API", ServiceKind::Application);
    api.rtoHours = 1;
    api.recoveryHours = 0.5;
    api.tier = 0;
    api.tags = {QStringLiteral("PCI-DSS")};
    Service db = service("pay-db", "Payment database", ServiceKind::DataStore);
    db.replication = {ReplicationMode::Async, 0.1, std::nullopt};
    db.rpoHours = 0.25;
    db.position = QPointF(-80.5, 160); // placed; the others are not yet
    db.attributes = {{QStringLiteral("sys_id"), QStringLiteral("9f3c1a")},
                     {QStringLiteral("location"), QStringLiteral("Frankfurt \"FRA-2\"")}};
    Service dc1 = service("dc1", "Data centre 1", ServiceKind::Site);
    Service dc2 = service("dc2", "Data centre 2", ServiceKind::Site);
    Service sms = service("sms", "SMS gateway", ServiceKind::Supplier);
    sms.environment = Environment::Saas;
    sms.provider = QStringLiteral("TextWave");
    plan.services = {api, db, dc1, dc2, sms};

    plan.groups = {{QStringLiteral("pay-api"), QStringLiteral("sites"), 1}};
    plan.dependencies = {
        {QStringLiteral("payments"), QStringLiteral("pay-api"), Strength::Hard, {}},
        {QStringLiteral("pay-api"), QStringLiteral("pay-db"), Strength::Hard, {}},
        {QStringLiteral("pay-api"), QStringLiteral("dc1"), Strength::Hard, QStringLiteral("sites")},
        {QStringLiteral("pay-api"), QStringLiteral("dc2"), Strength::Hard, QStringLiteral("sites")},
        {QStringLiteral("pay-api"), QStringLiteral("sms"), Strength::Soft, {}},
        {QStringLiteral("pay-db"), QStringLiteral("dc1"), Strength::Hard, {}},
    };

    Runbook rb;
    rb.id = QStringLiteral("rb-db");
    rb.title = QStringLiteral("Fail over the payment database");
    rb.service = QStringLiteral("pay-db");
    rb.version = QStringLiteral("1.0");
    rb.status = RunbookStatus::Approved;
    rb.author = QStringLiteral("Ravi");
    rb.approvedBy = QStringLiteral("Hannah");
    rb.approvedAt = QStringLiteral("2026-03-01T10:00:00Z");
    rb.steps = {
        {QStringLiteral("s1"),
         QStringLiteral("Declare"),
         QStringLiteral("Call the bridge"),
         QStringLiteral("DR lead"),
         0.25,
         {},
         QStringLiteral("Bridge open"),
         QString()},
        {QStringLiteral("s2"),
         QStringLiteral("Promote replica"),
         QString(),
         QStringLiteral("DBA"),
         0.5,
         {QStringLiteral("s1")},
         QStringLiteral("Writes succeed"),
         QStringLiteral("Demote")},
    };
    plan.runbooks = {rb};

    Exercise ex;
    ex.id = QStringLiteral("ex-1");
    ex.title = QStringLiteral("Database failover test");
    ex.date = QStringLiteral("2026-03-14");
    ex.type = ExerciseType::Simulation;
    ex.runbooks = {QStringLiteral("rb-db")};
    ex.declaredAt = QStringLiteral("2026-03-14T09:00:00Z");
    ex.services = {QStringLiteral("pay-api")};
    ex.participants = {{QStringLiteral("Dana"), QStringLiteral("Coordinator")},
                       {QStringLiteral("Ravi"), QStringLiteral("DBA")}};
    ex.objectives = QStringLiteral("Promote the replica within the RTO.");
    ex.endedAt = QStringLiteral("2026-03-14T11:00:00Z");
    ex.pauses = {{QStringLiteral("2026-03-14T09:20:00Z"), QStringLiteral("2026-03-14T09:30:00Z")}};
    ex.log = {{QStringLiteral("rb-db"), QStringLiteral("s1"),
               QStringLiteral("2026-03-14T09:01:00Z"), QStringLiteral("2026-03-14T09:10:00Z"),
               QStringLiteral("ok"), QStringLiteral("Ravi")},
              {QString(), QString(), QStringLiteral("2026-03-14T09:15:00Z"), std::nullopt,
               QStringLiteral("Network team late"), QStringLiteral("Dana")}};
    ex.corrections = {{QStringLiteral("rb-db"), QStringLiteral("s1"), QStringLiteral("startedAt"),
                       QStringLiteral("2026-03-14T09:03:00Z"),
                       QStringLiteral("2026-03-14T09:01:00Z"), QStringLiteral("Dana"),
                       QStringLiteral("2026-03-14T09:12:00Z"),
                       QStringLiteral("Ravi started before he reported it")}};
    ex.results = {{QStringLiteral("pay-db"), 1.5, 0.1, QStringLiteral("2026-03-14T08:54:00Z"),
                   QStringLiteral("replica lag")}};
    ex.findings = {QStringLiteral("Promotion needs a manual DNS change.")};
    ex.actions = {{QStringLiteral("a1"), QStringLiteral("Automate promotion"),
                   QStringLiteral("Ravi"), QStringLiteral("2026-04-30"), ActionStatus::Open,
                   std::nullopt, std::nullopt},
                  {QStringLiteral("a2"), QStringLiteral("Document DNS change"),
                   QStringLiteral("Dana"), QStringLiteral("2026-03-31"), ActionStatus::Done,
                   QStringLiteral("2026-03-14"), QStringLiteral("2026-03-20")}};
    plan.exercises = {ex};
    return plan;
}

QByteArray canonical(const Plan &plan)
{
    return PlanJson::write(plan);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool createPlanFile(const QString &path, const Plan &plan, QString *error)
{
    std::unique_ptr<PlanFile> file = PlanFile::create(path, error);
    if (!file)
        return false;
    PlanSql sql(file->database());
    return sql.begin(error) && sql.insertPlan(plan, error) && sql.commit(error);
}

Plan loadPlanFile(const QString &path, QString *error)
{
    Plan plan;
    // A plan on a server (tests that run against both stores) is read like a file.
    std::unique_ptr<PlanStore> file;
    if (Server::ServerUrl::isServerUrl(path))
        file = Server::ServerStore::open(path, OpenMode::ReadOnly, error);
    else
        file = PlanFile::open(path, OpenMode::ReadOnly, error);
    if (file)
        PlanSql(file->database()).load(&plan, error);
    return plan;
}

int writeUnchecked(const QString &path, const QString &statement, QString *error)
{
    const QString name = QStringLiteral("unchecked-writer");
    int changed = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")) &&
                q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) && q.exec(statement))
                changed = q.numRowsAffected();
            else if (error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return changed;
}

std::optional<GraphSnapshot> loadGraph(const QString &path, QString *error)
{
    std::unique_ptr<PlanFile> file =
        PlanFile::open(path, OpenMode::ReadOnly, error, PageCheck::Skip);
    GraphSnapshot graph;
    if (!file || !PlanSql(file->database()).loadGraph(&graph, error))
        return std::nullopt;
    return graph;
}

bool loadWithGraph(const QString &path, Plan *plan, GraphSnapshot *graph, QString *error)
{
    std::unique_ptr<PlanFile> file = PlanFile::open(path, OpenMode::ReadOnly, error);
    return file && PlanSql(file->database()).loadWithGraph(plan, graph, error);
}

QString graphDifference(const GraphSnapshot &a, const GraphSnapshot &b)
{
    auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
    if (a.nodeCount() != b.nodeCount() || a.processCount() != b.processCount())
        return QStringLiteral("node counts %1/%2 vs %3/%4")
            .arg(a.nodeCount())
            .arg(a.processCount())
            .arg(b.nodeCount())
            .arg(b.processCount());
    for (int v = 0; v < a.nodeCount(); ++v) {
        const QString at = QStringLiteral("node %1 (%2) ").arg(v).arg(a.id(v));
        if (a.id(v) != b.id(v) || a.name(v) != b.name(v))
            return at + QStringLiteral("id or name: ") + b.id(v) + u' ' + b.name(v);
        if (!same(a.rtoHours(v), b.rtoHours(v)) || !same(a.rpoHours(v), b.rpoHours(v)) ||
            !same(a.recoveryHours(v), b.recoveryHours(v)) ||
            !same(a.lossPerHour(v), b.lossPerHour(v)) ||
            !same(a.achievableRpoHours(v), b.achievableRpoHours(v)) ||
            !same(a.mobilisationHours(v), b.mobilisationHours(v)))
            return at + QStringLiteral("hours, loss or mobilisation");
        if (a.tier(v) != b.tier(v) || a.assignedTier(v) != b.assignedTier(v) ||
            a.isDataStore(v) != b.isDataStore(v) || a.serviceKind(v) != b.serviceKind(v) ||
            a.tags(v) != b.tags(v) || a.indexOf(a.id(v)) != b.indexOf(b.id(v)))
            return at + QStringLiteral("tier, kind, tags or index");
    }
    if (a.edges().size() != b.edges().size())
        return QStringLiteral("edge counts %1 vs %2").arg(a.edges().size()).arg(b.edges().size());
    for (std::size_t i = 0; i < a.edges().size(); ++i) {
        const GraphSnapshot::Edge &x = a.edges()[i];
        const GraphSnapshot::Edge &y = b.edges()[i];
        if (x.consumer != y.consumer || x.provider != y.provider || x.kind != y.kind ||
            x.group != y.group)
            return QStringLiteral("edge %1").arg(i);
    }
    if (a.groups().size() != b.groups().size())
        return QStringLiteral("group counts");
    for (std::size_t i = 0; i < a.groups().size(); ++i) {
        const GraphSnapshot::Group &x = a.groups()[i];
        const GraphSnapshot::Group &y = b.groups()[i];
        if (x.consumer != y.consumer || x.quorum != y.quorum || x.size != y.size ||
            x.plannedQuorum != y.plannedQuorum || x.name != y.name)
            return QStringLiteral("group %1").arg(i);
    }
    for (int r = 0; r < a.nodeCount(); ++r) {
        if (a.nodeAtRank(r) != b.nodeAtRank(r))
            return QStringLiteral("rank %1").arg(r);
    }
    return {};
}

QString dataDir()
{
    return QStringLiteral(CONTINUITY_TEST_DATA_DIR);
}

} // namespace Continuity::TestSupport
