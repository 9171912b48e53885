// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;

namespace Continuity::Server {

// Where a plan lives on a server: postgresql://user@host:5432/dbname?plan=northwind
// (product/15-team-server.md). Everything but plan= goes to libpq as it stands, so libpq's own
// parameters (host=/path/to/socket, sslmode=…) and ~/.pgpass work; the password, when the URL
// carries one, is handed to libpq and kept nowhere else.
struct ServerUrl
{
    QString connection; // the URL without plan=, for libpq
    QString plan;       // the plan's name, empty when the URL names none

    // Whether `text` names a server plan rather than a file: it starts with postgresql:// or
    // postgres://.
    static bool isServerUrl(const QString &text);
    // Parses `text`; false and a message naming what is wrong.
    static bool parse(const QString &text, ServerUrl *url, QString *errorMessage);
    // A plan's name becomes a schema and part of role names: a lower-case letter, then up to 23
    // lower-case letters, digits or underscores.
    static bool isValidPlanName(const QString &name);
    // The URL with plan=NAME (and any password left out), for messages.
    QString display() const;
    // display() of the URL `text`, or `text` itself when it is none.
    static QString displayOf(const QString &text);
};

// One connection to PostgreSQL through libpq (docs/decisions/team-server.md: libpq rather than
// Qt's QPSQL driver, which cannot COPY). Statements with parameters are sent with the values
// apart from the text (PQexecParams), never spliced in; identifiers are quoted with
// quoteIdentifier(). Failures return false and a message in the server's words.
// How long a connection waits for a server that does not answer, unless the URL
// (connect_timeout=) or libpq's environment (PGCONNECT_TIMEOUT) says otherwise: without it
// libpq waits as long as the network does, and so would the worker that asked.
inline constexpr int DefaultConnectTimeoutSeconds = 10;
bool usesDefaultConnectTimeout();

class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // `password`, when given, is used instead of one from the URL or ~/.pgpass (a prompt's).
    static std::unique_ptr<PgConnection> connect(const QString &connection, QString *errorMessage,
                                                 const QString &password = QString());

    // A result's rows, each value as text; a NULL is nullopt.
    using Row = QList<std::optional<QString>>;

    // Without parameters `sql` may hold several statements.
    bool exec(const QString &sql, QString *errorMessage, const QStringList &parameters = {});
    bool query(const QString &sql, QList<Row> *rows, QString *errorMessage,
               const QStringList &parameters = {});
    // The first value of the first row (nullopt when there is no row or it is NULL).
    bool value(const QString &sql, std::optional<QString> *result, QString *errorMessage,
               const QStringList &parameters = {});

    // COPY … FROM STDIN: `next` fills the next chunk of COPY text (false with an empty chunk
    // ends it, false with a message in `problem` aborts it).
    bool copyIn(const QString &sql, const std::function<bool(QByteArray *, QString *)> &next,
                QString *errorMessage);
    // COPY … TO STDOUT: `line` receives each row's line (without its newline); false stops.
    bool copyOut(const QString &sql, const std::function<bool(const QByteArray &, QString *)> &line,
                 QString *errorMessage);

    QString quoteIdentifier(const QString &name) const;
    // The login the server knows this connection by (session_user).
    QString user() const;
    QString databaseName() const;

private:
    PgConnection() = default;
    QString lastError() const;
    pg_conn *m_conn = nullptr;
};

// COPY's text format: the value with backslash, tab, newline and carriage return escaped; and
// back.
void appendCopyText(QByteArray *line, const QByteArray &utf8);
bool parseCopyLine(const QByteArray &line, QList<std::optional<QByteArray>> *fields);

} // namespace Continuity::Server
