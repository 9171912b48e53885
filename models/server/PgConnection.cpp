// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <cctype>
#include <vector>

namespace Continuity::Server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Server)
};

// libpq's notices ("schema … already exists, skipping") are not the user's business.
void ignoreNotice(void *, const char *) {}

// Keeps the values' bytes alive for PQexecParams.
struct Parameters
{
    explicit Parameters(const QStringList &values)
    {
        bytes.reserve(values.size());
        for (const QString &value : values)
            bytes.push_back(value.toUtf8());
        for (const QByteArray &b : bytes)
            pointers.push_back(b.constData());
    }
    std::vector<QByteArray> bytes;
    std::vector<const char *> pointers;
};

QString resultError(PGresult *result, pg_conn *conn)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

} // namespace

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

bool ServerUrl::isValidPlanName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,23}$"));
    return pattern.match(name).hasMatch();
}

bool ServerUrl::parse(const QString &text, ServerUrl *url, QString *errorMessage)
{
    if (!isServerUrl(text)) {
        *errorMessage =
            Tr::tr("\"%1\" is not a server URL (postgresql://user@host/database?plan=NAME)")
                .arg(text);
        return false;
    }
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    QString base = question < 0 ? text : text.left(question);
    QStringList kept;
    QString plan;
    if (question >= 0) {
        const QStringList items =
            text.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            if (item.startsWith(QLatin1String("plan="))) {
                plan = QUrl::fromPercentEncoding(item.mid(5).toUtf8());
                if (!isValidPlanName(plan)) {
                    *errorMessage =
                        Tr::tr(
                            "\"%1\" cannot name a plan on a server: a plan's name is a lower-case "
                            "letter followed by up to 23 lower-case letters, digits or "
                            "underscores")
                            .arg(plan);
                    return false;
                }
            } else {
                kept.append(item);
            }
        }
    }
    url->plan = plan;
    url->connection = kept.isEmpty() ? base : base + QLatin1Char('?') + kept.join(QLatin1Char('&'));
    return true;
}

QString ServerUrl::display() const
{
    QUrl url(connection);
    url.setPassword(QString());
    QString text = url.toString();
    if (!plan.isEmpty())
        text += (text.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                QStringLiteral("plan=") + plan;
    return text;
}

QString ServerUrl::displayOf(const QString &text)
{
    ServerUrl url;
    QString ignored;
    return parse(text, &url, &ignored) ? url.display() : text;
}

bool usesDefaultConnectTimeout()
{
    return qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT");
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

std::unique_ptr<PgConnection> PgConnection::connect(const QString &connection,
                                                    QString *errorMessage, const QString &password)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    // The URL as libpq's dbname, expanded; a password typed into a prompt beside it.
    const QByteArray url = connection.toUtf8();
    const QByteArray secret = password.toUtf8();
    // libpq keeps the last value of a keyword: the timeout first, so that the URL's wins.
    const QByteArray timeout = QByteArray::number(DefaultConnectTimeoutSeconds);
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    if (usesDefaultConnectTimeout()) {
        keywords.push_back("connect_timeout");
        values.push_back(timeout.constData());
    }
    keywords.push_back("dbname");
    values.push_back(url.constData());
    if (!password.isEmpty()) {
        keywords.push_back("password");
        values.push_back(secret.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    c->m_conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!c->m_conn || PQstatus(c->m_conn) != CONNECTION_OK) {
        const QString why = c->m_conn ? QString::fromUtf8(PQerrorMessage(c->m_conn)).trimmed()
                                      : Tr::tr("out of memory");
        *errorMessage = Tr::tr("Cannot connect to the server: %1").arg(why);
        return nullptr;
    }
    PQsetNoticeProcessor(c->m_conn, ignoreNotice, nullptr);
    if (PQsetClientEncoding(c->m_conn, "UTF8") != 0) {
        *errorMessage = Tr::tr("The server cannot talk UTF-8: %1").arg(c->lastError());
        return nullptr;
    }
    if (!c->exec(QStringLiteral("SET application_name = 'continuity'"), errorMessage))
        return nullptr;
    return c;
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

bool PgConnection::exec(const QString &sql, QString *errorMessage, const QStringList &parameters)
{
    return query(sql, nullptr, errorMessage, parameters);
}

bool PgConnection::query(const QString &sql, QList<Row> *rows, QString *errorMessage,
                         const QStringList &parameters)
{
    const Parameters p(parameters);
    // Without values, several statements may go at once (PQexec); with values, one statement
    // with its values apart (PQexecParams).
    PGresult *result = p.pointers.empty()
                           ? PQexec(m_conn, sql.toUtf8().constData())
                           : PQexecParams(m_conn, sql.toUtf8().constData(), int(p.pointers.size()),
                                          nullptr, p.pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        *errorMessage = resultError(result, m_conn);
        PQclear(result);
        return false;
    }
    if (rows) {
        rows->clear();
        const int count = PQntuples(result);
        const int fields = PQnfields(result);
        rows->reserve(count);
        for (int r = 0; r < count; ++r) {
            Row row;
            row.reserve(fields);
            for (int f = 0; f < fields; ++f) {
                if (PQgetisnull(result, r, f))
                    row.append(std::nullopt);
                else
                    row.append(
                        QString::fromUtf8(PQgetvalue(result, r, f), PQgetlength(result, r, f)));
            }
            rows->append(row);
        }
    }
    PQclear(result);
    return true;
}

bool PgConnection::value(const QString &sql, std::optional<QString> *result, QString *errorMessage,
                         const QStringList &parameters)
{
    QList<Row> rows;
    if (!query(sql, &rows, errorMessage, parameters))
        return false;
    *result = rows.isEmpty() || rows.first().isEmpty() ? std::nullopt : rows.first().first();
    return true;
}

bool PgConnection::copyIn(const QString &sql,
                          const std::function<bool(QByteArray *, QString *)> &next,
                          QString *errorMessage)
{
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    if (!result || PQresultStatus(result) != PGRES_COPY_IN) {
        *errorMessage = resultError(result, m_conn);
        PQclear(result);
        return false;
    }
    PQclear(result);
    QByteArray chunk;
    QString problem;
    bool sent = true;
    for (;;) {
        chunk.clear();
        const bool more = next(&chunk, &problem);
        if (!chunk.isEmpty() && PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1) {
            sent = false;
            break;
        }
        if (!more)
            break;
    }
    const bool aborted = !problem.isEmpty() || !sent;
    PQputCopyEnd(m_conn, aborted ? "aborted by Continuity" : nullptr);
    bool ok = !aborted;
    QString serverError;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            serverError = resultError(r, m_conn);
        }
        PQclear(r);
    }
    if (!ok)
        *errorMessage = !problem.isEmpty()       ? problem
                        : !serverError.isEmpty() ? serverError
                                                 : lastError();
    return ok;
}

bool PgConnection::copyOut(const QString &sql,
                           const std::function<bool(const QByteArray &, QString *)> &line,
                           QString *errorMessage)
{
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    if (!result || PQresultStatus(result) != PGRES_COPY_OUT) {
        *errorMessage = resultError(result, m_conn);
        PQclear(result);
        return false;
    }
    PQclear(result);
    QString problem;
    bool stopped = false;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(m_conn, &buffer, 0);
        if (length < 0)
            break;
        if (!stopped) {
            // Each row arrives whole, its newline at the end.
            const int bytes = length > 0 && buffer[length - 1] == '\n' ? length - 1 : length;
            if (!line(QByteArray::fromRawData(buffer, bytes), &problem))
                stopped = true; // the rest is read and dropped: libpq has no way to stop a COPY
        }
        PQfreemem(buffer);
    }
    bool ok = !stopped;
    QString serverError;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            serverError = resultError(r, m_conn);
        }
        PQclear(r);
    }
    if (!ok)
        *errorMessage = !problem.isEmpty() ? problem : serverError;
    return ok;
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return QString();
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::databaseName() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

void appendCopyText(QByteArray *line, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            line->append("\\\\");
            break;
        case '\t':
            line->append("\\t");
            break;
        case '\n':
            line->append("\\n");
            break;
        case '\r':
            line->append("\\r");
            break;
        default:
            line->append(c);
        }
    }
}

bool parseCopyLine(const QByteArray &line, QList<std::optional<QByteArray>> *fields)
{
    fields->clear();
    QByteArray field;
    bool isNull = false;
    auto finish = [&] {
        fields->append(isNull ? std::nullopt : std::optional<QByteArray>(field));
        field.clear();
        isNull = false;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\t') {
            finish();
            continue;
        }
        if (c != '\\') {
            field.append(c);
            continue;
        }
        if (++i >= line.size())
            return false;
        const char e = line.at(i);
        switch (e) {
        case 'N':
            if (!field.isEmpty())
                return false;
            isNull = true;
            break;
        case 'b':
            field.append('\b');
            break;
        case 'f':
            field.append('\f');
            break;
        case 'n':
            field.append('\n');
            break;
        case 'r':
            field.append('\r');
            break;
        case 't':
            field.append('\t');
            break;
        case 'v':
            field.append('\v');
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < line.size() && std::isxdigit(uchar(line.at(i + 1)))) {
                value = value * 16 + QByteArray(1, line.at(++i)).toInt(nullptr, 16);
                ++digits;
            }
            if (digits == 0)
                return false;
            field.append(char(value));
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int d = 0;
                     d < 2 && i + 1 < line.size() && line.at(i + 1) >= '0' && line.at(i + 1) <= '7';
                     ++d)
                    value = value * 8 + (line.at(++i) - '0');
                field.append(char(value));
            } else {
                field.append(e);
            }
        }
    }
    finish();
    return true;
}

} // namespace Continuity::Server
