// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace Continuity {

struct Plan;
struct OthersChanges;
namespace Audit {
struct Entry;
struct Head;
} // namespace Audit

// Where a plan is kept, as the document and the pages see it (docs/team-server.md): a plan
// file (PlanFile) or a plan on a PostgreSQL server (Server::ServerStore). The SQL that reads
// and writes the plan's content is PlanSql's, the same for both; what differs is how the
// connection is made, who else may write, and how a copy is taken.
class PlanStore
{
public:
    virtual ~PlanStore() = default;

    // The file's path, or the server plan's URL (without a password).
    virtual QString path() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString readOnlyReason() const = 0;
    // Something the user should hear about the opening that did not stop it; empty if none.
    virtual QString notice() const { return QString(); }
    // The connection of the thread that opened the store.
    virtual QSqlDatabase database() const = 0;
    // Runs `work` on a connection of its own (a worker thread's), opened like the first one.
    virtual bool runOnOwnConnection(const std::function<bool(QSqlDatabase &, QString *)> &work,
                                    QString *errorMessage) const = 0;
    // Writes a consistent copy of the plan to the plan file `target` (Save As, snapshots).
    virtual bool copyTo(const QString &target, QString *errorMessage) const = 0;
    // Empty when the store's own checks find nothing wrong; else what they report.
    virtual QStringList integrityProblems() const = 0;
    // Whether this is a plan on a server (several writers, each edit checked against theirs).
    virtual bool isShared() const { return false; }
    // Reads the whole plan (PlanSql::load) in one snapshot; a shared store notes which of
    // others' writes that snapshot holds (what later writes are checked against).
    virtual bool load(Plan *plan, QString *errorMessage);
    // Called in every write transaction on `db` (one of this store's connections) before its
    // first statement: a shared store takes its turn among the writers and says what the write
    // was made against: `basis` (an undo or redo: the write of the step it takes back), else
    // the last state read; `whole`: the write replaces the whole plan. `number` is the write's
    // number among all writes to the plan (0 for a file). A file has nothing to do.
    virtual bool startWrite(QSqlDatabase &db, std::optional<qint64> basis, bool whole,
                            qint64 *number, QString *errorMessage) const
    {
        (void)db;
        (void)basis;
        (void)whole;
        (void)errorMessage;
        *number = 0;
        return true;
    }
    // Appends the audit record of a write in its transaction on `db` (Audit::append); a file
    // keeps the statements compiled for its own connection.
    virtual bool appendAudit(const QSqlDatabase &db, const Audit::Entry &entry, Audit::Head *head,
                             QString *errorMessage);
    // When `error` (of a write that failed) is a shared store's own refusal — a row someone else
    // changed since (who, when), an approval without the approver's role — what to tell the
    // user, naming `item`; `stepping`: the write was an undo or redo.
    virtual std::optional<QString> refusalIn(const QString &error, const QString &item,
                                             bool stepping) const
    {
        (void)error;
        (void)item;
        (void)stepping;
        return std::nullopt;
    }
    // What others wrote since the plan was last read, as a job for a worker thread (a
    // connection of its own) given the plan as the document holds it; an empty job where
    // nobody else writes (a file). The job reads the rows the writes touched where it can, the
    // whole plan where too much changed, and says which of others' writes it holds (`seen`,
    // for noteRead()).
    virtual std::function<bool(OthersChanges *, QString *)> changesReader(const Plan &known) const
    {
        (void)known;
        return {};
    }
    // The document has taken what changesReader()'s job read.
    virtual void noteRead(const OthersChanges &read) { (void)read; }
    // Whether someone else has written the plan since it was last read (load()); when only this
    // store has, it notes them as read. A file has nobody else.
    virtual bool othersHaveWritten(bool *written, QString *errorMessage)
    {
        (void)errorMessage;
        *written = false;
        return true;
    }
    // Calls `changed` (on `context`'s thread, while `context` lives) when someone else commits a
    // change to the plan; a file has nobody else (its lock keeps other writers out).
    virtual void watchChanges(QObject *context, std::function<void()> changed)
    {
        (void)context;
        (void)changed;
    }
};

} // namespace Continuity
