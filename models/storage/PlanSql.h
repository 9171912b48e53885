// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IdView.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace Continuity {

class GraphSnapshot;
struct Plan;
struct Process;
struct Service;
struct Dependency;
struct RedundancyGroup;
struct TierPolicy;
struct PeoplePolicy;
struct Runbook;
struct Exercise;
struct Incident;
struct IncidentPolicy;
struct Slo;
struct Change;
struct FreezeWindow;
struct MaintenanceWindow;
struct Control;
struct EvidenceFile;
struct AccessReview;
struct SupplierContract;
struct CustomerCommitment;
struct RiskException;
struct GovernancePolicy;
struct ChangePolicy;
struct Person;
struct Role;
struct CallTree;

// All the SQL that reads and writes plan content, in one place (STYLE: storage). Bound
// parameters only. The write functions expect to run inside a transaction that the caller
// opens with begin() and ends with commit() or rollback(), so that one edit is one
// transaction. Failures return false and fill the message; nothing here shows a dialog.
class PlanSql
{
public:
    explicit PlanSql(QSqlDatabase database);

    // Reads the whole plan in one read transaction (a consistent snapshot) and checks it with
    // the plan's rules; a plan that breaks them is refused with the value named.
    bool load(Plan *plan, QString *errorMessage) const;
    // The same, with `alsoRead` run in the same snapshot before the content is read.
    // With `idOfKey`, every node's key and id as well.
    bool load(Plan *plan, QString *errorMessage,
              const std::function<bool(QSqlDatabase &, QString *)> &alsoRead,
              QHash<qint64, QString> *idOfKey = nullptr) const;
    // Reads only what the analyses need (the graph, the values on its nodes, what derives a
    // process's tier) straight into a snapshot, through SQLite's own interface where the driver
    // uses this program's SQLite (else by way of load()). The values it reads are checked by the
    // rules that check them on a full load, and every reference by key
    // (docs/decisions/graph-read.md).
    bool loadGraph(GraphSnapshot *graph, QString *errorMessage) const;
    // Both from one read snapshot, for what needs the graph and the rest of the plan but not its
    // dependencies as items (continuity-cli check): the graph as loadGraph() reads it, the plan
    // as load() reads it with `plan->dependencies` left empty (the graph holds them, checked as
    // loadGraph() checks them). Where the driver's SQLite is not this program's, by way of
    // load() and the graph of the whole plan.
    bool loadWithGraph(Plan *plan, GraphSnapshot *graph, QString *errorMessage) const;
    // Of the processes, services, groups and dependencies, those of these node keys; the rest
    // of a plan whole (a server plan's catch-up, docs/decisions/catch-up-by-row.md).
    struct Some
    {
        QList<qint64> nodes;     // processes and services: ratings, tags, attributes, position
        QList<qint64> consumers; // every group and every dependency of these consumers
    };
    // Reads `some` of the plan as load() reads it, in the caller's transaction, and the key and
    // id of every node it names into `idOfKey`. Not checked with the plan's rules: the caller
    // checks what it takes (a part of a plan has references to nodes it does not hold).
    bool loadSome(Plan *plan, const Some &some, QHash<qint64, QString> *idOfKey,
                  QString *errorMessage) const;

    bool begin(QString *errorMessage);
    // A transaction for writing a whole plan (clearContent() and insertPlan()): foreign keys
    // are off for it, because checking each of a million rows as it goes costs more than the
    // write; insertPlan() checks them itself instead, and commit() or rollback() turns them back
    // on (docs/decisions/bulk-writes.md).
    bool beginBulk(QString *errorMessage);
    bool commit(QString *errorMessage);
    void rollback();

    // Writes a whole plan into a file that holds no content yet (plan JSON import, new plan).
    bool insertPlan(const Plan &plan, QString *errorMessage);
    // insertPlan() in two parts, which a caller may start before it has the whole plan (a CMDB
    // import writes the services while it maps the relationships): the processes and services
    // with all that belongs to each (their node keys come back in `keys`, which refer to the
    // ids of `plan`: it must outlive them), then the rest of `plan`, whose processes and
    // services must be exactly those written.
    bool insertNodes(const Plan &plan, QHash<IdView, qint64> *keys, QString *errorMessage);
    bool insertLinks(const Plan &plan, const QHash<IdView, qint64> &keys, QString *errorMessage);
    // Removes all content, keeping the schema (import --replace): every table emptied in turn,
    // which needs no cascade.
    bool clearContent(QString *errorMessage);
    // The plan's CMDB mapping (mapping-file JSON); empty removes it (the defaults apply).
    bool setCmdbMapping(const QString &json, QString *errorMessage);

    bool setPlanName(const QString &name, QString *errorMessage);
    bool writeBiaHorizons(const QList<double> &hours, QString *errorMessage);
    bool writeTierPolicy(const TierPolicy &policy, QString *errorMessage);
    bool writePeoplePolicy(const PeoplePolicy &policy, QString *errorMessage);

    bool insertProcess(const Process &process, QString *errorMessage);
    // With `previous` (what the row holds now), only the columns and children that differ are
    // written.
    bool updateProcess(const Process &process, QString *errorMessage,
                       const Process *previous = nullptr);
    bool insertService(const Service &service, QString *errorMessage);
    bool updateService(const Service &service, QString *errorMessage,
                       const Service *previous = nullptr);
    // Removes a process or service with everything that hangs off it (dependencies both
    // ways, its groups); runbooks for it lose their service.
    bool deleteNode(const QString &id, QString *errorMessage);

    bool insertDependency(const Dependency &dependency, QString *errorMessage);
    bool updateDependency(const Dependency &dependency, QString *errorMessage);
    bool deleteDependency(const QString &consumer, const QString &provider, QString *errorMessage);

    bool insertGroup(const RedundancyGroup &group, QString *errorMessage);
    bool updateGroup(const RedundancyGroup &group, QString *errorMessage);
    bool deleteGroup(const QString &consumer, const QString &name, QString *errorMessage);

    // Places (or, for nullopt, unplaces) processes and services on the map.
    bool setPositions(const QHash<QString, std::optional<QPointF>> &positions,
                      QString *errorMessage);

    bool setRunbookService(const QString &runbook, const QString &service, QString *errorMessage);
    bool insertRunbook(const Runbook &runbook, QString *errorMessage);
    // Writes the runbook `runbook.id` anew: fields, steps, waits-for and earlier versions.
    bool replaceRunbook(const Runbook &runbook, QString *errorMessage);
    bool deleteRunbook(const QString &id, QString *errorMessage);
    bool insertExercise(const Exercise &exercise, QString *errorMessage);
    // Replaces exercise `exercise.id` with its log, results and actions, keeping its row key.
    bool replaceExercise(const Exercise &exercise, QString *errorMessage);
    bool deleteExercise(const QString &id, QString *errorMessage);

    // People (docs/people.md): each written whole, a change replacing the item under its key.
    bool insertPerson(const Person &person, QString *errorMessage);
    bool replacePerson(const Person &person, QString *errorMessage);
    bool deletePerson(const QString &id, QString *errorMessage);
    // Every person written anew (their ids are what others name; row keys are not).
    bool replacePersons(const QList<Person> &persons, QString *errorMessage);
    bool insertRole(const Role &role, QString *errorMessage);
    bool replaceRole(const Role &role, QString *errorMessage);
    bool deleteRole(const QString &id, QString *errorMessage);
    bool insertCallTree(const CallTree &tree, QString *errorMessage);
    bool replaceCallTree(const CallTree &tree, QString *errorMessage);
    bool deleteCallTree(const QString &id, QString *errorMessage);

    // Incidents (docs/incidents.md): each written whole with its post-mortem, a change
    // replacing the incident under its row key; SLOs by their node.
    bool insertIncident(const Incident &incident, QString *errorMessage);
    bool replaceIncident(const Incident &incident, QString *errorMessage);
    bool deleteIncident(const QString &id, QString *errorMessage);
    bool writeSlo(const Slo &slo, QString *errorMessage); // inserts or replaces the node's
    bool deleteSlo(const QString &node, QString *errorMessage);
    bool writeIncidentPolicy(const IncidentPolicy &policy, QString *errorMessage);

    // Changes, freezes and maintenance windows (docs/changes.md): each written whole, a change
    // replacing the item under its row key.
    bool insertChange(const Change &change, QString *errorMessage);
    bool replaceChange(const Change &change, QString *errorMessage);
    bool deleteChange(const QString &id, QString *errorMessage);
    bool insertFreeze(const FreezeWindow &freeze, QString *errorMessage);
    bool replaceFreeze(const FreezeWindow &freeze, QString *errorMessage);
    bool deleteFreeze(const QString &id, QString *errorMessage);
    bool insertMaintenance(const MaintenanceWindow &window, QString *errorMessage);
    bool replaceMaintenance(const MaintenanceWindow &window, QString *errorMessage);
    bool deleteMaintenance(const QString &id, QString *errorMessage);
    bool writeChangePolicy(const ChangePolicy &policy, QString *errorMessage);

    // Governance (docs/governance.md): controls (with their requirements), evidence files,
    // access reviews and exceptions, each written whole.
    bool insertControl(const Control &control, QString *errorMessage);
    bool replaceControl(const Control &control, QString *errorMessage);
    bool deleteControl(const QString &id, QString *errorMessage);
    bool insertEvidence(const EvidenceFile &file, QString *errorMessage);
    bool replaceEvidence(const EvidenceFile &file, QString *errorMessage);
    bool deleteEvidence(const QString &id, QString *errorMessage);
    bool insertAccessReview(const AccessReview &review, QString *errorMessage);
    bool replaceAccessReview(const AccessReview &review, QString *errorMessage);
    bool deleteAccessReview(const QString &id, QString *errorMessage);
    bool insertException(const RiskException &exception, QString *errorMessage);
    bool replaceException(const RiskException &exception, QString *errorMessage);
    bool deleteException(const QString &id, QString *errorMessage);
    bool insertContract(const SupplierContract &contract, QString *errorMessage);
    bool replaceContract(const SupplierContract &contract, QString *errorMessage);
    bool deleteContract(const QString &id, QString *errorMessage);
    bool insertCommitment(const CustomerCommitment &commitment, QString *errorMessage);
    bool replaceCommitment(const CustomerCommitment &commitment, QString *errorMessage);
    bool deleteCommitment(const QString &id, QString *errorMessage);
    bool writeGovernancePolicy(const GovernancePolicy &policy, QString *errorMessage);

    // Whether bulk rows go through SQLite's own interface on `db`: only when the SQLite behind
    // Qt's driver is the library this program links (their source ids compared once); otherwise
    // they go through QtSql (docs/decisions/bulk-writes.md).
    static bool usesNativeBulkWrites(const QSqlDatabase &db);
    // The driver's connection for SQLite's own interface, or nullptr when the driver's SQLite
    // is not the one this program links (usesNativeBulkWrites()).
    static sqlite3 *nativeConnection(const QSqlDatabase &db);
    // Tests force the QtSql path (false) or the check's own answer (nullopt).
    static void setNativeBulkWritesForTesting(std::optional<bool> allowed);

private:
    bool loadContent(Plan *plan, QString *errorMessage, bool withDependencies = true,
                     const Some *some = nullptr,
                     QHash<qint64, QString> *idOfKeyOut = nullptr) const;
    bool loadPeople(Plan *plan, QString *errorMessage) const;
    bool loadPeoplePolicy(Plan *plan, QString *errorMessage) const;
    bool loadIncidents(Plan *plan, QString *errorMessage) const;
    bool loadChanges(Plan *plan, QString *errorMessage) const;
    bool loadGovernance(Plan *plan, QString *errorMessage) const;
    bool insertChangeRow(std::optional<qint64> rowKey, const Change &change, QString *errorMessage);
    bool insertFreezeRow(std::optional<qint64> rowKey, const FreezeWindow &freeze,
                         QString *errorMessage);
    bool insertIncidentRow(std::optional<qint64> rowKey, const Incident &incident,
                           QString *errorMessage);
    bool insertPersonRow(std::optional<qint64> rowKey, const Person &person, QString *errorMessage);
    bool insertRoleRow(std::optional<qint64> rowKey, const Role &role, QString *errorMessage);
    bool insertCallTreeRow(std::optional<qint64> rowKey, const CallTree &tree,
                           QString *errorMessage);
    void endBulk(); // what beginBulk() changed, as it was
    // The page cache a bulk write uses: it writes in key order, so a small cache serves it as
    // well as a large one, and a big import's memory is mostly the plan (docs/benchmarks.md).
    static constexpr int BulkCacheKiB = 8192;
    bool dropSecondaryIndexes(QString *errorMessage);
    // Above this many rows, insertPlan() drops the secondary indexes and builds them at the end.
    static constexpr qsizetype BulkRows = 10000;
    bool m_indexesDropped = false;
    bool tableNames(QStringList *names, QString *errorMessage) const;
    bool checkForeignKeys(const QStringList &skip, QString *errorMessage);
    bool insertExerciseRow(std::optional<qint64> rowKey, const Exercise &exercise,
                           QString *errorMessage);
    // The row key of the runbook or exercise `id`; nullopt when there is none (or on error,
    // with the message).
    std::optional<qint64> rowKeyOf(const QString &table, const QString &id, QString *errorMessage);
    bool insertRunbookContent(qint64 key, const Runbook &runbook, QString *errorMessage);
    bool insertRunbookRow(std::optional<qint64> rowKey, const Runbook &runbook,
                          QString *errorMessage);
    bool replaceKeepingKey(const QString &table, const QString &id, const QString &missing,
                           const std::function<bool(qint64)> &insert, QString *errorMessage);

    QSqlDatabase m_db;
    bool m_foreignKeysOff = false;
    std::optional<int> m_cacheSize; // the connection's page cache before beginBulk()
};

} // namespace Continuity
