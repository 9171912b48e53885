// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Continuity::TestSupport {

// A throwaway PostgreSQL server for the tests of plans on a server (docs/team-server.md): initdb
// into a temporary directory, started listening on a Unix socket in that directory only (no
// network), its superuser "admin" trusted on that socket; stopped and removed when this is
// destroyed. Run as root (CI), the server runs as the unprivileged user "nobody", since
// PostgreSQL refuses to run as root.
class TemporaryPostgres
{
public:
    TemporaryPostgres();
    ~TemporaryPostgres();
    TemporaryPostgres(const TemporaryPostgres &) = delete;
    TemporaryPostgres &operator=(const TemporaryPostgres &) = delete;

    bool isRunning() const { return m_running; }
    // Why it is not running.
    QString errorString() const { return m_error; }
    // postgresql://USER@/postgres?host=SOCKETDIR[&plan=PLAN]
    QString url(const QString &user, const QString &plan = QString()) const;
    // Runs `sql` as `user` (libpq); false and the server's message on failure.
    bool exec(const QString &user, const QString &sql, QString *error = nullptr) const;
    // The path of one of the server's programs (psql, pg_ctl, …).
    QString program(const QString &name) const { return m_binaries + QLatin1Char('/') + name; }
    // The first value of `sql`'s first row, as text; empty when none.
    QString value(const QString &user, const QString &sql) const;

private:
    bool run(const QString &program, const QStringList &arguments);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binaries;
    bool m_running = false;
    QString m_error;
};

} // namespace Continuity::TestSupport
