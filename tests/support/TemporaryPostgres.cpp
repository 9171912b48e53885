// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporaryPostgres.h"

#include "server/PgConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace Continuity::TestSupport {
namespace {

// Debian's PostgreSQL 15 first, then any other installed version.
QString binaryDirectory()
{
    const QString preferred = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (QFileInfo(preferred + QStringLiteral("/initdb")).isExecutable())
        return preferred;
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return QString();
}

} // namespace

TemporaryPostgres::TemporaryPostgres()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cty-pg-XXXXXX")))
{
    m_binaries = binaryDirectory();
    if (m_binaries.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's initdb is not installed (scripts/install-deps.sh "
                                 "installs postgresql-15)");
        return;
    }
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return;
    }
    if (geteuid() == 0) {
        const passwd *nobody = getpwnam("nobody");
        if (!nobody || chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid,
                             nobody->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir->path());
            return;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(m_binaries + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("admin"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
        return;
    // fsync off: a test server's data need not survive a power cut.
    if (!run(m_binaries + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"),
              QStringLiteral("-k %1 -c listen_addresses= -c fsync=off").arg(m_dir->path()),
              QStringLiteral("-w"), QStringLiteral("start")}))
        return;
    m_running = true;
}

TemporaryPostgres::~TemporaryPostgres()
{
    if (m_running) {
        run(m_binaries + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }
}

bool TemporaryPostgres::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(QFileInfo(program).fileName(),
                           QString::fromLocal8Bit(process.readAll()) + process.errorString());
        return false;
    }
    return true;
}

QString TemporaryPostgres::url(const QString &user, const QString &plan) const
{
    QString text = QStringLiteral("postgresql://%1@/postgres?host=%2").arg(user, m_dir->path());
    if (!plan.isEmpty())
        text += QStringLiteral("&plan=") + plan;
    return text;
}

bool TemporaryPostgres::exec(const QString &user, const QString &sql, QString *error) const
{
    QString scratch;
    QString *message = error ? error : &scratch;
    Server::ServerUrl parsed;
    if (!Server::ServerUrl::parse(url(user), &parsed, message))
        return false;
    std::unique_ptr<Server::PgConnection> c =
        Server::PgConnection::connect(parsed.connection, message);
    return c && c->exec(sql, message);
}

QString TemporaryPostgres::value(const QString &user, const QString &sql) const
{
    QString error;
    Server::ServerUrl parsed;
    if (!Server::ServerUrl::parse(url(user), &parsed, &error))
        return QString();
    std::unique_ptr<Server::PgConnection> c =
        Server::PgConnection::connect(parsed.connection, &error);
    std::optional<QString> result;
    if (!c || !c->value(sql, &result, &error))
        return QStringLiteral("error: ") + error;
    return result.value_or(QString());
}

} // namespace Continuity::TestSupport
