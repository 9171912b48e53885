// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"
#include "PlanChange.h"
#include "storage/AuditTrail.h"
#include "storage/OthersChanges.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

#include <memory>

class QThread;
class QUndoStack;

class QDate;

namespace Continuity {

class PlanFile;
class PlanStore;

// Everything that goes when a process or service is removed, so that undo can put it back.
struct NodeBundle
{
    std::optional<Process> process;
    std::optional<Service> service;
    qsizetype index = -1; // position in the process or service list
    QList<Dependency> dependencies;
    QList<RedundancyGroup> groups;
    QStringList runbooks; // runbooks whose service it was
    std::optional<Slo> slo;

    QString id() const { return process ? process->id : service ? service->id : QString(); }
};

// An open plan: the file, the plan in memory and the undo stack (STYLE "Document, storage,
// undo", after Tiled's MapDocument). Widgets call the verbs (addProcess, changeService, ...);
// each verb checks its input, then pushes an undo command. Commands call the apply...()
// functions, which write one SQLite transaction, then update memory, then emit a signal. If
// the write fails, memory is untouched and writeFailed() is emitted.
class PlanDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    ~PlanDocument() override;

    // Opens a plan file (see PlanFile::open for what is refused and when it opens read-only),
    // or a plan on a server by its URL, postgresql://…?plan=NAME (Server::ServerStore::open).
    // `password`: for a server plan, one typed into a prompt (kept in memory only).
    static std::unique_ptr<PlanDocument> open(const QString &path, QString *errorMessage,
                                              const QString &password = QString());
    // Opens a plan without making the calling (window) thread wait for its content: the file
    // is opened, locked and its schema checked here; its pages are checked and its content
    // read on a worker thread over a read-only connection of its own. `done` runs later on
    // this thread with the document, or with nullptr and the message; not at all when
    // `context` is destroyed first (then the file is closed and its lock given back). Returns
    // false, with the message, when the file cannot be opened at all. A plan on a server is
    // connected to, checked and read on the worker (a server that does not answer keeps only
    // the worker waiting); `done` then gets its own connection, made here, and a message when
    // that fails. `password` as for open().
    using OpenDone = std::function<void(std::unique_ptr<PlanDocument>, const QString &)>;
    static bool openInBackground(const QString &path, QObject *context, OpenDone done,
                                 QString *errorMessage, const QString &password = QString());
    // The thread that read this document's content from its file (tests: the window's open of
    // a big plan reads it on a worker).
    const QThread *loadedOnThread() const { return m_loadedOnThread; }
    // Creates a new plan file at `path` holding `content` (all of it or nothing).
    // Its audit trail starts with `origin` (empty: "Create plan"), e.g. the plan JSON it came
    // from with that file's SHA-256.
    static std::unique_ptr<PlanDocument> create(const QString &path, const Plan &content,
                                                QString *errorMessage,
                                                const Audit::Entry &origin = {});
    // What the audit trail records as the details of an edit of a process (bench/bench_audit):
    // the fields of `before` and `after` that differ, as {"before": {…}, "after": {…}}.
    static QString auditDetails(const Process &before, const Process &after);
    // The audit record of a whole plan written at once: its name and counts before and after.
    static Audit::Entry wholePlanEntry(const QString &action, const Plan &before,
                                       const Plan &after);

    // The head of the plan's audit trail (docs/audit-trail.md) after the last edit.
    const Audit::Head &auditHead() const { return m_auditHead; }
    // The name the audit trail gives the writes made while it lives (an undo command's redo or
    // undo, as the Edit menu names it). Nested: the outermost name stays.
    // `basis`, for an undo or redo on a plan several write (PlanStore::startWrite): the write
    // of the step it takes back, so that it is refused when someone else changed its rows since.
    class AuditAction
    {
    public:
        AuditAction(PlanDocument *document, const QString &action,
                    std::optional<qint64> basis = std::nullopt)
            : m_document(document)
            , m_outer(document->m_auditAction)
            , m_outerBasis(document->m_writeBasis)
        {
            if (m_outer.isEmpty()) {
                document->m_auditAction = action;
                document->m_writeBasis = basis;
            }
        }
        ~AuditAction()
        {
            m_document->m_auditAction = m_outer;
            m_document->m_writeBasis = m_outerBasis;
        }
        Q_DISABLE_COPY_MOVE(AuditAction)

    private:
        PlanDocument *m_document;
        QString m_outer;
        std::optional<qint64> m_outerBasis;
    };
    // The store's number of the last write this document made (0 on a file).
    qint64 lastWriteNumber() const { return m_lastWrite; }

    const Plan &plan() const { return m_plan; }
    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // Where the plan is kept: a plan file, or a plan on a server (docs/team-server.md).
    PlanStore *file() const { return m_file.get(); }

    const Process *process(const QString &id) const;
    const Service *service(const QString &id) const;
    qsizetype processIndex(const QString &id) const { return m_processIndex.value(id, -1); }
    qsizetype serviceIndex(const QString &id) const { return m_serviceIndex.value(id, -1); }
    bool containsNode(const QString &id) const
    {
        return m_processIndex.contains(id) || m_serviceIndex.contains(id);
    }
    const Dependency *dependency(const QString &consumer, const QString &provider) const;
    const RedundancyGroup *group(const QString &consumer, const QString &name) const;
    int groupSize(const QString &consumer, const QString &name) const;
    NodeBundle bundleFor(const QString &id) const;
    // Bundles of several nodes, each dependency in the first bundle that holds it.
    QList<NodeBundle> bundlesFor(const QStringList &ids) const;
    // An id not yet used by any process or service, derived from `name`.
    QString uniqueNodeId(const QString &name) const;

    // Verbs: check, then push an undoable command. false and a message when refused.
    bool setPlanName(const QString &name, QString *errorMessage = nullptr);
    bool addProcess(const Process &process, QString *errorMessage = nullptr);
    bool changeProcess(const Process &process, QString *errorMessage = nullptr);
    // One BIA cell: the rating 0-4 of `category` at horizon index `horizon`. A process not yet
    // rated in that category gets 0 at every other horizon.
    bool setImpactRating(const QString &processId, ImpactCategory category, int horizon, int rating,
                         QString *errorMessage = nullptr);
    // Records that `reviewedBy` (a contact id or a name) reviewed the process's BIA on `on`:
    // the BIA is no longer marked changed since review.
    bool recordBiaReview(const QString &processId, const QString &reviewedBy, const QDate &on,
                         QString *errorMessage = nullptr);
    bool addService(const Service &service, QString *errorMessage = nullptr);
    bool changeService(const Service &service, QString *errorMessage = nullptr);
    bool removeNode(const QString &id, QString *errorMessage = nullptr);
    // Compound edits, each one undo step written in one transaction (STYLE: compound edits are
    // document verbs): several nodes with all that hangs off them; a dependency into a group
    // the consumer does not have yet (made with quorum 1); processes and services copied from
    // elsewhere (`part`, plan-JSON content as the map copies it) with new ids from their names,
    // positions moved by `offset`, the dependencies and groups among them; `newIds` receives
    // the ids they got.
    bool removeNodes(const QStringList &ids, QString *errorMessage = nullptr);
    bool connectInNewGroup(const Dependency &dependency, QString *errorMessage = nullptr);
    bool pasteNodes(const Plan &part, const QPointF &offset, QStringList *newIds = nullptr,
                    QString *errorMessage = nullptr);
    bool addDependency(const Dependency &dependency, QString *errorMessage = nullptr);
    bool changeDependency(const Dependency &dependency, QString *errorMessage = nullptr);
    bool removeDependency(const QString &consumer, const QString &provider,
                          QString *errorMessage = nullptr);
    bool addGroup(const RedundancyGroup &group, QString *errorMessage = nullptr);
    bool changeGroup(const RedundancyGroup &group, QString *errorMessage = nullptr);
    bool removeGroup(const QString &consumer, const QString &name, QString *errorMessage = nullptr);
    bool setTierPolicy(const TierPolicy &policy, QString *errorMessage = nullptr);
    // The people policy (verification period, RTO escalation, default escalation per tier).
    bool setPeoplePolicy(const PeoplePolicy &policy, QString *errorMessage = nullptr);
    // Places nodes on the map as one undo step named `text` ("Move 3 nodes", "Lay out with
    // dot"). Positions equal to the current ones are left out; nothing left is not an edit.
    bool placeNodes(const NodePositions &positions, const QString &text,
                    QString *errorMessage = nullptr);
    NodePositions positionsOf(const QStringList &ids) const;

    const Runbook *runbook(const QString &id) const;
    QString uniqueRunbookId(const QString &title) const;
    bool addRunbook(const Runbook &runbook, QString *errorMessage = nullptr);
    // Replaces runbook `runbook.id` as one undo step named `text`. When the runbook is
    // approved and more than its status changes, the approved version is kept in
    // previousVersions and the change becomes a new draft version (1.2 → 1.3) without approval.
    bool changeRunbook(const Runbook &runbook, const QString &text,
                       QString *errorMessage = nullptr);
    // Approves the runbook as `approver` at `at` (ISO-8601; now when empty).
    // `note`: why it is approved although its own checks fail (kept with the approval).
    bool approveRunbook(const QString &id, const QString &approver, const QString &at = QString(),
                        QString *errorMessage = nullptr, const QString &note = QString());
    bool removeRunbook(const QString &id, QString *errorMessage = nullptr);
    const Exercise *exercise(const QString &id) const;
    // "ex-2026-03-14" for an exercise on that date, "-2" and on while taken.
    QString uniqueExerciseId(const QString &date) const;
    bool addExercise(const Exercise &exercise, QString *errorMessage = nullptr);
    // Replaces exercise `exercise.id` as one undo step named `text`: planning edits and every
    // action of a live exercise alike. Runbooks and services newly put in scope must exist;
    // ones already there stay even when the plan lost them (the exercise is a record).
    bool changeExercise(const Exercise &exercise, const QString &text,
                        QString *errorMessage = nullptr);
    bool removeExercise(const QString &id, QString *errorMessage = nullptr);

    // People (docs/people.md): persons and roles share one id space; each edit is one undo step.
    const Person *person(const QString &id) const;
    const Role *role(const QString &id) const;
    const CallTree *callTree(const QString &id) const;
    // The name of the person or role `contact`; anything else (free text) as it is.
    QString contactName(const QString &contact) const;
    // An id not yet used by a person or role (or call tree), derived from `name`.
    QString uniqueContactId(const QString &name) const;
    QString uniqueCallTreeId(const QString &name) const;
    bool addPerson(const Person &person, QString *errorMessage = nullptr);
    bool changePerson(const Person &person, QString *errorMessage = nullptr);
    // Refused while another person, a role or a call tree names the person, or something in the
    // plan has them as its owner (the message says where).
    bool removePerson(const QString &id, QString *errorMessage = nullptr);
    bool addRole(const Role &role, QString *errorMessage = nullptr);
    bool changeRole(const Role &role, QString *errorMessage = nullptr);
    bool removeRole(const QString &id, QString *errorMessage = nullptr);
    bool addCallTree(const CallTree &tree, QString *errorMessage = nullptr);
    bool changeCallTree(const CallTree &tree, QString *errorMessage = nullptr);
    bool removeCallTree(const QString &id, QString *errorMessage = nullptr);
    // The plan's persons replaced as one undo step named `text` (a vCard import: matched
    // persons updated under their ids, new ones added). Every person is checked first.
    bool setPersons(const QList<Person> &persons, const QString &text,
                    QString *errorMessage = nullptr);

    // Incidents and SLOs (docs/incidents.md): each edit one undo step. An incident is a record:
    // nodes and runbooks it names already stay even when the plan lost them.
    const Incident *incident(const QString &id) const;
    // "INC0001", "INC0002", ...: the next number after the plan's highest.
    QString nextIncidentId() const;
    bool addIncident(const Incident &incident, QString *errorMessage = nullptr);
    bool changeIncident(const Incident &incident, const QString &text,
                        QString *errorMessage = nullptr);
    bool removeIncident(const QString &id, QString *errorMessage = nullptr);
    const Slo *slo(const QString &node) const;
    // Adds the node's SLO or replaces it.
    bool setSlo(const Slo &slo, QString *errorMessage = nullptr);
    bool removeSlo(const QString &node, QString *errorMessage = nullptr);
    bool setIncidentPolicy(const IncidentPolicy &policy, QString *errorMessage = nullptr);

    // Changes, freeze windows and maintenance windows (docs/changes.md): each edit one undo step.
    // What a change names already stays even when the plan lost it (a record).
    const Change *change(const QString &id) const;
    bool addChange(const Change &item, QString *errorMessage = nullptr);
    bool changeChange(const Change &item, const QString &text, QString *errorMessage = nullptr);
    bool removeChange(const QString &id, QString *errorMessage = nullptr);
    const FreezeWindow *freeze(const QString &id) const;
    bool addFreeze(const FreezeWindow &item, QString *errorMessage = nullptr);
    bool changeFreeze(const FreezeWindow &item, const QString &text,
                      QString *errorMessage = nullptr);
    bool removeFreeze(const QString &id, QString *errorMessage = nullptr);
    const MaintenanceWindow *maintenanceWindow(const QString &id) const;
    bool addMaintenanceWindow(const MaintenanceWindow &item, QString *errorMessage = nullptr);
    bool changeMaintenanceWindow(const MaintenanceWindow &item, const QString &text,
                                 QString *errorMessage = nullptr);
    bool removeMaintenanceWindow(const QString &id, QString *errorMessage = nullptr);
    // "CHG0000001", ...: the next number after the plan's highest.
    QString nextChangeId() const;
    bool setChangePolicy(const ChangePolicy &policy, QString *errorMessage = nullptr);

    // Governance (docs/governance.md): controls, evidence files, access reviews and exceptions,
    // each edited whole, one undo step per add, change or removal; the governance policy.
    const Control *control(const QString &id) const;
    bool addControl(const Control &item, QString *errorMessage = nullptr);
    bool changeControl(const Control &item, const QString &text, QString *errorMessage = nullptr);
    bool removeControl(const QString &id, QString *errorMessage = nullptr);
    const EvidenceFile *evidenceFile(const QString &id) const;
    bool addEvidence(const EvidenceFile &item, QString *errorMessage = nullptr);
    bool removeEvidence(const QString &id, QString *errorMessage = nullptr);
    const AccessReview *accessReview(const QString &id) const;
    bool addAccessReview(const AccessReview &item, QString *errorMessage = nullptr);
    bool changeAccessReview(const AccessReview &item, const QString &text,
                            QString *errorMessage = nullptr);
    bool removeAccessReview(const QString &id, QString *errorMessage = nullptr);
    const RiskException *exception(const QString &id) const;
    bool addException(const RiskException &item, QString *errorMessage = nullptr);
    bool changeException(const RiskException &item, const QString &text,
                         QString *errorMessage = nullptr);
    bool removeException(const QString &id, QString *errorMessage = nullptr);
    // Supplier contracts and customer commitments (docs/dora-register.md, docs/contracts.md).
    const SupplierContract *contract(const QString &id) const;
    bool addContract(const SupplierContract &item, QString *errorMessage = nullptr);
    bool changeContract(const SupplierContract &item, const QString &text,
                        QString *errorMessage = nullptr);
    bool removeContract(const QString &id, QString *errorMessage = nullptr);
    const CustomerCommitment *commitment(const QString &id) const;
    bool addCommitment(const CustomerCommitment &item, QString *errorMessage = nullptr);
    bool changeCommitment(const CustomerCommitment &item, const QString &text,
                          QString *errorMessage = nullptr);
    bool removeCommitment(const QString &id, QString *errorMessage = nullptr);
    bool setGovernancePolicy(const GovernancePolicy &policy, QString *errorMessage = nullptr);
    // "CTL-1", "EV-1", "AR-1", "EX-1", ...: the prefix and the next number after the plan's
    // highest with it.
    QString nextRecordId(const QString &prefix) const;

    // The plan's CMDB import mapping (mapping-file JSON; empty: the defaults), one undo step.
    bool setCmdbMapping(const QString &json, QString *errorMessage = nullptr);
    // Replaces the whole content (an import) as one undo step named `text`, written at once.
    bool replacePlan(const Plan &plan, const QString &text, QString *errorMessage = nullptr);
    // A whole-plan write without waiting (docs/decisions/long-writes.md): the plan is checked
    // here, written on a worker thread over a connection of its own while the document refuses
    // edits (isWriting()), and pushed as one undo step named `text` once the write has
    // finished; wholePlanWritten() says how it went. false and a message when refused at once.
    bool replacePlanInBackground(const Plan &plan, const QString &text,
                                 QString *errorMessage = nullptr);
    bool isWriting() const { return m_writing; }
    // Undo and redo as the window does them: a step that writes a big whole plan writes it on a
    // worker thread first and moves the stack once it is written. Nothing while a write runs.
    void undo();
    void redo();

    // The version a draft made from `version` gets: "1.2" → "1.3", "2" → "2.1", "" → "0.1".
    static QString nextDraftVersion(const QString &version);

    // Save As: writes a copy to `path`, then continues on that copy (and its lock).
    bool saveAs(const QString &path, QString *errorMessage = nullptr);
    // A copy of the plan as it is now, the document staying on its file.
    bool snapshot(const QString &path, QString *errorMessage = nullptr) const;

signals:
    // Every change of the plan's content, after it happened (AboutToBeRemoved: before), in
    // memory and in the file (PlanChange).
    void changed(const Continuity::PlanChange &change);
    // A big whole-plan write (replacing the plan, or its undo or redo) runs on a worker thread
    // while this one keeps the window painted; user input waits until it has finished.
    void longWriteStarted();
    void longWriteFinished();
    // A background whole-plan write (replacePlanInBackground, undo, redo) has finished.
    void wholePlanWritten(bool ok, const QString &message);
    void filePathChanged(const QString &path);
    // Others' edits of a plan on a server are about to be announced (changed()), and have been.
    void othersChangesArriving();
    void othersChangesArrived();
    // Others' edits could not be taken (the plan's rules refuse what someone wrote around the
    // program, or the server could not be read): what this window shows stops at its last read
    // until they are mended. Said once for each problem; an empty message: taken again.
    void othersChangesRefused(const QString &message);
    // A write to the plan file failed; the edit did not happen.
    void writeFailed(const QString &message);

private:
    const QThread *m_loadedOnThread = nullptr;
    static bool openServerInBackground(const QString &url, QObject *context, OpenDone done,
                                       const QString &password);
    // What the undo commands call, each one write and one announcement (STYLE: commands only
    // call the document). Private: every edit goes through a verb.
    friend class ReplacePlanCommand;
    bool applyPlanName(const QString &name);
    bool applyInsertNode(const NodeBundle &bundle);
    bool applyRemoveNode(const QString &id);
    bool applyInsertNodes(const QList<NodeBundle> &bundles);
    bool applyRemoveNodes(const QStringList &ids);
    bool applyInsertGroupWith(const RedundancyGroup &group, const Dependency &member);
    bool applyRemoveGroupWith(const RedundancyGroup &group, const Dependency &member);
    bool applyProcess(const Process &process);
    bool applyService(const Service &service);
    bool applyInsertDependency(const Dependency &dependency);
    bool applyRemoveDependency(const QString &consumer, const QString &provider);
    bool applyDependency(const Dependency &dependency);
    bool applyInsertGroup(const RedundancyGroup &group);
    bool applyRemoveGroup(const QString &consumer, const QString &name);
    bool applyGroup(const RedundancyGroup &group);
    bool applyTierPolicy(const TierPolicy &policy);
    bool applyPeoplePolicy(const PeoplePolicy &policy);
    bool applyPositions(const NodePositions &positions);
    bool applyInsertRunbook(const Runbook &runbook, qsizetype index);
    bool applyRemoveRunbook(const QString &id);
    bool applyRunbook(const Runbook &runbook);
    bool applyCmdbMapping(const QString &json);
    bool applyPlan(const Plan &plan, bool write);
    bool applyInsertExercise(const Exercise &exercise, qsizetype index);
    bool applyRemoveExercise(const QString &id);
    bool applyExercise(const Exercise &exercise);
    bool applyInsertPerson(const Person &person, qsizetype index);
    bool applyRemovePerson(const QString &id);
    bool applyPerson(const Person &person);
    bool applyInsertRole(const Role &role, qsizetype index);
    bool applyRemoveRole(const QString &id);
    bool applyRole(const Role &role);
    bool applyInsertCallTree(const CallTree &tree, qsizetype index);
    bool applyRemoveCallTree(const QString &id);
    bool applyCallTree(const CallTree &tree);
    bool applyPersons(const QList<Person> &persons);
    bool applyInsertIncident(const Incident &incident, qsizetype index);
    bool applyRemoveIncident(const QString &id);
    bool applyIncident(const Incident &incident);
    // The node's SLO set (nullopt: none) as the plan's `slos` keeps it.
    bool applySlo(const QString &node, const std::optional<Slo> &slo);
    bool applyIncidentPolicy(const IncidentPolicy &policy);
    bool applyInsertChange(const Change &item, qsizetype index);
    bool applyRemoveChange(const QString &id);
    bool applyChange(const Change &item);
    qsizetype changeIndex(const QString &id) const;
    bool applyInsertFreeze(const FreezeWindow &item, qsizetype index);
    bool applyRemoveFreeze(const QString &id);
    bool applyFreeze(const FreezeWindow &item);
    qsizetype freezeIndex(const QString &id) const;
    bool applyInsertMaintenance(const MaintenanceWindow &item, qsizetype index);
    bool applyRemoveMaintenance(const QString &id);
    bool applyMaintenance(const MaintenanceWindow &item);
    qsizetype maintenanceWindowIndex(const QString &id) const;
    bool applyChangePolicy(const ChangePolicy &policy);
    // Governance records (Records<T> in PlanDocument.cpp says how each kind is kept).
    template <typename T> struct Records;
    template <typename T> const T *record(const QString &id) const;
    template <typename T> bool addRecord(const T &item, QString *errorMessage);
    template <typename T>
    bool changeRecord(const T &item, const QString &text, QString *errorMessage);
    template <typename T> bool removeRecord(const QString &id, QString *errorMessage);
    // Puts `item` (nullopt: takes the record `id` out) into the file and the plan; a new record
    // goes at `index`.
    template <typename T>
    bool applyRecord(const QString &id, const std::optional<T> &item, qsizetype index);
    bool applyGovernancePolicy(const GovernancePolicy &policy);
    qsizetype incidentIndex(const QString &id) const;
    // Where `contact` is named: by people (Rules::whereNamed) and as an owner.
    QStringList whereContactIsNamed(const QString &contact) const;

    class Lookup;
    void announce(PlanChange::Entity entity, PlanChange::Kind kind, QStringList ids = {});
    PlanDocument(std::unique_ptr<PlanStore> file, Plan plan);
    bool refuseIfReadOnly(QString *errorMessage) const;
    bool refuseInvalidRunbook(const Runbook &runbook, QString *errorMessage) const;
    qsizetype runbookIndex(const QString &id) const;
    bool refuseInvalidExercise(const Exercise &exercise, const Exercise *current,
                               QString *errorMessage) const;
    qsizetype exerciseIndex(const QString &id) const;
    // One edit is one transaction; a whole plan is written as a bulk one (PlanSql::beginBulk).
    enum class Transaction { Edit, WholePlan };
    // `entry` is appended to the audit trail in the same transaction, named by the action
    // in force (AuditAction).
    template <typename Write>
    bool writeTransaction(Audit::Entry entry, Write write, Transaction kind = Transaction::Edit);
    // The audit entry of one item of a plan list before and after (nullptr: absent).
    template <typename T>
    static Audit::Entry itemEntry(const char *kind, const QString &id, QList<T> Plan::*list,
                                  const T *before, const T *after);
    template <typename T>
    static Audit::Entry valueEntry(const char *kind, T Plan::*member, const T &before,
                                   const T &after);
    // Above this many processes, services and dependencies (in the plan written or the one it
    // replaces) a whole-plan write goes to a worker thread (writeInBackground).
    static constexpr qsizetype BackgroundWriteRows = 20000;
    // Writes `plan` as the whole content on a worker thread, then calls `then` on this thread.
    // With `check`, the plan's rules are checked on the worker first (a plan from elsewhere).
    bool startBackgroundWrite(const Plan &plan, Audit::Entry entry, std::function<void()> then,
                              bool check = false, std::optional<qint64> basis = std::nullopt);
    // undo() or redo(): a big whole-plan step writes in the background first.
    void step(bool back);
    void onBackgroundWriteFinished();
    void rebuildIndexes();
    // A plan on a server that someone else changed: the document reads it again and shows it
    // (docs/team-server.md); several notifications in a row, one read.
    void refreshFromStore();
    void scheduleRefresh();
    // Takes `next` (the plan as someone else left it) item by item: what was removed, added and
    // changed announced each as the document's own edits are, so that the pages keep their
    // selection and scroll; too many changes at once are announced as the whole plan.
    void takeOthersChanges(OthersChanges changes);
    void onCatchUpRead();
    bool m_refreshArmed = false; // scheduleRefresh's timer runs
    bool m_readAgain = false;    // someone wrote while a catch-up read: read again after it
    // A write failed: the user's message, and a conflict (someone else's newer row) read again.
    QString explainWriteFailure(const QString &error, const QString &item);
    qsizetype dependencyPosition(const QString &consumer, const QString &provider) const;

    std::unique_ptr<PlanStore> m_file;
    Plan m_plan;
    QString m_auditAction;              // AuditAction
    std::optional<qint64> m_writeBasis; // AuditAction
    QString m_lastWriteFailure;         // what writeFailed said last
    qint64 m_lastWrite = 0;
    std::shared_ptr<qint64> m_backgroundNumber = std::make_shared<qint64>(0);
    Audit::Head m_auditHead;
    bool m_writing = false; // a worker thread writes the file (startBackgroundWrite)
    QFutureWatcher<QString> *m_backgroundWrite;
    // A catch-up's read of the plan on a worker (refreshFromStore).
    struct CatchUp
    {
        OthersChanges changes;
        bool ok = false;
        QString problem;
    };
    QString m_refusal; // the last problem said by othersChangesRefused
    QFutureWatcher<std::shared_ptr<CatchUp>> *m_catchUp;
    quint64 m_localWrites = 0; // writes of this document; a catch-up read across one is read again
    quint64 m_catchUpWrites = 0; // m_localWrites when the running catch-up began
    std::function<void()> m_afterWrite;
    QHash<QString, qsizetype> m_processIndex;
    QHash<QString, qsizetype> m_serviceIndex;
    QUndoStack *m_undoStack;
};

} // namespace Continuity
