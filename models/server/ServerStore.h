// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

#include "storage/PlanFile.h"
#include "storage/PlanStore.h"

#include <QHash>

#include <memory>

namespace Continuity::Server {

// A plan on a PostgreSQL server as the document's store (docs/team-server.md): a connection
// through Qt's QPSQL driver whose search_path is the plan's schema, so that PlanSql's statements
// read and write it as they do a file. A load reads one state of the plan (REPEATABLE READ);
// writes are READ COMMITTED and take turns. Several windows may write one plan at once: each
// write says what it was made against (startWrite), and the server refuses one that would
// change a row someone else changed since, naming who and when (refusalIn). A login without
// the planner role opens the plan read-only, and the server refuses its writes whatever the
// client.
class ServerStore : public PlanStore
{
public:
    ~ServerStore() override;
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Opens plan `url` (postgresql://…?plan=NAME); nullptr and a message naming what is wrong
    // (no such plan, another format, no right to read it, no connection).
    // `password`, typed into a prompt, is kept for this store's connections only.
    static std::unique_ptr<ServerStore> open(const QString &url, OpenMode mode,
                                             QString *errorMessage,
                                             const QString &password = QString());

    QString path() const override;
    bool isReadOnly() const override { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    QSqlDatabase database() const override;
    bool runOnOwnConnection(const std::function<bool(QSqlDatabase &, QString *)> &work,
                            QString *errorMessage) const override;
    // Pulls the plan into the plan file `target` (replacing it, if it exists, only once the copy
    // is whole).
    bool copyTo(const QString &target, QString *errorMessage) const override;
    QStringList integrityProblems() const override { return {}; }
    bool isShared() const override { return true; }
    // Through LISTEN/NOTIFY on the store's connection: every table of the plan notifies the
    // channel cty_<plan> when a statement changes it; the store's own changes are not reported.
    void watchChanges(QObject *context, std::function<void()> changed) override;

    bool load(Plan *plan, QString *errorMessage) override;
    bool startWrite(QSqlDatabase &db, std::optional<qint64> basis, bool whole, qint64 *number,
                    QString *errorMessage) const override;
    std::optional<QString> refusalIn(const QString &error, const QString &item,
                                     bool stepping) const override;
    bool othersHaveWritten(bool *written, QString *errorMessage) override;
    // Reads the rows the log names as written since (docs/decisions/catch-up-by-row.md).
    std::function<bool(OthersChanges *, QString *)> changesReader(const Plan &known) const override;
    void noteRead(const OthersChanges &read) override;
    // The last write of anyone's that the plan as last loaded holds.
    qint64 lastRead() const { return m_seen; }
    // The nodes' keys on the server as last read, with their ids.
    const QHash<qint64, QString> &nodeKeys() const { return m_idOfKey; }

    const ServerUrl &url() const { return m_url; }

private:
    ServerStore() = default;
    bool connect(const QString &name, QString *errorMessage) const;
    bool readChanges(QSqlDatabase &db, const Plan &known, const QHash<qint64, QString> &before,
                     qint64 since, OthersChanges *out, QString *errorMessage) const;

    ServerUrl m_url;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_password;
    QString m_client;  // this store's writes in cty_log (cty.client of its connections)
    qint64 m_seen = 0; // the last write of anyone's this store's document has read
    // The nodes' keys on the server as the document last read them, with their ids: the log
    // names what others take away by key.
    QHash<qint64, QString> m_idOfKey;
};

} // namespace Continuity::Server
